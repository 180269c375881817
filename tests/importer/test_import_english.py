"""How English privacy notices are written: the controller named in a sentence or a run-on label line,
sentences whose subject is the data ("Your information is stored for …"), a title naming the controller,
and a page of short notices, one per activity."""

from tietovirta.analysis.bases import states_the_basis
from tietovirta.analysis.text import states_its_topic
from tietovirta.importer import import_bytes, values


def _import(text: str, filename: str = "notice.md"):
    return import_bytes(text.encode("utf-8"), filename).document


def test_the_controller_named_before_is_the_controller():
    info = values.parse_organization(
        "Kahvila Kuppi Oy (business ID 1234567-8), Kauppakatu 1, 00100 Helsinki, is the controller."
    )
    assert (info.name, info.business_id.value, info.city) == ("Kahvila Kuppi Oy", "1234567-8", "Helsinki")
    info = values.parse_organization(
        "This Privacy Policy applies to FRSH nearby, which acts as the data controller. The data controller "
        "is responsible for the processing of personal data."
    )
    assert info.name == "FRSH nearby"
    info = values.parse_organization("Expats.fi is operated by the Expats.fi founding team, who decide why.")
    assert info.name == "Expats.fi founding team"


def test_a_controller_that_is_responsible_is_no_name():
    assert values.parse_organization("The data controller is responsible for the processing.").name == ""


def test_labels_run_into_the_name_line_are_cut_off():
    info = values.parse_organization(
        "Sharetribe Ltd Business ID (Finland): 2432359-2 Address: Bulevardi 14, 00120 Helsinki"
    )
    assert (info.name, info.street_address, info.postal_code) == ("Sharetribe Ltd", "Bulevardi 14", "00120")
    assert values.parse_organization("Data controller is Arttu Hanska (email: arttu@example.fi).").name == (
        "Arttu Hanska"
    )
    assert values.parse_organization("Controller: Nordic RSE ry. Contact: chat").name == "Nordic RSE ry"


def test_the_name_beside_the_business_id_beats_a_place_with_an_organisation_word():
    info = values.parse_organization(
        "Data Controller\nLeville.net (Business ID: 2965553-7)\nLevi Center, 99130 Sirkka, Finland"
    )
    assert info.name == "Leville.net"
    info = values.parse_organization("Privacy notice - Ubigu Oy\nKauppakatu 1, 00100 Helsinki")
    assert info.name == "Ubigu Oy"


def test_a_block_with_company_form_and_business_id_replaces_a_contact_desk_read_first():
    result = import_bytes(
        "# Privacy policy\n\n## Customer Service\n\nTel. +358 20 743 2530, info@shop.fi\n\n"
        "## Registrar\n\nDesign Shop Oy\nBusiness ID: 1907012-1\nIso-Heikkiläntie 6\n20200 Turku\n\n"
        "## Collected personal data\n\nWe collect your name, address and e-mail address.\n".encode(),
        "notice.md",
    )
    doc = result.document
    assert doc.organization.name == "Design Shop Oy"
    # The review page shows the name with the block it came from, once.
    shown = [f for f in result.fields if f.field == "organization.name"]
    assert [f.value for f in shown] == ["Design Shop Oy"]
    assert doc.organization.business_id == "1907012-1"


def test_a_sentence_naming_the_controller_in_a_section_of_several_topics():
    doc = _import(
        "### Privacy policy\n\nData controller is Arttu Hanska (email: arttu.hanska@example.fi). This "
        "privacy policy deals with the signup application's user information. The following information "
        "will be saved:\n\n- A user ID\n- Usage logs with timestamps\n\nThe registry resides in the EU.\n\n"
        "### Changelog\n\n25.7.2022 (Arttu Hanska) - First version\n"
    )
    assert doc.organization.name == "Arttu Hanska"


def test_english_sentences_whose_subject_is_the_data_say_what_they_answer():
    assert states_its_topic("Your information is stored for at most one year after the event.") == "retention"
    assert states_its_topic("Personally identifiable information is removed after the event.") == "retention"
    assert states_its_topic("Data is stored on secure servers within the EU/EEA.") == "transfers"
    assert states_its_topic("The registry resides in the United States at Amazon's AWS.") == "transfers"
    assert states_its_topic("The office is located in Helsinki.") == ""
    assert states_its_topic("Your data is never sent to third parties.") == "disclosures"
    assert states_its_topic("F-Secure will not sell or lease your information to any third parties.") == (
        "disclosures"
    )
    assert states_its_topic("The information processed is the name and e-mail address.") == "data_collected"
    assert states_its_topic("The information is obtained directly from the individual.") == "sources"
    assert states_its_topic("Your registration information will be used to organise the event.") == "purpose"
    # A sentence that only mentions data says nothing of these by itself.
    assert states_its_topic("Personal data is processed by the staff.") == ""
    assert states_its_topic("We care about your data.") == ""


