"""Where one field's text ends and the next begins: a form's sections written as bold lines inside one
HTML paragraph, a list under the sentence that introduces it, the introduction of a notice that
touches a field answered again under its own heading, and a person's details run into one line."""

import pytest
from real_corpus import CORPUS

from tietovirta.analysis.text import (
    introduces_data_by_its_source,
    lists_people,
    says_whether_data_is_disclosed,
    says_whose_data,
    states_a_processor_role,
    states_its_topic,
)
from tietovirta.importer import classify, import_bytes, values
from tietovirta.importer.assign import Piece, _by_sentence, _list_field, section_probabilities
from tietovirta.importer.blocks import Block
from tietovirta.importer.headings import asks_nothing, known_heading
from tietovirta.importer.read_html import read_html
from tietovirta.importer.sections import Section


def _register(text: str, filename: str):
    return import_bytes(text.encode("utf-8"), filename).document.registers[0]


# A university's standard form: every section a bold line in one <p>, values after <br>.
_ONE_PARAGRAPH_FORM = """<html><body><main><h3>Tutkimusrekisteri: Tietosuojaseloste</h3>
<p>
  <b>1. Rekisterin nimi:</b><br />
  Opiskelijoiden unitutkimuksen henkilörekisteri
  <br /><br />
  <b>2. Rekisterinpitäjä:</b>
  <br />
  Nimi: Esimerkin Ammattikorkeakoulu Oy<br />
  Postiosoite: PL 40, 00079 Helsinki<br />
  <br />
  <b>3. Henkilötietojen käsittelyn tarkoitus</b><br />
  Rekisterin tarkoituksena on kerätä unitutkimuksen aineisto opiskelijoiden jaksamisen tutkimiseksi.
  <br /><br />
  <b>4. Rekisterin tietosisältö</b><br />
  Rekisteriin tallennetaan seuraavat tiedot: etunimi, sukunimi, opiskelijanumero ja unen kesto.
  <br /><br />
  <b>5. Säilytysaika:</b> Tiedot poistetaan tutkimuksen päätyttyä vuoden 2027 loppuun mennessä.
  <br /><br />
  Teksti, jossa on <b>lihavoitu sana</b> keskellä, on tavallinen kappale.
</p></main></body></html>"""


def test_bold_lines_inside_one_paragraph_are_headings():
    blocks = read_html(_ONE_PARAGRAPH_FORM).blocks
    labels = [b.text for b in blocks if b.kind == "label"]
    assert labels == [
        "1. Rekisterin nimi",
        "2. Rekisterinpitäjä",
        "3. Henkilötietojen käsittelyn tarkoitus",
        "4. Rekisterin tietosisältö",
    ]
    pair = next(b for b in blocks if b.kind == "pair")
    assert (pair.label, pair.text) == (
        "5. Säilytysaika",
        "Tiedot poistetaan tutkimuksen päätyttyä vuoden 2027 loppuun mennessä.",
    )
    # Bold in the middle of a line is emphasis, not a heading.
    assert any(b.kind == "paragraph" and "lihavoitu sana keskellä" in b.text for b in blocks)


def test_each_section_of_a_one_paragraph_form_is_its_own_field():
    register = _register(_ONE_PARAGRAPH_FORM, "seloste.html")
    assert register.name == "Opiskelijoiden unitutkimuksen henkilörekisteri"
    assert register.purpose_text.startswith("Rekisterin tarkoituksena on kerätä unitutkimuksen aineisto")
    assert "etunimi" not in register.purpose_text
    assert register.data_collected_text.startswith("Rekisteriin tallennetaan seuraavat tiedot")


def test_a_list_stays_with_the_sentence_that_introduces_it():
    # The sentence alone reads like the source of the data ("jotka annat meille itse"); with its list
    # it says what data is collected, and the list is nothing without it.
    notice = (
        "# Tietosuojaseloste\n\n"
        "## Rekisterinpitäjä\n\nPihatyö Virtanen Oy, Kuusikuja 3, 33100 Tampere\n\n"
        "## Mitä tietoja käsittelemme\n\n"
        "Voimme käsitellä tietoja, jotka annat meille itse esimerkiksi sähköpostilla, puhelimitse tai "
        "yhteydenottolomakkeella:\n\n"
        "- nimi ja yrityksen nimi\n"
        "- sähköpostiosoite ja puhelinnumero\n"
        "- viestin sisältö sekä muut itse antamasi tiedot\n\n"
        "Emme käsittele arkaluonteisia tietoja. Tietoja ei käytetä automaattiseen päätöksentekoon.\n\n"
        "## Säilytysaika\n\nTiedot poistetaan kahden vuoden kuluttua yhteydenotosta.\n"
    )
    register = _register(notice, "seloste.md")
    collected = register.data_collected_text
    assert collected.startswith("Voimme käsitellä tietoja, jotka annat meille itse")
    assert "- nimi ja yrityksen nimi" in collected and "- viestin sisältö sekä" in collected


def test_a_sentence_naming_whose_data_stays_with_the_data_it_lists_in_the_datas_section():
    # Alone the sentence names only whose data it is ("valmentajien tietoja:"), and would take its list to
    # the data subjects; read with its items it lists the data collected, where it stands.
    notice = (
        "# Tietosuojaseloste\n\n"
        "## Rekisterinpitäjä\n\nEsimerkki Oy, Kauppakatu 1, 00100 Helsinki\n\n"
        "## Mitä henkilötietoja käsitellään?\n\n"
        "Käsittelemme valmentajarekisterissä valmentajien tietoja:\n\n"
        "- nimi\n- henkilötunnus\n- sähköpostiosoite\n- osoite\n\n"
        "Tiedot saadaan valmentajilta itseltään.\n\n"
        "## Säilytysaika\n\nTietoja säilytetään kaksi vuotta.\n"
    )
    collected = _register(notice, "seloste.md").data_collected_text
    assert collected.startswith("Käsittelemme valmentajarekisterissä valmentajien tietoja:\n- nimi")
    assert "- osoite" in collected


def test_a_list_under_a_sentence_in_text_with_no_heading_goes_where_the_sentence_goes():
    notice = (
        "Käsittelemme henkilötietoja seuraaviin tarkoituksiin:\n\n"
        "- tilausten toimittaminen\n"
        "- asiakaspalvelu\n"
        "- laskutus\n\n"
        "Tiedot poistetaan kuuden vuoden kuluttua tilikauden päättymisestä.\n"
    )
    register = _register(notice, "seloste.md")
    assert register.purpose_text.startswith("Käsittelemme henkilötietoja seuraaviin tarkoituksiin:")
    assert "- laskutus" in register.purpose_text
    assert "laskutus" not in register.retention_text


