"""Purposes tied to their legal bases and texts in several languages: the canonical model, reading 1.0
documents and stored registers, the one write path (interchange, API, forms) and the register page."""

from importlib import import_module

import pytest
from django.apps import apps
from django.urls import reverse

from complete_register import TEXTS, complete_data
from tietovirta import canonical as c
from tietovirta.canonical.translations import (
    combine,
    missing_by_language,
    missing_translations,
    status,
    text_in,
    texts,
)
from tietovirta.canonical.upgrade import derive_purposes
from tietovirta.documents import notice_paths
from tietovirta.interchange import export_document, load_document
from tietovirta.registers.models import Register


def _register(**fields) -> c.Register:
    return c.Register.model_validate({"name": "Asiakasrekisteri", **fields})


# --- The canonical model ---------------------------------------------------------------------------

def test_a_translation_records_the_text_it_translates():
    register = _register(purpose_text="Asiakassuhteen hoitaminen",
                         translations={"sv": {"purpose_text": "Kunder"}})
    assert register.translations["sv"]["purpose_text"].source == "Asiakassuhteen hoitaminen"
    assert text_in(register, "purpose_text", "sv") == "Kunder"
    assert text_in(register, "purpose_text", "fi") == "Asiakassuhteen hoitaminen"
    assert status(register, "purpose_text", "en") == "missing"
    assert text_in(register, "purpose_text", "en") is None
    # The original changes: the translation is out of date, not silently printed.
    edited = register.model_copy(update={"purpose_text": "Asiakassuhteen hoitaminen ja markkinointi"})
    assert status(edited, "purpose_text", "sv") == "outdated"
    assert text_in(edited, "purpose_text", "sv") is None


def test_which_texts_lack_which_language():
    register = _register(
        sources=["Asiakas itse"],
        purposes=[{"purpose": "Laskutus", "legal_basis": "b"}],
        translations={"sv": {"name": "Kundregister", "sources[0]": "Kunden själv"}},
    )
    assert texts(register) == {"name": "Asiakasrekisteri", "sources[0]": "Asiakas itse",
                               "purposes[0].purpose": "Laskutus"}
    assert missing_translations(register, "sv") == {"purposes[0].purpose": "missing"}
    assert missing_by_language(register) == {
        "sv": {"purposes[0].purpose": "missing"},
        "en": {"name": "missing", "sources[0]": "missing", "purposes[0].purpose": "missing"},
    }
    assert missing_translations(register, "fi") == {}  # the register's own language


def test_combine_makes_one_register_of_its_language_versions():
    versions = {"fi": _register(purpose_text="Laskutus"), "sv": _register(name="Kundregister",
                                                                            purpose_text="Fakturering")}
    register = combine({**versions, "en": _register(name="Customers", purpose_text="Invoicing")}, "sv")
    assert register.language == "sv" and register.purpose_text == "Fakturering"
    assert text_in(register, "purpose_text", "fi") == "Laskutus"
    assert text_in(register, "name", "en") == "Customers"


def test_a_purposes_basis_is_a_basis_of_the_register():
    register = _register(legal_bases=["c"], purposes=[{"purpose": "Uutiskirje", "legal_basis": "a"}])
    assert register.legal_bases == [c.LegalBasis.LEGAL_OBLIGATION, c.LegalBasis.CONSENT]
    assert c.with_purpose_bases(["c"], [{"legal_basis": "f"}, {"legal_basis": None}]) == ["c", "f"]


def test_a_language_outside_the_product_is_refused():
    with pytest.raises(c.DocumentError) as refused:
        c.parse_document({"schema_version": c.SCHEMA_VERSION, "organization": {"name": "X"},
                          "registers": [{"name": "R", "language": "de"}]})
    assert "registers[0].language" in str(refused.value)


# --- Reading what was written before pairs existed ------------------------------------------------

def test_one_purpose_and_one_uncontradicted_basis_make_a_pair():
    (pair,) = derive_purposes(_register(purpose_text="Kameravalvonta", legal_bases=["f"],
                                        legitimate_interest_text="Omaisuuden suojaaminen",
                                        special_category_conditions=["b"]))
    assert (pair.purpose, pair.legal_basis, pair.interest, pair.special_condition) == (
        "Kameravalvonta", c.LegalBasis.LEGITIMATE_INTERESTS, "Omaisuuden suojaaminen", "b")


