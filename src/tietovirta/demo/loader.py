"""The demo: the five seed documents as organisations, owned by one demo user."""

from importlib import resources

from django.contrib.auth import get_user_model
from django.db import transaction

from tietovirta.canonical.schema import OrganizationDocument, parse_document
from tietovirta.interchange import load_document
from tietovirta.organizations.models import Membership, Organization, Role


def demo_documents() -> list[OrganizationDocument]:
    folder = resources.files("tietovirta.demo") / "fixtures"
    files = sorted(f for f in folder.iterdir() if f.name.endswith(".json"))
    return [parse_document(f.read_bytes(), strict=True) for f in files]


@transaction.atomic
def load_demo(email: str, password: str) -> list[Organization]:
    """Create the demo user and load the seed organisations once; returns what was created."""
    User = get_user_model()
    if User.objects.filter(username=email).exists():
        return []
    user = User.objects.create_user(
        username=email, email=email, password=password, first_name="Demo", last_name="Konsultti"
    )
    organizations = []
    for document in demo_documents():
        organization = load_document(document, organization=Organization()).organization
        Membership.objects.create(user=user, organization=organization, role=Role.OWNER)
        organizations.append(organization)
    return organizations