def test_a_purpose_list_in_the_datas_section_keeps_its_list_in_every_value_read():
    # The sentence and its list move out of the data's section to the purpose; the sentence is then read
    # again as stating the purpose, and that reading too must carry the list (the review page shows the
    # last value read for a field: a scan's purpose was its introducing sentence alone).
    notice = (
        "# Asiakasrekisterin tietosuojaseloste\n\n"
        "## Rekisterinpitäjä\n\nPihatyö Virtanen Oy, Kuusikuja 3, 33100 Tampere\n\n"
        "## Rekisterin tietosisältö\n\n"
        "Rekisteriin tallennetaan asiakkaan nimi, sähköpostiosoite ja puhelinnumero. Lisäksi tallennetaan "
        "tilaushistoria. Tietoja käytetään seuraaviin tarkoituksiin:\n\n"
        "- asiakassuhteen hoitaminen\n"
        "- tilausten käsittely ja toimitus\n"
        "- laskutus\n\n"
        "## Säilytysaika\n\nTiedot poistetaan kahden vuoden kuluttua asiakassuhteen päättymisestä.\n"
    )
    result = import_bytes(notice.encode("utf-8"), "seloste.md")
    purposes = [f.value for f in result.fields if f.field == "purpose_text"]
    assert purposes
    assert all(p.startswith("Tietoja käytetään seuraaviin") and p.endswith("- laskutus") for p in purposes)


def test_a_sentence_read_as_two_fields_takes_its_list_into_the_one_the_list_answers():
    # Under the controller the sentence answers the purpose and, in passing, whose data it is; read with
    # its items it lists purposes, so they go to the purpose only.
    notice = (
        "# Asiakasrekisterin tietosuojaseloste\n\n"
        "## Rekisterinpitäjä\n\nPihatyö Virtanen Oy, Kuusikuja 3, 33100 Tampere. Käsittelemme asiakkaidemme "
        "henkilötietoja seuraaviin tarkoituksiin:\n\n"
        "- laskutus\n"
        "- markkinointi\n"
        "- tilastointi\n\n"
        "## Säilytysaika\n\nTiedot poistetaan kahden vuoden kuluttua asiakassuhteen päättymisestä.\n"
    )
    register = _register(notice, "seloste.md")
    assert register.purpose_text == (
        "Käsittelemme asiakkaidemme henkilötietoja seuraaviin tarkoituksiin:\n"
        "- laskutus\n- markkinointi\n- tilastointi"
    )
    assert "laskutus" not in register.data_subjects_text


def test_the_introduction_does_not_answer_a_field_its_section_answers():
    notice = (
        "Tämä tietosuojaseloste kuvaa, miten Betonilattia Mäkinen Oy kerää, käyttää ja suojaa "
        "henkilötietojasi. Käytämme tietoja asiakassuhteen hoitamiseen.\n\n"
        "## Rekisterinpitäjä\n\nBetonilattia Mäkinen Oy, Tehdaskatu 5, 20100 Turku\n\n"
        "## Miksi keräämme tietoja?\n\n"
        "Käytämme henkilötietojasi tarjouspyyntöihin vastaamiseen ja palveluidemme toteuttamiseen.\n\n"
        "## Säilytysaika\n\nTiedot poistetaan kahden vuoden kuluttua.\n"
    )
    register = _register(notice, "seloste.md")
    assert register.purpose_text == (
        "Käytämme henkilötietojasi tarjouspyyntöihin vastaamiseen ja palveluidemme toteuttamiseen."
    )


def test_the_introduction_answers_a_field_no_section_answers():
    notice = (
        "Käytämme tietoja ainoastaan yhteydenottoihin vastaamiseen ja tarjousten laatimiseen.\n\n"
        "## Rekisterinpitäjä\n\nBetonilattia Mäkinen Oy, Tehdaskatu 5, 20100 Turku\n\n"
        "## Säilytysaika\n\nTiedot poistetaan kahden vuoden kuluttua.\n"
    )
    register = _register(notice, "seloste.md")
    assert "yhteydenottoihin vastaamiseen" in register.purpose_text


def test_a_detail_label_run_into_the_line_ends_the_name():
    # Markdown joins "**Tietosuojavastaava:** Maija Virta" and the lines under it into one line.
    contact = values.parse_contact("Maija-Leena Virta Y-tunnus 1142048-1 maija.virta@example.fi")
    assert (contact.name, contact.email) == ("Maija-Leena Virta", "maija.virta@example.fi")
    contact = values.parse_contact("Anna Laine puh. 040 123 4567")
    assert (contact.name, contact.phone) == ("Anna Laine", "040 123 4567")


def test_the_dpo_named_on_a_label_line_with_details_under_it():
    notice = (
        "# Tietosuojaseloste\n\n"
        "**Rekisterinpitäjä:** Fysioterapia Maija Virta\n\n"
        "**Tietosuojavastaava:** Maija-Leena Virta\n"
        "Y-tunnus 1142048-1\n"
        "maija.virta@example.fi\n\n"
        "### Tietojen säilytysaika\n\nPotilastiedot säilytetään lain edellyttämän ajan.\n"
    )
    dpo = import_bytes(notice.encode(), "seloste.md").document.organization.dpo
    assert dpo is not None and (dpo.name, dpo.email) == ("Maija-Leena Virta", "maija.virta@example.fi")


_PURPOSE_TABLE = """<html><body><main><h1>Tietosuojaseloste</h1>
<h2>Rekisterinpitäjä</h2><p>Pihapalvelu Laine Oy, Rantatie 2, 90100 Oulu</p>
<h2>Henkilötietojen käsittelyn tarkoitus ja oikeusperuste</h2>
<table>
<tr><th>Käyttötarkoitus</th><th>Oikeusperuste (GDPR 6 art.)</th><th>Tietotyypit</th></tr>
<tr><td>Yhteydenottoihin vastaaminen</td><td>Oikeutettu etu (6 art. 1 f)</td>
<td>Nimi, sähköposti, viesti</td></tr>
<tr><td>Laskutus ja asiakassuhteen hoito</td><td>Sopimus (6 art. 1 b)</td>
<td>Nimi, osoite, laskutustiedot</td></tr>
</table>
<h2>Säilytysaika</h2><p>Tiedot poistetaan kahden vuoden kuluttua asiakkuuden päättymisestä.</p>
</main></body></html>"""


