"""The privacy notice (tietosuojaseloste) of one register, GDPR Art. 13 and 14 (LEGAL.md §2).

Written to the data subject. Each section names the Art. 13/14 item it answers; the rights are
generated from the legal bases (`rights.py`), never typed by the user.
"""

from __future__ import annotations

from tietovirta.canonical.schema import LegalBasis, OrganizationDocument, PartyRole
from tietovirta.canonical.sections import SECTIONS_BY_KEY
from tietovirta.documents.common import (
    Context,
    bullets,
    contact_text,
    controller_fields,
    data_collected,
    field,
    missing,
    or_missing,
    paragraphs,
    register_at,
    retention_summary,
    transfer_country,
)
from tietovirta.documents.model import Block, Field, Fields, Paragraph, RenderedDocument, Section
from tietovirta.documents.phrases import (
    HETU_GROUND,
    LEGAL_BASIS_PLAIN,
    MECHANISM,
    PARTY_ROLE,
    fmt_date,
    label,
    legal_basis_label,
    t,
)
from tietovirta.documents.rights import (
    DIRECT_MARKETING_OBJECTION,
    RIGHT_TEXT,
    Right,
    applicable_rights,
    objection_absolute_for_direct_marketing,
)
from tietovirta.flows import register_parties, register_transfers


def _controller(c: Context) -> list[Block]:  # 13(1)(a), 14(1)(a)
    return [controller_fields(c.doc, c.lang, c.register, with_dpo=False)]


def _dpo(c: Context) -> list[Block]:  # 13(1)(b), 14(1)(b)
    dpo = c.doc.organization.dpo
    return paragraphs(contact_text(dpo)) if dpo is not None else [Paragraph(t("n_dpo_none", c.lang))]


def _purpose(c: Context) -> list[Block]:  # 13(1)(c), 14(1)(c)
    return or_missing(paragraphs(c.register.purpose_text), c.lang)


def _legal_basis(c: Context) -> list[Block]:  # 13(1)(c), 14(1)(c)
    r, lang = c.register, c.lang
    blocks: list[Block] = []
    if r.legal_bases:
        blocks.append(Paragraph(t("n_legal_basis_intro", lang)))
        blocks += bullets([f"{legal_basis_label(basis, lang)}: {LEGAL_BASIS_PLAIN[basis][lang]}"
                           for basis in r.legal_bases])
    blocks += paragraphs(r.legal_basis_text)
    blocks = or_missing(blocks, lang)
    extra = []
    if r.special_category_text:
        extra.append(Field(t("special_category_text", lang), r.special_category_text))
    if r.criminal_data_basis_text:
        extra.append(Field(t("criminal_data_basis", lang), r.criminal_data_basis_text))
    if r.hetu_ground:
        ground = label(HETU_GROUND, r.hetu_ground, lang)
        extra.append(Field(t("hetu_ground", lang), "\n".join(filter(None, (ground, r.hetu_ground_text)))))
    return blocks + ([Fields(tuple(extra))] if extra else [])


def _legitimate_interest(c: Context) -> list[Block]:  # 13(1)(d), 14(2)(b)
    return or_missing(paragraphs(c.register.legitimate_interest_text), c.lang)


def _data(c: Context) -> list[Block]:  # 14(1)(d), and who the data concerns
    return data_collected(c.register, c.lang, t("n_data_subjects", c.lang))


def _sources(c: Context) -> list[Block]:  # 14(2)(f)
    return or_missing(bullets(c.register.sources) + paragraphs(c.register.sources_text), c.lang)


def _recipients(c: Context) -> list[Block]:  # 13(1)(e), 14(1)(e)
    r, lang = c.register, c.lang
    parties = register_parties(c.doc, r)
    processors = [p for p in parties if p.role is not PartyRole.RECIPIENT]
    recipients = [p for p in parties if p.role is PartyRole.RECIPIENT]
    blocks: list[Block] = []
    if processors:
        blocks.append(Paragraph(t("n_processors_intro", lang)))
        blocks += bullets([f"{p.name} ({label(PARTY_ROLE, p.role, lang)})" for p in processors])
    blocks += paragraphs(r.processors_text)
    if recipients:
        blocks.append(Paragraph(t("n_recipients_intro", lang)))
        blocks += bullets([p.name for p in recipients])
    blocks += paragraphs(r.disclosures_text)
    return or_missing(blocks, lang)


def _transfers(c: Context) -> list[Block]:  # 13(1)(f), 14(1)(f)
    lang = c.lang
    blocks: list[Block] = []
    if transfers := register_transfers(c.doc, c.register):
        blocks.append(Paragraph(t("n_transfers_intro", lang)))
        blocks += bullets([
            t("n_transfer_row", lang, importer=tr.importer, country=transfer_country(tr, lang),
              mechanism=label(MECHANISM, tr.mechanism, lang) if tr.mechanism else t("missing", lang))
            for tr in transfers
        ])
        blocks.append(Paragraph(t("n_transfers_copy", lang)))
    return or_missing(blocks + paragraphs(c.register.transfers_text), lang)


