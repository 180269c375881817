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
    SpecialCategory,
    SystemKind,
    TaskKind,
    TransferMechanism,
)

Labels = dict[str, tuple[str, str, str]]  # value -> (fi, sv, en)

LABELS: dict[type[StrEnum], Labels] = {
    SpecialCategory: {
        SpecialCategory.RACIAL_ETHNIC: (
            "rotu tai etninen alkuperä",
            "ras eller etniskt ursprung",
            "racial or ethnic origin",
        ),
        SpecialCategory.POLITICAL: ("poliittiset mielipiteet", "politiska åsikter", "political opinions"),
        SpecialCategory.RELIGIOUS: (
            "uskonnollinen tai filosofinen vakaumus",
            "religiös eller filosofisk övertygelse",
            "religious or philosophical beliefs",
        ),
        SpecialCategory.TRADE_UNION: (
            "ammattiliiton jäsenyys",
            "medlemskap i fackförening",
            "trade union membership",
        ),
        SpecialCategory.GENETIC: ("geneettiset tiedot", "genetiska uppgifter", "genetic data"),
        SpecialCategory.BIOMETRIC: ("biometriset tiedot", "biometriska uppgifter", "biometric data"),
        SpecialCategory.HEALTH: ("terveystiedot", "uppgifter om hälsa", "health data"),
        SpecialCategory.SEX_LIFE: (
            "seksuaalinen käyttäytyminen tai suuntautuminen",
            "sexualliv eller sexuell läggning",
            "sex life or sexual orientation",
        ),
        SpecialCategory.CRIMINAL: (
            "rikostuomiot ja rikkomukset",
            "fällande domar och lagöverträdelser",
            "criminal convictions and offences",
        ),
    },
    HetuGround: {
        HetuGround.CONSENT_OR_LAW: (
            "rekisteröidyn suostumus tai laissa säädetty (29 § 1 mom. 1 k.)",
            "den registrerades samtycke eller föreskrivet i lag (29 § 1 mom. 1 p.)",
            "the data subject's consent or provided by law (s. 29(1)(1))",
        ),
        HetuGround.UNAMBIGUOUS_IDENTIFICATION: (
            "rekisteröidyn yksiselitteinen yksilöiminen on tärkeää (29 § 1 mom. 2 k.)",
            "entydig identifiering av den registrerade är viktig (29 § 1 mom. 2 p.)",
            "unambiguous identification of the data subject is important (s. 29(1)(2))",
        ),
        HetuGround.SECTOR: (
            "toimiala, jolla käsittely on sallittua (29 § 1 mom. 3 k.)",
            "bransch där behandlingen är tillåten (29 § 1 mom. 3 p.)",
            "a sector where processing is allowed (s. 29(1)(3))",
        ),
        HetuGround.ADDRESS_UPDATE: (
            "osoitetietojen päivittäminen (29 § 1 mom. 4 k.)",
            "uppdatering av adressuppgifter (29 § 1 mom. 4 p.)",
            "updating address data (s. 29(1)(4))",
        ),
    },
    SystemKind: {
        SystemKind.CRM: ("asiakkuudenhallinta (CRM)", "kundhantering (CRM)", "CRM"),
        SystemKind.ACCOUNTING: ("taloushallinto", "ekonomiförvaltning", "accounting"),
        SystemKind.EMAIL: ("sähköposti", "e-post", "email"),
        SystemKind.NEWSLETTER: ("uutiskirje", "nyhetsbrev", "newsletter"),
        SystemKind.FILE_STORAGE: ("tiedostojen tallennus", "fillagring", "file storage"),
        SystemKind.ERP: ("toiminnanohjaus (ERP)", "affärssystem (ERP)", "ERP"),
        SystemKind.SPREADSHEET: ("taulukkolaskenta", "kalkylark", "spreadsheet"),
        SystemKind.PAPER_ARCHIVE: ("paperiarkisto", "pappersarkiv", "paper archive"),
        SystemKind.WEBSITE: ("verkkosivusto", "webbplats", "website"),
        SystemKind.CALENDAR: ("kalenteri", "kalender", "calendar"),
        SystemKind.COMMUNICATION: ("viestintä", "kommunikation", "communication"),
        SystemKind.HR: ("henkilöstöhallinto", "personaladministration", "HR"),
        SystemKind.PROPERTY_MANAGEMENT: ("isännöinti", "fastighetsförvaltning", "property management"),
        SystemKind.CAMERA: ("kameravalvonta", "kameraövervakning", "camera surveillance"),
        SystemKind.ANALYTICS: ("verkkoanalytiikka", "webbanalys", "web analytics"),
        SystemKind.ADVERTISING: ("mainonta", "annonsering", "advertising"),
        SystemKind.PAYMENTS: ("maksunvälitys", "betalningsförmedling", "payments"),
        SystemKind.ECOMMERCE: ("verkkokauppa", "webbutik", "online shop"),
        SystemKind.HOSTING: ("palvelin- ja pilvipalvelu", "server- och molntjänst", "hosting and cloud"),
        SystemKind.FORMS: ("lomakepalvelu", "formulärtjänst", "forms"),
        SystemKind.SURVEY: ("kyselypalvelu", "enkättjänst", "surveys"),
        SystemKind.BOOKING: ("ajanvaraus ja tapahtumat", "tidsbokning och evenemang", "booking and events"),
        SystemKind.SIGNATURE: ("sähköinen allekirjoitus", "elektronisk underskrift", "e-signature"),
        SystemKind.SECURITY: (
            "tunnistus ja tietoturva", "identifiering och säkerhet", "identity and security"
        ),
        SystemKind.OTHER: ("muu", "annat", "other"),
    },
    HostingRegion: {
        HostingRegion.FINLAND: ("Suomi", "Finland", "Finland"),
        HostingRegion.EEA: ("EU/ETA", "EU/EES", "EU/EEA"),
        HostingRegion.THIRD_COUNTRY: ("kolmas maa", "tredjeland", "third country"),
        HostingRegion.UNKNOWN: ("ei tiedossa", "okänd", "unknown"),
    },
    TransferMechanism: {
        TransferMechanism.NONE: ("ei siirtoperustetta", "ingen överföringsgrund", "no safeguard"),
        TransferMechanism.ADEQUACY: (
            "Euroopan komission tietosuojan riittävyyttä koskeva päätös",
            "Europeiska kommissionens beslut om adekvat skyddsnivå",
            "European Commission adequacy decision",
        ),
        TransferMechanism.DPF: (
            "EU:n ja Yhdysvaltojen tietosuojakehys (Data Privacy Framework)",
            "Dataskyddsramen mellan EU och USA (Data Privacy Framework)",
            "EU-US Data Privacy Framework",
        ),
        TransferMechanism.SCC: (
            "Euroopan komission vakiosopimuslausekkeet",
            "Europeiska kommissionens standardavtalsklausuler",
            "European Commission standard contractual clauses",
        ),
        TransferMechanism.BCR: (
            "yritystä koskevat sitovat säännöt",
            "bindande företagsbestämmelser",
            "binding corporate rules",
        ),
        TransferMechanism.DEROGATION: (
            "erityistilanteita koskeva poikkeus (49 artikla)",
            "undantag i särskilda situationer (artikel 49)",
            "derogation for specific situations (Article 49)",
        ),
        TransferMechanism.PRIVACY_SHIELD: (
            "Privacy Shield (ei enää pätevä)",
            "Privacy Shield (inte längre giltig)",
            "Privacy Shield (no longer valid)",
        ),
    },
    PartyRole: {
        PartyRole.PROCESSOR: ("henkilötietojen käsittelijä", "personuppgiftsbiträde", "processor"),
        PartyRole.SUB_PROCESSOR: ("alihankkija (alikäsittelijä)", "underbiträde", "sub-processor"),
        PartyRole.RECIPIENT: ("vastaanottaja", "mottagare", "recipient"),
        PartyRole.JOINT_CONTROLLER: (
            "yhteisrekisterinpitäjä",
            "gemensamt personuppgiftsansvarig",
            "joint controller",
        ),
    },
    AgreementStatus: {
        AgreementStatus.SIGNED: ("allekirjoitettu", "undertecknat", "signed"),
        AgreementStatus.MISSING: ("puuttuu", "saknas", "missing"),
        AgreementStatus.UNKNOWN: ("ei tiedossa", "okänt", "unknown"),
        AgreementStatus.NOT_NEEDED: ("ei tarvita", "behövs inte", "not needed"),
    },
    RegisterStatus: {
        RegisterStatus.DRAFT: ("luonnos", "utkast", "draft"),
        RegisterStatus.PUBLISHED: ("julkaistu", "publicerad", "published"),
        RegisterStatus.ARCHIVED: ("arkistoitu", "arkiverad", "archived"),
    },
    LegalBasis: {
        LegalBasis.CONSENT: ("suostumus", "samtycke", "consent"),
        LegalBasis.CONTRACT: ("sopimus", "avtal", "contract"),
        LegalBasis.LEGAL_OBLIGATION: ("lakisääteinen velvoite", "rättslig förpliktelse", "legal obligation"),
        LegalBasis.VITAL_INTERESTS: ("elintärkeä etu", "grundläggande intresse", "vital interests"),
        LegalBasis.PUBLIC_TASK: (
            "yleistä etua koskeva tehtävä tai julkisen vallan käyttö",
            "uppgift av allmänt intresse eller myndighetsutövning",
            "public task",
        ),
        LegalBasis.LEGITIMATE_INTERESTS: ("oikeutettu etu", "berättigat intresse", "legitimate interests"),
    },
    # Data-subject requests (LEGAL.md §8: rights) and breaches
    RequestKind: {
        RequestKind.ACCESS: ("pääsy tietoihin (tarkastusoikeus)", "tillgång till uppgifter", "access"),
        RequestKind.RECTIFICATION: ("tietojen oikaisu", "rättelse", "rectification"),
        RequestKind.ERASURE: ("tietojen poistaminen", "radering", "erasure"),
        RequestKind.RESTRICTION: ("käsittelyn rajoittaminen", "begränsning av behandling", "restriction"),
        RequestKind.PORTABILITY: (
            "tietojen siirtäminen järjestelmästä toiseen",
            "dataportabilitet",
            "data portability",
        ),
        RequestKind.OBJECTION: ("käsittelyn vastustaminen", "invändning mot behandling", "objection"),
        RequestKind.DIRECT_MARKETING_OBJECTION: (
            "suoramarkkinoinnin vastustaminen",
            "invändning mot direktmarknadsföring",
            "objection to direct marketing",
        ),
        RequestKind.CONSENT_WITHDRAWAL: (
            "suostumuksen peruuttaminen",
            "återkallande av samtycke",
            "withdrawal of consent",
        ),
    },
    RequestChannel: {
        RequestChannel.WEB_FORM: ("verkkolomake", "webbformulär", "web form"),
        RequestChannel.EMAIL: ("sähköposti", "e-post", "e-mail"),
        RequestChannel.LETTER: ("kirje", "brev", "letter"),
        RequestChannel.PHONE: ("puhelin", "telefon", "phone"),
        RequestChannel.IN_PERSON: ("henkilökohtaisesti", "personligen", "in person"),
        RequestChannel.OTHER: ("muu", "annat", "other"),
    },
    RequestStatus: {
        RequestStatus.OPEN: ("avoin", "öppen", "open"),
        RequestStatus.COMPLETED: ("vastattu", "besvarad", "answered"),
        RequestStatus.REFUSED: ("kieltäydytty", "avslagen", "refused"),
        RequestStatus.WITHDRAWN: ("peruttu", "återtagen", "withdrawn"),
    },
    RefusalGround: {
        RefusalGround.MANIFESTLY_UNFOUNDED: (
            "pyyntö on ilmeisen perusteeton (12 artiklan 5 kohta)",
            "begäran är uppenbart ogrundad (artikel 12.5)",
            "the request is manifestly unfounded (Article 12(5))",
        ),
        RefusalGround.EXCESSIVE: (
            "pyyntö on kohtuuton, erityisesti toistuva (12 artiklan 5 kohta)",
            "begäran är orimlig, särskilt på grund av dess repetitiva karaktär (artikel 12.5)",
            "the request is excessive, in particular repetitive (Article 12(5))",
        ),
        RefusalGround.IDENTITY_NOT_ESTABLISHED: (
            "pyytäjän henkilöllisyyttä ei voitu varmistaa (11 artiklan 2 kohta, 12 artiklan 6 kohta)",
            "den sökandes identitet kunde inte fastställas (artikel 11.2 och 12.6)",
            "the requester's identity could not be established (Articles 11(2) and 12(6))",
        ),
        RefusalGround.EXEMPTION: (
            "laissa säädetty poikkeus (esim. 17 artiklan 3 kohdan b alakohta)",
            "undantag enligt lag (t.ex. artikel 17.3 b)",
            "an exemption provided by law (e.g. Article 17(3)(b))",
        ),
    },
    IdentityMethod: {
        IdentityMethod.EMAIL_CONFIRMED: (
            "vahvistettu sähköpostiosoite, joka on jo rekisterissä",
            "bekräftad e-postadress som redan finns i registret",
            "confirmed e-mail address already on record",
        ),
        IdentityMethod.STRONG_AUTHENTICATION: (
            "vahva sähköinen tunnistus (pankkitunnukset, mobiilivarmenne)",
            "stark autentisering (bankkoder, mobilcertifikat)",
            "strong electronic identification (bank ID, mobile ID)",
        ),
        IdentityMethod.ID_DOCUMENT_SHOWN: (
            "henkilöllisyystodistus näytetty (ei kopioitu)",
            "identitetshandling visad (inte kopierad)",
            "identity document shown (not copied)",
        ),
        IdentityMethod.KNOWN_DETAILS: (
            "tiedot täsmäsivät rekisterin tietoihin",
            "uppgifterna stämde med registrets uppgifter",
            "details matched the records",
        ),
        IdentityMethod.OTHER: ("muu tapa", "annat sätt", "other"),
    },
    TaskKind: {
        TaskKind.SEARCH_REGISTER: ("hae rekisteristä", "sök i registret", "search the register"),
        TaskKind.SEARCH_SYSTEM: ("hae järjestelmästä", "sök i systemet", "search the system"),
        TaskKind.CONTACT_PARTY: ("ota yhteyttä", "kontakta", "contact"),
        TaskKind.OTHER: ("muu tehtävä", "annan uppgift", "other task"),
    },
    BreachRisk: {
        BreachRisk.UNASSESSED: ("ei vielä arvioitu", "ännu inte bedömd", "not yet assessed"),
        BreachRisk.NONE: (
            "ei todennäköisesti aiheuta riskiä",
            "medför sannolikt ingen risk",
            "unlikely to result in a risk",
        ),
        BreachRisk.RISK: ("riski", "risk", "risk"),
        BreachRisk.HIGH: ("korkea riski", "hög risk", "high risk"),
    },
    ActionKind: {
        ActionKind.CONTAINMENT: ("rajoittamistoimi", "begränsande åtgärd", "containment"),
        ActionKind.CORRECTIVE: ("korjaava toimenpide", "korrigerande åtgärd", "corrective action"),
    },
}

