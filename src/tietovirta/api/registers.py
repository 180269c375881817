"""Registers with their risk assessments, written with optimistic locking on `revision`."""

from __future__ import annotations

from functools import lru_cache

from django.db import transaction
from django.db.models import Count, F, Window
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from ninja import Query, Router, Schema, Status
from ninja.errors import HttpError
from pydantic import Field

from tietovirta import canonical as c
from tietovirta.api.answers import answers
from tietovirta.api.answers import page as page_of_answers
from tietovirta.api.auth import membership
from tietovirta.api.common import (
    ERRORS,
    JSON_CONTENT_TYPE,
    WRITE_ERRORS,
    PageParams,
    SearchText,
    based_on_revision,
    canonical_json,
)
from tietovirta.api.documents import finding_out
from tietovirta.api.errors import Conflict
from tietovirta.api.schemas import (
    ConflictOut,
    Error,
    FindingOut,
    Page,
    RegisterIn,
    RegisterOut,
    StaleRegister,
    canonical,
)
from tietovirta.canonical.schema import Language
from tietovirta.interchange import (
    FEW,
    PREFETCH_FOR_CANONICAL,
    organization_registers_with_relations,
    register_to_canonical,
    register_with_relations,
    save_register,
)
from tietovirta.organizations.models import Organization
from tietovirta.prepared_queries import PreparedQuery
from tietovirta.publishing.services import PublishingRefused, publish
from tietovirta.registers.models import Register

router = Router(tags=["registers"])


# Where a created register leads: its own operations, with the id from the answer (OpenAPI links,
# which clients and the stateful phase of schemathesis follow).
_REGISTER_LINKS = {
    operation: {
        "operationId": operation,
        "parameters": {"org_id": "$request.path.org_id", "register_id": "$response.body#/id"},
    }
    for operation in (
        "get_register",
        "update_register",
        "publish_register",
        "get_risk_assessments",
        "replace_risk_assessments",
        "register_findings",
    )
}


class RegisterFilters(Schema):
    status: c.RegisterStatus | None = Field(None, description="Only registers with this status.")
    q: SearchText = ""


class PublishParams(Schema):
    language: list[Language] = Field(  # type: ignore[valid-type]
        default_factory=list,
        description="Publish in these languages (repeat the parameter). Default: every language the "
        "notice is complete in. A language asked for whose notice lacks something is refused (422, "
        "with what it lacks), as is a notice complete in no language.",
    )


class RiskAssessmentsIn(Schema):
    revision: int | None = Field(None, ge=1, description="The register revision this change is based on.")
    risk_assessments: list[c.RiskAssessment]


def _out(register: Register) -> RegisterOut:
    # Validated once, as the canonical register; the id is all the answer adds, so the answer is built
    # from those values without validating them again (django-ninja then only dumps it: issue 17).
    return RegisterOut.model_construct(**dict(register_to_canonical(register)), id=register.pk)


def _register(organization: Organization, register_id: int, *, for_update: bool = False) -> Register:
    return register_with_relations(organization.pk, register_id, lock=for_update)


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


def _answer(organization: Organization, register_id: int, response: HttpResponse) -> RegisterOut:
    register = _register(organization, register_id)
    response["ETag"] = f'"{register.revision}"'
    return _out(register)


def _page(rows):
    """Each register's id, the count of all the rows and the register's generation."""
    window = rows.annotate(total=Window(Count("pk")), generation=F("api_answer__generation"))
    return window.values_list("pk", "total", "generation")


@lru_cache(maxsize=32)
def _whole_list_page(offset: int, limit: int) -> PreparedQuery:
    """`_page` of all an organisation's registers, from `offset`: most lists ask for the first page, so its
    query is written once per process (prepared_queries.py; its LIMIT and OFFSET are in the SQL written)."""
    return PreparedQuery(
        lambda organization_id: _page(Register.objects.filter(organization_id=organization_id))[
            offset : offset + limit
        ],
        organization_id=-7013,
    )


@router.get(
    "/organizations/{org_id}/registers",
    response={200: Page[RegisterOut], **ERRORS},
    operation_id="list_registers",
)
def list_registers(
    request: HttpRequest, org_id: int, params: Query[PageParams], filters: Query[RegisterFilters]
):
    organization = membership(request, org_id).organization
    rows = Register.objects.filter(organization=organization)
    if filters.status:
        rows = rows.filter(status=filters.status)
    if filters.q:
        rows = rows.filter(name__icontains=filters.q)
    # The page's ids with the count of all and each register's generation (read before the data any
    # answer is built from: api/answers.py), in one query; past the end there is no row to carry the count.
    if filters.status or filters.q:
        page = list(_page(rows)[params.offset : params.offset + params.limit])
    else:  # the usual list: its query written once per process and page
        page = _whole_list_page(params.offset, params.limit).rows(organization_id=organization.pk)
    count = page[0][1] if page else rows.count()

    def build(register_ids: list[int]) -> dict[int, bytes]:
        if len(register_ids) <= FEW and not (filters.status or filters.q):
            # The one or two an edit changed: read by queries written once per process, within the
            # organisation (as `rows`); archived ones too, as the list shows them.
            registers = organization_registers_with_relations(organization.pk, register_ids, archived=True)
        else:
            registers = rows.filter(pk__in=register_ids).prefetch_related(*PREFETCH_FOR_CANONICAL)
        return {register.pk: canonical_json(_out(register)).encode() for register in registers}

    # The page as django-ninja would render Page[RegisterOut], its items the registers' kept answers; the
    # whole page kept (answers.page), except for a search (its pages are as many as the texts searched).
    empty = canonical_json({"count": count, "limit": params.limit, "offset": params.offset, "items": []})
    found = [(pk, generation) for pk, _total, generation in page]
    head = empty.removesuffix("]}").encode()
    place = None if filters.q else f"{organization.pk}:{filters.status or ''}:{params.offset}:{params.limit}"
    body = page_of_answers(place, head, found, lambda: answers(found, build))
    return HttpResponse(body, content_type=JSON_CONTENT_TYPE)


