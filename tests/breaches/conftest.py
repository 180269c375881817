"""An organisation with registers and systems that a breach can affect."""

import pytest

from tietovirta import canonical as c
from tietovirta.interchange import load_document
from tietovirta.organizations.models import Membership

DOCUMENT = {
    "schema_version": "1.2",
    "organization": {"name": "Vuoto Oy", "business_id": "2643821-1", "email": "tietosuoja@vuoto.fi",
                     "dpo": {"name": "Tiina Tietosuoja", "email": "dpo@vuoto.fi", "phone": "040 123 4567"}},
    "systems": [{"name": "HubSpot", "kind": "crm"}, {"name": "Netvisor", "kind": "accounting"}],
    "registers": [
        {"name": "Asiakasrekisteri", "data_subject_categories": ["Asiakkaat"], "systems": ["HubSpot"]},
        {"name": "Henkilöstörekisteri", "data_subject_categories": ["Työntekijät"]},
    ],
}


@pytest.fixture
def company(owner):
    organization = load_document(c.parse_document(DOCUMENT)).organization
    Membership.objects.create(user=owner, organization=organization, role="owner")
    return organization
