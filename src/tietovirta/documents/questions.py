"""What the documents ask about a register, answered by the analysis layer (tietovirta.analysis).

The documents keep no vendor, transfer or wording logic of their own: each question below is a thin
call into tietovirta.analysis, in one place, so that the answers change with the analysis layer and
agree with the checks and the diagram.
"""

from __future__ import annotations

from tietovirta.analysis import text
from tietovirta.analysis.facts import CONTENT_FIELDS
from tietovirta.analysis.transfers import (
    PLACE_FIELDS,
    Entity,
    Transfer,
    register_entities,
    register_transfers,
    states_no_transfers,
)
from tietovirta.canonical.schema import OrganizationDocument, PartyRole, Register

__all__ = [
    "Entity",
    "Transfer",
    "external_processor_mentioned",
    "processors",
    "profiling_suggested",
    "recipients",
    "register_transfers",
    "transfer_suggested",
]


def processors(doc: OrganizationDocument, register: Register) -> list[Entity]:
    """The vendors and parties that process the register's data on the controller's behalf (a processor
    party, a hosted service from the catalogue or named in the prose)."""
    return [e for e in register_entities(doc, register) if e.is_processor(doc)]


def recipients(doc: OrganizationDocument, register: Register) -> list[Entity]:
    """Recipients of disclosures (luovutus); a processor is not one."""
    return [e for e in register_entities(doc, register)
            if PartyRole.RECIPIENT in e.roles(doc) and not e.is_processor(doc)]


def external_processor_mentioned(register: Register) -> bool:
    """The processors text speaks of someone outside the controller (a bookkeeper, a service provider)."""
    return text.EXTERNAL_PROCESSOR.find(register.processors_text) is not None


def transfer_suggested(register: Register) -> bool:
    """The register's prose says data goes to a third country (a negated sentence does not count), and
    nowhere says it does not."""
    if states_no_transfers(register) is not None:
        return False
    return any(text.THIRD_COUNTRY.find(getattr(register, name)) for name in PLACE_FIELDS)


def profiling_suggested(register: Register) -> bool:
    """The register's prose mentions profiling or automated decisions (as the profiling check reads it)."""
    return any(text.PROFILING.find(getattr(register, name)) for name in CONTENT_FIELDS)
