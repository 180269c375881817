"""Pieces shared by the document builders: texts in the document's language, contacts, the controller."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tietovirta.analysis.transfers import Entity
from tietovirta.canonical.schema import (
    Contact,
    DataCategory,
    Organization,
    OrganizationDocument,
    PartyRole,
    Register,
    System,
)
from tietovirta.canonical.sections import CONTACT_PERSON_LABEL
from tietovirta.canonical.translations import text_at, text_in
from tietovirta.documents.model import Block, BulletList, Field, Fields, Paragraph, safe_href
from tietovirta.documents.phrases import SPECIAL_CATEGORY, fmt_duration, label, t
from tietovirta.flows import Transfer, country_code, country_name
from tietovirta.knowledge.countries import UNNAMED
from tietovirta.language import IN_LANGUAGE, join_and, quote


@dataclass
class Context:
    """What a builder writes from: the document, one register, the language, and where the register's
    own texts had to stand in for a missing translation (`untranslated`: path → the heading it was
    printed under)."""

    doc: OrganizationDocument
    register: Register
    lang: str
    heading: str = ""  # the heading being written, for `untranslated`
    untranslated: dict[str, str] = field(default_factory=dict)
    read: set[str] = field(default_factory=set)  # every text path the document printed

    def text(self, path: str) -> str:
        """The register's text at `path` in the document's language; where it has no current
        translation, the register's own text, and the place is remembered."""
        self.read.add(path)
        value = text_in(self.register, path, self.lang)
        if value is not None:
            return value
        own = text_at(self.register, path) or ""
        if own.strip():
            self.untranslated.setdefault(path, self.heading)
        return own

    def items(self, name: str) -> list[str]:
        """A list of texts (`sources`, `data_subject_categories`) in the document's language."""
        return [self.text(f"{name}[{i}]") for i in range(len(getattr(self.register, name)))]

    def untranslated_note(self) -> list[Block]:
        """A note naming the headings whose texts are in the register's language only."""
        headings = list(dict.fromkeys(self.untranslated.values()))
        if not headings:
            return []
        language = IN_LANGUAGE[self.register.language].text(self.lang)
        return [Paragraph(t("untranslated_note", self.lang, language=language,
                            sections=join_and(quoted(headings, self.lang), self.lang)), style="missing")]


def register_at(doc: OrganizationDocument, index: int) -> Register:
    if not 0 <= index < len(doc.registers):
        raise IndexError(f"register index {index} out of range (0–{len(doc.registers) - 1})")
    return doc.registers[index]


def quoted(items: list[str], lang: str) -> list[str]:
    return [quote(item, lang) for item in items]


def missing(lang: str) -> Paragraph:
    return Paragraph(t("missing", lang), style="missing")


def paragraphs(text: str) -> list[Block]:
    """User prose as paragraphs (blank lines separate them); nothing for blank text."""
    chunks = [chunk.strip("\n") for chunk in text.replace("\r\n", "\n").split("\n\n")]
    return [Paragraph(chunk) for chunk in chunks if chunk.strip()]


def or_missing(blocks: list[Block], lang: str) -> list[Block]:
    """Empty fields are shown as missing, never silently dropped (internal documents)."""
    return blocks or [missing(lang)]


def bullets(items: list[str]) -> list[Block]:
    items = [item for item in items if item.strip()]
    return [BulletList(tuple(items))] if items else []


def field(label_text: str, value: str, lang: str, *, href: str = "") -> Field:
    if not value.strip():
        return Field(label_text, t("missing", lang), missing=True)
    return Field(label_text, value, href=safe_href(href))


_EMAIL = re.compile(r"^[^@\s<>\"']+@[^@\s<>\"']+\.[^@\s<>\"'.]+$")


def usable_email(value: str) -> bool:
    """An address one can write to (not "[email protected]", which a web page left in place of one)."""
    return bool(_EMAIL.match(value.strip()))


def contact_text(contact: Contact | None, *, title: bool = True) -> str:
    """A person on one line per detail: name (title), e-mail, phone, address. The public notice leaves
    the title out (it is the register's own word, in one language) and any address that is not one."""
    if contact is None:
        return ""
    role = contact.title if title else ""
    first = contact.name + (f" ({role})" if role and contact.name else role)
    email = contact.email if title or usable_email(contact.email) else ""
    return "\n".join(part for part in (first, email, contact.phone, contact.address) if part.strip())


def country_text(value: str, lang: str) -> str:
    """A country as written in `lang` when it is recognised ("Suomi" → "Finland"), else as written."""
    code = country_code(value) if value.strip() else None
    return country_name(code, lang) if code else value


def address_text(org: Organization, lang: str) -> str:
    city = " ".join(part for part in (org.postal_code, org.city) if part)
    return "\n".join(part for part in (org.street_address, city, country_text(org.country, lang)) if part)


