"""One HTTP response for any generated document: the web views, the public pages and the API use it.

Generated documents are cached by content: the key is a digest of the canonical document, the
options and the code that writes documents, so an edit gives a new key and nothing can go stale.
A PDF takes half a second to write; downloading it again, or in another worker, takes milliseconds.
"""

import hashlib
import json
import logging
from functools import cache
from pathlib import Path

from django.core.cache import caches
from django.http import Http404, HttpResponse
from django.utils.text import slugify

import tietovirta
from tietovirta.canonical import OrganizationDocument
from tietovirta.documents import MEDIA_TYPES, SUPPORTED, RenderError, render

SHOWN_INLINE = {"html", "svg"}
logger = logging.getLogger(__name__)


def document_response(
    document: OrganizationDocument, *, kind: str, fmt: str, lang: str, register: int | None, name: str,
    **options,
) -> HttpResponse:
    """The document as a download (inline for HTML and SVG); 404 for a format the kind lacks, 422 when
    the document cannot be written (the message says why). `options` go to `render` (e.g. assessment)."""
    if fmt not in SUPPORTED.get(kind, ()):
        raise Http404
    try:
        content = cached_render(document, kind=kind, fmt=fmt, lang=lang, register=register, **options)
    except RenderError as exc:
        return HttpResponse(str(exc), status=422, content_type="text/plain; charset=utf-8")
    response = HttpResponse(content, content_type=MEDIA_TYPES[fmt])
    extension = "html" if fmt == "fragment" else fmt
    filename = f"{slugify(name) or 'tietovirta'}-{kind}-{lang}.{extension}"
    disposition = "inline" if fmt in SHOWN_INLINE else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


@cache
def _writer_version() -> str:
    """A digest of the code and phrases that write documents: a deployment that changes them must not
    serve documents written by the old code."""
    digest = hashlib.sha256(tietovirta.__version__.encode())
    package = Path(tietovirta.__file__).parent
    # What documents import: their packages, the analysis they ask, and the languages (date formats).
    sources = ("documents", "canonical", "flows", "risk", "checks", "analysis", "knowledge", "language.py")
    for source in sources:
        paths = [package / source] if source.endswith(".py") else sorted((package / source).rglob("*"))
        for path in paths:
            if path.is_file() and path.suffix != ".pyc":
                digest.update(path.relative_to(package).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def cached_render(document: OrganizationDocument, **params) -> bytes | str:
    """`documents.render(document, **params)`, from the "documents" cache when it was written before."""
    digest = hashlib.sha256(_writer_version().encode())
    digest.update(json.dumps(params, sort_keys=True, default=str).encode())
    digest.update(document.model_dump_json().encode())
    key = f"document:{digest.hexdigest()}"
    try:
        content = caches["documents"].get(key)
    except OSError:  # an unreadable cache only costs the time to write the document again
        logger.warning("document cache unreadable", exc_info=True)
        content = None
    if content is None:
        content = render(document, **params)
        try:
            caches["documents"].set(key, content)
        except OSError:
            logger.warning("document cache not writable", exc_info=True)
    return content