@router.get(
    "/organizations/{org_id}/registers/{register_id}",
    response={200: RegisterOut, **ERRORS},
    url_name="register",
    operation_id="get_register",
)
def get_register(request: HttpRequest, org_id: int, register_id: int, response: HttpResponse):
    return _answer(membership(request, org_id).organization, register_id, response)


@router.post(
    "/organizations/{org_id}/registers",
    response={201: RegisterOut, **WRITE_ERRORS},
    operation_id="create_register",
    openapi_extra={"responses": {201: {"links": _REGISTER_LINKS}}},
)
def create_register(request: HttpRequest, org_id: int, payload: RegisterIn, response: HttpResponse):
    """Create a register. Systems and parties are named and must exist in the catalogue."""
    organization = membership(request, org_id, write=True).organization
    with transaction.atomic():
        register = Register(organization=organization, position=organization.registers.count())
        save_register(register, canonical(payload, c.Register), editor=request.auth.user)
    response["Location"] = _location(org_id, register)
    return Status(201, _answer(organization, register.pk, response))


@router.put(
    "/organizations/{org_id}/registers/{register_id}",
    response={200: RegisterOut, 409: ConflictOut, 428: Error, **WRITE_ERRORS},
    operation_id="update_register",
)
def update_register(
    request: HttpRequest, org_id: int, register_id: int, payload: RegisterIn, response: HttpResponse
):
    """Replace a register. `revision` (or `If-Match: "<revision>"`) must be the revision you read:
    if the register was changed since, the answer is 409 and nothing is written. The fields the
    server owns are set by it (see "Server-owned fields" in docs/api.md)."""
    organization = membership(request, org_id, write=True).organization
    with transaction.atomic():
        register = _register(organization, register_id, for_update=True)
        _refuse_stale(request, register, payload.revision)
        save_register(register, canonical(payload, c.Register), editor=request.auth.user)
    return _answer(organization, register_id, response)


@router.get(
    "/organizations/{org_id}/registers/{register_id}/risk-assessments",
    response={200: list[c.RiskAssessment], **ERRORS},
    operation_id="get_risk_assessments",
)
def get_risk_assessments(request: HttpRequest, org_id: int, register_id: int, response: HttpResponse):
    register = _register(membership(request, org_id).organization, register_id)
    response["ETag"] = f'"{register.revision}"'
    return register_to_canonical(register).risk_assessments


@router.put(
    "/organizations/{org_id}/registers/{register_id}/risk-assessments",
    response={200: list[c.RiskAssessment], 409: ConflictOut, 428: Error, **WRITE_ERRORS},
    operation_id="replace_risk_assessments",
)
def replace_risk_assessments(
    request: HttpRequest, org_id: int, register_id: int, payload: RiskAssessmentsIn, response: HttpResponse
):
    """Replace the register's risk assessments and DPIA screenings; a new register revision.

    Each assessment with a `uuid` updates that assessment in place; one without is new; one left
    out is deleted. A signed assessment must be sent unchanged and cannot be left out (422);
    `signed_by` and `signed_on` are set only by signing off on the assessment page."""
    organization = membership(request, org_id, write=True).organization
    with transaction.atomic():
        register = _register(organization, register_id, for_update=True)
        _refuse_stale(request, register, payload.revision)
        item = register_to_canonical(register).model_copy(
            update={"risk_assessments": payload.risk_assessments}
        )
        save_register(register, item, editor=request.auth.user)
    register = _register(organization, register_id)
    response["ETag"] = f'"{register.revision}"'
    return register_to_canonical(register).risk_assessments


class PublishRefusedOut(Schema):
    detail: str
    blockers: list[FindingOut] = Field(
        description="What must be fixed, or accepted as a risk on the register, before publishing: open "
        "error-level findings and empty privacy-notice items (rule 'notice-item-empty')."
    )


@router.post(
    "/organizations/{org_id}/registers/{register_id}/publish",
    response={200: RegisterOut, 409: PublishRefusedOut, **WRITE_ERRORS},
    operation_id="publish_register",
)
def publish_register(
    request: HttpRequest, org_id: int, register_id: int, params: Query[PublishParams], response: HttpResponse
):
    """Publish the register's privacy notice (again): its public address (`privacy_notice_url`) then
    serves the notice as it reads now, until the next publication, in each language it was published in;
    the publication is in the audit log. Refused with 409 and the blockers while the register has an open
    error-level finding or an empty Art. 13/14 item that is not accepted as a risk (the same gate as the
    web app's *Julkaise*). A notice is published only in a language it is complete in: otherwise 422, each
    problem naming the language and the texts it lacks there, and nothing is published."""
    organization = membership(request, org_id, write=True).organization
    register = _register(organization, register_id)
    try:
        publish(register, request=request, languages=params.language or None)
    except PublishingRefused as refused:  # the messages in Finnish, the interface's first language
        blockers = [finding_out(b, [register.pk]) for b in refused.blockers]
        return Status(409, {"detail": str(refused), "blockers": blockers})
    return _answer(organization, register_id, response)
