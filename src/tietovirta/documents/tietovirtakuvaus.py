"""The tietovirtakuvaus of one register: every heading of the seeds, in their order.

Sections come from `tietovirta.canonical.sections.SECTIONS`. A section whose fields are all
plain text needs no code here; the others have a builder below. Empty fields print as missing.
"""

from __future__ import annotations

from collections.abc import Callable

from tietovirta import risk
from tietovirta.canonical.schema import LegalBasis, OrganizationDocument, PartyRole, System
from tietovirta.canonical.sections import (
    MODIFIED_LABEL,
    SECTIONS,
    SECURITY_ELECTRONIC_LABEL,
    SECURITY_MANUAL_LABEL,
    UNMAPPED_LABEL,
    USE_REFERENCES_LABEL,
)
from tietovirta.documents.common import (
    Context,
    bullets,
    contact_text,
    controller_fields,
    data_collected,
    field,
    or_missing,
    paragraphs,
    register_at,
    retention_summary,
    transfer_country,
)
from tietovirta.documents.model import Block, Field, Fields, Figure, RenderedDocument, Section, Table
from tietovirta.documents.phrases import (
    AGREEMENT,
    HETU_GROUND,
    HOSTING,
    MECHANISM,
    PARTY_ROLE,
    STATUS,
    SYSTEM_KIND,
    art9_citation,
    fmt_date,
    label,
    legal_basis_label,
    t,
)
from tietovirta.documents.riskiarvio import assessment_blocks
from tietovirta.flows import build_graph, country_name, register_parties, register_systems, register_transfers

_PROCESSOR_ROLES = (PartyRole.PROCESSOR, PartyRole.SUB_PROCESSOR, PartyRole.JOINT_CONTROLLER)


def _sources(c: Context) -> list[Block]:
    return or_missing(bullets(c.items("sources")) + paragraphs(c.text("sources_text")), c.lang)


def _legal_basis(c: Context) -> list[Block]:
    r, lang = c.register, c.lang
    bases = bullets([legal_basis_label(basis, lang) for basis in r.legal_bases])
    blocks = or_missing(bases + paragraphs(c.text("legal_basis_text")), lang)
    rows: list[Field] = []
    # The elaborations are shown where they apply (missing if empty) or wherever the user wrote one.
    if LegalBasis.LEGITIMATE_INTERESTS in r.legal_bases or r.legitimate_interest_text:
        rows.append(field(t("legitimate_interest", lang), c.text("legitimate_interest_text"), lang))
    has_special = any(cat.special_category is not None for cat in r.data_categories)
    if has_special or r.special_category_conditions or r.special_category_text:
        conditions = ", ".join(f"9(2)({point})" for point in r.special_category_conditions)
        value = "\n".join(part for part in (conditions, c.text("special_category_text")) if part)
        rows.append(field(t("special_category_conditions", lang), value, lang))
    if r.criminal_data_basis_text:
        rows.append(field(t("criminal_data_basis", lang), c.text("criminal_data_basis_text"), lang))
    if any(cat.is_hetu for cat in r.data_categories) or r.hetu_ground or r.hetu_ground_text:
        ground = label(HETU_GROUND, r.hetu_ground, lang) if r.hetu_ground else ""
        value = "\n".join(part for part in (ground, c.text("hetu_ground_text")) if part)
        rows.append(field(t("hetu_ground", lang), value, lang))
    return blocks + ([Fields(tuple(rows))] if rows else [])


