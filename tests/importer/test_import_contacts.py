"""Who is who in a contact block: the controller's general details, the register's contact person
(whoever answers for register matters), the person responsible and the DPO."""

import pytest

from tietovirta.importer import import_bytes, values


def _import(text: str, filename: str = "doc.txt"):
    result = import_bytes(text.encode("utf-8"), filename)
    return result.document.organization, result.document.registers[0]


def test_a_contact_label_inside_the_controller_block_names_the_contact_person():
    roles = values.contact_roles("Kahvila Kuppi Oy, 1234567-8\nYhteyshenkilö: Aino Laine, 040 123 4567")
    assert roles == {"": "Kahvila Kuppi Oy, 1234567-8", "contact_person": "Aino Laine, 040 123 4567"}


def test_labels_in_swedish_and_english_and_as_a_sentence():
    roles = values.contact_roles("Kontaktperson i ärenden som gäller registret: Erik Holm")
    assert roles == {"contact_person": "Erik Holm"}
    roles = values.contact_roles(
        "The controller is Sample Ltd. The data protection contact person is Mary Hill, Manager."
    )
    assert roles == {"controller": "Sample Ltd.", "contact_person": "Mary Hill, Manager."}


def test_a_role_word_in_running_text_is_no_label():
    text = "Rekisterissä on asiakkaiden yhteyshenkilöiden tiedot."
    assert values.contact_roles(text) == {"": text}


def test_lines_after_a_one_line_label_are_the_blocks_own():
    # The address after Aino's line is the controller's; her line gives no e-mail, so she shares it.
    roles = values.contact_roles(
        "Kuppi Oy\nYhteyshenkilö: Aino Laine\nSähköposti: info@kuppi.fi\nOsoite: Kuja 1, 00100 Helsinki"
    )
    assert roles[""] == "Kuppi Oy\nSähköposti: info@kuppi.fi\nOsoite: Kuja 1, 00100 Helsinki"
    assert roles["contact_person"].startswith("Aino Laine\nSähköposti: info@kuppi.fi")
    roles = values.contact_roles("Kuppi Oy\nYhteyshenkilö: Aino Laine, aino@kuppi.fi\nOsoite: Kuja 1")
    assert roles == {"": "Kuppi Oy\nOsoite: Kuja 1", "contact_person": "Aino Laine, aino@kuppi.fi"}


def test_labels_alone_on_their_lines_cut_the_block_by_person():
    roles = values.contact_roles(
        "Rekisterinpitäjän vastuuhenkilö:\nNimi: Olli Oja\nRekisterin yhteyshenkilön yhteystiedot:\n"
        "Nimi: Sari Salo\nTietosuojavastaava:\nPekka Puro, dpo@koulu.fi"
    )
    assert roles == {
        "responsible_person": "Nimi: Olli Oja",
        "contact_person": "Nimi: Sari Salo",
        "dpo": "Pekka Puro, dpo@koulu.fi",
    }


def test_the_person_a_heading_names():
    assert values.person_role("2. Yhteyshenkilö rekisteriä koskevissa asioissa") == "contact_person"
    assert values.person_role("Ansvarsperson för registerärenden") == "contact_person"
    assert values.person_role("Vastuuhenkilö") == "responsible_person"
    assert values.person_role("Dataskyddsombud") == "dpo"
    assert values.person_role("Rekisterinpitäjä") == ""


def test_the_contact_person_of_the_controller_block_is_not_the_controller():
    org, register = _import(
        "<h2>Rekisterinpitäjä</h2><p>Rekisterinpitäjä on Puutarha Vihreä Oy (Y-tunnus 1234567-1), Puutie 3, "
        "33100 Tampere. Yhteyshenkilö on Aino Laine (aino.laine@vihrea.fi, 040 123 4567).</p>"
        "<h2>Henkilötietojen käsittelyn tarkoitus</h2><p>Tilausten toimittaminen.</p>",
        "doc.html",
    )
    assert org.name == "Puutarha Vihreä Oy"
    assert (org.phone, org.city) == ("", "Tampere")
    assert org.email == "aino.laine@vihrea.fi"  # the block gives no other address for the controller
    contact = register.contact_person
    assert (contact.name, contact.email, contact.phone) == (
        "Aino Laine",
        "aino.laine@vihrea.fi",
        "040 123 4567",
    )


