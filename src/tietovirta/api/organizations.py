"""Organisations, and the whole organisation as one canonical document (export and import)."""

from __future__ import annotations

from django.db import transaction
from django.http import HttpRequest, HttpResponse
from ninja import Query, Router

from tietovirta import canonical as c
from tietovirta.api.auth import Caller, membership
from tietovirta.api.common import (
    ERRORS,
    WRITE_ERRORS,
    PageParams,
    check_if_match,
    page,
    with_etag,
)
from tietovirta.api.schemas import (
    ConflictOut,
    LoadResultOut,
    OrganizationIn,
    OrganizationOut,
    Page,
    canonical,
)
from tietovirta.interchange import (
    export_document,
    load_document,
    organization_to_canonical,
    save_organization,
)
from tietovirta.organizations.models import Membership

router = Router(tags=["organizations"])


def _out(found: Membership) -> OrganizationOut:
    return OrganizationOut(
        **organization_to_canonical(found.organization).model_dump(),
        id=found.organization_id,
        role=found.role,
    )


@router.get("/organizations", response={200: Page[OrganizationOut], **ERRORS})
def list_organizations(request: HttpRequest, params: Query[PageParams]):
    """The organisations you are a member of (for a token: the one it was issued for)."""
    caller: Caller = request.auth
    memberships = Membership.objects.filter(user=caller.user).select_related("organization")
    if caller.token is not None:
        memberships = memberships.filter(organization_id=caller.token.organization_id)
    return page(memberships.order_by("organization__name", "organization_id"), params, _out)


@router.get("/organizations/{org_id}", response={200: OrganizationOut, **ERRORS}, url_name="organization")
def get_organization(request: HttpRequest, org_id: int, response: HttpResponse):
    found = membership(request, org_id)
    with_etag(response, organization_to_canonical(found.organization))
    return _out(found)


@router.put("/organizations/{org_id}", response={200: OrganizationOut, 409: ConflictOut, **WRITE_ERRORS})
def update_organization(request: HttpRequest, org_id: int, payload: OrganizationIn, response: HttpResponse):
    """Replace the controller's details. Send `If-Match` with the ETag you read to refuse a lost update.
    The `uuid` is the organisation's own: one sent is ignored."""
    with transaction.atomic():
        found = membership(request, org_id, write=True)
        check_if_match(request, organization_to_canonical(found.organization))
        save_organization(found.organization, canonical(payload, c.Organization))
    with_etag(response, organization_to_canonical(found.organization))
    return _out(found)


@router.get(
    "/organizations/{org_id}/export",
    response={200: c.OrganizationDocument, **ERRORS},
    url_name="organization_export",
)
def export_organization(request: HttpRequest, org_id: int):
    """The whole organisation in the canonical format, exactly as `tietovirta export` writes it."""
    found = membership(request, org_id)
    return HttpResponse(export_document(found.organization).to_json(), content_type="application/json")


@router.put(
    "/organizations/{org_id}/import",
    response={200: LoadResultOut, 409: ConflictOut, **WRITE_ERRORS},
)
def import_organization(
    request: HttpRequest, org_id: int, payload: c.OrganizationDocument, force: bool = False
):
    """Make the organisation match a canonical document, as `tietovirta load` does, in one transaction.

    Systems, parties and registers missing from the document are deleted (so are data-subject requests
    and breaches when the document has the key `requests`, `breaches`); a signed risk assessment
    can be neither changed nor removed (422). Registers changed since the document was exported give
    409 unless `force=true`. The organisation keeps its own `uuid`. A register the document marks
    published that was never published here is published (its public notice frozen, the publication
    recorded). Only owners may do this.
    """
    found = membership(request, org_id, write=True, owner=True)
    summary = load_document(payload, organization=found.organization, force=force, user=request.auth.user)
    return {
        "organization_id": summary.organization.pk,
        "summary": summary.describe(),
        "counts": {kind: dict(actions) for kind, actions in summary.counts.items()},
    }
