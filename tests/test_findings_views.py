"""Compliance findings in the web app: beside the fields, on the dashboard, accepted as risks."""

import re

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tietovirta.demo.loader import load_demo
from tietovirta.interchange import export_document
from tietovirta.organizations.models import Organization
from tietovirta.registers.models import Register

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(client):
    load_demo("demo@tietovirta.fi", "tietovirta-demo")
    client.login(username="demo@tietovirta.fi", password="tietovirta-demo")
    return client


def _page(client, register):
    url = reverse("register", kwargs={"org_id": register.organization_id, "register_id": register.pk})
    return BeautifulSoup(client.get(url).content, "lxml")


def test_findings_sit_beside_the_fields_they_concern(demo):
    register = Register.objects.get(organization__name="Kiinteistökehitys Kuusisto Oy")
    page = _page(demo, register)
    legal_basis = page.find(id="legal_basis")
    assert legal_basis.find(attrs={"data-rule": "consent-basis-contradiction"}) is not None
    data = page.find(id="data_collected") or page.find(id="legal_basis")
    assert page.find(attrs={"data-rule": "hetu-ground-missing"}) is not None
    assert "suostumus" in legal_basis.get_text().lower() and data is not None


@pytest.mark.parametrize(
    "name",
    ["Tulos Helsinki Oy", "Walttia Oy", "Rekisterinpitäjän tiedot", "", "Kiinteistökehitys Kuusisto Oy"],
)
def test_each_demo_dashboard_shows_its_findings(demo, name):
    organization = Organization.objects.get(name=name)
    page = BeautifulSoup(
        demo.get(reverse("organization", kwargs={"org_id": organization.pk})).content, "lxml"
    )
    score = int(page.find(attrs={"data-testid": "score"}).get_text().split("/")[0])
    assert 0 <= score < 100
    shown = page.select("[data-rule], tr[data-register] .text-bg-danger, tr[data-register] .text-bg-warning")
    assert shown, "the dashboard shows no finding"


def test_dashboard_lists_the_worst_register_first(owner_client, org):
    Register.objects.create(
        organization=org, name="Hyvä", position=0, legal_bases=["b"], purpose_text="Laskutus"
    )
    Register.objects.create(organization=org, name="Huono", position=1)
    page = BeautifulSoup(owner_client.get(reverse("organization", kwargs={"org_id": org.pk})).content, "lxml")
    order = [row["data-register"] for row in page.find_all("tr", attrs={"data-register": True})]
    assert order == ["Huono", "Hyvä"]


def test_accepting_a_finding_stops_it_counting_and_is_exported(owner_client, org, owner):
    register = Register.objects.create(
        organization=org,
        name="Asiakkaat",
        legal_bases=["b"],
        retention_text="Tietoja säilytetään niin kauan kuin on tarpeen.",
    )
    page = _page(owner_client, register)
    assert page.find(attrs={"data-rule": "retention-vague"}) is not None
    url = reverse("finding_accept", kwargs={"org_id": org.pk, "register_id": register.pk})
    assert (
        owner_client.post(
            url, {"rule": "retention-vague", "field": "retention_text", "reason": ""}
        ).status_code
        == 302
    )
    register.refresh_from_db()
    assert register.accepted_findings == []  # a reason is required
    owner_client.post(
        url,
        {
            "rule": "retention-vague",
            "field": "retention_text",
            "reason": "Säilytysaika määräytyy asiakassopimuksen mukaan.",
        },
    )
    register.refresh_from_db()
    accepted = register.accepted_findings[0]
    assert (accepted["rule"], accepted["accepted_by"]) == ("retention-vague", owner.email)
    item = _page(owner_client, register).find(attrs={"data-rule": "retention-vague"})
    assert "hyväksytty riski" in item.get_text().lower()
    exported = export_document(org).registers[0].accepted_findings[0]
    assert exported.reason == "Säilytysaika määräytyy asiakassopimuksen mukaan."
    assert register.history.count() >= 2  # the acceptance is a recorded change

    owner_client.post(
        reverse("finding_reopen", kwargs={"org_id": org.pk, "register_id": register.pk}),
        {"rule": "retention-vague", "field": "retention_text"},
    )
    register.refresh_from_db()
    assert register.accepted_findings == []


def test_unknown_rule_cannot_be_accepted(owner_client, org):
    register = Register.objects.create(organization=org, name="A")
    owner_client.post(
        reverse("finding_accept", kwargs={"org_id": org.pk, "register_id": register.pk}),
        {"rule": "no-such-rule", "field": "x", "reason": "koska"},
    )
    register.refresh_from_db()
    assert register.accepted_findings == []


def test_finding_text_is_escaped(owner_client, org):
    register = Register.objects.create(
        organization=org, name="A", purpose_text="<img src=x onerror=alert(1)>"
    )
    html = owner_client.get(
        reverse("register", kwargs={"org_id": org.pk, "register_id": register.pk})
    ).content
    assert not re.search(rb"<img src=x", html)