_LANG_INDEX = {"fi": 0, "sv": 1, "en": 2}


def label(value: StrEnum | str, lang: str = "fi", enum: type[StrEnum] | None = None) -> str:
    """The label of an enum value in `lang` (fi, sv or en); the raw value if unknown."""
    enum = enum or type(value)
    table = LABELS.get(enum, {})
    texts = table.get(str(value))
    return texts[_LANG_INDEX.get(lang[:2], 0)] if texts else str(value)


# GDPR Art. 9(2) conditions that lift the ban on processing special categories.
ART9_CONDITIONS: dict[str, tuple[str, str, str]] = {
    "a": ("Nimenomainen suostumus", "Uttryckligt samtycke", "Explicit consent"),
    "b": (
        "Työoikeuden tai sosiaaliturvan velvoitteet",
        "Skyldigheter inom arbetsrätt och social trygghet",
        "Employment and social security law",
    ),
    "c": ("Elintärkeä etu", "Grundläggande intresse", "Vital interests"),
    "d": (
        "Säätiön, yhdistyksen tai muun voittoa tavoittelemattoman elimen jäsenet",
        "Medlemmar i stiftelse, förening eller annat ideellt organ",
        "Members of a not-for-profit body",
    ),
    "e": (
        "Rekisteröity on itse saattanut tiedot julkisiksi",
        "Uppgifter som den registrerade offentliggjort",
        "Data made public by the data subject",
    ),
    "f": ("Oikeusvaateen laatiminen, esittäminen tai puolustaminen", "Rättsliga anspråk", "Legal claims"),
    "g": (
        "Tärkeä yleinen etu lain perusteella",
        "Viktigt allmänt intresse enligt lag",
        "Substantial public interest",
    ),
    "h": (
        "Työterveyshuolto, terveydenhuolto tai sosiaalihuolto",
        "Företagshälsovård, hälso- och sjukvård, socialvård",
        "Occupational or preventive medicine, health or social care",
    ),
    "i": ("Kansanterveys", "Folkhälsa", "Public health"),
    "j": (
        "Arkistointi, tieteellinen tai historiallinen tutkimus tai tilastointi",
        "Arkivändamål, forskning eller statistik",
        "Archiving, research or statistics",
    ),
}


def art9_label(point: str, lang: str = "fi") -> str:
    texts = ART9_CONDITIONS.get(point)
    return f"9(2)({point}) {texts[_LANG_INDEX.get(lang[:2], 0)]}" if texts else point