@pytest.mark.parametrize("fields", [
    {"legal_bases": ["b", "c"]},  # two bases: which purpose rests on which is not written down
    {"legal_bases": ["a"], "legal_basis_text": "Sopimuksellinen peruste."},  # seed 004's contradiction
    {"legal_bases": ["a"],
     "consent_text": "Koska käsittelyperuste on sopimuksellinen, ei suostumusta tarvita."},
    {"legal_bases": []},
])
def test_nothing_is_invented(fields):
    assert derive_purposes(_register(purpose_text="Asiakassuhteen hoitaminen", **fields)) == []


@pytest.mark.parametrize("version", ["1.0", "1.1"])
def test_a_document_from_before_purposes_is_read_as_the_current_version(version):
    def document(version: str) -> dict:
        register = {"name": "R", "purpose_text": "Laskutus", "legal_bases": ["b"]}
        return {"schema_version": version, "organization": {"name": "X"}, "registers": [register]}

    old = c.parse_document(document(version))
    assert old.schema_version == c.SCHEMA_VERSION
    assert [(p.purpose, p.legal_basis) for p in old.registers[0].purposes] == [
        ("Laskutus", c.LegalBasis.CONTRACT)]
    # A current document is taken as written: no pair is added to it.
    current = c.parse_document(document(c.SCHEMA_VERSION))
    assert current.registers[0].purposes == []


@pytest.mark.django_db
def test_the_migration_gives_stored_registers_the_pairs_their_data_supports(org):
    one = Register.objects.create(organization=org, name="A", purpose_text="Laskutus", legal_bases=["b"])
    two = Register.objects.create(organization=org, name="B", purpose_text="Laskutus", legal_bases=["b", "c"])
    migration = import_module("tietovirta.registers.migrations.0005_purposes_and_translations")
    migration.derive_purposes(apps, None)
    one.refresh_from_db()
    two.refresh_from_db()
    assert one.purposes == [{"purpose": "Laskutus", "legal_basis": "b", "special_condition": None,
                             "interest": "", "direct_marketing": False}]
    assert two.purposes == []


# --- One write path: interchange, the API ----------------------------------------------------------

@pytest.mark.django_db
def test_purposes_and_translations_round_trip_through_the_database(org):
    document = c.parse_document(complete_data())
    load_document(document, organization=org)
    exported = export_document(org).registers[0]
    original = document.registers[0]
    assert exported.purposes == original.purposes
    assert exported.translations == original.translations and exported.language == "fi"


# --- The register page -----------------------------------------------------------------------------

@pytest.fixture
def complete(org):
    load_document(c.parse_document(complete_data()), organization=org)
    return Register.objects.get(organization=org)


def _page(client, org, register):
    url = reverse("register", kwargs={"org_id": org.pk, "register_id": register.pk})
    return client.get(url).content.decode()


def test_purposes_are_edited_on_the_purpose_section(owner_client, org):
    register = Register.objects.create(organization=org, name="Asiakasrekisteri", legal_bases=["c"])
    url = reverse("register_edit",
                  kwargs={"org_id": org.pk, "register_id": register.pk, "section_key": "purpose"})
    form = owner_client.get(url).content.decode()
    assert 'name="purpose-0-legal_basis"' in form
    response = owner_client.post(url, {
        "based_on_revision": register.revision, "purpose_text": "Asiakkuuden hoitaminen",
        "purpose-TOTAL_FORMS": "3", "purpose-INITIAL_FORMS": "0",
        "purpose-0-purpose": "Laskutus", "purpose-0-legal_basis": "b",
        "purpose-1-purpose": "Tarjoukset", "purpose-1-legal_basis": "f", "purpose-1-interest": "Myynti",
        "purpose-1-direct_marketing": "on",
        "purpose-2-purpose": "",
    })
    assert response.status_code == 302
    register.refresh_from_db()
    assert [(p["purpose"], p["legal_basis"], p["direct_marketing"]) for p in register.purposes] == [
        ("Laskutus", "b", False), ("Tarjoukset", "f", True)]
    assert register.legal_bases == ["c", "b", "f"]
    assert "Tarjoukset" in _page(owner_client, org, register)
    # A basis without its purpose is an error shown on the form, not a silent loss.
    bad = owner_client.post(url, {
        "based_on_revision": register.revision, "purpose_text": "",
        "purpose-TOTAL_FORMS": "1", "purpose-INITIAL_FORMS": "0", "purpose-0-legal_basis": "a",
    })
    assert bad.status_code == 200 and "Kirjoita käyttötarkoitus, jota peruste koskee." in bad.content.decode()