def test_a_table_of_purposes_is_read_by_its_columns():
    register = _register(_PURPOSE_TABLE, "seloste.html")
    assert "Yhteydenottoihin vastaaminen" in register.purpose_text
    assert "Laskutus ja asiakassuhteen hoito" in register.purpose_text
    assert "Oikeutettu etu" not in register.purpose_text and "Nimi, osoite" not in register.purpose_text
    assert "Sopimus (6 art. 1 b)" in register.legal_basis_text
    assert "Nimi, osoite, laskutustiedot" in register.data_collected_text
    assert "Yhteydenottoihin" not in register.data_collected_text


def test_a_table_of_another_kind_is_read_whole():
    notice = _PURPOSE_TABLE.replace("Käyttötarkoitus", "Evästeen nimi").replace(
        "Oikeusperuste (GDPR 6 art.)", "Voimassaoloaika"
    )
    register = _register(notice, "seloste.html")
    assert "Nimi, sähköposti, viesti" not in register.data_collected_text


@pytest.mark.parametrize(
    ("heading", "fields"),
    [
        ("Säilytysaika ja suojaaminen", {"retention", "security"}),
        ("Mitä henkilötietoa keräämme ja miksi", {"data_collected", "purpose"}),
        ("Kuvaus rekisteröityjen ryhmistä ja henkilötietoryhmistä", {"data_subjects", "data_collected"}),
        ("Lagring och utlämnande av uppgifter", {"retention", "disclosures"}),
    ],
)
def test_a_heading_joining_two_topics_names_both(heading, fields):
    section = Section(heading, level=2, blocks=[Block("paragraph", "Tiedot käsitellään huolellisesti.")])
    probs = section_probabilities(section, classify.model())
    assert all(probs[field] >= 0.9 for field in fields)


def test_a_heading_of_one_topic_or_none_joins_nothing():
    # "Henkilötietojen käsittely, siirto ja luovuttaminen": processing is no field of its own.
    for heading in ("Henkilötietojen käsittely, siirto ja luovuttaminen", "Tietojen säilytysaika"):
        section = Section(heading, level=2, blocks=[Block("paragraph", "Tiedot käsitellään huolellisesti.")])
        assert section_probabilities(section, classify.model()) == {
            **classify.model().section(section),
            **known_heading(heading),
        }


# --- registers written to one form, one after another ------------------------------------------------

_FORM_PART = """### Rekisteriasioiden yhteyshenkilö

{person}, Sepänkatu 3, 20700 Turku, {email}

### Henkilötietojen käsittelyn tarkoitus

{purpose}

### Käsiteltävät henkilötiedot

Rekisterissä käsitellään seuraavia tietoja: {data}.

### Tietolähteet

Tiedot saadaan rekisteröidyiltä itseltään.

### Tietojen luovutukset

Tietoja ei luovuteta kolmansille osapuolille.

### Tietojen säilytys

Tiedot poistetaan {retention}.
"""


def _form(person: str, email: str, purpose: str, data: str, retention: str) -> str:
    return _FORM_PART.format(person=person, email=email, purpose=purpose, data=data, retention=retention)


def test_a_form_filled_in_again_is_the_next_register():
    notice = (
        "## Rekisterinpitäjä\n\nLastensuojelun Tuki ry (1234567-8)\n\n"
        + _form(
            "Salli Siltanen",
            "salli@tuki.fi",
            "Jäsenluettelon ylläpito ja yhteydenpito jäseniin.",
            "nimi, osoite ja jäsenyyden alkamispäivä",
            "kahden vuoden kuluttua jäsenyyden päättymisestä",
        )
        + "\n"
        + _form(
            "Tiina Lamminen",
            "tiina@tuki.fi",
            "Asiakastyön kirjaaminen ja palveluiden järjestäminen.",
            "nimi, puhelinnumero ja asiakkuuden tiedot",
            "viiden vuoden kuluttua asiakkuuden päättymisestä",
        )
    )
    registers = import_bytes(notice.encode(), "seloste.md").document.registers
    assert len(registers) == 2
    assert registers[0].purpose_text.startswith("Jäsenluettelon ylläpito")
    assert registers[1].purpose_text.startswith("Asiakastyön kirjaaminen")
    assert "asiakkuuden tiedot" in registers[1].data_collected_text
    assert "asiakkuuden tiedot" not in registers[0].data_collected_text


def test_a_repeated_page_header_starts_no_register():
    # The header repeats on the second page, and the text after it goes on with the questions not answered
    # yet: one register.
    notice = (
        "## Jäsenrekisterin tietosuojaseloste\n\n"
        "### Rekisterinpitäjä\n\nLastensuojelun Tuki ry (1234567-8)\n\n"
        "### Henkilötietojen käsittelyn tarkoitus\n\nJäsenluettelon ylläpito ja yhteydenpito jäseniin.\n\n"
        "### Käsiteltävät henkilötiedot\n\nRekisterissä käsitellään nimeä, osoitetta ja sähköpostia.\n\n"
        "### Tietolähteet\n\nTiedot saadaan rekisteröidyiltä itseltään.\n\n"
        "## Jäsenrekisterin tietosuojaseloste\n\n"
        "### Tietojen luovutukset\n\nTietoja ei luovuteta kolmansille osapuolille.\n\n"
        "### Tietojen säilytys\n\nTiedot poistetaan kahden vuoden kuluttua jäsenyyden päättymisestä.\n\n"
        "### Rekisteröidyn oikeudet\n\nRekisteröidyllä on oikeus tarkastaa tietonsa.\n"
    )
    registers = import_bytes(notice.encode(), "seloste.md").document.registers
    assert len(registers) == 1
    assert registers[0].retention_text.startswith("Tiedot poistetaan kahden vuoden")


