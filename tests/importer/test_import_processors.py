"""Processors as the document presents them (LABELLING.md): each named service or organisation the text
presents as processing the data on the controller's behalf — in the processors' section, its lists and
tables, or a sentence saying so anywhere — is a processor party, linked to its system; a service merely
named as used is not. The notice and the record of processing list such a vendor once."""

import dataclasses
import re

import pytest

from tietovirta.analysis import entities
from tietovirta.analysis.entities import listed_providers, named_processors, presents_a_processor
from tietovirta.canonical.schema import PartyRole
from tietovirta.documents import build_privacy_notice, render
from tietovirta.importer import classify, import_bytes
from tietovirta.importer.assign import SUGGEST, Piece, _heading_topics, section_probabilities, sentence_facts
from tietovirta.importer.blocks import Block
from tietovirta.importer.sections import Section
from tietovirta.knowledge.vendors import resolve

HEAD = "# Asiakasrekisteri\n\n## Rekisterinpitäjä\n\nKauppa Oy, Kauppakatu 1, 00100 Helsinki\n\n"


def _import(sections: str):
    return import_bytes((HEAD + sections).encode(), "seloste.md").document


def _processors(document) -> dict[str, list[str]]:
    """The register's processor parties: name → the systems it is linked to."""
    register = document.registers[0]
    return {
        p.name: p.systems
        for p in document.parties
        if p.role is PartyRole.PROCESSOR and p.name in register.parties
    }


def test_a_hosted_vendor_listed_among_processors_is_a_system_and_a_processor_linked_to_it():
    document = _import(
        "## Henkilötietojen käsittelijät\n\nKäytämme seuraavia palveluntarjoajia:\n"
        "- Mailchimp: uutiskirjeet\n- Kuvio — verkkosivujen ylläpito\n"
    )
    assert "Mailchimp" in document.registers[0].systems
    processors = _processors(document)
    assert processors["Mailchimp"] == ["Mailchimp"]
    assert "Kuvio" in processors


def test_a_processor_sentence_in_another_section_makes_a_processor_and_joins_the_processors_text():
    document = _import(
        "## Henkilötietojen käsittelijät\n\nKirjanpidon hoitaa tilitoimisto.\n\n"
        "## Evästeet\n\nKäytämme sivustolla Google Analyticsia. Google käyttää näitä tietoja puolestamme "
        "arvioidakseen sivuston käyttöä.\n"
    )
    # The company the sentence names, linked to the register's system of the same vendor.
    assert list(_processors(document)) == ["Google"]
    assert _processors(document)["Google"][0] in {"Google", "Google Analytics"}
    text = document.registers[0].processors_text
    assert "Kirjanpidon hoitaa tilitoimisto." in text
    assert "Google käyttää näitä tietoja puolestamme" in text


def test_a_service_merely_named_as_used_is_no_processor():
    document = _import(
        "## Evästeet\n\nSivustolla käytetään Google Fontsia, jolloin selaimesi voi olla yhteydessä "
        "Googlen palvelimiin.\n\n## Tietojärjestelmät\n\n- Trello: projektinhallinta\n"
    )
    assert "Trello" in document.registers[0].systems
    assert _processors(document) == {}


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Palvelin sijaitsee Hetzner Online GmbH:n konesalissa Suomessa.", ["Hetzner"]),
        ("The web service and its database are located in Cloudcity’s server environment.", ["Cloudcity"]),
        ("Webbtjänsten och databasen finns i Cloudcitys servermiljö.", ["Cloudcity"]),
        ("Tietoja säilytetään Googlen ja Dropboxin pilvipalveluissa.", ["Google", "Dropbox"]),
        ("Lomakkeen tiedot välitetään FormSubmit-palvelun kautta sähköpostiimme.", ["FormSubmit"]),
        ("Asiakastietoja voivat käsitellä lisäksi Onnivoiman asentajat.", []),  # no name in a way we read
        ("The service is managed and developed by Solita Oy.", []),  # a company: read by the importer
        # Not processing for the controller: a browser's connection, an independent controller, a no.
        ("Selaimesi voi olla yhteydessä Googlen palvelimiin.", []),
        ("Posti toimii itsenäisenä rekisterinpitäjänä ja käyttää palvelimiaan.", []),
        ("Tietoja ei tallenneta Googlen palvelimille.", []),
    ],
)
def test_sentences_that_say_whose_servers_or_service_the_data_is_in(sentence, names):
    found = [vendor.name if vendor else name for name, vendor in named_processors(sentence, section=False)]
    assert found == names