def _purpose(c: Context) -> list[Block]:
    """Each purpose with the basis it rests on (and its Art. 9 condition and interest), then the prose."""
    r, lang = c.register, c.lang
    blocks: list[Block] = []
    if r.purposes:
        rows = []
        for i, purpose in enumerate(r.purposes):
            basis = t("missing", lang)
            if purpose.legal_basis:
                basis = legal_basis_label(purpose.legal_basis, lang)
            if purpose.special_condition:
                basis += "\n" + t("n_special_condition", lang,
                                  condition=art9_citation(purpose.special_condition, lang))
            if purpose.direct_marketing:
                basis += "\n" + t("direct_marketing", lang)
            interest = c.text(f"purposes[{i}].interest")
            rows.append((c.text(f"purposes[{i}].purpose"), basis, interest))
        blocks.append(Table((t("n_purpose", lang), t("n_legal_basis", lang), t("legitimate_interest", lang)),
                            tuple(rows)))
    return or_missing(blocks + paragraphs(c.text("purpose_text")), lang)


def _hosting(system: System, lang: str) -> str:
    region = label(HOSTING, system.hosting, lang)
    country = country_name(system.hosting_country, lang) if system.hosting_country else ""
    return region if country in ("", region) else f"{region}, {country}"


def _systems(c: Context) -> list[Block]:
    r, lang = c.register, c.lang
    answer = t("yes" if r.use_system_references else "no", lang)
    switch = Fields((Field(USE_REFERENCES_LABEL.text(lang), answer),))
    blocks: list[Block] = []
    if systems := register_systems(c.doc, r):
        blocks.append(Table(
            (t("name", lang), t("vendor", lang), t("kind", lang), t("hosting", lang),
             t("processor_agreement", lang)),
            tuple(
                (s.name, s.vendor, label(SYSTEM_KIND, s.kind, lang),
                 _hosting(s, lang),
                 label(AGREEMENT, s.processor_agreement, lang))
                for s in systems
            ),
        ))
    # The free text is printed whenever it exists: nothing a user typed is dropped.
    blocks += paragraphs(c.text("systems_text"))
    return [switch, *or_missing(blocks, lang)]


def _data_collected(c: Context) -> list[Block]:
    return or_missing(data_collected(c, t("data_subjects", c.lang)), c.lang)


def _controller(c: Context) -> list[Block]:
    return [controller_fields(c.doc, c.lang, c.register)]


def _parties_table(c: Context, roles: tuple[PartyRole, ...]) -> list[Block]:
    lang = c.lang
    parties = [p for p in register_parties(c.doc, c.register) if p.role in roles]
    if not parties:
        return []
    return [Table(
        (t("name", lang), t("role", lang), t("country", lang), t("processor_agreement", lang)),
        tuple(
            (p.name, label(PARTY_ROLE, p.role, lang),
             country_name(p.hosting_country or p.vendor_country, lang),
             label(AGREEMENT, p.processor_agreement, lang))
            for p in parties
        ),
    )]


def _processors(c: Context) -> list[Block]:
    return or_missing(_parties_table(c, _PROCESSOR_ROLES) + paragraphs(c.text("processors_text")), c.lang)


def _disclosures(c: Context) -> list[Block]:
    recipients = _parties_table(c, (PartyRole.RECIPIENT,))
    return or_missing(recipients + paragraphs(c.text("disclosures_text")), c.lang)


def _transfers(c: Context) -> list[Block]:
    lang = c.lang
    blocks: list[Block] = []
    if transfers := register_transfers(c.doc, c.register):
        blocks.append(Table(
            tuple(t(key, lang) for key in ("importer", "country", "transfer_mechanism", "dpf_verified_on")),
            tuple(
                (tr.importer + (f" ({t('transfer_reason_vendor', lang)})" if tr.reason == "vendor" else ""),
                 transfer_country(tr, lang),
                 label(MECHANISM, tr.mechanism, lang) if tr.mechanism else t("missing", lang),
                 fmt_date(tr.dpf_verified_on, lang))
                for tr in transfers
            ),
        ))
    return or_missing(blocks + paragraphs(c.text("transfers_text")), lang)


def _retention(c: Context) -> list[Block]:
    lang = c.lang
    summary = retention_summary(c)
    blocks: list[Block] = [Fields((Field(t("retention_period", lang), summary),))] if summary else []
    return or_missing(blocks + paragraphs(c.text("retention_text")), lang)


