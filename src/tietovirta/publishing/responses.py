"""One HTTP response for any generated document: the web views, the public pages and the API use it.

Generated documents are cached by content: the key is a digest of the canonical document, the
options and the code that writes documents, so an edit gives a new key and nothing can go stale.
A PDF takes half a second to write; downloading it again, or in another worker, takes milliseconds.

A published notice never changes, so its documents are cached by its published version instead
(`render_once`), and written by one process while any others asking for it wait: anonymous requests
cost a file read, not a document's writing each.
"""

import contextlib
import fcntl
import hashlib
import json
import logging
import time
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.http import Http404, HttpResponse
from django.utils.text import slugify

import tietovirta
from tietovirta import deadlines
from tietovirta.canonical import OrganizationDocument
from tietovirta.documents import MEDIA_TYPES, SUPPORTED, RenderError, render
from tietovirta.fragments import register_revision

SHOWN_INLINE = {"html", "svg"}
logger = logging.getLogger(__name__)


def document_response(
    document: OrganizationDocument | Callable[[], OrganizationDocument], *, kind: str, fmt: str, lang: str,
    register: int | None, name: str, revision: str | None = None, **options,
) -> HttpResponse:
    """The document as a download (inline for HTML and SVG); 404 for a format the kind lacks, 422 when
    the document cannot be written (the message says why). `options` go to `render` (e.g. assessment).

    `document` may be a function that reads it, and `revision` a string that changes whenever the data it
    is read from does: then a document written at that revision is served without reading the data."""
    if fmt not in SUPPORTED.get(kind, ()):
        raise Http404
    try:
        content = cached_render(
            document, revision=revision, kind=kind, fmt=fmt, lang=lang, register=register, **options
        )
    except RenderError as exc:
        return HttpResponse(str(exc), status=422, content_type="text/plain; charset=utf-8")
    response = HttpResponse(content, content_type=MEDIA_TYPES[fmt])
    extension = "html" if fmt == "fragment" else fmt
    filename = f"{slugify(name) or 'tietovirta'}-{kind}-{lang}.{extension}"
    disposition = "inline" if fmt in SHOWN_INLINE else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


def register_document_revision(organization, register_id: int) -> str | None:
    """`document_response`'s revision for a register's documents: it changes with every write to what they
    are read from (the organisation, its catalogue, the register and its assessments: registers/changes.py),
    and not with the other registers' edits (fragments.register_revision). The page's and the API's
    downloads alike."""
    revision = register_revision(organization, register_id)
    return revision and f"register:{register_id}:{organization.pk}:{revision}"