def test_a_purpose_over_the_limit_is_a_form_error_and_nothing_is_stored(owner_client, org):
    # The section form stores through the canonical register (save_register), as the API does.
    register = Register.objects.create(organization=org, name="R", purpose_text="Laskutus")
    url = reverse("register_edit",
                  kwargs={"org_id": org.pk, "register_id": register.pk, "section_key": "purpose"})
    response = owner_client.post(url, {
        "based_on_revision": register.revision, "purpose_text": "Laskutus",
        "purpose-TOTAL_FORMS": "1", "purpose-INITIAL_FORMS": "0",
        "purpose-0-purpose": "x" * (c.PROSE_MAX + 1), "purpose-0-legal_basis": "b",
    })
    assert response.status_code == 200 and "purposes[0].purpose" in response.content.decode()
    register.refresh_from_db()
    assert register.purposes == [] and register.legal_bases == []


def test_a_translation_over_the_limit_is_a_form_error(owner_client, org, complete):
    url = reverse("register_translations",
                  kwargs={"org_id": org.pk, "register_id": complete.pk, "lang": "sv"})
    fields = {row["path"]: row["field"] for row in _form_rows(complete)}
    before = complete.translations
    data = {"based_on_revision": complete.revision, fields["name"]: "x" * (c.PROSE_MAX + 1)}
    response = owner_client.post(url, data)
    assert response.status_code == 200 and fields["name"] in response.context["form"].errors
    complete.refresh_from_db()
    assert complete.translations == before


def test_the_register_page_says_what_is_missing_per_language(owner_client, org, complete):
    page = _page(owner_client, org, complete)
    for lang in ("fi", "sv", "en"):
        assert f'data-lang="{lang}" data-ready="yes"' in page
    complete.statutory_requirement_text = "Tietojen antaminen on vapaaehtoista."
    complete.save()
    page = _page(owner_client, org, complete)
    assert 'data-lang="fi" data-ready="yes"' in page and 'data-lang="sv" data-ready="no"' in page
    assert 'data-translation="sv"' in page and "1 vanhentunut" in page
    assert "niistä 1 näkyy tietosuojaselosteessa" in page  # the internal texts are not needed for it


def test_the_notice_says_which_texts_it_prints():
    paths = notice_paths(c.parse_document(complete_data()), 0)
    assert {"name", "purposes[0].purpose", "purposes[3].interest", "statutory_requirement_text"} <= paths
    assert not paths & {"risk_text", "processing_method_text", "description", "consent_text", "purpose_text"}


def test_translations_are_written_beside_their_originals(owner_client, org, complete):
    complete.statutory_requirement_text = "Tietojen antaminen on vapaaehtoista."
    complete.save()
    url = reverse("register_translations",
                  kwargs={"org_id": org.pk, "register_id": complete.pk, "lang": "sv"})
    form = owner_client.get(url).content.decode()
    assert 'data-path="statutory_requirement_text" data-status="outdated"' in form
    assert TEXTS["statutory_requirement_text"][0] in form  # the original it was translated from
    assert form.count("data-in-notice") == len(notice_paths(export_document(org), 0))
    fields = {row["path"]: row["field"] for row in _form_rows(complete)}
    data = {"based_on_revision": complete.revision}
    translations = complete.translations["sv"]
    data.update({fields[path]: value["text"] for path, value in translations.items() if path in fields})
    data[fields["statutory_requirement_text"]] = "Det är frivilligt att lämna uppgifterna."
    assert owner_client.post(url, data).status_code == 302
    complete.refresh_from_db()
    saved = complete.translations["sv"]["statutory_requirement_text"]
    assert saved == {"text": "Det är frivilligt att lämna uppgifterna.",
                     "source": "Tietojen antaminen on vapaaehtoista."}
    # The other language's translations are left as they were.
    english = {path: translation["text"] for path, translation in complete.translations["en"].items()}
    assert english == complete_data()["registers"][0]["translations"]["en"]
    assert 'data-lang="sv" data-ready="yes"' in _page(owner_client, org, complete)
    # Not for the register's own language.
    own = reverse("register_translations",
                  kwargs={"org_id": org.pk, "register_id": complete.pk, "lang": "fi"})
    assert owner_client.get(own).status_code == 404


def _form_rows(register):
    from tietovirta.registers.forms import TranslationForm

    return TranslationForm(register=register, lang="sv").rows
