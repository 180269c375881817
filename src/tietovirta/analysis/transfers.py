"""Which vendors a register uses, and which of them take its data outside the EEA — answered once.

A vendor is one thing whether the documentation names it as a catalogue system ("HubSpot"), as a
party ("HubSpot Ireland Ltd") or only in prose ("asiakkuudet hoidetaan Hubspotissa"): `register_entities`
joins them by the knowledge base's root vendor. Third countries come from where the data is hosted
and from the vendor's home country (a US vendor hosting in the EU still means access from the US,
LEGAL.md §6). The safeguard comes from the catalogue entry's fields or, failing them, from a sentence
that names it ("HubSpot on sertifioitu EU–US Data Privacy Framework -järjestelyyn (tarkistettu
1.9.2026)"). The checks, the notice, the record and the diagram all read these functions, so they
cannot disagree about a transfer.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from tietovirta.analysis import prose
from tietovirta.canonical.schema import (
    HostingRegion,
    OrganizationDocument,
    Party,
    PartyRole,
    Register,
    System,
    TransferFields,
    TransferMechanism,
)
from tietovirta.knowledge.countries import UNNAMED, country_code, has_adequacy, is_eea, named_country
from tietovirta.knowledge.vendors import IN_HOUSE_KINDS, Vendor, mentions, resolve

# Register fields where systems, places and processors are written down.
PLACE_FIELDS = (
    "systems_text",
    "location_text",
    "processing_location_text",
    "processors_text",
    "transfers_text",
    "disclosures_text",
    "processing_method_text",
    "cookies_text",
    "unmapped_text",
)
# Fields whose vendors are processors or recipients rather than systems.
_PARTY_FIELDS = {"processors_text": PartyRole.PROCESSOR, "disclosures_text": PartyRole.RECIPIENT}

Reason = Literal["hosting", "vendor"]
_PROCESSING_ROLES = (PartyRole.PROCESSOR, PartyRole.SUB_PROCESSOR)


def catalogue_vendor(item: System | Party) -> Vendor | None:
    """The knowledge-base vendor a catalogue entry stands for, by its vendor field or its name."""
    return resolve(getattr(item, "vendor", "")) or resolve(item.name)


def _local(item: System | Party) -> bool:
    """A spreadsheet or a paper archive kept on the organisation's own premises: no transfer."""
    return (
        isinstance(item, System)
        and item.kind in IN_HOUSE_KINDS
        and item.hosting is not HostingRegion.THIRD_COUNTRY
    )


def third_countries(item: TransferFields) -> list[tuple[str, Reason]]:
    """(country, reason) for each country outside the EEA that a system or party brings data within
    reach of: its own fields first, then what the knowledge base says of its vendor. "?" stands for a
    third country that is not named."""
    if isinstance(item, System | Party) and _local(item):
        return []
    known = catalogue_vendor(item) if isinstance(item, System | Party) else None
    self_hosted = known is not None and not known.hosted
    if self_hosted:
        known = None  # software the organisation runs itself: the vendor never gets the data
    if isinstance(item, Party) and item.role not in _PROCESSING_ROLES and known is not None:
        # A recipient controls its own processing: what reaches further from it is its own transfer.
        # Only where the recipient itself is (as its name says, "Meta Platforms Ireland Limited") counts.
        if is_eea(named_country(item.name) or "") is True:
            return []
        known = None if item.vendor_country.strip() or item.hosting_country.strip() else known
    found: list[tuple[str, Reason]] = []

    def add(country: str, reason: Reason) -> None:
        if all(country != c for c, _ in found):
            found.append((country, reason))

    hosting_country = item.hosting_country.strip()
    if item.hosting is HostingRegion.THIRD_COUNTRY:
        add(country_code(hosting_country) or hosting_country or UNNAMED, "hosting")
    elif hosting_country and is_eea(hosting_country) is False:
        add(country_code(hosting_country) or hosting_country, "hosting")  # the recorded country wins
    elif item.hosting is HostingRegion.UNKNOWN and known and is_eea(known.hosting_country) is False:
        add(known.hosting_country, "hosting")
    vendor_country = item.vendor_country.strip() or (known.country if known else "")
    if self_hosted and vendor_country == catalogue_vendor(item).country:  # type: ignore[union-attr]
        vendor_country = ""  # the software's maker, filled in from the knowledge base, never gets the data
    if vendor_country and is_eea(vendor_country) is False:
        add(country_code(vendor_country) or vendor_country, "vendor")
    return found


def needs_mechanism(countries: Iterable[str]) -> bool:
    """Some of these third countries has no adequacy decision ("?" is unknown, so it needs one)."""
    return any(c == UNNAMED or not has_adequacy(c) for c in countries)


