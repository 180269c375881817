"""What makes the importer read notices written unlike those it was trained on: topics named alike in
Finnish, Swedish and English, the headings Swedish and English notices use, and the sentence that says
whether the data must be given, wherever it stands."""

import pytest

from tietovirta.analysis.bases import describes_legitimate_interest, states_the_basis
from tietovirta.analysis.text import (
    names_a_processor,
    says_whether_data_must_be_given,
    says_whose_data,
    states_a_right,
    states_the_purpose,
)
from tietovirta.importer import import_bytes
from tietovirta.importer.classify import topics
from tietovirta.importer.headings import known_heading, match_heading


@pytest.mark.parametrize(
    ("headings", "topic"),
    [
        (
            ("Henkilötietojen säilytysaika", "Förvaringstid för personuppgifter", "Data retention period"),
            "retain",
        ),
        (("Rekisteröityjen ryhmät", "Grupper av registrerade", "Categories of data subjects"), "subjects"),
        (("Oikeutettu etu", "Berättigat intresse", "Legitimate interests"), "interest"),
        (
            ("Tietojen antamisen pakollisuus", "Skyldighet att lämna uppgifter", "Obligation to provide"),
            "provide",
        ),
        (("Henkilötietojen käsittelijät", "Personuppgiftsbiträden", "Subprocessors"), "processor"),
        (("Tietosuojavastaava", "Dataskyddsombud", "Data protection officer"), "dpo"),
    ],
)
def test_a_topic_is_named_alike_in_the_three_languages(headings, topic):
    # The model learns "retain" from the many Finnish "Säilytysaika" sections and applies it to "Lagringstid".
    assert all(topic in topics(heading) for heading in headings)


def test_topics_are_not_found_inside_unrelated_words():
    assert "dpo" not in topics("Kiertokulku ja kierrätyspolku")
    # Data protection is what every notice is about; only the protection of the data is security.
    assert "security" not in topics("Tietosuojaseloste: dataskyddsförordningen, data protection act")
    assert "security" in topics("Rekisterin suojaus") and "security" in topics("Skydd av personuppgifter")
    assert topics("Yhteystiedot") and "retain" not in topics("Yhteystiedot")


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("Skyldighet att lämna personuppgifter", "statutory_requirement"),
        # The law's question as notices ask it, in the three languages.
        ("Onko henkilötietojen antaminen pakollista?", "statutory_requirement"),
        ("Henkilötietojen antamisen vaatimus", "statutory_requirement"),
        ("Är det obligatoriskt att lämna personuppgifter?", "statutory_requirement"),
        ("Statutory or contractual requirement", "statutory_requirement"),
        ("Obligation to Provide Personal Data", "statutory_requirement"),
        ("Legitimate Interests of the Data Controller", "legitimate_interest"),
        ("Den personuppgiftsansvariges berättigade intressen", "legitimate_interest"),
        ("Grupper av registrerade", "data_subjects"),
        ("Name and contact details of the Data Protection Officer", "dpo"),
        ("Förvaringstid för personuppgifter", "retention"),
        ("Regular sources of information", "sources"),
        ("Skydd av personuppgifter", "security"),
        ("Technical service providers", "processors"),
        ("Regelmässigt utlämnande av uppgifter", "disclosures"),
        ("Automated Decision-Making", "automated_decisions"),
    ],
)
def test_swedish_and_english_headings_of_finnish_notices_are_known(heading, field):
    assert max(known_heading(heading), key=known_heading(heading).get) == field