def test_a_sentence_naming_no_one_presents_no_processor():
    assert not presents_a_processor("Tiedot säilytetään palvelimilla Suomessa.")
    assert presents_a_processor("Tiedot säilytetään Vercelin palvelimilla.")


def test_the_data_starting_the_sentence_is_no_processor_named():
    # Seed 000: staff acting under the controller or a processor, no one named ("Tietoja" is the data).
    sentence = (
        "Tietoja käsittelee rekisterinpitäjän tai henkilötietojen käsittelijän alaisuudessa toimiva "
        "luonnollinen henkilö ainoastaan rekisterinpitäjän ohjeiden mukaisesti."
    )
    assert named_processors(sentence, section=False) == []
    assert named_processors("Uppgifterna behandlas av Visma.", section=False)[0][0] == "Visma"


def test_a_company_the_text_presents_as_processing_is_a_processor_party():
    document = _import(
        "## Tietojen säilytys\n\nPalvelun teknisestä ylläpidosta vastaa Koodaamo Oy. "
        "Tietoja käsittelevät lisäksi Tilitoimisto Numerot Oy:n kirjanpitäjät.\n\n"
        "## Tietojen luovutukset\n\nTietoja luovutetaan Posti Oy:lle, joka toimii itsenäisenä "
        "rekisterinpitäjänä.\n"
    )
    processors = _processors(document)
    assert "Koodaamo Oy" in processors
    assert "Tilitoimisto Numerot Oy" in processors
    assert not any("Posti" in name for name in processors)


def test_rows_of_a_table_of_service_providers_are_processors():
    document = _import(
        "## Henkilötietojen käsittelijät\n\n"
        "| Palveluntarjoaja | Sijainti | Tarkoitus |\n| --- | --- | --- |\n"
        "| Supabase | EU | Tietokanta |\n| Stripe | EU | Maksut |\n| Kuvio | EU | Sähköposti |\n"
    )
    assert {"Supabase", "Stripe", "Kuvio"} <= set(_processors(document))


def test_a_vendor_that_is_a_system_and_a_processor_is_listed_once_in_the_notice_and_the_record():
    document = _import(
        "## Tietojärjestelmät\n\nAsiakastiedot ovat Mailchimp-palvelussa.\n\n"
        "## Henkilötietojen käsittelijät\n\nMailchimp käsittelee uutiskirjeen tilaajien tietoja "
        "puolestamme.\n"
    )
    assert _processors(document) == {"Mailchimp": ["Mailchimp"]}
    notice = build_privacy_notice(document, 0, "fi")
    rows = next(b for b in notice.section("processors").blocks if hasattr(b, "rows")).rows
    assert [row[0] for row in rows] == ["Mailchimp"]
    rendered = render(document, kind="tietosuojaseloste", fmt="md", lang="fi", register=0).decode()
    assert len(re.findall(r"^\| Mailchimp \|", rendered, re.MULTILINE)) == 1
    record = render(document, kind="seloste", fmt="md", lang="fi").decode()
    assert record.count("Käsittelijät: Mailchimp (Mailchimp") == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Ulkoistuskumppani Tilitoimisto Laskuri Oy, jolla on pääsy Procountorin henkilörekisteriin.",
        "Bokföringsbyrån Siffra Ab, som har åtkomst till Procountor.",
        "Our accountant Ledger Ltd, who has access to Procountor.",
    ],
)
def test_the_system_a_processor_is_given_access_to_is_not_a_processor_itself(sentence):
    assert not any("Procountor" in name for name, _ in named_processors(sentence, section=True))
    # Named in a processors' section otherwise, it is one.
    listed = "Kirjanpito: Procountor."
    assert any("Procountor" in name for name, _ in named_processors(listed, section=True))


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # The subject of a verb saying it does the processing for the controller.
        ("Timma toimii tällöin henkilötietojen käsittelijänä.", ["Timma"]),
        ("Stripe provides payment processing for us.", ["Stripe"]),
        ("Palveluntarjoajamme Kuvio Solutions Oy käsittelee tietoja puolestamme.", ["Kuvio Solutions Oy"]),
        # The one the controller engages, with which or by whom it is done.
        ("Vi anlitar Smoobu som personuppgiftsbiträde.", ["Smoobu"]),
        ("Analytics is implemented with Counter.dev, which acts as a processor for us.", ["Counter.dev"]),
        # Where the data is kept: a service the knowledge base knows as hosted.
        ("Membership information is stored in Dropbox.", ["Dropbox"]),
        # A word for a kind of party or for the data is no name; a place the data comes from is no processor.
        ("Tiedot käsittelee puolestamme palveluntarjoaja.", []),
        ("Analytics are processed for us by a service provider.", []),
        ("Kuvat ladataan suoraan Finna-palvelusta ja Flickr-kuvapalvelusta.", []),
        ("Tietoja ei tallenneta Dropboxiin.", []),
    ],
)
def test_the_party_a_sentence_says_processes_the_data_by_its_form(sentence, names):
    found = [vendor.name if vendor else name for name, vendor in named_processors(sentence, section=False)]
    assert found == names