# --- who receives the data ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "disclosed"),
    [
        ("Tietoja ei lähetetä kolmansille osapuolille.", True),
        ("Rekisterin tiedot voidaan luovuttaa kyseisen tapahtuman järjestäjille.", True),
        ("Uppgifterna säljs inte.", True),
        ("Uppgifterna i registret utelämnas inte åt några andra aktörer.", True),
        ("Your data is never sent to third parties.", True),
        ("The data is not used for advertising, profiling, or sold to third parties.", True),
        ("Emme jaa tietoa ulos kellekään.", True),
        ("Dessa uppgifter ges ej vidare till tredje part.", True),
        ("Uppgifterna ges inte ut till utomstående.", True),
        ("No data is transferred to third parties or outside EU.", True),
        ("Data is transferred to the United States.", False),
        # A transfer abroad, the data subject giving data, where the data comes from: no recipient.
        ("Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.", False),
        ("Tietojen luovuttaminen on vapaaehtoista, mutta ilman niitä emme voi toimittaa tilausta.", False),
        ("Tiedot saadaan asiakkaalta itseltään.", False),
        # The data subject giving their data, a processor, a word that only begins like a verb.
        ("Tallennamme tietoja tilanteista, joissa asiakas luovuttaa tietojaan.", False),
        ("Oppilaan mahdollisesti luovuttamia tietoja säilytetään kolmen vuoden ajan.", False),
        ("Tietoja luovutetaan palveluntarjoajille, jotka käsittelevät niitä lukuumme.", False),
        ("Julkaisemme koosteen sellaisessa muodossa, ettei se sisällä henkilötietoja.", False),
        ("Manuaalinen aineisto avainten luovutuksen osalta.", False),
        ("We collect data from the forms you fill in.", False),
    ],
)
def test_a_sentence_that_says_whether_data_is_disclosed(sentence, disclosed):
    assert says_whether_data_is_disclosed(sentence) is disclosed


def test_a_sentence_on_disclosures_is_read_where_no_section_answers_them():
    # WordPress's stock notice: "Minne lähetämme tietosi" speaks of a spam filter, and then of recipients.
    notice = (
        "## Rekisterinpitäjä\n\nKuvaamo Lehto, Puistokatu 2, 40100 Jyväskylä\n\n"
        "## Mitä tietoja keräämme\n\nKeräämme lomakkeella nimen ja sähköpostiosoitteen.\n\n"
        "## Minne lähetämme tietosi\n\n"
        "Vierailijoiden lähettämiä tietoja saatetaan tarkistaa automatisoidun roskapostinestopalvelun "
        "kautta. "
        "Tietoja ei lähetetä kolmansille osapuolille.\n"
    )
    register = _register(notice, "seloste.md")
    assert register.disclosures_text == "Tietoja ei lähetetä kolmansille osapuolille."


def test_whether_data_goes_to_third_parties_is_the_disclosures_answer_also_in_the_security_section():
    # A published notice (corpus dev document en-072, plain text without headings): the paragraph on who
    # may access the data ends "No data is transferred to third parties or outside EU."
    document = CORPUS / "documents" / "en-072.txt"
    register = _register(document.read_text(encoding="utf-8"), "en-072.txt")
    assert register.disclosures_text == "No data is transferred to third parties or outside EU."


def test_the_recipients_named_at_the_end_of_the_sources_answer_the_disclosures_too():
    notice = (
        "## Rekisterinpitäjä\n\nKuvaamo Lehto, Puistokatu 2, 40100 Jyväskylä\n\n"
        "## Säännönmukaiset tietolähteet\n\n"
        "Tiedot saadaan asiakkaalta itseltään tilauksen yhteydessä. Osoitetietoja päivitetään "
        "Postin osoitepalvelusta. Tietoja luovutetaan Verohallinnolle lain edellyttämissä tapauksissa.\n\n"
        "## Tietojen säilytys\n\nTiedot poistetaan kuuden vuoden kuluttua.\n"
    )
    register = _register(notice, "seloste.md")
    assert register.sources_text.startswith("Tiedot saadaan asiakkaalta")
    assert register.disclosures_text == "Tietoja luovutetaan Verohallinnolle lain edellyttämissä tapauksissa."


@pytest.mark.parametrize(
    ("notice_language", "recipients", "processor"),
    [
        (
            "fi",
            "## Tietojen luovutukset\n\nTietoja ei luovuteta kolmansille osapuolille.",
            "Analytiikkapalvelu toimii henkilötietojen käsittelijänä rekisterinpitäjän lukuun.",
        ),
        (  # a guard: the English sentence model moves this one already
            "en",
            "## Disclosures\n\nData is not disclosed to third parties for marketing purposes.",
            "The analytics service acts as a personal data processor on behalf of the controller.",
        ),
    ],
)
def test_a_processor_presented_among_the_disclosures_is_the_processors_answer(
    notice_language, recipients, processor
):
    controller = "## Rekisterinpitäjä\n\n" if notice_language == "fi" else "## Controller\n\n"
    notice = f"{controller}Kuvaamo Lehto Oy, Puistokatu 2, 40100 Jyväskylä\n\n{recipients} {processor}\n"
    register = _register(notice, "seloste.md")
    assert register.disclosures_text == recipients.split("\n\n")[1]
    assert processor in register.processors_text


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Step2Fit toimii henkilötietojen käsittelijänä ja noudattaa GDPR-vaatimuksia.", True),
        ("Analystjänsten fungerar som personuppgiftsbiträde för den personuppgiftsansvarige.", True),
        ("The analytics service acts as a personal data processor on behalf of the controller.", True),
        # Says to whom the data goes: the disclosures' answer too.
        ("We share information only with trusted processors necessary to deliver our services:", False),
        ("Tietoja luovutetaan palveluntarjoajille, jotka toimivat käsittelijöinä lukuumme.", False),
        ("Tietoja ei luovuteta kolmansille osapuolille.", False),
    ],
)
def test_a_sentence_that_states_a_processor_role(sentence, role):
    assert states_a_processor_role(sentence) is role


def test_whose_data_the_data_section_keeps_is_the_data_subjects():
    notice = (
        "## Rekisterinpitäjä\n\nPihatyö Virtanen Oy, Kuusikuja 3, 33100 Tampere\n\n"
        "## Rekisterin tietosisältö\n\n"
        "Rekisteri pitää sisällään tietoja potentiaalisista asiakkaista. Tietomerkinnät ovat mm. nimi, "
        "osoite, sähköpostiosoite ja puhelinnumero.\n\n"
        "## Säilytysaika\n\nTiedot poistetaan kahden vuoden kuluttua.\n"
    )
    register = _register(notice, "seloste.md")
    assert register.data_subjects_text == "Rekisteri pitää sisällään tietoja potentiaalisista asiakkaista."
    assert register.data_collected_text.startswith("Tietomerkinnät ovat mm. nimi")