def test_a_register_matters_heading_is_the_contact_person_not_the_responsible_one():
    _, register = _import(
        "<dl><dt>Ansvarsperson för registerärenden:</dt><dd>Erik Holm, utvecklingschef<br>"
        "E-post: erik.holm@exempel.fi</dd><dt>Ändamålet med behandlingen av personuppgifter:</dt>"
        "<dd>Kundservice.</dd></dl>",
        "doc.html",
    )
    assert register.contact_person.name == "Erik Holm"
    assert register.responsible_person is None


def test_the_dpo_under_the_contact_heading_goes_to_the_dpo():
    org, register = _import(
        "<h2>Yhteyshenkilö</h2><p>Yhteyshenkilö on Aino Laine, aino@kuppi.fi. Tietosuojavastaava on Pekka "
        "Puro, pekka.puro@kuppi.fi.</p><h2>Henkilötietojen käsittelyn tarkoitus</h2>"
        "<p>Asiakassuhteen hoitaminen.</p>",
        "doc.html",
    )
    assert register.contact_person.name == "Aino Laine"
    assert (org.dpo.name, org.dpo.email) == ("Pekka Puro", "pekka.puro@kuppi.fi")


def test_a_middle_dot_separates_the_name_from_the_address():
    contact = values.parse_contact("Aino Laine · aino@kuppi.fi")
    assert (contact.name, contact.email) == ("Aino Laine", "aino@kuppi.fi")


def test_the_controllers_general_details_are_no_contact_person():
    org, register = _import(
        "<h2>Rekisterinpitäjä ja yhteystiedot</h2><p>Leipomo Limppu Oy<br>Y-tunnus: 1234567-1<br>"
        "Sähköposti: info@limppu.fi<br>Puhelin: 040 765 4321</p>"
        "<h2>Henkilötietojen käsittelyn tarkoitus</h2><p>Tilausten toimittaminen.</p>",
        "doc.html",
    )
    assert (org.name, org.email) == ("Leipomo Limppu Oy", "info@limppu.fi")
    assert register.contact_person is None


def test_a_private_controller_on_the_first_line_is_no_contact_person():
    assert not values.names_a_person(values.after_controller_name("Anna Virta\nSähköposti: anna@virta.fi"))
    assert values.names_a_person("Anna Virta\nSähköposti: anna@virta.fi")


def test_a_person_named_beside_the_controllers_details_is_the_contact_person():
    block = "Leipomo Limppu\nYhteystiedot:\nMatti Mäki\nPuhelin: 040 765 4321"
    assert values.after_controller_name(block) == "Yhteystiedot:\nMatti Mäki\nPuhelin: 040 765 4321"
    _, register = _import(
        "<h2>Rekisterinpitäjä ja yhteystiedot</h2><p>Leipomo Limppu Oy<br>Y-tunnus: 1234567-1<br>"
        "Sähköposti: info@limppu.fi<br>Matti Mäki<br>Puhelin: 040 765 4321</p>"
        "<h2>Henkilötietojen käsittelyn tarkoitus</h2><p>Tilausten toimittaminen.</p>",
        "doc.html",
    )
    assert (register.contact_person.name, register.contact_person.phone) == ("Matti Mäki", "040 765 4321")


def test_an_address_for_privacy_questions_is_the_contact_even_without_a_name():
    _, register = _import(
        "<h2>Kontakt</h2><p>Frågor om hur vi behandlar dina uppgifter kan skickas till "
        "dataskydd@exempel.fi.</p>"
        "<h2>Ändamålet med behandlingen av personuppgifter</h2><p>Kundservice.</p>",
        "doc.html",
    )
    assert register.contact_person.email == "dataskydd@exempel.fi"


