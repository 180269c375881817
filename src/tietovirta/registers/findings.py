"""The checks engine seen from the web app: findings of one register or of a whole organisation.

Findings are computed from the canonical document on every view, so they always match the data;
accepted risks are stored on the register (canonical `accepted_findings`) and stop counting.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from django.core.cache import caches
from django.urls import get_script_prefix, reverse
from django.utils import timezone
from django.utils.translation import get_language

from tietovirta import canonical as c
from tietovirta.analysis.facts import DocumentFacts
from tietovirta.canonical.sections import field_section
from tietovirta.checks import Finding, Score, Severity, all_rules, engine, run_checks, score
from tietovirta.checks.engine import field_names
from tietovirta.prepared_queries import PreparedQuery

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


_ENTRY = re.compile(r"^(systems|parties)\[(\d+)\]")


def acceptance_field(document: c.OrganizationDocument, finding: Finding) -> str:
    """The field a register stores when it accepts this finding as a risk. A catalogue entry is named,
    not numbered, so the acceptance stays with that system or party when the catalogue changes."""
    match = _ENTRY.match(finding.field)
    if finding.register_index is not None or not match:
        return finding.field
    items = document.systems if match.group(1) == "systems" else document.parties
    index = int(match.group(2))
    name = items[index].name if index < len(items) else match.group(2)
    return f"{match.group(1)}[{name}]{finding.field[match.end() :]}"


def register_concerns(document: c.OrganizationDocument, index: int = 0) -> list[Finding]:
    """The findings that concern one register, worst first. Organisation and catalogue findings that
    the register has accepted as its own risk are marked accepted here (they stay open elsewhere)."""
    accepted = {(a.rule, a.field) for a in document.registers[index].accepted_findings}
    found = []
    for finding in document_findings(document):
        if not concerns_register(finding, document, index):
            continue
        if finding.register_index is None and (finding.rule, acceptance_field(document, finding)) in accepted:
            finding = replace(finding, accepted=True)
        found.append(finding)
    return found


def by_section(findings: list[Finding]) -> dict[str, list[Finding]]:
    """Findings by the key of the heading they are shown beside."""
    grouped: dict[str, list[Finding]] = {}
    for finding in findings:
        grouped.setdefault(section_key(finding), []).append(finding)
    return grouped


# --- where a finding is fixed -----------------------------------------------------------------------


@dataclass(frozen=True)
class FixTargets:
    """The database rows behind a document's indexes, for turning a finding's field into a page."""

    organization_id: int
    register_ids: list[int]  # the document's register index -> Register pk
    system_ids: list[int]  # catalogue order, as in the document
    party_ids: list[int]


def _catalogue_ids(kind: str) -> PreparedQuery:
    def build(organization_id: int):
        from tietovirta.organizations.models import Party, System

        model = System if kind == "systems" else Party
        return model.objects.filter(organization_id=organization_id).values_list("pk")

    return PreparedQuery(build, organization_id=-7011)


# The ids of an organisation's systems and parties in its catalogue's order: every page built that links
# findings reads them (the dashboard after each edit), so the queries are written once per process.
_CATALOGUE_IDS = {kind: _catalogue_ids(kind) for kind in ("systems", "parties")}


def fix_targets(organization, register_ids: list[int]) -> FixTargets:
    """The targets of an organisation's document (its catalogue in the order `interchange` exports it)."""
    ids = {
        kind: [pk for (pk,) in query.rows(organization_id=organization.pk)]
        for kind, query in _CATALOGUE_IDS.items()
    }
    return FixTargets(organization.pk, list(register_ids), ids["systems"], ids["parties"])


# Register fields edited on their own pages rather than in a section form.
_ON_REGISTER_PAGE = {"risk_assessments": "risk", "modified_at": "", "reviewed_on": ""}
_BASICS_FIELDS = ("name", "description", "review_interval_months")
_PATH = re.compile(r"^(?P<root>\w+)(?:\[(?P<index>\d+)\])?(?:\.(?P<attr>\w+))?")