def test_whoever_answers_for_register_matters_is_the_contact_person():
    # LABELLING.md: "Rekisteriasioista vastaava henkilö" is the one to ask, not a bare "Vastuuhenkilö".
    assert match_heading("Rekisteriasioista vastaava henkilö").target == "contact_person"
    assert match_heading("Rekisteristä vastaava henkilö").target == "contact_person"
    assert match_heading("Vastuuhenkilö").target == "responsible_person"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tietojen antaminen on pääsääntöisesti vapaaehtoista.",
        "Kaikki kentät ovat vapaaehtoisia.",
        "Et ole velvollinen antamaan henkilötietojasi, mutta yhteydenottoomme vastaaminen edellyttää nimen.",
        "Sähköpostiosoitteen antaminen on pakollista.",
        "Utan dessa uppgifter kan kontot inte skapas.",
        "Om du inte lämnar dina personuppgifter kan vi inte leverera beställningen.",
        "The provision of certain personal data is necessary for us to fulfil our contractual obligations.",
        "If you do not provide the required personal data, we may be unable to deliver the service.",
        "Should you not wish to enter into a membership agreement, you will not become a member.",
        # The data called required or optional, and what follows if it is not given.
        "Övriga profil- och livsstilsuppgifter (yrke, utbildning, husdjur) är frivilliga.",
        "Följande är obligatoriskt för att kunna skapa ett konto: e-postadress, telefonnummer.",
        "Kampanjassa mukanaolo vaatii kuitenkin henkilötietojesi luovuttamisen.",
        "Potilaana et voi kieltäytyä antamasta hoidon antamisen kannalta tarpeellisia henkilötietoja.",
        "Kaupunki voi keskeyttää palvelun, mikäli käyttäjä ei anna palvelun kannalta olennaisia tietoja.",
        "Without the address needed for test access, an individual invitation cannot be provided.",
        # The infinitive with the data as its object, and the requirement named as such.
        "Rekisteröidyn ei ole pakko antaa henkilötietojaan, mutta ilman niitä emme voi toimittaa tilausta.",
        "The provision of personal data is a contractual requirement.",
        # Left to the data subject.
        "Providing personal information is up to you, our visitor.",
    ],
)
def test_a_sentence_on_whether_the_data_must_be_given(sentence):
    assert says_whether_data_must_be_given(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Käsittelemme palvelun tarjoamiseksi välttämättömiä tietoja.",
        "We process the data necessary to provide the service.",
        "Voit antaa palautetta lomakkeella.",
        "Tietojen luovuttaminen edellyttää suostumustasi.",
        "Rekisteröidyllä on oikeus peruuttaa antamansa suostumus.",
        "Uppgifterna lagras i fem år.",
        # A list's heading of the data collected says what is collected, not whether it must be given.
        "Käyttäjäprofiilin laatimisen aikana täydennettävät pakolliset tiedot:",
        "- Telefonnummer (frivillig uppgift som anges av användaren)",
        # The controller providing information, and data passed on to third parties: other questions.
        "By revoking your consent, we may not be able to provide you information about our products.",
        "We will never sell or give the personal information you voluntarily provide to any third party.",
    ],
)
def test_other_sentences_are_no_answer_to_it(sentence):
    assert not says_whether_data_must_be_given(sentence)


def test_the_answer_is_found_in_another_section():
    notice = (
        "# Tietosuojaseloste\n\n"
        "## Rekisterinpitäjä\n\nEsimerkkikauppa Oy, Kauppakatu 1, 00100 Helsinki\n\n"
        "## Käsiteltävät henkilötiedot\n\n"
        "Käsittelemme asiakkaan nimeä, osoitetta ja sähköpostiosoitetta. "
        "Tietojen antaminen on vapaaehtoista, mutta ilman niitä emme voi toimittaa tilausta.\n\n"
        "## Säilytysaika\n\nTiedot poistetaan kahden vuoden kuluttua asiakkuuden päättymisestä.\n"
    ).encode()
    register = import_bytes(notice, "seloste.md").document.registers[0]
    assert register.statutory_requirement_text.startswith("Tietojen antaminen on vapaaehtoista")
    assert "Säilytysaika" not in register.statutory_requirement_text