def test_a_recipient_named_in_a_section_read_sentence_by_sentence_is_the_disclosures():
    # A whole notice under a heading that names no field ("Rekisteriseloste") is shared sentence by sentence
    # among the fields the section seems to answer; the sentence naming recipients is none of them.
    section = Section(
        "Rekisteriseloste",
        level=3,
        blocks=[
            Block("paragraph", "Seuraavat tiedot tallennetaan: käyttäjätunnus ja salasanan tiiviste."),
            Block("paragraph", "Rekisterin tiedot voidaan luovuttaa kyseisen tapahtuman järjestäjille."),
        ],
    )
    pieces = _by_sentence(section, classify.model(), {"data_collected", "contact_person"}, 0.9)
    assert [(p.field, p.text) for p in pieces if "järjestäjille" in p.text] == [
        ("disclosures", "Rekisterin tiedot voidaan luovuttaa kyseisen tapahtuman järjestäjille.")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Käsittelemme tietoja yhteydenottoihin vastaamiseksi ja asiakassuhteen hoitamiseen.",
        "Rekisteriin kuuluvia tietoja käytetään virheiden ja tietomurtoyritysten jäljittämiseen.",
        "Henkilötietoja käsitellään seuraaviin tarkoituksiin:",
        "Käytämme tietoja ensisijaisesti hallinnoidaksemme tilauksia.",
        "Personuppgifter används för kommunikation, kundservice och fakturering.",
        "Registret används för att skicka ut fakturor.",
        "Vi behandlar dina personuppgifter för att kunna ge dig en offert.",
        "We use the details you provide to keep you updated about our activities.",
        "We process your personal data for the following purposes:",
        "The reason for handling this data is to allow event signup at conventions.",
    ],
)
def test_a_sentence_saying_what_the_data_is_used_for_states_the_purpose(sentence):
    assert states_its_topic(sentence) == "purpose"


@pytest.mark.parametrize(
    "sentence",
    [
        # What the data is not used for, how long it is kept, what it is: not the purpose.
        "Uppgifterna i registret används inte för profilering eller automatiskt beslutsfattande.",
        "Tietoja ei käytetä markkinointiin.",
        "Käsittelemme tietoja vain niin kauan kuin tarvitsemme niitä rekisterin tarkoituksen mukaisessa "
        "toiminnassa.",
        "Uppgifterna behandlas för två år.",
        "Käsittelemme henkilötietojasi huolellisesti.",
        "Henkilötietoja käsitellään EU:n alueella.",
        # The reason of the sentence before it (here, of keeping the data).
        "Orsaken är att klubbens verksamhet utvecklas hela tiden.",
    ],
)
def test_a_sentence_on_the_data_that_says_no_use_states_no_purpose(sentence):
    assert states_its_topic(sentence) != "purpose"


def test_the_purpose_said_in_a_sentence_of_another_section_is_the_purpose():
    # A notice with no purpose heading says what the data is for at the end of its data section.
    notice = (
        "## Rekisterinpitäjä\n\nKahvila Kuura Oy, Rantakatu 4, 90100 Oulu\n\n"
        "## Rekisterin tietosisältö\n\nNimi, puhelinnumero ja sähköpostiosoite. Käytämme asiakkaiden "
        "tietoja pöytävarausten hoitamiseen ja tilausten toimittamiseen.\n\n"
        "## Säilytysaika\n\nTiedot poistetaan vuoden kuluttua.\n"
    )
    register = _register(notice, "seloste.md")
    assert register.purpose_text == (
        "Käytämme asiakkaiden tietoja pöytävarausten hoitamiseen ja tilausten toimittamiseen."
    )
    assert register.data_collected_text == "Nimi, puhelinnumero ja sähköpostiosoite."


def test_a_use_of_the_data_that_names_its_basis_stays_with_the_basis():
    # "… panemiseksi (6 art. 1 b)" says what the data is used for in the words of a basis: under the
    # basis heading it is the basis, not a purpose moved out of it.
    notice = (
        "## Rekisterinpitäjä\n\nLattiatyö Laine Oy, Teollisuuskatu 9, 33700 Tampere\n\n"
        "## Miksi käytämme tietojasi\n\n- Tarjousten tekeminen\n- Laskutus\n\n"
        "## Oikeusperuste\n\nKäsittelemme tietoja sopimuksen täytäntöön panemiseksi (GDPR 6 art. 1 b) sekä "
        "oikeutetun etumme perusteella asiakasviestintään.\n"
    )
    register = _register(notice, "seloste.md")
    assert "panemiseksi" in register.legal_basis_text
    assert "panemiseksi" not in register.purpose_text
    assert register.purpose_text == "- Tarjousten tekeminen\n- Laskutus"


def test_the_following_data_and_its_list_are_the_data_collected_whatever_they_are_for():
    notice = (
        "## Rekisterinpitäjä\n\nSiivous Sirola Oy, Koulukatu 1, 15100 Lahti\n\n"
        "## Käsiteltävät tiedot\n\nKäsittelemme seuraavia henkilötietoja palvelun toimittamiseksi ja "
        "laskutuksen hoitamiseksi:\n\n- nimi\n- osoite\n- puhelinnumero\n\n"
        "## Käsittelyn tarkoitus\n\nTietoja käytetään siivouspalvelun toimittamiseen.\n"
    )
    register = _register(notice, "seloste.md")
    assert register.data_collected_text.startswith("Käsittelemme seuraavia henkilötietoja")
    assert register.data_collected_text.endswith("- puhelinnumero")
    # The line says what the data is for as well: it answers the purpose too, without its list
    # (LABELLING.md: a sentence that answers both goes into both).
    assert register.purpose_text.endswith("Tietoja käytetään siivouspalvelun toimittamiseen.")
    assert "laskutuksen hoitamiseksi:" in register.purpose_text
    assert "- nimi" not in register.purpose_text


