"""Rendered parts of the busiest pages, kept under the organisation's data revision so they cannot go stale.

A fragment is stored under everything its HTML depends on:
- the organisation and its revision: the id and generation of its health row, which every write to its
  documentation raises in the same transaction (registers/signals.py). The revision is read before the
  data, so a fragment is never stored under a revision newer than the data it shows; the row's id
  changes if the row is ever made anew, so a generation counted again from zero cannot meet old entries.
  What shows one register (its page) is kept under `register_revision` instead: the generation of what
  the organisation's registers share and the register's own (registers/changes.py says which writes raise
  which), so that editing one register does not make the others' pages be rendered again;
- the viewer's role, since editors and owners see controls that viewers do not;
- the interface language, and the day (review and deadline states turn with the date);
- a digest of the package's files (code, templates, translations), so a deployment never serves a
  fragment written by the old ones (the cache is on disk, shared by the worker processes: settings.py).
The organisation is in the key and the view's access check runs before any lookup, so a fragment is
only ever served to members of the organisation it shows.

The frame every page shares (head, menus, organisation switcher and tabs, language switch, scripts) is
kept the same way by `cached_frame`, under a digest of everything it is rendered from: the user, the
organisations the user belongs to as read on this request (ids and names), the organisation open with
the user's role in it, the tab the path belongs to and the language. A membership added or removed, an
organisation renamed or a role changed makes another key; nothing has to be told to forget. The frame's
templates are rendered without the request, so they can show nothing that is not in that key.

CSRF tokens and the page's own address (the language forms return to it) are never stored: a part is
rendered with placeholders in their place, and each request's own values are put in when
the part is served. The placeholders are derived from the secret key (the same in every worker) and never
sent, so no user text can produce them.
"""

import hashlib
from collections.abc import Callable
from functools import cache
from pathlib import Path

from django.core.cache import caches
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

import tietovirta
from tietovirta.prepared_queries import PreparedQuery

_CSRF_PLACEHOLDER = f"csrf-placeholder-{salted_hmac('tietovirta.fragments', 'csrf').hexdigest()[:32]}"
_PATH_PLACEHOLDER = f"path-placeholder-{salted_hmac('tietovirta.fragments', 'path').hexdigest()[:32]}"

FRAME = {"head": "frame/head.html", "nav": "frame/nav.html", "scripts": "frame/scripts.html"}
# The organisation tabs a path marks active; the catalogues' own only outside a register's pages.
_TABS = ("systems", "parties", "notices", "requests", "breaches", "import", "members", "audit", "api-tokens")
_CATALOGUE_TABS = ("systems", "parties")


@cache
def templates_digest() -> str:
    """What a part's HTML is written by besides its data: the package's files (code, templates,
    translations, catalogues), and the placeholders in it."""
    digest = hashlib.sha256(f"{tietovirta.__version__}\n{_CSRF_PLACEHOLDER}\n{_PATH_PLACEHOLDER}".encode())
    package = Path(tietovirta.__file__).parent
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix != ".pyc":
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def health_row(organization):
    """The organisation's row of revisions (registers.HealthCache), read with the membership by
    organization_view; made here for an organisation that has none yet."""
    from tietovirta.registers.models import HealthCache

    try:
        return organization.health_cache
    except HealthCache.DoesNotExist:
        HealthCache.objects.bulk_create([HealthCache(organization=organization)], ignore_conflicts=True)
        return HealthCache.objects.defer("data").get(organization=organization)  # not the findings it keeps


def organization_revision(organization) -> str:
    """The organisation's documentation revision: changes with every write to it (registers/signals.py)."""
    row = health_row(organization)
    return f"{row.pk}.{row.generation}"


def register_revision(organization, register_id: int) -> str | None:
    """What one register's page and documents are read from, as a revision: the generation of what the
    organisation's registers share (its details and catalogue) and the register's own (registers/changes.py),
    so that a change to another register leaves them as they are. Read before the data, as
    `organization_revision`. None when nothing may be kept for the register (not the organisation's, or
    its generation only now begun: api/answers.generations)."""
    from tietovirta.api.answers import generation as register_generation

    row = health_row(organization)
    generation = register_generation(organization.pk, register_id)
    return None if generation is None else f"{row.pk}.{row.shared_generation}.{register_id}.{generation}"


def cached_fragments(
    request, name: str, templates: dict[str, str], context: Callable[[], dict], revision: str | None = ""
) -> dict:
    """The named parts of one page for this organisation, revision, role, language and day, as HTML.

    `templates` names each part's template; `context` builds their shared context and is called only
    when the parts are not cached. `revision` is what the parts are read from (by default the whole
    organisation's revision; None: nothing is kept). Call it from an `organization_view` (it reads
    request.membership)."""
    membership = request.membership
    if revision is None:
        return _fill(_render(templates, context(), request), request)
    key = ":".join(
        (
            "fragment",
            name,
            str(membership.organization_id),
            revision or organization_revision(membership.organization),
            membership.role,
            get_language() or "",
            timezone.localdate().isoformat(),
            templates_digest(),
        )
    )
    parts = _kept(key)
    if parts is None:
        parts = _keep(key, _render(templates, context(), request))
    return _fill(parts, request)


def cached_frame(request) -> dict:
    """The frame's parts (FRAME) for this request's user, organisations, open organisation, tab and
    language, as HTML; computed once per request (base.html asks for each part)."""
    if request is None:  # an error page drawn without the request (errors.server_error): nothing kept
        values = {**_frame_context(_frame_values(None)), "csrf_token": "", "next_path": ""}
        return {part: mark_safe(render_to_string(template, values)) for part, template in FRAME.items()}
    if not hasattr(request, "_frame"):
        values = _frame_values(request)
        user_id = values["user"][0] if values["user"] else "anonymous"
        digest = hashlib.sha256(repr((values, templates_digest())).encode()).hexdigest()
        key = f"frame:{user_id}:{digest}"
        parts = _kept(key)
        if parts is None:
            parts = _keep(key, _render(FRAME, _frame_context(values), None))
        request._frame = _fill(parts, request)
    return request._frame


