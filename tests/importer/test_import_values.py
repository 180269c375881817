"""Structured values read from free text: legal bases, Y-tunnus, persons, retention, categories, sources."""

import datetime as dt

import pytest

from tietovirta.analysis import entities
from tietovirta.canonical.schema import LegalBasis, RetentionUnit, SpecialCategory
from tietovirta.importer import import_bytes, values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sopimuksellinen peruste.", "b"),
        ("Oikeutettu etu.", "f"),
        ("Suostumus", "a"),
        (
            "Asiakkuuden mahdollistaminen ja ylläpito, sopimusten mukaisten ja lakisääteisten "
            "velvollisuuksien "
            "hoitaminen.",
            "bc",
        ),
        ("Rekisterinpitäjän oikeutettu etu (omaisuuden suojaaminen).", "f"),
        ("Avtal med kunden samt bokföringslagens rättsliga förpliktelse.", "bc"),
        ("Performance of a contract; our legitimate interest; consent for newsletters.", "abf"),
        ("Hakijan pyynnöstä ennen työsopimuksen tekemistä.", "b"),
        ("Yleistä etua koskevan tehtävän suorittaminen.", "e"),
        ("Rekisteröidyn elintärkeiden etujen suojaaminen.", "d"),
        ("Koska käsittelyperuste on sopimuksellinen, ei suostumusta tarvita.", "b"),
        ("Henkilötietolain 8 § 1 momentti.", ""),
    ],
)
def test_legal_bases_from_free_text(text, expected):
    assert values.legal_bases(text) == [LegalBasis(letter) for letter in expected]


@pytest.mark.parametrize(
    ("text", "expected", "valid"),
    [
        ("Y-tunnus : 0166094-0", "0166094-0", True),
        ("Walttia Oy, 2643821-1", "2643821-1", True),
        ("Kiinteistökehitys Kuusisto Oy (2623348-6)", "2623348-6", True),
        ("Yritys Oy (y-tunnus 2651234-5)", "2651234-5", False),
        ("Business ID: 2987654-0", "2987654-0", True),
    ],
)
def test_business_id_found_and_checked(text, expected, valid):
    found = values.find_business_id(text)
    assert found is not None
    assert (found.value, found.valid) == (expected, valid)


def test_henkilotunnus_is_not_a_business_id():
    assert values.find_business_id("Henkilötunnus 010190-123A") is None


@pytest.mark.parametrize(
    ("text", "period", "unit"),
    [
        ("Tiedot säilytetään 5 vuotta asiakkuuden päättymisestä.", 5, RetentionUnit.YEARS),
        ("Tositteet säilytetään kuusi (6) vuotta.", 6, RetentionUnit.YEARS),
        ("Data is deleted 10 years after the contract ends.", 10, RetentionUnit.YEARS),
        ("Tallenteet poistuvat 30 vrk:n kuluttua.", 30, RetentionUnit.DAYS),
        ("Uppgifterna raderas två år efter det senaste köpet.", 2, RetentionUnit.YEARS),
        ("Hakemukset poistetaan kuuden kuukauden kuluttua.", 6, RetentionUnit.MONTHS),
        ("Customer data is deleted 24 months after the last order.", 24, RetentionUnit.MONTHS),
    ],
)
def test_retention_period_parsed(text, period, unit):
    found = values.find_retention(text)
    assert found is not None
    assert (found.period, found.unit) == (period, unit)


def test_retention_trigger_is_what_starts_the_period():
    found = values.find_retention(
        "Tietoja poistetaan manuaalisesti 5 vuoden kuluttua tietojen vastaanottamisesta."
    )
    assert found.trigger == "tietojen vastaanottamisesta"


def test_no_retention_period_in_vague_text():
    assert values.find_retention("Henkilötiedot säilytetään niin kauan kuin on tarpeen.") is None


def test_contact_with_title_email_and_phone():
    contact = values.parse_contact(
        "Isännöitsijä Kari Nieminen, Isännöinti Nieminen Oy, kari@example.fi, 044 555 0101"
    )
    assert (contact.name, contact.title, contact.email, contact.phone) == (
        "Kari Nieminen",
        "Isännöitsijä",
        "kari@example.fi",
        "044 555 0101",
    )


