"""Data-subject requests: list, create, read, replace (optimistic locking on `revision`) and the actions
with rules of their own (extend, refuse, complete, build the checklist), plus the drafted letters.
Every write goes through `tietovirta.requests.services`, as the web pages' writes do."""

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
from tietovirta.interchange import request_to_canonical
from tietovirta.publishing.responses import document_response
from tietovirta.requests import services
from tietovirta.requests.models import SubjectRequest

router = Router(tags=["data-subject requests"])

# Where a created request leads: its own operations, with the id from the answer (OpenAPI links, which
# clients and the stateful phase of schemathesis follow).
_LINKS = {
    operation: {
        "operationId": operation,
        "parameters": {"org_id": "$request.path.org_id", "request_id": "$response.body#/id"},
    }
    for operation in (
        "get_request",
        "update_request",
        "extend_request",
        "refuse_request",
        "complete_request",
        "build_checklist",
    )
}


class SubjectRequestOut(c.SubjectRequest):
    id: int
    first_deadline: dt.date = Field(
        description="One month from receipt (Art. 12(3)), moved to a working day."
    )
    deadline: dt.date = Field(
        description="The deadline in force: first_deadline, or three months if extended."
    )
    state: Literal["open", "due", "overdue", "closed"] = Field(
        description="'due' within 7 days of the deadline, 'overdue' after it; 'open' otherwise while open."
    )


class SubjectRequestIn(c.SubjectRequest):
    id: int | None = Field(None, description="Ignored on writes: the id is in the URL.")
    reference: str = Field("", max_length=40, description="Given by the server when empty.")
    received_on: dt.date | None = Field(None, description="Today when not given.")
    first_deadline: dt.date | None = Field(None, description="Ignored on writes: computed.")
    deadline: dt.date | None = Field(None, description="Ignored on writes: computed.")
    state: str | None = Field(None, description="Ignored on writes: computed.")


class RequestFilters(Schema):
    status: c.RequestStatus | None = Field(None, description="Only requests with this status.")
    due: bool = Field(False, description="Only open requests that are due within 7 days or overdue.")


class ExtendIn(Schema):
    reason: str = Field(description="Why the request takes longer (told to the person).")
    notified_on: dt.date = Field(description="When the person was told; by the first deadline.")


class RefuseIn(Schema):
    ground: c.RefusalGround
    reasons: str


class CompleteIn(Schema):
    answered_on: dt.date


class ChecklistIn(Schema):
    extra_registers: list[str] = Field(
        default_factory=list, description="Registers to search besides those matching the person."
    )


def _out(row: SubjectRequest) -> SubjectRequestOut:
    item = request_to_canonical(row)
    state = row.deadline_state()
    return SubjectRequestOut.model_validate(
        {
            **dict(item),
            "id": row.pk,
            "first_deadline": item.first_due_on,
            "deadline": item.due_on,
            "state": "open" if state == "ok" else state,
        }
    )


def _row(organization, request_id: int, *, for_update: bool = False) -> SubjectRequest:
    rows = SubjectRequest.objects.select_related("organization").prefetch_related("tasks")
    if for_update:
        rows = rows.select_for_update()
    return get_object_or_404(rows, organization=organization, pk=request_id)


def _written(request_id: int, organization, response: HttpResponse) -> SubjectRequestOut:
    row = _row(organization, request_id)
    response["ETag"] = f'"{row.revision}"'
    return _out(row)


def _values(payload: SubjectRequestIn) -> dict:
    values = payload.model_dump(include=set(c.SubjectRequest.model_fields), exclude={"revision"})
    if values["received_on"] is None:
        values.pop("received_on")
    return values


def _if_match(request: HttpRequest, row: SubjectRequest) -> None:
    """An action may carry If-Match: then it must be the stored revision."""
    if request.headers.get("If-Match"):
        refuse_stale(request, row.revision, None, "request")


@router.get(
    "/organizations/{org_id}/requests",
    response={200: Page[SubjectRequestOut], **ERRORS},
    operation_id="list_requests",
)
def list_requests(
    request: HttpRequest, org_id: int, params: Query[PageParams], filters: Query[RequestFilters]
):
    """The organisation's requests, open ones by deadline first."""
    organization = membership(request, org_id).organization
    rows = organization.subject_requests.prefetch_related("tasks").order_by("status", "received_on", "id")
    if filters.status:
        rows = rows.filter(status=filters.status)
    if filters.due:
        due_ids = [row.pk for row, _state in services.due_requests(organization.subject_requests.all())]
        rows = rows.filter(pk__in=due_ids)
    return page(rows, params, _out)


@router.get(
    "/organizations/{org_id}/requests/{request_id}",
    response={200: SubjectRequestOut, **ERRORS},
    url_name="subject_request",
    operation_id="get_request",
)
def get_request(request: HttpRequest, org_id: int, request_id: int, response: HttpResponse):
    return _written(request_id, membership(request, org_id).organization, response)


