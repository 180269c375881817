from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.http import FileResponse
from django.urls import include, path, register_converter
from django.views.decorators.cache import cache_control
from django.views.i18n import set_language

from tietovirta.accounts import views as account_views
from tietovirta.api import views as api_views
from tietovirta.api.main import urls as api_urls
from tietovirta.assessments import views as ass
from tietovirta.audit import views as audit_views
from tietovirta.breaches import views as brc
from tietovirta.imports import views as imp
from tietovirta.organizations import invitation_views as inv
from tietovirta.organizations import views as org
from tietovirta.publishing import views as pub
from tietovirta.registers import views as reg
from tietovirta.requests import public as req_public
from tietovirta.requests import views as req


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
    path("members/invitations/<int:invitation_id>/", org.invitation_withdraw, name="invitation_withdraw"),
    path("<catalogue:kind>/", org.catalogue_list, name="catalogue"),
    path("<catalogue:kind>/new/", org.catalogue_edit, name="catalogue_new"),
    path("<catalogue:kind>/<int:pk>/", org.catalogue_edit, name="catalogue_edit"),
    path("<catalogue:kind>/<int:pk>/delete/", org.catalogue_delete, name="catalogue_delete"),
    path("documents/<slug:doc>.<slug:fmt>", pub.organization_download, name="organization_download"),
    path("notices/", pub.notices, name="notices"),
    path("import/", imp.import_upload, name="import"),
    path("import/accept/", imp.import_accept, name="import_accept"),
    path("import/reading/<uuid:job_id>/", imp.import_progress, name="import_progress"),
    path("import/drafts/<uuid:draft_id>/", imp.import_review, name="import_review"),
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
    # Data-subject requests
    path("requests/", req.request_list, name="requests"),
    path("requests/new/", req.request_new, name="request_new"),
    path("requests/form/", req.request_form_settings, name="request_form_settings"),
    path("requests/<int:request_id>/", req.request_detail, name="request"),
    path("requests/<int:request_id>/edit/", req.request_edit, name="request_edit"),
    path("requests/<int:request_id>/identity/", req.request_identity, name="request_identity"),
    path("requests/<int:request_id>/extend/", req.request_extend, name="request_extend"),
    path("requests/<int:request_id>/refuse/", req.request_refuse, name="request_refuse"),
    path("requests/<int:request_id>/complete/", req.request_complete, name="request_complete"),
    path("requests/<int:request_id>/withdraw/", req.request_withdraw, name="request_withdraw"),
    path("requests/<int:request_id>/answer/", req.request_answer, name="request_answer"),
    path("requests/<int:request_id>/checklist/", req.request_checklist, name="request_checklist"),
    path("requests/<int:request_id>/tasks/new/", req.request_task_add, name="request_task_add"),
    path("requests/<int:request_id>/tasks/<int:task_index>/", req.request_task, name="request_task"),
    path(
        "requests/<int:request_id>/letters/<slug:doc>.<slug:fmt>", req.request_letter, name="request_letter"
    ),
    # Breaches
    path("breaches/", brc.breach_list, name="breaches"),
    path("breaches/new/", brc.breach_new, name="breach_new"),
    path("breaches/<int:breach_id>/", brc.breach_detail, name="breach"),
    path("breaches/<int:breach_id>/edit/", brc.breach_edit, name="breach_edit"),
    path("breaches/<int:breach_id>/actions/", brc.breach_action_add, name="breach_action_add"),
    path("breaches/<int:breach_id>/actions/<int:action_index>/done/", brc.breach_action_done,
         name="breach_action_done"),
    path("breaches/<int:breach_id>/notified/", brc.breach_notify, name="breach_notify"),
    path("breaches/<int:breach_id>/subjects/", brc.breach_subjects, name="breach_subjects"),
    path("breaches/<int:breach_id>/close/", brc.breach_close, name="breach_close"),
    path("breaches/<int:breach_id>/documents/<slug:doc>.<slug:fmt>", brc.breach_document,
         name="breach_document"),
]

@login_not_required
@cache_control(max_age=60 * 60 * 24 * 7, public=True)
def favicon(request):
    """Browsers ask for /favicon.ico on every site whatever the page links."""
    return FileResponse((settings.PACKAGE_DIR / "static" / "tietovirta" / "favicon.ico").open("rb"),
                        content_type="image/x-icon")


urlpatterns = [
    path("", org.home, name="home"),
    path("favicon.ico", favicon, name="favicon"),
    path("accounts/login/", account_views.ThrottledLoginView.as_view(), name="login"),
    path("accounts/logout-everywhere/", account_views.logout_everywhere, name="logout_everywhere"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/password/", account_views.PasswordChangeView.as_view(), name="password_change"),
    path("invitations/<int:invitation_id>/answer/", inv.invitation_answer, name="invitation_answer"),
    path("invitations/<str:secret>/", inv.invitation, name="invitation"),
    path("invitations/<str:secret>/password/", inv.invitation_password, name="invitation_password"),
    path("i18n/setlang/", login_not_required(set_language), name="set_language"),
    path("schema/organization.json", org.schema, name="schema"),
    path("api/v1/docs/assets/<str:name>", api_views.docs_asset, name="api_docs_asset"),
    path("api/v1/", api_urls()),
    path("public/notices/<uuid:public_id>/", pub.public_notice_home, name="public_notice_home"),
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
    path("public/requests/confirm/<str:token>/", req_public.public_request_confirm,
         name="public_request_confirm"),
    path("public/requests/<uuid:public_id>/<slug:lang>/", req_public.public_request, name="public_request"),
    path("public/requests/<uuid:public_id>/<slug:lang>/sent/", req_public.public_request_sent,
         name="public_request_sent"),
    path("organizations/new/", org.organization_create, name="organization_new"),
    path("organizations/<int:org_id>/", include(organization_urls)),
]

handler400 = "tietovirta.errors.bad_request"
handler403 = "tietovirta.errors.permission_denied"
handler404 = "tietovirta.errors.page_not_found"
handler500 = "tietovirta.errors.server_error"
