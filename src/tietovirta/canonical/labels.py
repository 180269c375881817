"""Human labels of the canonical enumerations in Finnish, Swedish and English.

One table for the web UI (choice labels) and the generated documents. Terms follow LEGAL.md §3 and §8.
"""

from __future__ import annotations

from enum import StrEnum

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

Labels = dict[str, tuple[str, str, str]]  # value -> (fi, sv, en)

LABELS: dict[type[StrEnum], Labels] = {
    LegalBasis: {
        "a": ("Suostumus", "Samtycke", "Consent"),
        "b": ("Sopimus", "Avtal", "Contract"),
        "c": ("Lakisääteinen velvoite", "Rättslig förpliktelse", "Legal obligation"),
        "d": ("Elintärkeä etu", "Grundläggande intresse", "Vital interests"),
        "e": (
            "Yleistä etua koskeva tehtävä tai julkisen vallan käyttö",
            "Uppgift av allmänt intresse eller myndighetsutövning",
            "Public task",
        ),
        "f": ("Oikeutettu etu", "Berättigat intresse", "Legitimate interests"),
    },
    SpecialCategory: {
        "racial_ethnic_origin": (
            "Rotu tai etninen alkuperä",
            "Ras eller etniskt ursprung",
            "Racial or ethnic origin",
        ),
        "political_opinions": ("Poliittiset mielipiteet", "Politiska åsikter", "Political opinions"),
        "religious_beliefs": (
            "Uskonnollinen tai filosofinen vakaumus",
            "Religiös eller filosofisk övertygelse",
            "Religious or philosophical beliefs",
        ),
        "trade_union_membership": (
            "Ammattiliiton jäsenyys",
            "Medlemskap i fackförening",
            "Trade union membership",
        ),
        "genetic": ("Geneettiset tiedot", "Genetiska uppgifter", "Genetic data"),
        "biometric": (
            "Biometriset tiedot tunnistamista varten",
            "Biometriska uppgifter för identifiering",
            "Biometric data for identification",
        ),
        "health": ("Terveystiedot", "Uppgifter om hälsa", "Health data"),
        "sex_life_orientation": (
            "Seksuaalinen käyttäytyminen tai suuntautuminen",
            "Sexualliv eller sexuell läggning",
            "Sex life or sexual orientation",
        ),
        "criminal_offences": (
            "Rikostuomiot ja rikkomukset",
            "Fällande domar och lagöverträdelser",
            "Criminal convictions and offences",
        ),
    },
    HetuGround: {
        "consent_or_law": (
            "Suostumus tai laissa säädetty",
            "Samtycke eller föreskrivet i lag",
            "Consent or provided by law",
        ),
        "unambiguous_identification": (
            "Yksiselitteinen tunnistaminen on tärkeää",
            "Entydig identifiering är viktig",
            "Unambiguous identification is important",
        ),
        "sector": (
            "Toimiala (luotto, vakuutus, vuokraus, terveydenhuolto, työsuhde …)",
            "Bransch (kredit, försäkring, uthyrning, hälso- och sjukvård, anställning …)",
            "Sector (credit, insurance, renting, health care, employment …)",
        ),
        "address_update": (
            "Osoitetietojen päivitys tai päällekkäisten postitusten välttäminen",
            "Uppdatering av adressuppgifter eller undvikande av dubbla utskick",
            "Updating addresses or avoiding duplicate mailings",
        ),
    },
    RetentionUnit: {
        "days": ("päivää", "dagar", "days"),
        "months": ("kuukautta", "månader", "months"),
        "years": ("vuotta", "år", "years"),
    },
    RegisterStatus: {
        "draft": ("Luonnos", "Utkast", "Draft"),
        "published": ("Julkaistu", "Publicerad", "Published"),
        "archived": ("Arkistoitu", "Arkiverad", "Archived"),
    },
    SystemKind: {
        "crm": ("Asiakkuudenhallinta (CRM)", "Kundhantering (CRM)", "Customer relationship management (CRM)"),
        "accounting": (
            "Taloushallinto ja laskutus",
            "Ekonomiförvaltning och fakturering",
            "Accounting and billing",
        ),
        "email": ("Sähköposti", "E-post", "E-mail"),
        "newsletter": ("Uutiskirje", "Nyhetsbrev", "Newsletter"),
        "file_storage": ("Tiedostojen tallennus", "Fillagring", "File storage"),
        "erp": ("Toiminnanohjaus (ERP)", "Affärssystem (ERP)", "Enterprise resource planning (ERP)"),
        "spreadsheet": ("Taulukko", "Kalkylblad", "Spreadsheet"),
        "paper_archive": ("Paperiarkisto", "Pappersarkiv", "Paper archive"),
        "website": ("Verkkosivusto", "Webbplats", "Website"),
        "calendar": ("Kalenteri", "Kalender", "Calendar"),
        "communication": ("Viestintä ja kokoukset", "Kommunikation och möten", "Communication and meetings"),
        "hr": ("Henkilöstöhallinto", "Personaladministration", "Human resources"),
        "property_management": (
            "Isännöinti ja kiinteistöhallinta",
            "Disponentur och fastighetsförvaltning",
            "Property management",
        ),
        "camera": ("Kameravalvonta", "Kameraövervakning", "Camera surveillance"),
        "other": ("Muu", "Annat", "Other"),
    },
    HostingRegion: {
        "fi": ("Suomi", "Finland", "Finland"),
        "eea": ("EU/ETA", "EU/EES", "EU/EEA"),
        "third_country": ("EU:n ja ETA:n ulkopuolella", "Utanför EU och EES", "Outside the EU and EEA"),
        "unknown": ("Ei tiedossa", "Okänt", "Unknown"),
    },
    TransferMechanism: {
        "none": (
            "Ei siirtoa EU:n/ETA:n ulkopuolelle",
            "Ingen överföring utanför EU/EES",
            "No transfer outside the EU/EEA",
        ),
        "adequacy": (
            "Komission tietosuojan riittävyyttä koskeva päätös",
            "Kommissionens beslut om adekvat skyddsnivå",
            "Adequacy decision",
        ),
        "dpf": (
            "EU:n ja Yhdysvaltojen tietosuojakehys (DPF)",
            "EU–US-ramverket för dataskydd (DPF)",
            "EU-US Data Privacy Framework (DPF)",
        ),
        "scc": (
            "Vakiosopimuslausekkeet (EU 2021/914)",
            "Standardavtalsklausuler (EU 2021/914)",
            "Standard contractual clauses (EU 2021/914)",
        ),
        "bcr": (
            "Yritystä koskevat sitovat säännöt (BCR)",
            "Bindande företagsbestämmelser (BCR)",
            "Binding corporate rules (BCR)",
        ),
        "derogation": ("Poikkeus (art. 49)", "Undantag (art. 49)", "Derogation (Art. 49)"),
        "privacy_shield": (
            "Privacy Shield (pätemätön)",
            "Privacy Shield (ogiltig)",
            "Privacy Shield (invalid)",
        ),
    },
    AgreementStatus: {
        "signed": ("Tehty", "Ingått", "Signed"),
        "missing": ("Puuttuu", "Saknas", "Missing"),
        "unknown": ("Ei tiedossa", "Okänt", "Unknown"),
        "not_needed": ("Ei tarvita", "Behövs inte", "Not needed"),
    },
    PartyRole: {
        "processor": ("Henkilötietojen käsittelijä", "Personuppgiftsbiträde", "Processor"),
        "sub_processor": ("Alihankkija (alikäsittelijä)", "Underbiträde", "Sub-processor"),
        "recipient": (
            "Säännönmukainen vastaanottaja",
            "Regelbunden mottagare",
            "Recipient of regular disclosures",
        ),
        "joint_controller": (
            "Yhteisrekisterinpitäjä",
            "Gemensamt personuppgiftsansvarig",
            "Joint controller",
        ),
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