def test_a_field_answered_only_by_a_moved_sentence_still_reads_its_own_sentences_elsewhere():
    # The data section's "Rekisteri pitää sisällään tietoja …" moves to the data subjects; that does not
    # answer the question so fully that the sentence on the other group, under the general heading, is
    # no longer read.
    notice = (
        "## Rekisterinpitäjä\n\nRakennus Koivu Oy, Sahakatu 5, 80100 Joensuu\n\n"
        "## Yleistä\n\nKäsittelemme myös yhteistyökumppaniemme yhteyshenkilöiden tietoja.\n\n"
        "## Rekisterin tietosisältö\n\n"
        "Rekisteri pitää sisällään tietoja potentiaalisista asiakkaista. Tietomerkinnät ovat mm. nimi, "
        "osoite, sähköpostiosoite ja puhelinnumero.\n\n"
        "## Säilytysaika\n\nTiedot poistetaan kahden vuoden kuluttua.\n"
    )
    register = _register(notice, "seloste.md")
    assert "potentiaalisista asiakkaista" in register.data_subjects_text
    assert "yhteistyökumppaniemme yhteyshenkilöiden" in register.data_subjects_text


def test_a_purpose_section_that_runs_on_into_the_basis_ends_where_the_basis_begins():
    notice = (
        "## Rekisterinpitäjä\n\nSovellustalo Aalto Oy, Satamakatu 3, 20100 Turku\n\n"
        "## Henkilötietojen käsittelyn tarkoitus\n\n"
        "Käyttäjien henkilötietoja käsitellään sovelluksen tuottamiseen ja kehittämiseen. "
        "Käsittelyperusteena on sopimuksen täytäntöönpano.\n\n"
        "## Säilytysaika\n\nTiedot poistetaan, kun käyttäjätili suljetaan.\n"
    )
    register = _register(notice, "seloste.md")
    assert register.purpose_text == (
        "Käyttäjien henkilötietoja käsitellään sovelluksen tuottamiseen ja kehittämiseen."
    )
    assert register.legal_basis_text == "Käsittelyperusteena on sopimuksen täytäntöönpano."


@pytest.mark.parametrize(
    "sentence",
    [
        "This Privacy Policy applies to the users of our websites as well as to our customers and partners.",
        "Tämä tietosuojaseloste koskee asiakkaitamme ja yhteistyökumppaneidemme yhteyshenkilöitä.",
        "Denna dataskyddsbeskrivning gäller kunder och besökare på webbplatsen.",
    ],
)
def test_a_notice_saying_whom_it_concerns_says_whose_data(sentence):
    assert says_whose_data(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "This policy applies to our website and its subdomains.",
        # Where the data comes from: the sources, though the source is the person ("from the member").
        "Personal data is primarily collected from the member themselves:",
        "Tämä seloste koskee verkkosivustoamme.",
    ],
)
def test_a_notice_concerning_a_website_or_a_source_says_no_whose_data(sentence):
    assert not says_whose_data(sentence)


def test_a_basis_line_under_purpose_and_basis_is_the_basis_only():
    # "Legal basis: …" after each purpose names the basis by its label: it is no purpose of its own.
    notice = (
        "# Privacy Policy\n\n"
        "## Controller\n\nKattohuolto Niemi Oy, Rantakatu 4, 90100 Oulu\n\n"
        "## Purpose and legal basis\n\n"
        "- Responding to contact and quote requests. Legal basis: legitimate interest and your consent.\n"
        "- Technical operation and security of the website. Legal basis: legitimate interest.\n\n"
        "## Retention\n\nMessages are deleted two years after the last contact.\n"
    )
    register = _register(notice, "privacy.md")
    assert "Responding to contact and quote requests." in register.purpose_text
    assert "Legal basis" not in register.purpose_text
    assert "Legal basis: legitimate interest and your consent." in register.legal_basis_text


def test_one_sentence_under_purpose_and_basis_answers_what_it_says_it_answers():
    def texts(sentence: str) -> tuple[str, str]:
        notice = (
            "# Tietosuojaseloste\n\n"
            "## Rekisterinpitäjä\n\nBetonilattia Mäkinen Oy, Tehdaskatu 5, 20100 Turku\n\n"
            f"## Henkilötietojen käsittelyn tarkoitus ja oikeusperuste\n\n{sentence}\n\n"
            "## Säilytysaika\n\nTiedot poistetaan kahden vuoden kuluttua.\n"
        )
        register = _register(notice, "seloste.md")
        return register.purpose_text, register.legal_basis_text

    basis = "Käsittelyn oikeusperuste on oikeutettu etu (yhteydenottopyyntöihin vastaaminen)."
    assert texts(basis) == ("", basis)
    # Naming a purpose and then its basis, the sentence answers both.
    both = "Asiakassuhteen hoitaminen – sopimus (6 art. 1 b)."
    assert texts(both) == (both, both)


def test_a_sub_heading_that_names_a_group_of_the_data_stays_with_its_text():
    notice = (
        "# Tietosuojaseloste\n\n"
        "## Rekisterinpitäjä\n\nKuljetus Salo Oy, Satamatie 8, 20100 Turku\n\n"
        "## Käsittelemämme henkilötiedot\n\n"
        "### Itse annetut tiedot\n\nNimi, sähköpostiosoite, puhelinnumero ja toimitusosoite.\n\n"
        "### Automaattisesti kerätyt tiedot\n\nIP-osoite, selaimen tyyppi ja käyntien ajankohdat.\n\n"
        "## Tietojen säilytysaika\n\nTiedot poistetaan kahden vuoden kuluttua asiakkuuden päättymisestä.\n"
    )
    collected = _register(notice, "seloste.md").data_collected_text
    assert "Itse annetut tiedot\nNimi, sähköpostiosoite" in collected
    assert "Automaattisesti kerätyt tiedot\nIP-osoite" in collected


def test_a_heading_that_starts_another_field_is_not_kept_in_the_text():
    notice = (
        "# Tietosuojaseloste\n\n"
        "## Rekisterinpitäjä\n\nKuljetus Salo Oy, Satamatie 8, 20100 Turku\n\n"
        "## Käsittelemämme henkilötiedot\n\nNimi, sähköpostiosoite, puhelinnumero ja toimitusosoite.\n\n"
        "### Tietojen säilytysaika\n\nTiedot poistetaan kahden vuoden kuluttua asiakkuuden päättymisestä.\n"
    )
    register = _register(notice, "seloste.md")
    assert "säilytysaika" not in register.data_collected_text.casefold()
    assert register.retention_text == "Tiedot poistetaan kahden vuoden kuluttua asiakkuuden päättymisestä."