def test_a_name_under_a_contact_heading_is_the_contact_person():
    _, register = _import(
        "<h3>Rekisteriasioista vastaava henkilö ja/tai yhteyshenkilö</h3><h4>Nimi</h4><p>Liisa Koski</p>"
        "<h4>Yhteystiedot</h4><p>PL 35, 40014 Jyväskylä</p>"
        "<h3>Henkilötietojen käsittelyn tarkoitus</h3><p>Kurssin järjestäminen.</p>",
        "doc.html",
    )
    assert register.contact_person.name == "Liisa Koski"


def test_a_label_with_a_colon_inside_a_run_on_line():
    roles = values.contact_roles(
        "Miljöcentralen 00100 Helsingfors Tfn 0295 000 000 Kontaktpersoner: dataskydd@miljo.fi"
    )
    assert roles["contact_person"] == "dataskydd@miljo.fi"
    text = "Tiedot: nimi, yritys, yhteyshenkilö: rooli"  # lower case inside a line: a list, no label
    assert values.contact_roles(text) == {"": text}


def test_headings_that_name_the_register_contact():
    for heading in (
        "Yhteysosoite rekisteriä koskevissa asioissa",
        "Rekisteriasioita hoitava henkilö",
        "Kontaktperson för registerfrågor",
        "Contact address for matters concerning the register",
    ):
        _, register = _import(
            f"<h2>{heading}</h2><p>rekisteri@koulu.fi</p><h2>Henkilötietojen käsittelyn tarkoitus</h2>"
            "<p>Opetuksen järjestäminen.</p>",
            "doc.html",
        )
        assert register.contact_person.email == "rekisteri@koulu.fi", heading


def test_a_sentence_naming_who_answers_for_the_register():
    contact, _ = values.register_contact_in_prose(
        "Rekisteristä vastaa yhtiön toimitusjohtaja Anna Virta. Rekisteriä käytetään laskutukseen."
    )
    assert (contact.name, contact.title) == ("Anna Virta", "yhtiön toimitusjohtaja")
    contact, _ = values.register_contact_in_prose(
        "Tietosuoja-asioihin liittyviin kysymyksiin vastaa Anna Virta. Sähköpostia voi lähettää "
        "osoitteeseen anna@virta.fi."
    )
    assert (contact.name, contact.email) == ("Anna Virta", "anna@virta.fi")
    contact, _ = values.register_contact_in_prose("För registret ansvarar företagets vd Erik Holm.")
    assert contact.name == "Erik Holm"
    assert values.register_contact_in_prose("Rekisteristä vastaa Kuppi Oy.") is None


def test_the_person_a_sentence_names_fills_a_contact_with_no_name():
    _, register = _import(
        "<h2>Dataskydd</h2><p>Exempel Ab upprätthåller ett kundregister. För registret ansvarar "
        "företagets vd "
        "Erik Holm. Registret används för fakturering.</p>",
        "doc.html",
    )
    assert register.contact_person.name == "Erik Holm"


def test_a_business_id_label_is_no_name():
    contact = values.parse_contact("Business ID: 1234567-8\nEmail: board@guild.fi")
    assert (contact.name, contact.email) == ("", "board@guild.fi")



def test_a_label_alone_on_its_line_heads_the_details_up_to_a_sentence():
    roles = values.contact_roles(
        "Kuppi Oy\nRekisterinpitäjän edustaja\nAino Laine\naino@kuppi.fi\n"
        "Konsernin tietosuojavastaavan tavoittaa sähköpostitse osoitteesta dpo@kuppi.fi tai puhelimitse."
    )
    assert roles["contact_person"] == "Aino Laine\naino@kuppi.fi"
    assert roles[""].startswith("Kuppi Oy\nKonsernin tietosuojavastaavan")


def test_an_eu_representative_is_no_contact_person():
    text = "Controller's representative in the EU: Example GmbH"
    assert "contact_person" not in values.contact_roles(text)
    assert values.contact_roles("Controller's representative: Aino Laine") == {"contact_person": "Aino Laine"}


