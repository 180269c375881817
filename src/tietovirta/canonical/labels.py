"""Human labels of the canonical enumerations in Finnish, Swedish and English.

One table for the web UI (choice labels, capitalised there) and the generated documents (lower case
within sentences). Terms follow LEGAL.md §3 and §8.
"""

from __future__ import annotations

from enum import StrEnum

from tietovirta.canonical.schema import (
    ActionKind,
    AgreementStatus,
    BreachRisk,
    HetuGround,
    HostingRegion,
    IdentityMethod,
    LegalBasis,
    PartyRole,
    RefusalGround,
    RegisterStatus,
    RequestChannel,
    RequestKind,
    RequestStatus,
    RetentionUnit,
    SpecialCategory,
    SystemKind,
    TaskKind,
    TransferMechanism,
)
from tietovirta.language import Msg

Labels = dict[str, Msg]  # value -> its label in every language

LABELS: dict[type[StrEnum], Labels] = {
    SpecialCategory: {
        SpecialCategory.RACIAL_ETHNIC: Msg(
            "rotu tai etninen alkuperä",
            "ras eller etniskt ursprung",
            "racial or ethnic origin",
        ),
        SpecialCategory.POLITICAL: Msg("poliittiset mielipiteet", "politiska åsikter", "political opinions"),
        SpecialCategory.RELIGIOUS: Msg(
            "uskonnollinen tai filosofinen vakaumus",
            "religiös eller filosofisk övertygelse",
            "religious or philosophical beliefs",
        ),
        SpecialCategory.TRADE_UNION: Msg(
            "ammattiliiton jäsenyys",
            "medlemskap i fackförening",
            "trade union membership",
        ),
        SpecialCategory.GENETIC: Msg("geneettiset tiedot", "genetiska uppgifter", "genetic data"),
        SpecialCategory.BIOMETRIC: Msg("biometriset tiedot", "biometriska uppgifter", "biometric data"),
        SpecialCategory.HEALTH: Msg("terveystiedot", "uppgifter om hälsa", "health data"),
        SpecialCategory.SEX_LIFE: Msg(
            "seksuaalinen käyttäytyminen tai suuntautuminen",
            "sexualliv eller sexuell läggning",
            "sex life or sexual orientation",
        ),
        SpecialCategory.CRIMINAL: Msg(
            "rikostuomiot ja rikkomukset",
            "fällande domar och lagöverträdelser",
            "criminal convictions and offences",
        ),
    },
    # Tietosuojalaki 1050/2018 § 29 by momentti (LEGAL.md §4, as corrected 2026-12).
    HetuGround: {
        HetuGround.CONSENT_OR_LAW: Msg(
            "rekisteröidyn yksiselitteinen suostumus tai laissa säädetty peruste (29 § 1 mom.)",
            "den registrerades otvetydiga samtycke eller en grund som föreskrivs i lag (29 § 1 mom.)",
            "the data subject's unambiguous consent, or a ground provided by law (s. 29(1))",
        ),
        HetuGround.UNAMBIGUOUS_IDENTIFICATION: Msg(
            "rekisteröidyn yksiselitteinen yksilöiminen on tärkeää lakisääteisen tehtävän, rekisteröidyn tai "
            "rekisterinpitäjän oikeuksien ja velvollisuuksien taikka tutkimuksen tai tilastoinnin vuoksi "
            "(29 § 1 mom. 1–3 kohta)",
            "entydig identifiering av den registrerade är viktig för en lagstadgad uppgift, för den "
            "registrerades eller den personuppgiftsansvariges rättigheter och skyldigheter eller för "
            "forskning eller statistik (29 § 1 mom. 1–3 punkten)",
            "unambiguous identification of the data subject is important for a statutory task, for the "
            "rights and obligations of the data subject or the controller, or for research or statistics "
            "(s. 29(1)(1)–(3))",
        ),
        HetuGround.SECTOR: Msg(
            "toimiala tai tehtävä, jossa käsittely on sallittua, kuten luotonanto ja perintä, vakuutus- ja "
            "vuokraustoiminta, terveydenhuolto sekä palvelus- ja työsuhde (29 § 2 mom.)",
            "bransch eller uppgift där behandlingen är tillåten, till exempel kreditgivning och indrivning, "
            "försäkring, uthyrning, hälso- och sjukvård samt tjänste- och arbetsförhållanden (29 § 2 mom.)",
            "a sector or task where processing is allowed, such as credit and debt collection, insurance, "
            "renting, health care, and public-service and employment relationships (s. 29(2))",
        ),
        HetuGround.ADDRESS_UPDATE: Msg(
            "luovuttaminen osoitetietojen päivittämiseksi tai päällekkäisyyksien välttämiseksi (29 § 3 mom.)",
            "utlämnande för att uppdatera adressuppgifter eller undvika dubbletter (29 § 3 mom.)",
            "disclosure to update address data or to avoid duplicates (s. 29(3))",
        ),
    },
    SystemKind: {
        SystemKind.CRM: Msg("asiakkuudenhallinta (CRM)", "kundhantering (CRM)", "CRM"),
        SystemKind.ACCOUNTING: Msg("taloushallinto", "ekonomiförvaltning", "accounting"),
        SystemKind.EMAIL: Msg("sähköposti", "e-post", "email"),
        SystemKind.NEWSLETTER: Msg("uutiskirje", "nyhetsbrev", "newsletter"),
        SystemKind.FILE_STORAGE: Msg("tiedostojen tallennus", "fillagring", "file storage"),
        SystemKind.ERP: Msg("toiminnanohjaus (ERP)", "affärssystem (ERP)", "ERP"),
        SystemKind.SPREADSHEET: Msg("taulukkolaskenta", "kalkylark", "spreadsheet"),
        SystemKind.PAPER_ARCHIVE: Msg("paperiarkisto", "pappersarkiv", "paper archive"),
        SystemKind.WEBSITE: Msg("verkkosivusto", "webbplats", "website"),
        SystemKind.CALENDAR: Msg("kalenteri", "kalender", "calendar"),
        SystemKind.COMMUNICATION: Msg("viestintä", "kommunikation", "communication"),
        SystemKind.HR: Msg("henkilöstöhallinto", "personaladministration", "HR"),
        SystemKind.PROPERTY_MANAGEMENT: Msg("isännöinti", "fastighetsförvaltning", "property management"),
        SystemKind.CAMERA: Msg("kameravalvonta", "kameraövervakning", "camera surveillance"),
        SystemKind.ANALYTICS: Msg("verkkoanalytiikka", "webbanalys", "web analytics"),
        SystemKind.ADVERTISING: Msg("mainonta", "annonsering", "advertising"),
        SystemKind.PAYMENTS: Msg("maksunvälitys", "betalningsförmedling", "payments"),
        SystemKind.ECOMMERCE: Msg("verkkokauppa", "webbutik", "online shop"),
        SystemKind.HOSTING: Msg("palvelin- ja pilvipalvelu", "server- och molntjänst", "hosting and cloud"),
        SystemKind.FORMS: Msg("lomakepalvelu", "formulärtjänst", "forms"),
        SystemKind.SURVEY: Msg("kyselypalvelu", "enkättjänst", "surveys"),
        SystemKind.BOOKING: Msg(
            "ajanvaraus ja tapahtumat", "tidsbokning och evenemang", "booking and events"
        ),
        SystemKind.SIGNATURE: Msg("sähköinen allekirjoitus", "elektronisk underskrift", "e-signature"),
        SystemKind.SECURITY: Msg(
            "tunnistus ja tietoturva", "identifiering och säkerhet", "identity and security"
        ),
        SystemKind.OTHER: Msg("muu", "annat", "other"),
    },
    HostingRegion: {
        HostingRegion.FINLAND: Msg("Suomi", "Finland", "Finland"),
        HostingRegion.EEA: Msg("EU/ETA", "EU/EES", "EU/EEA"),
        HostingRegion.THIRD_COUNTRY: Msg("kolmas maa", "tredjeland", "third country"),
        HostingRegion.UNKNOWN: Msg("ei tiedossa", "okänd", "unknown"),
    },
    TransferMechanism: {
        TransferMechanism.NONE: Msg("ei siirtoperustetta", "ingen överföringsgrund", "no safeguard"),
        TransferMechanism.ADEQUACY: Msg(
            "Euroopan komission tietosuojan riittävyyttä koskeva päätös (45 artikla)",
            "Europeiska kommissionens beslut om adekvat skyddsnivå (artikel 45)",
            "European Commission adequacy decision (Article 45)",
        ),
        TransferMechanism.DPF: Msg(
            "EU:n ja Yhdysvaltojen välinen tietosuojakehys (komission täytäntöönpanopäätös (EU) 2023/1795)",
            "dataskyddsramen mellan EU och USA (kommissionens genomförandebeslut (EU) 2023/1795)",
            "EU-US Data Privacy Framework (Commission Implementing Decision (EU) 2023/1795)",
        ),
        TransferMechanism.SCC: Msg(
            "Euroopan komission vakiosopimuslausekkeet (komission täytäntöönpanopäätös (EU) 2021/914)",
            "Europeiska kommissionens standardavtalsklausuler (kommissionens genomförandebeslut (EU) "
            "2021/914)",
            "European Commission standard contractual clauses (Commission Implementing Decision (EU) "
            "2021/914)",
        ),
        TransferMechanism.BCR: Msg(
            "yritystä koskevat sitovat säännöt (47 artikla)",
            "bindande företagsbestämmelser (artikel 47)",
            "binding corporate rules (Article 47)",
        ),
        TransferMechanism.DEROGATION: Msg(
            "erityistilanteita koskeva poikkeus (49 artikla)",
            "undantag i särskilda situationer (artikel 49)",
            "derogation for specific situations (Article 49)",
        ),
        TransferMechanism.PRIVACY_SHIELD: Msg(
            "Privacy Shield (ei enää pätevä)",
            "Privacy Shield (inte längre giltig)",
            "Privacy Shield (no longer valid)",
        ),
    },
    PartyRole: {
        PartyRole.PROCESSOR: Msg("henkilötietojen käsittelijä", "personuppgiftsbiträde", "processor"),
        PartyRole.SUB_PROCESSOR: Msg("alihankkija (alikäsittelijä)", "underbiträde", "sub-processor"),
        PartyRole.RECIPIENT: Msg("vastaanottaja", "mottagare", "recipient"),
        PartyRole.JOINT_CONTROLLER: Msg(
            "yhteisrekisterinpitäjä",
            "gemensamt personuppgiftsansvarig",
            "joint controller",
        ),
    },
    AgreementStatus: {
        AgreementStatus.SIGNED: Msg("allekirjoitettu", "undertecknat", "signed"),
        AgreementStatus.MISSING: Msg("puuttuu", "saknas", "missing"),
        AgreementStatus.UNKNOWN: Msg("ei tiedossa", "okänt", "unknown"),
        AgreementStatus.NOT_NEEDED: Msg("ei tarvita", "behövs inte", "not needed"),
    },
    RegisterStatus: {
        RegisterStatus.DRAFT: Msg("luonnos", "utkast", "draft"),
        RegisterStatus.PUBLISHED: Msg("julkaistu", "publicerad", "published"),
        RegisterStatus.ARCHIVED: Msg("arkistoitu", "arkiverad", "archived"),
    },
    RetentionUnit: {
        RetentionUnit.DAYS: Msg("päivää", "dagar", "days"),
        RetentionUnit.MONTHS: Msg("kuukautta", "månader", "months"),
        RetentionUnit.YEARS: Msg("vuotta", "år", "years"),
    },
    LegalBasis: {
        LegalBasis.CONSENT: Msg("suostumus", "samtycke", "consent"),
        LegalBasis.CONTRACT: Msg("sopimus", "avtal", "contract"),
        LegalBasis.LEGAL_OBLIGATION: Msg(
            "lakisääteinen velvoite", "rättslig förpliktelse", "legal obligation"
        ),
        LegalBasis.VITAL_INTERESTS: Msg("elintärkeä etu", "grundläggande intresse", "vital interests"),
        LegalBasis.PUBLIC_TASK: Msg(
            "yleistä etua koskeva tehtävä tai julkisen vallan käyttö",
            "uppgift av allmänt intresse eller myndighetsutövning",
            "public task",
        ),
        LegalBasis.LEGITIMATE_INTERESTS: Msg("oikeutettu etu", "berättigat intresse", "legitimate interests"),
    },
    # Data-subject requests (LEGAL.md §8: rights) and breaches
    RequestKind: {
        RequestKind.ACCESS: Msg("pääsy tietoihin (tarkastusoikeus)", "tillgång till uppgifter", "access"),
        RequestKind.RECTIFICATION: Msg("tietojen oikaisu", "rättelse", "rectification"),
        RequestKind.ERASURE: Msg("tietojen poistaminen", "radering", "erasure"),
        RequestKind.RESTRICTION: Msg("käsittelyn rajoittaminen", "begränsning av behandling", "restriction"),
        RequestKind.PORTABILITY: Msg(
            "tietojen siirtäminen järjestelmästä toiseen",
            "dataportabilitet",
            "data portability",
        ),
        RequestKind.OBJECTION: Msg("käsittelyn vastustaminen", "invändning mot behandling", "objection"),
        RequestKind.DIRECT_MARKETING_OBJECTION: Msg(
            "suoramarkkinoinnin vastustaminen",
            "invändning mot direktmarknadsföring",
            "objection to direct marketing",
        ),
        RequestKind.CONSENT_WITHDRAWAL: Msg(
            "suostumuksen peruuttaminen",
            "återkallande av samtycke",
            "withdrawal of consent",
        ),
    },
    RequestChannel: {
        RequestChannel.WEB_FORM: Msg("verkkolomake", "webbformulär", "web form"),
        RequestChannel.EMAIL: Msg("sähköposti", "e-post", "e-mail"),
        RequestChannel.LETTER: Msg("kirje", "brev", "letter"),
        RequestChannel.PHONE: Msg("puhelin", "telefon", "phone"),
        RequestChannel.IN_PERSON: Msg("henkilökohtaisesti", "personligen", "in person"),
        RequestChannel.OTHER: Msg("muu", "annat", "other"),
    },
    RequestStatus: {
        RequestStatus.OPEN: Msg("avoin", "öppen", "open"),
        RequestStatus.COMPLETED: Msg("vastattu", "besvarad", "answered"),
        RequestStatus.REFUSED: Msg("kieltäydytty", "avslagen", "refused"),
        RequestStatus.WITHDRAWN: Msg("peruttu", "återtagen", "withdrawn"),
    },
    RefusalGround: {
        RefusalGround.MANIFESTLY_UNFOUNDED: Msg(
            "pyyntö on ilmeisen perusteeton (12 artiklan 5 kohta)",
            "begäran är uppenbart ogrundad (artikel 12.5)",
            "the request is manifestly unfounded (Article 12(5))",
        ),
        RefusalGround.EXCESSIVE: Msg(
            "pyyntö on kohtuuton, erityisesti toistuva (12 artiklan 5 kohta)",
            "begäran är orimlig, särskilt på grund av dess repetitiva karaktär (artikel 12.5)",
            "the request is excessive, in particular repetitive (Article 12(5))",
        ),
        RefusalGround.IDENTITY_NOT_ESTABLISHED: Msg(
            "pyytäjän henkilöllisyyttä ei voitu varmistaa (11 artiklan 2 kohta, 12 artiklan 6 kohta)",
            "den sökandes identitet kunde inte fastställas (artikel 11.2 och 12.6)",
            "the requester's identity could not be established (Articles 11(2) and 12(6))",
        ),
        RefusalGround.EXEMPTION: Msg(
            "laissa säädetty poikkeus (esim. 17 artiklan 3 kohdan b alakohta)",
            "undantag enligt lag (t.ex. artikel 17.3 b)",
            "an exemption provided by law (e.g. Article 17(3)(b))",
        ),
    },
    IdentityMethod: {
        IdentityMethod.EMAIL_CONFIRMED: Msg(
            "vahvistettu sähköpostiosoite, joka on jo rekisterissä",
            "bekräftad e-postadress som redan finns i registret",
            "confirmed e-mail address already on record",
        ),
        IdentityMethod.STRONG_AUTHENTICATION: Msg(
            "vahva sähköinen tunnistus (pankkitunnukset, mobiilivarmenne)",
            "stark autentisering (bankkoder, mobilcertifikat)",
            "strong electronic identification (bank ID, mobile ID)",
        ),
        IdentityMethod.ID_DOCUMENT_SHOWN: Msg(
            "henkilöllisyystodistus näytetty (ei kopioitu)",
            "identitetshandling visad (inte kopierad)",
            "identity document shown (not copied)",
        ),
        IdentityMethod.KNOWN_DETAILS: Msg(
            "tiedot täsmäsivät rekisterin tietoihin",
            "uppgifterna stämde med registrets uppgifter",
            "details matched the records",
        ),
        IdentityMethod.OTHER: Msg("muu tapa", "annat sätt", "other"),
    },
    TaskKind: {
        TaskKind.SEARCH_REGISTER: Msg("hae rekisteristä", "sök i registret", "search the register"),
        TaskKind.SEARCH_SYSTEM: Msg("hae järjestelmästä", "sök i systemet", "search the system"),
        TaskKind.CONTACT_PARTY: Msg("ota yhteyttä", "kontakta", "contact"),
        TaskKind.OTHER: Msg("muu tehtävä", "annan uppgift", "other task"),
    },
    BreachRisk: {
        BreachRisk.UNASSESSED: Msg("ei vielä arvioitu", "ännu inte bedömd", "not yet assessed"),
        BreachRisk.NONE: Msg(
            "ei todennäköisesti aiheuta riskiä",
            "medför sannolikt ingen risk",
            "unlikely to result in a risk",
        ),
        BreachRisk.RISK: Msg("riski", "risk", "risk"),
        BreachRisk.HIGH: Msg("korkea riski", "hög risk", "high risk"),
    },
    ActionKind: {
        ActionKind.CONTAINMENT: Msg("rajoittamistoimi", "begränsande åtgärd", "containment"),
        ActionKind.CORRECTIVE: Msg("korjaava toimenpide", "korrigerande åtgärd", "corrective action"),
    },
}


