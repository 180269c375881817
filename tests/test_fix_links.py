"""Every finding links to the page where it is fixed, and fixing it there clears it everywhere."""

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tietovirta.checks import Finding, Severity
from tietovirta.organizations.models import Party, System
from tietovirta.registers.findings import FixTargets, fix_url
from tietovirta.registers.models import Register

pytestmark = pytest.mark.django_db


def _finding(field: str, register_index: int | None = None) -> Finding:
    return Finding(
        rule="some-rule", severity=Severity.ERROR, register=None, register_index=register_index,
        field=field, message="m", hint="h", legal_ref="GDPR",
    )


TARGETS = FixTargets(organization_id=7, register_ids=[41, 42], system_ids=[11, 12], party_ids=[21])


@pytest.mark.parametrize(
    ("field", "index", "url"),
    [
        ("systems[1].dpf_verified_on", None, "/organizations/7/systems/12/#field-dpf_verified_on"),
        ("systems[0].transfer_mechanism", 1, "/organizations/7/systems/11/#field-transfer_mechanism"),
        ("parties[0].processor_agreement", None, "/organizations/7/parties/21/#field-processor_agreement"),
        ("organization.name", None, "/organizations/7/edit/#field-name"),
        ("organization.dpo", 0, "/organizations/7/edit/#field-dpo"),
        ("purpose_text", 1, "/organizations/7/registers/42/edit/purpose/#field-purpose_text"),
        ("legal_bases", 0, "/organizations/7/registers/41/edit/legal_basis/#field-legal_bases"),
        (
            "data_categories[2].name", 0,
            "/organizations/7/registers/41/edit/data_collected/#field-data_categories",
        ),
        ("parties", 0, "/organizations/7/registers/41/edit/processors/#field-parties"),
        ("name", 0, "/organizations/7/registers/41/edit/basics/#field-name"),
        ("risk_assessments", 0, "/organizations/7/registers/41/#risk"),
        ("modified_at", 0, "/organizations/7/registers/41/"),
    ],
)
def test_a_finding_field_maps_to_the_form_that_fixes_it(field, index, url):
    assert fix_url(TARGETS, _finding(field, index)) == url


@pytest.mark.parametrize(
    ("field", "index"), [("systems[5].vendor", None), ("", None), ("purpose_text", None)]
)
def test_no_link_when_nothing_can_fix_it_there(field, index):
    assert fix_url(TARGETS, _finding(field, index)) is None


@pytest.fixture
def us_system(org):
    """Two registers that use one US-hosted system with no transfer mechanism recorded."""
    crm = System.objects.create(
        organization=org, name="HubSpot", vendor="HubSpot, Inc.", kind="crm", hosting="third_country",
        hosting_country="US", vendor_country="US",
    )
    registers = []
    for name in ("Asiakasrekisteri", "Prospektit"):
        register = Register.objects.create(
            organization=org, name=name, use_system_references=True, legal_bases=["b"],
            purpose_text="Asiakassuhteen hoitaminen",
        )
        register.systems.add(crm)
        registers.append(register)
    return crm, registers


def _soup(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "lxml")


def _transfer_findings(page) -> list:
    return [
        li for li in page.select("li.finding")
        if li["data-rule"] in ("transfer-mechanism-missing", "dpf-unverified") and "HubSpot" in li.get_text()
    ]