def test_shared_detail_lines_end_at_a_sentence_of_prose():
    roles = values.contact_roles(
        "Yhteyshenkilö: Aino Laine\nPuhelin: 040 123 4567\n"
        "Rekisterissä käsitellään jäsenten ja entisten jäsenten tietoja sekä tapahtumien osallistujia.\n"
        "Sähköposti: jasenet@kerho.fi"
    )
    assert roles["contact_person"] == "Aino Laine\nPuhelin: 040 123 4567"


def test_a_labelled_contact_in_text_whose_headings_were_not_recognised():
    # One paragraph of lines, as text taken out of a PDF often is: no heading is seen.
    _, register = _import(
        "<p>Tämä on Kerho ry:n tietosuojaseloste, joka kertoo miten jäsenten tietoja käsitellään.<br>"
        "2. Rekisteriasioita hoitava henkilö<br>Nimi: Aino Laine<br>"
        "Yhteystiedot: aino@kerho.fi, 040 123 4567</p>"
        "<p>Tietoja käytetään jäsenrekisterin ylläpitoon ja yhdistyksen viestintään jäsenille.</p>",
        "doc.html",
    )
    contact = register.contact_person
    assert (contact.name, contact.email, contact.phone) == ("Aino Laine", "aino@kerho.fi", "040 123 4567")


def test_a_contact_told_over_two_labelled_lines_is_one_person():
    _, register = _import(
        "Tämä on Kerho ry:n tietosuojaseloste.\n2. Rekisteriasioita hoitava henkilö\nNimi: Aino Laine\n"
        "Yhteystiedot: aino@kerho.fi, 040 123 4567\n"
    )
    contact = register.contact_person
    assert (contact.name, contact.email, contact.phone) == ("Aino Laine", "aino@kerho.fi", "040 123 4567")


def test_the_contact_under_its_own_heading_beats_a_name_beside_the_controller():
    # "Talo Koivula" (a building) beside the controller's details looks like a person's name.
    _, register = _import(
        "<h2>Rekisterinpitäjä</h2><p>Kerho ry (1234567-1)<br>Talo Koivula, Kuja 3, 20100 Turku<br>"
        "+358 44 000 0132 toimisto@kerho.fi</p><h2>Rekisteriasioiden yhteyshenkilö</h2><p>Aino Laine<br>"
        "Talo Koivula, Kuja 3, 20100 Turku<br>+358 44 000 0138 toimisto@kerho.fi</p>"
        "<h2>Henkilötietojen käsittelyn tarkoitus</h2><p>Jäsenyys.</p>",
        "doc.html",
    )
    assert (register.contact_person.name, register.contact_person.phone) == ("Aino Laine", "+358 44 000 0138")


def test_a_contact_label_standing_as_its_own_line_in_the_text():
    # "Label: value" lines are small sections of their own; the label is what names the contact.
    _, register = _import(
        "1. Vem som ansvarar\n\nDet här meddelandet gäller tjänsten på flotta.exempel.fi.\n\n"
        "Kundföretaget är personuppgiftsansvarigt för sina anställdas uppgifter. "
        "Exempel är biträde för dem.\n\n"
        "Personuppgiftsansvariges kontaktpersoner: dataskydd@exempel.fi\n\n"
        "2. Lagring\n\nUppgifter sparas medan avtalet gäller.\n"
    )
    assert register.contact_person.email == "dataskydd@exempel.fi"


def test_a_heading_naming_the_contact_for_privacy_matters_fills_it():
    _, register = _import(
        "<h2>Purpose of processing</h2><p>Customer service.</p><h2>Contact for privacy matters</h2>"
        "<p>For questions related to privacy, please contact:<br>privacy(a)example.fi</p>",
        "doc.html",
    )
    assert register.contact_person.email == "privacy@example.fi"


