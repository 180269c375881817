"""The demo fixtures say what the seed documents say, and the register templates are lawful and complete.

Faithfulness is checked against the seed files themselves: a text field copied from a seed must occur in
that seed (after whitespace normalisation, which undoes the PDF line wrapping), so a mistyped, "fixed"
or invented value fails. The structural expectations below are read off the seeds by hand.
"""

from __future__ import annotations

import datetime as dt
import re
from importlib import resources
from pathlib import Path

import pytest

from tietovirta.canonical.schema import (
    SCHEMA_VERSION,
    AgreementStatus,
    HostingRegion,
    LegalBasis,
    OrganizationDocument,
    PartyRole,
    Register,
    RegisterStatus,
    RetentionUnit,
    parse_document,
)
from tietovirta.demo.templates import REGISTER_TEMPLATES, template_titles

FIXTURES = resources.files("tietovirta.demo") / "fixtures"
# Byte-for-byte copies of /work/shared/seeds kept in the repository by the importer tests.
SEEDS = Path(__file__).resolve().parents[1] / "importer" / "corpus"

SEED_OF = {
    "000_tulos_helsinki": "000_79fc802e250edb0d.txt",
    "001_walttia": "001_6f22939ae761adf2.txt",
    "002_prospektit": "002_1c09471893cd990d.txt",
    "003_asiakasrekisteri": "003_7a382d448c4a01eb.txt",
    "004_kuusisto": "004_4a9b2b8ee103126d.txt",
}
STEMS = sorted(SEED_OF)
A, B, C, F = (
    LegalBasis.CONSENT,
    LegalBasis.CONTRACT,
    LegalBasis.LEGAL_OBLIGATION,
    LegalBasis.LEGITIMATE_INTERESTS,
)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _fixture_text(stem: str) -> str:
    return (FIXTURES / f"{stem}.json").read_text(encoding="utf-8")


def _doc(stem: str) -> OrganizationDocument:
    return parse_document(_fixture_text(stem), strict=True)


def _register(stem: str) -> Register:
    (register,) = _doc(stem).registers
    return register


def _seed(stem: str) -> str:
    return _norm((SEEDS / SEED_OF[stem]).read_text(encoding="utf-8"))


# --- The fixtures are canonical documents ---------------------------------------------------------


def test_one_fixture_per_seed() -> None:
    fixtures = sorted(p.name.removesuffix(".json") for p in FIXTURES.iterdir() if p.name.endswith(".json"))
    seeds = sorted(p.name for p in SEEDS.glob("[0-9][0-9][0-9]_*.txt"))
    assert fixtures == STEMS
    assert seeds == sorted(SEED_OF.values())


@pytest.mark.parametrize("stem", STEMS)
def test_fixture_parses_strictly_and_is_written_as_the_export_writes(stem: str) -> None:
    text = _fixture_text(stem)
    assert parse_document(text, strict=True).to_json() == text
    assert "\\u" not in text  # non-ASCII kept as is


# --- Every value a seed states is copied verbatim --------------------------------------------------

