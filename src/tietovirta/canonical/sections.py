"""The headings of a tietovirtakuvaus: their order, their labels in fi/sv/en and their fields.

This is the one place that knows how the seed documents group a register. The register page,
the edit form, the documents and the importer all read it.

Order: the seeds' tool (seeds 000–002) with the additions of its newer version (seed 004:
"Muokattu", "Yhteyshenkilö rekisteriä koskevissa asioissa", "Käytä viittauksia…", "Riskin
arvioinnit") and of the old-style register notice (seed 003: disclosures, transfers, security
A/B, cookies, the data subject's rights), each put where that document puts it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tietovirta.language import Msg


@dataclass(frozen=True)
class Section:
    key: str
    title: Msg
    fields: tuple[str, ...]
    # Other headings real documents use for the same section (importer; lower-case not required).
    aliases: tuple[str, ...] = field(default=())

    def label(self, lang: str) -> str:
        return self.title.text(lang)

    def __getattr__(self, name: str) -> str:
        # section.fi, section.sv …: the heading in that language (the importer reads them so).
        if name != "title" and len(name) == 2 and name.isalpha():
            return getattr(self.title, name)
        raise AttributeError(name)


SECTIONS: tuple[Section, ...] = (
    Section(
        "sources",
        Msg("Tietolähteet", "Uppgiftskällor", "Data sources"),
        ("sources", "sources_text"),
        (
            "Säännönmukaiset tietolähteet",
            "Mistä tiedot saadaan",
            "Regelbundna uppgiftskällor",
            "Tietojen lähteet",
            "Henkilötietojen lähteet",
            "Mistä tietoja kerätään",
            "Varifrån uppgifterna kommer",
            "Källor",
            "Sources of personal data",
            "Where we get your data",
            "Where do we get your data",
            "Where does the data come from",
            "Source of data",
            "Regular sources of data",
            "Regular sources of information",
            "Regular data sources",
            "Regelmässiga informationskällor",
            "Regelmässiga uppgiftskällor",
            "Datakällor",
            "Källor till personuppgifter",
            "Personuppgiftskällor",
            "The sources of personal data",
        ),
    ),
    Section(
        "legal_basis",
        Msg("Käsittelyperuste", "Rättslig grund", "Legal basis"),
        (
            "legal_bases",
            "legal_basis_text",
            "legitimate_interest_text",
            "special_category_conditions",
            "special_category_text",
            "criminal_data_basis_text",
            "hetu_ground",
            "hetu_ground_text",
        ),
        (
            "Käsittelyn oikeusperuste",
            "Henkilötietojen käsittelyn oikeusperuste",
            "Rättslig grund för behandlingen",
            "Lawful basis",
            "Legal basis for processing",
            "Käsittelyperusteet",
            "Oikeusperuste",
            "Käsittelyn peruste",
            "Henkilötietojen käsittelyn peruste",
            "Rekisterin pitämisen peruste",
            "Rättslig grund för behandling av personuppgifter",
            "On what legal basis",
            "On what basis do we process your data",
            "Millä perusteella käsittelemme tietojasi",
            "Mihin käsittely perustuu",
            "På vilken grund behandlar vi uppgifterna",
            "Med vilken rätt behandlar vi uppgifterna",
            "Grund för behandlingen",
            "Legal grounds",
            "Lawful basis for processing",
            "Legal basis for data processing",
            "Legal basis for processing personal data",
            "Legal basis for the processing of personal data",
            "Grund för behandlingen av personuppgifter",
            "Rättslig grund för behandling",
            "Grund för förande av registret",
        ),
    ),
    Section("consent", Msg("Suostumus", "Samtycke", "Consent"), ("consent_text",)),
    Section(
        "consent_withdrawal",
        Msg("Oikeus suostumuksen peruuttamiseen", "Rätt att återkalla samtycke", "Right to withdraw consent"),
        ("consent_withdrawal_text",),
        ("Suostumuksen peruuttaminen", "Återkallande av samtycke", "Withdrawing consent"),
    ),
    Section(
        "systems",
        Msg("Tietojärjestelmä", "Informationssystem", "Information systems"),
        ("use_system_references", "systems", "systems_text"),
        (
            "Tietojärjestelmät",
            "Käytä viittauksia määriteltyihin tietojärjestelmiin",
            "Käytetyt järjestelmät",
            "Tietojärjestelmät ja ohjelmistot",
            "Informationssystemen",
            "Systems used",
            "IT systems",
        ),
    ),
    Section(
        "data_collected",
        Msg("Saatava tieto", "Insamlade uppgifter", "Data collected"),
        ("data_subject_categories", "data_subjects_text", "data_categories", "data_collected_text"),
        (
            "Saatavilla oleva tieto",
            "Rekisterin tietosisältö",
            "Henkilötietoryhmät",
            "Registrets datainnehåll",
            "Personal data collected",
            "Categories of personal data",
            "Rekisteriin tallennettavat tiedot",
            "Rekisterin sisältämät tiedot",
            "Käsiteltävät henkilötiedot",
            "Kerättävät tiedot",
            "Mitä tietoja keräämme",
            "Registrets innehåll",
            "Personuppgifter som behandlas",
            "Uppgifter som samlas in",
            "Personal data we collect",
            "What data we collect",
            "What personal data do we collect",
            "What information do we collect",
            "Information we collect",
            "Data we process",
            "Data content of the register",
            "Register content",
            "Content of the register",
            "Categories of personal data processed",
            "Kategorier av personuppgifter som behandlas",
            "Vilka personuppgifter behandlas",
            "Typ av uppgifter i registret",
            "What data do we collect",
            "What personal data do we process",
            "Vilka uppgifter vi samlar in",
        ),
    ),
    Section(
        "location",
        Msg("Sijainti", "Lagringsplats", "Location"),
        ("location_text",),
        (
            "Tietojen sijainti",
            "Tietojen säilytyspaikka",
            "Var uppgifterna lagras",
            "Where data is stored",
            "Data location",
        ),
    ),
    Section(
        "processing_location",
        Msg("Missä tietoja käsitellään", "Var uppgifterna behandlas", "Where data is processed"),
        ("processing_location_text",),
        ("Käsittelypaikka",),
    ),
    Section(
        "purpose",
        Msg("Miksi tietoja käsitellään", "Ändamål", "Purpose"),
        ("purposes", "purpose_text"),
        (
            "Henkilötietojen käsittelyn tarkoitus",
            "Käsittelyn tarkoitus",
            "Rekisterin käyttötarkoitus",
            "Ändamålet med behandlingen",
            "Purpose of processing",
            "Rekisterin pitämisen tarkoitus",
            "Käyttötarkoitus",
            "Ändamålet med registret",
            "Ändamålet med behandlingen av personuppgifter",
            "Purpose of the processing",
            "Purposes of processing",
            "Why we process your data",
            # Notices written as the reader's questions.
            "Why do we process your data",
            "Why do we process it",
            "Miksi käsittelemme tietojasi",
            "Mihin käytämme tietojasi",
            "Varför behandlar vi dina uppgifter",
            "Vad använder vi uppgifterna till",
            "Purpose of the register",
            "Purpose and use of the register",
            "Registrets ändamål",
            "Syftet med behandlingen av personuppgifter",
            "Syfte med behandlingen",
            "Syfte med behandling",
            "How we use your information",
            "What is the data used for",
            "What do we use your data for",
            "How do we use your data",
            "How we use the information",
            "Hur vi använder uppgifterna",
            "Purposes of processing personal data",
            "Purpose of processing of personal data",
        ),
    ),
    Section(
        "processing_method",
        Msg("Miten tietoja käsitellään", "Hur uppgifterna behandlas", "How data is processed"),
        ("processing_method_text",),
        ("Käsittelytapa",),
    ),
    Section(
        "resulting_registers",
        Msg(
            "Mitä rekistereitä tiedoista syntyy",
            "Vilka register som uppstår",
            "Registers formed from the data",
        ),
        ("resulting_registers_text",),
        ("Mitä rekistereitä tiedoista luodaan",),
    ),
    Section(
        "controller",
        Msg("Rekisterinpitäjä", "Personuppgiftsansvarig", "Controller"),
        ("contact_person",),
        (
            "Rekisterin pitäjä",
            "Yhteyshenkilö rekisteriä koskevissa asioissa",
            "Registeransvarig",
            "Data controller",
            "Rekisterinpitäjän yhteystiedot",
            "Rekisterinpitäjä ja yhteystiedot",
            "Rekisterinpitäjä ja yhteyshenkilö",
            "Personuppgiftsansvarig och kontaktuppgifter",
            "Controller and contact details",
            "Who we are",
            "Who is responsible for your data",
            "Who is the controller",
        ),
    ),
    Section(
        "processors",
        Msg("Henkilötietojen käsittelijät", "Personuppgiftsbiträden", "Processors"),
        ("parties", "processors_text"),
        (
            "Käsittelijät",
            "Processors and recipients",
            "Henkilötietojen käsittelijä",
            "Alihankkijat",
            "Personuppgiftsbiträde",
            "Data processors",
            "Service providers",
            "Processors of personal data",
            "Biträden",
            "Technical service providers",
            "Tekniska tjänsteleverantörer",
            "Third-party service providers",
            "Subcontractors",
            "Underleverantörer",
            "Personuppgiftsbiträden och mottagare",
        ),
    ),
    Section(
        "disclosures",
        Msg(
            "Tietojen säännönmukaiset luovutukset",
            "Regelbundna utlämnanden av uppgifter",
            "Regular disclosures",
        ),
        ("disclosures_text",),
        (
            "Tietojen luovutukset",
            "Vastaanottajat",
            "Mottagare",
            "Recipients",
            "Tietojen luovuttaminen",
            "Säännönmukaiset luovutukset",
            "Tietojen vastaanottajat",
            "Henkilötietojen vastaanottajat",
            "Utlämnande av uppgifter",
            "Regelbundna utlämnanden",
            "Mottagare av personuppgifter",
            "Disclosures of data",
            "Who we share data with",
            "Recipients of personal data",
            "Regular disclosures of data",
            "Regular information sharing",
            "Disclosure of data and recipients",
            "Disclosure of data and data recipients",
            "Regelmässigt utlämnande av uppgifter",
            "Regelmässig överlåtelse av uppgifter",
            "Sharing of personal data",
            "Data disclosure",
        ),
    ),
    Section(
        "transfers",
        Msg(
            "Tietojen siirto EU:n tai ETA:n ulkopuolelle",
            "Överföring utanför EU eller EES",
            "Transfers outside the EU or EEA",
        ),
        ("transfers_text",),
        (
            "Tietojen siirto EU:n ulkopuolelle",
            "Överföring till tredjeland",
            "Transfers to third countries",
            "Tietojen siirto kolmansiin maihin",
            "Överföring av uppgifter utanför EU eller EES",
            "Överföring av uppgifter till länder utanför EU eller EES",
            "International transfers",
            "Do we transfer your data outside the EU",
            "Is data transferred outside the EU",
            "Transfers outside the EEA",
            "Transfer of data outside the EU or EEA",
            "Transfer of personal data outside the EU or EEA",
            "Transfer of personal data outside EU or EEA countries",
            "Transferring personal data outside the EU/EEA",
            "Överföring av personuppgifter utanför EU eller EES",
        ),
    ),
    Section(
        "retention",
        Msg("Miten ja milloin tietoja poistetaan", "Lagringstid och radering", "Retention and erasure"),
        ("retention_period", "retention_unit", "retention_trigger", "retention_text"),
        (
            "Säilytysaika",
            "Tietojen säilytysaika",
            "Lagringstid",
            "Retention period",
            "Henkilötietojen säilytysaika",
            "Tietojen säilyttäminen ja poistaminen",
            "Säilytysaika ja poistaminen",
            "Lagringstid för personuppgifter",
            "How long we keep your data",
            "How long do we keep your data",
            "How long do we store your data",
            "How long is the data kept",
            "Data retention",
            "Storage period",
            "Data retention period",
            "Retention of personal data",
            "Storage of personal data",
            "Storing of personal data",
            "Storing personal data",
            "Förvaringstid för personuppgifter",
            "Personuppgifternas förvaringstid",
            "Lagring av personuppgifter",
            "Lagring och radering av uppgifter",
            "Storage period for personal data",
            "Data retention and deletion",
            "Förvaring av uppgifter",
        ),
    ),
    Section(
        "security",
        Msg("Miten tiedot on suojattu", "Säkerhetsåtgärder", "Security measures"),
        ("security_text", "security_manual_text", "security_electronic_text"),
        (
            "Miten tietoja suojataan",
            "Rekisterin suojauksen periaatteet",
            "Skyddsåtgärder",
            "Skydd av registret",
            "How data is protected",
            "How do we protect your data",
            "How we protect your data",
            "Rekisterin suojaus",
            "Tietoturva",
            "Tietojen suojaaminen",
            "Principer för skydd av registret",
            "Principerna för skyddet av registret",
            "Data security",
            "Security",
            "Principles of register protection",
            "Principles for protection of the register",
            "Protection of personal data",
            "Skydd av personuppgifter",
            "Technical and organisational security measures",
            "Information security",
            "How we protect your data",
        ),
    ),
    Section(
        "cookies",
        Msg("Evästeet", "Kakor", "Cookies"),
        ("cookies_text",),
        ("Evästeiden käyttö", "Användning av kakor", "Use of cookies"),
    ),
    Section(
        "access_right",
        Msg("Tarkastusoikeus", "Rätt till tillgång", "Right of access"),
        ("access_right_text",),
        (
            "Rekisteröidyn tarkastusoikeus",
            "Oikeus tarkastaa tiedot",
            "Rätt att granska uppgifter",
            "Rätt till insyn",
            "Right to access",
        ),
    ),
    Section(
        "rectification",
        Msg("Oikeus vaatia tiedon korjaamista", "Rätt till rättelse", "Right to rectification"),
        ("rectification_text",),
        (
            "Oikeus tiedon korjaamiseen",
            "Tietojen korjaaminen",
            "Rätt att kräva rättelse av uppgift",
            "Right to rectify",
        ),
    ),
    Section(
        "other_rights",
        Msg(
            "Muut henkilötietojen käsittelyyn liittyvät oikeudet",
            "Övriga rättigheter i anslutning till behandlingen",
            "Other rights",
        ),
        ("other_rights_text",),
        (
            "Rekisteröidyn oikeudet",
            "Rekisteröidyn muut oikeudet",
            "Den registrerades rättigheter",
            "Your rights",
            "What are your rights",
            "What rights do you have",
            "Your rights as a data subject",
            "Rights of the data subject",
            "Other rights of the data subject",
            "Data subject rights",
            "Data subject's rights",
            "User rights",
            "Användarens rättigheter",
            "Dina rättigheter",
            "Individual rights",
            "Right to lodge a complaint",
            "Rätt att inge klagomål",
            "Rätt att lämna klagomål",
        ),
    ),
    Section(
        "automated_decisions",
        Msg(
            "Automaattinen päätöksenteko ja profilointi",
            "Automatiserat beslutsfattande och profilering",
            "Automated decision-making and profiling",
        ),
        ("automated_decisions_text",),
        (
            "Automated decision-making",
            "Automatiserat beslutsfattande",
            "Automaattinen päätöksenteko",
            "Profilointi",
        ),
    ),
    Section(
        "statutory_requirement",
        Msg(
            "Onko tietojen antaminen pakollista ja mitä siitä seuraa",
            "Är det obligatoriskt att lämna uppgifterna och vad följer av det",
            "Whether providing the data is required, and what follows if it is not",
        ),
        ("statutory_requirement_text",),
        (
            "Tietojen antamisen vaatimus",
            "Krav på att lämna uppgifter",
            "Whether providing data is required",
            "Onko tietojen antaminen pakollista",
            "Tietojen antamisen pakollisuus",
            "Skyldighet att lämna personuppgifter",
            "Är det obligatoriskt att lämna uppgifter",
            "Obligation to provide personal data",
            "Is providing data required",
            "Do you have to give us your data",
            "Do you have to provide your data",
            "Is providing personal data mandatory",
            "Statutory or contractual requirement to provide data",
        ),
    ),
    Section(
        "privacy_notice",
        Msg("Tietosuojaseloste", "Dataskyddsbeskrivning", "Privacy notice"),
        ("privacy_notice_text", "privacy_notice_url"),
    ),
    Section(
        "responsible_person",
        Msg("Vastuuhenkilö", "Ansvarsperson", "Responsible person"),
        ("responsible_person",),
        (
            "Vastuhenkilö",
            "Rekisterin vastuuhenkilö",
            "Ansvarig person",
            "Person responsible",
        ),
    ),
    Section(
        "risk",
        Msg("Riskiarviot", "Riskbedömningar", "Risk assessments"),
        ("risk_text", "risk_assessments"),
        ("Riskin arvioinnit", "Riskinarviointi", "Riskin arviointi", "Riskiarvio"),
    ),
)

SECTIONS_BY_KEY = {s.key: s for s in SECTIONS}

# The seed's "use references to defined systems" switch and the "Muokattu" date.
USE_REFERENCES_LABEL = Msg(
    "Käytä viittauksia määriteltyihin tietojärjestelmiin",
    "Använd hänvisningar till definierade informationssystem",
    "Use references to defined information systems",
)
MODIFIED_LABEL = Msg("Muokattu", "Ändrad", "Modified")
CONTACT_PERSON_LABEL = Msg(
    "Yhteyshenkilö rekisteriä koskevissa asioissa",
    "Kontaktperson i ärenden som gäller registret",
    "Contact person for matters concerning the register",
)
SECURITY_MANUAL_LABEL = Msg(
    "A: Manuaalinen aineisto",
    "A: Manuellt material",
    "A: Manual material",
)
SECURITY_ELECTRONIC_LABEL = Msg(
    "B: ATK:lla käsiteltävät tiedot",
    "B: Uppgifter som behandlas med ADB",
    "B: Electronically processed data",
)
UNMAPPED_LABEL = Msg(
    "Muu / kohdistamaton teksti",
    "Övrig / ej placerad text",
    "Other / unmapped text",
)


def field_section(field_name: str) -> Section | None:
    """The section a register field belongs to (None for fields outside the headings)."""
    for section in SECTIONS:
        if field_name in section.fields:
            return section
    return None
