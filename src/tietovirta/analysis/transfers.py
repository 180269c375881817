"""Which systems and parties a register uses, and which of them take its data outside the EEA.

Third countries come from where data is hosted (`hosting == third_country`, `hosting_country`)
and from the vendor's home country: a US vendor hosting in the EU still means access from the US
(parent company, sub-processors), so it needs a recorded transfer mechanism (LEGAL.md §6).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from tietovirta.canonical.schema import (
    HostingRegion,
    OrganizationDocument,
    Party,
    Register,
    System,
    TransferFields,
    TransferMechanism,
)
from tietovirta.knowledge.countries import country_code, is_eea


@dataclass(frozen=True)
class Transfer:
    """Data of a register reaching a country outside the EEA through one system or party."""

    importer: str
    importer_kind: Literal["system", "party"]
    country: str  # ISO alpha-2 code when recognised, else as written; "" when not recorded
    reason: Literal["hosting", "vendor"]
    mechanism: TransferMechanism | None
    dpf_verified_on: dt.date | None
    text: str

    @property
    def lawful_mechanism(self) -> bool:
        return self.mechanism not in (None, TransferMechanism.NONE, TransferMechanism.PRIVACY_SHIELD)


def third_countries(item: TransferFields) -> list[tuple[str, Literal["hosting", "vendor"]]]:
    """(country, reason) for each country outside the EEA this system or party brings data to."""
    found: list[tuple[str, Literal["hosting", "vendor"]]] = []
    hosting_country = item.hosting_country.strip()
    if item.hosting == HostingRegion.THIRD_COUNTRY:
        found.append((country_code(hosting_country) or hosting_country, "hosting"))
    elif hosting_country and is_eea(hosting_country) is False:
        # Region says EEA/unknown but the country recorded is outside it: trust the country.
        found.append((country_code(hosting_country) or hosting_country, "hosting"))
    vendor = item.vendor_country.strip()
    if vendor and is_eea(vendor) is False:
        code = country_code(vendor) or vendor
        if all(code != country for country, _ in found):
            found.append((code, "vendor"))
    return found


def register_systems(doc: OrganizationDocument, register: Register) -> list[System]:
    """The catalogue systems a register refers to; none when it describes its systems in free text."""
    if not register.use_system_references:
        return []
    by_name = {system.name: system for system in doc.systems}
    return [by_name[name] for name in register.systems if name in by_name]


def register_parties(doc: OrganizationDocument, register: Register) -> list[Party]:
    by_name = {party.name: party for party in doc.parties}
    return [by_name[name] for name in register.parties if name in by_name]


def _transfers_of(item: System | Party, kind: Literal["system", "party"]) -> list[Transfer]:
    return [
        Transfer(item.name, kind, country, reason, item.transfer_mechanism, item.dpf_verified_on,
                 item.transfer_text)
        for country, reason in third_countries(item)
    ]


def register_transfers(doc: OrganizationDocument, register: Register) -> list[Transfer]:
    """Every third-country transfer of one register, derived from its systems and parties."""
    transfers: list[Transfer] = []
    for system in register_systems(doc, register):
        transfers += _transfers_of(system, "system")
    for party in register_parties(doc, register):
        transfers += _transfers_of(party, "party")
    return transfers
