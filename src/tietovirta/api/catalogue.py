"""The system and party catalogues: the same five operations for both, made by one function."""

from collections.abc import Callable

from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from ninja import Query, Router, Status

from tietovirta import canonical as c
from tietovirta.api.auth import membership
from tietovirta.api.common import (
    ERRORS,
    WRITE_ERRORS,
    PageParams,
    SearchParams,
    check_if_match,
    page,
    with_etag,
)
from tietovirta.api.schemas import ConflictOut, Page, PartyIn, PartyOut, SystemIn, SystemOut, canonical
from tietovirta.interchange import party_to_canonical, save_catalogue_entry, system_to_canonical
from tietovirta.organizations.models import Party, System

router = Router()


def _add_catalogue(
    kind: str,
    model: type[System] | type[Party],
    item: type[c.System] | type[c.Party],
    item_in: type[SystemIn] | type[PartyIn],
    item_out: type[SystemOut] | type[PartyOut],
    to_canonical: Callable,
) -> None:
    singular = "system" if kind == "systems" else "party"
    prefetch = ("systems",) if model is Party else ()
    tags = [kind]
    links = {
        f"{operation}_{singular}": {
            "operationId": f"{operation}_{singular}",
            "parameters": {"org_id": "$request.path.org_id", "pk": "$response.body#/id"},
        }
        for operation in ("get", "update", "delete")
    }

    def out(entry) -> SystemOut | PartyOut:
        return item_out(**to_canonical(entry).model_dump(), id=entry.pk)

    def entry_of(organization, pk: int):
        return get_object_or_404(model.objects.prefetch_related(*prefetch), organization=organization, pk=pk)

    @router.get(
        f"/organizations/{{org_id}}/{kind}",
        response={200: Page[item_out], **ERRORS},
        tags=tags,
        operation_id=f"list_{kind}",
        summary=f"List {kind}",
    )
    def list_entries(
        request: HttpRequest, org_id: int, params: Query[PageParams], search: Query[SearchParams]
    ):
        organization = membership(request, org_id).organization
        rows = model.objects.filter(organization=organization).prefetch_related(*prefetch)
        if search.q:
            rows = rows.filter(name__icontains=search.q)
        return page(rows, params, out)

    @router.get(
        f"/organizations/{{org_id}}/{kind}/{{pk}}",
        response={200: item_out, **ERRORS},
        tags=tags,
        operation_id=f"get_{singular}",
        url_name=singular,
        summary=f"Get a {singular}",
    )
    def get_entry(request: HttpRequest, org_id: int, pk: int, response: HttpResponse):
        entry = entry_of(membership(request, org_id).organization, pk)
        with_etag(response, to_canonical(entry))
        return out(entry)

    @router.post(
        f"/organizations/{{org_id}}/{kind}",
        response={201: item_out, **WRITE_ERRORS},
        tags=tags,
        operation_id=f"create_{singular}",
        summary=f"Create a {singular}",
        openapi_extra={"responses": {201: {"links": links}}},
    )
    def create_entry(request: HttpRequest, org_id: int, payload: item_in, response: HttpResponse):
        organization = membership(request, org_id, write=True).organization
        with transaction.atomic():
            entry = model(organization=organization)
            new = save_catalogue_entry(entry, canonical(payload, item))
        response["Location"] = reverse(f"api:{singular}", kwargs={"org_id": org_id, "pk": entry.pk})
        with_etag(response, new)
        return Status(201, out(entry_of(organization, entry.pk)))

    @router.put(
        f"/organizations/{{org_id}}/{kind}/{{pk}}",
        response={200: item_out, 409: ConflictOut, **WRITE_ERRORS},
        tags=tags,
        operation_id=f"update_{singular}",
        summary=f"Replace a {singular}",
    )
    def update_entry(request: HttpRequest, org_id: int, pk: int, payload: item_in, response: HttpResponse):
        organization = membership(request, org_id, write=True).organization
        with transaction.atomic():
            entry = entry_of(organization, pk)
            check_if_match(request, to_canonical(entry))
            save_catalogue_entry(entry, canonical(payload, item))
        entry = entry_of(organization, pk)
        with_etag(response, to_canonical(entry))
        return out(entry)

    @router.delete(
        f"/organizations/{{org_id}}/{kind}/{{pk}}",
        response={204: None, **WRITE_ERRORS},
        tags=tags,
        operation_id=f"delete_{singular}",
        summary=f"Delete a {singular}",
    )
    def delete_entry(request: HttpRequest, org_id: int, pk: int):
        """Registers that used it keep their other references."""
        entry_of(membership(request, org_id, write=True).organization, pk).delete()
        return Status(204, None)


_add_catalogue("systems", System, c.System, SystemIn, SystemOut, system_to_canonical)
_add_catalogue("parties", Party, c.Party, PartyIn, PartyOut, party_to_canonical)
