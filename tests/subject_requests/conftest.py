"""An organisation with registers, systems and parties to search, and requests in it."""

import datetime as dt

import pytest
from django.utils import timezone

from tietovirta import canonical as c
from tietovirta.interchange import load_document
from tietovirta.organizations.models import Membership
from tietovirta.requests import services

DOCUMENT = {
    "schema_version": "1.2",
    "organization": {"name": "Pyyntö Oy", "business_id": "2643821-1", "email": "tietosuoja@pyynto.fi",
                     "street_address": "Kauppakatu 1", "postal_code": "00100", "city": "Helsinki"},
    "systems": [{"name": "HubSpot", "kind": "crm"}, {"name": "Netvisor", "kind": "accounting"},
                {"name": "Sympa", "kind": "hr"}],
    "parties": [{"name": "Tilitoimisto Numero Oy", "role": "processor"},
                {"name": "Verohallinto", "role": "recipient"}],
    "registers": [
        {"name": "Asiakasrekisteri", "data_subject_categories": ["Asiakkaat"],
         "purpose_text": "Asiakassuhteen hoitaminen ja laskutus.", "legal_bases": ["b", "c"],
         "data_categories": [{"name": "Nimi ja yhteystiedot"}, {"name": "Laskutustiedot"}],
         "retention_period": 6, "retention_unit": "years", "retention_trigger": "asiakkuuden päättymisestä",
         "sources_text": "Asiakkaalta itseltään.",
         "systems": ["HubSpot", "Netvisor"], "parties": ["Tilitoimisto Numero Oy"]},
        {"name": "Henkilöstörekisteri", "data_subject_categories": ["Työntekijät"],
         "systems": ["Sympa", "Netvisor"], "parties": ["Tilitoimisto Numero Oy", "Verohallinto"]},
        {"name": "Vanha asiakaslista", "status": "archived", "data_subject_categories": ["Asiakkaat"]},
    ],
}


@pytest.fixture
def company(owner):
    organization = load_document(c.parse_document(DOCUMENT)).organization
    Membership.objects.create(user=owner, organization=organization, role="owner")
    return organization


@pytest.fixture
def make_request(company, owner):
    def make(**values):
        data = {"kinds": ["access"], "channel": "email", "requester_name": "Maija Meikäläinen",
                "requester_email": "maija@example.fi", "subject_categories": ["customer"], **values}
        return services.create(company, data, user=owner)

    return make


@pytest.fixture
def days_ago():
    return lambda n: timezone.localdate() - dt.timedelta(days=n)
