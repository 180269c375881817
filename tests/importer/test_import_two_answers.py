"""A sentence that answers two questions goes into both fields (LABELLING.md): a basis line under a heading
joining the purpose and the basis that also says what the data is for, and a line of the data collected
that also says why it is collected."""

import pytest

from tietovirta.importer import classify, import_bytes
from tietovirta.importer.assign import _by_sentence
from tietovirta.importer.blocks import Block
from tietovirta.importer.sections import Section


def _register(notice: str):
    return import_bytes(notice.encode("utf-8"), "seloste.md").document.registers[0]


_CONTROLLER = "## Rekisterinpitäjä\n\nBetonilattia Mäkinen Oy, Tehdaskatu 5, 20100 Turku\n\n"
_RETENTION = "## Säilytysaika\n\nTiedot poistetaan kahden vuoden kuluttua.\n"


def test_a_basis_line_that_says_what_the_data_is_for_answers_the_purpose_too():
    both = (
        "Henkilötietoja käsitellään ensisijaisesti rekisteröidyn antaman suostumuksen tai sopimuksen "
        "perusteella yhteydenpitoon, markkinointiin, varainhankintaan sekä erilaisten tilaisuuksien "
        "järjestämiseen ja raportointiin liittyvien asioiden hoitamiseksi."
    )
    basis = "Käsittelyn oikeusperuste on rekisteröidyn suostumus (6 art. 1 a)."
    register = _register(
        "# Tietosuojaseloste\n\n"
        + _CONTROLLER
        + f"## Henkilötietojen käsittelyn oikeusperuste ja tarkoitus\n\n{both}\n\n{basis}\n\n"
        + _RETENTION
    )
    assert both in register.purpose_text
    assert both in register.legal_basis_text
    # The sentence whose subject is the basis answers the basis alone.
    assert basis in register.legal_basis_text
    assert basis not in register.purpose_text


@pytest.mark.parametrize(
    ("intro", "items"),
    [
        (
            "Käsittelemme seuraavia henkilötietoja palvelun toimittamiseksi ja yhteydenottoihin "
            "vastaamiseksi:",
            ["nimi", "sähköpostiosoite", "puhelinnumero"],
        ),
        (
            "Käsittelemme seuraavia henkilötietoja, jotta voimme toteuttaa tilaukset:",
            ["nimi", "toimitusosoite", "tilaushistoria"],
        ),
    ],
)
def test_the_line_introducing_the_data_that_says_why_answers_the_purpose_too(intro, items):
    listed = "\n".join(f"- {item}" for item in items)
    register = _register(
        "# Tietosuojaseloste\n\n"
        + _CONTROLLER
        + f"## Käsiteltävät henkilötiedot\n\n{intro}\n\n{listed}\n\n"
        + _RETENTION
    )
    assert intro in register.data_collected_text
    assert all(item in register.data_collected_text for item in items)
    # The line alone: its list says what is collected, not why.
    assert intro in register.purpose_text
    assert not any(item in register.purpose_text for item in items)


def test_a_sentence_of_the_data_collected_that_names_no_use_stays_there():
    register = _register(
        "# Tietosuojaseloste\n\n"
        + _CONTROLLER
        + "## Käsiteltävät henkilötiedot\n\nKäsittelemme seuraavia henkilötietoja:\n\n"
        + "- nimi\n- sähköpostiosoite\n\n"
        + _RETENTION
    )
    assert "Käsittelemme seuraavia henkilötietoja:" in register.data_collected_text
    assert not register.purpose_text


def test_read_sentence_by_sentence_the_line_introducing_the_data_that_says_why_answers_the_purpose_too():
    # A section the classifier finds both the data collected and the purpose is read a sentence at a time.
    intro = "Käsittelemme seuraavia henkilötietoja palvelun toimittamiseksi ja laskutusta varten:"
    after = "Tietoja ei kerätä muulla tavoin."
    section = Section(
        "Käsiteltävät tiedot",
        blocks=[
            Block("paragraph", intro),
            Block("item", "- nimi"),
            Block("item", "- sähköpostiosoite"),
            Block("paragraph", after),
        ],
    )
    pieces = _by_sentence(section, classify.model(), {"data_collected", "purpose"}, 0.9)
    data = [p.text for p in pieces if p.field == "data_collected"]
    assert any(intro in text and "- nimi" in text for text in data)
    assert [p.text for p in pieces if p.field == "purpose"] == [intro]
