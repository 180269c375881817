"""Fields a notice answers without a heading of their own: the sentence that says where the data comes
from, standing under the data's heading, read the same way in Finnish, Swedish and English."""

import pytest

from tietovirta.analysis.text import states_its_topic
from tietovirta.importer import import_bytes


@pytest.mark.parametrize(
    "sentence",
    [
        # Finnish names the source in the ablative, after the data or after the verb.
        "Tiedot saadaan pääasiassa jäseneltä itseltään liittymisen yhteydessä.",
        "Yhteystiedot kerätään tilaajilta verkkolomakkeella.",
        "Lisäksi tietoja voidaan saada yhteistyökumppaneilta.",
        "Keräämme henkilötietoja ensisijaisesti suoraan sinulta, kun tilaat tuotteita.",
        "Saamme ottelutuloksia koskevia tietoja sarjan järjestäjiltä.",
        "Osoitetiedot ovat peräisin väestötietojärjestelmästä.",
        # Swedish and English: "fås / erhålls från", "we collect … directly from you".
        "Uppgifterna erhålls i huvudsak från medlemmarna själva.",
        "Vi får kontaktuppgifterna från arbetsgivaren.",
        "We collect the personal data listed above directly from you when you register.",
    ],
)
def test_a_sentence_that_says_where_the_data_comes_from(sentence):
    assert states_its_topic(sentence) == "sources"


@pytest.mark.parametrize(
    "sentence",
    [
        # An ablative postposition or pronoun is no source; nor is receiving information about something.
        "Tietoja kerätään vain siltä osin kuin se on tarpeen.",
        "Tietoja käsitellään asiakkaiden osalta sopimuksen perusteella.",
        "Tiedot säilytetään kuuden kuukauden ajalta.",
        "Saamme tietoa siitä, miten palvelua käytetään.",
        "Rekisteröity voi pyytää tiedot rekisterinpitäjältä.",
        "Vi behandlar uppgifter om våra kunder.",
    ],
)
def test_other_sentences_name_no_source(sentence):
    assert states_its_topic(sentence) != "sources"


def test_the_source_said_under_the_datas_heading_is_read():
    notice = (
        "# Jäsenrekisterin tietosuojaseloste\n\n"
        "## Rekisterinpitäjä\n\nEsimerkkiyhdistys ry, Seuratie 2, 00100 Helsinki\n\n"
        "## Rekisterin tietosisältö\n\n"
        "Rekisteriin tallennetaan jäsenen nimi, osoite, sähköpostiosoite ja puhelinnumero. "
        "Lisäksi tallennetaan jäsenmaksujen maksupäivät ja jäsenyyden alkamispäivä. "
        "Tiedot saadaan jäseneltä itseltään liittymislomakkeella.\n\n"
        "## Säilytysaika\n\nTiedot poistetaan vuoden kuluttua jäsenyyden päättymisestä.\n"
    ).encode()
    register = import_bytes(notice, "seloste.md").document.registers[0]
    assert register.sources_text == "Tiedot saadaan jäseneltä itseltään liittymislomakkeella."
    assert register.data_collected_text.startswith("Rekisteriin tallennetaan jäsenen nimi")