def test_a_contact_reached_through_the_controllers_details_given_above():
    _, register = _import(
        "<h3>1. Rekisterinpitäjä</h3><p>Leipomo Limppu Oy<br>1234567-1<br>Kuja 1, 33100 Tampere<br>"
        "Puh. 040 765 4321 info@limppu.fi</p><h3>2. Rekisteriasioita vastaava yhteyshenkilö</h3>"
        "<p>Matti Mäki<br>(yhteystiedot kohdassa 1)</p>"
        "<h3>3. Rekisterin käyttötarkoitus</h3><p>Tilaukset.</p>",
        "doc.html",
    )
    contact = register.contact_person
    assert (contact.name, contact.email, contact.phone) == ("Matti Mäki", "info@limppu.fi", "040 765 4321")


def test_a_numbered_heading_run_into_its_value():
    # Text out of a PDF: "3. Vastaava henkilö" and its value on one line.
    roles = values.contact_roles(
        "Kuja 1, 00100 Helsinki puh. 09 123 4567\n"
        "3. Vastaava henkilö toimitusjohtaja Anna Virta puh. 040 111 2222\n"
        "4. Henkilötietojen käsittelyn tarkoitus"
    )
    assert roles["contact_person"] == "toimitusjohtaja Anna Virta puh. 040 111 2222"
    text = "3. Rekisterinpitäjä ja yhteyshenkilö\nFirma Oy"
    assert values.contact_roles(text) == {"": text}


def test_the_details_under_a_label_end_at_the_next_numbered_heading():
    roles = values.contact_roles(
        "2. Yhteyshenkilö rekisteriä koskevissa asioissa\nNimi: Aino Laine\n3. Rekisterin nimi\n"
        "Jäsenrekisteri\n4. Tietosisältö\n- puhelin 040 000 0000"
    )
    assert roles["contact_person"] == "Nimi: Aino Laine"


def test_a_sentence_saying_how_the_dpo_is_reached_gives_the_dpos_details():
    org, register = _import(
        "<h2>Rekisterinpitäjä</h2><p>Kuppi Oy, Kuja 1, 00100 Helsinki<br>info@kuppi.fi</p>"
        "<h2>Yhteyshenkilö</h2><p>Aino Laine, aino@kuppi.fi</p>"
        "<p>The Group's Data Protection Officer can be reached by email at privacy@kuppi.fi and by "
        "telephone +358 29 450 7000.</p>"
        "<h2>Henkilötietojen käsittelyn tarkoitus</h2><p>Asiakassuhteen hoitaminen.</p>",
        "doc.html",
    )
    assert (org.dpo.email, org.dpo.phone) == ("privacy@kuppi.fi", "+358 29 450 7000")
    assert register.contact_person.email == "aino@kuppi.fi"


def test_a_swedish_dpo_sentence_in_another_section_is_read():
    org, _ = _import(
        "<h2>Personuppgiftsansvarig</h2><p>Kuppi Ab, Gatan 1, 00100 Helsingfors, info@kuppi.fi</p>"
        "<h2>Den registrerades rättigheter</h2><p>Du har rätt att få tillgång till dina uppgifter. "
        "Koncernens dataskyddsombud nås per e-post på adressen dpo.kontakt@kuppi.fi.</p>",
        "doc.html",
    )
    assert org.dpo.email == "dpo.kontakt@kuppi.fi"


def test_a_sentence_saying_there_is_no_dpo_gives_none():
    org, _ = _import(
        "<h2>Rekisterinpitäjä</h2><p>Kuppi Oy, info@kuppi.fi</p><h2>Tietosuojavastaava</h2>"
        "<p>Yhdistys ei ole nimittänyt tietosuojavastaavaa. Yhteydenotot: info@kuppi.fi</p>",
        "doc.html",
    )
    assert org.dpo is None or not org.dpo.name


def test_an_address_named_for_the_dpo_in_the_controllers_block_is_the_dpos():
    org, _ = _import(
        "<h2>Data controller and data protection officer</h2><p>Finnish Sample Institute<br>"
        "Katu 11, 00790 Helsinki<br>info@sample.fi<br>tietosuojavastaava@sample.fi</p>"
        "<h2>Purpose of processing</h2><p>Customer service.</p>",
        "doc.html",
    )
    assert org.dpo.email == "tietosuojavastaava@sample.fi"
    assert org.dpo.name == ""  # the institute is not its DPO's name
    assert org.email != "tietosuojavastaava@sample.fi"


