"""Organisations: founding one (the founder becomes its owner)."""

from django.db import transaction

from tietovirta import canonical as c
from tietovirta.interchange import save_organization
from tietovirta.organizations.models import Membership, Organization, Role


@transaction.atomic
def found_organization(user, item: c.Organization) -> Organization:
    """A new organisation from its details (validated and written as every write is), owned by `user`."""
    organization = Organization()
    save_organization(organization, item)
    Membership.objects.create(user=user, organization=organization, role=Role.OWNER)
    return organization


def same_controller(organization: Organization, name: str, business_id: str) -> bool:
    """Whether a document's controller (name, Y-tunnus) is this organisation: the same Y-tunnus, or the
    same name when the document gives none."""
    if business_id.strip():
        return business_id.strip() == organization.business_id.strip()
    return name.strip().casefold() == organization.name.strip().casefold()
