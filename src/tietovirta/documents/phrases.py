"""Every fixed text and label the documents print, in Finnish, Swedish and English.

Headings of the tietovirtakuvaus come from `tietovirta.canonical.sections`; this module holds the
rest: document titles, generated sentences, enum labels and the fixed legal texts (LEGAL.md §8
terms). `t(key, lang, **values)` looks a phrase up and fills its {placeholders}.
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date
from babel.numbers import format_decimal
from babel.units import format_unit

from tietovirta.canonical.labels import label as enum_label
from tietovirta.canonical.schema import (
    AgreementStatus,
    HetuGround,
    HostingRegion,
    LegalBasis,
    PartyRole,
    RegisterStatus,
    RetentionUnit,
    SpecialCategory,
    SystemKind,
    TransferMechanism,
)
from tietovirta.risk.scale import SCALE

LANGUAGES = ("fi", "sv", "en")
_BABEL_LOCALE = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}

Phrase = dict[str, str]

PHRASES: dict[str, Phrase] = {
    # Document kinds (LEGAL.md §8)
    "tietovirtakuvaus": {
        "fi": "Tietovirtakuvaus",
        "sv": "Dataflödesbeskrivning",
        "en": "Data-flow description",
    },
    "tietosuojaseloste": {"fi": "Tietosuojaseloste", "sv": "Dataskyddsbeskrivning", "en": "Privacy notice"},
    "seloste": {
        "fi": "Seloste käsittelytoimista",
        "sv": "Register över behandling",
        "en": "Record of processing activities",
    },
    "diagram": {"fi": "Tietovirtakaavio", "sv": "Dataflödesdiagram", "en": "Data-flow diagram"},
    "notice_subtitle": {
        "fi": "EU:n yleisen tietosuoja-asetuksen (2016/679) 13 ja 14 artikla",
        "sv": "Artiklarna 13 och 14 i EU:s allmänna dataskyddsförordning (2016/679)",
        "en": "Articles 13 and 14 of the EU General Data Protection Regulation (2016/679)",
    },
    "record_subtitle": {
        "fi": "EU:n yleisen tietosuoja-asetuksen (2016/679) 30 artiklan 1 kohta",
        "sv": "Artikel 30.1 i EU:s allmänna dataskyddsförordning (2016/679)",
        "en": "Article 30(1) of the EU General Data Protection Regulation (2016/679)",
    },
    # Shared labels
    "missing": {"fi": "Ei täytetty", "sv": "Ej ifyllt", "en": "Not filled in"},
    "yes": {"fi": "Kyllä", "sv": "Ja", "en": "Yes"},
    "no": {"fi": "Ei", "sv": "Nej", "en": "No"},
    "register": {"fi": "Rekisteri", "sv": "Register", "en": "Register"},
    "organization": {"fi": "Organisaatio", "sv": "Organisation", "en": "Organisation"},
    "status": {"fi": "Tila", "sv": "Status", "en": "Status"},
    "generated": {"fi": "Tulostettu", "sv": "Utskriven", "en": "Printed"},
    "updated": {"fi": "Päivitetty", "sv": "Uppdaterad", "en": "Updated"},
    "name": {"fi": "Nimi", "sv": "Namn", "en": "Name"},
    "business_id": {"fi": "Y-tunnus", "sv": "FO-nummer", "en": "Business ID"},
    "address": {"fi": "Osoite", "sv": "Adress", "en": "Address"},
    "email": {"fi": "Sähköposti", "sv": "E-post", "en": "Email"},
    "phone": {"fi": "Puhelin", "sv": "Telefon", "en": "Phone"},
    "website": {"fi": "Verkkosivut", "sv": "Webbplats", "en": "Website"},
    "dpo": {"fi": "Tietosuojavastaava", "sv": "Dataskyddsombud", "en": "Data protection officer"},
    "eu_representative": {
        "fi": "Edustaja EU:ssa",
        "sv": "Företrädare i EU",
        "en": "Representative in the EU",
    },
    "joint_controllers": {
        "fi": "Yhteisrekisterinpitäjät",
        "sv": "Gemensamt personuppgiftsansvariga",
        "en": "Joint controllers",
    },
    "link": {"fi": "Linkki", "sv": "Länk", "en": "Link"},
    "data_subjects": {
        "fi": "Rekisteröityjen ryhmät",
        "sv": "Kategorier av registrerade",
        "en": "Categories of data subjects",
    },
    "data_categories": {
        "fi": "Henkilötietoryhmät",
        "sv": "Kategorier av personuppgifter",
        "en": "Categories of personal data",
    },
    "description": {"fi": "Kuvaus", "sv": "Beskrivning", "en": "Description"},
    "hetu": {"fi": "henkilötunnus", "sv": "personbeteckning", "en": "personal identity code"},
    "special_category_conditions": {
        "fi": "Erityisten henkilötietoryhmien käsittelyperuste (9 art. 2 kohta)",
        "sv": "Grund för behandling av särskilda kategorier (art. 9.2)",
        "en": "Condition for special-category data (Art. 9(2))",
    },
    "special_category_text": {
        "fi": "Erityiset henkilötietoryhmät",
        "sv": "Särskilda kategorier av personuppgifter",
        "en": "Special categories of personal data",
    },
    "criminal_data_basis": {
        "fi": "Rikostuomioita ja rikkomuksia koskevat tiedot (10 art.)",
        "sv": "Uppgifter om brott och överträdelser (art. 10)",
        "en": "Criminal-offence data (Art. 10)",
    },
    "hetu_ground": {
        "fi": "Henkilötunnuksen käsittelyperuste (tietosuojalaki 29 §)",
        "sv": "Grund för behandling av personbeteckning (dataskyddslagen 29 §)",
        "en": "Ground for the personal identity code (Data Protection Act, section 29)",
    },
    "legitimate_interest": {"fi": "Oikeutettu etu", "sv": "Berättigat intresse", "en": "Legitimate interest"},
    "retention_period": {"fi": "Säilytysaika", "sv": "Lagringstid", "en": "Retention period"},
    "retention_from": {
        "fi": "{period}, alkaen: {trigger}",
        "sv": "{period}, räknat från: {trigger}",
        "en": "{period}, counted from: {trigger}",
    },
    # Systems, parties and transfers tables
    "vendor": {"fi": "Toimittaja", "sv": "Leverantör", "en": "Vendor"},
    "kind": {"fi": "Tyyppi", "sv": "Typ", "en": "Type"},
    "hosting": {"fi": "Sijainti", "sv": "Lagringsplats", "en": "Location"},
    "transfer_mechanism": {"fi": "Siirtoperuste", "sv": "Överföringsgrund", "en": "Transfer safeguard"},
    "processor_agreement": {"fi": "Käsittelysopimus", "sv": "Biträdesavtal", "en": "Processing agreement"},
    "role": {"fi": "Rooli", "sv": "Roll", "en": "Role"},
    "country": {"fi": "Maa", "sv": "Land", "en": "Country"},
    "importer": {"fi": "Vastaanottaja", "sv": "Mottagare", "en": "Recipient"},
    "dpf_verified_on": {
        "fi": "DPF-sertifiointi tarkistettu",
        "sv": "DPF-certifiering kontrollerad",
        "en": "DPF certification checked",
    },
    "transfer_reason_vendor": {
        "fi": "toimittajan kotimaa",
        "sv": "leverantörens hemland",
        "en": "vendor's home country",
    },
    "unknown_country": {
        "fi": "kolmas maa (ei tiedossa)",
        "sv": "tredjeland (okänt)",
        "en": "third country (unknown)",
    },
    "derived_transfers": {
        "fi": "Järjestelmien ja käsittelijöiden tiedoista johdetut siirrot:",
        "sv": "Överföringar som framgår av systemen och biträdena:",
        "en": "Transfers derived from the systems and processors:",
    },
    # Risk assessment
    "assessed_on": {"fi": "Arvioitu", "sv": "Bedömd", "en": "Assessed"},
    "screening": {
        "fi": "Vaikutustenarvioinnin tarveharkinta",
        "sv": "Bedömning av behovet av konsekvensbedömning",
        "en": "DPIA screening",
    },
    "screening_result": {
        "fi": "{met} / {answered} kriteeriä täyttyy",
        "sv": "{met} av {answered} kriterier uppfylls",
        "en": "{met} of {answered} criteria met",
    },
    "risk": {"fi": "Riski", "sv": "Risk", "en": "Risk"},
    "risks": {"fi": "Riskit", "sv": "Risker", "en": "Risks"},
    "severity": {"fi": "Vakavuus", "sv": "Allvarlighet", "en": "Severity"},
    "likelihood": {"fi": "Todennäköisyys", "sv": "Sannolikhet", "en": "Likelihood"},
    "residual": {"fi": "Jäännösriski", "sv": "Kvarstående risk", "en": "Residual risk"},
    "measures": {"fi": "Toimenpiteet", "sv": "Åtgärder", "en": "Measures"},
    "conclusion": {"fi": "Johtopäätös", "sv": "Slutsats", "en": "Conclusion"},
    "signed_by": {"fi": "Hyväksynyt", "sv": "Godkänd av", "en": "Approved by"},
    "risk_assessment": {"fi": "Riskin arviointi", "sv": "Riskbedömning", "en": "Risk assessment"},
    "criterion": {"fi": "Kriteeri", "sv": "Kriterium", "en": "Criterion"},
    "source": {"fi": "Lähde", "sv": "Källa", "en": "Source"},
    "answer": {"fi": "Vastaus", "sv": "Svar", "en": "Answer"},
    "risk_level": {"fi": "Riskitaso", "sv": "Risknivå", "en": "Risk level"},
    "existing_measures": {
        "fi": "Nykyiset toimenpiteet",
        "sv": "Befintliga åtgärder",
        "en": "Existing measures",
    },
    "planned_measures": {
        "fi": "Suunnitellut toimenpiteet",
        "sv": "Planerade åtgärder",
        "en": "Planned measures",
    },
    "owner_due": {
        "fi": "Vastuuhenkilö: {owner}, määräaika: {due}",
        "sv": "Ansvarig: {owner}, senast: {due}",
        "en": "Owner: {owner}, due: {due}",
    },
    "risk_matrix": {
        "fi": "Riskimatriisi: vakavuus ja todennäköisyys",
        "sv": "Riskmatris: allvarlighet och sannolikhet",
        "en": "Risk matrix: severity and likelihood",
    },
    "risk_matrix_key": {
        "fi": "R1, R2 … ovat riskien numerot; suluissa jäännösriski suunniteltujen toimenpiteiden jälkeen.",
        "sv": "R1, R2 … är riskernas nummer; inom parentes den kvarstående risken efter planerade åtgärder.",
        "en": "R1, R2 … are the risks' numbers; in brackets the residual risk after the planned measures.",
    },
    "assessment_status": {"fi": "Tila", "sv": "Status", "en": "Status"},
    "assessment_signed": {"fi": "Hyväksytty", "sv": "Godkänd", "en": "Signed off"},
    "assessment_draft": {
        "fi": "Luonnos, ei hyväksytty",
        "sv": "Utkast, inte godkänt",
        "en": "Draft, not signed off",
    },
    "assessment_in_force": {
        "fi": "Voimassa oleva arvio",
        "sv": "Gällande bedömning",
        "en": "The assessment in force",
    },
    "date": {"fi": "Päivämäärä", "sv": "Datum", "en": "Date"},
    "not_answered": {"fi": "ei vastattu", "sv": "obesvarad", "en": "not answered"},
    # The privacy notice (written to the data subject)
    "n_controller": {
        "fi": "Rekisterinpitäjä ja yhteystiedot",
        "sv": "Personuppgiftsansvarig och kontaktuppgifter",
        "en": "Controller and contact details",
    },
    "n_contact_person": {"fi": "Yhteyshenkilö", "sv": "Kontaktperson", "en": "Contact person"},
    "n_dpo_none": {
        "fi": "Emme ole nimittäneet tietosuojavastaavaa.",
        "sv": "Vi har inte utsett något dataskyddsombud.",
        "en": "We have not appointed a data protection officer.",
    },
    "n_purpose": {
        "fi": "Miksi käsittelemme henkilötietojasi",
        "sv": "Varför vi behandlar dina personuppgifter",
        "en": "Why we process your personal data",
    },
    "n_legal_basis": {
        "fi": "Käsittelyn oikeusperuste",
        "sv": "Rättslig grund för behandlingen",
        "en": "Legal basis for processing",
    },
    "n_legal_basis_intro": {
        "fi": "Käsittelemme henkilötietojasi seuraavalla perusteella:",
        "sv": "Vi behandlar dina personuppgifter på följande grund:",
        "en": "We process your personal data on the following basis:",
    },
    "n_legitimate_interest": {
        "fi": "Oikeutettu etumme",
        "sv": "Vårt berättigade intresse",
        "en": "Our legitimate interest",
    },
    "n_data": {
        "fi": "Mitä tietoja käsittelemme",
        "sv": "Vilka uppgifter vi behandlar",
        "en": "What data we process",
    },
    "n_data_subjects": {
        "fi": "Keitä tiedot koskevat",
        "sv": "Vem uppgifterna gäller",
        "en": "Whom the data concerns",
    },
    "n_sources": {
        "fi": "Mistä saamme tiedot",
        "sv": "Varifrån vi får uppgifterna",
        "en": "Where we get the data",
    },
    "n_recipients": {
        "fi": "Kenelle tietoja luovutetaan",
        "sv": "Vem vi lämnar ut uppgifterna till",
        "en": "Who receives the data",
    },
    "n_processors_intro": {
        "fi": "Seuraavat palveluntarjoajat käsittelevät tietoja puolestamme:",
        "sv": "Följande tjänsteleverantörer behandlar uppgifterna för vår räkning:",
        "en": "The following service providers process the data on our behalf:",
    },
    "n_recipients_intro": {
        "fi": "Luovutamme tietoja säännönmukaisesti seuraaville:",
        "sv": "Vi lämnar regelbundet ut uppgifter till följande mottagare:",
        "en": "We regularly disclose data to the following recipients:",
    },
    "n_transfers": {
        "fi": "Tietojen siirto EU:n tai ETA:n ulkopuolelle",
        "sv": "Överföring utanför EU eller EES",
        "en": "Transfers outside the EU or EEA",
    },
    "n_transfers_intro": {
        "fi": "Tietojasi siirretään Euroopan unionin tai Euroopan talousalueen ulkopuolelle seuraavasti:",
        "sv": "Dina uppgifter överförs utanför Europeiska unionen eller Europeiska ekonomiska "
        "samarbetsområdet enligt följande:",
        "en": "Your data is transferred outside the European Union or the European Economic Area as follows:",
    },
    "n_transfer_row": {
        "fi": "{importer}, {country}: {mechanism}",
        "sv": "{importer}, {country}: {mechanism}",
        "en": "{importer}, {country}: {mechanism}",
    },
    "n_transfers_copy": {
        "fi": "Saat jäljennöksen suojatoimista tai tiedon siitä, mistä ne ovat saatavilla, ottamalla meihin "
        "yhteyttä.",
        "sv": "Du kan få en kopia av skyddsåtgärderna eller uppgift om var de finns tillgängliga genom att "
        "kontakta oss.",
        "en": "You can obtain a copy of the safeguards, or find out where they are available, by contacting "
        "us.",
    },
    "n_retention": {
        "fi": "Kuinka kauan säilytämme tietoja",
        "sv": "Hur länge vi sparar uppgifterna",
        "en": "How long we keep the data",
    },
    "n_rights": {"fi": "Oikeutesi", "sv": "Dina rättigheter", "en": "Your rights"},
    "n_rights_intro": {
        "fi": "Koska käsittely perustuu edellä mainittuun oikeusperusteeseen, sinulla on seuraavat oikeudet:",
        "sv": "Eftersom behandlingen grundar sig på den rättsliga grund som anges ovan har du följande "
        "rättigheter:",
        "en": "Because the processing is based on the legal basis stated above, you have the following "
        "rights:",
    },
    "n_rights_how": {
        "fi": "Voit käyttää oikeuksiasi ottamalla yhteyttä meihin: {contact}. Vastaamme pyyntöösi "
        "viimeistään kuukauden kuluessa sen saamisesta. Pyynnöt ovat maksuttomia.",
        "sv": "Du kan utöva dina rättigheter genom att kontakta oss: {contact}. Vi besvarar din begäran "
        "senast en månad efter att vi har tagit emot den. Det kostar ingenting att göra en begäran.",
        "en": "You can exercise your rights by contacting us: {contact}. We will answer your request within "
        "one month of receiving it. Requests are free of charge.",
    },
    "n_rights_how_nocontact": {
        "fi": "Voit käyttää oikeuksiasi ottamalla yhteyttä rekisterinpitäjään. Vastaamme pyyntöösi "
        "viimeistään kuukauden kuluessa sen saamisesta. Pyynnöt ovat maksuttomia.",
        "sv": "Du kan utöva dina rättigheter genom att kontakta den personuppgiftsansvarige. Vi besvarar "
        "din begäran senast en månad efter att vi har tagit emot den. Det kostar ingenting att göra "
        "en begäran.",
        "en": "You can exercise your rights by contacting the controller. We will answer your request "
        "within one month of receiving it. Requests are free of charge.",
    },
    "n_more_about_rights": {
        "fi": "Lisätietoja oikeuksistasi",
        "sv": "Mer om dina rättigheter",
        "en": "More about your rights",
    },
    "n_withdraw": {
        "fi": "Suostumuksen peruuttaminen",
        "sv": "Återkallande av samtycke",
        "en": "Withdrawing your consent",
    },
    "n_complaint": {
        "fi": "Oikeus tehdä valitus valvontaviranomaiselle",
        "sv": "Rätt att lämna in klagomål till tillsynsmyndigheten",
        "en": "Right to lodge a complaint with the supervisory authority",
    },
    "n_complaint_text": {
        "fi": "Jos katsot, että henkilötietojesi käsittelyssä rikotaan tietosuojalainsäädäntöä, sinulla on "
        "oikeus tehdä valitus valvontaviranomaiselle. Suomessa valvontaviranomainen on "
        "tietosuojavaltuutetun toimisto.",
        "sv": "Om du anser att behandlingen av dina personuppgifter strider mot dataskyddslagstiftningen "
        "har du rätt att lämna in ett klagomål till tillsynsmyndigheten. I Finland är "
        "tillsynsmyndigheten dataombudsmannens byrå.",
        "en": "If you consider that the processing of your personal data infringes data protection law, you "
        "have the right to lodge a complaint with the supervisory authority. In Finland, the "
        "supervisory authority is the Office of the Data Protection Ombudsman.",
    },
    "n_authority": {
        "fi": "Tietosuojavaltuutetun toimisto",
        "sv": "Dataombudsmannens byrå",
        "en": "Office of the Data Protection Ombudsman",
    },
    "n_authority_postal": {
        "fi": "PL 800, 00531 Helsinki",
        "sv": "PB 800, 00531 Helsingfors",
        "en": "P.O. Box 800, FI-00531 Helsinki, Finland",
    },
    "n_authority_web": {
        "fi": "https://tietosuoja.fi",
        "sv": "https://tietosuoja.fi/sv",
        "en": "https://tietosuoja.fi/en",
    },
    "n_authority_email": {"fi": "tietosuoja@om.fi", "sv": "tietosuoja@om.fi", "en": "tietosuoja@om.fi"},
    "n_cookies": {"fi": "Evästeet", "sv": "Kakor", "en": "Cookies"},
    "n_security": {
        "fi": "Miten suojaamme tietosi",
        "sv": "Hur vi skyddar dina uppgifter",
        "en": "How we protect your data",
    },
    # The record
    "r_controller_section": {"fi": "Rekisterinpitäjä", "sv": "Personuppgiftsansvarig", "en": "Controller"},
    "r_activities": {"fi": "Käsittelytoimet", "sv": "Behandlingar", "en": "Processing activities"},
    "r_count": {"fi": "Rekistereitä: {count}", "sv": "Antal register: {count}", "en": "Registers: {count}"},
    "r_flows": {"fi": "Tietovirrat", "sv": "Dataflöden", "en": "Data flows"},
    "figure_caption": {"fi": "Tietovirrat: {name}", "sv": "Dataflöden: {name}", "en": "Data flows: {name}"},
    "figure_not_in_markdown": {
        "fi": "Kaavio on saatavilla HTML-, PDF- ja Word-versiossa.",
        "sv": "Diagrammet finns i HTML-, PDF- och Word-versionen.",
        "en": "The diagram is included in the HTML, PDF and Word versions.",
    },
}

LEGAL_BASIS = LegalBasis  # labels live in tietovirta.canonical.labels
# How each language cites GDPR Art. 6(1) point x.
ARTICLE_6_1 = {
    "fi": "tietosuoja-asetuksen 6 artiklan 1 kohdan {point} alakohta",
    "sv": "artikel 6.1 {point} i dataskyddsförordningen",
    "en": "GDPR Article 6(1)({point})",
}

# What the basis means for the data subject, in plain words (privacy notice).
LEGAL_BASIS_PLAIN: dict[LegalBasis, Phrase] = {
    LegalBasis.CONSENT: {
        "fi": "olet antanut siihen suostumuksesi",
        "sv": "du har gett ditt samtycke",
        "en": "you have given your consent",
    },
    LegalBasis.CONTRACT: {
        "fi": "käsittely on tarpeen sopimuksen tekemiseksi tai täyttämiseksi kanssasi",
        "sv": "behandlingen är nödvändig för att ingå eller fullgöra ett avtal med dig",
        "en": "processing is needed to enter into or perform a contract with you",
    },
    LegalBasis.LEGAL_OBLIGATION: {
        "fi": "laki velvoittaa meitä käsittelemään tietoja",
        "sv": "lagen förpliktar oss att behandla uppgifterna",
        "en": "the law requires us to process the data",
    },
    LegalBasis.VITAL_INTERESTS: {
        "fi": "käsittely on tarpeen sinun tai toisen henkilön hengen tai terveyden suojaamiseksi",
        "sv": "behandlingen är nödvändig för att skydda ditt eller någon annans liv eller hälsa",
        "en": "processing is needed to protect your life or health or someone else's",
    },
    LegalBasis.PUBLIC_TASK: {
        "fi": "käsittely on tarpeen yleistä etua koskevan tehtävän hoitamiseksi",
        "sv": "behandlingen är nödvändig för att utföra en uppgift av allmänt intresse",
        "en": "processing is needed to carry out a task in the public interest",
    },
    LegalBasis.LEGITIMATE_INTERESTS: {
        "fi": "käsittely on tarpeen oikeutetun etumme toteuttamiseksi",
        "sv": "behandlingen är nödvändig för vårt berättigade intresse",
        "en": "processing is needed for our legitimate interests",
    },
}

SPECIAL_CATEGORY = SpecialCategory  # labels live in tietovirta.canonical.labels

HETU_GROUND = HetuGround  # labels live in tietovirta.canonical.labels

SYSTEM_KIND = SystemKind  # labels live in tietovirta.canonical.labels

HOSTING = HostingRegion  # labels live in tietovirta.canonical.labels

MECHANISM = TransferMechanism  # labels live in tietovirta.canonical.labels

PARTY_ROLE = PartyRole  # labels live in tietovirta.canonical.labels

AGREEMENT = AgreementStatus  # labels live in tietovirta.canonical.labels

STATUS = RegisterStatus  # labels live in tietovirta.canonical.labels

# CNIL scale, LEGAL.md §5: the labels live in tietovirta.risk.scale
RISK_LEVEL: dict[int, Phrase] = {
    level: {lang: msg.render(lang) for lang in LANGUAGES} for level, msg in SCALE.items()
}

_BABEL_UNIT = {
    RetentionUnit.DAYS: "duration-day",
    RetentionUnit.MONTHS: "duration-month",
    RetentionUnit.YEARS: "duration-year",
}


def check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language '{lang}'; choose one of {', '.join(LANGUAGES)}")
    return lang


def t(key: str, lang: str, **values: object) -> str:
    """The phrase `key` in `lang`, with {placeholders} filled from `values`."""
    text = PHRASES[key][lang]
    return text.format(**values) if values else text


def label(table: dict | type, value: object, lang: str) -> str:
    """The label of an enum value (from canonical.labels) or of a risk level (RISK_LEVEL above)."""
    if isinstance(table, dict):
        return table[value][lang]
    return enum_label(value, lang, table)


def fmt_date(value: dt.date | dt.datetime | None, lang: str) -> str:
    if value is None:
        return ""
    day = value.date() if isinstance(value, dt.datetime) else value
    return format_date(day, "medium", locale=_BABEL_LOCALE[lang])


def fmt_number(value: int | float, lang: str) -> str:
    return format_decimal(value, locale=_BABEL_LOCALE[lang])


def fmt_duration(amount: int, unit: RetentionUnit, lang: str) -> str:
    """E.g. '6 vuotta', '6 år', '6 years'."""
    return format_unit(amount, _BABEL_UNIT[unit], length="long", locale=_BABEL_LOCALE[lang])


def legal_basis_label(basis: LegalBasis, lang: str) -> str:
    """E.g. 'sopimus (tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta)'."""
    return f"{enum_label(basis, lang, LegalBasis)} ({ARTICLE_6_1[lang].format(point=basis.value)})"
