"""The API findings of a whole organisation: the dashboard's health, kept under the organisation's revision
(registers/findings.py), and the same findings a full check of the organisation's document gives, after
edits in its registers and in another organisation's, in every language."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from tietovirta.api.documents import finding_out
from tietovirta.checks import engine
from tietovirta.interchange import export_document, register_to_canonical, save_register
from tietovirta.organizations.models import Organization
from tietovirta.registers.findings import cached_organization_health, document_findings
from tietovirta.registers.models import Register

pytestmark = pytest.mark.django_db


@pytest.fixture
def two(generated_organization, owner, api_as):
    """Two generated organisations of the same owner, each with a read token of its own."""
    acme, other = generated_organization(registers=5, seed=11), generated_organization(registers=4, seed=12)
    return (acme, api_as(owner, acme, "read")), (other, api_as(owner, other, "read"))


def _served(api, organization, lang: str) -> list[dict]:
    response = api.get(f"/organizations/{organization.pk}/findings?lang={lang}")
    assert response.status_code == 200
    return response.json()


def _from_scratch(organization, lang: str) -> list[dict]:
    """What the endpoint answered before it read the kept health: every register checked now."""
    engine._REMEMBERED.clear()
    organization = Organization.objects.get(pk=organization.pk)
    document = export_document(organization, include_archived=False)
    register_ids = list(organization.registers.active().values_list("pk", flat=True))
    with translation.override(lang):
        return [finding_out(f, register_ids) for f in document_findings(document)]


def _edit(register: Register, **changes) -> None:
    row = Register.objects.get(pk=register.pk)
    save_register(row, register_to_canonical(row).model_copy(update=changes))


def test_the_findings_are_a_full_checks_after_edits_in_two_registers_and_another_organisation(two):
    (acme, api), (other, other_api) = two
    first, second = acme.registers.active().order_by("position", "id")[:2]
    for lang in ("fi", "sv", "en"):  # each language's health kept before the edits
        assert _served(api, acme, lang) == _from_scratch(acme, lang)
    assert _served(other_api, other, "fi") == _from_scratch(other, "fi")

    edits = [
        (first, {"name": "Asiakkaat A", "consent_text": "", "purposes": []}),
        (second, {"name": "Asiakkaat B", "legal_bases": [], "legal_basis_text": "", "purpose_text": ""}),
        (other.registers.active().first(), {"description": "Toisen organisaation muutos"}),
    ]
    for register, changes in edits:
        before = {lang: _served(api, acme, lang) for lang in ("fi", "en")}
        _edit(register, **changes)
        for lang in ("fi", "sv", "en"):
            assert _served(api, acme, lang) == _from_scratch(acme, lang)
        assert _served(other_api, other, "fi") == _from_scratch(other, "fi")
        if register.organization_id == acme.pk:  # so a health kept from before the edit would be caught
            assert _served(api, acme, "fi") != before["fi"]
        else:
            assert _served(api, acme, "en") == before["en"]


def test_the_findings_are_the_dashboards(two, owner_client):
    (acme, api), _ = two
    owner_client.get(f"/organizations/{acme.pk}/")
    with translation.override("fi"):
        health = cached_organization_health(Organization.objects.get(pk=acme.pk))
    assert _served(api, acme, "fi") == [finding_out(f, health.register_ids) for f in health.findings]


def test_the_findings_kept_are_read_without_the_organisations_document(two):
    """Once the health is kept, a request reads the token, its membership and the organisation's row of
    generations: not the registers and the catalogue, as the full check did (some ten queries more)."""
    (acme, api), _ = two
    _served(api, acme, "fi")
    with CaptureQueriesContext(connection) as queries:
        _served(api, acme, "fi")
    tables = " ".join(q["sql"] for q in queries.captured_queries)
    assert "registers_register" not in tables and "organizations_system" not in tables
    assert len(queries.captured_queries) <= 4


def test_another_organisations_token_reads_no_findings(two):
    (acme, _api), (_other, other_api) = two
    assert other_api.get(f"/organizations/{acme.pk}/findings?lang=fi").status_code == 404
