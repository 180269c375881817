"""Documents for download, publishing privacy notices, and the public notice pages."""

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.shortcuts import render as render_page
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from tietovirta.audit.log import record_download
from tietovirta.canonical import RegisterStatus
from tietovirta.documents import MEDIA_TYPES
from tietovirta.documents.to_html import stylesheet
from tietovirta.interchange import export_document, register_document
from tietovirta.organizations.access import organization_view
from tietovirta.publishing.models import PublishedNotice
from tietovirta.publishing.responses import NotReady, Refused, document_response, render_published
from tietovirta.publishing.services import (
    PublishingRefused,
    notice_outdated,
    public_address,
    publish,
    publishing_blockers,
)
from tietovirta.registers.models import Register

LANGS = ("fi", "sv", "en")
REGISTER_KINDS = {"tietovirtakuvaus", "tietosuojaseloste", "diagram"}
ORGANIZATION_KINDS = {"seloste", "diagram"}


def _lang(request) -> str:
    asked = request.GET.get("lang", "")
    return asked if asked in LANGS else (get_language() or "fi")[:2]


@organization_view()
def register_download(request, organization, register_id, doc, fmt):
    if doc not in REGISTER_KINDS:
        raise Http404
    register = get_object_or_404(Register, organization=organization, pk=register_id)
    response = document_response(
        register_document(register), kind=doc, fmt=fmt, lang=_lang(request), register=0, name=register.name
    )
    if response.status_code == 200 and (doc, fmt) != ("diagram", "svg"):  # the SVG is the page's picture
        record_download(request, organization, f"{register.name}: {doc}.{fmt}")
    return response


@organization_view()
def organization_download(request, organization, doc, fmt):
    if doc not in ORGANIZATION_KINDS:
        raise Http404
    document = export_document(organization, include_archived=False)
    response = document_response(
        document, kind=doc, fmt=fmt, lang=_lang(request), register=None, name=str(organization)
    )
    if response.status_code == 200:
        record_download(request, organization, f"{doc}.{fmt}")
    return response


@organization_view(edit=True)
def register_publish(request, organization, register_id):
    """GET: what still blocks publishing the register's privacy notice. POST: publish it (the service
    refuses while anything blocks it; the page then lists the blockers with their fix links)."""
    register = get_object_or_404(Register, organization=organization, pk=register_id)
    if request.method == "POST":
        try:
            publish(register, user=request.user, request=request)
        except PublishingRefused as refused:
            return _publish_page(request, organization, register, refused.blockers, status=409)
        messages.success(request, _("Published. The privacy notice is now public at its own address."))
        return redirect("register", org_id=organization.pk, register_id=register.pk)
    return _publish_page(request, organization, register, publishing_blockers(register))


def _publish_page(request, organization, register, blockers, status=200):
    return render_page(
        request,
        "publishing/publish.html",
        {
            "organization": organization,
            "register": register,
            "blockers": blockers,
            "address": public_address(register, request),
            "next_url": reverse(
                "register_publish", kwargs={"org_id": organization.pk, "register_id": register.pk}
            ),
        },
        status=status,
    )


@organization_view()
def notices(request, organization):
    registers = list(
        Register.objects.filter(organization=organization, status=RegisterStatus.PUBLISHED)
        .prefetch_related("published_notices")
        .order_by("position", "id")
    )
    for register in registers:
        latest = next(iter(register.published_notices.all()), None)
        register.notice_outdated = notice_outdated(register, latest.published_at if latest else None)
    return render_page(
        request,
        "publishing/notices.html",
        {"organization": organization, "registers": registers, "langs": LANGS},
    )


@login_not_required
def public_notice_home(request, public_id):
    """The address a register records: the notice in the reader's interface language."""
    _public_notice(public_id, None)
    lang = (get_language() or "fi")[:2]
    return redirect("public_notice", public_id=public_id, lang=lang if lang in LANGS else "fi")


def _public_notice(public_id, version: int | None) -> PublishedNotice:
    # Drafts and archived registers are never public, whatever their earlier publications.
    register = get_object_or_404(Register, public_id=public_id, status=RegisterStatus.PUBLISHED)
    # The snapshot is read only when its document has to be written (render_once).
    notices = register.published_notices.defer("snapshot")
    notice = notices.filter(version=version).first() if version is not None else notices.first()
    if notice is None:
        raise Http404
    return notice


def _public_answer(request, lang: str, text: str, status: int, link: str = "") -> HttpResponse:
    context = {"lang": lang, "text": text, "link": link}
    with translation.override(lang):
        return render_page(request, "publishing/public_message.html", context, status=status)


@login_not_required
def public_notice(request, public_id, lang, version=None, fmt="html"):
    if lang not in LANGS or fmt not in ("html", "pdf"):
        raise Http404
    notice = _public_notice(public_id, version)
    page = reverse("public_notice", kwargs={"public_id": public_id, "lang": lang})
    try:
        if fmt == "pdf":
            response = HttpResponse(render_published(notice, "pdf", lang), content_type=MEDIA_TYPES["pdf"])
            filename = f"{slugify(notice.register.name) or 'tietovirta'}-tietosuojaseloste-{lang}.pdf"
            response["Content-Disposition"] = f'attachment; filename="{filename}"'
        else:
            body = render_published(notice, "fragment", lang)
            with translation.override(lang):
                response = render_page(
                    request,
                    "publishing/public_notice.html",
                    {
                        "notice": notice,
                        "versions": notice.register.published_notices.only("version", "published_at"),
                        "lang": lang,
                        "langs": LANGS,
                        "stylesheet": mark_safe(stylesheet()),  # our own stylesheet, no user text
                        "body": mark_safe(body.decode("utf-8")),  # the document writer escapes user text
                    },
                )
    except Refused:
        with translation.override(lang):
            text = _("This privacy notice is too long to be offered as a PDF. Read it as a web page:")
        response = _public_answer(request, lang, text, 422, link=page)
    except NotReady:
        with translation.override(lang):
            text = _("The privacy notice is being prepared. Try again in a moment.")
        response = _public_answer(request, lang, text, 503)
        response["Retry-After"] = "30"
    response["X-Robots-Tag"] = "noarchive"
    return response