def test_the_dpo_address_rule_reads_only_the_offices_own_name():
    assert values.dpo_address("info@x.fi, dpo@x.fi") == "dpo@x.fi"
    assert values.dpo_address("Dataskyddsombud@stad.fi") == "Dataskyddsombud@stad.fi"
    assert values.dpo_address("tietosuoja@x.fi, anna.dpo@x.fi") == ""
    assert values.without_dpo_addresses("info@x.fi, dpo@x.fi") == "info@x.fi, "


def test_a_heading_naming_only_the_controller_is_the_controllers_block():
    org, _ = _import(
        "### Data Controller\n\nSample Ltd\nKatu 1, 00240 Helsinki\ninfo@sample.fi\n\n"
        "### Contact\n\nMika Virta\nmika.virta@sample.fi\n\n"
        "### Name and Contact Details of the Data Protection Officer\n\nTomi Lahti\ndpo.office@sample.fi\n",
        "doc.md",
    )
    assert (org.dpo.name, org.dpo.email) == ("Tomi Lahti", "dpo.office@sample.fi")
    assert org.email == "info@sample.fi"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Yrityksen tietosuojavastaavana toimii Matti Meikäläinen (matti@yritys.fi).", "Matti Meikäläinen"),
        ("Our Data Protection Officer is Jane Smith, who can be reached at dpo@firm.fi.", "Jane Smith"),
        ("Vårt dataskyddsombud är Anna Andersson, anna.andersson@firma.fi.", "Anna Andersson"),
        ("Anna Virta toimii yhtiön tietosuojavastaavana.", "Anna Virta"),
        ("Jane Smith (Data Protection Officer), jane@firm.fi", "Jane Smith"),
        # A title in lower case before the name, or the name set beside the role with no verb.
        ("Kaupungin tietosuojavastaavana toimii hallintolakimies Anna Virta (anna@kunta.fi).", "Anna Virta"),
        ("Yhtiön tietosuojavastaava Anna Virta, puh. 040 123 4567", "Anna Virta"),
        ("Vårt dataskyddsombud Erik Holm nås på erik.holm@firma.fi.", "Erik Holm"),
        ("Our Data Protection Officer is our legal counsel Jane Smith.", "Jane Smith"),
        ("You can contact our Data Protection Officer, Jane Smith, at dpo@firm.fi.", "Jane Smith"),
        # How the DPO is reached names a channel, not a person.
        ("Tietosuojavastaavaan saa yhteyden Microsoft Teamsin kautta.", ""),
        # No person: the office, an organisation, a sentence with no name in it.
        ("Tietosuojavastaava on nimitetty.", ""),
        ("Our Data Protection Officer is available at dpo@firm.fi.", ""),
        ("Tietosuojavastaavana toimii Helsingin Kaupunki.", ""),
        ("The Group's Data Protection Officer can be reached at privacy@firm.fi.", ""),
    ],
)
def test_the_person_a_sentence_names_as_the_dpo(sentence, name):
    assert values.dpo_named(sentence) == name


def test_the_dpo_named_in_a_sentence_of_the_controllers_section():
    org, _ = _import(
        "<h2>Rekisterinpitäjä</h2><p>Kuppi Oy, Kuja 1, 00100 Helsinki, info@kuppi.fi</p>"
        "<p>Yhtiön tietosuojavastaavana toimii Pekka Puro (pekka.puro@kuppi.fi).</p>"
        "<h2>Henkilötietojen käsittelyn tarkoitus</h2><p>Asiakassuhteen hoitaminen.</p>",
        "doc.html",
    )
    assert (org.dpo.name, org.dpo.email) == ("Pekka Puro", "pekka.puro@kuppi.fi")


