"""The checks engine seen from the web app: findings of one register or of a whole organisation.

Findings are computed from the canonical document on every view, so they always match the data;
accepted risks are stored on the register (canonical `accepted_findings`) and stop counting.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from django.utils.translation import get_language

from tietovirta import canonical as c
from tietovirta.canonical.sections import field_section
from tietovirta.checks import Finding, Score, Severity, run_checks, score

# Catalogue and organisation fields shown under the heading that deals with them.
_TOP_LEVEL_SECTION = {"organization": "controller", "systems": "systems", "parties": "processors"}


def _lang() -> str:
    return (get_language() or "fi")[:2]


def accepted_keys(document: c.OrganizationDocument) -> set[tuple[str, int | None, str]]:
    return {
        (a.rule, index, a.field) for index, r in enumerate(document.registers) for a in r.accepted_findings
    }


def document_findings(document: c.OrganizationDocument, today: dt.date | None = None) -> list[Finding]:
    return run_checks(document, lang=_lang(), today=today, accepted=accepted_keys(document))


def section_key(finding: Finding) -> str:
    """The tietovirtakuvaus heading a finding belongs beside."""
    root = re.split(r"[.\[]", finding.field, maxsplit=1)[0]
    if finding.register_index is None:
        return _TOP_LEVEL_SECTION.get(root, "controller")
    section = field_section(root)
    return section.key if section else "basics"


def concerns_register(finding: Finding, document: c.OrganizationDocument, index: int) -> bool:
    """Register findings of that register, and catalogue findings about a system or party it uses."""
    if finding.register_index is not None:
        return finding.register_index == index
    match = re.match(r"(systems|parties)\[(\d+)\]", finding.field)
    if not match:
        return finding.field.startswith("organization")
    items = document.systems if match.group(1) == "systems" else document.parties
    used = (
        document.registers[index].systems
        if match.group(1) == "systems"
        else document.registers[index].parties
    )
    return items[int(match.group(2))].name in used


def register_findings(document: c.OrganizationDocument, index: int = 0) -> dict[str, list[Finding]]:
    """The findings that concern one register, by section key."""
    by_section: dict[str, list[Finding]] = {}
    for finding in document_findings(document):
        if concerns_register(finding, document, index):
            by_section.setdefault(section_key(finding), []).append(finding)
    return by_section


@dataclass
class RegisterHealth:
    index: int
    name: str
    score: Score
    findings: list[Finding] = field(default_factory=list)


@dataclass
class OrganizationHealth:
    score: Score
    registers: list[RegisterHealth]  # worst first
    organization_findings: list[Finding]


def organization_health(document: c.OrganizationDocument) -> OrganizationHealth:
    findings = document_findings(document)
    registers = []
    for index, register in enumerate(document.registers):
        own = [f for f in findings if f.register_index == index]
        registers.append(RegisterHealth(index, register.name, score(own), own))
    registers.sort(key=lambda h: (h.score.value, -h.score.counts.get(Severity.ERROR, 0), h.index))
    return OrganizationHealth(
        score=score(findings, registers=len(document.registers)),
        registers=registers,
        organization_findings=[f for f in findings if f.register_index is None],
    )