def fix_url(targets: FixTargets, finding: Finding) -> str | None:
    """The page where a finding is fixed, or None when no page can fix it.

    `systems[i]…` is the system's form, `parties[i]…` the party's form, `organization.…` the organisation
    form, a register field the form of the register's section that holds it; the anchor is the field.
    This is the one mapping from a finding's field to a page: every page that links a finding uses it.
    """
    match = _PATH.match(finding.field)
    if not match:
        return None
    root, index, attr = match.group("root"), match.group("index"), match.group("attr")
    org_id = targets.organization_id
    if root in ("systems", "parties") and index is not None:
        ids = targets.system_ids if root == "systems" else targets.party_ids
        if int(index) >= len(ids):
            return None
        url = _address("catalogue_edit", org_id=org_id, kind=root, pk=ids[int(index)])
        return url + (f"#field-{attr}" if attr else "")
    if root == "organization":
        return _address("organization_edit", org_id=org_id) + (f"#field-{attr}" if attr else "")
    if finding.register_index is None or finding.register_index >= len(targets.register_ids):
        return None
    register_id = targets.register_ids[finding.register_index]
    if root in _ON_REGISTER_PAGE:
        anchor = _ON_REGISTER_PAGE[root]
        return _address("register", org_id=org_id, register_id=register_id) + (f"#{anchor}" if anchor else "")
    section = "basics" if root in _BASICS_FIELDS else getattr(field_section(root), "key", None)
    if section is None:
        return None
    kwargs = {"org_id": org_id, "register_id": register_id, "section_key": section}
    return _address("register_edit", **kwargs) + f"#field-{root}"


def _address(name: str, **kwargs) -> str:
    """`reverse`, remembered: a dashboard links some thousand findings to a few hundred pages."""
    return _remembered_address(get_script_prefix(), name, tuple(kwargs.items()))


@lru_cache(maxsize=8192)
def _remembered_address(prefix: str, name: str, kwargs: tuple) -> str:
    return reverse(name, kwargs=dict(kwargs))  # under `prefix`, the script's, which reverse() reads


@dataclass(frozen=True)
class ShownFinding(Finding):
    """A finding as a page shows it: where it is fixed, and the field an acceptance is stored under."""

    fix_url: str | None = None
    accept_field: str = ""


def shown(
    findings: list[Finding], targets: FixTargets, document: c.OrganizationDocument | None = None
) -> list[ShownFinding]:
    return [
        ShownFinding(
            **{name: getattr(finding, name) for name in field_names(Finding)},
            fix_url=fix_url(targets, finding),
            accept_field=acceptance_field(document, finding) if document is not None else finding.field,
        )
        for finding in findings
    ]


@dataclass
class RuleGroup:
    rule: str
    severity: Severity  # the worst open finding's (the rule's own when all are accepted)
    summary: str  # what the rule asks for, in the user's language
    findings: list[Finding]

    @property
    def count(self) -> int:
        """The findings that count (accepted risks are listed, not counted)."""
        return sum(not f.accepted for f in self.findings)

    @property
    def digest(self) -> str:
        """Everything the group shows (its findings with where each is fixed), as a digest: its rendered
        HTML is kept under it, so a change to any of it is a new key (dashboard_bottom.html)."""
        shown = repr((self.rule, self.severity, self.summary, self.findings))
        return hashlib.sha256(shown.encode()).hexdigest()


