"""Breaches (the Art. 33(5) log): list, create, read, replace (optimistic locking on `revision`), record
the notification to the tietosuojavaltuutettu, and the drafted notification and notice. Every write goes
through `tietovirta.breaches.services`, as the web pages' writes do."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from ninja import Query, Router, Schema, Status
from pydantic import Field

from tietovirta import canonical as c
from tietovirta.api.auth import membership
from tietovirta.api.common import ERRORS, WRITE_ERRORS, PageParams, page, refuse_stale
from tietovirta.api.documents import DOCUMENT_RESPONSES, Lang
from tietovirta.api.schemas import ConflictOut, Error, Page
from tietovirta.audit.log import record
from tietovirta.audit.models import Event
from tietovirta.breaches import services
from tietovirta.breaches.models import Breach
from tietovirta.interchange import breach_to_canonical
from tietovirta.publishing.responses import document_response

router = Router(tags=["breaches"])

ClockState = Literal["running", "late", "notified", "notified_late", "not_required"]

# Where a created breach leads: its own operations, with the id from the answer (OpenAPI links, which
# clients and the stateful phase of schemathesis follow).
_LINKS = {
    operation: {
        "operationId": operation,
        "parameters": {"org_id": "$request.path.org_id", "breach_id": "$response.body#/id"},
    }
    for operation in ("get_breach", "update_breach", "record_notification")
}


class BreachOut(c.Breach):
    id: int
    notification_deadline: dt.datetime = Field(
        description="72 hours after aware_at (Art. 33(1)), Helsinki time."
    )
    clock: ClockState = Field(description="Where the breach stands against the 72 hours.")


class BreachIn(c.Breach):
    id: int | None = Field(None, description="Ignored on writes: the id is in the URL.")
    reference: str = Field("", max_length=40, description="Given by the server when empty.")
    notification_deadline: dt.datetime | None = Field(None, description="Ignored on writes: computed.")
    clock: str | None = Field(None, description="Ignored on writes: computed.")


class BreachFilters(Schema):
    open: bool = Field(False, description="Only breaches not closed.")


class NotificationIn(Schema):
    notified_at: dt.datetime
    reference: str = Field("", max_length=100, description="The tietosuojavaltuutettu's reference, if any.")
    delay_reasons: str = Field("", description="Required when later than 72 hours after becoming aware.")


def _out(row: Breach) -> BreachOut:
    item = breach_to_canonical(row)
    return BreachOut.model_validate(
        {
            **dict(item),
            "id": row.pk,
            "notification_deadline": item.notify_by,
            "clock": services.clock(item).state,
        }
    )


def _row(organization, breach_id: int, *, for_update: bool = False) -> Breach:
    rows = Breach.objects.select_related("organization").prefetch_related("registers", "systems")
    if for_update:
        rows = rows.select_for_update()
    return get_object_or_404(rows, organization=organization, pk=breach_id)


def _written(breach_id: int, organization, response: HttpResponse) -> BreachOut:
    row = _row(organization, breach_id)
    response["ETag"] = f'"{row.revision}"'
    return _out(row)


def _values(payload: BreachIn) -> dict:
    return payload.model_dump(include=set(c.Breach.model_fields), exclude={"revision"})


@router.get(
    "/organizations/{org_id}/breaches",
    response={200: Page[BreachOut], **ERRORS},
    operation_id="list_breaches",
)
def list_breaches(
    request: HttpRequest, org_id: int, params: Query[PageParams], filters: Query[BreachFilters]
):
    """The organisation's breaches, the most recent first."""
    organization = membership(request, org_id).organization
    rows = organization.breaches.prefetch_related("registers", "systems")
    if filters.open:
        rows = rows.filter(closed_on__isnull=True)
    return page(rows, params, _out)


@router.get(
    "/organizations/{org_id}/breaches/{breach_id}",
    response={200: BreachOut, **ERRORS},
    url_name="breach",
    operation_id="get_breach",
)
def get_breach(request: HttpRequest, org_id: int, breach_id: int, response: HttpResponse):
    return _written(breach_id, membership(request, org_id).organization, response)


@router.post(
    "/organizations/{org_id}/breaches",
    response={201: BreachOut, **WRITE_ERRORS},
    operation_id="create_breach",
    openapi_extra={"responses": {201: {"links": _LINKS}}},
)
def create_breach(request: HttpRequest, org_id: int, payload: BreachIn, response: HttpResponse):
    """Log a breach. Registers and systems are named and must exist."""
    organization = membership(request, org_id, write=True).organization
    row = services.create(organization, _values(payload), user=request.auth.user, http=request)
    response["Location"] = reverse("api:breach", kwargs={"org_id": org_id, "breach_id": row.pk})
    return Status(201, _written(row.pk, organization, response))


@router.put(
    "/organizations/{org_id}/breaches/{breach_id}",
    response={200: BreachOut, 409: ConflictOut, 428: Error, **WRITE_ERRORS},
    operation_id="update_breach",
)
def update_breach(
    request: HttpRequest, org_id: int, breach_id: int, payload: BreachIn, response: HttpResponse
):
    """Replace the breach. `revision` (or `If-Match: "<revision>"`) must be the revision you read."""
    organization = membership(request, org_id, write=True).organization
    with transaction.atomic():
        row = _row(organization, breach_id, for_update=True)
        refuse_stale(request, row.revision, payload.revision, "breach")
        services.replace(row, _values(payload), user=request.auth.user, http=request)
    return _written(breach_id, organization, response)


@router.post(
    "/organizations/{org_id}/breaches/{breach_id}/notification",
    response={200: BreachOut, 409: ConflictOut, **WRITE_ERRORS},
    operation_id="record_notification",
)
def record_notification(
    request: HttpRequest, org_id: int, breach_id: int, payload: NotificationIn, response: HttpResponse
):
    """The notification to the tietosuojavaltuutettu was made; later than 72 hours only with reasons."""
    organization = membership(request, org_id, write=True).organization
    with transaction.atomic():
        row = _row(organization, breach_id, for_update=True)
        if request.headers.get("If-Match"):
            refuse_stale(request, row.revision, None, "breach")
        services.notify_authority(
            row,
            notified_at=payload.notified_at,
            reference=payload.reference,
            delay_reasons=payload.delay_reasons,
            user=request.auth.user,
            http=request,
        )
    return _written(breach_id, organization, response)


@router.get(
    "/organizations/{org_id}/breaches/{breach_id}/documents/{kind}.{fmt}",
    response=ERRORS,
    openapi_extra=DOCUMENT_RESPONSES,
    operation_id="breach_document",
)
def breach_document(
    request: HttpRequest,
    org_id: int,
    breach_id: int,
    kind: Literal["loukkausilmoitus", "loukkaustiedote"],
    fmt: Literal["html", "pdf", "docx", "md"],
    lang: Lang = "fi",
):
    """The drafted notification to the tietosuojavaltuutettu (Art. 33(3)) or the notice to the people
    concerned (Art. 34)."""
    organization = membership(request, org_id).organization
    row = _row(organization, breach_id)
    record(
        Event.EXPORT,
        request=request,
        user=request.auth.user,
        organization=organization,
        target=f"breach {row.reference}: {kind}",
    )
    now = timezone.now().replace(second=0, microsecond=0)
    return document_response(
        services.notice_document(row),
        kind=kind,
        fmt=fmt,
        lang=lang,
        register=None,
        name=row.reference,
        breach=0,
        now=now,
    )
