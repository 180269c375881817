"""The prose matchers: stems, negation, the legal-basis classifier, template text and markup."""

from __future__ import annotations

import pytest

from tietovirta.analysis import text
from tietovirta.analysis.bases import bases_in, consent_not_needed
from tietovirta.canonical.schema import LegalBasis

A, B, C, D, E, F = (LegalBasis(x) for x in "abcdef")


@pytest.mark.parametrize(
    ("prose", "bases"),
    [
        ("Sopimuksellinen peruste.", {B}),
        (
            "Asiakkuuden mahdollistaminen ja ylläpito, sopimusten mukaisten ja lakisääteisten "
            "velvollisuuksien hoitaminen.",
            {B, C},
        ),
        ("Oikeutettu etu.", {F}),
        ("Rekisterinpitäjän oikeutetun edun perusteella", {F}),
        ("Suostumus", {A}),
        ("Berättigat intresse och rättslig förpliktelse enligt bokföringslagen.", {F, C}),
        ("Samtycke", {A}),
        ("Performance of a contract and legitimate interests", {B, F}),
        ("GDPR Art. 6(1)(e)", {E}),
        ("6 artiklan 1 kohdan d alakohta", {D}),
        ("Artikel 6.1 c", {C}),
        ("Käsittely ei perustu suostumukseen.", set()),
        ("Henkilötietolain 8 §", set()),
    ],
)
def test_classify_bases(prose: str, bases: set[LegalBasis]) -> None:
    assert set(bases_in(prose)) == bases


def test_negated_sentences_do_not_count_as_statements() -> None:
    assert text.HETU.find("Nimi ja osoite. Henkilötunnusta ei kerätä.") is None
    assert text.HETU.find("Nimi ja osoite. Henkilötunnusta ei kerätä.", affirmed=False) is not None
    assert text.HETU.find("Vi samlar inte in personbeteckningen.") is None
    assert text.HETU.find("We don't collect the personal identity code.") is None
    assert text.HETU.phrase("Nimi, osoite, hetu.") == "hetu"
    assert text.HETU.find("Kirjanpito hetulla") is not None
    assert text.HETU.find("hetulaiska") is None


def test_sentences_split_on_sentence_ends_bullets_and_lines_not_abbreviations() -> None:
    assert text.sentences("Esim. postitustarrat. Toinen lause.\n• kolmas") == (
        "Esim. postitustarrat.",
        "Toinen lause.",
        "kolmas",
    )


@pytest.mark.parametrize(
    "value",
    [
        "Rekisterinpitäjän tiedot",
        "[Yrityksen nimi]",
        "<nimi>",
        "XXXXXXX-X",
        "sähköpostitse (s-postiosoite)",
        "info@example.com",
        "Lorem ipsum dolor",
        "TODO",
        "Matti Meikäläinen",
        "{{company}}",
        "Fyll i här",
    ],
)
def test_placeholders(value: str) -> None:
    assert text.placeholder(value)


@pytest.mark.parametrize(
    "value",
    [
        "Walttia Oy",
        "Nimi, sähköposti ja puhelinnumero",
        "Art. 6(1)(a) [1]",
        "todo-lista",
        "Xerox",
        "",
        "laura.niemi@lumokiinteisto.fi",
        "Katso [ohje](https://example.org)",
    ],
)
def test_not_placeholders(value: str) -> None:
    assert text.placeholder(value) is None


def test_field_names_are_placeholders_only_where_a_value_belongs() -> None:
    assert text.placeholder("Puhelinnumero") is None
    assert text.placeholder("Puhelinnumero", value_field=True) == "Puhelinnumero"


def test_html_markup() -> None:
    assert text.html_markup("<p>Oikeutettu etu.</p>") == "<p>"
    assert text.html_markup("Nimi&nbsp;ja osoite") == "&nbsp;"
    assert text.html_markup("rivi<br/>toinen") == "<br/>"
    assert text.html_markup("Hinta < 5 € ja > 2 €") is None
    assert text.html_markup("Tilitoimisto Oy & Co") is None


def test_consent_not_needed_in_three_languages() -> None:
    assert consent_not_needed("Koska käsittelyperuste on sopimuksellinen, ei suostumusta tarvita.")
    assert consent_not_needed("Samtycke krävs inte.")
    assert consent_not_needed("No consent is required.")
    assert consent_not_needed("Suostumus pyydetään uutiskirjeen tilauksen yhteydessä.") is None


def test_retention_period_and_vague_phrases() -> None:
    assert text.VAGUE_RETENTION.find("säilytetään niin kauan kuin on tarpeen")
    assert text.VAGUE_RETENTION.find("sparas så länge det är nödvändigt")
    assert text.VAGUE_RETENTION.find("kept for as long as necessary")
    for period in ("5 vuoden kuluttua", "kuusi vuotta", "24 kk", "tio år", "six months", "2 years"):
        assert text.RETENTION_PERIOD.find(period), period
    assert text.RETENTION_PERIOD.find("kirjanpitolain 2 luvun 10 §") is None


def test_security_boilerplate_tolerates_typos_but_not_real_descriptions() -> None:
    template = (
        "Rekisteriä ylläpidetään salatulla, palomuurin suojaamalla alueella salasanan ja käyttäjätunnusten "
        "takana. Kulkua serveritilaan valvotaan ja henkilöstöllä on vaihtolovelvollisuus."
    )
    assert text.security_boilerplate(template)
    assert text.security_boilerplate("Tiedot on suojattu asianmukaisesti.")
    assert not text.security_boilerplate(
        template + " Kirjautuminen vaatii kaksivaiheisen tunnistautumisen, ja "
        "varmuuskopiot otetaan päivittäin erilliseen palveluun."
    )


def test_a_line_wrapped_mid_sentence_stays_one_sentence() -> None:
    wrapped = "Henkilötiedot säilytetään niin kauan kuin\non tarpeen.\nKirjanpito\nLaskutus"
    assert text.sentences(wrapped) == ("Henkilötiedot säilytetään niin kauan kuin on tarpeen.", "Kirjanpito",
                                       "Laskutus")
    assert text.VAGUE_RETENTION.find(wrapped)