def by_rule(findings: list[Finding]) -> list[RuleGroup]:
    """Findings grouped by rule, the worst and most frequent rules first."""
    rules = all_rules()
    groups: dict[str, RuleGroup] = {}
    for finding in findings:
        group = groups.get(finding.rule)
        if group is None:
            rule = rules.get(finding.rule)
            general = rule.hint.text(_lang()) if rule else ""
            # A hint with placeholders is about one case: the finding's own hint says it with its values.
            summary = general if general and "{" not in general else finding.hint
            group = groups[finding.rule] = RuleGroup(finding.rule, finding.severity, summary, [])
        group.findings.append(finding)
    for group in groups.values():
        open_severities = [f.severity for f in group.findings if not f.accepted]
        if open_severities:
            group.severity = min(open_severities, key=lambda s: s.rank)
    return sorted(groups.values(), key=lambda g: (g.count == 0, g.severity.rank, -g.count, g.rule))


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
    findings: list[Finding]  # every finding, worst first

    @property
    def organization_findings(self) -> list[Finding]:
        return [f for f in self.findings if f.register_index is None]

    @property
    def register_ids(self) -> list[int | None]:
        """The Register pk of each register index of the findings."""
        return [h.register_id for h in sorted(self.registers, key=lambda h: h.index)]


def organization_health(document: c.OrganizationDocument, today: dt.date | None = None) -> OrganizationHealth:
    return _health(document_findings(document, today), [r.name for r in document.registers])


def _health(
    findings: list[Finding], names: list[str], register_ids: list[int] | None = None
) -> OrganizationHealth:
    """The health of an organisation whose registers (in the document's order) have these names (and
    these Register pks, when known)."""
    own: dict[int, list[Finding]] = {index: [] for index in range(len(names))}
    for finding in findings:
        if finding.register_index is not None:
            own[finding.register_index].append(finding)
    ids = register_ids or [None] * len(names)
    registers = [RegisterHealth(i, name, score(own[i]), own[i], ids[i]) for i, name in enumerate(names)]
    registers.sort(key=lambda h: (h.score.value, -h.score.counts.get(Severity.ERROR, 0), h.index))
    return OrganizationHealth(
        score=score(findings, registers=len(names)), registers=registers, findings=findings
    )


# --- the organisation's health, kept ----------------------------------------------------------------


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


def cached_organization_health(organization) -> OrganizationHealth:
    """The organisation's health (the dashboard's, the API's findings), recomputed when its data changed or
    the day turned."""
    return organizations_health([organization])[organization.pk]


def _health_rows(organizations) -> dict:
    """Each organisation's row of generations (HealthCache), made for those that have none, by id."""
    from tietovirta.registers.models import HealthCache

    rows = {h.organization_id: h for h in HealthCache.objects.filter(organization__in=organizations)}
    if absent := [o for o in organizations if o.pk not in rows]:
        HealthCache.objects.bulk_create([HealthCache(organization=o) for o in absent], ignore_conflicts=True)
        rows |= {h.organization_id: h for h in HealthCache.objects.filter(organization__in=absent)}
    return rows


def organizations_health(organizations) -> dict[int, OrganizationHealth]:
    """The health of several organisations, by id. Each is kept in this worker's memory ("health-here",
    the objects themselves) under the organisation's revision, the language and the day; those not kept
    are joined from their registers' pieces (`_checked`, which checks only the registers whose piece is
    not kept), with the same number of queries however many they are. Nothing per language is written
    back: the registers' pieces are kept by `_checked`, and the score (the same in every language) on the
    organisation's row for the portfolio (`organizations_scores`)."""
    organizations = list(organizations)
    return _healths(organizations, _health_rows(organizations), _lang(), timezone.localdate())


def _health_key(row, lang: str, today: dt.date) -> str:
    """Under the row's id and generation, read before the data (fragments.py): a health kept under a
    generation is of that generation's data or older, and every change raises it."""
    from tietovirta.fragments import templates_digest

    revision = f"{row.pk}.{row.generation}"
    return f"health:{row.organization_id}:{revision}:{lang}:{today.isoformat()}:{templates_digest()}"


