"""Documents for download, publishing privacy notices, and the public notice pages."""

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
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
from tietovirta.language import IN_LANGUAGE, LANGUAGES, join_and, language_or_default
from tietovirta.organizations.access import organization_view
from tietovirta.publishing import public_cache
from tietovirta.publishing.changes import changes_since_previous, compare, notice_of
from tietovirta.publishing.models import PublishedNotice
from tietovirta.publishing.responses import (
    NotReady,
    Refused,
    document_response,
    register_document_revision,
    render_once,
    render_published,
)
from tietovirta.publishing.services import (
    NotPublishable,
    PublishingRefused,
    notice_outdated,
    public_address,
    publish,
    publishing_blockers,
)
from tietovirta.registers.models import Register

REGISTER_KINDS = {"tietovirtakuvaus", "tietosuojaseloste", "diagram"}
ORGANIZATION_KINDS = {"seloste", "diagram"}


def _lang(request) -> str:
    asked = request.GET.get("lang", "")
    return asked if asked in LANGUAGES else language_or_default(get_language())


@organization_view()
def register_download(request, organization, register_id, doc, fmt):
    if doc not in REGISTER_KINDS:
        raise Http404
    register = get_object_or_404(Register, organization=organization, pk=register_id)
    register.organization = organization  # read by the access check
    response = document_response(
        lambda: register_document(register), kind=doc, fmt=fmt, lang=_lang(request), register=0,
        name=register.name, revision=register_document_revision(organization, register.pk),
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
    """GET: what still blocks publishing the register's privacy notice. POST: publish it, in the languages
    ticked (the service refuses while anything blocks it; the page then lists the blockers with their fix
    links; a language without its translations is refused with what it lacks)."""
    register = get_object_or_404(Register, organization=organization, pk=register_id)
    if request.method != "POST":
        return _publish_page(request, organization, register, publishing_blockers(register))
    asked = [lang for lang in request.POST.getlist("languages") if lang in LANGUAGES] or None
    ui = language_or_default(get_language())
    try:
        notice = publish(register, request=request, user=request.user, languages=asked)
    except PublishingRefused as refused:
        return _publish_page(request, organization, register, refused.blockers, status=409)
    except NotPublishable as refused:
        for lang, gaps in refused.gaps.items():
            reasons = "; ".join(dict.fromkeys(gap.message.render(ui) for gap in gaps))
            messages.error(request, _("Not published %(in_language)s. The notice lacks %(reasons)s.")
                           % {"in_language": IN_LANGUAGE[lang].text(ui), "reasons": reasons})
        if not refused.gaps:
            messages.error(request, _("Choose at least one language to publish in."))
        return redirect(reverse("register", kwargs={"org_id": organization.pk, "register_id": register.pk})
                        + "#publishing")
    where = join_and([IN_LANGUAGE[lang].text(ui) for lang in notice.languages], ui)
    messages.success(request, _("Published %(in_languages)s. The privacy notice is now public at its own "
                                "address.") % {"in_languages": where})
    return redirect("register", org_id=organization.pk, register_id=register.pk)


def _publish_page(request, organization, register, blockers, status=200):
    return render(
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
    return render(
        request,
        "publishing/notices.html",
        {"organization": organization, "registers": registers, "langs": LANGUAGES},
    )


@login_not_required
def public_notice_home(request, public_id):
    """The address a register records: the latest notice in the reader's interface language, or in the
    first language it was published in."""
    register = get_object_or_404(Register, public_id=public_id, status=RegisterStatus.PUBLISHED)
    latest = register.published_notices.only("languages").first()
    if latest is None or not latest.languages:
        raise Http404
    lang = language_or_default(get_language())
    return redirect("public_notice", public_id=public_id, lang=lang if lang in latest.languages
                    else latest.languages[0])


def _versions(public_id, lang: str):
    """The published versions of a public register's notice in `lang`, newest first. Drafts and archived
    registers are never public, whatever their earlier publications."""
    if lang not in LANGUAGES:
        raise Http404
    register = get_object_or_404(Register, public_id=public_id, status=RegisterStatus.PUBLISHED)
    # The snapshot is read only when it is needed: a document to write (render_once) or changes to show.
    return [v for v in register.published_notices.defer("snapshot") if lang in v.languages]


def _version(versions: list[PublishedNotice], number: int | None) -> PublishedNotice:
    """The version numbered `number` (the latest when None); 404 for one that does not exist (v0)."""
    found = versions[:1] if number is None else [v for v in versions if v.version == number]
    if not found:
        raise Http404
    return found[0]


def _public_page(request, template: str, lang: str, context: dict):
    with translation.override(lang):
        response = render(request, template, {
            "lang": lang,
            "stylesheet": mark_safe(stylesheet()),  # our own stylesheet, no user text
            **context,
        })
    response["X-Robots-Tag"] = "noarchive"
    return response


def _notice_page(notice: PublishedNotice, versions: list[PublishedNotice], lang: str, body: bytes) -> str:
    previous, changes = changes_since_previous(notice, lang)
    with translation.override(lang):
        return render_to_string("publishing/public_notice.html", {
            "lang": lang,
            "stylesheet": mark_safe(stylesheet()),  # our own stylesheet, no user text
            "notice": notice,
            "versions": versions,
            "previous": previous,
            "changes": changes,
            "body": mark_safe(body.decode("utf-8")),  # the document writer escapes user text
        })


def _public_answer(request, lang: str, text: str, status: int, link: str = "") -> HttpResponse:
    context = {"lang": lang, "text": text, "link": link}
    with translation.override(lang):
        return render(request, "publishing/public_message.html", context, status=status)


@login_not_required
@public_cache.filed
def public_notice(request, public_id, lang, version=None, fmt="html"):
    if fmt not in ("html", "pdf"):
        raise Http404
    versions = _versions(public_id, lang)
    notice = _version(versions, version)
    page = reverse("public_notice", kwargs={"public_id": public_id, "lang": lang})
    try:
        if fmt == "pdf":
            response = HttpResponse(render_published(notice, "pdf", lang), content_type=MEDIA_TYPES["pdf"])
            filename = f"{slugify(notice.register.name) or 'tietovirta'}-tietosuojaseloste-{lang}.pdf"
            response["Content-Disposition"] = f'attachment; filename="{filename}"'
        else:
            # Read outside the page's build: a NotReady there would be remembered as the page's failure.
            body = render_published(notice, "fragment", lang)
            # The page is the same for every reader until another version is published: written once.
            key = f"notice-page:{notice.pk}:{lang}:{versions[0].version}"
            response = HttpResponse(render_once(key, lambda: _notice_page(notice, versions, lang, body)))
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
    response["Content-Language"] = lang  # the notice's language, whatever the reader's interface
    # The page lists every version and the PDF is the latest's: both change when another is published.
    response["Last-Modified"] = public_cache.last_modified(versions[0].published_at)
    return response


@login_not_required
def public_notice_diff(request, public_id, lang, a, b):
    """The difference between two published versions in one language, section by section."""
    versions = _versions(public_id, lang)
    older, newer = sorted((_version(versions, a), _version(versions, b)), key=lambda v: v.version)
    if older.version == newer.version:
        raise Http404
    changes = compare(notice_of(older, lang), notice_of(newer, lang))
    return _public_page(request, "publishing/public_diff.html", lang, {
        "notice": newer, "older": older, "newer": newer, "versions": versions, "changes": changes,
    })
