from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path, register_converter
from django.views.i18n import set_language

from tietovirta.accounts import views as account_views
from tietovirta.api import views as api_views
from tietovirta.api.main import urls as api_urls
from tietovirta.assessments import views as ass
from tietovirta.audit import views as audit_views
from tietovirta.imports import views as imp
from tietovirta.organizations import views as org
from tietovirta.publishing import views as pub
from tietovirta.registers import views as reg


class CatalogueConverter:
    regex = "systems|parties"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(CatalogueConverter, "catalogue")

organization_urls = [
    path("", org.organization_dashboard, name="organization"),
    path("edit/", org.organization_edit, name="organization_edit"),
    path("export.json", org.organization_export, name="organization_export"),
    path("members/", org.members, name="members"),
    path("audit/", audit_views.audit_log, name="audit_log"),
    path("api-tokens/", api_views.api_tokens, name="api_tokens"),
    path("members/invite/", org.member_invite, name="member_invite"),
    path("members/<int:membership_id>/", org.member_update, name="member_update"),
    path("<catalogue:kind>/", org.catalogue_list, name="catalogue"),
    path("<catalogue:kind>/new/", org.catalogue_edit, name="catalogue_new"),
    path("<catalogue:kind>/<int:pk>/", org.catalogue_edit, name="catalogue_edit"),
    path("<catalogue:kind>/<int:pk>/delete/", org.catalogue_delete, name="catalogue_delete"),
    path("documents/<slug:doc>.<slug:fmt>", pub.organization_download, name="organization_download"),
    path("notices/", pub.notices, name="notices"),
    path("import/", imp.import_upload, name="import"),
    path("import/accept/", imp.import_accept, name="import_accept"),
    path(
        "registers/<int:register_id>/documents/<slug:doc>.<slug:fmt>",
        pub.register_download,
        name="register_download",
    ),
    path("registers/<int:register_id>/findings/accept/", reg.finding_accept, name="finding_accept"),
    path("registers/<int:register_id>/findings/reopen/", reg.finding_reopen, name="finding_reopen"),
    path("registers/<int:register_id>/publish/", pub.register_publish, name="register_publish"),
    path("registers/new/", reg.register_new, name="register_new"),
    path("registers/<int:register_id>/", reg.register_detail, name="register"),
    path("registers/<int:register_id>/edit/<slug:section_key>/", reg.register_edit, name="register_edit"),
    path(
        "registers/<int:register_id>/translations/<slug:lang>/",
        reg.register_translations,
        name="register_translations",
    ),
    path("registers/<int:register_id>/clone/", reg.register_clone, name="register_clone"),
    path("registers/<int:register_id>/history/", reg.register_history, name="register_history"),
    path("registers/<int:register_id>/reviewed/", reg.register_reviewed, name="register_reviewed"),
    path("registers/<int:register_id>/history/restore/", reg.register_restore, name="register_restore"),
    path("registers/<int:register_id>/status/", reg.register_status, name="register_status"),
    path("registers/<int:register_id>/assessments/new/", ass.assessment_new, name="assessment_new"),
    path(
        "registers/<int:register_id>/assessments/<int:assessment_id>/",
        ass.assessment_detail,
        name="assessment",
    ),
    path(
        "registers/<int:register_id>/assessments/<int:assessment_id>/edit/",
        ass.assessment_edit,
        name="assessment_edit",
    ),
    path(
        "registers/<int:register_id>/assessments/<int:assessment_id>/sign/",
        ass.assessment_sign,
        name="assessment_sign",
    ),
    path(
        "registers/<int:register_id>/assessments/<int:assessment_id>/document.<slug:fmt>",
        ass.assessment_document,
        name="assessment_document",
    ),
    path("registers/<int:register_id>/delete/", reg.register_delete, name="register_delete"),
]

urlpatterns = [
    path("", org.home, name="home"),
    path("accounts/login/", account_views.ThrottledLoginView.as_view(), name="login"),
    path("accounts/logout-everywhere/", account_views.logout_everywhere, name="logout_everywhere"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "accounts/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="accounts/set_password.html", success_url="/accounts/login/"
        ),
        name="password_reset_confirm",
    ),
    path(
        "accounts/password/",
        auth_views.PasswordChangeView.as_view(template_name="accounts/password_change.html", success_url="/"),
        name="password_change",
    ),
    path("i18n/setlang/", login_not_required(set_language), name="set_language"),
    path("schema/organization.json", org.schema, name="schema"),
    path("api/v1/docs/assets/<str:name>", api_views.docs_asset, name="api_docs_asset"),
    path("api/v1/", api_urls()),
    path("public/notices/<uuid:public_id>/<slug:lang>/", pub.public_notice, name="public_notice"),
    path(
        "public/notices/<uuid:public_id>/<slug:lang>/v<int:version>/",
        pub.public_notice,
        name="public_notice_version",
    ),
    path(
        "public/notices/<uuid:public_id>/<slug:lang>/notice.<slug:fmt>",
        pub.public_notice,
        name="public_notice_file",
    ),
    path(
        "public/notices/<uuid:public_id>/<slug:lang>/diff/<int:a>/<int:b>/",
        pub.public_notice_diff,
        name="public_notice_diff",
    ),
    path("organizations/new/", org.organization_create, name="organization_new"),
    path("organizations/<int:org_id>/", include(organization_urls)),
]