@pytest.mark.parametrize(
    ("sentence", "describes"),
    [
        ("Käsittelyn oikeusperuste on rekisterinpitäjän oikeutettu etu (palvelun kehittäminen).", True),
        ("Käsittelemme tietoja oikeutetun etumme perusteella palvelun kehittämiseksi.", True),
        ("Vi behandlar uppgifterna med stöd av berättigat intresse för att skydda tjänsten.", True),
        ("Legitimate interest in organizing member activities (GDPR 6(1)(f))", True),
        ("Oikeutettu etu: asiakaspalvelu ja liiketoiminnan kehittäminen", True),
        # The purpose it stands for, said before it.
        ("As regards marketing, the legal basis for processing is the legitimate interest.", True),
        ("Vid delbetalning grundar sig behandlingen på berättigat intresse.", True),
        ("- To respond to your questions (legitimate interest / pre-contract steps)", True),
        # The interest as the subject, its description after "on / är / is".
        ("Rekisterinpitäjän oikeutettu etu on tarjota asiakkailleen tietoa palveluista.", True),
        ("Vårt berättigade intresse är att utveckla våra tjänster.", True),
        ("The legitimate interests pursued by us are direct marketing and fraud prevention.", True),
        ("Oikeutettu etu on käsittelyn peruste.", False),
        # Grounded in the relationship with the data subject.
        ("Tällöin asiakkuus perustuu oikeutetun edun mukaisesti asianmukaiseen asiakassuhteeseen.", True),
        # That it is a basis, the article it cites, a template's checkbox, the right to object: no interest.
        ("This processing of personal data is based on the legitimate interest of the controller.", False),
        ("Käsittely perustuu oikeutettuun etuumme (tietosuoja-asetus, 6 artiklan 1 kohdan f).", False),
        ("☐ Rekisterinpitäjän tai kolmannen osapuolen oikeutettujen etujen toteuttaminen", False),
        ("Sinulla on oikeus vastustaa oikeutettuun etuun perustuvaa käsittelyä kuten profilointia.", False),
        # Bases listed, or the regulation the basis comes from: no purpose before the interest.
        ("Käsittelyn oikeusperusteet ovat suostumus, sopimus ja oikeutettu etu.", False),
        ("EU:n yleisen tietosuoja-asetuksen mukainen oikeusperuste on oikeutettu etu.", False),
        ("Depending on the case, processing is based on consent, a contract or legitimate interests.", False),
        # That it was weighed against the data subject's rights says not what it is.
        ("We have assessed that our legitimate interests do not override your rights.", False),
        # Whose interest it is, and whose data, say no purpose.
        ("Käsittely perustuu Kuppi Oy:n oikeutettuun etuun.", False),
        ("We may process your data based on our legitimate interests.", False),
    ],
)
def test_a_sentence_that_says_what_the_legitimate_interest_is(sentence, describes):
    assert describes_legitimate_interest(sentence) is describes


def test_a_purpose_with_the_legitimate_interest_as_its_basis_describes_the_interest():
    notice = (
        "# Tietosuojaseloste\n\n"
        "## Rekisterinpitäjä\n\nEsimerkkikauppa Oy, Kauppakatu 1, 00100 Helsinki\n\n"
        "## Käsittelyn tarkoitus ja oikeusperuste\n\n"
        "- Tilausten toimittaminen. Oikeusperuste: sopimus.\n"
        "- Verkkosivuston tietoturvasta huolehtiminen. Oikeusperuste: oikeutettu etu.\n\n"
        "## Säilytysaika\n\nTiedot poistetaan kahden vuoden kuluttua asiakkuuden päättymisestä.\n"
    ).encode()
    register = import_bytes(notice, "seloste.md").document.registers[0]
    interest = register.legitimate_interest_text
    assert "Verkkosivuston tietoturvasta huolehtiminen." in interest
    assert "Oikeusperuste: oikeutettu etu." in interest
    assert "Tilausten" not in interest


def test_the_legitimate_interest_is_read_from_the_basis_section():
    notice = (
        "# Tietosuojaseloste\n\n"
        "## Rekisterinpitäjä\n\nEsimerkkikauppa Oy, Kauppakatu 1, 00100 Helsinki\n\n"
        "## Käsittelyn oikeusperuste\n\n"
        "Asiakastietoja käsitellään sopimuksen perusteella. "
        "Uutiskirjeen lähettäminen perustuu oikeutettuun etuumme kertoa asiakkaille uusista tuotteista.\n"
    ).encode()
    register = import_bytes(notice, "seloste.md").document.registers[0]
    assert register.legitimate_interest_text == (
        "Uutiskirjeen lähettäminen perustuu oikeutettuun etuumme kertoa asiakkaille uusista tuotteista."
    )