def test_contact_skips_the_company_before_the_person():
    assert values.parse_contact("Walttia Oy, Piia Vuorio, [email protected].").name == "Piia Vuorio"


def test_organization_block_with_address_and_country():
    info = values.parse_organization(
        "Kiinteistökehitys Kuusisto Oy (2623348-6)\nSatamakatu 12 LH 21, PL 66\n26101 Rauma\nSuomi"
    )
    assert (
        info.name,
        info.business_id.value,
        info.street_address,
        info.postal_code,
        info.city,
        info.country,
    ) == ("Kiinteistökehitys Kuusisto Oy", "2623348-6", "Satamakatu 12 LH 21, PL 66", "26101", "Rauma", "FI")


def test_housing_company_name_has_the_form_first():
    assert values.parse_organization("Asunto Oy Kuusiston Piha, Kuusitie 3, 00270 Helsinki").name == (
        "Asunto Oy Kuusiston Piha"
    )


@pytest.mark.parametrize(
    ("text", "street", "city"),
    [
        # a street whose name ends in no street word, before a comma and the postal code
        ("Lumo Siivous Oy\nY-tunnus: 2734567-1\nKaarnakorpi 3F, 02210 Espoo", "Kaarnakorpi 3F", "Espoo"),
        ("Kukka ry\nJuho Lallukan katu 28 A 13, 40740 Jyväskylä", "Juho Lallukan katu 28 A 13", "Jyväskylä"),
        ("Vetovoima Ltd\nKaskiportti 1, 00240 Helsinki Finland", "Kaskiportti 1", "Helsinki"),
        # a P.O. box with its visiting address in brackets
        (
            "Oulun yliopisto\nPL 8000 (Pentti Kaiteran katu 1)\n90014 OULUN YLIOPISTO",
            "PL 8000 (Pentti Kaiteran katu 1)",
            "OULUN YLIOPISTO",
        ),
        # a label after the city, in any case
        (
            "Miljöinstitutet\nLadugatan 11 00790 Helsingfors E-post: info@example.fi",
            "Ladugatan 11",
            "Helsingfors",
        ),
        ("Research Institute\nLadukaari 11 00790 Helsinki FINLAND", "Ladukaari 11", "Helsinki"),
    ],
)
def test_organization_address_read_whole(text, street, city):
    info = values.parse_organization(text)
    assert (info.street_address, info.city) == (street, city)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Yritys\nPuutarhaPro", "PuutarhaPro"),  # a table's label beside the name is not the name
        ("Omistaja\nOmistaja: Liisa Järvinen", "Liisa Järvinen"),
        ("Nimi\nNimi: Pekka Koski (yksityishenkilö)", "Pekka Koski"),
        ("Sovelluksen rekisterinpitäjä on:\nLaskuri Oy\nY-tunnus: 3123456-2", "Laskuri Oy"),
        (
            "Personuppgiftsansvarig för behandlingen av dina uppgifter i Appen är Anna Ek, "
            "Åbo (privatperson).",
            "Anna Ek, Åbo",
        ),
    ],
)
def test_organization_name_not_its_label_nor_the_line_leading_to_it(text, name):
    assert values.parse_organization(text).name == name


def test_data_categories_flag_hetu_and_special_categories():
    categories = values.data_categories(
        "Nimi, henkilötunnus, ammattiliiton jäsenyys, terveystiedot ja rikostaustaote."
    )
    assert [c.name for c in categories if c.is_hetu] == ["henkilötunnus"]
    assert {c.special_category for c in categories} >= {
        SpecialCategory.TRADE_UNION,
        SpecialCategory.HEALTH,
        SpecialCategory.CRIMINAL,
    }


def test_hetu_in_prose_is_still_flagged():
    categories = values.data_categories(
        "Asiakkaan tunnistamiseksi tallennetaan myös hetu, jos asiakas sen antaa."
    )
    assert any(c.is_hetu for c in categories)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Sähköposti, Verkkolomake, Puhelin", ["Sähköposti", "Verkkolomake", "Puhelin"]),
        ("- Sähköposti\n- Verkkosivujen lomake", ["Sähköposti", "Verkkosivujen lomake"]),
        ("arvonnat ja kilpailut, puhelin", ["Arvonnat", "Kilpailut", "Puhelin"]),
        ("Tietoja saadaan asiakkaan tekemistä rekisteröitymisistä sekä ilmoituksista.", []),
    ],
)
def test_sources_as_a_list(text, items):
    assert values.split_list(text) == items