# Register text fields that hold a seed's own words (each must be non-empty and occur in the seed).
VERBATIM_FIELDS: dict[str, tuple[str, ...]] = {
    "000_tulos_helsinki": (
        "sources_text", "legal_basis_text", "systems_text", "data_collected_text", "location_text",
        "processing_location_text", "purpose_text", "processing_method_text", "resulting_registers_text",
        "processors_text", "retention_text", "security_text", "privacy_notice_text",
    ),
    "001_walttia": (
        "sources_text", "legal_basis_text", "consent_text", "systems_text", "data_collected_text",
        "location_text", "processing_location_text", "purpose_text", "processing_method_text",
        "resulting_registers_text", "processors_text", "retention_text", "security_text",
        "privacy_notice_text",
    ),
    "002_prospektit": (
        "sources_text", "legal_basis_text", "systems_text", "data_collected_text", "location_text",
        "processing_location_text", "purpose_text", "processing_method_text", "resulting_registers_text",
        "processors_text", "retention_text", "security_text", "privacy_notice_text",
    ),
    "003_asiakasrekisteri": (
        "purpose_text", "data_collected_text", "sources_text", "disclosures_text", "transfers_text",
        "security_manual_text", "security_electronic_text", "access_right_text", "rectification_text",
        "other_rights_text",
    ),
    "004_kuusisto": (
        "sources_text", "legal_basis_text", "consent_text", "systems_text", "data_collected_text",
        "location_text", "processing_location_text", "purpose_text", "processing_method_text",
        "resulting_registers_text", "processors_text", "retention_text", "security_text",
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("stem", "field"), [(stem, field) for stem, fields in VERBATIM_FIELDS.items() for field in fields]
)
def test_text_field_is_the_seeds_own_words(stem: str, field: str) -> None:
    value = getattr(_register(stem), field)
    assert value.strip(), f"{field} is empty"
    assert _norm(value) in _seed(stem)


@pytest.mark.parametrize("stem", STEMS)
def test_named_things_come_from_the_seed(stem: str) -> None:
    doc, seed = _doc(stem), _seed(stem).casefold()
    register = doc.registers[0]
    org = doc.organization
    named = [
        register.name,
        *register.sources,
        *(c.name for c in register.data_categories),
        *(p.name for p in doc.parties),
        *(p.name for p in (register.responsible_person, register.contact_person) if p),
        *(v for v in (org.name, org.business_id, org.street_address, org.postal_code, org.city) if v),
        *([org.country] if org.country else []),
    ]
    missing = [n for n in named if _norm(n).casefold() not in seed]
    assert not missing


# (fixture, field, phrase): the seed's typos, placeholders and contradictions stay where the seed has them.
DISTINCTIVE = [
    ("000_tulos_helsinki", "location_text", "Dropbox – sopimukset"),
    ("000_tulos_helsinki", "systems_text", "Palveluhallinta-admin"),
    ("000_tulos_helsinki", "security_text", "vaitiolovelvollisuus"),
    ("000_tulos_helsinki", "data_collected_text", "Käsittelytoimiin ei liity mainittavaa riskiä."),
    ("001_walttia", "retention_text", "oikeis pyytää tietojen poistamista"),
    ("001_walttia", "legal_basis_text", "sopimusten mukaisten ja lakisääteisten velvollisuuksien"),
    ("001_walttia", "processing_location_text", "salatun Turvapostin"),
    ("002_prospektit", "legal_basis_text", "<p>Oikeutettu etu.</p> <p>Henkilötietoja"),
    ("002_prospektit", "security_text", "vaihtolovelvollisuus"),
    ("002_prospektit", "processors_text", "oma henkilöstö soveltuvin"),
    ("003_asiakasrekisteri", "purpose_text", "henkilötietolain sallimissa"),
    ("003_asiakasrekisteri", "purpose_text", "sähköpostitse (s-postiosoite)"),
    ("003_asiakasrekisteri", "data_collected_text", "- Henkilön etu- ja sukunimi\n- Edustamansa yhteisö"),
    ("004_kuusisto", "data_collected_text", "henkilöasikkaiden"),
    ("004_kuusisto", "consent_text", "Koska käsittelyperuste on sopimuksellinen, ei suostumusta tarvita."),
    ("004_kuusisto", "legal_basis_text", "Sopimuksellinen peruste."),
]


@pytest.mark.parametrize(("stem", "field", "phrase"), DISTINCTIVE)
def test_seed_phrase_kept_in_its_field(stem: str, field: str, phrase: str) -> None:
    assert phrase in getattr(_register(stem), field)
    assert _norm(phrase) in _seed(stem)


# --- Structure read off the seeds ------------------------------------------------------------------

LEGAL_BASES = {
    "000_tulos_helsinki": [B],  # "Sopimuksellinen peruste."
    "001_walttia": [B, C],  # contractual and statutory obligations
    "002_prospektit": [F],  # "Oikeutettu etu."
    "003_asiakasrekisteri": [],  # only the repealed henkilötietolaki
    "004_kuusisto": [A],  # "Käsittelyn oikeusperuste: Suostumus"
}
CONTROLLERS = {
    "000_tulos_helsinki": "Tulos Helsinki Oy",
    "001_walttia": "Walttia Oy",
    "002_prospektit": "Rekisterinpitäjän tiedot",
    "003_asiakasrekisteri": "",
    "004_kuusisto": "Kiinteistökehitys Kuusisto Oy",
}
RESPONSIBLE = {
    "000_tulos_helsinki": "Anna Masalin",
    "001_walttia": "Piia Vuorio",
    "002_prospektit": "Matti Kaarre",
    "003_asiakasrekisteri": None,
    "004_kuusisto": "Janne Kuusisto",
}
RETENTION = {
    "001_walttia": (5, RetentionUnit.YEARS, "tuotteen ja palvelun toimituksesta"),
    "002_prospektit": (5, RetentionUnit.YEARS, "tietojen vastaanottamisesta"),
}


@pytest.mark.parametrize("stem", STEMS)
def test_register_structure(stem: str) -> None:
    doc = _doc(stem)
    register = doc.registers[0]
    assert register.legal_bases == LEGAL_BASES[stem]
    assert doc.organization.name == CONTROLLERS[stem]
    assert (register.responsible_person.name if register.responsible_person else None) == RESPONSIBLE[stem]
    retention = (register.retention_period, register.retention_unit, register.retention_trigger)
    assert retention == RETENTION.get(stem, (None, None, ""))
    assert register.status is RegisterStatus.PUBLISHED
    assert register.data_subject_categories and register.data_categories


@pytest.mark.parametrize("stem", STEMS)
def test_nothing_invented(stem: str) -> None:
    doc = _doc(stem)
    register = doc.registers[0]
    assert register.hetu_ground is None and not register.hetu_ground_text
    assert not register.special_category_conditions
    assert all(c.special_category is None for c in register.data_categories)
    assert not register.legitimate_interest_text
    assert not register.consent_withdrawal_text and not register.risk_text and not register.risk_assessments
    for item in (*doc.systems, *doc.parties):
        assert item.transfer_mechanism is None and not item.vendor_country
        assert item.processor_agreement is AgreementStatus.UNKNOWN
    hosted = {s.name: s.hosting for s in doc.systems if s.hosting is not HostingRegion.UNKNOWN}
    if stem == "001_walttia":  # the only seed that says where each system keeps its data
        assert hosted == {
            "Toiminnanohjausjärjestelmä": HostingRegion.FINLAND,
            "Laskutusohjelma": HostingRegion.EEA,
            "Sähköposti": HostingRegion.EEA,
            "Sähköinen kalenteri": HostingRegion.EEA,
        }
    else:
        assert hosted == {}


@pytest.mark.parametrize("stem", STEMS)
def test_catalogue_is_referenced_by_the_register(stem: str) -> None:
    doc = _doc(stem)
    register = doc.registers[0]
    assert register.systems == [s.name for s in doc.systems]
    assert register.parties == [p.name for p in doc.parties]
    assert all(p.role is PartyRole.PROCESSOR for p in doc.parties)
    # Systems are catalogued exactly where the seed names them.
    assert bool(doc.systems) == bool(register.systems_text)


@pytest.mark.parametrize("stem", STEMS)
def test_henkilotunnus_flagged(stem: str) -> None:
    categories = _register(stem).data_categories
    flagged = {c.name for c in categories if c.is_hetu}
    assert flagged == {c.name for c in categories if c.name.casefold() in ("henkilötunnus", "hetu")}
    assert bool(flagged) == (stem in ("001_walttia", "004_kuusisto"))


def test_controller_addresses() -> None:
    tulos = _doc("000_tulos_helsinki").organization
    assert (tulos.street_address, tulos.postal_code, tulos.city) == ("Salomonkatu 17 B", "00100", "Helsinki")
    kuusisto = _doc("004_kuusisto").organization
    assert kuusisto.business_id == "2623348-6"
    assert (kuusisto.street_address, kuusisto.postal_code, kuusisto.city, kuusisto.country) == (
        "Satamakatu 12 LH 21, PL 66",
        "26101",
        "Rauma",
        "Suomi",
    )
    assert _doc("001_walttia").organization.business_id == "2643821-1"


def test_seed_specifics() -> None:
    walttia = _register("001_walttia")
    assert walttia.responsible_person and walttia.responsible_person.email == "[email protected]"
    assert _doc("001_walttia").parties[0].name == "Kirjanpitotoimisto"

    prospektit = _register("002_prospektit")
    assert prospektit.name == "Prospektit, potentiaaliset asiakkaat"
    assert "Näin voimme parantaa palveluvalikoimaamme" in prospektit.legal_basis_text

    old_style = _register("003_asiakasrekisteri")
    assert old_style.name == "Asiakasrekisteri"
    assert not old_style.sources and old_style.sources_text
    assert not old_style.cookies_text and not old_style.retention_text and not old_style.systems

    kuusisto = _register("004_kuusisto")
    assert kuusisto.modified_at == dt.datetime(2026, 3, 12, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert kuusisto.use_system_references is True
    assert kuusisto.contact_person and kuusisto.contact_person.name == "Janne Kuusisto"
    assert kuusisto.purpose_text == "Palveluiden tuottamisen mahdollistamiseksi ja asiakassuhteen ylläpito."
    assert "Omaiset" in kuusisto.data_subject_categories
    assert {p.name: p.systems for p in _doc("004_kuusisto").parties} == {
        "Rantalainen tilitoimisto": ["Procountor"],
        "Maarit Osmonen": ["Procountor"],
    }


# --- Register templates ---------------------------------------------------------------------------

SLUGS = [
    "asiakasrekisteri",
    "prospektit",
    "henkilostorekisteri",
    "tyonhakijarekisteri",
    "uutiskirje",
    "kameravalvonta",
]
FI_TITLES = [
    "Asiakasrekisteri",
    "Prospektit / markkinointirekisteri",
    "Henkilöstörekisteri",
    "Työnhakijarekisteri",
    "Uutiskirjeen tilaajat",
    "Kameravalvonta",
]
PLACEHOLDER = re.compile(
    r"\[[^\]]*\]|\{[^}]*\}|<[^>]*>|\bX{2,}\b|_{3,}|\.\.\.|…|\b(?:TODO|TBD)\b"
    r"|Rekisterinpitäjän tiedot|s-postiosoite",
    re.IGNORECASE,
)
FILLED = (
    "purpose_text", "legal_basis_text", "sources", "sources_text", "data_subject_categories",
    "data_categories", "data_collected_text", "location_text", "processing_location_text",
    "processing_method_text", "processors_text", "disclosures_text", "transfers_text", "retention_text",
    "security_manual_text", "security_electronic_text", "access_right_text", "rectification_text",
    "other_rights_text", "consent_text", "statutory_requirement_text", "automated_decisions_text",
)  # fmt: skip


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_template_slugs_and_titles() -> None:
    assert list(REGISTER_TEMPLATES) == SLUGS
    assert template_titles("fi") == list(zip(SLUGS, FI_TITLES, strict=True))
    assert [t.name for t in REGISTER_TEMPLATES.values()] == FI_TITLES
    for lang in ("sv", "en"):
        titles = template_titles(lang)
        assert [slug for slug, _ in titles] == SLUGS
        assert all(title and title != fi for (_, title), fi in zip(titles, FI_TITLES, strict=True))
    assert template_titles("de") == template_titles("fi")


@pytest.mark.parametrize("slug", SLUGS)
def test_template_parses_strictly_in_a_document(slug: str) -> None:
    template = REGISTER_TEMPLATES[slug]
    data = {
        "schema_version": SCHEMA_VERSION,
        "organization": {"name": "Esimerkki Oy"},
        "registers": [template.model_dump(mode="json")],
    }
    assert parse_document(data, strict=True).registers[0] == template
    assert not template.systems and not template.parties  # they belong to the adopting company


@pytest.mark.parametrize(
    ("slug", "bases"),
    [("henkilostorekisteri", {B, C}), ("uutiskirje", {A}), ("kameravalvonta", {F}), ("prospektit", {F})],
)
def test_template_legal_bases(slug: str, bases: set[LegalBasis]) -> None:
    assert set(REGISTER_TEMPLATES[slug].legal_bases) == bases


def test_no_consent_for_employees_or_applicants() -> None:
    for slug in ("henkilostorekisteri", "tyonhakijarekisteri"):
        assert A not in REGISTER_TEMPLATES[slug].legal_bases


@pytest.mark.parametrize("slug", SLUGS)
def test_template_is_complete(slug: str) -> None:
    template = REGISTER_TEMPLATES[slug]
    empty = [f for f in FILLED if not getattr(template, f)]
    assert not empty
    assert template.retention_period and template.retention_unit and template.retention_trigger
    bases = set(template.legal_bases)
    assert bool(template.consent_withdrawal_text) == (A in bases)
    assert bool(template.legitimate_interest_text) == (F in bases)
    if A not in bases:
        assert "ei perustu suostumukseen" in template.consent_text
    if any(c.is_hetu for c in template.data_categories):
        assert template.hetu_ground is not None and template.hetu_ground_text
    if any(c.special_category for c in template.data_categories):
        assert template.special_category_conditions and template.special_category_text


@pytest.mark.parametrize("slug", SLUGS)
def test_template_rights_follow_the_legal_basis(slug: str) -> None:
    # LEGAL.md §3: objection only for (e)/(f), withdrawal only for consent, portability for (a)/(b).
    template = REGISTER_TEMPLATES[slug]
    bases, rights = set(template.legal_bases), template.other_rights_text
    assert ("vastustaa käsittelyä" in rights) == (F in bases)
    assert ("peruuttaa suostumuksensa" in rights) == (A in bases)
    assert ("siirtää tiedot järjestelmästä toiseen" in rights) == bool(bases & {A, B})
    assert "poistamiseen" in rights and "tietosuojavaltuutetun toimistolle" in rights


def test_template_retention_periods() -> None:
    customers = REGISTER_TEMPLATES["asiakasrekisteri"]
    assert (customers.retention_period, customers.retention_unit) == (6, RetentionUnit.YEARS)
    assert "kirjanpitolain (1336/1997) 2 luvun 10 §" in customers.retention_text
    applicants = REGISTER_TEMPLATES["tyonhakijarekisteri"]
    assert applicants.retention_unit is RetentionUnit.YEARS and 1 <= (applicants.retention_period or 0) <= 2
    camera = REGISTER_TEMPLATES["kameravalvonta"]
    assert camera.retention_unit is RetentionUnit.DAYS and 0 < (camera.retention_period or 0) <= 31
    newsletter = REGISTER_TEMPLATES["uutiskirje"]
    assert "peruuttamisesta" in newsletter.retention_trigger


@pytest.mark.parametrize("slug", SLUGS)
def test_template_has_no_placeholders(slug: str) -> None:
    texts = _strings(REGISTER_TEMPLATES[slug].model_dump(mode="json"))
    found = [m.group() for text in texts for m in PLACEHOLDER.finditer(text)]
    assert not found
