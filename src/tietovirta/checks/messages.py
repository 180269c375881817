"""Texts in Finnish, Swedish and English, and the vocabulary messages are built from.

A rule writes its message and hint next to its code as a `Msg` with `{placeholders}`; the engine
renders it in the user's language with the concrete values (a quoted phrase, a vendor, the bases).
"""

from __future__ import annotations

from tietovirta.canonical.schema import LegalBasis, SpecialCategory
from tietovirta.canonical.sections import CONTACT_PERSON_LABEL, MODIFIED_LABEL, field_section
from tietovirta.language import LANGUAGES, Bound, Msg, render_value

__all__ = ["LANGUAGES", "Bound", "Msg", "render_value"]

BASIS_LABEL: dict[LegalBasis, Msg] = {
    LegalBasis.CONSENT: Msg("suostumus", "samtycke", "consent"),
    LegalBasis.CONTRACT: Msg("sopimus", "avtal", "contract"),
    LegalBasis.LEGAL_OBLIGATION: Msg("lakisääteinen velvoite", "rättslig förpliktelse", "legal obligation"),
    LegalBasis.VITAL_INTERESTS: Msg("elintärkeä etu", "grundläggande intresse", "vital interests"),
    LegalBasis.PUBLIC_TASK: Msg("yleistä etua koskeva tehtävä tai julkisen vallan käyttö",
                                "uppgift av allmänt intresse eller myndighetsutövning", "public task"),
    LegalBasis.LEGITIMATE_INTERESTS: Msg("oikeutettu etu", "berättigat intresse", "legitimate interests"),
}

SPECIAL_LABEL: dict[SpecialCategory, Msg] = {
    SpecialCategory.RACIAL_ETHNIC: Msg("rotu tai etninen alkuperä", "ras eller etniskt ursprung",
                                       "racial or ethnic origin"),
    SpecialCategory.POLITICAL: Msg("poliittiset mielipiteet", "politiska åsikter", "political opinions"),
    SpecialCategory.RELIGIOUS: Msg("uskonnollinen tai filosofinen vakaumus",
                                   "religiös eller filosofisk övertygelse",
                                   "religious or philosophical beliefs"),
    SpecialCategory.TRADE_UNION: Msg("ammattiliiton jäsenyys", "medlemskap i fackförening",
                                     "trade union membership"),
    SpecialCategory.GENETIC: Msg("geneettiset tiedot", "genetiska uppgifter", "genetic data"),
    SpecialCategory.BIOMETRIC: Msg("biometriset tiedot", "biometriska uppgifter", "biometric data"),
    SpecialCategory.HEALTH: Msg("terveystiedot", "uppgifter om hälsa", "health data"),
    SpecialCategory.SEX_LIFE: Msg("seksuaalinen käyttäytyminen tai suuntautuminen",
                                  "sexualliv eller sexuell läggning", "sex life or sexual orientation"),
    SpecialCategory.CRIMINAL: Msg("rikostiedot", "uppgifter om lagöverträdelser", "criminal-offence data"),
}

SEVERITY_LABEL = {
    "error": Msg("VIRHE", "FEL", "ERROR"),
    "warning": Msg("VAROITUS", "VARNING", "WARNING"),
    "info": Msg("HUOMIO", "INFO", "INFO"),
}

# Labels of fields outside the register headings of sections.py.
_OTHER_LABELS: dict[str, Msg] = {
    "name": Msg("Rekisterin nimi", "Registrets namn", "Register name"),
    "description": Msg("Kuvaus", "Beskrivning", "Description"),
    "modified_at": Msg(MODIFIED_LABEL["fi"], MODIFIED_LABEL["sv"], MODIFIED_LABEL["en"]),
    "contact_person": Msg(CONTACT_PERSON_LABEL["fi"], CONTACT_PERSON_LABEL["sv"], CONTACT_PERSON_LABEL["en"]),
    "unmapped_text": Msg("Muu teksti", "Övrig text", "Other text"),
    "organization.name": Msg("Rekisterinpitäjä", "Personuppgiftsansvarig", "Controller"),
    "organization.business_id": Msg("Y-tunnus", "FO-nummer", "Business ID"),
    "organization.dpo": Msg("Tietosuojavastaava", "Dataskyddsombud", "Data protection officer"),
    "organization.contact_person": Msg("Rekisterinpitäjän yhteyshenkilö",
                                       "Personuppgiftsansvarigs kontaktperson",
                                       "Controller's contact person"),
    "organization.eu_representative": Msg("EU-edustaja", "Företrädare i EU", "EU representative"),
    "organization": Msg("Rekisterinpitäjän tiedot", "Uppgifter om den personuppgiftsansvarige",
                        "Controller details"),
    "systems": Msg("Tietojärjestelmä", "Informationssystem", "Information system"),
    "parties": Msg("Käsittelijä tai vastaanottaja", "Biträde eller mottagare", "Processor or recipient"),
}


def field_label(field: str) -> Msg:
    """The label a user sees for a field path (`responsible_person.email` → "Vastuuhenkilö")."""
    if field in _OTHER_LABELS:
        return _OTHER_LABELS[field]
    if field.startswith("organization."):
        return _OTHER_LABELS.get(".".join(field.split(".")[:2]), _OTHER_LABELS["organization"])
    head = field.split("[")[0].split(".")[0]
    if head in ("systems", "parties") and "[" in field:  # an entry of the catalogue
        return _OTHER_LABELS[head]
    if head in _OTHER_LABELS:
        return _OTHER_LABELS[head]
    section = field_section(head)
    if section is None:
        return Msg(field, field, field)
    return Msg(section.fi, section.sv, section.en)


COUNTRY_LABEL: dict[str, Msg] = {
    "US": Msg("Yhdysvallat", "USA", "the United States"),
    "GB": Msg("Iso-Britannia", "Storbritannien", "the United Kingdom"),
    "CH": Msg("Sveitsi", "Schweiz", "Switzerland"),
    "CA": Msg("Kanada", "Kanada", "Canada"),
    "IL": Msg("Israel", "Israel", "Israel"),
    "AU": Msg("Australia", "Australien", "Australia"),
    "IN": Msg("Intia", "Indien", "India"),
    "CN": Msg("Kiina", "Kina", "China"),
    "RU": Msg("Venäjä", "Ryssland", "Russia"),
    "?": Msg("kolmas maa", "tredjeland", "a third country"),
}


def country_label(code: str) -> Msg | str:
    return COUNTRY_LABEL.get(code, code)
