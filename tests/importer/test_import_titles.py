"""The register's name read from a document's title."""

import pytest

from tietovirta.analysis.titles import (
    is_register_title,
    joins_a_name_and_a_document_word,
    names_a_register,
    register_name_from_title,
)
from tietovirta.importer import import_bytes


@pytest.mark.parametrize(
    "title",
    [
        # A date, a year, a second document or a joined word after the document word names nothing.
        "Tietosuojaseloste päivitetty 1.1.2024",
        "Privacy notice updated 2 May 2025",
        "Tietosuojaseloste 2024",
        "Privacy Policy and Cookie Policy",
        "Tietosuojaseloste ja evästekäytäntö",
        "Tietosuojaseloste / Rekisteriseloste",
        "Tietosuojaseloste sekä rekisteriseloste",
        "Tietosuojaseloste Rekisteriseloste",
    ],
)
def test_a_title_naming_only_documents_and_dates_gives_no_name(title):
    assert register_name_from_title(title) == ""


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Tietosuojaseloste Jäsentietorekisteri", "Jäsentietorekisteri"),
        ("Dataskyddsbeskrivning X-registret", "X-registret"),
        ("Tietosuojaseloste – Wattitutka", "Wattitutka"),
        ("Privacy notice – Newsletter", "Newsletter"),
    ],
)
def test_a_title_gives_the_name_after_the_document_word(title, name):
    assert register_name_from_title(title) == name


@pytest.mark.parametrize(
    "name", ["Kundo AB", "Asiakaspalvelu Oy", "Memberful", "Tietosuojaseloste, Kundo AB", "Clientele Oy"]
)
def test_a_company_whose_name_begins_with_an_activity_names_no_register(name):
    assert not names_a_register(name)


@pytest.mark.parametrize(
    "name",
    [
        "Newsletter",
        "Uutiskirje",
        "Jäsenet",
        "Medlemmar",
        "Asiakkaat",
        "Kunder",
        "Customers",
        "Members",
        "Rekrytointi",
        "Kameravalvonta",
        "Asiakasrekisteri",
        "Kundregistret",
    ],
)
def test_a_short_name_of_what_a_register_is_kept_for_names_one(name):
    assert names_a_register(name)


@pytest.mark.parametrize(
    "heading",
    [
        "Jäsenrekisteri",
        "Kameravalvonnan tietosuojaseloste",
        "Kundregistret",
        "Privacy notice",
        "Membership Registry",
    ],
)
def test_a_register_or_its_document_titles_a_register(heading):
    assert is_register_title(heading)


@pytest.mark.parametrize(
    "heading",
    ["Rekisterinpitäjä", "Rekisterin nimi", "Register holder", "Tietojen luovutukset", "Registrets innehåll"],
)
def test_the_controller_or_a_field_heading_titles_no_register(heading):
    assert not is_register_title(heading)


@pytest.mark.parametrize(
    ("heading", "joined"),
    [
        ("Asiakasrekisteri – tietovirtakuvaus", True),
        ("Tietosuojaseloste: Jäsenet", True),
        ("Privacy policy | Newsletter", True),
        ("Tietosuojaseloste", False),
        ("Tietosuojaseloste – ", False),
        ("Rekisterin käyttötarkoitus", False),
        # What follows the document word is its date or a second document, no name.
        ("Privacy policy – last updated 1 May 2024", False),
        ("Tietosuojaseloste – päivitetty 1.5.2024", False),
        ("Tietosuojaseloste: 2024", False),
        ("Päivitetty 1.5.2024 – tietosuojaseloste", False),
    ],
)
def test_a_title_joining_a_name_and_a_document_word(heading, joined):
    assert joins_a_name_and_a_document_word(heading) is joined


def test_a_controller_heading_at_the_top_level_between_the_fields_starts_no_second_register():
    text = "\n\n".join(
        [
            "# Asiakasrekisteri",
            "## Rekisterin käyttötarkoitus",
            "Tietoja käytetään asiakassuhteen hoitamiseen ja laskutukseen.",
            "## Käsittelyn oikeusperuste",
            "Käsittely perustuu sopimukseen asiakkaan kanssa.",
            "## Rekisterin tietosisältö",
            "Nimi, osoite, puhelinnumero ja sähköpostiosoite.",
            "## Säännönmukaiset tietolähteet",
            "Tiedot saadaan asiakkaalta itseltään.",
            "# Rekisterinpitäjä",
            "Lumo Palvelut Oy, Satamakatu 1, 00100 Helsinki",
            "## Tietojen säilytysaika",
            "Tietoja säilytetään kuusi vuotta asiakassuhteen päättymisestä.",
            "## Tietojen luovutukset",
            "Tietoja ei luovuteta kolmansille osapuolille.",
            "## Rekisterin suojauksen periaatteet",
            "Tiedot säilytetään salasanoin suojatussa järjestelmässä.",
        ]
    )
    document = import_bytes(text.encode(), "seloste.md").document
    assert [r.name for r in document.registers] == ["Asiakasrekisteri"]
    assert document.organization.name == "Lumo Palvelut Oy"
    assert "kuusi vuotta" in document.registers[0].retention_text


def test_a_dated_title_after_the_fields_starts_no_second_register():
    text = "\n\n".join(
        [
            "# Customer register",
            "## Controller",
            "Lumo Ltd, Main Street 1, 00100 Helsinki",
            "## Purpose of processing",
            "We use the data to manage customer relationships and invoicing.",
            "## Legal basis",
            "The processing is based on the contract with the customer.",
            "## Data collected",
            "Name, address, phone number and email address.",
            "## Retention",
            "The data is kept for six years after the customer relationship ends.",
            "## Privacy policy – last updated 1 May 2024",
            "This policy was last changed on 1 May 2024.",
        ]
    )
    document = import_bytes(text.encode(), "policy.md").document
    assert [r.name for r in document.registers] == ["Customer register"]
