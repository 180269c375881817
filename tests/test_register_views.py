"""Registers in the web app: create from a template, edit by section, references, clone, archive."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tietovirta.organizations.models import System
from tietovirta.registers.models import Register


def _url(name, org, register=None, **kwargs):
    kw = {"org_id": org.pk, **({"register_id": register.pk} if register else {}), **kwargs}
    return reverse(name, kwargs=kw)


# A section's edit (POST) that keeps the register's references, on the test database: the register read
# for update with its links and assessments, its row and history written, the revisions raised, and no
# catalogue read (18 when it was read).
EDIT_QUERIES = 16


@pytest.fixture
def register(org):
    return Register.objects.create(organization=org, name="Asiakasrekisteri")


def test_create_from_template_prefills_the_standard_text(owner_client, org):
    response = owner_client.post(
        _url("register_new", org), {"name": "Asiakkaat 2027", "template": "asiakasrekisteri"}
    )
    created = Register.objects.get(name="Asiakkaat 2027")
    assert response.status_code == 302 and response["Location"] == _url("register", org, created)
    assert created.status == "draft" and created.purpose_text and created.legal_bases
    page = owner_client.get(response["Location"]).content.decode()
    assert created.purpose_text.splitlines()[0] in page


def test_create_empty_register_needs_a_name(owner_client, org):
    response = owner_client.post(_url("register_new", org), {"name": "", "template": ""})
    assert response.status_code == 200 and not Register.objects.exists()


def test_edit_a_section_shows_on_the_page_and_moves_modified(owner_client, org, register):
    before = register.modified_at
    response = owner_client.post(
        _url("register_edit", org, register, section_key="purpose"),
        {"purpose_text": "Asiakassuhteen hoitaminen ja laskutus."},
    )
    assert response.status_code == 302
    register.refresh_from_db()
    assert register.purpose_text == "Asiakassuhteen hoitaminen ja laskutus." and register.modified_at > before
    assert (
        "Asiakassuhteen hoitaminen ja laskutus."
        in owner_client.get(_url("register", org, register)).content.decode()
    )


def test_legal_bases_are_stored_as_article_6_letters(owner_client, org, register):
    owner_client.post(
        _url("register_edit", org, register, section_key="legal_basis"),
        {"legal_bases": ["b", "c"], "legal_basis_text": "Sopimus ja kirjanpitolaki"},
    )
    register.refresh_from_db()
    assert register.legal_bases == ["b", "c"]


def test_data_categories_with_hetu_flag(owner_client, org, register):
    data = {
        "cat-TOTAL_FORMS": "3",
        "cat-INITIAL_FORMS": "0",
        "data_collected_text": "Nimi ja hetu",
        "data_subject_categories": "Asiakkaat\nOmaiset",
        "cat-0-name": "Nimi",
        "cat-1-name": "Henkilötunnus",
        "cat-1-is_hetu": "on",
        "cat-2-name": "Terveydentila",
        "cat-2-special_category": "health",
    }
    assert (
        owner_client.post(
            _url("register_edit", org, register, section_key="data_collected"), data
        ).status_code
        == 302
    )
    register.refresh_from_db()
    assert register.data_subject_categories == ["Asiakkaat", "Omaiset"]
    assert register.data_categories == [
        {"name": "Nimi", "special_category": None, "is_hetu": False},
        {"name": "Henkilötunnus", "special_category": None, "is_hetu": True},
        {"name": "Terveydentila", "special_category": "health", "is_hetu": False},
    ]


def test_system_references_replace_free_text(owner_client, org, register, make_org):
    crm = System.objects.create(organization=org, name="HubSpot CRM")
    foreign = System.objects.create(
        organization=make_org(name="Muu Oy", business_id="0166094-0"), name="Vieras"
    )
    url = _url("register_edit", org, register, section_key="systems")
    refused = owner_client.post(url, {"use_system_references": "on", "systems": [foreign.pk]})
    assert refused.status_code == 200 and not register.systems.exists()  # another organisation's system
    owner_client.post(
        url, {"use_system_references": "on", "systems": [crm.pk], "systems_text": "vanha teksti"}
    )
    register.refresh_from_db()
    assert register.use_system_references and list(register.systems.all()) == [crm]
    assert "HubSpot CRM" in owner_client.get(_url("register", org, register)).content.decode()


def test_switching_references_off_clears_the_picks_and_keeps_the_text(owner_client, org, register):
    crm = System.objects.create(organization=org, name="HubSpot CRM")
    url = _url("register_edit", org, register, section_key="systems")
    owner_client.post(url, {"use_system_references": "on", "systems": [crm.pk], "systems_text": "Excel"})
    register.refresh_from_db()
    assert list(register.systems.all()) == [crm]
    # Off: the picks (hidden on the form, still sent by a browser without scripts) no longer count.
    owner_client.post(
        url, {"systems": [crm.pk], "systems_text": "Excel", "based_on_revision": register.revision}
    )
    register.refresh_from_db()
    assert not register.use_system_references and not register.systems.exists()
    assert register.systems_text == "Excel"


def test_the_switch_names_the_parts_it_shows_and_hides(owner_client, org, register):
    System.objects.create(organization=org, name="HubSpot CRM")
    page = BeautifulSoup(
        owner_client.get(_url("register_edit", org, register, section_key="systems")).content, "lxml"
    )
    switch = page.find("input", attrs={"name": "use_system_references"})
    assert switch["role"] == "switch"
    assert page.select_one(switch["data-shows"]).find("input", attrs={"name": "systems"}) is not None
    assert page.select_one(switch["data-hides"]).find("textarea", attrs={"name": "systems_text"}) is not None


def test_clone_copies_content_and_references_as_a_draft(owner_client, org, register):
    crm = System.objects.create(organization=org, name="CRM")
    register.systems.add(crm)
    register.purpose_text = "Laskutus"
    register.status = "published"
    register.save()
    response = owner_client.post(_url("register_clone", org, register))
    clone = Register.objects.exclude(pk=register.pk).get()
    assert response["Location"] == _url("register", org, clone)
    assert (clone.purpose_text, clone.status, list(clone.systems.all())) == ("Laskutus", "draft", [crm])
    assert clone.name.startswith("Asiakasrekisteri")


def test_archive_and_restore(owner_client, org, register):
    owner_client.post(_url("register_status", org, register), {"status": "archived"})
    register.refresh_from_db()
    assert register.status == "archived"
    dashboard = owner_client.get(_url("organization", org)).content.decode()
    assert "Asiakasrekisteri" in dashboard  # listed under archived
    owner_client.post(_url("register_status", org, register), {"status": "draft"})
    register.refresh_from_db()
    assert register.status == "draft"


def test_unknown_status_or_section_is_404(owner_client, org, register):
    assert owner_client.post(_url("register_status", org, register), {"status": "deleted"}).status_code == 404
    assert owner_client.get(_url("register_edit", org, register, section_key="nope")).status_code == 404


def test_user_text_is_escaped(owner_client, org, register):
    register.purpose_text = '<script>alert("x")</script>'
    register.name = "<b>Nimi</b>"
    register.save()
    page = owner_client.get(_url("register", org, register)).content.decode()
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page
    assert "<b>Nimi</b>" not in page


def test_empty_sections_are_marked_missing(owner_client, org, register):
    page = owner_client.get(_url("register", org, register)).content.decode()
    assert page.count('class="missing') >= 10


def test_forms_carry_csrf_tokens(owner_client, org, register):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(org.memberships.get().user)
    assert strict.post(_url("register_status", org, register), {"status": "archived"}).status_code == 403
    page = owner_client.get(_url("register_edit", org, register, section_key="purpose")).content.decode()
    assert "csrfmiddlewaretoken" in page


def test_risk_section_with_an_assessment_is_not_marked_missing(owner_client, org, register):
    from bs4 import BeautifulSoup

    from tietovirta.assessments.models import RiskAssessment

    def risk_section():
        page = owner_client.get(_url("register", org, register)).content
        return BeautifulSoup(page, "lxml").find(id="risk")

    assert risk_section().find(class_="missing") is not None
    RiskAssessment.objects.create(register=register, title="Riskiarvio 2026")
    assert risk_section().find(class_="missing") is None


def test_template_names_the_register_when_no_name_is_given(owner_client, org):
    response = owner_client.post(_url("register_new", org), {"name": "", "template": "uutiskirje"})
    register = Register.objects.get(organization=org)
    assert response["Location"] == _url("register", org, register)
    assert register.name == "Uutiskirjeen tilaajat" and register.purpose_text


def test_a_register_needs_a_name_or_a_template(owner_client, org):
    response = owner_client.post(_url("register_new", org), {"name": "", "template": ""})
    assert response.status_code == 200 and not Register.objects.exists()
    assert "Anna rekisterille nimi tai valitse pohja" in response.content.decode()


def test_the_organisations_contact_person_is_offered_as_responsible_person(owner_client, org, register):
    org.contact_person = {"name": "Piia Vuorio", "title": "toimitusjohtaja", "email": "piia@testi.fi",
                          "phone": "040 123 4567", "address": ""}
    org.save()
    url = _url("register_edit", org, register, section_key="responsible_person")
    page = BeautifulSoup(owner_client.get(url).content, "lxml")
    offer = page.select_one("[data-testid=contact-offer] button")
    assert offer is not None and "Piia Vuorio" in offer.get_text()

    filled = owner_client.post(url, {offer["name"]: offer["value"], "based_on_revision": register.revision})
    page = BeautifulSoup(filled.content, "lxml")
    values = [page.find("input", attrs={"name": f"responsible_person_{i}"})["value"] for i in range(4)]
    assert values == ["Piia Vuorio", "toimitusjohtaja", "piia@testi.fi", "040 123 4567"]
    register.refresh_from_db()
    assert register.responsible_person is None  # nothing is saved before the user saves

    saved = {f"responsible_person_{i}": v for i, v in enumerate(values)}
    assert owner_client.post(url, {**saved, "based_on_revision": register.revision}).status_code == 302
    register.refresh_from_db()
    assert register.responsible_person["name"] == "Piia Vuorio"


def test_no_offer_without_a_contact_person(owner_client, org, register):
    url = _url("register_edit", org, register, section_key="responsible_person")
    assert "contact-offer" not in owner_client.get(url).content.decode()


def test_a_finding_message_is_shown_in_full(owner_client, org, register):
    from tietovirta.interchange import register_document
    from tietovirta.registers.findings import register_concerns

    m365 = System.objects.create(organization=org, name="Microsoft 365", vendor="Microsoft", kind="email",
                                 hosting="eea")
    register.use_system_references = True
    register.save()
    register.systems.add(m365)
    expected = next(f.message for f in register_concerns(register_document(register))
                    if f.rule == "transfer-mechanism-missing")
    assert "Yhdysval" in expected  # why an EU-hosted service of a US company is a transfer
    page = BeautifulSoup(owner_client.get(_url("register", org, register)).content, "lxml")
    shown = [li.select_one(".finding-message").get_text() for li in page.select("li.finding")
             if li["data-rule"] == "transfer-mechanism-missing"]
    assert shown == [expected]


def _toc(client, org, register) -> dict[str, bool]:
    page = BeautifulSoup(client.get(_url("register", org, register)).content, "lxml")
    return {a["href"][1:]: a["data-empty"] == "true" for a in page.select("nav.toc a")}


def test_table_of_contents_marks_what_is_filled(owner_client, org, register):
    toc = _toc(owner_client, org, register)
    assert toc["controller"] is False  # the organisation's name and address are shown there
    assert toc["systems"] is True  # the switch alone is not content
    assert toc["purpose"] is True

    crm = System.objects.create(organization=org, name="CRM")
    register.purpose_text = "Laskutus"
    register.use_system_references = True
    register.save()
    register.systems.add(crm)
    toc = _toc(owner_client, org, register)
    assert toc["systems"] is False and toc["purpose"] is False


def test_an_unnamed_controller_is_marked_empty(owner_client, make_org, owner):
    unnamed = make_org(owner, name="", business_id="")
    register = Register.objects.create(organization=unnamed, name="Asiakkaat")
    assert _toc(owner_client, unnamed, register)["controller"] is True
    register.contact_person = {"name": "Piia", "title": "", "email": "", "phone": "", "address": ""}
    register.save()
    assert _toc(owner_client, unnamed, register)["controller"] is False


def test_without_graphviz_the_page_says_so(owner_client, org, register, monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")  # no `dot` to be found
    page = BeautifulSoup(owner_client.get(_url("register", org, register)).content, "lxml")
    assert page.select_one("[data-testid=no-graphviz]") is not None
    assert not [img for img in page.find_all("img") if "diagram" in img["src"]]
    dashboard = BeautifulSoup(owner_client.get(_url("organization", org)).content, "lxml")
    assert dashboard.select_one("[data-testid=no-graphviz]") is not None


def test_with_graphviz_the_diagram_is_shown(owner_client, org, register):
    page = BeautifulSoup(owner_client.get(_url("register", org, register)).content, "lxml")
    assert page.select_one("[data-testid=no-graphviz]") is None
    assert [img for img in page.find_all("img") if "diagram" in img["src"]]



def test_the_register_page_builds_its_notice_once(owner_client, org, draft):
    """The translation check and the readiness read one notice (documents.notices_shared)."""
    from unittest import mock

    from tietovirta.documents.notice import _Notice

    sections = mock.patch.object(_Notice, "sections", autospec=True, side_effect=_Notice.sections)
    with sections as built:
        page = owner_client.get(reverse("register", kwargs={"org_id": org.pk, "register_id": draft.pk}))
    assert page.status_code == 200
    assert built.call_count == 1


def test_an_edit_that_keeps_the_references_reads_no_catalogue(
    owner_client, org, register, django_assert_num_queries
):
    """The register's own links, read with it, are what such an edit refers to (interchange._referable);
    an edit that changes them reads the catalogue and links what it names."""
    crm, mail = (System.objects.create(organization=org, name=name) for name in ("HubSpot CRM", "Gmail"))
    url = _url("register_edit", org, register, section_key="systems")
    owner_client.post(url, {"use_system_references": "on", "systems": [crm.pk]})
    assert list(register.systems.all()) == [crm]
    owner_client.get(_url("register_edit", org, register, section_key="consent"))  # the session is read
    with django_assert_num_queries(EDIT_QUERIES) as queries:
        answer = owner_client.post(
            _url("register_edit", org, register, section_key="consent"), {"consent_text": "Ei suostumusta."}
        )
    assert answer.status_code == 302
    assert not [q for q in queries.captured_queries if 'FROM "organizations_system" WHERE' in q["sql"]]
    register.refresh_from_db()
    assert register.consent_text == "Ei suostumusta." and list(register.systems.all()) == [crm]
    owner_client.post(url, {"use_system_references": "on", "systems": [crm.pk, mail.pk]})
    assert sorted(s.name for s in register.systems.all()) == ["Gmail", "HubSpot CRM"]
