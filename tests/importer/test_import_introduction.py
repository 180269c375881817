"""The notice's words about itself ("Tämä tietosuojaseloste kuvaa, miten …") introduce what it tells and
answer none of its questions: they stay out of the purpose and the other content fields."""

import pytest

from tietovirta.analysis.titles import speaks_of_the_document
from tietovirta.importer import import_bytes
from tietovirta.importer.assign import _introduces_the_document


@pytest.mark.parametrize(
    "sentence",
    [
        "Tämä tietosuojaseloste kuvaa, miten Kattotyö Oy kerää, käyttää ja suojaa henkilötietojasi.",
        "- Tämä seloste koskee henkilötietoja, joita käsitellään sivuston kautta.",
        "Tämän tietosuojaselosteen tarkoituksena on kertoa, miten käsittelemme tietojasi.",
        "Syftet med denna dataskyddsbeskrivning är att informera dig om behandlingen av personuppgifter.",
        "In this Privacy Policy, you’ll find details about the data we collect about you.",
        "This Privacy Policy (the “Policy”) describes the ways we collect, store and use information.",
    ],
)
def test_a_sentence_about_the_document_itself(sentence):
    assert speaks_of_the_document(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We collect this data so that we can respond to requests for new business.",
        "- provide you information on the changes to this Privacy Policy and our Terms of Use",
        "Please note that the scope of this Policy is limited to information collected through the Service.",
        "Käytämme henkilötietojasi tarjouspyyntöihin vastaamiseen.",
        "Tämä tieto poistetaan vuoden kuluttua.",
        "Yhteyshenkilölle tämä seloste annetaan pyynnöstä.",
        "Käytämme tietoja tässä selosteessa kuvattuihin tarkoituksiin.",
    ],
)
def test_a_sentence_naming_the_document_in_passing_or_not_at_all(sentence):
    assert not speaks_of_the_document(sentence)


def test_a_paragraph_that_also_states_the_purpose_is_no_introduction():
    line = (
        "Tämä rekisteriseloste käsittelee Konsti-sovelluksen käyttäjätietoja. Tietojen käsittelyn "
        "tarkoitus on mahdollistaa tapahtumiin ilmoittautuminen."
    )
    assert not _introduces_the_document(line, "purpose")
    # The document's own purpose is not the processing's.
    assert _introduces_the_document(
        "Syftet med denna dataskyddsbeskrivning är att informera dig om behandlingen av personuppgifter.",
        "purpose",
    )


NOTICE = """# Tietosuojaseloste

## 1. Yleistä

Tämä tietosuojaseloste kuvaa, miten Kattotyö Mäkinen Oy kerää, käyttää ja suojaa henkilötietojasi EU:n \
yleisen tietosuoja-asetuksen (GDPR) mukaisesti.

Suhtaudumme yksityisyytesi suojaan vakavasti ja käsittelemme henkilötietojasi huolellisesti.

## 2. Mitä tietoja keräämme?

Keräämme nimen, puhelinnumeron ja sähköpostiosoitteen.

## 3. Henkilötietojen käsittelyn tarkoitus

{opening}

Käytämme henkilötietojasi tarjouspyyntöihin vastaamiseen ja asiakassuhteen hoitamiseen.
"""


@pytest.mark.parametrize(
    "opening",
    [
        "Tämän tietosuojaselosteen tarkoituksena on kertoa, miten käsittelemme henkilötietojasi.",
        "Syftet med denna dataskyddsbeskrivning är att informera dig om behandlingen av personuppgifter.",
    ],
)
def test_the_introduction_and_its_paragraph_under_the_purpose_are_no_purpose(opening):
    register = import_bytes(NOTICE.format(opening=opening).encode(), "seloste.md").document.registers[0]
    assert register.purpose_text == (
        "Käytämme henkilötietojasi tarjouspyyntöihin vastaamiseen ja asiakassuhteen hoitamiseen."
    )
    # Left out of the field, not out of the document.
    assert "Tämä tietosuojaseloste kuvaa" in register.unmapped_text
    assert opening in register.unmapped_text


def test_a_closing_line_about_the_document_leaves_the_answer_it_follows_in_its_field():
    # Under a heading that names no question, a section that opens with its answer is no introduction:
    # only the line about the document goes to the other text (the answer is not there twice).
    notice = (
        "# Asiakasrekisterin tietosuojaseloste\n\n## Rekisterinpitäjä\n\n"
        "Kattotyö Mäkinen Oy, Kauppakatu 1, 40100 Jyväskylä\n\n## Yleistä\n\n"
        "Henkilötietoja käsitellään asiakassuhteen hoitamiseen, laskutukseen ja tarjouspyyntöihin "
        "vastaamiseen.\n\nTämä seloste päivitetään tarvittaessa.\n\n## Tietojen säilytys\n\n"
        "Tiedot säilytetään kolme vuotta asiakassuhteen päättymisestä.\n"
    )
    register = import_bytes(notice.encode(), "seloste.md").document.registers[0]
    answer = "Henkilötietoja käsitellään asiakassuhteen hoitamiseen"
    assert register.purpose_text.startswith(answer)
    assert "Tämä seloste päivitetään" not in register.purpose_text
    assert "Tämä seloste päivitetään" in register.unmapped_text
    assert answer not in register.unmapped_text
