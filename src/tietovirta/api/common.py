"""Small helpers the routers share: pages, versions of what is written, canonical checks."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from ninja import Schema
from pydantic import BaseModel, Field

from tietovirta import canonical as c
from tietovirta.api.errors import Conflict
from tietovirta.api.schemas import Error, ValidationErrorOut
from tietovirta.interchange import party_to_canonical, system_to_canonical
from tietovirta.organizations.models import Organization, Party, System

# Every authenticated operation can answer these; listed so the OpenAPI document is complete.
ERRORS: dict[int, Any] = {401: Error, 404: Error, 422: ValidationErrorOut, 429: Error}
WRITE_ERRORS: dict[int, Any] = {**ERRORS, 403: Error}


class PageParams(Schema):
    limit: int = Field(50, ge=1, le=500, description="Items per page.")
    offset: int = Field(0, ge=0, le=10**9, description="Items to skip.")


def page(queryset: QuerySet, params: PageParams, convert: Callable[[Any], BaseModel]) -> dict:
    """One page of a queryset; `convert` turns a row into its API model (prefetch what it reads)."""
    rows = queryset[params.offset : params.offset + params.limit]
    return {
        "count": queryset.count(),
        "limit": params.limit,
        "offset": params.offset,
        "items": [convert(row) for row in rows],
    }


def etag(item: BaseModel) -> str:
    """A strong validator of a canonical item's content, for If-Match on systems, parties, organisations."""
    return '"' + hashlib.sha256(item.model_dump_json().encode("utf-8")).hexdigest()[:20] + '"'


def check_if_match(request: HttpRequest, current: BaseModel) -> None:
    """A write with If-Match must be based on the current content; without it, it simply applies."""
    asked = request.headers.get("If-Match")
    if asked and asked.strip() != "*" and etag(current) not in [t.strip() for t in asked.split(",")]:
        raise Conflict("The item was changed after you read it (If-Match does not match). Read it again.")


def with_etag(response: HttpResponse, item: BaseModel) -> None:
    response["ETag"] = etag(item)


_QUOTED_NUMBER = re.compile(r'^(?:W/)?"?(\d+)"?$')


def based_on_revision(request: HttpRequest, body_revision: int | None) -> int | None:
    """The register revision a write is based on: the body's `revision`, else `If-Match: "<rev>"`."""
    if body_revision is not None:
        return body_revision
    asked = request.headers.get("If-Match", "").strip()
    match = _QUOTED_NUMBER.match(asked)
    if asked and not match:
        raise c.DocumentError(
            [("revision", f'If-Match must be a register revision such as "3", not {asked}')]
        )
    return int(match.group(1)) if match else None


def catalogue_document(
    organization: Organization, *, skip_system: int | None = None, skip_party: int | None = None
) -> c.OrganizationDocument:
    """The organisation's catalogue (without the item being replaced) as a document to check against."""
    systems = System.objects.filter(organization=organization).exclude(pk=skip_system)
    parties = (
        Party.objects.filter(organization=organization).exclude(pk=skip_party).prefetch_related("systems")
    )
    return c.OrganizationDocument(
        organization=c.Organization(),
        systems=[system_to_canonical(s) for s in systems],
        parties=[party_to_canonical(p) for p in parties],
    )


def strict_check(document: c.OrganizationDocument, item_path: str) -> None:
    """The canonical format's strict rules (valid Y-tunnus, unique names, references that resolve)
    for the item at `item_path` in `document`; problems are reported relative to that item, as sent."""
    try:
        c.parse_document(document.model_dump(mode="json"), strict=True)
    except c.DocumentError as exc:
        raise c.DocumentError(
            [(path.removeprefix(item_path).removeprefix("."), message) for path, message in exc.problems]
        ) from None
