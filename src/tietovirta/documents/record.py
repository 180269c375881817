"""The record of processing activities (seloste käsittelytoimista), GDPR Art. 30(1).

One row per register with every Art. 30(1) column. The same table is printed (HTML, PDF, DOCX,
Markdown) and exported (XLSX, CSV), so a column is defined once, here. Purposes are listed each with
the basis it rests on; processors and recipients of disclosures apart (passing data to a processor
is not a disclosure), with the system vendors the register uses among the processors.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tietovirta.canonical.schema import OrganizationDocument
from tietovirta.canonical.sections import MODIFIED_LABEL, SECTIONS_BY_KEY
from tietovirta.documents import questions as ask
from tietovirta.documents.common import (
    Context,
    contact_text,
    controller_fields,
    data_category_text,
    field,
    joint_controllers,
    provider,
    retention_summary,
    transfer_country,
)
from tietovirta.documents.model import Fields, Figure, Paragraph, RenderedDocument, Section, Table
from tietovirta.documents.phrases import (
    MECHANISM,
    SYSTEM_KIND,
    fmt_date,
    fmt_number,
    label,
    legal_basis_label,
    t,
)
from tietovirta.flows import build_graph, register_systems
from tietovirta.language import Msg

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


def _purposes(c: Context) -> str:  # 30(1)(b), each with its basis
    lang, register = c.lang, c.register
    pairs = [
        c.text(f"purposes[{i}].purpose")
        + (f" – {legal_basis_label(p.legal_basis, lang)}" if p.legal_basis else "")
        for i, p in enumerate(register.purposes)
    ]
    return _lines(*pairs) or c.text("purpose_text")


def _legal_basis(c: Context) -> str:
    bases = (legal_basis_label(basis, c.lang) for basis in c.register.legal_bases)
    return _lines(*bases, c.text("legal_basis_text"))


def _data_categories(c: Context) -> str:  # 30(1)(c)
    r = c.register
    names = (c.text(f"data_categories[{i}].name") for i in range(len(r.data_categories)))
    return _lines(*(data_category_text(cat, name, c.lang) for cat, name in zip(r.data_categories, names,
                                                                                strict=True)),
                  c.text("data_collected_text"))


_PROCESSORS = Msg("Käsittelijät", "Biträden", "Processors")
_RECIPIENTS = Msg("Luovutukset", "Utlämnanden", "Disclosures")


def _recipients(c: Context) -> str:  # 30(1)(d): processors are recipients too (Art. 4(9)), but no disclosure
    lang, doc, register = c.lang, c.doc, c.register

    def described(entity) -> str:
        who, systems = provider(doc, entity)
        services = "; ".join(f"{s.name}, {label(SYSTEM_KIND, s.kind, lang)}" for s in systems)
        return who + (f" ({services})" if services else "")

    processors = [described(e) for e in ask.processors(doc, register)]
    recipients = [described(e) for e in ask.recipients(doc, register)]
    processors_text, disclosures_text = c.text("processors_text"), c.text("disclosures_text")
    return _lines(
        f"{_PROCESSORS.text(lang)}: {'; '.join(processors)}" if processors else "",
        processors_text,
        f"{_RECIPIENTS.text(lang)}: {'; '.join(recipients)}" if recipients else "",
        disclosures_text,
    )


def _transfers(c: Context) -> str:  # 30(1)(e)
    lang = c.lang
    rows = [
        f"{tr.importer} → {transfer_country(tr, lang)}: "
        + (label(MECHANISM, tr.mechanism, lang) if tr.mechanism else t("missing", lang))
        for tr in ask.register_transfers(c.doc, c.register)
    ]
    return _lines(*rows, c.text("transfers_text"))


def _retention(c: Context) -> str:  # 30(1)(f)
    return _lines(retention_summary(c), c.text("retention_text"))


def _security(c: Context) -> str:  # 30(1)(g)
    return _lines(c.text("security_text"), c.text("security_manual_text"), c.text("security_electronic_text"))


def _systems(c: Context) -> str:
    return _lines(*(s.name for s in register_systems(c.doc, c.register)), c.text("systems_text"))


@dataclass(frozen=True)
class Column:
    key: str
    heading: Msg
    value: Callable[[Context], str]


COLUMNS: tuple[Column, ...] = (
    Column("register", Msg("Rekisteri", "Register", "Register"), lambda c: c.text("name")),
    Column("controller", Msg(
        "Rekisterinpitäjä, yhteisrekisterinpitäjät, edustaja ja tietosuojavastaava (a)",
        "Personuppgiftsansvarig, gemensamt ansvariga, företrädare och dataskyddsombud (a)",
        "Controller, joint controllers, representative and DPO (a)",
    ), _controller),
    Column("purpose", Msg(
        "Käsittelyn tarkoitukset ja oikeusperusteet (b)",
        "Ändamålen med behandlingen och de rättsliga grunderna (b)",
        "Purposes of the processing and their legal bases (b)",
    ), _purposes),
    Column("legal_basis", Msg("Käsittelyperuste", "Rättslig grund", "Legal basis"), _legal_basis),
    Column("data_subjects", Msg(
        "Rekisteröityjen ryhmät (c)", "Kategorier av registrerade (c)", "Categories of data subjects (c)",
    ), lambda c: _lines(*c.items("data_subject_categories"), c.text("data_subjects_text"))),
    Column("data_categories", Msg(
        "Henkilötietoryhmät (c)", "Kategorier av personuppgifter (c)", "Categories of personal data (c)",
    ), _data_categories),
    Column("recipients", Msg(
        "Vastaanottajien ryhmät (d)", "Kategorier av mottagare (d)", "Categories of recipients (d)",
    ), _recipients),
    Column("transfers", Msg(
        "Siirrot kolmansiin maihin ja suojatoimet (e)",
        "Överföringar till tredjeland och skyddsåtgärder (e)",
        "Transfers to third countries and safeguards (e)",
    ), _transfers),
    Column("retention", Msg(
        "Poistamisen määräajat (f)", "Tidsfrister för radering (f)", "Time limits for erasure (f)",
    ), _retention),
    Column("security", Msg(
        "Tekniset ja organisatoriset turvatoimet (g)",
        "Tekniska och organisatoriska säkerhetsåtgärder (g)",
        "Technical and organisational security measures (g)",
    ), _security),
    Column("systems", SECTIONS_BY_KEY["systems"].title, _systems),
    Column("responsible_person", SECTIONS_BY_KEY["responsible_person"].title,
           lambda c: contact_text(c.register.responsible_person)),
    Column("modified", MODIFIED_LABEL, lambda c: fmt_date(c.register.modified_at, c.lang)),
)


def build_record(doc: OrganizationDocument, lang: str) -> RenderedDocument:
    """The record: a table for the spreadsheets; on paper, one block of the same columns per register
    (thirteen columns do not fit on a page). Texts without a translation into `lang` are printed in the
    register's own language, and a note says where."""
    org_name = doc.organization.name
    contexts = [Context(doc, register, lang) for register in doc.registers]
    values = []
    for c in contexts:
        row = []
        for column in COLUMNS:
            c.heading = column.heading.text(lang)
            row.append(column.value(c))
        values.append(tuple(row))
    missing = t("missing", lang)
    table = Table(tuple(column.heading.text(lang) for column in COLUMNS),
                  tuple(tuple(value or missing for value in row) for row in values))
    sections = [
        Section(t("r_controller_section", lang), [controller_fields(doc, lang)], "controller"),
        Section(t("r_activities", lang), [
            Paragraph(t("r_count", lang, count=fmt_number(len(doc.registers), lang)), style="note"),
        ], "record"),
    ]
    for index, (c, row) in enumerate(zip(contexts, values, strict=True)):
        rows = tuple(field(column.heading.text(lang), value, lang)
                     for column, value in zip(COLUMNS[1:], row[1:], strict=True))
        sections.append(Section(row[0], [*c.untranslated_note(), Fields(rows)], f"register-{index}", level=3))
    if 0 < len(doc.registers) <= MAX_REGISTERS_IN_PRINTED_DIAGRAM:
        caption = t("figure_caption", lang, name=org_name)
        sections.append(Section(t("r_flows", lang), [Figure(build_graph(doc), caption, lang)], "diagram"))
    return RenderedDocument(
        kind="seloste", lang=lang, title=org_name or t("seloste", lang), doc_type=t("seloste", lang),
        organization=org_name, intro=[Paragraph(t("record_subtitle", lang), style="note")],
        sections=sections, data_table=table,
    )
