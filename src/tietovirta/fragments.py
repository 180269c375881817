"""Rendered parts of the busiest pages, kept under the organisation's data revision so they cannot go stale.

A fragment is stored under everything its HTML depends on:
- the organisation and its revision: the id and generation of its health row, which every write to its
  documentation raises in the same transaction (registers/signals.py). The revision is read before the
  data, so a fragment is never stored under a revision newer than the data it shows; the row's id
  changes if the row is ever made anew, so a generation counted again from zero cannot meet old entries;
- the viewer's role, since editors and owners see controls that viewers do not;
- the interface language, and the day (review and deadline states turn with the date);
- a digest of the templates, so a deployment never serves a fragment written by old templates.
The organisation is in the key and the view's access check runs before any lookup, so a fragment is
only ever served to members of the organisation it shows.

CSRF tokens are never stored: a fragment is rendered with a per-process placeholder in place of the
token, and each request's own token is put in its place when the fragment is served. The placeholder is
random and never sent, so no user text can produce it.
"""

import hashlib
import secrets
from collections.abc import Callable
from functools import cache
from pathlib import Path

from django.core.cache import caches
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

import tietovirta

_CSRF_PLACEHOLDER = f"csrf-placeholder-{secrets.token_hex(16)}"


@cache
def _templates_digest() -> str:
    digest = hashlib.sha256(tietovirta.__version__.encode())
    templates = Path(tietovirta.__file__).parent / "templates"
    for path in sorted(templates.rglob("*.html")):
        digest.update(path.relative_to(templates).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def organization_revision(organization) -> str:
    """The organisation's documentation revision: changes with every write to it (registers/signals.py)."""
    from tietovirta.registers.models import HealthCache

    try:
        row = organization.health_cache  # read with the membership by organization_view
    except HealthCache.DoesNotExist:
        HealthCache.objects.bulk_create([HealthCache(organization=organization)], ignore_conflicts=True)
        row = HealthCache.objects.defer("data").get(organization=organization)  # not the findings it keeps
    return f"{row.pk}.{row.generation}"


def cached_fragments(request, name: str, templates: dict[str, str], context: Callable[[], dict]) -> dict:
    """The named parts of one page for this organisation, revision, role, language and day, as HTML.

    `templates` names each part's template; `context` builds their shared context and is called only
    when the parts are not cached. Call it from an `organization_view` (it reads request.membership)."""
    membership = request.membership
    key = ":".join(
        (
            "fragment", name, str(membership.organization_id), organization_revision(membership.organization),
            membership.role, get_language() or "", timezone.localdate().isoformat(), _templates_digest(),
        )
    )
    store = caches["fragments"]
    parts = store.get(key)
    if parts is None:
        values = {**context(), "csrf_token": _CSRF_PLACEHOLDER}
        parts = {part: render_to_string(template, values, request) for part, template in templates.items()}
        store.set(key, parts)
    if any(_CSRF_PLACEHOLDER in html for html in parts.values()):
        token = get_token(request)
        parts = {part: html.replace(_CSRF_PLACEHOLDER, token) for part, html in parts.items()}
    return {part: mark_safe(html) for part, html in parts.items()}  # template output, escaped when rendered