@dataclass
class Entity:
    """One vendor or outside party a register's data reaches, however the documentation names it."""

    key: str  # the root vendor's id, or the catalogue name of a party the knowledge base lacks
    name: str
    vendor: Vendor | None
    systems: list[int] = field(default_factory=list)  # indices into doc.systems
    parties: list[int] = field(default_factory=list)  # indices into doc.parties
    prose_fields: list[str] = field(default_factory=list)  # register fields naming it with no entry

    def items(self, doc: OrganizationDocument) -> list[System | Party]:
        return [*(doc.systems[i] for i in self.systems), *(doc.parties[i] for i in self.parties)]

    def roles(self, doc: OrganizationDocument) -> set[PartyRole]:
        roles = {doc.parties[i].role for i in self.parties}
        roles |= {_PARTY_FIELDS[f] for f in self.prose_fields if f in _PARTY_FIELDS}
        return roles

    def is_processor(self, doc: OrganizationDocument) -> bool:
        """Processes the register's data on the controller's behalf: a processor party, or a service
        the vendor runs (a hosted system, a processor named in prose)."""
        roles = self.roles(doc)
        if roles & {PartyRole.PROCESSOR, PartyRole.SUB_PROCESSOR}:
            return True
        if roles:
            return False  # named only as a recipient or joint controller
        if self.systems and all(_local(doc.systems[i]) for i in self.systems):
            return False  # a spreadsheet or archive on its own premises: the vendor sees none of it
        if self.vendor is not None:
            return self.vendor.processor and self.vendor.hosted
        return any(doc.systems[i].vendor.strip() and not _local(doc.systems[i]) for i in self.systems)

    @property
    def catalogued(self) -> bool:
        return bool(self.systems or self.parties)


def _key(name: str, vendor: Vendor | None) -> str:
    return vendor.root.id if vendor else "name:" + " ".join(name.casefold().split())


def _named_in(names: list[str], wanted: list[str], texts: str) -> list[int]:
    """Indices of catalogue entries referred to by name, or named in the texts."""
    folded = texts.casefold()
    return [
        i
        for i, name in enumerate(names)
        if name in wanted or (len(name) > 2 and re.search(rf"(?<!\w){re.escape(name.casefold())}", folded))
    ]


def _texts(register: Register, fields: Iterable[str]) -> str:
    return "\n".join(getattr(register, f) for f in fields)


def register_entities(doc: OrganizationDocument, register: Register) -> list[Entity]:
    """Every vendor and outside party the register's data reaches, each once: its catalogue systems
    and parties (by reference, or named in its text) joined by vendor, and the knowledge-base vendors
    its prose names that have no catalogue entry."""
    entities: dict[str, Entity] = {}

    def entity(name: str, vendor: Vendor | None) -> Entity:
        key = _key(name, vendor)
        return entities.setdefault(key, Entity(key, name, vendor))

    # The seeds' switch: with references on, the systems picked from the catalogue; with them off,
    # the catalogue systems the free text names (picks left over from before are not used).
    if register.use_system_references:
        picked, system_text = register.systems, ""
    else:
        picked, system_text = [], _texts(register, PLACE_FIELDS)
    for i in _named_in([s.name for s in doc.systems], picked, system_text):
        entity(doc.systems[i].name, catalogue_vendor(doc.systems[i])).systems.append(i)
    party_text = _texts(register, _PARTY_FIELDS)
    for i in _named_in([p.name for p in doc.parties], register.parties, party_text):
        entity(doc.parties[i].name, catalogue_vendor(doc.parties[i])).parties.append(i)
    for field_name in PLACE_FIELDS:
        for mention in mentions(getattr(register, field_name), True):
            found = entity(mention.vendor.root.name, mention.vendor)
            if not found.catalogued and field_name not in found.prose_fields:
                found.prose_fields.append(field_name)
    for found in entities.values():
        if found.vendor and not found.catalogued:
            found.name = found.vendor.name
    return list(entities.values())


def register_systems(doc: OrganizationDocument, register: Register) -> list[System]:
    """The catalogue systems the register uses (referenced, or named in its free text)."""
    return [doc.systems[i] for e in register_entities(doc, register) for i in e.systems]


def register_parties(doc: OrganizationDocument, register: Register) -> list[Party]:
    """The catalogue parties the register uses (referenced, or named in its processor or disclosure text)."""
    return [doc.parties[i] for e in register_entities(doc, register) for i in e.parties]