def test_a_list_of_sentences_under_one_heading_goes_to_the_fields_they_answer():
    doc = _import(
        "# Privacy notice\n\nKerho ry keeps a record of its members.\n\n## Members\n\n"
        "- The information processed is the name, e-mail address and municipality of residence.\n"
        "- Your information is stored for as long as you are a member.\n"
        "- The legal basis of processing is performance of a contract.\n"
        "- Membership data is not disclosed to third parties.\n"
    )
    reg = doc.registers[0]
    assert "stored for as long as you are a member" in reg.retention_text
    assert "performance of a contract" in reg.legal_basis_text
    assert "not disclosed to third parties" in reg.disclosures_text
    assert "municipality of residence" in reg.data_collected_text
    assert "stored for as long" not in reg.data_collected_text


def test_a_title_naming_the_controller_names_no_register():
    doc = _import(
        "# Privacy Policy – Myrak Oy\n\n## Controller\n\nMyrak Oy\nBusiness ID: 1234567-8\n\n"
        "## Purposes\n\nWe use your data to answer your questions.\n"
    )
    assert doc.organization.name == "Myrak Oy"
    assert doc.registers[0].name == "Untitled register"


_NOTICES = """# Privacy notice

This page holds the privacy notices of the association.

## Website

- We do not use any cookies on the website.
- The website is hosted by GitHub Pages.

## Membership

Kerho ry keeps a record of its members.

- The information processed is the name, affiliation and municipality of residence.
- Membership information is stored in Google Docs.
- Your information is stored for as long as you are a member.
- Legal basis of processing information is performance of a contract.

## Events

### Event attendees

- Your registration information will be used to organize the event.
- The information processed is the name, job title and affiliation.
- Your information is stored for at most one year after the end of the event.
- The legal basis of processing this information is performance of a contract.

## Other information

- Controller: Kerho ry.
- You have the right to lodge a complaint with a supervisory authority.
"""


def test_a_page_of_short_notices_per_activity_is_one_register_each():
    doc = _import(_NOTICES)
    assert [r.name for r in doc.registers] == ["Website", "Membership", "Event attendees"]
    members, attendees = doc.registers[1], doc.registers[2]
    assert "as long as you are a member" in members.retention_text
    assert "one year after the end of the event" in attendees.retention_text
    assert "one year" not in members.retention_text
    # What the page says after the notices speaks for all of them.
    assert all("lodge a complaint" in (r.other_rights_text or "") for r in doc.registers)
    assert doc.organization.name == "Kerho ry"


def test_one_such_section_is_an_ordinary_register():
    one = _NOTICES.split("## Events")[0]
    doc = _import(one)
    assert len(doc.registers) == 1


def test_question_form_headings_name_their_field():
    from tietovirta.importer.headings import known_heading

    assert known_heading("How long do we keep your data?") == {"retention": 1.0}
    assert known_heading("Where do we get your data?") == {"sources": 1.0}
    assert known_heading("What is the data used for?") == {"purpose": 1.0}
    assert known_heading("Who is responsible for your data") == {"controller": 1.0}
    assert known_heading("Do you have to give us your data?") == {"statutory_requirement": 1.0}


def test_a_storage_place_in_the_security_section_answers_both():
    doc = _import(
        "# Privacy policy\n\n## Data security\n\nAccess is restricted to necessary personnel only. "
        "Data is stored on secure servers within the EU/EEA. Passwords are hashed. "
        "Backups are encrypted.\n"
    )
    reg = doc.registers[0]
    assert "within the EU/EEA" in reg.transfers_text
    assert "within the EU/EEA" in (reg.security_text or reg.security_electronic_text or "")
    assert "Passwords are hashed" not in reg.transfers_text


def test_a_storage_period_is_not_a_purpose_list_nor_a_place():
    assert states_its_topic("This information is stored for the following purposes:") == ""
    assert states_its_topic("This data is stored within Amazon Web Services.") == ""
    assert states_its_topic("Personal data is deleted within 30 days of the request.") == "retention"