@pytest.mark.parametrize(
    ("item", "names"),
    [
        ("- xyzAbc toimesta", ["Abc"]),
        ("- ABCDEFGH kautta", ["ABCDEFGH"]),
        ("- Abc.de:ssa kautta", ["Abc.de"]),
        ("- " + "Ab" * 40 + " toimesta", ["Ab" * 40]),  # a first word is read whole up to 100 characters
        ("- " + "AB" * 2_000, []),  # one run of capitals and no verb: no name (read in linear time)
    ],
)
def test_the_party_by_whom_a_listed_item_is_done(item, names):
    assert [name for name, _ in entities._written_names(item)] == names


def test_who_does_a_task_for_the_controller_is_a_processor_party():
    document = _import(
        "## Tietojen säilytys\n\nKirjanpidon hoitaa Tilitoimisto Laskuri Oy. Maksut käsitellään "
        "maksupalveluntarjoajan Paytrailin toimesta.\n"
    )
    processors = _processors(document)
    assert "Tilitoimisto Laskuri Oy" in processors
    assert any("Paytrail" in name for name in processors)
    assert not any(name.startswith("Kirjanpid") for name in processors)


def test_a_negated_sentence_about_a_service_does_not_join_the_processors_text():
    document = _import(
        "## Tietojen luovutus\n\nOppilaan tietoja ei luovuteta Otawilman palvelimen ulkopuolelle.\n\n"
        "## Evästeet\n\nKäytämme välttämättömiä evästeitä.\n"
    )
    assert document.registers[0].processors_text == ""


def test_the_processor_column_of_a_table_names_the_processors_wherever_it_stands():
    text = (
        "Käytämme seuraavia palveluntarjoajia:\n| Tarkoitus | Käsittelijä | Sijainti |\n"
        "| Maksut | Paytrail Oyj | Suomi |\n| Uutiskirjeet | Kuvio | EU |\n| Verkkosivut | Nettikone | EU |\n"
    )
    found = [vendor.name if vendor else name for name, vendor in named_processors(text, section=True)]
    assert {"Paytrail", "Kuvio", "Nettikone"} <= {name.removesuffix(" Oyj") for name in found}
    assert "Maksut" not in found and "Uutiskirjeet" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "For any future purchase, Google Play handles payment and account information under its own terms.",
        "Lisätietoa: Googlen tietosuojakäytäntö.",
        "Provider details: Supabase Data Processing Addendum and GitHub Privacy Statement.",
        "Ainoa ulkoinen palvelu, johon tietosi lähetetään, on sinun oma Google-tilisi.",
    ],
)
def test_a_party_on_its_own_terms_a_users_own_account_or_a_pointer_to_a_policy_is_no_processor(sentence):
    assert named_processors(sentence, section=True) == []


# --- the processors' section, by its heading's words or by its content --------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "Palveluntarjoajat",
        "Tekniset palveluntarjoajat",
        "Tietojen käsittelijät ja alihankkijat",
        "Tjänsteleverantörer",
        "Våra underleverantörer",
        "Sub-processors",
        "Third-party service providers",
    ],
)
def test_a_heading_naming_the_processors_in_its_own_words_is_the_processors_section(heading):
    # Whatever the model learned of these words, the heading says it (the label table knows only some forms).
    assert _heading_topics(heading) == ["processors"]
    section = Section(heading, level=2, blocks=[Block("paragraph", "Tiedot käsitellään huolellisesti.")])
    assert section_probabilities(section, classify.model())["processors"] >= 0.9


def test_partners_named_with_another_topic_or_no_topic_name_no_processors_section():
    assert _heading_topics("Kolmannet osapuolet") == []
    assert _heading_topics("Muut tiedot") == []


