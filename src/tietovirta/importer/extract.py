"""Sections and their fields → a canonical document, with a confidence and the evidence for every value.

1. `split_sections` (sections.py) cuts the blocks into sections; `split_registers` (assign.py) finds
   where a document describes another register.
2. `assign` gives each section — or each sentence, where a section answers several things or has no
   heading — to a field, with a calibrated confidence.
3. The builder turns the pieces into fields: text fields keep the document's words; the controller,
   the contact person and the DPO are parsed into their parts; the Art. 6(1) letters, retention period,
   data categories, systems, processors and facts stated in prose (processor agreements, transfer
   safeguards and DPF check dates, the § 29 ground) are read by the analysis layer — the same reading
   the checks and the documents use — into their structured fields.
A value whose confidence is below SUGGEST is not filled in: it is offered on the review page as a
suggestion, with its evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from tietovirta.analysis import entities, prose
from tietovirta.analysis.bases import bases_with_evidence, basis_statements, stated_bases
from tietovirta.analysis.titles import DATED, names_a_register, register_name_from_title
from tietovirta.canonical.schema import (
    AgreementStatus,
    Contact,
    Organization,
    OrganizationDocument,
    Party,
    PartyRole,
    Register,
    System,
    SystemKind,
    TransferMechanism,
)
from tietovirta.importer import classify, values
from tietovirta.importer.assign import SUGGEST, Piece, RegisterPart, assign, sentence_facts, split_registers
from tietovirta.importer.blocks import Document
from tietovirta.importer.sections import Section, split_sections
from tietovirta.knowledge.vendors import Vendor, mentions, resolve


@dataclass(frozen=True)
class FieldResult:
    """One imported value: where it went, how sure the importer is, and the text it came from."""

    register: int | None  # index in document.registers; None for organisation, systems, parties
    field: str  # "purpose_text", "organization.business_id", "systems[0]" …
    value: Any
    confidence: float  # 0..1: how often a value given with this confidence was right on the corpus
    source: str  # the sentence or section it was read from (shortened)


# Classifier class → the register's text field.
TEXT_FIELD = {
    "purpose": "purpose_text",
    "legal_basis": "legal_basis_text",
    "legitimate_interest": "legitimate_interest_text",
    "consent": "consent_text",
    "data_subjects": "data_subjects_text",
    "data_collected": "data_collected_text",
    "sources": "sources_text",
    "systems": "systems_text",
    "location": "location_text",
    "processing_method": "processing_method_text",
    "resulting_registers": "resulting_registers_text",
    "processors": "processors_text",
    "disclosures": "disclosures_text",
    "transfers": "transfers_text",
    "retention": "retention_text",
    "security": "security_text",
    "cookies": "cookies_text",
    "rights": "other_rights_text",
    "automated_decisions": "automated_decisions_text",
    "statutory_requirement": "statutory_requirement_text",
    "privacy_notice": "privacy_notice_text",
    "risk": "risk_text",
    "other": "unmapped_text",
}
# Where a heading says which of two neighbouring fields it is.
_SUBFIELD = (
    ("consent_text", re.compile(r"peru|återkall|withdraw", re.I), "consent_withdrawal_text"),
    (
        "location_text",
        re.compile(r"missä .*käsitel|var .*behandla|where .*process|käsittelypaik", re.I),
        "processing_location_text",
    ),
    ("security_text", re.compile(r"manuaal|manuell|paper|\bA\)|^A[:.]", re.I), "security_manual_text"),
    (
        "security_text",
        re.compile(r"atk|sähköi|elektron|digital|\bB\)|^B[:.]", re.I),
        "security_electronic_text",
    ),
    (
        "other_rights_text",
        re.compile(r"tarkastus|insyn|tillgång|right of access|access right", re.I),
        "access_right_text",
    ),
    ("other_rights_text", re.compile(r"korja|oikai|rättel|rectif", re.I), "rectification_text"),
)
_DEFAULT_NAME = {"fi": "Nimetön rekisteri", "sv": "Namnlöst register", "en": "Untitled register"}
# A name read from a title that names no register ("Tietosuojaseloste – Wattitutka": an app, a site, a
# product, the controller) is most often a notice naming none (LABELLING.md): it is only suggested.
UNNAMED_TITLE = 0.3
assert UNNAMED_TITLE < SUGGEST, "a title naming no register must stay a suggestion (_name)"
# A description written of one register at a time: "Prospektit – tietovirtakuvaus" names it.
_ONE_REGISTER_DOC = re.compile(r"tietovirtakuvaus", re.IGNORECASE)
_AUTHORITIES = (
    (r"verohallin|verottaja", "Verohallinto"),
    (r"\bkela\b|kansaneläkelaitos", "Kela"),
    (r"\btulli\b", "Tulli"),
    (r"tilastokeskus", "Tilastokeskus"),
    (r"ulosotto", "Ulosottolaitos"),
    (r"työeläke|eläkevakuutusyhtiö", "Työeläkevakuutusyhtiö"),
    (r"\bpoliisi", "Poliisi"),
    (r"skatteförvaltning", "Skatteförvaltningen"),
    (r"\bfpa\b", "FPA"),
    (r"\bpolis(en)?\b", "Polisen"),
    (r"tax administration|tax authorit", "Tax Administration"),
    (r"\bpolice\b", "Police"),
)
# Fields whose vendors are named as the register's systems or processors (the rest may mention a
# service in passing: "kirjaudu Google-tunnuksilla").
_VENDOR_FIELDS = (
    "systems_text",
    "processors_text",
    "disclosures_text",
    "transfers_text",
    "cookies_text",
    "location_text",
    "processing_location_text",
    "processing_method_text",
    "sources_text",
    "security_text",
    "security_electronic_text",
    "resulting_registers_text",
    "data_collected_text",
    "purpose_text",
    "unmapped_text",
)


# A company form with a case ending ("Asio Oy:lle", "GmbH:n"): the name without it.
_INFLECTED_FORM = re.compile(r"\b(Oyj?|Ab|Abp|ry|rf|Inc|Ltd|LLC|GmbH|AB|Corp):(?=[a-zåäö]{1,4}\b)")
# Texts whose sentences never present a processor: the rights speak of "käsittelijät" in general.
_NOT_ABOUT_PROCESSORS = frozenset(
    {"access_right_text", "rectification_text", "other_rights_text", "unmapped_text", "privacy_notice_text"}
)
_SYSTEM_CONTEXT = frozenset(
    {
        "systems_text",
        "processors_text",
        "disclosures_text",
        "transfers_text",
        "cookies_text",
        "location_text",
        "processing_location_text",
        "security_electronic_text",
    }
)
# "Rantalainen tilitoimisto", "Tilitoimisto Numerot": a named accounting firm (no company form needed).
_ACCOUNTING_FIRM = re.compile(
    # Bounded words: a long hyphenated run is read in linear time.
    r"\b([A-ZÅÄÖ][\w-]{1,60}\s+[Tt]ilitoimisto|Tilitoimisto\s+[A-ZÅÄÖ][\w-]+(?:\s[A-ZÅÄÖ][\w-]+)?)\b"
)


def _without_repeats(texts: list[str]) -> list[str]:
    """A field's texts once each: a sentence read out of another section is dropped where the field's own
    section says it too (a notice that repeats its disclosures under the sources, seed 003)."""
    unique = list(dict.fromkeys(t.strip() for t in texts if t.strip()))
    flat = [" ".join(t.split()) for t in unique]
    return [
        text
        for i, text in enumerate(unique)
        if not any(j != i and len(other) > len(flat[i]) and flat[i] in other for j, other in enumerate(flat))
    ]


# "Asiakasrekisteri. Rekisteriseloste on henkilötietolain 10 §:n mukainen": the name ends at its sentence.
_NEXT_SENTENCE = re.compile(r"(?<=[\wåäö)])\.\s+(?=[A-ZÅÄÖ])")


def _first_sentence_naming(line: str) -> str:
    first = _NEXT_SENTENCE.split(line, maxsplit=1)[0]
    # A name is short (the caller takes 120 characters at most): a long line is not searched.
    return first if first != line and len(first) <= 120 and names_a_register(first) else line


@dataclass
class _Register:
    index: int
    data: dict[str, Any] = field(default_factory=dict)
    texts: dict[str, list[str]] = field(default_factory=dict)


# Where a notice also states its bases, besides the basis section (not the rights, the disclosures, the
# processors nor the consent field, which speak of bases and contracts without stating the register's own:
# "Koska käsittelyperuste on sopimuksellinen, ei suostumusta tarvita" under Suostumus is the form's answer).
_BASES_ALSO_STATED_IN = (
    "purpose_text",
    "unmapped_text",
    "data_collected_text",
    "privacy_notice_text",
)

# The evidence the review page shows beside a value: whole, up to a bound that keeps the page small.
EVIDENCE_CHARS = 2000


class _Builder:
    def __init__(self, lang: str, warnings: list[str], document: Document) -> None:
        self.lang = lang
        self.warnings = warnings
        self.document = document
        self.fields: list[FieldResult] = []
        self.suggestions: list[FieldResult] = []
        self.organization: dict[str, Any] = {}
        self.systems: dict[str, System] = {}
        self.parties: dict[str, Party] = {}
        self.named_contacts: set[int] = set()  # registers whose contact person a heading or label named
        # What the notice is about, in its own words: its title, first headings and opening lines.
        self.about = ""
        self.terms: frozenset[str] = frozenset()  # the terms the document defines for itself ("Site")

    # -- recording -------------------------------------------------------------------------------------

    def note(self, register: int | None, name: str, value: Any, confidence: float, source: str) -> bool:
        """Record a value; False (and a suggestion instead) when it is too uncertain to fill in."""
        if value in (None, "", [], {}):
            return False
        if hasattr(value, "model_dump"):
            value = value.model_dump(mode="json", exclude_defaults=True)
        elif isinstance(value, list):
            value = [
                v.model_dump(mode="json", exclude_defaults=True) if hasattr(v, "model_dump") else str(v)
                for v in value
            ]
        snippet = " ".join(source.split())
        result = FieldResult(
            register,
            name,
            value,
            round(min(max(confidence, 0.0), 1.0), 2),
            snippet[:EVIDENCE_CHARS] + ("…" if len(snippet) > EVIDENCE_CHARS else ""),
        )
        # The same text can reach a field twice (under its heading and again as a sentence read from
        # another section): a field holds each value once, with the higher confidence, and a value is
        # either filled in or suggested, never both.
        def same(known: FieldResult) -> bool:
            return (known.register, known.field, known.value) == (register, name, value)

        for i, known in enumerate(self.fields):
            if same(known):
                if result.confidence > known.confidence:
                    self.fields[i] = result
                return True
        if suggested := next((s for s in self.suggestions if same(s)), None):
            if suggested.confidence >= result.confidence:
                return False
            self.suggestions.remove(suggested)
        if confidence < SUGGEST and not name.endswith("unmapped_text"):
            self.suggestions.append(result)
            return False
        self.fields.append(result)
        return True

    # -- one register ----------------------------------------------------------------------------------

    def register(
        self, index: int, sections: list[Section], model: classify.Model, title: str, named: str = ""
    ) -> Register:
        """One register from its sections; `named` is its name where the document's layout gives it."""
        reg = _Register(index)
        pieces = assign(sections, model)
        if any(p.by_content for p in pieces):
            self.warnings.append(
                "Headings and their values were separated in the file (as in text copied from a PDF); "
                f"the values of register {index + 1} were placed under a heading by their content. "
                "Check them."
            )
        pieces += sentence_facts(sections, model, pieces)
        name = ""
        for piece in pieces:
            if piece.field == "register_name":
                candidate = _first_sentence_naming(piece.text.split("\n")[0].lstrip("-–—•* ").strip(" .:"))
                if (
                    candidate
                    and len(candidate) <= 120
                    and self.note(index, "name", candidate, piece.confidence, piece.text)
                ):
                    name = name or candidate
                continue
            self._piece(reg, piece)
        if "modified_at" not in reg.data:
            self._dated(reg, sections)
        if not getattr(reg.data.get("contact_person"), "name", ""):
            self._contact_in_text(reg, sections)
        for key, texts in reg.texts.items():
            reg.data[key] = "\n\n".join(_without_repeats(texts))
        if named and not name and self.note(index, "name", named, 0.7, named):
            name = named
        name = name or self._name(index, sections, title)
        self._structured(reg)
        self._entities(reg, f"{name}\n{title}")
        data = {k: v for k, v in reg.data.items() if v not in ("", None, [])}
        return Register(name=name or _DEFAULT_NAME.get(self.lang, _DEFAULT_NAME["fi"]), **data)

    def _dated(self, reg: _Register, sections: list[Section]) -> None:
        """ "Päivitetty 14.5.2024", "Last updated: 2 May 2025": the date the document was last changed."""
        for section in sections[:6]:
            first = section.blocks[0].full_text() if section.blocks else ""
            for line in [f"{section.heading} {first}", *(b.full_text() for b in section.blocks[:3])]:
                if DATED.match(line) and (when := values.parse_date(line)):
                    reg.data["modified_at"] = when
                    self.note(reg.index, "modified_at", when.isoformat(), 0.8, line)
                    return

    def _name(self, index: int, sections: list[Section], title: str) -> str:
        """The register's name from the opening line, the first headings or the title: the first that
        names a register; the first that names something else is a suggestion."""
        preamble = [s.blocks[0].text for s in sections[:1] if not s.heading and s.blocks]
        suggested = False
        for candidate in [*preamble, *(s.heading for s in sections[:3] if s.level <= 2), title]:
            if candidate and (name := register_name_from_title(candidate)):
                if names_a_register(name) or _ONE_REGISTER_DOC.search(candidate):
                    self.note(index, "name", name, 0.7, candidate)
                    return name
                if not suggested:
                    suggested = not self.note(index, "name", name, UNNAMED_TITLE, candidate)
        return ""

    def _piece(self, reg: _Register, piece: Piece) -> None:
        cls, text, confidence = piece.field, piece.text, piece.confidence
        if cls in ("contact_person", "dpo") and values.names_only_the_controller(piece.heading):
            cls = "controller"  # "Rekisterinpitäjä", "Data Controller": the heading says whose details
        if cls == "controller":
            # "Selora Oy" set in bold over its Y-tunnus and address is a heading that names the controller.
            named = piece.section.pair or values.COMPANY.fullmatch(piece.heading.strip())
            self._organization(reg, f"{piece.heading}\n{text}" if named else text, confidence)
            return
        if cls in ("contact_person", "dpo"):
            # The heading's own words say whose details these are ("Tietosuojavastaava", "Vastuuhenkilö").
            # "Nimi" is read in the light of the heading it stands under.
            role = values.person_role(piece.heading) or values.person_role(piece.section.context)
            controller_first = "controller" in values.roles_named(piece.heading)
            self._contact(reg, role or cls, text, confidence, bool(role), controller_first)
            return
        if cls == "use_system_references":
            if (answer := values.parse_yes_no(text)) is not None:
                reg.data["use_system_references"] = answer
                self.note(reg.index, "use_system_references", answer, confidence, text)
                return
            cls = "systems"
        if cls == "modified":
            if when := values.parse_date(text):
                reg.data["modified_at"] = when
                self.note(reg.index, "modified_at", when.isoformat(), confidence, text)
                return
            cls = "other"
        target = TEXT_FIELD.get(cls, "unmapped_text")
        # "Tarkastusoikeus ja oikeus vaatia tiedon korjaamista" names two fields: its text answers both.
        targets = [
            specific
            for base, pattern, specific in _SUBFIELD
            if target == base and pattern.search(piece.heading)
        ] or [target]
        kept = f"{piece.heading}\n{text}" if piece.heading and piece.heading not in text else text
        for name in targets:
            if name == "unmapped_text":
                reg.texts.setdefault(name, []).append(kept)
            elif self.note(reg.index, name, text, confidence, text):
                reg.texts.setdefault(name, []).append(text)
            else:
                reg.texts.setdefault("unmapped_text", []).append(kept)  # a suggestion's text is never dropped

    # -- the controller and people ---------------------------------------------------------------------

    def _organization(self, reg: _Register, text: str, confidence: float) -> None:
        text = self._dpo_address(values.deobfuscate_emails(text), confidence)
        roles = values.contact_roles(text)
        if self._labelled_people(reg, roles, confidence):
            # "Yritys Oy … Yhteyshenkilö: Anna Virta, anna@…": Anna's details are not the controller's.
            text = "\n".join(roles.get(role, "") for role in ("", "controller"))
            if not values.find_email(text):
                # A controller whose block gives only its contact person's address is reached there.
                text += "\n" + values.find_email(roles.get("contact_person", ""))
        info = values.parse_organization(text)
        known = self.organization.get("name", "")
        company = info.business_id and values.COMPANY.search(info.name)
        if known and company and not values.names_an_organisation(known):
            # "Customer Service" read from a contact block first; the block with the company form and the
            # Y-tunnus names the controller.
            self.organization.pop("name")
            self.fields = [f for f in self.fields if f.field != "organization.name"]
        if (
            self.organization.get("name")
            and info.name
            and info.name != self.organization["name"]
            and values.COMPANY.search(info.name)
        ):
            self.warnings.append(
                f"Register {reg.index + 1} names another controller ('{info.name}'); kept as text."
            )
            reg.texts.setdefault("unmapped_text", []).append(text)
            return
        found = {
            "name": info.name if len(info.name) <= 120 else "",
            "street_address": info.street_address,
            "postal_code": info.postal_code,
            "city": info.city,
            "country": info.country,
            "email": info.email,
            "phone": info.phone,
            "website": info.website,
        }
        if info.business_id:
            found["business_id"] = info.business_id.value
            if not info.business_id.valid:
                self.warnings.append(
                    f"The Y-tunnus {info.business_id.value} fails its check digit; it was kept "
                    "so it can be corrected."
                )
        for key, value in found.items():
            if value and not self.organization.get(key):
                sure = 0.6 if key == "business_id" and not info.business_id.valid else 1.0
                if self.note(None, f"organization.{key}", value, confidence * sure, text):
                    self.organization[key] = value
        if info.leftover and info.leftover.strip() != info.name:
            rest = "\n".join(line for line in info.leftover.split("\n") if line.strip() != info.name)
            if rest.strip() and len(rest) > 40:
                reg.texts.setdefault("unmapped_text", []).append(rest)

    def _contact(
        self, reg: _Register, cls: str, text: str, confidence: float, named: bool, controller_first: bool
    ) -> None:
        """A contact section's text; `named` when its heading names the person ("Yhteyshenkilö"),
        `controller_first` when it names the controller ("Rekisterinpitäjä ja yhteyshenkilö")."""
        text = values.deobfuscate_emails(text)
        if cls == "contact_person" and not named and values.dpo_named(text):
            # "Voit ottaa yhteyttä tietosuojavastaavaamme Anna Virtaan" under "Yhteydenotot": the DPO's.
            cls = "dpo"
        if cls != "dpo":
            text = self._dpo_address(text, confidence)
        if self._labelled_people(reg, values.contact_roles(text), confidence):
            return
        if named or cls != "contact_person":
            self._person(reg, cls, text, confidence, named)
        else:
            # The controller's own details with no person named ("Firma Oy, Y-tunnus …, info@…") are its
            # general contact, not a contact person for the register.
            own = values.after_controller_name(text) if controller_first else text
            if values.names_a_person(own) or not (controller_first or values.controller_details(text)):
                self._person(reg, cls, own, confidence, named=False)
        # The controller's own address often stands in the contact section.
        if cls != "dpo" and not self.organization.get("email") and values.find_email(text):
            info = values.parse_organization(text)
            if info.name and values.COMPANY.search(info.name):
                self._organization(reg, text, confidence * 0.8)

    def _labelled_people(self, reg: _Register, roles: dict[str, str], confidence: float) -> bool:
        """Labelled details ("Yhteyshenkilö: …", "Tietosuojavastaava: …") go to the person each label
        names; False when the text labels nobody."""
        people = [role for role in values.PEOPLE if role in roles]
        for role in people:
            self._person(reg, role, roles[role], confidence, named=True)
        return bool(people)

    def _person(self, reg: _Register, cls: str, text: str, confidence: float, named: bool) -> None:
        """A person's details; `named` when a heading or a label said whose they are."""
        contact = values.parse_contact(text)
        if contact is None:
            reg.texts.setdefault("unmapped_text", []).append(text)
            return
        if cls == "dpo":
            # The office's own address ("tietosuojavastaava@…") outlasts the person holding it; a
            # sentence may name the person ("Tietosuojavastaavana toimii Anna Virta").
            office = values.dpo_address(text) or contact.email
            name = contact.name
            if not values.looks_like_name(name):
                name = values.dpo_named(text) or name
            self._dpo(contact.model_copy(update={"email": office, "name": name}), confidence, text)
            return
        if contact.name and not (contact.email or contact.phone) and values.refers_to_details_above(text):
            # "Kirsi Koski (yhteystiedot kohdassa 1)": reached through the controller's details.
            org = self.organization
            contact = contact.model_copy(
                update={"email": org.get("email", ""), "phone": org.get("phone", "")}
            )
        known = reg.data.get(cls)
        # A contact with a name beats one without (the controller's block read as a contact first), and
        # one under a heading or label naming the contact person beats one found beside the controller.
        if known is None:
            better = True
        elif cls == "contact_person" and named and reg.index not in self.named_contacts:
            better = bool(contact.name) or not known.name
        else:
            better = not known.name and bool(contact.name)
        if better and self.note(reg.index, cls, contact, confidence * (1.0 if contact.name else 0.8), text):
            reg.data[cls] = contact
            if named and cls == "contact_person":
                self.named_contacts.add(reg.index)
        elif known is not None and known.name and not contact.name:
            # "Nimi: Anna Virta", "Sähköposti: anna@…", "Puhelin: 040 …": one person told over several
            # lines or table rows; each adds what is not known yet.
            whole = known.model_copy(
                update={"email": known.email or contact.email, "phone": known.phone or contact.phone}
            )
            if whole != known and self.note(reg.index, cls, whole, confidence, text):
                reg.data[cls] = whole

    def _dpo(self, contact: Contact, confidence: float, source: str) -> None:
        """The DPO's details: a name found later completes an address found first, and the reverse."""
        if contact.name and values.names_an_organisation(contact.name):
            # "Data controller and data protection officer: Finnish Environment Institute …": the
            # organisation is not its DPO's name.
            contact = contact.model_copy(update={"name": "", "title": ""})
            if not (contact.email or contact.phone):
                return
        known = self.organization.get("dpo")
        if known is None:
            merged = contact
        elif known.name and contact.name and known.name != contact.name:
            return  # the first person named as the DPO stays
        else:
            parts = ("name", "title", "email", "phone")
            merged = known.model_copy(update={k: getattr(known, k) or getattr(contact, k) for k in parts})
        if merged != known and self.note(None, "organization.dpo", merged, confidence, source):
            self.organization["dpo"] = merged

    def _dpo_address(self, text: str, confidence: float) -> str:
        """An address named for the DPO ("tietosuojavastaava@…") among someone else's details is the
        DPO's: noted as such and taken out of the text, which is returned."""
        if address := values.dpo_address(text):
            self._dpo(Contact(email=address), confidence, text)
        return values.without_dpo_addresses(text)

    def dpo_in_text(self, sections: list[Section]) -> None:
        """No section gave the DPO's address or name: a label inside another section ("Tietosuojavastaava:
        Anna Virta, anna@…") or a sentence that names the DPO or says how the DPO is reached ("The
        Group's Data Protection Officer can be reached by email at privacy@…") may. What was found first
        stays; later finds only complete it."""

        def complete() -> bool:
            known = self.organization.get("dpo")
            return known is not None and bool(known.email and known.name)

        for section in sections:
            if complete():
                return
            body = values.deobfuscate_emails(section.body)
            labelled = values.contact_roles(body).get("dpo", "")
            contact = values.parse_contact(labelled)
            if contact and (contact.email or values.looks_like_name(contact.name)):
                self._dpo(contact, 0.6, labelled)
                continue
            for statement in prose.statements(body):
                reached = statement.kind is prose.Kind.DPO and statement.value
                if reached and (contact := values.dpo_in_sentence(statement.sentence)):
                    self._dpo(contact, 0.6, statement.sentence)
                    break

    def _contact_in_text(self, reg: _Register, sections: list[Section]) -> None:
        """No section named the contact person: a labelled line may, where the document's headings were
        not recognised (a PDF's "2. Rekisteriasioita hoitava henkilö / Nimi: …"), or a sentence
        ("Rekisteristä vastaa Anna Virta."); a person named beats an address alone."""
        for section in sections:
            # The section's own label or heading may be what names the contact ("Kontaktperson: …").
            joiner = ": " if section.pair else "\n"
            body = values.deobfuscate_emails(f"{section.heading}{joiner}{section.body}".strip())
            labelled = values.contact_roles(body).get("contact_person", "")
            contact = values.parse_contact(labelled)
            if contact and (contact.name or not reg.data.get("contact_person")):
                found: tuple[Contact, str] | None = (contact, labelled)
            else:
                found = values.register_contact_in_prose(body) or values.person_under_contact_label(body)
            if found:
                if self.note(reg.index, "contact_person", found[0], 0.5, found[1]):
                    reg.data["contact_person"] = found[0]
                return

    def controller_fallback(self, sections: list[Section]) -> None:
        """Where no section answered for the controller: the document's own words (a Y-tunnus, a company
        named with its form), else the page's footer."""
        if self.organization.get("name") and self.organization.get("business_id"):
            return
        candidates = [
            s.body for s in sections[:6] if values.find_business_id(s.body) or values.COMPANY.search(s.body)
        ]
        candidates += self.document.furniture
        for text in candidates:
            info = values.parse_organization(values.deobfuscate_emails(text))
            if not (info.business_id or (info.name and values.COMPANY.search(info.name))):
                continue
            for key in ("name", "business_id", "street_address", "postal_code", "city", "email", "phone"):
                value = getattr(info, key)
                if key == "business_id":
                    value = info.business_id.value if info.business_id else ""
                known = self.organization.get(key)
                if value and not known and self.note(None, f"organization.{key}", value, 0.55, text):
                    self.organization[key] = value
            if self.organization.get("name"):
                return
        # No block names it: a sentence that presents the controller by name ("LUKA ry kerää …").
        for section in sections[:6]:
            if name := values.controller_in_prose(section.body):
                if self.note(None, "organization.name", name, 0.5, section.body):
                    self.organization["name"] = name
                return

    # -- values read from the texts --------------------------------------------------------------------

    def _structured(self, reg: _Register) -> None:
        data, index = reg.data, reg.index
        # The basis section, and the sentences read out of it into the legitimate interest and consent.
        basis_text = "\n".join(data.get(k, "") for k in ("legal_basis_text", "legitimate_interest_text"))
        bases = dict(bases_with_evidence(data.get("legal_basis_text", ""), basis_section=True))
        # The interest's own text is read as prose: the purpose it describes ("asiakassuhteen
        # hoitaminen") is no old-law basis there.
        for basis, sentence in bases_with_evidence(data.get("legitimate_interest_text", "")).items():
            bases.setdefault(basis, sentence)
        # A basis stated where the document tells of something else: "Uutiskirje | Suostumus (6 art. 1 a)"
        # in a table of purposes, "tallennetaan suostumuksellasi" under the data collected.
        for key in _BASES_ALSO_STATED_IN:
            for basis, sentence in stated_bases(data.get(key, "")).items():
                bases.setdefault(basis, sentence)
        if not data.get("legal_basis_text"):
            # No section tells the basis: the sentences that state it, wherever they stand, are its text.
            said = [s for key in _BASES_ALSO_STATED_IN for s in basis_statements(data.get(key, ""))]
            text = "\n".join(dict.fromkeys(said))
            if text and self.note(index, "legal_basis_text", text, 0.6, text):
                data["legal_basis_text"] = text
        if bases:
            sure = 0.85 if basis_text.strip() else 0.5
            if self.note(index, "legal_bases", sorted(bases), sure, " ".join(dict.fromkeys(bases.values()))):
                data["legal_bases"] = sorted(bases)
        if (retention := data.get("retention_text")) and (found := values.find_retention(retention)):
            data.update(
                retention_period=found.period, retention_unit=found.unit, retention_trigger=found.trigger
            )
            self.note(index, "retention_period", found.period, 0.7, found.snippet)
        if sources := data.get("sources_text"):
            items = values.split_list(sources)
            if (
                items
                and all(len(i) <= 80 for i in items)
                and self.note(index, "sources", items, 0.6, sources)
            ):
                data["sources"] = items
        collected = data.get("data_collected_text", "")
        if categories := values.data_categories(collected):
            data["data_categories"] = categories
            self.note(index, "data_categories", categories, 0.6, collected)
        subjects = values.data_subject_categories(
            data.get("data_subjects_text") or data.get("data_collected_text", ""), self.lang
        )
        if subjects and self.note(
            index, "data_subject_categories", subjects, 0.6, data.get("data_subjects_text", "")
        ):
            data["data_subject_categories"] = subjects
        notice = data.get("privacy_notice_text", "")
        if url := values.URL.search(notice):
            data["privacy_notice_url"] = url.group(0).rstrip(".,")
        for statement in self._statements(reg):
            if statement.kind is prose.Kind.HETU_GROUND and statement.value and "hetu_ground" not in data:
                if self.note(index, "hetu_ground", statement.value.value, 0.6, statement.sentence):
                    data["hetu_ground"] = statement.value
            elif statement.kind in (prose.Kind.TRANSFERS, prose.Kind.NO_TRANSFERS) and not data.get(
                "transfers_text"
            ):
                if self.note(index, "transfers_text", statement.sentence, 0.6, statement.sentence):
                    data["transfers_text"] = statement.sentence
            elif (
                statement.kind is prose.Kind.AUTOMATED_DECISIONS
                and not data.get("automated_decisions_text")
                and self.note(index, "automated_decisions_text", statement.sentence, 0.6, statement.sentence)
            ):
                data["automated_decisions_text"] = statement.sentence

    def _statements(self, reg: _Register) -> list[prose.Statement]:
        return [
            s
            for key, value in reg.data.items()
            if key.endswith("_text") and isinstance(value, str)
            for s in prose.statements(value)
        ]

    # -- systems and parties ---------------------------------------------------------------------------

    def _entities(self, reg: _Register, register_names: str) -> None:
        """The register's systems and processors: knowledge-base vendors named where a document names
        the services it uses, services it names the way documents do (analysis.entities), and the
        companies its processors' and disclosures' texts name. Never the controller itself."""
        data, index = reg.data, reg.index
        controller = self.organization.get("name", "")
        vendors: dict[str, tuple[Vendor, str]] = {}
        for key in _VENDOR_FIELDS:
            text = data.get(key, "")
            about = key in _SYSTEM_CONTEXT
            for mention in mentions(text, about):
                # Where the text is about sources or purposes, a service counts only if it is software
                # run for the register (a credit bureau named as a source is no system of the register).
                vendor = mention.vendor
                if not vendor.processor and vendor.kind is SystemKind.OTHER:
                    continue  # an authority, a bank, a carrier: a recipient (parties below), not a system
                if controller and entities.is_own_name(vendor.name, controller):
                    continue  # the controller's own notice names its own products
                if about or vendor.kind is not SystemKind.OTHER or (vendor.processor and vendor.hosted):
                    vendors.setdefault(mention.vendor.id, (mention.vendor, key))
        names: list[str] = []
        statements = self._statements(reg)
        for vendor, key in vendors.values():
            system = self.systems.get(vendor.name) or _system(vendor)
            for st in statements:
                about = {v.root.id for v in st.vendors}
                if vendor.root.id not in about:
                    continue
                if st.kind is prose.Kind.MECHANISM and system.transfer_mechanism is None:
                    system.transfer_mechanism = st.value  # type: ignore[assignment]
                    system.transfer_text = st.sentence
                    if st.value is TransferMechanism.DPF and st.date:
                        system.dpf_verified_on = st.date
                elif st.kind is prose.Kind.PROCESSOR_AGREEMENT:
                    system.processor_agreement = AgreementStatus.SIGNED
                    system.processor_agreement_date = st.date
            if vendor.name not in self.systems:
                self.systems[vendor.name] = system
                self.note(None, f"systems[{len(self.systems) - 1}]", vendor.name, 0.8, data.get(key, ""))
            names.append(vendor.name)
        # Services the knowledge base does not know, named where systems and processors are listed, or
        # elsewhere in a form that says it is a service ("varaukset hoitaa Smoobu-palvelu"), which holds
        # whichever section the sentence landed in; not the controller's, the service the notice is about
        # ("Tietosuojaseloste – Finna") nor a term the document defines ("Site").
        own = f"{controller}\n{register_names}\n{self.about}"
        for key in _VENDOR_FIELDS:
            text = data.get(key, "")
            listed = key in ("systems_text", "processors_text")
            services = entities.named_services(text, own, compounds=not listed, terms=self.terms)
            if not listed:  # a list of service providers in any section: "- Maxmind, geolocation"
                services += [(name, True) for name in entities.listed_providers(text)]
            for name, hosted in services:
                if mentions(name, True):
                    continue  # a knowledge-base vendor, read above
                if name not in self.systems:
                    vendor = name if key == "processors_text" and hosted else ""
                    self.systems[name] = System(name=name, vendor=vendor)
                    self.note(None, f"systems[{len(self.systems) - 1}]", name, 0.6, text)
                if name not in names:
                    names.append(name)
        if names:
            data["systems"] = names
            data.setdefault("use_system_references", True)
            self.note(index, "systems", names, 0.8, " ".join(data.get(k, "") for k in _VENDOR_FIELDS)[:300])
        parties: dict[str, str] = {}  # the register's parties: vendor (or name) → catalogue name
        self._processors(reg, own, names, parties)
        text = data.get("disclosures_text", "")
        found = [m.group(1).strip() for m in values.COMPANY.finditer(text)]
        found += [m.group(1).strip() for m in _ACCOUNTING_FIRM.finditer(text)]
        found += [name for pattern, name in _AUTHORITIES if re.search(pattern, text, re.IGNORECASE)]
        for name in found:
            if not (controller and entities.is_own_name(name, controller)):
                self._party(name, PartyRole.RECIPIENT, text, parties)
        if parties:
            data["parties"] = list(dict.fromkeys(parties.values()))
            self.note(
                index,
                "parties",
                parties,
                0.6,
                " ".join(data.get(k, "") for k in ("processors_text", "disclosures_text")),
            )

    def _processors(self, reg: _Register, own: str, systems: list[str], parties: dict[str, str]) -> None:
        """Processor parties: each service or organisation the register's text presents as processing
        the data on the controller's behalf — in its processors section, or in a sentence saying so in
        any other (analysis.entities) — linked to the register's system of the same vendor."""
        controller = self.organization.get("name", "")
        for key, text in reg.data.items():
            if not key.endswith("_text") or not isinstance(text, str) or key in _NOT_ABOUT_PROCESSORS:
                continue
            section = key == "processors_text"
            named = [
                (vendor.name if vendor else name, vendor)
                for name, vendor in entities.named_processors(text, own, section=section)
            ]
            for sentence in entities.processor_sentences(text, section=section):
                sentence = _INFLECTED_FORM.sub(r"\1 ", sentence)  # "Hetzner Online GmbH:n konesalissa"
                companies = [m.group(1).strip() for m in values.COMPANY.finditer(sentence)]
                companies += [m.group(1).strip() for m in _ACCOUNTING_FIRM.finditer(sentence)]
                named += [
                    (name, resolve(name))
                    for name in companies
                    if not (controller and entities.is_own_name(name, controller))
                ]
            for name, vendor in named:
                system = _system_of(name, vendor, [self.systems[s] for s in systems if s in self.systems])
                self._party(name, PartyRole.PROCESSOR, text, parties, vendor, system)

    def _party(
        self,
        name: str,
        role: PartyRole,
        text: str,
        parties: dict[str, str],
        vendor: Vendor | None = None,
        system: System | None = None,
    ) -> None:
        """The register's party `name`, added to the catalogue the first time it is named; one per vendor
        in a register, linked to the system it runs for the register (Party.systems)."""
        key = vendor.root.id if vendor else name.casefold()
        if key in parties:
            return
        if name not in self.parties:
            self.parties[name] = Party(name=name, role=role, systems=[system.name] if system else [])
            self.note(None, f"parties[{len(self.parties) - 1}]", name, 0.6, text)
        elif system and system.name not in self.parties[name].systems:
            self.parties[name].systems.append(system.name)
        parties[key] = name

    def not_the_controllers_name(self, index: int, register: Register) -> Register:
        """ "Privacy Policy – Myrak Oy": a title naming the controller names no register (LABELLING.md)."""
        own = " ".join(self.organization.get("name", "").split()).casefold()
        if not own or " ".join(register.name.split()).casefold() != own:
            return register
        self.fields = [f for f in self.fields if not (f.register == index and f.field == "name")]
        return register.model_copy(update={"name": _DEFAULT_NAME.get(self.lang, _DEFAULT_NAME["fi"])})

    def build(self, registers: list[Register]) -> OrganizationDocument:
        org = dict(self.organization)
        for key in ("dpo",):
            if isinstance(org.get(key), Contact):
                org[key] = org[key]
        return OrganizationDocument(
            organization=Organization(**org),
            systems=list(self.systems.values()),
            parties=list(self.parties.values()),
            registers=registers,
        )