def test_the_dpo_named_under_the_dpo_heading():
    org, _ = _import(
        "<h2>Personuppgiftsansvarig</h2><p>Kuppi Ab, Gatan 1, 00100 Helsingfors</p>"
        "<h2>Dataskyddsombud</h2><p>Vårt dataskyddsombud är Erik Holm, erik.holm@kuppi.fi.</p>"
        "<h2>Ändamål</h2><p>Kundregister.</p>",
        "doc.html",
    )
    assert (org.dpo.name, org.dpo.email) == ("Erik Holm", "erik.holm@kuppi.fi")


def test_a_role_under_a_name_as_in_a_signature_is_that_persons_label():
    roles = values.contact_roles(
        "Kuppi Oy\nKuja 1, 00100 Helsinki\nPekka Puro\nTietosuojavastaava\npekka.puro@kuppi.fi\n040 123 4567"
    )
    assert roles == {
        "": "Kuppi Oy\nKuja 1, 00100 Helsinki",
        "dpo": "Pekka Puro\npekka.puro@kuppi.fi\n040 123 4567",
    }
    # A label followed by the person's own name is a label as usual: the line above stays where it was.
    roles = values.contact_roles("Kuppi Oy\nTietosuojavastaava\nPekka Puro\npekka.puro@kuppi.fi")
    assert roles == {"": "Kuppi Oy", "dpo": "Pekka Puro\npekka.puro@kuppi.fi"}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # The title before the name, in one word or a compound, or after it.
        ("Lakimies Anna Virta\nanna.virta@kuppi.fi", "Anna Virta", "Lakimies"),
        (
            "DWELL-hankkeen projektipäällikkö Valtteri Pirttinen",
            "Valtteri Pirttinen",
            "DWELL-hankkeen projektipäällikkö",
        ),
        ("Nina Ziessler, ansvarig sakkunnig", "Nina Ziessler", "ansvarig sakkunnig"),
        ("Martin von Willebrand, Founder", "Martin von Willebrand", "Founder"),
        # No title hides in a name's letters ("hr" in Christer).
        ("Christer Holm, christer.holm@firma.fi", "Christer Holm", ""),
        # The name, the street and the phone run into one line, as Markdown joins a block's lines.
        ("Antti Virolainen Bulevardi 14, 00120 Helsinki Phone: +358 50 5311793", "Antti Virolainen", ""),
        ("Pamela Kvarngård Puh: 06-3217300 info@saarivet.fi", "Pamela Kvarngård", ""),
        # Four capitalised words: the name, run on into the place it is reached at.
        ("Heidi Tuimala Perhetalo Heideken, Sepänkatu 3, 20700 Turku", "Heidi Tuimala", ""),
        # Only the title is kept, not the sentence the name stands in.
        ("Voit olla yhteydessä markkinointipäällikkö Liisa Laine, liisa@kuppi.fi", "Liisa Laine",
         "markkinointipäällikkö"),
    ],
)
def test_a_persons_name_and_title_in_the_forms_documents_write_them(text, name, title):
    contact = values.parse_contact(text)
    assert (contact.name, contact.title) == (name, title)


def test_a_contact_label_naming_its_matters_in_its_own_words():
    roles = values.contact_roles(
        "Company ID: 2552282-5\nContact person in case of matters relating to the processing of personal "
        "data: Duleepa Wijayawardhana, CTO, privacy@firm.fi"
    )
    assert roles["contact_person"] == "Duleepa Wijayawardhana, CTO, privacy@firm.fi"
    roles = values.contact_roles("Kontaktperson för dataskydd är Nina Ziessler, ansvarig sakkunnig.")
    assert roles == {"contact_person": "Nina Ziessler, ansvarig sakkunnig."}


def test_a_persons_details_in_a_two_column_table_under_the_contact_heading():
    # "Sähköposti" alone looks like any section that gives an address; under the contact heading it is hers.
    _, register = _import(
        "<h2>1. Rekisterinpitäjä</h2><p>Kuppi Oy, Kuja 1, 00100 Helsinki</p>"
        "<h2>2. Yhteyshenkilö</h2><table><tr><td>Nimi</td><td>Matti Meikäläinen</td></tr>"
        "<tr><td>Sähköposti</td><td>matti@kuppi.fi</td></tr><tr><td>Puhelin</td><td>040 123 4567</td></tr>"
        "</table><h2>3. Tarkoitus</h2><p>Asiakassuhteen hoito.</p>",
        "doc.html",
    )
    contact = register.contact_person
    assert (contact.name, contact.email, contact.phone) == (
        "Matti Meikäläinen",
        "matti@kuppi.fi",
        "040 123 4567",
    )


