"""The register's name read from a document's title."""

import pytest

from tietovirta.importer.extract import names_a_register, register_name_from_title


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
