"""One HTTP response for any generated document: the web views, the public pages and the API use it."""

from django.http import Http404, HttpResponse
from django.utils.text import slugify

from tietovirta.canonical import OrganizationDocument
from tietovirta.documents import MEDIA_TYPES, SUPPORTED, RenderError, render

SHOWN_INLINE = {"html", "svg"}


def document_response(
    document: OrganizationDocument, *, kind: str, fmt: str, lang: str, register: int | None, name: str,
    **options,
) -> HttpResponse:
    """The document as a download (inline for HTML and SVG); 404 for a format the kind lacks, 422 when
    the document cannot be written (the message says why). `options` go to `render` (e.g. assessment)."""
    if fmt not in SUPPORTED.get(kind, ()):
        raise Http404
    try:
        content = render(document, kind=kind, fmt=fmt, lang=lang, register=register, **options)
    except RenderError as exc:
        return HttpResponse(str(exc), status=422, content_type="text/plain; charset=utf-8")
    response = HttpResponse(content, content_type=MEDIA_TYPES[fmt])
    extension = "html" if fmt == "fragment" else fmt
    filename = f"{slugify(name) or 'tietovirta'}-{kind}-{lang}.{extension}"
    disposition = "inline" if fmt in SHOWN_INLINE else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response
