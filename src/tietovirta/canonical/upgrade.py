"""Reading documents of an older 1.x schema as the current one.

1.x → 1.3: a register gets purpose–basis pairs where its data says unambiguously which basis its
purpose rests on; otherwise its prose stays as it is and `purposes` stays empty (the notice then asks
for the pairs before it can be published). Nothing is invented. The database migration that adds the
pairs to stored registers uses the same function.
"""

from __future__ import annotations

from tietovirta.canonical.schema import SCHEMA_VERSION, LegalBasis, OrganizationDocument, Purpose, Register


def derive_purposes(register: Register) -> list[Purpose]:
    """The one pair a register's data supports, or none.

    A pair is derived only when the register has a purpose text and exactly one Art. 6(1) basis, and
    its prose does not contradict that basis: the basis text names no other basis, and a consent basis
    is not declared unneeded in the consent text (seed 004: basis "suostumus", text "Sopimuksellinen
    peruste", consent "ei suostumusta tarvita" — no pair)."""
    from tietovirta.analysis import bases  # the one reader of basis prose; imported here, not at load

    if register.purposes or not register.purpose_text.strip() or len(set(register.legal_bases)) != 1:
        return []
    basis = register.legal_bases[0]
    if not set(bases.bases_in(register.legal_basis_text)) <= {basis}:
        return []
    if basis is LegalBasis.CONSENT and bases.consent_not_needed(register.consent_text):
        return []
    conditions = register.special_category_conditions
    interest = register.legitimate_interest_text if basis is LegalBasis.LEGITIMATE_INTERESTS else ""
    return [Purpose(
        purpose=register.purpose_text.strip(),
        legal_basis=basis,
        special_condition=conditions[0] if len(conditions) == 1 else None,
        interest=interest.strip(),
    )]


def upgrade(document: OrganizationDocument) -> OrganizationDocument:
    """The document as the current schema reads it (itself when it is current)."""
    try:
        major, minor = (int(part) for part in ([*document.schema_version.split("."), "0"])[:2])
    except ValueError:
        return document  # "1.x" written by hand: read as it is
    if (major, minor) >= (1, 3):
        return document
    for register in document.registers:
        if not register.purposes:  # a document written by a newer tool may already have them
            register.purposes = derive_purposes(register)
    document.schema_version = SCHEMA_VERSION
    return document