def test_a_sub_heading_is_kept_only_where_the_answer_is_made_of_named_parts():
    # A purpose sub-heading is the purpose's own heading, not a part of its text; a question under the
    # data collected asks the field's question again.
    notice = (
        "# Tietosuojaseloste\n\n"
        "## Rekisterinpitäjä\n\nKuljetus Salo Oy, Satamatie 8, 20100 Turku\n\n"
        "## Henkilötietojen käsittelyn tarkoitukset\n\n"
        "### Asiakassuhteen hoitaminen\n\nKäytämme tietoja tilausten toimittamiseen ja laskutukseen.\n\n"
        "## Käsittelemämme henkilötiedot\n\n"
        "### Mitä tietoja keräämme sivustolla?\n\nIP-osoite, selaimen tyyppi ja käyntien ajankohdat.\n"
    )
    register = _register(notice, "seloste.md")
    assert "Käytämme tietoja tilausten toimittamiseen" in register.purpose_text
    assert "Asiakassuhteen hoitaminen" not in register.purpose_text
    assert "IP-osoite" in register.data_collected_text
    assert "Mitä tietoja" not in register.data_collected_text


def test_under_a_heading_that_asks_nothing_each_sentence_answers_what_it_says():
    # "Övrigt" / "Muut tiedot" / "Other information" ask no question of their own: the section is not one
    # field's answer, whatever the words under it look like together.
    notice = (
        "# Dataskyddsbeskrivning\n\n## Medlemsregister\n\n"
        "Föreningen för ett register över sina medlemmar.\n\n"
        "- Uppgifterna som behandlas är namn och e-postadress.\n"
        "- Uppgifterna sparas så länge du är medlem.\n\n"
        "## Övrigt\n\n"
        "- Personuppgiftsansvarig: Seglarklubben rf.\n"
        "- Du har rätt att lämna in ett klagomål till dataombudsmannen.\n"
    )
    register = _register(notice, "beskrivning.md")
    assert "klagomål" in (register.other_rights_text or "")


def test_headings_that_ask_nothing_of_their_own():
    for heading in ("Muut tiedot", "8. Muut asiat", "Övrigt", "Other information"):
        assert asks_nothing(heading), heading
    for heading in ("Muut rekisteröidyn oikeudet", "Lisätietoja ja yhteydenotot", "Rekisterinpitäjä"):
        assert not asks_nothing(heading), heading


def test_a_sentence_going_on_about_the_one_before_it_answers_the_same_field():
    # "The contract is …" alone reads as whatever the section answers; after the sentence stating the
    # basis, in the same list item, it says what that basis is.
    section = Section(
        "Event attendees",
        level=2,
        blocks=[
            Block(
                "item",
                "The information processed is the information requested when registering, for "
                "example name, job title and e-mail address.",
            ),
            Block(
                "item",
                "The legal basis of processing this information is performance of a contract. "
                "The contract is a registration agreement and may be ended at any time.",
            ),
        ],
    )
    pieces = _by_sentence(section, classify.model(), {"data_collected", "disclosures"}, 0.9)
    assert [p.field for p in pieces if "registration agreement" in p.text] == ["legal_basis"]


def test_a_sentence_going_on_about_a_moved_sentence_moves_with_it():
    notice = (
        "# Privacy notice\n\n"
        "## Membership\n\n"
        "Nordic Society keeps a record of its members.\n\n"
        "- Membership data may be used for any society to member contact, such as newsletters.\n"
        "- Membership information is stored in Google Docs.\n"
        "- Legal basis of processing information is performance of a contract. The contract is a "
        "membership agreement and may be ended at any time.\n"
    )
    register = _register(notice, "notice.md")
    assert "The contract is a membership agreement" in register.legal_basis_text


def test_a_list_of_data_under_whose_data_it_is_is_the_data_not_the_data_subjects():
    # The sentence says whose data the section keeps, the list what data: the list stays with the data
    # collected, and the data subjects' text ends at the colon (fi-093, sv-011 in the corpus).
    notice = (
        "# Asiakasrekisteri\n\n## Rekisterinpitäjä\n\nKauppa Oy, Kauppakatu 1, 00100 Helsinki\n\n"
        "## Mitä henkilötietoja käsitellään?\n\n"
        "Käsittelemme rekisterissä energiatodistusten laatijoiden tietoja:\n\n"
        "- nimi\n- henkilötunnus\n- sähköpostiosoite\n- osoite\n\n"
        "## Säilytysaika\n\nTietoja säilytetään viisi vuotta.\n"
    )
    register = _register(notice, "seloste.md")
    assert register.data_subjects_text == "Käsittelemme rekisterissä energiatodistusten laatijoiden tietoja:"
    assert "- henkilötunnus" in register.data_collected_text


class _WhoseDataModel:
    """A sentence model that reads every text as saying whose data (as the section model may read a
    sentence with its list): the list itself decides."""

    def sentence(self, text):
        return {"data_subjects": 0.6, "data_collected": 0.4}


@pytest.mark.parametrize(
    ("items", "answers"),
    [
        (["- nimi", "- henkilötunnus", "- sähköpostiosoite"], None),
        (["- asiakkaamme", "- yhteistyökumppanimme"], "data_subjects"),
    ],
)
def test_a_list_under_whose_data_it_is_answers_the_data_subjects_only_if_it_names_people(items, answers):
    # Whatever the sentence model reads the sentence and its list as (the model's answer on the whole
    # document depends on its training): the list decides.
    intro = "Käsittelemme rekisterissä energiatodistusten laatijoiden tietoja:"
    blocks = [Block("paragraph", intro), *(Block("item", item) for item in items)]
    section = Section("Mitä henkilötietoja käsitellään?", level=2, blocks=blocks)
    read = [Piece("data_subjects", intro, 0.7, section.heading, section)]
    found = _list_field(blocks, 0, read, _WhoseDataModel())
    assert (found and found.field) == answers


def test_a_list_of_groups_under_whose_data_it_is_stays_with_the_data_subjects():
    assert lists_people(["- asiakkaamme", "- yhteistyökumppanimme"])
    assert lists_people(["- members of the association"])
    assert not lists_people(["- nimi", "- henkilötunnus", "- sähköpostiosoite"])
    assert not lists_people(["- namn", "- e-postadress", "- företag"])