def test_html_fragments_and_entities_become_text():
    assert values.clean_text("<p>Oikeutettu etu.</p> <p>K&auml;sittely &amp; tarkoitus</p>") == (
        "Oikeutettu etu.\n\nKäsittely & tarkoitus"
    )


def test_dates():
    assert values.parse_date("12.03.2026") == dt.datetime(2026, 3, 12)
    assert values.parse_date("2025-02-03") == dt.datetime(2025, 2, 3)
    assert values.parse_date("31.02.2025") is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Henkilötietoja käsitellään ja tiedot säilytetään", "fi"),
        ("Personuppgifterna behandlas för att hantera kundrelationer och är", "sv"),
        ("We process your personal data to deliver the orders and", "en"),
    ],
)
def test_language_detection(text, lang):
    assert values.detect_language(text) == lang


def test_an_address_after_a_bare_at_is_kept_as_written():
    text = "She can be reached by email at anna.virta@example.fi."
    assert values.find_email(values.deobfuscate_emails(text)) == "anna.virta@example.fi"
    assert values.deobfuscate_emails("anna.virta at example.fi") == "anna.virta@example.fi"


def test_an_address_pattern_is_nobodys_address():
    contact = values.parse_contact("Liisa Koski, etunimi.sukunimi@kunta.fi tai kirjaamo@kunta.fi")
    assert (contact.name, contact.email) == ("Liisa Koski", "kirjaamo@kunta.fi")
    assert values.parse_organization("Exempel Ab\nförnamn.efternamn@exempel.fi").email == ""


@pytest.mark.parametrize(
    "line",
    [
        # A label, a long number or a month before the postal code is no street.
        "Y-tunnus 1234567, 00100 Helsinki",
        "Puh 0401234567, 00100 Helsinki",
        "Lokakuu 2024, 00100 Helsinki",
        "Puhelin 040 123, 00100 Helsinki",
        "Tammikuu 15, 00100 Helsinki",
    ],
)
def test_a_label_or_a_date_before_the_postal_code_is_no_street(line):
    info = values.parse_organization(f"Kuppi Oy\n{line}")
    assert (info.street_address, info.postal_code) == ("", "00100")


@pytest.mark.parametrize(
    ("line", "street"),
    [
        ("PL 123 (00101 Helsinki)", "PL 123"),
        ("PL 123 (Kauppakatu 1))), 00101 Helsinki", "PL 123 (Kauppakatu 1)"),
        ("PL 123 (Mannerheimintie 5), 00101 Helsinki", "PL 123 (Mannerheimintie 5)"),
        ("Holmankorpi 3F, 02210 Espoo", "Holmankorpi 3F"),
        ("Koivukuja 12 B 4, 00100 Helsinki", "Koivukuja 12 B 4"),
    ],
)
def test_a_post_office_box_keeps_only_a_street_in_its_brackets(line, street):
    assert values.parse_organization(f"Kuppi Oy\n{line}").street_address == street


@pytest.mark.parametrize(
    ("line", "street"),
    [
        # Many street words on one long line, none before a postal code: the street is the one that is.
        (
            "Toimipisteet: "
            + "Kauppakatu 1 ja " * 1500
            + "muut. Käyntiosoite Mannerheimintie 123 A 45, 00100 Helsinki",
            "Käyntiosoite Mannerheimintie 123 A 45",
        ),
        ("x" * 5000 + " Pohjoisranta 2 B 10, 00170 Helsinki", "Pohjoisranta 2 B 10"),
        # The longest parts a street can have (its words and its house number's tail) are still read whole.
        (
            "Pohjois-Haagan-Kannelmäen Pitkäkosken Urheilupuistontie 101 A 12 B 4, 00100 Helsinki",
            "Pitkäkosken Urheilupuistontie 101 A 12 B 4",
        ),
    ],
)
def test_a_street_on_a_long_line_is_the_one_before_the_postal_code(line, street):
    assert values.parse_organization(f"Kuppi Oy\n{line}").street_address == street


