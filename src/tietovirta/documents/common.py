"""Pieces shared by the document builders: the missing-value rule, contacts, the controller."""

from __future__ import annotations

from dataclasses import dataclass

from tietovirta.canonical.schema import (
    Contact,
    DataCategory,
    Organization,
    OrganizationDocument,
    PartyRole,
    Register,
)
from tietovirta.canonical.sections import CONTACT_PERSON_LABEL
from tietovirta.documents.model import Block, BulletList, Field, Fields, Paragraph, safe_href
from tietovirta.documents.phrases import SPECIAL_CATEGORY, fmt_duration, label, t
from tietovirta.flows import Transfer, country_name
from tietovirta.knowledge.countries import UNNAMED


@dataclass(frozen=True)
class Context:
    doc: OrganizationDocument
    register: Register
    lang: str


def register_at(doc: OrganizationDocument, index: int) -> Register:
    if not 0 <= index < len(doc.registers):
        raise IndexError(f"register index {index} out of range (0–{len(doc.registers) - 1})")
    return doc.registers[index]


def missing(lang: str) -> Paragraph:
    return Paragraph(t("missing", lang), style="missing")


def paragraphs(text: str) -> list[Block]:
    """User prose as paragraphs (blank lines separate them); nothing for blank text."""
    chunks = [chunk.strip("\n") for chunk in text.replace("\r\n", "\n").split("\n\n")]
    return [Paragraph(chunk) for chunk in chunks if chunk.strip()]


def or_missing(blocks: list[Block], lang: str) -> list[Block]:
    """Empty fields are shown as missing, never silently dropped."""
    return blocks or [missing(lang)]


def bullets(items: list[str]) -> list[Block]:
    items = [item for item in items if item.strip()]
    return [BulletList(tuple(items))] if items else []


def field(label_text: str, value: str, lang: str, *, href: str = "") -> Field:
    if not value.strip():
        return Field(label_text, t("missing", lang), missing=True)
    return Field(label_text, value, href=safe_href(href))


def contact_text(contact: Contact | None) -> str:
    """A person on one line per detail: name (title), e-mail, phone, address."""
    if contact is None:
        return ""
    first = contact.name + (f" ({contact.title})" if contact.title and contact.name else contact.title)
    return "\n".join(part for part in (first, contact.email, contact.phone, contact.address) if part.strip())


def address_text(org: Organization) -> str:
    city = " ".join(part for part in (org.postal_code, org.city) if part)
    return "\n".join(part for part in (org.street_address, city, org.country) if part)


def controller_fields(
    doc: OrganizationDocument, lang: str, register: Register | None = None, *, with_dpo: bool = True
) -> Fields:
    """The controller block: name, Y-tunnus, address, contacts, DPO and representative where recorded."""
    org = doc.organization
    rows = [
        field(t("name", lang), org.name, lang),
        field(t("business_id", lang), org.business_id, lang),
        field(t("address", lang), address_text(org), lang),
    ]
    if org.email:
        rows.append(field(t("email", lang), org.email, lang, href=f"mailto:{org.email}"))
    if org.phone:
        rows.append(field(t("phone", lang), org.phone, lang))
    if org.website:
        rows.append(field(t("website", lang), org.website, lang, href=org.website))
    if register is not None:
        person = register.contact_person or org.contact_person
        rows.append(field(CONTACT_PERSON_LABEL[lang], contact_text(person), lang))
    elif org.contact_person is not None:
        rows.append(field(t("n_contact_person", lang), contact_text(org.contact_person), lang))
    if with_dpo and org.dpo is not None:
        rows.append(field(t("dpo", lang), contact_text(org.dpo), lang))
    if org.eu_representative is not None:
        rows.append(field(t("eu_representative", lang), contact_text(org.eu_representative), lang))
    if register is not None and (joint := joint_controllers(doc, register)):
        rows.append(field(t("joint_controllers", lang), "\n".join(joint), lang))
    return Fields(tuple(rows))


def joint_controllers(doc: OrganizationDocument, register: Register) -> list[str]:
    names = set(register.parties)
    return [p.name for p in doc.parties if p.name in names and p.role is PartyRole.JOINT_CONTROLLER]


def data_category_text(category: DataCategory, lang: str) -> str:
    """E.g. 'Terveydentila (erityinen henkilötietoryhmä: terveystiedot)'."""
    notes = []
    if category.special_category is not None:
        notes.append(f"{t('special_category_text', lang).lower()}: "
                     f"{label(SPECIAL_CATEGORY, category.special_category, lang)}")
    if category.is_hetu and t("hetu", lang) not in category.name.casefold():
        notes.append(t("hetu", lang))
    return category.name + (f" ({'; '.join(notes)})" if notes else "")


def data_collected(register: Register, lang: str, subjects_label: str) -> list[Block]:
    """Who the data concerns and which categories of data, then the prose (Saatava tieto; 14(1)(d))."""
    rows = []
    if register.data_subject_categories:
        rows.append(Field(subjects_label, "\n".join(register.data_subject_categories)))
    if register.data_categories:
        rows.append(Field(t("data_categories", lang),
                          "\n".join(data_category_text(cat, lang) for cat in register.data_categories)))
    blocks: list[Block] = [Fields(tuple(rows))] if rows else []
    blocks += paragraphs(register.data_subjects_text)
    return or_missing(blocks + paragraphs(register.data_collected_text), lang)


def retention_summary(register: Register, lang: str) -> str:
    """The structured retention period, e.g. '6 vuotta, alkaen: tilikauden päättymisestä'."""
    if register.retention_period is None or register.retention_unit is None:
        return register.retention_trigger
    period = fmt_duration(register.retention_period, register.retention_unit, lang)
    if register.retention_trigger.strip():
        return t("retention_from", lang, period=period, trigger=register.retention_trigger)
    return period


def transfer_country(transfer: Transfer, lang: str) -> str:
    if transfer.country in ("", UNNAMED):
        return t("unknown_country", lang)
    return country_name(transfer.country, lang)
