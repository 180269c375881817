"""Small helpers the routers share: pages, searches, versions of what is written."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from typing import Annotated, Any

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from ninja import Schema
from pydantic import AfterValidator, BaseModel, Field
from pydantic_core import to_jsonable_python

from tietovirta import canonical as c
from tietovirta.api.errors import Conflict
from tietovirta.api.schemas import Error, ValidationErrorOut

# Every authenticated operation can answer these; listed so the OpenAPI document is complete.
# 400: a body that is not JSON (or not the form data an upload needs), as django-ninja answers it.
ERRORS: dict[int, Any] = {400: Error, 401: Error, 404: Error, 422: ValidationErrorOut, 429: Error}
WRITE_ERRORS: dict[int, Any] = {**ERRORS, 403: Error}
JSON_CONTENT_TYPE = "application/json; charset=utf-8"


def canonical_json(data: Any) -> str:
    """JSON the way the canonical format writes it (full ISO datetimes, not Django's milliseconds): every
    answer of the API, through its renderer (main.py) or stored (answers.py)."""
    return json.dumps(to_jsonable_python(data), ensure_ascii=False)


class PageParams(Schema):
    limit: int = Field(50, ge=1, le=500, description="Items per page.")
    offset: int = Field(0, ge=0, le=10**9, description="Items to skip.")


def _searchable(value: str) -> str:
    # What no database can store cannot be in a name either: searching for it finds what the rest finds.
    return c.storable(value)


SearchText = Annotated[
    str,
    Field(max_length=c.NAME_MAX, description="Only items whose name contains this text (any case)."),
    AfterValidator(_searchable),
]


class SearchParams(Schema):
    q: SearchText = ""


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


def refuse_stale(request: HttpRequest, stored: int, body_revision: int | None, what: str) -> None:
    """A replacing write must say the revision it is based on (428 if not) and be based on the stored
    one (409 if not): registers, data-subject requests and breaches alike."""
    from ninja.errors import HttpError

    based_on = based_on_revision(request, body_revision)
    if based_on is None:
        raise HttpError(
            428, "Say which revision you changed: 'revision' in the body or If-Match: \"<revision>\"."
        )
    if based_on != stored:
        raise Conflict(
            f"The {what} is at revision {stored}; your change is based on {based_on}. "
            "Read it again and reapply your change."
        )