@pytest.mark.parametrize(
    "text", ["The data is located at www.firma.fi", "Read it at firma.fi/privacy", "Mail at  www.firma.fi"]
)
def test_a_bare_at_before_a_web_address_is_a_place_not_an_address(text):
    assert values.deobfuscate_emails(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Controller of the data file: Streamr Oy, Ahventie 4, 02170 Espoo", "Streamr Oy"),
        ("Personuppgiftsansvarig för registret: Exempel Ab", "Exempel Ab"),
        ("Controller of the register is Kuppi Oy", "Kuppi Oy"),
    ],
)
def test_the_controllers_label_naming_what_it_controls_is_not_part_of_the_name(text, name):
    assert values.parse_organization(text).name == name


def test_a_street_word_longer_than_the_pattern_reads_is_not_cut_to_its_tail():
    # Not read by the bounded street pattern, the line before the postal code is still the street.
    street = "Yliopistollisensairaalanhenkilökunnanpysäköintialueentie 5"
    assert values.parse_organization(f"Kuppi Oy\n{street}, 00100 Helsinki").street_address == street


def test_the_longest_words_of_a_company_name_are_read_whole_by_the_bounded_pattern():
    text = "Palvelun tarjoaa Pohjois-Pohjanmaan Kiinteistönvälitys-ja-isännöintipalvelukeskus Oy."
    assert (
        values.COMPANY.search(text).group(1)
        == "Pohjois-Pohjanmaan Kiinteistönvälitys-ja-isännöintipalvelukeskus Oy"
    )


def test_after_a_long_hyphenated_run_the_controller_is_the_name_with_a_company_form():
    assert values.parse_organization("Ab-" * 3000 + "\nKuppi Oy, Ahventie 4, 02170 Espoo").name == "Kuppi Oy"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("LUKA ry kerää ja käsittelee henkilötietoja vain yhteydenottoja varten.", "LUKA ry"),
        ("HelSec ry will keep your membership information for the current year.", "HelSec ry"),
        (
            "We at Iron Sky Universe Oy (“ISU”) are committed to protecting your privacy.",
            "Iron Sky Universe Oy",
        ),
        (
            "Kerrokantasi is a service maintained by the city of Turku for residents to voice opinions.",
            "city of Turku",
        ),
        ("Kerrokantasi är en webbtjänst som upprätthålls av Helsingfors stad.", "Helsingfors stad"),
        (
            "Tyovuorolista.fi är en webbapplikation producerad av True Solutions Oy (FO-nummer: 3431534-2).",
            "True Solutions Oy",
        ),
        # Not presented as the one acting: another case, after other words, a vendor the base knows, a system.
        ("Medlemsregistret upprätthålls av OF system på databasen titus.ofsystem.fi.", ""),
        ("Payments are provided by Stripe.", ""),
        ("Sivustoa ylläpitää Mainostoimisto Kuutio Oy.", ""),
        ("This website is maintained by Pixel Agency Ltd.", ""),
        ("The service is provided by GDPR.", ""),
        ("Rekisteriä ylläpitää Markkinointi.", ""),
        ("Tältä sivulta löydät tietoa Pioco ry:n tietosuojasta.", ""),
        ("Palvelun tarjoaa Yritys Oy.", ""),
        ("Google Ireland Ltd processes the analytics data.", ""),
    ],
)
def test_the_controller_presented_in_prose_is_the_subject_or_the_writer(text, name):
    assert values.controller_in_prose(text) == name


def test_a_notice_that_names_its_controller_only_in_prose_names_it():
    text = (
        "<html><body><h1>Tietosuojalauseke</h1><p>LUKA ry kerää ja käsittelee henkilötietoja ainoastaan "
        "yhteydenottojen ja jäsenhakemusten käsittelyyn.</p><h2>Mitä tietoja</h2><p>Nimi ja sähköposti.</p>"
        "</body></html>"
    )
    assert import_bytes(text.encode(), "tietosuoja.html").document.organization.name == "LUKA ry"


@pytest.mark.parametrize(
    ("address", "city"),
    [
        ("PL 35, 40014 Jyväskylän yliopisto", "Jyväskylän yliopisto"),
        ("FI-00014 University of Helsinki", "University of Helsinki"),
        ("PB 4, 00014 Helsingfors universitet", "Helsingfors universitet"),
        ("Mannerheimintie 1, 00100 Helsinki", "Helsinki"),
    ],
)
def test_an_organisations_own_postal_code_has_its_name_as_the_locality(address, city):
    assert values.parse_organization(f"Kuppi Oy\n{address}").city == city