@cache
def _writer_version() -> str:
    """A digest of the code and phrases that write documents: a deployment that changes them must not
    serve documents written by the old code."""
    digest = hashlib.sha256(tietovirta.__version__.encode())
    package = Path(tietovirta.__file__).parent
    # What documents import: their packages, the analysis they ask, and the languages (date formats);
    # and what writes the public notice page around them (its templates, the changelog, the catalogues).
    sources = ("documents", "canonical", "flows", "risk", "checks", "analysis", "knowledge", "language.py",
               "publishing", "templates/publishing", "locale")
    for source in sources:
        paths = [package / source] if source.endswith(".py") else sorted((package / source).rglob("*"))
        for path in paths:
            if path.is_file() and path.suffix != ".pyc":
                digest.update(path.relative_to(package).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def cached_render(
    document: OrganizationDocument | Callable[[], OrganizationDocument], *, revision: str | None = None,
    **params,
) -> bytes | str:
    """`documents.render(document, **params)`, from the "documents" cache when it was written before.

    With a `revision` (see `document_response`), the key of the document written from the data at that
    revision is kept under it, so that the next request at the same revision finds it without reading
    the data and digesting its document (`document` is then not called)."""
    options = json.dumps(params, sort_keys=True, default=str)
    at_revision = None
    if revision is not None:
        at_revision = "document-at:" + hashlib.sha256(
            "\n".join((_writer_version(), options, revision, deadlines.today().isoformat())).encode()
        ).hexdigest()
        key = _cache_get(at_revision)
        content = _cache_get(key) if key is not None else None
        if content is not None:
            return content
    if callable(document):
        document = document()
    digest = hashlib.sha256(_writer_version().encode())
    digest.update(options.encode())
    digest.update(document.model_dump_json().encode())
    key = f"document:{digest.hexdigest()}"
    content = _cache_get(key)
    if content is None:
        content = render(document, **params)
        _cache_set(key, content)
    if at_revision is not None:
        _cache_set(at_revision, key)
    return content


def _cache_get(key: str):
    try:
        return caches["documents"].get(key)
    except OSError:  # an unreadable cache only costs the time to write the document again
        logger.warning("document cache unreadable", exc_info=True)
        return None


def _cache_set(key: str, value) -> None:
    try:
        caches["documents"].set(key, value)
    except OSError:
        logger.warning("document cache not writable", exc_info=True)


# How long a request waits for another process writing the same published document, and how long a
# failure to write one is remembered (so a document that breaks the writer is not retried per request).
RENDER_WAIT_SECONDS = 20
FAILURE_REMEMBERED_SECONDS = 600
# A public PDF longer than this is refused (the web page is offered instead): WeasyPrint writes about
# 30 000 characters a second, so this bounds the one-time writing of a version to seconds. Real
# privacy notices are a tenth of it.
PUBLIC_PDF_MAX_CHARACTERS = 200_000
_FAILED, _REFUSED = b"\x00render-failed", b"\x00refused"


class NotReady(Exception):
    """The document is being written by another request (or failed lately): ask again in a moment."""


class Refused(Exception):
    """The document will not be written (it is too long): the same answer for every request."""


def render_once(key: str, build: Callable[[], bytes | str]) -> bytes | str:
    """The document cached under `key` (with the writers' version), built by `build()` on a miss.

    On a miss, one process builds it under a file lock while the others wait for the result, so
    simultaneous first requests write it once. `build` may raise Refused, which is remembered like a
    document. Raises NotReady if the wait runs out, or if building failed within
    FAILURE_REMEMBERED_SECONDS.
    """
    key = f"document:{key}:{_writer_version()[:16]}"
    content = _cached(key)
    if content is None:
        with _lock(key) as held:
            content = _cached(key)  # another process may have written it while this one waited
            if content is None:
                if not held:
                    raise NotReady
                content = _build(key, build)
    if content == _REFUSED:
        raise Refused
    if content == _FAILED:
        raise NotReady
    return content


def _build(key: str, build: Callable[[], bytes | str]) -> bytes | str:
    timeout = None  # the cache's own
    try:
        content = build()
    except Refused:
        content = _REFUSED
    except Exception:
        logger.exception("published document %s could not be written", key)
        content, timeout = _FAILED, FAILURE_REMEMBERED_SECONDS
    try:
        if timeout:
            caches["documents"].set(key, content, timeout=timeout)
        else:
            caches["documents"].set(key, content)
    except OSError:
        logger.warning("document cache not writable", exc_info=True)
    return content


def render_published(notice, fmt: str, lang: str) -> bytes | str:
    """A published notice (PublishedNotice) as `fmt`, written once per published version and language.

    Raises Refused for a PDF over PUBLIC_PDF_MAX_CHARACTERS, NotReady as render_once.
    """

    def build():
        if fmt == "pdf" and _characters(notice.snapshot) > PUBLIC_PDF_MAX_CHARACTERS:
            raise Refused
        return render(notice.document(), kind="tietosuojaseloste", fmt=fmt, lang=lang, register=0)

    return render_once(f"notice:{notice.pk}:{fmt}:{lang}", build)


def _characters(value) -> int:
    if isinstance(value, str):
        return len(value)
    if isinstance(value, dict):
        return sum(_characters(v) for v in value.values())
    if isinstance(value, list):
        return sum(_characters(v) for v in value)
    return 0


def _cached(key: str):
    try:
        return caches["documents"].get(key)
    except OSError:
        logger.warning("document cache unreadable", exc_info=True)
        return None


@contextlib.contextmanager
def _lock(key: str) -> Iterator[bool]:
    """An exclusive lock per key across the server's processes; yields whether it was got in time."""
    folder = Path(settings.CACHES["documents"]["LOCATION"]) / "locks"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (hashlib.sha256(key.encode()).hexdigest()[:32] + ".lock")
    with path.open("a") as handle:
        deadline = time.monotonic() + RENDER_WAIT_SECONDS
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    yield False
                    return
                time.sleep(0.1)
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