def test_an_address_line_with_the_country_after_the_city():
    info = values.parse_organization("Design Shop Oy\nIso-Heikkiläntie 6 20200 TURKU Finland")
    assert (info.street_address, info.postal_code, info.city) == ("Iso-Heikkiläntie 6", "20200", "TURKU")
    info = values.parse_organization("Asematie 7, 01300 Vantaa Business ID: 0124610-9")
    assert (info.street_address, info.city) == ("Asematie 7", "Vantaa")
    assert values.parse_organization("Kuja 1, 02100 Espoon Keskus").city == "Espoon Keskus"


def test_a_sentence_saying_where_the_data_comes_from():
    assert states_its_topic("Membership data is explicitly collected upon becoming a member.") == "sources"
    assert states_its_topic("We collect your personal data typically when you make a purchase.") == "sources"
    assert states_its_topic("However, we do not collect any information about you unless you submit it.") == (
        "sources"
    )
    # A list of what is collected is the data collected, whenever it is collected.
    assert states_its_topic("We collect the following data when you register:") == "data_collected"
    assert states_its_topic("We collect your name and email address when you register.") == ""


def test_a_source_sentence_among_the_data_collected_answers_both():
    doc = _import(
        "# Privacy notice\n\n## Personal data\n\nThe application does not collect data automatically. "
        "Personal data is requested and processed only when the user provides it, for example through a "
        "contact form. The collected data may include name, email address and the message. Nothing else "
        "is stored.\n"
    )
    reg = doc.registers[0]
    assert "only when the user provides it" in reg.sources_text
    assert "only when the user provides it" in reg.data_collected_text
    assert "name, email address" not in reg.sources_text


def test_a_short_section_gives_away_only_a_sentence_that_states_its_topic():
    doc = _import(
        "# Privacy notice\n\n## Purpose of data use\n\nThe collected personal data is used solely for "
        "processing the user's contact request. The data is not used for marketing or shared with third "
        "parties.\n\n## Retention\n\nThe data is deleted after the request has been handled.\n"
    )
    reg = doc.registers[0]
    assert "shared with third parties" in reg.disclosures_text
    assert "shared with third parties" not in reg.purpose_text
    assert "solely for processing the user's contact request" in reg.purpose_text


def test_a_legal_basis_label_inside_a_list_of_purposes():
    assert states_the_basis("Legal basis: legitimate interest and your consent.")
    assert states_the_basis("The handling basis is execution of the contract.")
    assert states_its_topic("The personal data processed is got from the person themselves.") == "sources"


def test_a_sentence_that_does_not_say_who_the_controller_is_gives_no_name():
    # Neither the sentence nor its first clause is a name.
    for text in (
        "From time to time, Firma will extend promotions, special offers and other information to customers.",
        "If you have any questions about Kuppi Ry’s privacy policy, the data we hold on you, or you would "
        "like to exercise one of your rights, please contact us: info@kuppi.fi",
        "Last update: October 1, 2015",
        "Data controller and legislative framework",
    ):
        assert values.parse_organization(text).name == "", text


def test_a_sentence_led_to_the_name_still_gives_it():
    said = "The controller for the data you share with us is Double Open Oy, Helsinki, Finland."
    assert values.parse_organization(said).name == "Double Open Oy"
    name = "Oskillaatio – Helsingin yliopiston fysikaalisten tieteiden alumnit ry"
    assert values.parse_organization(f"Yhdistyksen nimi: {name}\nY-tunnus: 3455950-7").name == name


def test_the_name_ends_where_an_alias_a_clause_an_address_or_a_date_begins():
    cases = {
        "Frosmo Ltd. (“Frosmo”, “we”, “us”)": "Frosmo Ltd",
        'Clouder Oy ("Clouder", "me", "meitä")': "Clouder Oy",
        "Mansio Group Oy (aputoiminimi Cleava Siivouspalvelut)": "Mansio Group Oy",
        "LämpöNix Oy tarjoaa asiakkailleen yhteydenottolomakkeen": "LämpöNix Oy",
        "Verkkolynx Ratkaisut Oy, Takamaanrinne, Tampere, Suomi": "Verkkolynx Ratkaisut Oy",
        "Adepta Oy · Y-tunnus 2237131-2": "Adepta Oy",
        "Art & Design Rannveig, FO: 1175053-6": "Art & Design Rannveig",
        "Tekla Corporation, December 2013": "Tekla Corporation",
    }
    for text, name in cases.items():
        assert values.parse_organization(text).name == name, text


def test_a_person_named_before_their_address_is_the_name():
    info = values.parse_organization("Aapo Virta aapo.virta@example.com\n+358 44 123 4567")
    assert (info.name, info.email) == ("Aapo Virta", "aapo.virta@example.com")
