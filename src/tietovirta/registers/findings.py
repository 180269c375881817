"""The checks engine seen from the web app: findings of one register or of a whole organisation.

Findings are computed from the canonical document on every view, so they always match the data;
accepted risks are stored on the register (canonical `accepted_findings`) and stop counting.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from django.utils import timezone
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
    register_id: int | None = None


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


# --- the cached organisation health (the dashboard) -------------------------------------------------


def _score_data(value: Score) -> dict:
    return {
        "value": value.value,
        "counts": {s.value: n for s, n in value.counts.items()},
        "accepted": value.accepted,
    }


def _score_from(data: dict) -> Score:
    return Score(
        value=data["value"],
        counts={Severity(s): n for s, n in data["counts"].items()},
        accepted=data["accepted"],
    )


def _finding_from(data: dict) -> Finding:
    return Finding(**{**data, "severity": Severity(data["severity"])})


def _health_data(health: OrganizationHealth, register_ids: list[int]) -> dict:
    return {
        "score": _score_data(health.score),
        "registers": [
            {
                "index": h.index,
                "register_id": register_ids[h.index],
                "name": h.name,
                "score": _score_data(h.score),
            }
            for h in health.registers
        ],
        "organization_findings": [f.to_dict() for f in health.organization_findings],
    }


def _health_from(data: dict) -> OrganizationHealth:
    return OrganizationHealth(
        score=_score_from(data["score"]),
        registers=[
            RegisterHealth(r["index"], r["name"], _score_from(r["score"]), register_id=r["register_id"])
            for r in data["registers"]
        ],
        organization_findings=[_finding_from(f) for f in data["organization_findings"]],
    )


def cached_organization_health(organization) -> OrganizationHealth:
    """The organisation's health from the cache, recomputed when its data changed or the day turned."""
    from tietovirta.interchange import export_document
    from tietovirta.registers.models import HealthCache

    lang, today = _lang(), timezone.localdate()
    cache, _created = HealthCache.objects.get_or_create(organization=organization)
    if cache.computed_generation != cache.generation or cache.computed_on != today:
        cache.data = {}
    if lang not in cache.data:
        # Read the ids in the export's order: the export lists the same active registers.
        active = organization.registers.active().order_by("position", "id")
        register_ids = list(active.values_list("pk", flat=True))
        health = organization_health(export_document(organization, include_archived=False))
        cache.data[lang] = _health_data(health, register_ids)
        # Stored only if no change came in meanwhile (the generation would have grown).
        HealthCache.objects.filter(pk=cache.pk, generation=cache.generation).update(
            data=cache.data, computed_generation=cache.generation, computed_on=today
        )
    return _health_from(cache.data[lang])