@pytest.mark.parametrize(
    "items",
    [
        ["- työnhakijat", "- vapaaehtoiset"],
        ["- volunteers"],
        ["- sökande", "- praktikanter"],
        ["- yrityksen asiakkaat"],
        ["- Asiakkaat, jotka tilaavat uutiskirjeen"],
        ["- kuntalaiset ja muut palautteen antajat"],
        ["- job applicants"],
        ["- journalists", "- immigrants"],
    ],
)
def test_a_list_names_people_by_the_head_of_its_phrases_whatever_the_group(items):
    # Groups no word list holds ("työnhakijat", "volunteers", "sökande") are people by the shape of the
    # phrase's head: a plural noun for people.
    assert lists_people(items)


@pytest.mark.parametrize(
    "items",
    [
        ["- asiakasnumero", "- nimi", "- puhelinnumero"],
        ["- customer ID", "- name", "- e-mail address"],
        ["- kundnummer", "- namn"],
        ["- asiakastiedot", "- jäsenmaksut", "- käyntiajat"],
        ["- membership", "- user name"],
        ["- Käsittelemme asiakkaiden tietoja laskutusta varten."],
        # Words shaped like plurals for people that name things (review34).
        ["- software", "- hardware", "- malware"],
        ["- wishlists", "- playlists", "- mailing lists"],
        ["- data center", "- restaurants", "- degrees", "- grants"],
        ["- varianter"],
        ["- Sähköiset asiakirjat"],
    ],
)
def test_data_named_after_a_group_is_not_a_list_of_people(items):
    # "asiakasnumero", "customer ID": the group names whose data it is; the phrase is about the data.
    assert not lists_people(items)


def test_anonymous_profiling_in_the_cookies_is_no_automated_decision():
    # en-076: "anonymous demographic profiling" profiles no one (Art. 4(4)); profiling of the visitor is.
    notice = (
        "# Privacy Policy\n\n## Controller\n\nExample Oy, Street 1, 00100 Helsinki\n\n"
        "## Cookies\n\nCookies are small files stored on your computer. Cookies are also used for website "
        "traffic analysis and anonymous demographic profiling so that we may improve our services.\n\n"
        "## Retention\n\nData is kept for two years.\n"
    )
    assert _register(notice, "policy.md").automated_decisions_text == ""
    profiled = notice.replace("anonymous demographic profiling", "profiling of our visitors")
    assert "profiling of our visitors" in _register(profiled, "policy.md").automated_decisions_text


@pytest.mark.parametrize(
    "sentence",
    [
        "We use statistical profiling to tailor the offers we send to you.",
        "Käytämme tilastollista profilointia, jonka perusteella sinulle kohdennetaan tarjouksia.",
        "Aggregated profiling and automated decisions about your credit limit are made by our system.",
        "We do anonymous analytics and profiling of your purchases to target you.",
    ],
)
def test_profiling_not_said_to_be_anonymous_is_an_automated_decision_statement(sentence):
    # Statistics of a person's behaviour profile them; "anonymous X and profiling" says nothing of profiling.
    from tietovirta.analysis import prose

    assert prose.Kind.AUTOMATED_DECISIONS in [s.kind for s in prose.statements(sentence)]


def test_anonymous_words_are_looked_for_just_before_each_mention(monkeypatch):
    # The whole text before each of many mentions was searched: time in the square of a sentence's length.
    from tietovirta.analysis import prose

    searched, real = [], prose._ANONYMOUS_BEFORE

    class Recording:
        def search(self, text):
            searched.append(len(text))
            return real.search(text)

    monkeypatch.setattr(prose, "_ANONYMOUS_BEFORE", Recording())
    sentence = "anonymous profiling " * 1000
    assert prose._only_anonymous_profiling(sentence)
    assert len(searched) == 1000 and max(searched) < 1000  # not the 20 000 characters before
    assert not prose._only_anonymous_profiling(sentence + "and then we do more of the profiling")


class _RequirementModel:
    """A model that reads every section as saying whether data must be given (as a model trained without
    the document may read sv-056's "Registrering")."""

    def section(self, section):
        return {"statutory_requirement": 0.8, "other": 0.2}

    def sentence(self, text):
        return {"statutory_requirement": 0.8, "other": 0.2}

    def calibrated(self, raw):
        return raw


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        (
            "Du ska registrera dig i tjänsten om du som registrerad användare vill understöda en åsikt. "
            "I vissa undersökningar är stark identifiering obligatorisk.",
            False,
        ),
        (
            "Registration in the service is required if you want to support a given opinion as a signed-in "
            "user.",
            False,
        ),
        ("Henkilötietojen antaminen on vapaaehtoista, mutta ilman niitä emme voi vastata.", True),
        ("Required information (these must be given in order to register): name, e-mail.", True),
    ],
)
def test_a_requirement_to_register_is_no_requirement_to_give_data(body, kept):
    # Art. 13(2)(e) asks whether giving the data is required; registering for a service to use a feature
    # is not that (sv-056, en-077).
    from tietovirta.importer.assign import assign

    section = Section("Registrering", level=2, blocks=[Block("paragraph", body)])
    pieces = assign([section], _RequirementModel())
    assert any(p.field == "statutory_requirement" for p in pieces) == kept


@pytest.mark.parametrize(
    ("intro", "source"),
    [
        ("Tilauslomakkeen kautta keräämme seuraavat tiedot:", True),
        ("Voimme käsitellä tietoja, jotka annat meille itse sähköpostilla tai puhelimitse:", True),
        ("Personal data submitted by the customer during a product order may include the following:", True),
        ("Käsittelemme seuraavia tietoja:", False),
        ("The data controller for bookings made through this website is:", False),
        # A list of where the data is kept or who processes it (review34).
        ("Käsittelemme tietoja seuraavien järjestelmien avulla:", False),
        ("We store the data via the following processors:", False),
    ],
)
def test_a_data_list_introduced_by_where_the_data_comes_from_answers_the_sources(intro, source):
    # fi-038, fi-045, en-017: the line introducing the list names the channel or the giver; its list
    # stays with the data collected.
    assert introduces_data_by_its_source(intro) == source
    notice = (
        "# Asiakasrekisteri\n\n## Rekisterinpitäjä\n\nKauppa Oy, Kauppakatu 1, 00100 Helsinki\n\n"
        f"## Mitä tietoja käsittelemme?\n\n{intro}\n\n- nimi\n- sähköpostiosoite\n- puhelinnumero\n\n"
        "## Säilytysaika\n\nTietoja säilytetään viisi vuotta.\n"
    )
    register = _register(notice, "seloste.md")
    assert (register.sources_text == intro) == source
    assert "- sähköpostiosoite" in register.data_collected_text
    assert "- nimi" not in register.sources_text