def _kept(key: str) -> dict | None:
    """The parts kept under `key`: from this worker's memory, else from the cache the workers share."""
    return kept_many([key]).get(key)


def _keep(key: str, parts: dict) -> dict:
    keep(key, parts)
    return parts


def kept_many(keys: list[str], cache: str = "fragments") -> dict:
    """What is kept under these keys (those found) in `cache` and the memory in front of it
    (`cache`-here), as `_kept` finds a page's parts; for what is kept per register besides pages
    (registers/findings.py keeps each register's piece of the checks in "checks")."""
    found = caches[f"{cache}-here"].get_many(keys)
    if absent := [key for key in keys if key not in found]:
        shared = caches[cache].get_many(absent)
        caches[f"{cache}-here"].set_many(shared)
        found |= shared
    return found


def keep(key: str, value, cache: str = "fragments") -> None:
    """Keep `value` under `key` for every worker (`cache`, shared) and in this one's memory."""
    caches[cache].set(key, value)
    caches[f"{cache}-here"].set(key, value)


def _frame_values(request) -> dict:
    """Everything the frame shows, as plain data: the frame is rendered from these alone."""
    values = {"language": get_language() or "", "user": None, "organizations": (), "open": None, "tabs": ()}
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return values
    values["user"] = (user.pk, user.email or user.username)
    values["organizations"] = _organizations_of(user.pk)
    membership = getattr(request, "membership", None)  # set by organization_view
    if membership is not None:
        organization = membership.organization
        values["open"] = (organization.pk, organization.name, membership.is_owner)
        values["tabs"] = _active_tabs(request)
    return values


def _frame_context(values: dict) -> dict:
    """The frame templates' context, from the values its key is a digest of."""
    from tietovirta.organizations.models import organization_name

    active = None
    if values["open"]:
        pk, name, is_owner = values["open"]
        active = {"id": pk, "name": organization_name(pk, name), "is_owner": is_owner}
    return {
        "language": values["language"],
        "user_label": values["user"][1] if values["user"] else None,
        "organizations": [(pk, organization_name(pk, name)) for pk, name in values["organizations"]],
        "active": active,
        "tabs": values["tabs"],
    }


def _organizations_query(user_id: int):
    from tietovirta.organizations.models import Membership

    memberships = Membership.objects.filter(user_id=user_id).order_by("organization__name", "organization_id")
    return memberships.values_list("organization_id", "organization__name")


# A user's organisations (id, name): every page's frame reads them, so the query is written once per
# process (prepared_queries.py); compiling it cost ten times more than running it.
_ORGANIZATIONS = PreparedQuery(_organizations_query, user_id=-7003)


def _organizations_of(user_id: int) -> tuple:
    return tuple(_ORGANIZATIONS.rows(user_id=user_id))


def _active_tabs(request) -> tuple[str, ...]:
    """The organisation tabs this page belongs to: the registers' on the dashboard and a register's pages."""
    path = request.path
    in_register = "/registers/" in path
    on_dashboard = request.resolver_match is not None and request.resolver_match.url_name == "organization"
    tabs = ("registers",) if in_register or on_dashboard else ()
    return tabs + tuple(
        tab for tab in _TABS if f"/{tab}/" in path and not (in_register and tab in _CATALOGUE_TABS)
    )


def _render(templates: dict[str, str], values: dict, request) -> dict[str, str]:
    """Each template rendered with the placeholders in place of the CSRF token and the page's address.

    Without a request (the frame) a template sees only `values`: no context processors."""
    values = {**values, "csrf_token": _CSRF_PLACEHOLDER, "next_path": _PATH_PLACEHOLDER}
    return {part: render_to_string(template, values, request) for part, template in templates.items()}


def _masked_token(request) -> str:
    """The request's CSRF token, masked once per answer: every form of a page carries the same one, as every
    form of one template gets from Django's {% csrf_token %}. Masking draws 32 random characters with a system
    call each (~75 µs): the frame and the page's parts each drew them anew. A secret rotated meanwhile
    (logging in) is masked anew."""
    secret = request.META.get("CSRF_COOKIE")
    kept = getattr(request, "_masked_csrf_token", None)
    if kept is not None and secret is not None and kept[0] == secret:
        return kept[1]
    token = get_token(request)
    request._masked_csrf_token = (request.META["CSRF_COOKIE"], token)
    return token


def _fill(parts: dict[str, str], request) -> dict:
    """The parts with this request's CSRF token and address in place of the placeholders, as safe HTML."""
    token = path = None
    filled = {}
    for part, html in parts.items():
        # str.replace, not one regular expression over the page: a regex scan of a 200 kB dashboard cost
        # ~1 ms a request. The token goes in first and is letters and digits, so it cannot hold the path's
        # placeholder; the address goes in last and is never searched again. The parts are template
        # output, escaped; the address is escaped here.
        if _CSRF_PLACEHOLDER in html:
            token = token or _masked_token(request)  # only when a part has a form: it sets the CSRF cookie
            html = html.replace(_CSRF_PLACEHOLDER, token)
        if _PATH_PLACEHOLDER in html:
            path = path or escape(request.get_full_path())
            html = html.replace(_PATH_PLACEHOLDER, path)
        filled[part] = mark_safe(html)
    return filled