def test_the_dpo_named_with_a_title_under_the_dpo_heading():
    org, _ = _import(
        "# Tietosuojaseloste\n\n## 1. Rekisterinpitäjä\n\nKuppi Oy\n\n## 2. Tietosuojavastaava\n\n"
        "Lakimies Anna Virta\nanna.virta@kuppi.fi\n\n## 3. Tarkoitus\n\nAsiakassuhteen hoito.\n",
        "doc.md",
    )
    assert (org.dpo.name, org.dpo.title, org.dpo.email) == ("Anna Virta", "Lakimies", "anna.virta@kuppi.fi")


def test_a_person_under_the_controllers_general_contact_label_is_the_contact_person():
    _, register = _import(
        "# Privacy notice\n\n## 1. Controller\n\nKuppi Ltd\nContact: Jane Doe, CEO, jane@kuppi.fi\n\n"
        "## 2. Purpose\n\nCustomer service.\n",
        "doc.md",
    )
    contact = register.contact_person
    assert (contact.name, contact.title, contact.email) == ("Jane Doe", "CEO", "jane@kuppi.fi")


def test_the_person_on_the_line_under_a_general_contact_label():
    found = values.person_under_contact_label("Yhteystiedot:\nVeli-Pekka Salonen\nPuhelin: 040 415 7490")
    assert found is not None and (found[0].name, found[0].phone) == ("Veli-Pekka Salonen", "040 415 7490")


@pytest.mark.parametrize(
    "text",
    ["Contact: info@kuppi.fi", "Contact: Customer Service, help@kuppi.fi", "Yhteystiedot: Kuppi Oy, Kuja 1"],
)
def test_the_organisations_own_contact_under_that_label_names_no_person(text):
    assert values.person_under_contact_label(text) is None


@pytest.mark.parametrize(
    ("text", "role", "details"),
    [
        ("Kuppi Oy\nRekisterinpitäjän yhteyshenkilö: Anna Virta, anna@kuppi.fi", "contact_person",
         "Anna Virta, anna@kuppi.fi"),
        ("Kuppi Oy\nYhtiön tietosuojavastaava:\nAnna Virta, anna@kuppi.fi", "dpo",
         "Anna Virta, anna@kuppi.fi"),
        ("Kuppi Ab\nFöretagets dataskyddsombud: Erik Holm", "dpo", "Erik Holm"),
        ("Kuppi Ltd\nOur Data Protection Officer: Jane Smith", "dpo", "Jane Smith"),
    ],
)
def test_a_label_saying_whose_person_it_names(text, role, details):
    roles = values.contact_roles(text)
    assert roles[role] == details
    assert roles[""] == text.split("\n")[0]


def test_a_customers_contact_person_listed_as_data_is_no_label():
    text = "Asiakkaan yhteyshenkilö: nimi, puhelin"
    assert values.contact_roles(text) == {"": text}


@pytest.mark.parametrize("name", ["Data Protection", "Customer Service", "Privacy Team"])
def test_the_words_of_an_office_are_no_persons_name(name):
    assert not values.looks_like_name(name)


def test_the_dpo_named_in_a_general_contact_section_is_no_contact_person():
    org, register = _import(
        "<h2>1. Controller</h2><p>Kuppi Ltd, Street 1, 00100 Helsinki</p><h2>2. Contact</h2>"
        "<p>You can contact our Data Protection Officer, Jane Smith, at dpo@kuppi.fi.</p>"
        "<h2>3. Purpose</h2><p>Customer service.</p>",
        "doc.html",
    )
    assert (org.dpo.name, org.dpo.email) == ("Jane Smith", "dpo@kuppi.fi")
    assert register.contact_person is None
