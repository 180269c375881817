"""The API findings of one register: what the register page shows, read without its organisation's other
registers and, once the checks keep them, without its organisation and catalogue."""

from collections import Counter

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tietovirta.organizations.models import System

pytestmark = pytest.mark.django_db


def _api_findings(api, register) -> Counter:
    response = api.get(f"/organizations/{register.organization_id}/registers/{register.pk}/findings?lang=fi")
    assert response.status_code == 200
    return Counter((f["rule"], f["message"], f["accepted"], f["register_id"]) for f in response.json())


def _page_findings(client, register) -> Counter:
    url = reverse("register", kwargs={"org_id": register.organization_id, "register_id": register.pk})
    page = BeautifulSoup(client.get(url, HTTP_ACCEPT_LANGUAGE="fi").content, "lxml")
    return Counter(
        (
            li["data-rule"],
            li.select_one(".finding-message").get_text(),
            "bg-body-tertiary" in li["class"],  # an accepted risk
        )
        for li in page.select("li.finding")
    )


def _without_register(found: Counter) -> Counter:
    return Counter({(rule, message, accepted): n for (rule, message, accepted, _id), n in found.items()})


@pytest.fixture
def generated(generated_organization, owner, client, api_as):
    organization = generated_organization(registers=6)
    client.force_login(owner)
    return organization, client, api_as(owner, organization, "read")


def test_the_api_findings_of_each_register_are_those_its_page_shows(generated):
    organization, client, api = generated
    registers = list(organization.registers.active().order_by("position"))
    # A register accepts a catalogue finding as its own risk: accepted there, open for the others.
    register, rule, message = next(
        (register, rule, message)
        for register in registers
        for rule, message, _accepted, register_id in _api_findings(api, register)
        if register_id is None and rule in ("transfer-mechanism-missing", "processor-agreement-missing")
    )
    page = reverse("register", kwargs={"org_id": organization.pk, "register_id": register.pk})
    shown = next(
        li
        for li in BeautifulSoup(client.get(page).content, "lxml").select("li.finding")
        if li["data-rule"] == rule and li.select_one(".finding-message").get_text() == message
    )
    accept = reverse("finding_accept", kwargs={"org_id": organization.pk, "register_id": register.pk})
    field = shown.find("input", attrs={"name": "field"})["value"]
    assert client.post(accept, {"rule": rule, "field": field, "reason": "Selvitetään."}).status_code == 302

    kinds = Counter()
    for register in registers:
        from_api = _api_findings(api, register)
        assert from_api == _api_findings(api, register), "the same answer when the catalogue is kept"
        assert {register_id for *_, register_id in from_api} <= {register.pk, None}
        assert _without_register(from_api) == _page_findings(client, register), register.name
        for found, _message, accepted, register_id in from_api:
            kinds.update([found, "accepted" if accepted else "open", "register" if register_id else "shared"])
    # Findings of several kinds: the registers' own and those of the organisation and its catalogue (of
    # rules that read every register's part), one accepted.
    assert kinds["register"] and kinds["shared"] and kinds["accepted"] == 1
    assert kinds[rule] >= 2, "the accepted catalogue finding stays open for another register that uses it"


HUBSPOT = {
    "name": "HubSpot", "vendor": "HubSpot, Inc.", "kind": "crm", "hosting": "third_country",
    "hosting_country": "US", "vendor_country": "US",
}  # fmt: skip
HUBSPOT_SAFEGUARDED = {
    "transfer_mechanism": "dpf", "dpf_verified_on": "2026-09-01",
    "processor_agreement": "signed", "processor_agreement_date": "2025-03-04",
}  # fmt: skip


def test_a_catalogue_change_shows_in_the_api_findings(owner_client, org, owner, api_as):
    system = System.objects.create(organization=org, **HUBSPOT)
    register = org.registers.create(name="Asiakasrekisteri", legal_bases=["b"], purpose_text="Asiakkuudet")
    register.systems.add(system)
    api = api_as(owner, org, "read")
    assert "transfer-mechanism-missing" in _rules(api, register)
    assert "transfer-mechanism-missing" in _rules(api, register)  # with the catalogue kept
    form = reverse("catalogue_edit", kwargs={"org_id": org.pk, "kind": "systems", "pk": system.pk})
    assert owner_client.post(form, {**HUBSPOT, **HUBSPOT_SAFEGUARDED}).status_code == 302
    assert "transfer-mechanism-missing" not in _rules(api, register)


def _rules(api, register) -> set[str]:
    return {rule for rule, *_ in _api_findings(api, register)}


def _queries(api, register) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        _api_findings(api, register)
    return [q["sql"] for q in queries.captured_queries]


def test_the_api_findings_of_a_register_read_neither_the_other_registers_nor_a_kept_catalogue(
    generated_organization, owner, api_as
):
    few, many = generated_organization(registers=2, seed=3), generated_organization(registers=40, seed=4)
    counts = []
    for organization in (few, many):
        api = api_as(owner, organization, "read")
        register = organization.registers.order_by("position").first()
        _queries(api, register)  # keeps the organisation and its catalogue for the checks
        sql = _queries(api, register)
        counts.append(len(sql))
        assert not [q for q in sql if 'FROM "organizations_organization"' in q]
        # Of the catalogue only the names of the register's own systems and parties.
        catalogue = [q for q in sql if 'FROM "organizations_s' in q or 'FROM "organizations_p' in q]
        assert len(catalogue) == 2 and all('"registers_register_' in q for q in catalogue)
    assert counts[0] == counts[1]
