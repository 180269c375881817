"""Systems and processors: read from lists, compounds and sentences the way documents name them, also
services the vendor base does not know — and never a generic word, a role, the controller itself, the
service the notice is about or a word that only looks like a vendor's name."""

import pytest

from tietovirta.analysis.entities import defined_terms, is_own_name, is_service_name, named_services
from tietovirta.canonical.schema import PartyRole
from tietovirta.importer import import_bytes
from tietovirta.knowledge.vendors import mentions


def _import(body: str, controller: str = "Kauppa Oy") -> tuple:
    notice = (
        f"# Asiakasrekisteri\n\n## Rekisterinpitäjä\n\n{controller}, Kauppakatu 1, 00100 Helsinki\n\n"
        f"## Henkilötietojen käsittelijät\n\n{body}\n"
    ).encode()
    document = import_bytes(notice, "seloste.md").document
    register = document.registers[0]
    processors = {
        p.name for p in document.parties if p.role is PartyRole.PROCESSOR and p.name in register.parties
    }
    return set(register.systems), processors


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A list under the processors' heading: the name first, what it does after.
        (
            "Käytämme seuraavia alihankkijoita:\n- Supabase: tietokanta\n- Brevo — sähköposti",
            ["Supabase", "Brevo"],
        ),
        ("Tietoja käsittelevät palveluntarjoajat: Kuvio (hosting), Maksuri (maksut)", ["Kuvio", "Maksuri"]),
        ("Step2Fit: valmennusalusta treeniohjelmien toteuttamiseen.", ["Step2Fit"]),
        ("Ropecon ry's subprocessors include:\n- MongoDB Atlas", ["MongoDB Atlas"]),
        # A compound or a word that says it is a service.
        ("Lomake käyttää FormSubmit-palvelua viestin välittämiseen.", ["FormSubmit"]),
        ("Analytiikka toteutetaan palvelulla Counter.dev, joka toimii käsittelijänä.", ["Counter.dev"]),
        ("The form is delivered by email via the FormSubmit.co service.", ["FormSubmit.co"]),
        # Examples of the providers a sentence about processing for the controller gives.
        ("Käytämme palveluntarjoajia, kuten Lomakix ja Kuvio.", ["Lomakix", "Kuvio"]),
        # A verb of using that starts the line is not part of the name; a name's first word "We" or "Vi" is.
        ("- Käytämme Umami-analytiikkaa", ["Umami"]),
        ("- We Are Social: markkinointikampanjat", ["We Are Social"]),
        ("Palveluntarjoajat: Vi Play Studio (pelit), Kuvio (lomakkeet)", ["Vi Play Studio", "Kuvio"]),
        ("Tietoja käsitellään esimerkiksi Suomessa ja Ruotsissa.", []),
        # Generic words, roles, the controller and who is named as a controller: no names.
        ("Pilvipalvelut: palvelimien tarjoajat EU-alueella\nSähköpostijärjestelmät: viestinnän välitys", []),
        ("Lisätietoa: palveluntarjoajan tietosuojakäytäntö.", []),
        ("Kauppa Oy:n ICT-palveluntarjoaja ylläpitää järjestelmää.", []),
        ("Mediatalo (toiminimi), Y-tunnus 1234567-8, on rekisterinpitäjä.", []),
    ],
)
def test_services_named_the_ways_documents_name_them(text, names):
    assert [name for name, _ in named_services(text, "Kauppa Oy")] == names


def test_software_run_in_house_is_a_system_not_a_processor():
    assert named_services("Tiedot ovat MariaDB-tietokannassa ja lomake käyttää Lomakix-palvelua.") == [
        ("MariaDB", False),
        ("Lomakix", True),
    ]


@pytest.mark.parametrize(
    ("name", "own", "is_own"),
    [
        ("HHO ry", "Haaga-Helian opettajat HHO ry", True),
        ("Metropolia Ammattikorkeakoulun ICT", "Metropolia Ammattikorkeakoulu Oy", True),
        ("Planeetta", "Planeetta Internet Oy", True),
        ("Vercel", "Planeetta Internet Oy", False),
    ],
)
def test_the_controllers_own_name(name, own, is_own):
    assert is_own_name(name, own) is is_own


def test_what_is_no_name():
    assert not is_service_name("Maksunvälittäjät")
    assert not is_service_name("ICT")
    assert not is_service_name("Helsingin kaupunki")
    assert is_service_name("ServiceNow") and is_service_name("Onnimax")


def test_unknown_services_in_the_processors_section_are_systems_and_processors():
    systems, processors = _import(
        "Käytämme seuraavia palveluntarjoajia:\n- Kuvio: verkkosivujen ylläpito\n- Stripe: maksut\n"
        "- Lomakix — yhteydenottolomake"
    )
    assert {"Kuvio", "Lomakix"} <= systems
    # Listed among processors, Stripe (a payment gateway) is one.
    assert {"Kuvio", "Lomakix", "Stripe"} <= processors