# --- transfers ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Transfer:
    """Data of a register reaching a country outside the EEA through one vendor or party."""

    importer: str
    importer_kind: Literal["system", "party", "prose"]
    country: str  # ISO alpha-2 code when recognised, "?" when not named
    reason: Reason
    mechanism: TransferMechanism | None
    dpf_verified_on: dt.date | None
    text: str  # the catalogue entry's transfer text, or the sentence naming the safeguard
    path: str = ""  # where the safeguard is recorded or belongs: "systems[2]", "parties[0]"; "" the register
    mechanism_in_prose: bool = False  # the safeguard is only written in a sentence, not in the fields
    vendor: Vendor | None = None

    @property
    def lawful_mechanism(self) -> bool:
        return self.mechanism not in (None, TransferMechanism.NONE, TransferMechanism.PRIVACY_SHIELD)

    @property
    def needs_mechanism(self) -> bool:
        return needs_mechanism([self.country])


def _recorded(items: list[tuple[str, System | Party]]) -> tuple[str, System | Party] | None:
    for path, item in items:
        if item.transfer_mechanism not in (None, TransferMechanism.NONE):
            return path, item
    return None


def _stated(vendor: Vendor | None, texts: Iterable[str], *, generic: bool) -> prose.Statement | None:
    """A sentence naming a safeguard for this vendor (or, with `generic`, for every transfer)."""
    best: prose.Statement | None = None
    for value in texts:
        for statement in prose.statements(value):
            if statement.kind is not prose.Kind.MECHANISM:
                continue
            about = {v.root.id for v in statement.vendors}
            relevant = (vendor is not None and vendor.root.id in about) or (generic and not about)
            if relevant and (best is None or (statement.value is TransferMechanism.DPF and statement.date)):
                best = statement
    return best


def transfers_of(
    name: str,
    vendor: Vendor | None,
    items: list[tuple[str, System | Party]],
    texts: list[str],
    generic_texts: list[str],
) -> list[Transfer]:
    """The third-country transfers through one vendor or party: `items` are its catalogue entries
    (path, entry), `texts` the prose that may name a safeguard for it, `generic_texts` the prose whose
    safeguard sentences speak of every transfer ("Siirrot perustuvat vakiosopimuslausekkeisiin")."""
    countries: list[tuple[str, Reason]] = []
    for _path, item in items:
        countries += [c for c in third_countries(item) if c not in countries]
    if not items and vendor is not None and vendor.hosted:
        countries = [(c, "vendor" if c == vendor.country else "hosting") for c in vendor.third_countries]
    if not countries:
        return []
    kind: Literal["system", "party", "prose"] = (
        "prose" if not items else "system" if isinstance(items[0][1], System) else "party"
    )
    path = items[0][0] if items else ""
    if recorded := _recorded(items):
        where, item = recorded
        return [
            Transfer(
                name,
                kind,
                country,
                reason,
                item.transfer_mechanism,
                item.dpf_verified_on,
                item.transfer_text,
                where,
                False,
                vendor,
            )
            for country, reason in countries
        ]
    entry_texts = [item.transfer_text for _, item in items]
    statement = _stated(vendor, entry_texts + texts, generic=False) or _stated(
        None, entry_texts + generic_texts, generic=True
    )
    dpf_date = next((i.dpf_verified_on for _, i in items if i.dpf_verified_on), None)
    transfers = []
    for country, reason in countries:
        mechanism = statement.value if statement else None
        if mechanism is None and country != UNNAMED and has_adequacy(country):
            mechanism = TransferMechanism.ADEQUACY  # the Commission's decision applies by itself
        transfers.append(
            Transfer(
                name,
                kind,
                country,
                reason,
                mechanism,  # type: ignore[arg-type]
                dpf_date or (statement.date if statement else None),
                statement.sentence if statement else (items[0][1].transfer_text if items else ""),
                path,
                statement is not None,
                vendor,
            )
        )
    return transfers


def register_transfers(doc: OrganizationDocument, register: Register) -> list[Transfer]:
    """Every third-country transfer of one register, one per vendor and country."""
    texts = [getattr(register, f) for f in PLACE_FIELDS]
    transfers: list[Transfer] = []
    for found in register_entities(doc, register):
        items = [(f"systems[{i}]", doc.systems[i]) for i in found.systems]
        items += [(f"parties[{i}]", doc.parties[i]) for i in found.parties]
        transfers += transfers_of(found.name, found.vendor, items, texts, [register.transfers_text])
    return transfers


def states_no_transfers(register: Register) -> prose.Statement | None:
    """The sentence saying the register's data is not transferred outside the EU/EEA, if any."""
    for value in (register.transfers_text, *(getattr(register, f) for f in PLACE_FIELDS)):
        for statement in prose.statements(value):
            if statement.kind is prose.Kind.NO_TRANSFERS:
                return statement
    return None
