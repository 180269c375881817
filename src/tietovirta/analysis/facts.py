"""What a document says, read once from its structured values and its prose.

A rule asks a question ("does this register collect the henkilötunnus?") and gets one answer
whether the user ticked a box or wrote a sentence. Each such fact is worked out here, in one
place, and cached, so rules stay small and agree with each other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from functools import cached_property, lru_cache

from pydantic import BaseModel

from tietovirta.analysis import prose, text
from tietovirta.analysis.bases import bases_in
from tietovirta.analysis.text import Matcher
from tietovirta.analysis.transfers import (
    Entity,
    Transfer,
    catalogue_vendor,
    register_entities,
    register_transfers,
)
from tietovirta.canonical.schema import (
    HostingRegion,
    LegalBasis,
    OrganizationDocument,
    Party,
    PartyRole,
    Register,
    SpecialCategory,
    System,
)
from tietovirta.knowledge.vendors import Vendor


@lru_cache(maxsize=4096)  # asked of every text field on each check run; the paths repeat
def is_value_field(path: str) -> bool:
    """A field holding one value (a name, an address, an ID) rather than prose or a list item."""
    return path.startswith("organization.") or any(
        part in path
        for part in ("contact_person.", "responsible_person.", "contact.", "dpo.", "eu_representative.")
    )


def text_fields(model: BaseModel, prefix: str = "") -> Iterator[tuple[str, str]]:
    """Every free-text value in a model, with its dotted path (`responsible_person.email`)."""
    for name in type(model).model_fields:
        value = getattr(model, name)
        path = f"{prefix}{name}"
        if isinstance(value, BaseModel):
            yield from text_fields(value, f"{path}.")
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from text_fields(item, f"{path}[{i}].")
                elif isinstance(item, str) and not isinstance(item, Enum):
                    yield f"{path}[{i}]", item
        elif isinstance(value, str) and not isinstance(value, Enum):
            yield path, value


@dataclass(frozen=True)
class Evidence:
    """Where something was found: the field and the words that show it."""

    field: str
    phrase: str


class DocumentFacts:
    """Facts about the organisation and its catalogue."""

    def __init__(self, doc: OrganizationDocument, today: dt.date):
        self.doc = doc
        self.today = today

    @cached_property
    def registers(self) -> list[RegisterFacts]:
        return [RegisterFacts(self, i) for i in range(len(self.doc.registers))]

    @cached_property
    def public_authority(self) -> bool:
        org = self.doc.organization
        return org.is_public_authority or (
            org.name in text.PUBLIC_AUTHORITY_NAME and org.name not in text.COMPANY_FORM
        )

    @cached_property
    def systems_by_name(self) -> dict[str, System]:
        return {s.name: s for s in self.doc.systems}

    @cached_property
    def parties_by_name(self) -> dict[str, Party]:
        return {p.name: p for p in self.doc.parties}

    @cached_property
    def vendor_groups(self) -> list[list[tuple[str, System | Party]]]:
        """The catalogue entries grouped by the vendor they stand for: the system "HubSpot" and the
        party "HubSpot Ireland Ltd" are one vendor, reported once. Entries the knowledge base does
        not know are groups of their own."""
        groups: dict[str, list[tuple[str, System | Party]]] = {}
        for path, item, _ in self.catalogue_items():
            vendor = catalogue_vendor(item)
            key = vendor.root.id if vendor else f"{path}"
            groups.setdefault(key, []).append((path, item))
        return list(groups.values())

    @cached_property
    def statements(self) -> list[tuple[int | None, str, prose.Statement]]:
        """(register index or None, field, statement) of everything the document states in prose."""
        return [
            (index, path, statement)
            for index, path, value in self.text_fields()
            for statement in prose.statements(value)
        ]

    def text_fields(self) -> list[tuple[int | None, str, str]]:
        """(register index or None, path, value) of every free text in the document; register paths
        are relative to the register."""
        return self._text_fields

    @cached_property
    def _text_fields(self) -> list[tuple[int | None, str, str]]:
        # Several rules read every text: walk the models once.
        found: list[tuple[int | None, str, str]] = [
            (None, path, value) for path, value in text_fields(self.doc.organization, "organization.")
        ]
        for path, item, _ in self.catalogue_items():
            found += [(None, sub, value) for sub, value in text_fields(item, f"{path}.")]
        for i, register in enumerate(self.doc.registers):
            found += [(i, path, value) for path, value in text_fields(register)]
        return found

    def catalogue_items(self) -> Iterator[tuple[str, System | Party, str]]:
        """(path, item, the names that identify it) for each system and party."""
        for i, system in enumerate(self.doc.systems):
            yield f"systems[{i}]", system, f"{system.name} {system.vendor}"
        for i, party in enumerate(self.doc.parties):
            yield f"parties[{i}]", party, party.name


# Register fields that describe what is done with the data (not the rights boilerplate, the notice or
# the retention paragraph, whose stock phrases mention profiling, consent or bookkeeping in general).
CONTENT_FIELDS = (
    "name", "description", "purpose_text", "data_collected_text", "sources_text", "processing_method_text",
    "processing_location_text", "systems_text", "location_text", "resulting_registers_text",
    "legal_basis_text", "legitimate_interest_text", "processors_text", "disclosures_text",
    "automated_decisions_text", "unmapped_text",
)
# Fields that say what data is collected and about whom.
DATA_FIELDS = ("data_collected_text",)
SUBJECT_FIELDS = ("name", "data_collected_text", "description")


class RegisterFacts:
    """Facts about one register, combining its structured values and its prose."""

    def __init__(self, document: DocumentFacts, index: int):
        self.document = document
        self.index = index
        self.register: Register = document.doc.registers[index]

    @property
    def doc(self) -> OrganizationDocument:
        return self.document.doc

    @property
    def today(self) -> dt.date:
        return self.document.today

    def value(self, field: str) -> str:
        return getattr(self.register, field)

    def own_text_fields(self) -> Iterator[tuple[str, str]]:
        return text_fields(self.register)

    def find(self, matcher: Matcher, fields: Iterable[str], *, affirmed: bool = True) -> Evidence | None:
        """The first match of `matcher` in the named text fields."""
        for field in fields:
            if hit := matcher.find(self.value(field), affirmed=affirmed):
                return Evidence(field, hit.phrase)
        return None

    def anywhere(
        self, matcher: Matcher, *, affirmed: bool = True, besides: Iterable[str] = ()
    ) -> Evidence | None:
        """The first match of `matcher` in any of the register's text fields except `besides`: where a
        document states something under another heading than the one it belongs to."""
        skip = set(besides)
        for field, value in self.own_text_fields():
            if field not in skip and (hit := matcher.find(value, affirmed=affirmed)):
                return Evidence(field, hit.phrase)
        return None

    def filled(self, *fields: str) -> bool:
        """Some of the named text fields say something real (not blank, not only template text)."""
        return any(not text.is_blank(v) and not text.only_placeholder(v) for v in map(self.value, fields))

    # --- legal basis ---

    @cached_property
    def prose_bases(self) -> frozenset[LegalBasis]:
        return frozenset(bases_in(self.register.legal_basis_text))

    @cached_property
    def bases(self) -> frozenset[LegalBasis]:
        """Art. 6(1) bases: the structured ones, those of the purposes, and those the basis prose names."""
        paired = {p.legal_basis for p in self.register.purposes if p.legal_basis is not None}
        return frozenset(self.register.legal_bases) | paired | self.prose_bases

    @property
    def stated_purposes(self) -> list[str]:
        """The purposes written with their bases (Register.purposes), without empty ones."""
        return [p.purpose for p in self.register.purposes if p.purpose.strip()]

    @property
    def basis_field(self) -> str:
        return "legal_bases" if self.register.legal_bases else "legal_basis_text"

    # --- data subjects and data ---

    @cached_property
    def subject_names(self) -> str:
        """The data subject categories and the register's name: who the data is about."""
        return "\n".join([self.register.name, *self.register.data_subject_categories])

    @cached_property
    def employees(self) -> Evidence | None:
        if hit := text.EMPLOYEES.find(self.subject_names):
            return Evidence("data_subject_categories", hit.phrase)
        return self.find(text.EMPLOYEES, ("purpose_text",))

    @cached_property
    def children(self) -> Evidence | None:
        if hit := text.CHILDREN.find(self.subject_names):
            return Evidence("data_subject_categories", hit.phrase)
        return self.find(text.CHILDREN, DATA_FIELDS)

    @cached_property
    def hetu(self) -> Evidence | None:
        for i, category in enumerate(self.register.data_categories):
            if category.is_hetu or text.HETU.find(category.name):
                return Evidence(f"data_categories[{i}]", category.name)
        return self.find(text.HETU, DATA_FIELDS)

    @cached_property
    def special_categories(self) -> dict[SpecialCategory, Evidence]:
        """Art. 9 categories (and Art. 10 criminal data) the register holds."""
        found: dict[SpecialCategory, Evidence] = {}
        for i, category in enumerate(self.register.data_categories):
            if category.special_category and category.special_category not in found:
                found[category.special_category] = Evidence(f"data_categories[{i}]", category.name)
        for kind, matcher in (*text.SPECIAL_CATEGORIES.items(), (SpecialCategory.CRIMINAL, text.CRIMINAL)):
            if kind not in found:
                for i, category in enumerate(self.register.data_categories):
                    if hit := matcher.find(category.name):
                        found[kind] = Evidence(f"data_categories[{i}]", hit.phrase)
                        break
                else:
                    if evidence := self.find(matcher, DATA_FIELDS):
                        found[kind] = evidence
        return found

    @cached_property
    def content(self) -> str:
        return "\n".join(self.value(f) for f in CONTENT_FIELDS)

    # --- systems, parties and transfers ---

    @cached_property
    def entities(self) -> list[Entity]:
        """Every vendor and outside party the register's data reaches, each once (analysis.transfers)."""
        return register_entities(self.doc, self.register)

    @cached_property
    def systems(self) -> list[System]:
        return [self.doc.systems[i] for e in self.entities for i in e.systems]

    @cached_property
    def parties(self) -> list[Party]:
        return [self.doc.parties[i] for e in self.entities for i in e.parties]

    @cached_property
    def prose_vendors(self) -> list[tuple[str, Vendor]]:
        """Knowledge-base vendors the register names in prose with no catalogue entry, with the field."""
        return [(e.prose_fields[0], e.vendor) for e in self.entities if e.vendor and not e.catalogued]

    @cached_property
    def stays_in_eea(self) -> bool:
        """The catalogue shows where every system and party the register uses keeps its data, each in
        Finland or the EEA, and the prose names no other service: the absence of transfers follows from
        the data (the privacy notice states it)."""
        items = [*self.systems, *self.parties]
        return bool(items) and not self.prose_vendors and all(
            item.hosting in (HostingRegion.FINLAND, HostingRegion.EEA) for item in items
        )

    @cached_property
    def processors(self) -> list[Party]:
        return [p for p in self.parties if p.role in (PartyRole.PROCESSOR, PartyRole.SUB_PROCESSOR)]

    @cached_property
    def transfers(self) -> list[Transfer]:
        return register_transfers(self.doc, self.register)

    @cached_property
    def statements(self) -> list[tuple[str, prose.Statement]]:
        """(field, statement) of everything the register states in prose."""
        return [(path, st) for path, value in self.own_text_fields() for st in prose.statements(value)]

    def stated(self, kind: prose.Kind) -> list[tuple[str, prose.Statement]]:
        return [(path, st) for path, st in self.statements if st.kind is kind]
