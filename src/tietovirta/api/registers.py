"""Registers with their risk assessments, written with optimistic locking on `revision`."""

from __future__ import annotations

from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from ninja import Query, Router, Schema, Status
from ninja.errors import HttpError
from pydantic import Field

from tietovirta import canonical as c
from tietovirta.api.auth import membership
from tietovirta.api.common import (
    ERRORS,
    WRITE_ERRORS,
    PageParams,
    based_on_revision,
    catalogue_document,
    page,
    strict_check,
)
from tietovirta.api.errors import Conflict
from tietovirta.api.schemas import ConflictOut, Error, Page, RegisterIn, RegisterOut, StaleRegister, canonical
from tietovirta.interchange import register_to_canonical, store_register
from tietovirta.organizations.models import Organization, Party, System
from tietovirta.registers.models import Register

router = Router(tags=["registers"])

RELATIONS = ("systems", "parties", "risk_assessments")


class RegisterFilters(Schema):
    status: c.RegisterStatus | None = Field(None, description="Only registers with this status.")
    q: str = Field("", description="Only registers whose name contains this text (any case).")


class RiskAssessmentsIn(Schema):
    revision: int | None = Field(None, ge=1, description="The register revision this change is based on.")
    risk_assessments: list[c.RiskAssessment]


def _out(register: Register) -> RegisterOut:
    # The canonical register is valid already: pass its values on as they are, without dumping and
    # validating the whole tree again (a list page of 50 registers took 33 ms, most of it in that).
    return RegisterOut.model_validate({**dict(register_to_canonical(register)), "id": register.pk})


def _register(organization: Organization, register_id: int, *, for_update: bool = False) -> Register:
    rows = Register.objects.prefetch_related(*RELATIONS)
    if for_update:
        rows = rows.select_for_update()
    return get_object_or_404(rows, organization=organization, pk=register_id)


def _store(organization: Organization, register: Register, item: c.Register) -> None:
    """Check the register against the catalogue, then write it as an edit (new revision)."""
    document = catalogue_document(organization)
    document.registers.append(item)
    strict_check(document, "registers[0]")
    systems = {s.name: s for s in System.objects.filter(organization=organization, name__in=item.systems)}
    parties = {p.name: p for p in Party.objects.filter(organization=organization, name__in=item.parties)}
    store_register(register, item.model_copy(update={"modified_at": None}), systems, parties, touch=True)


def _refuse_stale(request: HttpRequest, register: Register, body_revision: int | None) -> None:
    based_on = based_on_revision(request, body_revision)
    if based_on is None:
        raise HttpError(
            428, "Say which revision you changed: 'revision' in the body or If-Match: \"<revision>\"."
        )
    if based_on != register.revision:
        raise Conflict(
            f"The register is at revision {register.revision}; your change is based on {based_on}. "
            "Read it again and reapply your change.",
            [StaleRegister(name=register.name, revision=based_on, stored_revision=register.revision)],
        )


def _location(org_id: int, register: Register) -> str:
    return reverse("api:register", kwargs={"org_id": org_id, "register_id": register.pk})


@router.get("/organizations/{org_id}/registers", response={200: Page[RegisterOut], **ERRORS})
def list_registers(
    request: HttpRequest, org_id: int, params: Query[PageParams], filters: Query[RegisterFilters]
):
    organization = membership(request, org_id).organization
    rows = Register.objects.filter(organization=organization).prefetch_related(*RELATIONS)
    if filters.status:
        rows = rows.filter(status=filters.status)
    if filters.q:
        rows = rows.filter(name__icontains=filters.q)
    return page(rows, params, _out)


@router.get(
    "/organizations/{org_id}/registers/{register_id}",
    response={200: RegisterOut, **ERRORS},
    url_name="register",
)
def get_register(request: HttpRequest, org_id: int, register_id: int, response: HttpResponse):
    register = _register(membership(request, org_id).organization, register_id)
    response["ETag"] = f'"{register.revision}"'
    return _out(register)


@router.post("/organizations/{org_id}/registers", response={201: RegisterOut, **WRITE_ERRORS})
def create_register(request: HttpRequest, org_id: int, payload: RegisterIn, response: HttpResponse):
    """Create a register. Systems and parties are named and must exist in the catalogue."""
    organization = membership(request, org_id, write=True).organization
    with transaction.atomic():
        register = Register(organization=organization, position=organization.registers.count())
        _store(organization, register, canonical(payload, c.Register))
    register = _register(organization, register.pk)
    response["Location"] = _location(org_id, register)
    response["ETag"] = f'"{register.revision}"'
    return Status(201, _out(register))


@router.put(
    "/organizations/{org_id}/registers/{register_id}",
    response={200: RegisterOut, 409: ConflictOut, 428: Error, **WRITE_ERRORS},
)
def update_register(
    request: HttpRequest, org_id: int, register_id: int, payload: RegisterIn, response: HttpResponse
):
    """Replace a register. `revision` (or `If-Match: "<revision>"`) must be the revision you read:
    if the register was changed since, the answer is 409 and nothing is written."""
    organization = membership(request, org_id, write=True).organization
    with transaction.atomic():
        register = _register(organization, register_id, for_update=True)
        _refuse_stale(request, register, payload.revision)
        _store(organization, register, canonical(payload, c.Register))
    register = _register(organization, register_id)
    response["ETag"] = f'"{register.revision}"'
    return _out(register)


@router.get(
    "/organizations/{org_id}/registers/{register_id}/risk-assessments",
    response={200: list[c.RiskAssessment], **ERRORS},
)
def get_risk_assessments(request: HttpRequest, org_id: int, register_id: int, response: HttpResponse):
    register = _register(membership(request, org_id).organization, register_id)
    response["ETag"] = f'"{register.revision}"'
    return register_to_canonical(register).risk_assessments


@router.put(
    "/organizations/{org_id}/registers/{register_id}/risk-assessments",
    response={200: list[c.RiskAssessment], 409: ConflictOut, 428: Error, **WRITE_ERRORS},
)
def replace_risk_assessments(
    request: HttpRequest, org_id: int, register_id: int, payload: RiskAssessmentsIn, response: HttpResponse
):
    """Replace the register's risk assessments and DPIA screenings; a new register revision."""
    organization = membership(request, org_id, write=True).organization
    with transaction.atomic():
        register = _register(organization, register_id, for_update=True)
        _refuse_stale(request, register, payload.revision)
        item = register_to_canonical(register).model_copy(
            update={"risk_assessments": payload.risk_assessments}
        )
        _store(organization, register, item)
    register = _register(organization, register_id)
    response["ETag"] = f'"{register.revision}"'
    return register_to_canonical(register).risk_assessments