def test_a_vendor_merely_mentioned_among_processors_is_not_made_one():
    systems, processors = _import(
        "Lomake lähetetään Formspree-palvelun kautta.\n\nSivustolla käytetään myös Google Fontsia "
        "(fonttien lataus), jolloin selaimesi voi olla yhteydessä Googlen palvelimiin."
    )
    assert "Google Fonts" not in processors
    assert "Formspree" in systems


def test_the_controllers_own_products_are_not_its_systems():
    systems, _ = _import(
        "Käytämme asiakastietojen käsittelyssä omaa Planeetta-järjestelmäämme ja Mailchimp-palvelua.",
        controller="Planeetta Internet Oy",
    )
    assert systems == {"Mailchimp"}


@pytest.mark.parametrize(
    "text",
    [
        "settings for text size, colour theme and visible sections",  # "Text S.A." is LiveChat's company
        "A cookie is a small text file that we transfer to your computer.",  # not WeTransfer
        "tutkimusryhmään kuuluu professori Laura Ahva ja tutkija Tuomas Mäkelä.",  # a person, not Laura
        "Tietoihin on pääsyoikeus kurssin opettajilla.",  # a sentence starting with "Tieto-"
    ],
)
def test_ordinary_words_are_no_vendors(text):
    assert mentions(text, True) == ()


def test_an_ordinary_word_vendor_still_counts_where_it_is_listed():
    assert [m.vendor.id for m in mentions("- Teams: kokoukset\n- Tieto Oyj:n palvelimet", True)] == [
        "teams",
        "tietoevry",
    ]


def test_the_items_under_a_sentence_naming_processors_are_processors_text():
    notice = (
        "# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nKauppa Oy, Kauppakatu 1, 00100 Helsinki\n\n"
        "## Missä tietoja käsitellään\n\nKaikki tiedot tallennetaan EU-alueella. "
        "Käytämme seuraavia alihankkijoita:\n\n- Kuvio — tietokanta (EU)\n- Lomakix — lomakkeet (EU)\n"
    ).encode()
    register = import_bytes(notice, "seloste.md").document.registers[0]
    assert "Kuvio — tietokanta (EU)" in register.processors_text
    assert "Lomakix — lomakkeet (EU)" in register.processors_text


def _import_sections(sections: str) -> tuple:
    notice = (
        f"# Asiakasrekisteri\n\n## Rekisterinpitäjä\n\nKauppa Oy, Kauppakatu 1, 00100 Helsinki\n\n{sections}"
    )
    document = import_bytes(notice.encode(), "seloste.md").document
    return set(document.registers[0].systems)


def test_a_name_that_says_it_is_a_service_is_a_system_in_any_section():
    # Which section a sentence lands in must not decide whether "Smoobu-palvelu" is a system.
    systems = _import_sections(
        "## Tietojen luovutus\n\nAjanvarausten tiedot välitetään Smoobu-palveluun.\n\n"
        "## Käsittelyn tarkoitus\n\nKurssipalaute kerätään järjestelmällä Norppa.\n"
    )
    assert {"Smoobu", "Norppa"} <= systems


def test_outside_the_systems_sections_a_list_item_or_our_own_service_is_no_system():
    systems = _import_sections(
        "## Tietosisältö\n\n- Nimi: etu- ja sukunimi\n- Asiakasnumero\n\n"
        "## Evästeet\n\nChat-palvelumme hyödyntää evästeitä asiakaspalvelussa.\n"
    )
    assert not ({"Nimi", "Asiakasnumero", "Chat"} & systems)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Outside the systems' lists the first word of a sentence is capitalised anyway.
        ("Ajanvaraus-palvelussa tallennetaan nimi.", []),
        ("Varaukset tehdään Smoobu-palvelussa.", ["Smoobu"]),
        ("Käytämme Umami-analytiikkaa.", ["Umami"]),
        ("MySQL-tietokanta: työkalu tietojen tallentamiseen", ["MySQL"]),
    ],
)
def test_a_service_named_outside_the_systems_lists_must_look_like_a_name(text, names):
    assert [name for name, _ in named_services(text, compounds=True)] == names


def test_a_term_the_document_defines_for_itself_is_no_service():
    text = "This policy covers the pages of Konecranes (“Site”). We improve the content via the Site."
    terms = defined_terms(text)
    assert "site" in terms
    assert named_services(text, terms=terms, compounds=True) == []
    # A vendor the base knows stays one even where the document names it as a term.
    assert "google" not in defined_terms('Google Analytics, a service provided by Google Inc. ("Google").')