def _healths(
    organizations, rows: dict, lang: str, today: dt.date, *, keep: bool = True
) -> dict[int, OrganizationHealth]:
    """With `keep`, the healths joined are kept in this worker's memory. The portfolio, which needs only
    their scores, does not keep them: a few hundred clients' full healths would push out the ones the
    dashboards read, and the scores are stored on the rows anyway."""
    from tietovirta.registers.models import HealthCache

    memory = caches["health-here"]
    keys = {o.pk: _health_key(rows[o.pk], lang, today) for o in organizations}
    kept = memory.get_many(list(keys.values()))
    if stale := [o for o in organizations if keys[o.pk] not in kept]:
        for o, health in _checked(stale, rows, today).items():
            if keep:
                memory.set(keys[o.pk], health)
            kept[keys[o.pk]] = health
    # The score under the generation read before the data: a change that came in meanwhile has raised the
    # stored generation above it, so this score is taken as stale at the next read.
    scored = [rows[o.pk] for o in organizations if not _score_current(rows[o.pk], today)]
    for row in scored:
        row.data = _score_data(kept[keys[row.organization_id]].score)
        row.computed_generation, row.computed_on = row.generation, today
    if len(scored) == 1:  # a dashboard's: one UPDATE, not bulk_update's transaction and CASE per column
        (row,) = scored
        HealthCache.objects.filter(pk=row.pk).update(
            data=row.data, computed_generation=row.computed_generation, computed_on=row.computed_on
        )
    elif scored:
        # In batches: one statement may bind at most 65 535 parameters on PostgreSQL (server-side binding).
        HealthCache.objects.bulk_update(
            scored, ["data", "computed_generation", "computed_on"], batch_size=2000
        )
    return {o.pk: kept[keys[o.pk]] for o in organizations}


def _score_current(row, today: dt.date) -> bool:
    """Whether the row's score is of its generation and today (not one stored by an older version)."""
    return row.computed_generation == row.generation and row.computed_on == today and "counts" in row.data


def organizations_scores(organizations) -> dict[int, Score]:
    """The organisations' scores (the portfolio), by id: from their rows where those are of the current
    generation and day, the others' computed (`organizations_health`)."""
    organizations = list(organizations)
    rows, today = _health_rows(organizations), timezone.localdate()
    scores = {}
    for o in organizations:
        row = rows[o.pk]
        if _score_current(row, today):
            scores[o.pk] = _score_from(row.data)
    if others := [o for o in organizations if o.pk not in scores]:
        healths = _healths(others, rows, _lang(), today, keep=False)
        scores |= {pk: health.score for pk, health in healths.items()}
    return scores


def _catalogue_key(organization_id: int, health) -> str:
    """Where the organisation and its catalogue are kept as a document without registers ("checks"): under
    what its registers share (health.shared_generation, read before the data)."""
    from tietovirta.fragments import templates_digest

    generation = f"{health.pk}.{health.shared_generation}"
    return f"checks-organization:{organization_id}:{generation}:{templates_digest()}"


def register_document_kept(register, health) -> c.OrganizationDocument:
    """`interchange.register_document(register)`, with the organisation and its catalogue as the checks keep
    them (`_checked`) under `health`, the organisation's row of generations read before the register."""
    from tietovirta.fragments import keep, kept_many
    from tietovirta.interchange import register_document, register_to_canonical

    key = _catalogue_key(register.organization_id, health)
    catalogue = kept_many([key], "checks").get(key)
    if catalogue is None:
        document = register_document(register)
        keep(key, document.model_copy(update={"registers": []}), "checks")
        return document
    return catalogue.model_copy(update={"registers": [register_to_canonical(register)]})


# One organisation's active registers with each one's generation, in the dashboard's order: read by every
# dashboard built after an edit, so written once per process (compiling it cost more than running it).
_ACTIVE_REGISTERS = PreparedQuery(
    lambda organization_id: _active_registers(organization_id=organization_id), organization_id=-7014
)


def _active_registers(**scope):
    from tietovirta.registers.models import Register

    active = Register.objects.active().filter(**scope).order_by("position", "id")
    return active.values_list("organization_id", "pk", "api_answer__generation")