@router.post(
    "/organizations/{org_id}/requests",
    response={201: SubjectRequestOut, **WRITE_ERRORS},
    operation_id="create_request",
    openapi_extra={"responses": {201: {"links": _LINKS}}},
)
def create_request(request: HttpRequest, org_id: int, payload: SubjectRequestIn, response: HttpResponse):
    """Record a request received by e-mail, letter, phone or in person. The reference is given when empty."""
    organization = membership(request, org_id, write=True).organization
    row = services.create(organization, _values(payload), user=request.auth.user, http=request)
    response["Location"] = reverse("api:subject_request", kwargs={"org_id": org_id, "request_id": row.pk})
    return Status(201, _written(row.pk, organization, response))


@router.put(
    "/organizations/{org_id}/requests/{request_id}",
    response={200: SubjectRequestOut, 409: ConflictOut, 428: Error, **WRITE_ERRORS},
    operation_id="update_request",
)
def update_request(
    request: HttpRequest, org_id: int, request_id: int, payload: SubjectRequestIn, response: HttpResponse
):
    """Replace the request. `revision` (or `If-Match: "<revision>"`) must be the revision you read."""
    organization = membership(request, org_id, write=True).organization
    with transaction.atomic():
        row = _row(organization, request_id, for_update=True)
        refuse_stale(request, row.revision, payload.revision, "request")
        values = _values(payload)
        values.setdefault("received_on", row.received_on)
        services.replace(row, values, user=request.auth.user, http=request)
    return _written(request_id, organization, response)


def _action(request, org_id, request_id, response, apply) -> SubjectRequestOut:
    organization = membership(request, org_id, write=True).organization
    with transaction.atomic():
        row = _row(organization, request_id, for_update=True)
        _if_match(request, row)
        apply(row)
    return _written(request_id, organization, response)


@router.post(
    "/organizations/{org_id}/requests/{request_id}/extend",
    response={200: SubjectRequestOut, 409: ConflictOut, **WRITE_ERRORS},
    operation_id="extend_request",
)
def extend_request(
    request: HttpRequest, org_id: int, request_id: int, payload: ExtendIn, response: HttpResponse
):
    """Extend the deadline by two months (Art. 12(3)): with reasons, told by the first deadline."""
    return _action(
        request,
        org_id,
        request_id,
        response,
        lambda row: services.extend(
            row, reason=payload.reason, notified_on=payload.notified_on, user=request.auth.user, http=request
        ),
    )


@router.post(
    "/organizations/{org_id}/requests/{request_id}/refuse",
    response={200: SubjectRequestOut, 409: ConflictOut, **WRITE_ERRORS},
    operation_id="refuse_request",
)
def refuse_request(
    request: HttpRequest, org_id: int, request_id: int, payload: RefuseIn, response: HttpResponse
):
    """Refuse the request (Art. 12(5)) with its ground and reasons; it is closed."""
    return _action(
        request,
        org_id,
        request_id,
        response,
        lambda row: services.refuse(
            row, ground=payload.ground, reasons=payload.reasons, user=request.auth.user, http=request
        ),
    )


@router.post(
    "/organizations/{org_id}/requests/{request_id}/complete",
    response={200: SubjectRequestOut, 409: ConflictOut, **WRITE_ERRORS},
    operation_id="complete_request",
)
def complete_request(
    request: HttpRequest, org_id: int, request_id: int, payload: CompleteIn, response: HttpResponse
):
    """The answer was sent on `answered_on`: the request is closed as answered."""
    return _action(
        request,
        org_id,
        request_id,
        response,
        lambda row: services.complete(
            row, answered_on=payload.answered_on, user=request.auth.user, http=request
        ),
    )


@router.post(
    "/organizations/{org_id}/requests/{request_id}/checklist",
    response={200: SubjectRequestOut, 409: ConflictOut, **WRITE_ERRORS},
    operation_id="build_checklist",
)
def build_checklist(
    request: HttpRequest, org_id: int, request_id: int, payload: ChecklistIn, response: HttpResponse
):
    """Add tasks for the registers matching the person (and `extra_registers`), their systems and parties."""
    return _action(
        request,
        org_id,
        request_id,
        response,
        lambda row: services.build_checklist(row, extra_registers=payload.extra_registers),
    )


@router.get(
    "/organizations/{org_id}/requests/{request_id}/letters/{kind}.{fmt}",
    response=ERRORS,
    openapi_extra=DOCUMENT_RESPONSES,
    operation_id="request_letter",
)
def request_letter(
    request: HttpRequest,
    org_id: int,
    request_id: int,
    kind: Literal["vastaus", "pidennys", "kieltaytyminen"],
    fmt: Literal["html", "pdf", "docx", "md"],
    lang: Lang | None = None,
):
    """The drafted answer (vastaus), extension notice (pidennys) or refusal (kieltaytyminen) letter,
    in the request's language unless `lang` is given."""
    organization = membership(request, org_id).organization
    row = _row(organization, request_id)
    document = services.letter_document(row)
    record(
        Event.EXPORT,
        request=request,
        user=request.auth.user,
        organization=organization,
        target=f"request {row.reference}: {kind}",
    )
    return document_response(
        document,
        kind=kind,
        fmt=fmt,
        lang=lang or document.requests[0].language,
        register=None,
        name=row.reference,
        request=0,
        today=timezone.localdate(),
    )