@pytest.mark.parametrize(
    ("sentence", "whose"),
    [
        ("Käsittelemme lomakkeen täyttävien henkilöiden tietoja.", True),
        ("Tallennamme ja käsittelemme yliopiston henkilökunnan ja opiskelijoiden henkilötietoja.", True),
        ("Rekisteri pitää sisällään tietoja potentiaalisista asiakkaista.", True),
        ("Personuppgifter samlas in om dem som registrerar sig som användare.", True),
        ("I registret behandlar vi personuppgifterna för kundens tekniska kontaktperson:", True),
        ("The company processes the personal data of its customers and the users of its services.", True),
        # A possessive ending, the group after the data, "koskevat": whose data, said otherwise.
        ("Rekisterissä käsitellään asiakkaidemme tietoja.", True),
        ("Yhdistys käsittelee jäsentensä henkilötietoja.", True),
        ("Rekisterissä on tietoja asiakkaista ja heidän yhteyshenkilöistään.", True),
        ("Rekisterin tiedot koskevat yhdistyksen jäseniä.", True),
        ("Käsittelemme asiakkaidemme tietoja emmekä käytä niitä markkinointiin.", True),
        ("Rekisterissä on tietoja tilauksista ja maksuista.", False),
        # The group out of which the data is gathered ("-sta"), and Swedish "samlar … om".
        ("Keräämme tiettyjä henkilötietoja asiakkaistamme ja kumppaneistamme.", True),
        ("Selosteessa kerrotaan, miten käsittelemme tietoja, joita kerätään palvelun käyttäjistä.", True),
        ("Föreningen samlar uppgifter om sina medlemmar och upprätthåller ett medlemsregister.", True),
        ("Keräämme tietoja laitteista ja selaimista.", False),
        # Where the data comes from, and data kept of no one.
        ("Personal data is primarily collected from the member themselves:", False),
        ("The service does not collect or store identifiable personal data about users.", False),
        # The data itself, a disclosure, a purpose, a source: not whose data it is.
        ("Käsittelemme asiakkaiden yhteystietoja ja tilaushistoriaa sekä maksujen tiedot.", False),
        ("Tallennettuja työntekijöiden henkilötietoja luovutetaan viranomaisille.", False),
        ("Personuppgifter behandlas för att informera användare om tjänsten.", False),
        ("Personal information is stored on the service until the user closes their account.", False),
    ],
)
def test_a_sentence_that_says_whose_data_is_processed(sentence, whose):
    assert says_whose_data(sentence) is whose


@pytest.mark.parametrize(
    ("sentence", "right"),
    [
        ("Asiakkaalla on oikeus pyytää tietojensa poistamista järjestelmästä milloin tahansa.", True),
        ("Tietoja voi pyytää poistettavaksi olemalla yhteydessä Kimmo Virtaseen.", True),
        ("Du kan när som helst återkalla ditt samtycke och radera dina uppgifter.", True),
        ("På kundens begäran avlägsnas kundens uppgifter från registret med omedelbar verkan.", True),
        ("Upon request, we will immediately remove any customer from our mailing list.", True),
        ("You have the right to access the information the Company has collected on you.", True),
        # What the controller may do, a legal basis, a cookie setting: no right of the person's.
        ("We may delete inactive accounts after two years.", False),
        ("Vi kan radera uppgifterna när avtalet upphör.", False),
        ("The data can only be accessed by our staff.", False),
        ("Käsittely perustuu oikeutettuun etuun.", False),
        ("Voit poistaa evästeet selaimesi asetuksista.", False),
    ],
)
def test_a_sentence_that_states_a_right_of_the_data_subject(sentence, right):
    assert states_a_right(sentence) is right


def test_a_right_stated_in_prose_is_the_rights_text_where_no_section_gives_them():
    notice = (
        "# Asiakasrekisteri\n\n"
        "## Rekisterinpitäjä\n\nEsimerkkikauppa Oy, Kauppakatu 1, 00100 Helsinki\n\n"
        "## Tietojen säilytys\n\nTietoja säilytetään asiakkuuden ajan. "
        "Asiakkaalla on oikeus pyytää tietojensa poistamista milloin tahansa.\n"
    ).encode()
    register = import_bytes(notice, "seloste.md").document.registers[0]
    rights = (register.access_right_text, register.rectification_text, register.other_rights_text)
    stated = "Asiakkaalla on oikeus pyytää tietojensa poistamista milloin tahansa."
    assert "\n".join(filter(None, rights)) == stated


def test_the_data_subjects_are_read_from_the_introduction():
    notice = (
        "# Tietosuojaseloste\n\n"
        "Käsittelemme verkkokaupan asiakkaiden ja uutiskirjeen tilaajien tietoja tämän selosteen mukaan.\n\n"
        "## Rekisterinpitäjä\n\nEsimerkkikauppa Oy, Kauppakatu 1, 00100 Helsinki\n\n"
        "## Säilytysaika\n\nTiedot poistetaan kahden vuoden kuluttua asiakkuuden päättymisestä.\n"
    ).encode()
    register = import_bytes(notice, "seloste.md").document.registers[0]
    assert register.data_subjects_text.startswith("Käsittelemme verkkokaupan asiakkaiden")