def _checked(organizations, health_rows: dict, today: dt.date) -> dict:
    """Each organisation's health (with its active registers' ids), joined from one piece per register
    (checks.engine.RegisterPiece) kept under what it is made from: the register's generation, the
    generation of what the organisation's registers share (its details and catalogue: registers/changes.py),
    the day and the code. Only the registers whose piece is not kept are read and checked; the generations
    are read before the data (the health rows by the caller, the registers' here), so a piece is never
    kept under a generation newer than the data it was made from."""
    from tietovirta.api.answers import add_rows
    from tietovirta.fragments import keep, kept_many, templates_digest
    from tietovirta.interchange import (
        FEW,
        export_registers,
        organization_registers_with_relations,
        register_to_canonical,
    )

    if len(organizations) == 1:  # a dashboard's
        rows = _ACTIVE_REGISTERS.rows(organization_id=organizations[0].pk)
    else:
        rows = _active_registers(organization__in=organizations)
    registers: dict[int, list[tuple[int, int | None]]] = {o.pk: [] for o in organizations}
    for organization_id, pk, generation in rows:
        registers[organization_id].append((pk, generation))
    if missing_rows := [pk for rows in registers.values() for pk, generation in rows if generation is None]:
        add_rows(missing_rows)  # nothing is kept under their first generation this time (answers.generations)

    def key(organization_id: int, pk: int, generation: int) -> str:
        health = health_rows[organization_id]
        return (
            f"checks:{pk}:{health.pk}.{health.shared_generation}.{generation}:{today.isoformat()}:"
            f"{templates_digest()}"
        )

    keys = {pk: key(o, pk, g) for o, rows in registers.items() for pk, g in rows if g is not None}
    shared = {o.pk: _catalogue_key(o.pk, health_rows[o.pk]) for o in organizations}
    pieces = kept_many([*keys.values(), *shared.values()], "checks")
    to_check = [pk for rows in registers.values() for pk, _ in rows if keys.get(pk) not in pieces]
    catalogue = not all(key in pieces for key in shared.values())
    if not catalogue and len(organizations) == 1 and len(to_check) <= FEW:
        # One organisation's few changed registers (a dashboard after an edit), read by prepared queries.
        (o,) = organizations
        few = organization_registers_with_relations(o.pk, to_check)
        registers_now = [register_to_canonical(register) for register in few]
        document = pieces[shared[o.pk]].model_copy(update={"registers": registers_now})
        documents = {o.pk: (document, [register.pk for register in few])}
    else:
        documents = export_registers(organizations, to_check, catalogue=catalogue)  # and those registers
        for o in organizations:
            document, ids = documents[o.pk]
            if catalogue:
                keep(shared[o.pk], document.model_copy(update={"registers": []}), "checks")
            else:
                kept_catalogue = pieces[shared[o.pk]]
                documents[o.pk] = (kept_catalogue.model_copy(update={"registers": document.registers}), ids)
    made: dict[int, engine.RegisterPiece] = {}
    for document, ids in documents.values():
        facts = DocumentFacts(document, today)
        for subject, pk in zip(facts.registers, ids, strict=True):
            made[pk] = engine.make_piece(subject)
            if pk in keys:
                keep(keys[pk], made[pk], "checks")
    checked = {}
    for o in organizations:
        # Those kept or read now (not one deleted or archived since its generation was read).
        ids = [pk for pk, _ in registers[o.pk] if pk in made or keys.get(pk) in pieces]
        own = [made[pk] if pk in made else pieces[keys[pk]] for pk in ids]
        accepted = {(rule, index, field) for index, piece in enumerate(own) for rule, field in piece.accepted}
        findings = engine.join(engine.organization_facts(documents[o.pk][0], today), own, _lang(), accepted)
        checked[o] = _health(findings, [piece.name for piece in own], ids)
    return checked
