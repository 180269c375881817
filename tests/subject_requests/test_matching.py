"""Which registers to search for a person: relationship words in fi/sv/en, inflection and compounds."""

import pytest

from tietovirta.canonical import Register
from tietovirta.requests.matching import matching_registers, relationships_in, stem


def _names(asked, registers):
    return [m.register.name for m in matching_registers(asked, registers)]


REGISTERS = [
    Register(
        name="Asiakasrekisteri", data_subject_categories=["Asiakkaat", "Asiakasyritysten yhteyshenkilöt"]
    ),
    Register(name="Henkilöstörekisteri", data_subject_categories=["Työntekijät", "Entiset työntekijät"]),
    Register(name="Rekrytointi", data_subject_categories=["Työnhakijoiden tiedot"]),
    Register(name="Uutiskirje", data_subject_categories=["Uutiskirjeen tilaajat"]),
    Register(name="Jäsenrekisteri", data_subject_categories=["Yhdistyksen jäsenet"]),
    Register(name="Kundregister", data_subject_categories=["Kunder och deras kontaktpersoner"]),
    Register(name="Newsletter", data_subject_categories=["Newsletter subscribers"]),
    # no categories: read from the name and the prose
    Register(name="Opiskelijarekisteri", data_collected_text="Opiskelijoiden nimet ja kurssit"),
    Register(name="Kameravalvonta", data_subject_categories=["Asiakkaat ja vierailijat", "Työntekijät"]),
    Register(name="Tapahtumat", data_subjects_text="Tapahtumiin ilmoittautuneet vapaaehtoiset"),
]


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        (["customer"], ["Asiakasrekisteri", "Kundregister", "Kameravalvonta"]),
        (["employee"], ["Henkilöstörekisteri", "Kameravalvonta"]),
        (["applicant"], ["Rekrytointi"]),
        (["subscriber"], ["Uutiskirje", "Newsletter"]),
        (["member"], ["Jäsenrekisteri"]),
        (["visitor"], ["Kameravalvonta"]),
        # the person's own words, inflected, in any of the three languages
        (["Olen entinen työntekijänne"], ["Henkilöstörekisteri", "Kameravalvonta"]),
        (["jag är kund hos er"], ["Asiakasrekisteri", "Kundregister", "Kameravalvonta"]),
        (["olen opiskelija"], ["Opiskelijarekisteri"]),
        (["en ole mitään näistä"], []),
        (["vapaaehtoinen"], ["Tapahtumat"]),  # read from the prose about its data subjects
        ([], []),
    ],
)
def test_registers_matching_a_relationship(asked, expected):
    assert _names(asked, REGISTERS) == expected


def test_the_match_says_which_words_matched():
    [match] = matching_registers(["applicant"], REGISTERS)
    assert match.because == "Työnhakijoiden tiedot"
    [prose] = matching_registers(["opiskelija"], REGISTERS)
    assert prose.because == "Opiskelijarekisteri"


def test_short_stems_only_at_word_start():
    assert relationships_in("kunder") == {"customer"}
    assert "customer" not in relationships_in("sekunder")
    assert "member" not in relationships_in("remember")
    assert relationships_in("asiakirjat") == set()  # documents, not customers
    assert relationships_in("Työnhakijoiden tiedot") == {"applicant"}  # inside a compound


def test_finnish_stems():
    assert stem("jäsenet") == stem("jäsen") == "jäse"
    assert stem("opiskelijoiden") == stem("opiskelijat") == "opiskelij"
    assert len(stem("ja")) == 2  # short words are left alone
