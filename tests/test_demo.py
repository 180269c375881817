"""The demo that `make run` loads: the five seed documents as organisations."""

import re
from pathlib import Path

import pytest
from django.urls import reverse

from tietovirta.demo.loader import load_demo
from tietovirta.organizations.models import Organization
from tietovirta.registers.models import Register

SEEDS = Path(__file__).parent / "importer" / "corpus"  # the five seed documents, copied in
EMAIL, PASSWORD = "demo@tietovirta.fi", "tietovirta-demo"

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(client):
    load_demo(EMAIL, PASSWORD)
    assert client.login(username=EMAIL, password=PASSWORD)
    return client


def _h2_texts(html: str) -> list[str]:
    return [re.sub(r"\s+", " ", h).strip() for h in re.findall(r"<h2[^>]*>(.*?)</h2>", html, re.S)]


def test_demo_loads_five_organisations_once():
    created = load_demo(EMAIL, PASSWORD)
    assert len(created) == 5
    names = set(Organization.objects.values_list("name", flat=True))
    assert {"Tulos Helsinki Oy", "Walttia Oy", "Kiinteistökehitys Kuusisto Oy"} <= names
    assert "" in names  # seed 003 names no controller: the gap stays visible
    assert load_demo(EMAIL, PASSWORD) == []
    assert Organization.objects.count() == 5


def test_walttia_register_page_has_the_seed_headings_in_the_seed_order(demo):
    seed_headings = [
        line.strip(" •\t")
        for line in (SEEDS / "001_6f22939ae761adf2.txt").read_text().splitlines()
        if line.startswith(" • ")
    ]
    register = Register.objects.get(organization__name="Walttia Oy", name="Asiakasrekisteri")
    page = demo.get(
        reverse("register", kwargs={"org_id": register.organization_id, "register_id": register.pk})
    )
    html = page.content.decode()
    headings = _h2_texts(html)
    positions = [headings.index(h) for h in seed_headings]  # ValueError names a missing heading
    assert positions == sorted(positions), headings
    assert "Muokattu" in html
    assert "2643821-1" in html and "Piia Vuorio" in html


def test_register_without_controller_says_so(demo):
    register = Register.objects.get(organization__name="")
    page = demo.get(
        reverse("register", kwargs={"org_id": register.organization_id, "register_id": register.pk})
    )
    assert "Rekisterinpitäjää ei ole nimetty" in page.content.decode()


def test_kuusisto_keeps_its_modified_date(demo):
    register = Register.objects.get(organization__name="Kiinteistökehitys Kuusisto Oy")
    page = demo.get(
        reverse("register", kwargs={"org_id": register.organization_id, "register_id": register.pk})
    )
    assert "12.3.2026" in page.content.decode()  # one date format per language: 12.3.2026


def test_every_published_demo_register_has_a_public_notice(client):
    from tietovirta.demo import demo_documents
    from tietovirta.interchange import register_document
    from tietovirta.publishing.services import readiness

    load_demo(EMAIL, PASSWORD)
    seed_dates = {(d.organization.name, r.name): r.modified_at for d in demo_documents() for r in d.registers}
    published = Register.objects.filter(status="published")
    assert published.count() == 5
    for register in published:
        seed_date = seed_dates[(register.organization.name, register.name)]
        if seed_date is not None:
            assert register.modified_at == seed_date  # the seed's "Muokattu" date stays
        # Each is public: in the languages it is complete in, else in its own, saying what it lacks.
        (notice,) = register.published_notices.all()
        assert notice.languages == (readiness(register_document(register)).ready or [register.language])
        address = {"public_id": register.public_id, "lang": notice.languages[0]}
        page = client.get(reverse("public_notice", kwargs=address))
        assert page.status_code == 200, register.name  # logged out
        assert register.name in page.content.decode()
