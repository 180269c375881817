"""What the documents ask about a register, answered by the analysis layer (tietovirta.analysis).

The documents keep no vendor, transfer or wording logic of their own: each question below is a thin
call into tietovirta.analysis, in one place, so that the answers change with the analysis layer and
agree with the checks.
"""

from __future__ import annotations

from tietovirta.analysis import text
from tietovirta.analysis.facts import CONTENT_FIELDS, PLACE_FIELDS
from tietovirta.analysis.transfers import Transfer, register_parties, register_systems, register_transfers
from tietovirta.canonical.schema import OrganizationDocument, Party, PartyRole, Register, System
from tietovirta.knowledge.vendors import IN_HOUSE_KINDS

__all__ = [
    "Transfer",
    "external_processor_mentioned",
    "processor_parties",
    "profiling_suggested",
    "recipient_parties",
    "register_transfers",
    "systems_in_free_text",
    "transfer_suggested",
    "vendor_systems",
]

_PROCESSOR_ROLES = (PartyRole.PROCESSOR, PartyRole.SUB_PROCESSOR)


def vendor_systems(doc: OrganizationDocument, register: Register) -> list[System]:
    """The register's systems whose vendor holds the data for the controller: its processors. Software
    kept on the organisation's own devices or paper (IN_HOUSE_KINDS) gives the vendor nothing."""
    return [s for s in register_systems(doc, register) if s.kind not in IN_HOUSE_KINDS]


def processor_parties(doc: OrganizationDocument, register: Register) -> list[Party]:
    return [p for p in register_parties(doc, register) if p.role in _PROCESSOR_ROLES]


def recipient_parties(doc: OrganizationDocument, register: Register) -> list[Party]:
    """Recipients of disclosures (luovutus); a processor is not one."""
    return [p for p in register_parties(doc, register) if p.role is PartyRole.RECIPIENT]


def systems_in_free_text(register: Register) -> bool:
    """The register names its systems in prose only, so their vendors are not known from the catalogue."""
    return not register.use_system_references and not text.is_blank(register.systems_text)


def external_processor_mentioned(register: Register) -> bool:
    """The processors text speaks of someone outside the controller (a bookkeeper, a service provider)."""
    return text.EXTERNAL_PROCESSOR.find(register.processors_text) is not None


def transfer_suggested(register: Register) -> bool:
    """The register's prose says data goes to a third country (a negated sentence does not count)."""
    return any(text.THIRD_COUNTRY.find(getattr(register, name)) for name in PLACE_FIELDS)


def profiling_suggested(register: Register) -> bool:
    """The register's prose mentions profiling or automated decisions (as the profiling check reads it)."""
    return any(text.PROFILING.find(getattr(register, name)) for name in CONTENT_FIELDS)

