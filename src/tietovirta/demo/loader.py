"""The demo: the five seed documents as organisations, owned by one demo user."""

from django.contrib.auth import get_user_model
from django.db import transaction

from tietovirta.demo import demo_documents
from tietovirta.interchange import load_document
from tietovirta.organizations.models import Membership, Organization, Role


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