def label_msg(value: StrEnum | str, enum: type[StrEnum] | None = None) -> Msg:
    """The label of an enum value in every language; the raw value if it has none."""
    enum = enum or type(value)
    return LABELS.get(enum, {}).get(str(value)) or Msg.same(str(value))


def label(value: StrEnum | str, lang: str = "fi", enum: type[StrEnum] | None = None) -> str:
    """The label of an enum value in `lang`; the raw value if it has none."""
    return label_msg(value, enum).text(lang)


# GDPR Art. 9(2) conditions that lift the ban on processing special categories.
ART9_CONDITIONS: dict[str, Msg] = {
    "a": Msg("Nimenomainen suostumus", "Uttryckligt samtycke", "Explicit consent"),
    "b": Msg(
        "Työoikeuden tai sosiaaliturvan velvoitteet",
        "Skyldigheter inom arbetsrätt och social trygghet",
        "Employment and social security law",
    ),
    "c": Msg("Elintärkeä etu", "Grundläggande intresse", "Vital interests"),
    "d": Msg(
        "Säätiön, yhdistyksen tai muun voittoa tavoittelemattoman elimen jäsenet",
        "Medlemmar i stiftelse, förening eller annat ideellt organ",
        "Members of a not-for-profit body",
    ),
    "e": Msg(
        "Rekisteröity on itse saattanut tiedot julkisiksi",
        "Uppgifter som den registrerade offentliggjort",
        "Data made public by the data subject",
    ),
    "f": Msg("Oikeusvaateen laatiminen, esittäminen tai puolustaminen", "Rättsliga anspråk", "Legal claims"),
    "g": Msg(
        "Tärkeä yleinen etu lain perusteella",
        "Viktigt allmänt intresse enligt lag",
        "Substantial public interest",
    ),
    "h": Msg(
        "Työterveyshuolto, terveydenhuolto tai sosiaalihuolto",
        "Företagshälsovård, hälso- och sjukvård, socialvård",
        "Occupational or preventive medicine, health or social care",
    ),
    "i": Msg("Kansanterveys", "Folkhälsa", "Public health"),
    "j": Msg(
        "Arkistointi, tieteellinen tai historiallinen tutkimus tai tilastointi",
        "Arkivändamål, forskning eller statistik",
        "Archiving, research or statistics",
    ),
}


def art9_label(point: str, lang: str = "fi") -> str:
    texts = ART9_CONDITIONS.get(point)
    return f"9(2)({point}) {texts.text(lang)}" if texts else point