def test_a_heading_naming_processors_and_another_topic_names_both():
    section = Section(
        "Tietojen luovutus ja palveluntarjoajat",
        level=2,
        blocks=[Block("paragraph", "Tiedot käsitellään huolellisesti.")],
    )
    probs = section_probabilities(section, classify.model())
    assert probs["processors"] >= 0.9 and probs["disclosures"] >= 0.9


def test_processor_sentences_under_a_generic_heading_fill_the_processors_text():
    document = _import(
        "## Muut tiedot\n\nSivuston lomakkeet toimitetaan Formspree-palvelun kautta. "
        "Verkkosivusto on julkaistu GitHub Pages -palvelun kautta.\n"
    )
    assert "Formspree" in document.registers[0].processors_text


def test_a_field_only_suggested_by_the_section_model_still_reads_its_sentences_elsewhere():
    # A sentence the model gave the processors too uncertainly to fill in (a suggestion) does not answer
    # them: the sentence that presents a processor ("… resides … at Amazon's AWS cloud service platform")
    # is still read as it would be in any other section (en-034 in the corpus).
    model = classify.model()
    hosted = "The registry resides in the United States at Amazon's AWS cloud service platform."
    section = Section(
        "Privacy policy",
        level=2,
        blocks=[
            Block("paragraph", f"This privacy policy deals with the signup application's user data. {hosted}")
        ],
    )
    uncertain = Piece(
        "processors", "This privacy policy deals with …", SUGGEST - 0.02, section.heading, section
    )
    found = sentence_facts([section], model, [uncertain])
    assert [p.text for p in found if p.field == "processors"] == [hosted]
    sure = dataclasses.replace(uncertain, confidence=SUGGEST)
    assert not [p for p in sentence_facts([section], model, [sure]) if p.field == "processors"]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # The controller uses a named service for its own ends: the service processes for it.
        ("We use PostHog to measure interactions on our website.", ["PostHog"]),
        ("Käytämme PostHogia käyttäjien vuorovaikutusten mittaamiseen.", ["PostHog"]),
        ("Käytämme Umami-analytiikkaa ilmaisella perusasetuksella.", ["Umami"]),
        ("Käytämme uutiskirjeiden lähettämiseen Mailchimp-palvelua.", ["Mailchimp"]),
        ("Vi använder AI-modeller via OpenRouter-tjänsten.", ["OpenRouter"]),
        ("Email is technically provided by Zoner Oy, Finland.", ["Zoner"]),
        # Not so: a tracker's cookies, a service hosted by the organisation itself, a vendor that is no
        # processor (an identification service of an authority), a no.
        ("Sivulla käytetään Google Analytics -palvelua, joka käyttää evästeitä.", []),
        ("Käytämme Plausiblea, jota hostaamme itse osoitteessa analytics.example.fi.", []),
        ("We use the Suomi.fi webservice for the strong identification.", []),
        ("Emme käytä Mailchimp-palvelua.", []),
    ],
)
def test_a_service_the_controller_says_it_uses_is_a_processor(sentence, names):
    found = [vendor.name if vendor else name for name, vendor in named_processors(sentence, section=False)]
    assert found == names


def test_two_services_named_together_with_a_slash_are_both_read():
    found = named_processors("Resend / SendGrid: Email delivery services.", section=True)
    assert [vendor.name if vendor else name for name, vendor in found] == ["Resend", "SendGrid"]


def test_a_processor_sentence_takes_the_rest_of_its_short_paragraph():
    # The sentence after the one presenting the processor says on what terms it works (fi-081).
    document = _import(
        "## Tietojen säilytys\n\nKäytämme tietojen käsittelyyn Googlen ja Dropboxin pilvipalveluita. "
        "Luotamme siihen, että nämä palvelut pitävät tiedoista hyvää huolta.\n"
    )
    text = document.registers[0].processors_text
    assert "Käytämme tietojen käsittelyyn Googlen ja Dropboxin pilvipalveluita." in text
    assert "Luotamme siihen, että nämä palvelut pitävät tiedoista hyvää huolta." in text


