"""The record of processing activities (seloste käsittelytoimista), GDPR Art. 30(1).

One row per register with every Art. 30(1) column. The same table is printed (HTML, PDF, DOCX,
Markdown) and exported (XLSX, CSV), so a column is defined once, here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tietovirta.canonical.schema import OrganizationDocument, PartyRole
from tietovirta.canonical.sections import MODIFIED_LABEL, SECTIONS_BY_KEY
from tietovirta.documents.common import (
    Context,
    contact_text,
    controller_fields,
    data_category_text,
    field,
    joint_controllers,
    retention_summary,
    transfer_country,
)
from tietovirta.documents.model import Fields, Figure, Paragraph, RenderedDocument, Section, Table
from tietovirta.documents.phrases import (
    MECHANISM,
    PARTY_ROLE,
    fmt_date,
    fmt_number,
    label,
    legal_basis_label,
    t,
)
from tietovirta.flows import build_graph, register_parties, register_systems, register_transfers

# Drawn on paper only up to this size; a bigger map is unreadable there (the diagram kind draws any size).
MAX_REGISTERS_IN_PRINTED_DIAGRAM = 40


def _lines(*parts: str) -> str:
    return "\n".join(part.strip() for part in parts if part and part.strip())


def _controller(c: Context) -> str:  # 30(1)(a)
    org, lang = c.doc.organization, c.lang
    joint = joint_controllers(c.doc, c.register)
    return _lines(
        f"{org.name} ({org.business_id})" if org.business_id else org.name,
        f"{t('joint_controllers', lang)}: {', '.join(joint)}" if joint else "",
        f"{t('eu_representative', lang)}: {contact_text(org.eu_representative)}"
        if org.eu_representative else "",
        f"{t('dpo', lang)}: {contact_text(org.dpo)}" if org.dpo else "",
    )


def _legal_basis(c: Context) -> str:
    bases = (legal_basis_label(basis, c.lang) for basis in c.register.legal_bases)
    return _lines(*bases, c.register.legal_basis_text)


def _data_categories(c: Context) -> str:  # 30(1)(c)
    r = c.register
    return _lines(*(data_category_text(cat, c.lang) for cat in r.data_categories), r.data_collected_text)


def _recipients(c: Context) -> str:  # 30(1)(d): processors are recipients too (Art. 4(9))
    parties = register_parties(c.doc, c.register)
    named = [f"{p.name} ({label(PARTY_ROLE, p.role, c.lang)})" for p in parties
             if p.role is not PartyRole.JOINT_CONTROLLER]
    return _lines(*named, c.register.processors_text, c.register.disclosures_text)


def _transfers(c: Context) -> str:  # 30(1)(e)
    lang = c.lang
    rows = [
        f"{tr.importer} → {transfer_country(tr, lang)}: "
        + (label(MECHANISM, tr.mechanism, lang) if tr.mechanism else t("missing", lang))
        for tr in register_transfers(c.doc, c.register)
    ]
    return _lines(*rows, c.register.transfers_text)


def _retention(c: Context) -> str:  # 30(1)(f)
    return _lines(retention_summary(c.register, c.lang), c.register.retention_text)


def _security(c: Context) -> str:  # 30(1)(g)
    r = c.register
    return _lines(r.security_text, r.security_manual_text, r.security_electronic_text)


def _systems(c: Context) -> str:
    return _lines(*(s.name for s in register_systems(c.doc, c.register)), c.register.systems_text)


@dataclass(frozen=True)
class Column:
    key: str
    heading: dict[str, str]
    value: Callable[[Context], str]


COLUMNS: tuple[Column, ...] = (
    Column("register", {"fi": "Rekisteri", "sv": "Register", "en": "Register"}, lambda c: c.register.name),
    Column("controller", {"fi": "Rekisterinpitäjä, yhteisrekisterinpitäjät, edustaja ja tietosuojavastaava "
                                "(a)",
                          "sv": "Personuppgiftsansvarig, gemensamt ansvariga, företrädare och "
                                "dataskyddsombud (a)",
                          "en": "Controller, joint controllers, representative and DPO (a)"}, _controller),
    Column("purpose", {"fi": "Käsittelyn tarkoitukset (b)", "sv": "Ändamålen med behandlingen (b)",
                       "en": "Purposes of the processing (b)"}, lambda c: c.register.purpose_text.strip()),
    Column("legal_basis", {"fi": "Käsittelyperuste", "sv": "Rättslig grund",
    "en": "Legal basis"}, _legal_basis),
    Column("data_subjects", {"fi": "Rekisteröityjen ryhmät (c)", "sv": "Kategorier av registrerade (c)",
                             "en": "Categories of data subjects (c)"},
           lambda c: _lines(*c.register.data_subject_categories, c.register.data_subjects_text)),
    Column("data_categories", {"fi": "Henkilötietoryhmät (c)", "sv": "Kategorier av personuppgifter (c)",
                               "en": "Categories of personal data (c)"}, _data_categories),
    Column("recipients", {"fi": "Vastaanottajien ryhmät (d)", "sv": "Kategorier av mottagare (d)",
                          "en": "Categories of recipients (d)"}, _recipients),
    Column("transfers", {"fi": "Siirrot kolmansiin maihin ja suojatoimet (e)",
                         "sv": "Överföringar till tredjeland och skyddsåtgärder (e)",
                         "en": "Transfers to third countries and safeguards (e)"}, _transfers),
    Column("retention", {"fi": "Poistamisen määräajat (f)", "sv": "Tidsfrister för radering (f)",
                         "en": "Time limits for erasure (f)"}, _retention),
    Column("security", {"fi": "Tekniset ja organisatoriset turvatoimet (g)",
                        "sv": "Tekniska och organisatoriska säkerhetsåtgärder (g)",
                        "en": "Technical and organisational security measures (g)"}, _security),
    Column("systems", {k: SECTIONS_BY_KEY["systems"].label(k) for k in ("fi", "sv", "en")}, _systems),
    Column("responsible_person",
           {k: SECTIONS_BY_KEY["responsible_person"].label(k) for k in ("fi", "sv", "en")},
           lambda c: contact_text(c.register.responsible_person)),
    Column("modified", MODIFIED_LABEL, lambda c: fmt_date(c.register.modified_at, c.lang)),
)


def build_record(doc: OrganizationDocument, lang: str) -> RenderedDocument:
    """The record: a table for the spreadsheets; on paper, one block of the same columns per register
    (thirteen columns do not fit on a page)."""
    org_name = doc.organization.name
    values = [tuple(column.value(Context(doc, register, lang)) for column in COLUMNS)
              for register in doc.registers]
    missing = t("missing", lang)
    table = Table(tuple(column.heading[lang] for column in COLUMNS),
                  tuple(tuple(value or missing for value in row) for row in values))
    sections = [
        Section(t("r_controller_section", lang), [controller_fields(doc, lang)], "controller"),
        Section(t("r_activities", lang), [
            Paragraph(t("r_count", lang, count=fmt_number(len(doc.registers), lang)), style="note"),
        ], "record"),
    ]
    for index, row in enumerate(values):
        rows = tuple(field(column.heading[lang], value, lang)
                     for column, value in zip(COLUMNS[1:], row[1:], strict=True))
        sections.append(Section(row[0], [Fields(rows)], f"register-{index}", level=3))
    if 0 < len(doc.registers) <= MAX_REGISTERS_IN_PRINTED_DIAGRAM:
        caption = t("figure_caption", lang, name=org_name)
        sections.append(Section(t("r_flows", lang), [Figure(build_graph(doc), caption, lang)], "diagram"))
    return RenderedDocument(
        kind="seloste", lang=lang, title=org_name or t("seloste", lang), doc_type=t("seloste", lang),
        organization=org_name, intro=[Paragraph(t("record_subtitle", lang), style="note")],
        sections=sections, data_table=table,
    )
