"""Fields a notice answers without a heading of their own: the sentence that says where the data comes
from, standing under the data's heading, and the consent a notice takes from the act of using the site,
read the same way in Finnish, Swedish and English."""

import pytest

from tietovirta.analysis.bases import bases_in, states_the_basis
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
        # The data is what the person gives.
        "Käsittelemme henkilötietoja, jotka annat meille ilmoittautuessasi.",
        "Yhdistys tallentaa ne tiedot, jotka jäsen itse ilmoittaa liittyessään.",
        "Vi sparar de uppgifter som du själv anger i bokningsformuläret.",
        "We keep the details that you submit through the booking form.",
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
        # What the data given is used for is the purpose.
        "We process the information you provide to answer your questions.",
        "Käsittelemme tietoja, jotka annat, jotta voimme toimittaa tilauksen.",
        "We may process personal data to provide reports to our customers.",
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


@pytest.mark.parametrize(
    "sentence",
    [
        "By using the app, you agree to our processing of personal data as described in this notice.",
        "By signing up for the newsletter you consent to the processing described here.",
        "Any use of this website signifies that you accept this privacy notice.",
        "Käyttämällä verkkopalvelua hyväksyt henkilötietojesi käsittelyn tämän selosteen mukaisesti.",
        "Genom att använda appen godkänner du att vi behandlar dina personuppgifter enligt beskrivningen.",
    ],
)
def test_consent_taken_from_using_the_service_is_the_basis(sentence):
    assert states_the_basis(sentence)
    assert [b.value for b in bases_in(sentence, basis_section=True)] == ["a"]


@pytest.mark.parametrize(
    "sentence",
    [
        # The cookies' own consent, accepting later changes, a means used: not the register's basis.
        "By visiting this site, you agree to the use of cookies.",
        "Käyttämällä sivustoa hyväksyt evästeiden käytön.",
        "Your continued use of the site after changes to this notice means you accept the changes.",
        "Siirrot toteutetaan käyttämällä komission hyväksymiä vakiolausekkeita.",
    ],
)
def test_other_acts_of_using_state_no_basis(sentence):
    assert not states_the_basis(sentence)


def test_consent_by_using_is_read_where_no_section_gives_the_basis():
    notice = (
        b"# Privacy notice\n\n"
        b"## Controller\n\nSample Shop Ltd, Main Street 1, 00100 Helsinki\n\n"
        b"## What we collect\n\nWe collect your name and e-mail address when you order.\n\n"
        b"## General\n\nWe may update this notice from time to time. "
        b"By using the shop, you agree to the processing of your personal data as described in this notice. "
        b"Questions can be sent to the address above.\n"
    )
    register = import_bytes(notice, "notice.md").document.registers[0]
    assert register.legal_basis_text == (
        "By using the shop, you agree to the processing of your personal data as described in this notice."
    )
    assert [b.value for b in register.legal_bases] == ["a"]