def test_a_processor_sentence_in_a_long_paragraph_stays_alone():
    # A long paragraph moves on to other matters after the processor (sv-018).
    document = _import(
        "## Tietojen säilytys\n\nKäytämme tietojen käsittelyyn Googlen ja Dropboxin pilvipalveluita. "
        "Luotamme siihen, että nämä palvelut pitävät tiedoista hyvää huolta. Paperiset lomakkeet "
        "säilytetään lukitussa kaapissa. Kaappiin on pääsy vain toimitusjohtajalla.\n"
    )
    text = document.registers[0].processors_text
    assert "Käytämme tietojen käsittelyyn Googlen ja Dropboxin pilvipalveluita." in text
    assert "Luotamme siihen" not in text


@pytest.mark.parametrize(
    "sentence",
    [
        "Betalningar för bokningar hanteras av betalningstjänstleverantören Stripe.",
        "Käytämme verkkomaksuihin Paytrailia.",
        "Payments are handled by Checkout Finland.",
    ],
)
def test_a_payment_gateway_that_handles_payments_for_the_controller_is_a_processor(sentence):
    # LABELLING.md: "X processes payments for us" presents a processor; the vendor base agrees.
    found = [vendor.name if vendor else name for name, vendor in named_processors(sentence, section=False)]
    assert len(found) == 1 and found[0].split()[0] in sentence


def test_credit_and_invoice_payment_stay_independent_controllers():
    assert named_processors("Lasku- ja osamaksut hoitaa Klarna.", section=False) == []


_PROVIDERS = (
    "Voimme siirtää tietoja seuraaville kolmansille osapuolille:\n"
    "- Intercom, asiakasviestintä\n- Mailgun, sähköpostin välitys\n- Maxmind, sijainti\n"
    "- Boomerang, asiakkuudenhallinta\n- Freshdesk, asiakastuki\n"
)


def test_a_list_of_service_providers_outside_the_processors_section_names_processors():
    # The introduction says "third parties", not processors; the list's items are services, most of them
    # known to the vendor base, one at least as a processor: the unknown ones are providers too.
    found = [vendor.name if vendor else name for name, vendor in named_processors(_PROVIDERS, section=False)]
    assert {"Intercom", "Mailgun", "Maxmind", "Boomerang", "Freshdesk"} <= set(found)
    assert listed_providers(_PROVIDERS) == ["Intercom", "Mailgun", "Maxmind", "Boomerang", "Freshdesk"]


@pytest.mark.parametrize(
    "items",
    [
        # Trackers alone are the cookies' matter; a list of data is no list of providers.
        "- Google Analytics, kävijäseuranta\n- Hotjar, lämpökartat\n- Matomo, tilastot\n",
        "- Nimi, osoite\n- Puhelinnumero\n- Sähköposti, jos annettu\n",
    ],
)
def test_a_list_that_is_not_of_service_providers_names_none(items):
    text = f"Voimme siirtää tietoja seuraaville kolmansille osapuolille:\n{items}"
    assert named_processors(text, section=False) == []
    assert listed_providers(text) == []


def test_adsense_is_its_own_vendor_and_no_processor_where_it_uses_the_data_for_its_own_purposes():
    assert resolve("Google AdSense").name == "Google AdSense"
    assert resolve("Google AdWords").name == "Google Ads"
    text = (
        "Google Privacy Policy\n\nWe use third-party services, such as Google AdSense, to display ads. These "
        "services may collect data about users and use it for their own purposes."
    )
    assert named_processors(text, section=True) == []
    # A processor the base knows stays one in such a paragraph.
    text = "Käytämme Mailchimpia uutiskirjeisiin. Google käyttää tietoja omiin tarkoituksiinsa."
    assert [vendor.name for _, vendor in named_processors(text, section=True)] == ["Mailchimp"]


def test_processors_that_may_not_use_the_data_for_their_own_purposes_are_processors():
    text = "Mailgun toimii käsittelijänä eikä saa käyttää tietoja omiin tarkoituksiinsa."
    assert [vendor.name for _, vendor in named_processors(text, section=True)] == ["Mailgun"]


@pytest.mark.parametrize(
    ("line", "cell"),
    [
        ("Stripe | EU | Maksut", "Stripe"),
        ("| Stripe | EU |", "Stripe"),
        ("|  Google Workspace  | Sähköposti", "Google Workspace"),
        ("  | Stripe", ""),  # an indented bar opens the row
        ("Stripe|EU", None),
        ("| Stripe", None),
        ("Käytämme Stripeä maksujen käsittelyyn.", None),
        (" " * 5_000 + "x", None),  # a pattern took seconds on a few hundred blanks
    ],
)
def test_the_first_cell_of_a_table_row(line, cell):
    assert entities._first_cell(line) == cell