def _security(c: Context) -> list[Block]:
    lang = c.lang
    rows = tuple(
        Field(heading.text(lang), text)
        for heading, text in ((SECURITY_MANUAL_LABEL, c.text("security_manual_text")),
                              (SECURITY_ELECTRONIC_LABEL, c.text("security_electronic_text")))
        if text.strip()
    )
    return or_missing(paragraphs(c.text("security_text")) + ([Fields(rows)] if rows else []), lang)


def _privacy_notice(c: Context) -> list[Block]:
    r, lang = c.register, c.lang
    blocks = paragraphs(c.text("privacy_notice_text"))
    if r.privacy_notice_url.strip():
        link = field(t("link", lang), r.privacy_notice_url, lang, href=r.privacy_notice_url)
        blocks.append(Fields((link,)))
    return or_missing(blocks, lang)


def _responsible_person(c: Context) -> list[Block]:
    return or_missing(paragraphs(contact_text(c.register.responsible_person)), c.lang)


def _risk(c: Context) -> list[Block]:
    """The risk text, then each assessment, newest first; the one in force with its risk matrix."""
    r, lang = c.register, c.lang
    blocks = paragraphs(c.text("risk_text"))
    order = risk.newest_first(r.risk_assessments)
    in_force = order[0] if order else None
    for i in order:
        blocks += assessment_blocks(r.risk_assessments[i], lang, in_force=i == in_force and len(order) > 1,
                                    picture=i == in_force)
    return or_missing(blocks, lang)


_BUILDERS: dict[str, Callable[[Context], list[Block]]] = {
    "sources": _sources,
    "legal_basis": _legal_basis,
    "purpose": _purpose,
    "systems": _systems,
    "data_collected": _data_collected,
    "controller": _controller,
    "processors": _processors,
    "disclosures": _disclosures,
    "transfers": _transfers,
    "retention": _retention,
    "security": _security,
    "privacy_notice": _privacy_notice,
    "responsible_person": _responsible_person,
    "risk": _risk,
}


def _text_section(c: Context, fields: tuple[str, ...]) -> list[Block]:
    """A section whose fields are all free text (purpose, location, cookies …)."""
    blocks: list[Block] = []
    for name in fields:
        if not isinstance(getattr(c.register, name), str):
            raise TypeError(f"section field '{name}' is not text: give its section a builder")
        blocks += paragraphs(c.text(name))
    return or_missing(blocks, c.lang)


def build_tietovirtakuvaus(doc: OrganizationDocument, register_index: int, lang: str) -> RenderedDocument:
    register = register_at(doc, register_index)
    c = Context(doc, register, lang)
    meta = (
        field(MODIFIED_LABEL.text(lang), fmt_date(register.modified_at, lang), lang),
        Field(t("status", lang), label(STATUS, register.status, lang)),
    )
    sections = []
    for s in SECTIONS:
        c.heading = s.label(lang)
        blocks = _BUILDERS[s.key](c) if s.key in _BUILDERS else _text_section(c, s.fields)
        sections.append(Section(c.heading, blocks, s.key))
    graph = build_graph(doc, register_index)
    sections.append(Section(t("diagram", lang), [
        Figure(graph, t("figure_caption", lang, name=register.name), lang)], "diagram"))
    if register.unmapped_text.strip():
        c.heading = UNMAPPED_LABEL.text(lang)
        sections.append(Section(c.heading, paragraphs(c.text("unmapped_text")), "unmapped"))
    c.heading = t("tietovirtakuvaus", lang)
    title, intro = c.text("name"), paragraphs(c.text("description"))
    return RenderedDocument(
        kind="tietovirtakuvaus", lang=lang, title=title, doc_type=t("tietovirtakuvaus", lang),
        organization=doc.organization.name, meta=meta, intro=c.untranslated_note() + intro,
        sections=sections,
    )