def test_transfer_finding_links_to_the_system_and_the_fix_clears_every_register(owner_client, org, us_system):
    crm, registers = us_system
    register_url = reverse("register", kwargs={"org_id": org.pk, "register_id": registers[0].pk})
    found = _transfer_findings(_soup(owner_client, register_url))
    assert found, "the register page shows the transfer finding"
    link = found[0].find("a", attrs={"data-fix": True})["href"]
    system_form = reverse("catalogue_edit", kwargs={"org_id": org.pk, "kind": "systems", "pk": crm.pk})
    assert link.startswith(system_form + "#field-")

    # The form the link leads to has the field it points at.
    form_page = _soup(owner_client, link.split("#")[0])
    assert form_page.find(id=link.split("#")[1]) is not None

    response = owner_client.post(system_form, {
        "name": "HubSpot", "vendor": "HubSpot, Inc.", "kind": "crm", "hosting": "third_country",
        "hosting_country": "US", "vendor_country": "US", "transfer_mechanism": "dpf",
        "dpf_verified_on": "2026-09-01", "processor_agreement": "signed",
        "processor_agreement_date": "2025-03-04",
    })
    assert response.status_code == 302
    crm.refresh_from_db()
    assert crm.dpf_verified_on == dt.date(2026, 9, 1)
    for register in registers:
        url = reverse("register", kwargs={"org_id": org.pk, "register_id": register.pk})
        assert _transfer_findings(_soup(owner_client, url)) == []
    dashboard = _soup(owner_client, reverse("organization", kwargs={"org_id": org.pk}))
    assert _transfer_findings(dashboard) == []


def test_dashboard_groups_findings_by_rule_with_links(owner_client, org, us_system):
    Party.objects.create(
        organization=org, name="Tilitoimisto Oy", role="processor", processor_agreement="missing"
    )
    page = _soup(owner_client, reverse("organization", kwargs={"org_id": org.pk}))
    groups = {g["data-rule-group"]: g for g in page.select("[data-rule-group]")}
    assert len(groups) == len(set(groups)) and groups
    # Both registers lack a retention period: one group, counted twice, each naming its register.
    retention = [g for rule, g in groups.items() if rule.startswith("retention")]
    assert retention
    group = retention[0]
    items = group.select("li.finding")
    assert int(group.select_one("[data-testid=group-count]").get_text()) == len(items) >= 2
    named = {name for li in items for name in ("Asiakasrekisteri", "Prospektit") if name in li.get_text()}
    assert named == {"Asiakasrekisteri", "Prospektit"}
    for li in items:
        assert "/edit/retention/#field-" in li.find("a", attrs={"data-fix": True})["href"]
    # The catalogue findings link to the catalogue entry.
    agreement = groups["processor-agreement-missing"]
    party = Party.objects.get(organization=org, name="Tilitoimisto Oy")
    hrefs = [a["href"] for a in agreement.select("a[data-fix]")]
    assert f"/organizations/{org.pk}/parties/{party.pk}/#field-processor_agreement" in hrefs


def test_viewers_get_no_fix_links(client, make_user, org, us_system):
    viewer = make_user("lukija@example.fi")
    org.memberships.create(user=viewer, role="viewer")
    client.force_login(viewer)
    page = _soup(client, reverse("organization", kwargs={"org_id": org.pk}))
    assert page.select("li.finding") and not page.select("a[data-fix]")


def test_a_catalogue_finding_accepted_by_one_register_stays_open_elsewhere(owner_client, org, us_system):
    first, second = us_system[1]
    page = _soup(owner_client, reverse("register", kwargs={"org_id": org.pk, "register_id": first.pk}))
    finding = next(li for li in page.select("li.finding") if li["data-rule"] == "transfer-mechanism-missing")
    field = finding.find("input", attrs={"name": "field"})["value"]
    assert field == "systems[HubSpot].transfer_mechanism"  # by name: stays with HubSpot
    owner_client.post(
        reverse("finding_accept", kwargs={"org_id": org.pk, "register_id": first.pk}),
        {"rule": "transfer-mechanism-missing", "field": field, "reason": "Siirtoperuste selvitetään Q1."},
    )

    def accepted(register) -> bool:
        url = f"/api/v1/organizations/{org.pk}/registers/{register.pk}/findings"
        found = [f for f in owner_client.get(url).json() if f["rule"] == "transfer-mechanism-missing"]
        assert len(found) == 1
        return found[0]["accepted"]

    assert accepted(first) is True and accepted(second) is False
    page = _soup(owner_client, reverse("register", kwargs={"org_id": org.pk, "register_id": first.pk}))
    shown = [li for li in page.select("li.finding") if li["data-rule"] == "transfer-mechanism-missing"]
    assert "accepted risk" in shown[0].get_text() or "hyväksytty riski" in shown[0].get_text()
