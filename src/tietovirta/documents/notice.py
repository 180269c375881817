"""The privacy notice (tietosuojaseloste) of one register, GDPR Art. 13 and 14 (LEGAL.md §2).

Written to the data subject, in one language. Each section answers an Art. 13/14 item; purposes are
printed with the basis each rests on, and the rights follow from those bases (`rights.py`), never
typed by the user. The right to object has a section of its own (Art. 21(4)).

A notice never prints a placeholder. An item the register does not state becomes the statement its
record supports ("Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle" only when neither the catalogue nor
the prose shows a transfer) or a *gap*: a notice with gaps opens with a draft note naming them, and
the publishing service refuses it (`notice_gaps`). A text without a current translation into the
notice's language is a gap too. Internal fields (risk, processing method, locations, notes, accepted
findings) never reach the notice; processors and recipients come from the catalogue.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from tietovirta.canonical.schema import HostingRegion, LegalBasis, OrganizationDocument
from tietovirta.canonical.sections import SECTIONS_BY_KEY
from tietovirta.canonical.translations import text_at, text_in
from tietovirta.documents import questions as ask
from tietovirta.documents.common import (
    Context,
    bullets,
    contact_person,
    contact_text,
    controller_fields,
    country_text,
    data_collected,
    paragraphs,
    provider,
    register_at,
    retention_summary,
    transfer_country,
    usable_email,
)
from tietovirta.documents.model import Block, Field, Fields, Paragraph, RenderedDocument, Section, Table
from tietovirta.documents.phrases import (
    HETU_GROUND,
    HOSTING,
    LEGAL_BASIS_PLAIN,
    MECHANISM,
    PARTY_ROLE,
    SYSTEM_KIND,
    art9_citation,
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
    bases_in_use,
    direct_marketing,
    direct_marketing_purposes,
    objection_applies,
    objectionable_purposes,
)
from tietovirta.language import Bound, Msg, join_and, quote

NOTHING = "—"  # an empty table cell


@dataclass(frozen=True)
class Gap:
    """An Art. 13/14 item the notice cannot state, or a text it has only in another language."""

    section: str  # the notice section's key
    heading: str  # the notice section's heading, in the notice's language
    reason: str  # what is missing, in the notice's language
    message: Bound  # what is missing, to be said in any language (the register page's)
    translation: bool = False
    kind: str = ""  # which item is missing (_GAP's key), for whoever says where it is fixed


# What a gap says, completing "Siitä puuttuu …" / "Det saknas …" / "It lacks …".
_GAP = {
    "controller": Msg("rekisterinpitäjän nimi", "den personuppgiftsansvariges namn", "the controller's name"),
    "contact": Msg(
        "rekisterinpitäjän postiosoite tai toimiva sähköpostiosoite",
        "den personuppgiftsansvariges postadress eller en fungerande e-postadress",
        "the controller's postal address or a working e-mail address",
    ),
    "purposes": Msg(
        "käsittelyn tarkoitukset, kukin oikeusperusteineen",
        "ändamålen med behandlingen, vart och ett med sin rättsliga grund",
        "the purposes of the processing, each with its legal basis",
    ),
    "basis": Msg(
        "oikeusperuste tarkoitukselle {purpose}",
        "rättslig grund för ändamålet {purpose}",
        "the legal basis of the purpose {purpose}",
    ),
    "interest": Msg(
        "oikeutettu etu tarkoitukselle {purpose}",
        "det berättigade intresset för ändamålet {purpose}",
        "the legitimate interest of the purpose {purpose}",
    ),
    "legitimate_interest": Msg("oikeutettu etu", "det berättigade intresset", "the legitimate interest"),
    "data": Msg("käsiteltävät tiedot", "vilka uppgifter som behandlas", "what data is processed"),
    "sources": Msg("tietolähteet", "uppgiftskällorna", "the sources of the data"),
    "processors": Msg(
        "henkilötietojen käsittelijät (tekstissä mainitaan käsittelijöitä, joita ei ole luettelossa)",
        "personuppgiftsbiträdena (texten nämner biträden som inte finns i förteckningen)",
        "the processors (the text names processors that are not in the catalogue)",
    ),
    "recipients": Msg("tietojen luovutukset", "utlämnandena av uppgifter", "the disclosures of data"),
    "transfers": Msg(
        "tieto tietojen siirroista EU:n tai ETA:n ulkopuolelle",
        "uppgift om överföringar utanför EU eller EES",
        "whether data is transferred outside the EU or EEA",
    ),
    "mechanism": Msg(
        "siirtoperuste siirrolle: {importer}, {country}",
        "överföringsgrund för överföringen: {importer}, {country}",
        "the safeguard of the transfer: {importer}, {country}",
    ),
    "retention": Msg("säilytysaika", "lagringstiden", "the retention period"),
    "statutory_requirement": Msg(
        "tieto siitä, onko tietojen antaminen pakollista",
        "uppgift om huruvida det är obligatoriskt att lämna uppgifterna",
        "whether providing the data is required",
    ),
    "automated_decisions": Msg(
        "tieto automaattisesta päätöksenteosta ja profiloinnista",
        "uppgift om automatiserat beslutsfattande och profilering",
        "information on automated decision-making and profiling",
    ),
    "translation": Msg(
        "tämänkieliset tekstit kohdissa {sections}",
        "texter på detta språk i avsnitten {sections}",
        "texts in this language under {sections}",
    ),
}
_UNTRANSLATED = Msg(
    "käännökset osasta rekisterin tekstejä",
    "översättningar av en del av registrets texter",
    "translations of some of the register's texts",
)


# Each section's heading (by its key) in a language; "" is the notice's own title, under which its name is
# printed.
_HEADING_TEXT = {
    "": "tietosuojaseloste", "controller": "n_controller", "dpo": "dpo", "purposes": "n_purposes",
    "legitimate_interest": "n_legitimate_interest", "data_collected": "n_data", "sources": "n_sources",
    "processors": "n_processors", "recipients": "n_recipients", "transfers": "n_transfers",
    "retention": "n_retention", "rights": "n_rights", "objection": "n_objection",
    "consent_withdrawal": "n_withdraw", "complaint": "n_complaint", "cookies": "n_cookies",
    "security": "n_security",
}


def _heading(key: str, lang: str) -> str:
    if key in _HEADING_TEXT:
        return t(_HEADING_TEXT[key], lang)
    return SECTIONS_BY_KEY[key].label(lang)  # the register's own headings: statutory requirement, …


class _Notice:
    """Builds one notice and collects its gaps, and under which section each text was first read."""

    def __init__(self, doc: OrganizationDocument, register_index: int, lang: str):
        self.c = Context(doc, register_at(doc, register_index), lang)
        self.lang = lang
        self.gaps: list[Gap] = []
        self.key = ""
        self.read_under: dict[str, str] = {}  # text path → the key of the section that first printed it

    def gap(self, kind: str, **params: object) -> None:
        message = _GAP[kind](**params)
        self.gaps.append(Gap(self.key, self.c.heading, message.render(self.lang), message, kind=kind))

    def section(self, key: str, build, **options) -> Section:
        self.key, self.c.heading = key, _heading(key, self.lang)
        read = set(self.c.read)
        built = Section(self.c.heading, build(), key, **options)
        self.read_under.update(dict.fromkeys(sorted(self.c.read - read), key))
        return built

    def title(self) -> str:
        """The notice's title, the register's name (read under the notice's own heading)."""
        self.key, self.c.heading = "", _heading("", self.lang)
        read = set(self.c.read)
        name = self.c.text("name")
        self.read_under.update(dict.fromkeys(self.c.read - read, ""))
        return name

    # --- 13(1)(a), (b) ----------------------------------------------------------------------------

    def controller(self) -> list[Block]:
        doc, register = self.c.doc, self.c.register
        org = doc.organization
        if not org.name.strip():
            self.gap("controller")
        person = contact_person(doc, register)
        postal = bool(org.street_address.strip() and (org.postal_code.strip() or org.city.strip()))
        emails = [org.email, person.email if person else ""]
        if not postal and not any(usable_email(email) for email in emails):
            self.gap("contact")
        return [controller_fields(doc, self.lang, register, with_dpo=False, public=True)]

    def dpo(self) -> list[Block]:
        dpo = self.c.doc.organization.dpo
        return paragraphs(contact_text(dpo, title=False)) if dpo else [Paragraph(t("n_dpo_none", self.lang))]

    # --- 13(1)(c), (d) ----------------------------------------------------------------------------

    def purposes(self) -> list[Block]:
        c, lang = self.c, self.lang
        register = c.register
        blocks: list[Block] = []
        if register.purposes:
            rows = []
            for i, purpose in enumerate(register.purposes):
                text = c.text(f"purposes[{i}].purpose")
                if purpose.legal_basis is None:
                    self.gap("basis", purpose=quote(text, lang))
                    basis = NOTHING
                else:
                    basis = legal_basis_label(purpose.legal_basis, lang)
                if purpose.special_condition:
                    condition = art9_citation(purpose.special_condition, lang)
                    basis += "\n" + t("n_special_condition", lang, condition=condition)
                rows.append((text, basis))
            blocks.append(Table((t("n_purpose", lang), t("n_legal_basis", lang)), tuple(rows)))
        else:
            # Without pairs the notice cannot say which basis each purpose rests on (13(1)(c)): a draft.
            self.gap("purposes")
            blocks += paragraphs(c.text("purpose_text"))
            if register.legal_bases:
                plural = "one" if len(register.legal_bases) == 1 else "other"
                blocks.append(Paragraph(t(f"n_legal_basis_intro_{plural}", lang)))
                blocks += bullets([f"{legal_basis_label(basis, lang)}: {LEGAL_BASIS_PLAIN[basis].text(lang)}"
                                   for basis in register.legal_bases])
        extra = []
        if register.special_category_text.strip():
            extra.append(Field(t("special_category_text", lang), c.text("special_category_text")))
        if register.criminal_data_basis_text.strip():
            extra.append(Field(t("criminal_data_basis", lang), c.text("criminal_data_basis_text")))
        if register.hetu_ground:
            ground = label(HETU_GROUND, register.hetu_ground, lang)
            why = c.text("hetu_ground_text")
            extra.append(Field(t("hetu_ground", lang), "\n".join(filter(None, (ground, why)))))
        return blocks + ([Fields(tuple(extra))] if extra else [])

    def legitimate_interest(self) -> list[Block]:
        c, register = self.c, self.c.register
        if not register.purposes:
            blocks = paragraphs(c.text("legitimate_interest_text"))
            if not blocks:
                self.gap("legitimate_interest")
            return blocks
        rows = []
        for i, purpose in enumerate(register.purposes):
            if purpose.legal_basis is LegalBasis.LEGITIMATE_INTERESTS:
                name = c.text(f"purposes[{i}].purpose")
                interest = c.text(f"purposes[{i}].interest")
                if not interest.strip():
                    self.gap("interest", purpose=quote(name, self.lang))
                    continue
                rows.append(Field(name, interest))
        return [Fields(tuple(rows))] if rows else []

    # --- 14(1)(d), 14(2)(f) -----------------------------------------------------------------------

    def data(self) -> list[Block]:
        register = self.c.register
        # With categories listed, the prose is the internal description (it may hold notes).
        blocks = data_collected(self.c, t("n_data_subjects", self.lang), prose=not register.data_categories)
        if not blocks:
            self.gap("data")
        return blocks

    def sources(self) -> list[Block]:
        blocks = bullets(self.c.items("sources")) + paragraphs(self.c.text("sources_text"))
        if not blocks:
            self.gap("sources")
        return blocks

    # --- 13(1)(e), (f) ----------------------------------------------------------------------------

    def _location(self, entity: ask.Entity) -> str:
        """Where the processor keeps the data: its catalogue entries' hosting, else what is known of it."""
        for item in entity.items(self.c.doc):
            if item.hosting_country.strip():
                return country_text(item.hosting_country, self.lang)
            if item.hosting is not HostingRegion.UNKNOWN:
                return label(HOSTING, item.hosting, self.lang)
        vendor = entity.vendor
        if vendor is not None and vendor.hosting_country:
            return country_text(vendor.hosting_country, self.lang)
        return NOTHING

    def _transfer_cell(self, entity: ask.Entity, transfers: list[ask.Transfer]) -> str:
        lines = [f"{transfer_country(tr, self.lang)}: "
                 + (label(MECHANISM, tr.mechanism, self.lang) if tr.lawful_mechanism else NOTHING)
                 for tr in transfers if tr.importer == entity.name]
        return "\n".join(lines) or NOTHING

    def _provider(self, entity: ask.Entity) -> tuple[str, str]:
        """(who, what service): a party by its name, a system by its vendor and the system's name."""
        lang = self.lang
        who, systems = provider(self.c.doc, entity)
        services = [f"{s.name} ({label(SYSTEM_KIND, s.kind, lang)})" for s in systems]
        roles = [label(PARTY_ROLE, self.c.doc.parties[i].role, lang) for i in entity.parties]
        kind = [label(SYSTEM_KIND, entity.vendor.kind, lang)] if entity.vendor else [NOTHING]
        return who, ", ".join(dict.fromkeys(services or roles or kind))

    def processors(self) -> list[Block]:
        c, lang = self.c, self.lang
        doc, register = c.doc, c.register
        transfers = ask.register_transfers(doc, register)
        rows = [(*self._provider(e), self._location(e), self._transfer_cell(e, transfers))
                for e in ask.processors(doc, register)]
        if rows:
            return [Paragraph(t("n_processors_intro", lang)),
                    Table((t("n_provider", lang), t("n_service", lang), t("n_location", lang),
                           t("n_transfer", lang)), tuple(rows))]
        if ask.external_processor_mentioned(register):
            self.gap("processors")
            return []
        return [Paragraph(t("n_no_processors", lang))]

    def recipients(self) -> list[Block]:
        c, lang = self.c, self.lang
        names = [self._provider(e)[0] for e in ask.recipients(c.doc, c.register)]
        blocks: list[Block] = [Paragraph(t("n_recipients_intro", lang)), *bullets(names)] if names else []
        blocks += paragraphs(c.text("disclosures_text"))
        if not blocks:
            self.gap("recipients")
        return blocks

    def transfers(self) -> list[Block]:
        c, lang = self.c, self.lang
        register = c.register
        blocks: list[Block] = []
        if transfers := ask.register_transfers(c.doc, register):
            rows = []
            for tr in transfers:
                country = transfer_country(tr, lang)
                if not tr.lawful_mechanism:
                    self.gap("mechanism", importer=tr.importer, country=country)
                mechanism = label(MECHANISM, tr.mechanism, lang) if tr.lawful_mechanism else NOTHING
                rows.append(t("n_transfer_row", lang, importer=tr.importer, country=country,
                              mechanism=mechanism))
            blocks += [Paragraph(t("n_transfers_intro", lang)), *bullets(rows),
                       Paragraph(t("n_transfers_copy", lang))]
        blocks += paragraphs(c.text("transfers_text"))
        if not blocks:
            if ask.transfer_suggested(register):
                self.gap("transfers")
            else:
                blocks.append(Paragraph(t("n_no_transfers", lang)))
        return blocks

    # --- 13(2)(a) ---------------------------------------------------------------------------------

    def retention(self) -> list[Block]:
        summary = retention_summary(self.c)
        blocks: list[Block] = [Fields((Field(t("retention_period", self.lang), summary),))] if summary else []
        blocks += paragraphs(self.c.text("retention_text"))
        if not blocks:
            self.gap("retention")
        return blocks

    # --- 13(2)(b), (c), (d); 21(4) ----------------------------------------------------------------

    def _contact(self) -> str:
        doc, register = self.c.doc, self.c.register
        person = contact_person(doc, register)
        emails = [email for email in ((person.email if person else ""), doc.organization.email)
                  if usable_email(email)]
        return ", ".join(filter(None, (person.name if person else "", emails[0] if emails else "")))

    def rights(self) -> list[Block]:
        lang, register = self.lang, self.c.register
        bases = bases_in_use(register)
        shown_apart = (Right.WITHDRAW_CONSENT, Right.OBJECTION)
        rights = [right for right in applicable_rights(bases) if right not in shown_apart]
        blocks: list[Block] = []
        if rights:
            plural = "one" if len(bases) == 1 else "other"
            blocks.append(Paragraph(t(f"n_rights_intro_{plural}", lang)))
            blocks += bullets([RIGHT_TEXT[right].text(lang) for right in rights])
        contact = self._contact()
        blocks.append(Paragraph(t("n_rights_how", lang, contact=contact) if contact
                                else t("n_rights_how_nocontact", lang)))
        return [*blocks, Paragraph(t("n_rights_deadline", lang)), Paragraph(t("n_rights_fee", lang))]

    def objection(self) -> list[Block]:
        c, lang, register = self.c, self.lang, self.c.register

        def names(purposes) -> str:
            return join_and([quote(c.text(f"purposes[{register.purposes.index(p)}].purpose"), lang)
                             for p in purposes], lang)

        blocks: list[Block] = []
        if {LegalBasis.PUBLIC_TASK, LegalBasis.LEGITIMATE_INTERESTS} & set(bases_in_use(register)):
            blocks.append(Paragraph(RIGHT_TEXT[Right.OBJECTION].text(lang)))
            if purposes := objectionable_purposes(register):
                blocks.append(Paragraph(t("n_objection_purposes", lang, purposes=names(purposes))))
        if direct_marketing(register):
            blocks.append(Paragraph(DIRECT_MARKETING_OBJECTION.text(lang)))
            if purposes := direct_marketing_purposes(register):
                blocks.append(Paragraph(t("n_objection_purposes", lang, purposes=names(purposes))))
        return blocks

    def withdraw(self) -> list[Block]:
        lang = self.lang
        how = paragraphs(self.c.text("consent_withdrawal_text")) or [Paragraph(t("n_withdraw_how", lang))]
        return [Paragraph(RIGHT_TEXT[Right.WITHDRAW_CONSENT].text(lang)), *how]

    def complaint(self) -> list[Block]:
        lang = self.lang
        web, email = t("n_authority_web", lang), t("n_authority_email", lang)
        return [
            Paragraph(t("n_complaint_text", lang)),
            Fields((
                Field(t("name", lang), t("n_authority", lang)),
                Field(t("website", lang), web, href=web),
                Field(t("email", lang), email, href=f"mailto:{email}"),
                Field(t("address", lang), t("n_authority_postal", lang)),
            )),
        ]

    # --- 13(2)(e), (f) ----------------------------------------------------------------------------

    def statutory_requirement(self) -> list[Block]:
        blocks = paragraphs(self.c.text("statutory_requirement_text"))
        if not blocks:
            self.gap("statutory_requirement")
        return blocks

    def automated_decisions(self) -> list[Block]:
        if blocks := paragraphs(self.c.text("automated_decisions_text")):
            return blocks
        if ask.profiling_suggested(self.c.register):
            self.gap("automated_decisions")
            return []
        return [Paragraph(t("n_no_automated_decisions", self.lang))]

    def security(self) -> list[Block]:
        return [p for name in ("security_text", "security_manual_text", "security_electronic_text")
                for p in paragraphs(self.c.text(name))]

    # --- the whole notice -------------------------------------------------------------------------

    def sections(self) -> list[Section]:
        register = self.c.register
        bases = bases_in_use(register)
        sections = [
            self.section("controller", self.controller),
            self.section("dpo", self.dpo),
            self.section("purposes", self.purposes),
        ]
        if LegalBasis.LEGITIMATE_INTERESTS in bases:
            sections.append(self.section("legitimate_interest", self.legitimate_interest))
        sections += [
            self.section("data_collected", self.data),
            self.section("sources", self.sources),
            self.section("processors", self.processors),
            self.section("recipients", self.recipients),
            self.section("transfers", self.transfers),
            self.section("retention", self.retention),
            self.section("rights", self.rights),
        ]
        if objection_applies(register):
            sections.append(self.section("objection", self.objection, boxed=True))
        if LegalBasis.CONSENT in bases:
            sections.append(self.section("consent_withdrawal", self.withdraw))
        sections += [
            self.section("complaint", self.complaint),
            self.section("statutory_requirement", self.statutory_requirement),
            self.section("automated_decisions", self.automated_decisions),
        ]
        if register.cookies_text.strip():
            sections.append(self.section("cookies", lambda: paragraphs(self.c.text("cookies_text"))))
        if any(getattr(register, name).strip()
               for name in ("security_text", "security_manual_text", "security_electronic_text")):
            sections.append(self.section("security", self.security))
        return [s for s in sections if s.blocks]

    def translation_gaps(self) -> list[Gap]:
        """One gap for each heading under which a text had to be printed in the register's language."""
        headings = list(dict.fromkeys(self.c.untranslated.values()))
        reason = _GAP["translation"].render(self.lang, sections=[quote(h, self.lang) for h in headings])
        return [Gap("", heading, reason, _UNTRANSLATED(), translation=True) for heading in headings]


def _build(doc: OrganizationDocument, register_index: int, lang: str) -> tuple[RenderedDocument, list[Gap]]:
    notice = _Notice(doc, register_index, lang)
    register = notice.c.register
    sections = notice.sections()
    title = notice.title()
    gaps = notice.gaps + notice.translation_gaps()
    intro: list[Block] = [Paragraph(t("notice_subtitle", lang), style="note")]
    if gaps:
        reasons = list(dict.fromkeys(gap.reason for gap in gaps))
        intro.insert(0, Paragraph(t("n_draft", lang, gaps=join_and(reasons, lang)), style="missing"))
    modified = register.modified_at
    updated = (Field(t("updated", lang), fmt_date(modified, lang)),) if modified else ()
    built = RenderedDocument(
        kind="tietosuojaseloste", lang=lang, title=title, doc_type=t("tietosuojaseloste", lang),
        organization=doc.organization.name,
        meta=updated,
        intro=intro, sections=sections,
    )
    return built, gaps


def build_privacy_notice(doc: OrganizationDocument, register_index: int, lang: str) -> RenderedDocument:
    return _build(doc, register_index, lang)[0]


# The notices built while `notices_shared` is open, by document (its identity, kept alive with it) and
# register: None outside it.
_SHARED: ContextVar[dict | None] = ContextVar("shared_notices", default=None)


@contextmanager
def notices_shared():
    """Within it, a register's notice in its own language is built once per document and shared by
    `notice_paths` and `notice_readiness`: the register page asks both of one document (the translation
    check and the readiness). Only for reading: a document changed within it is not built again."""
    token = _SHARED.set({})
    try:
        yield
    finally:
        _SHARED.reset(token)


def _read_notice(doc: OrganizationDocument, register_index: int) -> _Notice:
    """The register's notice in its own language, built (what it prints and lacks read), shared within
    `notices_shared`."""
    shared = _SHARED.get()
    found = shared.get((id(doc), register_index)) if shared is not None else None
    if found is not None and found[0] is doc:
        return found[1]
    notice = _Notice(doc, register_index, register_at(doc, register_index).language)
    notice.sections()
    notice.title()
    if shared is not None:
        shared[(id(doc), register_index)] = (doc, notice)
    return notice


def notice_paths(doc: OrganizationDocument, register_index: int) -> set[str]:
    """The register's texts (by path) that its privacy notice prints: the ones a notice in another language
    needs translated (`canonical.translations.missing_translations(register, lang, notice_paths(...))`)."""
    notice = _read_notice(doc, register_index)
    return {path for path in notice.c.read if (text_at(notice.c.register, path) or "").strip()}


@dataclass(frozen=True)
class NoticeReadiness:
    """What the register's notice lacks in each language, and the texts it prints (`notice_paths`)."""

    gaps: dict[str, list[Gap]]
    printed: set[str]


def notice_readiness(doc: OrganizationDocument, register_index: int, languages) -> NoticeReadiness:
    """`notice_gaps` in each of `languages` and `notice_paths`, from one notice, in the register's own
    language, instead of one per language: the items a notice cannot state are the same in every language
    (they are given as the register's own language says them), and what differs — which printed texts
    lack a current translation, under which headings — is read from the texts it printed.
    tests/documents/test_notice_readiness.py compares this with the notice built in each language."""
    register = register_at(doc, register_index)
    notice = _read_notice(doc, register_index)
    printed = {path for path in notice.c.read if (text_at(register, path) or "").strip()}
    order = {key: number for number, key in enumerate(dict.fromkeys(notice.read_under.values()))}
    gaps = {}
    for lang in languages:
        if lang == register.language:
            gaps[lang] = [*notice.gaps, *notice.translation_gaps()]
            continue
        keys = [notice.read_under[path] for path in sorted(printed) if text_in(register, path, lang) is None]
        headings = [_heading(key, lang) for key in sorted(set(keys), key=order.__getitem__)]
        reason = _GAP["translation"].render(lang, sections=[quote(h, lang) for h in headings])
        untranslated = [Gap("", heading, reason, _UNTRANSLATED(), translation=True) for heading in headings]
        gaps[lang] = [*notice.gaps, *untranslated]
    return NoticeReadiness(gaps, printed)


def notice_gaps(doc: OrganizationDocument, register_index: int, lang: str) -> list[Gap]:
    """What keeps the register's notice in `lang` from being published: Art. 13/14 items it cannot state,
    and texts it has only in another language (or whose translation is out of date). Empty: publishable."""
    return _build(doc, register_index, lang)[1]