def _system_of(name: str, vendor: Vendor | None, systems: list[System]) -> System | None:
    """The register's system a processor runs: the one of the same vendor, or of the same name."""
    for system in systems:
        known = resolve(system.vendor) or resolve(system.name)
        same_vendor = vendor is not None and known is not None and known.root.id == vendor.root.id
        if same_vendor or system.name.casefold() == name.casefold():
            return system
    return None


def _system(vendor: Vendor) -> System:
    return System(
        name=vendor.name,
        vendor=vendor.name,
        kind=vendor.kind,
        hosting=vendor.hosting,
        hosting_country=vendor.hosting_country,
        vendor_country=vendor.country,
        processor_agreement=AgreementStatus.UNKNOWN,
    )


def extract(
    document: Document, lang: str, warnings: list[str]
) -> tuple[OrganizationDocument, list[FieldResult], list[FieldResult]]:
    """The canonical document found in the blocks, a FieldResult for every value set, and the values
    too uncertain to fill in (suggestions)."""
    model = classify.model().reading_one_document()
    sections = split_sections(document.blocks)
    builder = _Builder(lang, warnings, document)
    headings = [s.heading for s in sections[:2]]
    opening = [s.blocks[0].full_text()[:300] for s in sections[:1] if s.blocks]
    builder.about = "\n".join([document.title, *headings, *opening])
    builder.terms = entities.defined_terms("\n".join(b.full_text() for b in document.blocks))
    parts = split_registers(sections, model) if sections else [RegisterPart([])]
    registers = [
        builder.register(i, part.sections, model, document.title, part.name) for i, part in enumerate(parts)
    ]
    builder.controller_fallback(sections)
    builder.dpo_in_text(sections)
    registers = [builder.not_the_controllers_name(i, r) for i, r in enumerate(registers)]
    if not any(f.register is not None and not f.field.endswith("unmapped_text") for f in builder.fields):
        warnings.append(
            "No known headings were found; all text was imported as unmapped text. "
            "Check the register and move the text to the right fields."
        )
    return builder.build(registers), builder.fields, builder.suggestions