@pytest.mark.parametrize(
    ("name", "vendor"),
    [
        ("Google Ireland Ltd", True),  # a legal entity the vendor base knows
        ("HubSpot", True),
        ("Stripe Payments Europe Ltd", True),  # names a vendor in it
        ("Lapin ammattikorkeakoulu Oy", False),
        ("Helsingfors stad", False),
    ],
)
def test_whether_an_organisation_is_a_vendor_is_asked_in_one_place(name, vendor):
    # The controller-versus-vendor question is analysis.entities' own; the importer asks it there.
    assert entities.is_a_vendor(name) is vendor
    assert not hasattr(values, "is_a_vendor")


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("PQuant Oy\nAddress: Helsinki, Finland\nprivacy@example.com", "Helsinki"),
        ("Kuppi Oy\nOsoite: Jyväskylä, Suomi", "Jyväskylä"),
        ("Lapin Hunajamarja, Mourunniemen tila, Posio, Finland", "Posio"),
        ("Kuppi Oy, Finland", ""),  # a company, not a place
        ("Kuppi Oy\nKauppakatu 1, 00100 Helsinki, Finland", "Helsinki"),  # the postal code's city
    ],
)
def test_a_city_named_with_its_country_and_no_postal_code_is_the_city(text, city):
    assert values.parse_organization(text).city == city


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tekla Corporation and its affiliates understand that privacy matters.", "Tekla Corporation"),
        ("SSH Communications Security Corp collects the following data.", "SSH Communications Security Corp"),
    ],
)
def test_corporation_is_a_company_form(text, name):
    assert values.controller_in_prose(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lapin Hunajamarja, Mourunniemen tila, Posio, Finland\nmyynti@example.fi", "Lapin Hunajamarja"),
        ("Momocode Ltd (Finnish Business ID 2578144-8)\nKatu 1, 00100 Helsinki", "Momocode Ltd"),
    ],
)
def test_the_name_without_its_place_or_business_id_after_it(text, name):
    assert values.parse_organization(text).name == name


# The tails _name_candidate cuts (business ID, field label, alias, date) start where a run of blanks
# starts; with blanks before the tail's punctuation the name is read as before, and a line of a thousand
# blanks is read in linear time (bench/bench_import.py, "Hostile text").
@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Yritys Oy   ,   Y-tunnus 1234567-8", "Yritys Oy"),
        ("Yritys Oy  –  1234567-8", "Yritys Oy"),
        ("Yritys Oy ; puhelin: 040 123 4567", "Yritys Oy"),
        ("Yritys Oy  (puhelin: 040 123 4567)", "Yritys Oy"),
        ("Frosmo Ltd.   (“Frosmo”, “we”)", "Frosmo Ltd"),
        ("Ben Eriksson, Esbo   (privatperson)", "Ben Eriksson, Esbo"),
        ("Tekla Corporation   ,   December 2013", "Tekla Corporation"),
        ("Yritys Oy" + " " * 1_000 + "(y-tunnus 1234567-8)", "Yritys Oy"),
        ("Yritys" + " " * 1_000 + "Oy", ""),
    ],
)
def test_a_tail_after_blanks_is_cut_from_the_name(line, name):
    assert values._name_candidate(line) == name


# The country on a line of its own, with blanks around it but not line breaks: "^\s*" once rescanned a
# run of empty lines from each of them.
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Yritys Oy\n \t\n  Suomi  \n", "FI"),
        ("Yritys Oy\n\n\n   Finland", "FI"),
        ("Yritys Oy\n\rSverige", "SE"),
        ("Yritys Oy\nKatu 1, Suomi\n", "FI"),
        ("Yritys Oy" + "\n" * 20_000, ""),
    ],
)
def test_the_country_on_a_line_of_its_own(text, country):
    assert values.parse_organization(text).country == country


def test_blank_lines_name_no_one():
    assert values.parse_organization("\n" * 20_000).name == ""
    assert values.parse_organization("\n\n\nYritys Oy\n\n").name == "Yritys Oy"