@pytest.mark.parametrize(
    ("sentence", "processor"),
    [
        ("Analytiikka toimii henkilötietojen käsittelijänä rekisterinpitäjän lukuun.", True),
        ("Tietoja voidaan käsitellä teknisten palveluntarjoajien toimesta.", True),
        ("Uppgifter delas endast med underleverantörer som behövs för att driva tjänsten.", True),
        ("The website is hosted by GitHub Pages.", True),
        # A recipient on its own account, the data itself, an exception: no one processing for us.
        ("Tietoja luovutetaan Verohallinnolle lain perusteella.", False),
        ("Kaikki tiedot poistetaan, lukuun ottamatta kirjanpitoaineistoa.", False),
        # A source the data comes from, and an exception to keeping the data in-house (seed 003).
        ("Tietoja voidaan saada myös alihankkijoilta, jotka liittyvät palvelun tuottamiseen.", False),
        ("Data may also be received from our service providers.", False),
        ("Tiedot ovat vain yrityksen käytössä, paitsi käyttäessä ulkoista palveluntarjoajaa.", False),
        ("We collect your name and e-mail address.", False),
    ],
)
def test_a_sentence_about_someone_processing_for_the_controller(sentence, processor):
    assert names_a_processor(sentence) is processor


def test_processors_named_in_another_section_are_read():
    notice = (
        "# Tietosuojaseloste\n\n"
        "## Rekisterinpitäjä\n\nEsimerkkikauppa Oy, Kauppakatu 1, 00100 Helsinki\n\n"
        "## Tietojen säilyttäminen\n\n"
        "Tiedot säilytetään kaksi vuotta. Verkkokauppa-alusta toimii käsittelijänä lukuumme.\n"
    ).encode()
    register = import_bytes(notice, "seloste.md").document.registers[0]
    assert register.processors_text == "Verkkokauppa-alusta toimii käsittelijänä lukuumme."


def test_who_may_access_the_data_is_security_not_processors():
    notice = (
        "# Asiakasrekisteri\n\n"
        "## Rekisterinpitäjä\n\nEsimerkkikauppa Oy, Kauppakatu 1, 00100 Helsinki\n\n"
        "## Rekisterin suojauksen periaatteet\n\n"
        "Tiedot ovat salasanoin suojatussa järjestelmässä. Ainoastaan yrityksen ja sen lukuun toimivien "
        "yritysten työntekijöillä on oikeus käyttää rekisteriä.\n"
    ).encode()
    assert import_bytes(notice, "seloste.md").document.registers[0].processors_text == ""


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        ("The purpose of processing personal data is to maintain customer relationships.", "purpose"),
        ("The collected data is used solely for:", "purpose"),
        ("Henkilötietojen käsittelyn tarkoitus on jäsenrekisterin ylläpito.", "purpose"),
        ("Ändamålet med behandlingen av personuppgifter är att sköta kundrelationen.", "purpose"),
        ("The legal basis for processing personal data is consent.", "legal_basis"),
        ("This processing of personal data is based on the controller's legitimate interest.", "legal_basis"),
        ("We process your personal data based on a contract between you and us.", "legal_basis"),
        ("Käsittelyn oikeusperusteena on suostumus.", "legal_basis"),
        ("Den rättsliga grunden för behandlingen är avtal.", "legal_basis"),
        # English says the retention with the data as the subject (test_import_english.py has more).
        ("Data is stored for two years.", "retention"),
        # The topic named, but not as the sentence's subject; or another topic.
        ("You may object to processing based on our legitimate interest.", ""),
        ("Tiedot säilytetään kaksi vuotta, minkä jälkeen käsittelyn tarkoitus on täyttynyt.", ""),
        ("Data is kept for marketing purposes.", ""),
    ],
)
def test_a_sentence_that_names_its_own_topic(sentence, topic):
    assert states_the_purpose(sentence) is (topic == "purpose")
    assert states_the_basis(sentence) is (topic == "legal_basis")


