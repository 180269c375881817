"""Published notice pages and PDFs answered from the cache, before sessions, users and the database.

The public notice view writes each page and PDF once per published version (responses.render_once), but a
reader's request still went through sessions, CSRF, authentication, messages and the queries that find the
published version. Now the view also files its finished answer here (`filed`), under the request's path
and the register's *generation*: a random token replaced whenever the register or one of its published
notices is saved or deleted (publishing, withdrawing, archiving, restoring). PublicAnswerMiddleware, early
in the stack, answers a GET from the file while the generation it was filed under is still the register's
current one; otherwise the request goes on to the view, which files it anew.

Why it cannot serve a stale or withdrawn version: the view reads the generation *before* it reads the
database, and a change replaces the generation when it is saved and again when it is committed. An answer
built from the state before a change is therefore filed under a generation that the change has already
replaced (or replaces at its commit). A register gets its first generation after its first answer at its
public address, which is therefore not filed (it read the database before the generation existed); the
second is. A generation the cache lost is a new token when it is made again, never a match for an answer
filed before. Nothing here reads or writes a cookie; the page is the same for every reader (it is built
without the request).
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from functools import wraps

from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, parse_http_date_safe

from tietovirta.publishing.responses import _writer_version

logger = logging.getLogger(__name__)

PREFIX = "/public/notices/"
# The URL names whose answers the view files (the latest page, a version's page, the PDF).
FILED_VIEWS = {"public_notice", "public_notice_version", "public_notice_file"}
# The headers an answer is filed with; the security headers come from the middleware around both paths.
FILED_HEADERS = ("Content-Type", "Content-Language", "Content-Disposition", "X-Robots-Tag", "ETag",
                 "Last-Modified", "Cache-Control")
# Readers' browsers and proxies may keep the answer but must ask again (a 304 is cheap) before using it:
# a withdrawn notice must not be shown from their caches.
CACHE_CONTROL = "public, no-cache"


def _cache():
    return caches["documents"]  # shared by the server's worker processes


def _generation_key(public_id) -> str:
    return f"public-generation:{public_id}"


def _answer_key(path: str) -> str:
    # The writers' version: a deployment that changes the page's code or texts files answers anew.
    return f"public-answer:{_writer_version()[:16]}:{path}"


def forget(public_id) -> None:
    """The register's filed answers are no longer served: a new generation replaces its current one. A
    register without one (never read at its public address since the cache last held it) has no answer
    that could be served, and gets none here: drafts and the registers nobody reads fill no cache."""
    key = _generation_key(public_id)
    try:
        if _cache().get(key) is not None:
            _cache().set(key, secrets.token_hex(16), timeout=None)
    except OSError:
        # Cannot pass silently: a filed answer could outlive the change. Fail the change instead.
        logger.exception("public answers of %s could not be forgotten", public_id)
        raise


def forget_on_change(public_id) -> None:
    """`forget` now and again when the current transaction commits (see the module's note)."""
    forget(public_id)
    if transaction.get_connection().in_atomic_block:
        # The change is saved by now; a failure here is logged (the first `forget` already took effect).
        transaction.on_commit(lambda: forget(public_id), robust=True)


def _current_generation(public_id) -> str | None:
    try:
        return _cache().get(_generation_key(public_id))
    except OSError:
        logger.warning("public answer cache unreadable", exc_info=True)
        return None


def _start_generation(public_id) -> None:
    """A first generation for a register that has none (never after the view read the database for an
    answer it files: a change meanwhile would have made the generation this one then reads)."""
    try:
        _cache().add(_generation_key(public_id), secrets.token_hex(16), timeout=None)
    except OSError:
        logger.warning("public answer cache not writable", exc_info=True)


def filed(view):
    """Decorates the public notice view: a 200 answer gets its ETag and Cache-Control and is filed for
    PublicAnswerMiddleware; a request whose ETag or date matches gets 304."""

    @wraps(view)
    def wrapper(request, public_id, *args, **kwargs):
        generation = _current_generation(public_id)  # read before the view reads the database
        response = view(request, public_id, *args, **kwargs)
        if response.status_code != 200:
            return response
        response["ETag"] = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
        response["Cache-Control"] = CACHE_CONTROL
        if generation is None:  # only for a register that exists and is published: the next request files
            _start_generation(public_id)
        else:
            headers = {name: response[name] for name in FILED_HEADERS if response.has_header(name)}
            try:
                _cache().set(_answer_key(request.path_info), (generation, headers, response.content))
            except OSError:
                logger.warning("public answer cache not writable", exc_info=True)
        return _conditional(request, response)

    return wrapper


def _conditional(request, response: HttpResponse) -> HttpResponse:
    last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
    return get_conditional_response(request, response["ETag"], last_modified, response) or response


def cached_answer(request) -> HttpResponse | None:
    """The filed answer to this GET while it is current, else None (the view answers)."""
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    if match.url_name not in FILED_VIEWS:
        return None
    request.get_host()  # the host is checked as on every other path (DisallowedHost: 400)
    try:
        filed_answer = _cache().get(_answer_key(request.path_info))
    except OSError:
        logger.warning("public answer cache unreadable", exc_info=True)
        return None
    if filed_answer is None:
        return None
    generation, headers, content = filed_answer
    if generation != _current_generation(match.kwargs["public_id"]):
        return None
    response = HttpResponse(content)
    for name, value in headers.items():
        response[name] = value
    return _conditional(request, response)


class PublicAnswerMiddleware:
    """Answers GETs of published notices from the cache (see the module's note); placed before the
    session, CSRF and authentication middleware, after the security headers'."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("GET", "HEAD") and request.path_info.startswith(PREFIX):
            response = cached_answer(request)
            if response is not None:
                return response
        return self.get_response(request)


def last_modified(moment) -> str:
    return http_date(moment.timestamp())


def _register_changed(sender, instance, **kwargs) -> None:
    forget_on_change(instance.public_id)


def _notice_changed(sender, instance, **kwargs) -> None:
    from tietovirta.registers.models import Register

    register = instance._state.fields_cache.get("register")  # loaded with the notice most of the time
    if register is not None:
        public_id = register.public_id
    else:
        rows = Register.objects.filter(pk=instance.register_id)
        public_id = rows.values_list("public_id", flat=True).first()
    if public_id is not None:  # a register deleted with its notices was forgotten by its own signal
        forget_on_change(public_id)


def connect() -> None:
    from tietovirta.publishing.models import PublishedNotice
    from tietovirta.registers.models import Register

    for name, signal in (("save", post_save), ("delete", post_delete)):
        signal.connect(_register_changed, sender=Register, dispatch_uid=f"public-answers-register-{name}")
        signal.connect(_notice_changed, sender=PublishedNotice, dispatch_uid=f"public-answers-notice-{name}")