def contact_person(doc: OrganizationDocument, register: Register | None) -> Contact | None:
    """The person to contact about the register: its own contact person, else the organisation's."""
    return (register.contact_person if register is not None else None) or doc.organization.contact_person


def controller_fields(
    doc: OrganizationDocument, lang: str, register: Register | None = None, *, with_dpo: bool = True,
    public: bool = False,
) -> Fields:
    """The controller block: name, Y-tunnus, address, contacts, DPO and representative where recorded.
    Internal documents mark what is missing; the public notice prints what there is (publishing is
    refused when it cannot be contacted)."""
    org = doc.organization
    rows = [
        field(t("name", lang), org.name, lang),
        field(t("business_id", lang), org.business_id, lang),
        field(t("address", lang), address_text(org, lang), lang),
    ]
    if org.email and (not public or usable_email(org.email)):
        rows.append(field(t("email", lang), org.email, lang, href=f"mailto:{org.email}"))
    if org.phone:
        rows.append(field(t("phone", lang), org.phone, lang))
    if org.website:
        rows.append(field(t("website", lang), org.website, lang, href=org.website))
    person = contact_person(doc, register)
    if register is not None:
        rows.append(field(CONTACT_PERSON_LABEL.text(lang), contact_text(person, title=not public), lang))
    elif person is not None:
        rows.append(field(t("n_contact_person", lang), contact_text(person, title=not public), lang))
    if with_dpo and org.dpo is not None:
        rows.append(field(t("dpo", lang), contact_text(org.dpo, title=not public), lang))
    if org.eu_representative is not None:
        rows.append(field(t("eu_representative", lang), contact_text(org.eu_representative, title=not public),
                          lang))
    if register is not None and (joint := joint_controllers(doc, register)):
        rows.append(field(t("joint_controllers", lang), "\n".join(joint), lang))
    if public:
        rows = [row for row in rows if not row.missing]
    return Fields(tuple(rows))


def joint_controllers(doc: OrganizationDocument, register: Register) -> list[str]:
    names = set(register.parties)
    return [p.name for p in doc.parties if p.name in names and p.role is PartyRole.JOINT_CONTROLLER]


def data_category_text(category: DataCategory, name: str, lang: str) -> str:
    """E.g. 'Terveydentila (erityinen henkilötietoryhmä: terveystiedot)'; `name` is in the document's
    language."""
    notes = []
    if category.special_category is not None:
        notes.append(f"{t('special_category_text', lang).lower()}: "
                     f"{label(SPECIAL_CATEGORY, category.special_category, lang)}")
    if category.is_hetu and t("hetu", lang) not in name.casefold():
        notes.append(t("hetu", lang))
    return name + (f" ({'; '.join(notes)})" if notes else "")


def data_collected(c: Context, subjects_label: str, *, prose: bool = True) -> list[Block]:
    """Who the data concerns and which categories of data, then the prose (Saatava tieto; 14(1)(d))."""
    register, lang = c.register, c.lang
    rows = []
    if register.data_subject_categories:
        rows.append(Field(subjects_label, "\n".join(c.items("data_subject_categories"))))
    if register.data_categories:
        names = [c.text(f"data_categories[{i}].name") for i in range(len(register.data_categories))]
        rows.append(Field(t("data_categories", lang), "\n".join(
            data_category_text(category, name, lang)
            for category, name in zip(register.data_categories, names, strict=True))))
    blocks: list[Block] = [Fields(tuple(rows))] if rows else []
    if prose or not register.data_subject_categories:
        blocks += paragraphs(c.text("data_subjects_text"))
    return blocks + (paragraphs(c.text("data_collected_text")) if prose else [])


def retention_summary(c: Context) -> str:
    """The structured retention period, e.g. '6 vuotta tilikauden päättymisestä'."""
    register, lang = c.register, c.lang
    trigger = c.text("retention_trigger").strip()
    if register.retention_period is None or register.retention_unit is None:
        return trigger
    period = fmt_duration(register.retention_period, register.retention_unit, lang)
    return t("retention_from", lang, period=period, trigger=trigger) if trigger else period


def provider(doc: OrganizationDocument, entity: Entity) -> tuple[str, list[System]]:
    """Who a processor or recipient is (a party by its name, a system by its vendor) and the catalogue
    systems through which it has the data, e.g. ("Visma Solutions Oy", [Netvisor])."""
    parties = [doc.parties[i] for i in entity.parties]
    systems = [doc.systems[i] for i in entity.systems]
    vendor = next((s.vendor.strip() for s in systems if s.vendor.strip()), entity.name)
    return (parties[0].name if parties else vendor), systems


def transfer_country(transfer: Transfer, lang: str) -> str:
    if transfer.country in ("", UNNAMED):
        return t("unknown_country", lang)
    return country_name(transfer.country, lang)