def test_a_sentence_naming_another_topic_leaves_its_section_for_that_topic():
    notice = (
        b"# Privacy notice\n\n"
        b"## Controller\n\nSample Shop Ltd, Main Street 1, 00100 Helsinki\n\n"
        b"## Legal basis of processing\n\n"
        b"The legal basis for processing personal data is the consent of the customer. "
        b"Consent may be withdrawn at any time by e-mail. "
        b"The purpose of processing personal data is to maintain customer relationships and to send "
        b"the newsletter.\n\n"
        b"## Retention\n\nThe data is deleted two years after the customer relationship ends.\n"
    )
    register = import_bytes(notice, "notice.md").document.registers[0]
    assert register.purpose_text.startswith("The purpose of processing personal data is to maintain")
    assert "purpose" not in register.legal_basis_text
    assert register.legal_basis_text.startswith("The legal basis for processing personal data is")


def test_the_interests_own_text_names_no_old_law_basis():
    """ "Asiakassuhteen hoitaminen" is what the interest is for; in the basis section the repealed law's
    "asiakassuhde" would be a contract (b)."""
    notice = (
        "# Tietosuojaseloste\n\n"
        "## Rekisterinpitäjä\n\nEsimerkkikauppa Oy, Kauppakatu 1, 00100 Helsinki\n\n"
        "## Käsittelyn oikeusperuste\n\nUutiskirjeen lähettäminen perustuu suostumukseen.\n\n"
        "## Oikeutettu etu\n\n"
        "Asiakassuhteen hoitaminen ja palvelun kehittäminen perustuvat oikeutettuun etuumme.\n"
    ).encode()
    register = import_bytes(notice, "seloste.md").document.registers[0]
    assert register.legitimate_interest_text.startswith("Asiakassuhteen hoitaminen")
    assert [b.value for b in register.legal_bases] == ["a", "f"]


def test_a_field_holds_each_value_once_with_its_highest_confidence():
    # The basis sentence is read under its heading and again as a sentence of the analytics section.
    result = import_bytes(
        (
            "Tietosuojaseloste\n\nAnalytiikka\n\nTiedot käsitellään vain koostettuina, eikä yksittäisiä "
            "käyttäjiä tunnisteta. Käsittelyn oikeusperuste on rekisterinpitäjän oikeutettu etu.\n\n"
            "Säilytysaika\n\nTietoja säilytetään vuoden.\n"
        ).encode(),
        "doc.txt",
    )
    values = [(f.register, f.field, str(f.value)) for f in result.fields]
    assert len(values) == len(set(values))
    basis = [f for f in result.fields if f.field == "legal_basis_text"]
    assert [(f.value, f.confidence) for f in basis] == [
        ("Käsittelyn oikeusperuste on rekisterinpitäjän oikeutettu etu.", 1.0)
    ]


def test_a_value_is_either_filled_in_or_suggested_never_both():
    from tietovirta.importer.extract import SUGGEST, _Builder

    builder = _Builder("fi", [], None)
    unsure, sure = SUGGEST / 2, SUGGEST + 0.3
    assert not builder.note(0, "retention_text", "Vuoden.", unsure, "a")
    assert not builder.note(0, "retention_text", "Vuoden.", unsure - 0.1, "b")  # a weaker one adds nothing
    assert [s.source for s in builder.suggestions] == ["a"]
    assert builder.note(0, "retention_text", "Vuoden.", sure, "c")  # the surer reading fills it in
    assert builder.suggestions == [] and [f.source for f in builder.fields] == ["c"]
    assert builder.note(0, "retention_text", "Vuoden.", unsure, "d")  # already filled in: not suggested again
    assert builder.suggestions == [] and [f.source for f in builder.fields] == ["c"]


def test_a_sentence_too_uncertain_to_fill_in_does_not_make_a_sure_one_of_its_field_a_suggestion():
    # "För registret ansvarar vd X." read weakly as the purpose and "Registret används för att …" read
    # surely as the purpose stood in one piece at the weaker confidence: the purpose was only suggested.
    from tietovirta.importer.assign import SUGGEST, Piece, _merge
    from tietovirta.importer.sections import Section

    section = Section("Dataskydd")
    weak = Piece("purpose", "För registret ansvarar företagets vd.", SUGGEST - 0.1, "Dataskydd", section)
    sure = Piece(
        "purpose", "Registret används för att skicka ut fakturor.", SUGGEST + 0.3, "Dataskydd", section
    )
    also_sure = Piece(
        "purpose", "Och för leveranser.", SUGGEST + 0.2, "Dataskydd", section, starts_block=False
    )
    merged = _merge([weak, sure, also_sure])
    assert [(p.text, p.confidence) for p in merged] == [
        (weak.text, weak.confidence),
        (f"{sure.text} {also_sure.text}", also_sure.confidence),  # sure ones still join
    ]