def _retention(c: Context) -> list[Block]:  # 13(2)(a), 14(2)(a)
    r, lang = c.register, c.lang
    summary = retention_summary(r, lang)
    blocks: list[Block] = [Fields((Field(t("retention_period", lang), summary),))] if summary else []
    return or_missing(blocks + paragraphs(r.retention_text), lang)


def _rights_contact(c: Context) -> str:
    person = c.register.contact_person or c.doc.organization.contact_person
    email = (person.email if person else "") or c.doc.organization.email
    name = person.name if person else ""
    return ", ".join(filter(None, (name, email)))


def _rights(c: Context) -> list[Block]:  # 13(2)(b), 14(2)(c)
    r, lang = c.register, c.lang
    rights = [right for right in applicable_rights(r.legal_bases) if right is not Right.WITHDRAW_CONSENT]
    blocks: list[Block] = []
    if rights:
        blocks.append(Paragraph(t("n_rights_intro", lang)))
        items = [RIGHT_TEXT[right][lang] for right in rights]
        if objection_absolute_for_direct_marketing(r.legal_bases):
            items.append(DIRECT_MARKETING_OBJECTION[lang])
        blocks += bullets(items)
    else:
        blocks.append(missing(lang))  # no legal basis: the rights cannot be stated
    contact = _rights_contact(c)
    how = t("n_rights_how", lang, contact=contact) if contact else t("n_rights_how_nocontact", lang)
    blocks.append(Paragraph(how))
    own = [(SECTIONS_BY_KEY[key].label(lang), getattr(r, f"{key}_text"))
           for key in ("access_right", "rectification", "other_rights")]
    if rows := tuple(Field(heading, text) for heading, text in own if text.strip()):
        blocks.append(Fields(rows))
    return blocks


def _withdraw(c: Context) -> list[Block]:  # 13(2)(c), 14(2)(d)
    text = paragraphs(c.register.consent_withdrawal_text)
    return [Paragraph(RIGHT_TEXT[Right.WITHDRAW_CONSENT][c.lang]), *or_missing(text, c.lang)]


def _complaint(c: Context) -> list[Block]:  # 13(2)(d), 14(2)(e)
    lang = c.lang
    web = t("n_authority_web", lang)
    email = t("n_authority_email", lang)
    return [
        Paragraph(t("n_complaint_text", lang)),
        Fields((
            Field(t("name", lang), t("n_authority", lang)),
            Field(t("website", lang), web, href=web),
            Field(t("email", lang), email, href=f"mailto:{email}"),
            Field(t("address", lang), t("n_authority_postal", lang)),
        )),
    ]


def _text(c: Context, key: str) -> list[Block]:
    return or_missing(paragraphs(getattr(c.register, f"{key}_text")), c.lang)


def build_privacy_notice(doc: OrganizationDocument, register_index: int, lang: str) -> RenderedDocument:
    register = register_at(doc, register_index)
    c = Context(doc, register, lang)
    sections = [
        Section(t("n_controller", lang), _controller(c), "controller"),
        Section(t("dpo", lang), _dpo(c), "dpo"),
        Section(t("n_purpose", lang), _purpose(c), "purpose"),
        Section(t("n_legal_basis", lang), _legal_basis(c), "legal_basis"),
    ]
    if LegalBasis.LEGITIMATE_INTERESTS in register.legal_bases:
        sections.append(
            Section(t("n_legitimate_interest", lang), _legitimate_interest(c), "legitimate_interest"))
    sections += [
        Section(t("n_data", lang), _data(c), "data_collected"),
        Section(t("n_sources", lang), _sources(c), "sources"),
        Section(t("n_recipients", lang), _recipients(c), "recipients"),
        Section(t("n_transfers", lang), _transfers(c), "transfers"),
        Section(t("n_retention", lang), _retention(c), "retention"),
        Section(t("n_rights", lang), _rights(c), "rights"),
    ]
    if LegalBasis.CONSENT in register.legal_bases:
        sections.append(Section(t("n_withdraw", lang), _withdraw(c), "consent_withdrawal"))
    sections.append(Section(t("n_complaint", lang), _complaint(c), "complaint"))
    for key in ("statutory_requirement", "automated_decisions"):  # 13(2)(e); 13(2)(f), 14(2)(g)
        sections.append(Section(SECTIONS_BY_KEY[key].label(lang), _text(c, key), key))
    if register.cookies_text.strip():
        sections.append(Section(t("n_cookies", lang), paragraphs(register.cookies_text), "cookies"))
    security = [register.security_text, register.security_manual_text, register.security_electronic_text]
    if any(text.strip() for text in security):
        sections.append(Section(t("n_security", lang), [p for text in security for p in paragraphs(text)],
                                "security"))
    return RenderedDocument(
        kind="tietosuojaseloste", lang=lang, title=register.name, doc_type=t("tietosuojaseloste", lang),
        organization=doc.organization.name,
        meta=(field(t("updated", lang), fmt_date(register.modified_at, lang), lang),),
        intro=[Paragraph(t("notice_subtitle", lang), style="note")],
        sections=sections,
    )
