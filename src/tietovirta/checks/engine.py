"""The checks engine: rule registration, running the rules over a document, scoring.

A rule is a small function decorated with `@rule(id, severity, ref=..., hint=...)`. It receives
the facts of one register (or, with `per_register=False`, of the whole document) and yields a
`Problem` for each thing wrong: the field, and a message naming the concrete problem. The engine
turns problems into `Finding`s in the user's language. Rule ids are the stable ids of LEGAL.md §7.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from typing import Any

from tietovirta.analysis.facts import DocumentFacts, RegisterFacts
from tietovirta.canonical.schema import OrganizationDocument
from tietovirta.checks.messages import Msg


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for the worst."""
        return list(Severity).index(self)


@dataclass(frozen=True)
class Problem:
    """What a rule reports: the field at fault and a message with its concrete values."""

    field: str
    message: Msg
    params: Mapping[str, Any] = field(default_factory=dict)
    hint: Msg | None = None  # overrides the rule's hint when this case needs a different fix
    # A milder severity than the rule's for this case, e.g. a fact stated in prose but not recorded in
    # its field is a note asking to record it, not an error (unknown is not missing).
    severity: Severity | None = None
    # For document-wide rules that report on a register's field (placeholders, markup).
    register_index: int | None = None


_ELSEWHERE = Msg(
    fi="{what} näyttää olevan kerrottu toisen otsikon alla (”{phrase}”, kohta {where}); siirrä se oikeaan "
       "kohtaan, jotta se näkyy selosteessa.",
    sv="{what} verkar anges under en annan rubrik (”{phrase}”, avsnittet {where}); flytta det till rätt "
       "avsnitt så att det syns i beskrivningen.",
    en="{what} seems to be stated under another heading (“{phrase}”, in {where}); move it to its place so "
       "that the notice shows it.",
)


def stated_elsewhere(field: str, what: Msg, phrase: str, where: Msg | str) -> Problem:
    """Unknown is not missing: what a field should hold, found under another heading, is a note asking
    to move it, not an error."""
    params = {"what": what, "phrase": phrase, "where": where}
    return Problem(field, _ELSEWHERE, params, severity=Severity.INFO)


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    ref: str | Msg
    hint: Msg
    check: Callable[[Any], Iterable[Problem]]
    per_register: bool = True


RULES: dict[str, Rule] = {}


def rule(
    rule_id: str, severity: Severity, *, ref: str | Msg, hint: Msg, per_register: bool = True
) -> Callable[[Callable[[Any], Iterable[Problem]]], Callable[[Any], Iterable[Problem]]]:
    """Register a rule. The function gets a `RegisterFacts` (or a `DocumentFacts` when
    `per_register` is False) and yields `Problem`s."""

    def register(check: Callable[[Any], Iterable[Problem]]) -> Callable[[Any], Iterable[Problem]]:
        if rule_id in RULES:
            raise ValueError(f"rule '{rule_id}' is defined twice")
        RULES[rule_id] = Rule(rule_id, severity, ref, hint, check, per_register)
        return check

    return register


def all_rules() -> dict[str, Rule]:
    """Every rule, in catalogue order (importing the rule modules registers them)."""
    importlib.import_module("tietovirta.checks.rules")
    return RULES


AcceptedKey = tuple[str, int | None, str]


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    register: str | None  # None for the organisation and its catalogue
    register_index: int | None
    field: str
    message: str
    hint: str
    legal_ref: str
    accepted: bool = False  # a risk the organisation has accepted: shown, not counted

    @property
    def key(self) -> AcceptedKey:
        """What a user accepts: this rule, on this register, at this field."""
        return (self.rule, self.register_index, self.field)

    def to_dict(self) -> dict[str, Any]:
        """The finding as JSON-ready values (the CLI's and the API's shape). Every field is a plain value,
        so no deep copy (dataclasses.asdict) is needed."""
        return {**{f.name: getattr(self, f.name) for f in fields(self)}, "severity": self.severity.value}


def run_checks(
    doc: OrganizationDocument,
    lang: str = "fi",
    today: dt.date | None = None,
    accepted: Collection[AcceptedKey] = frozenset(),
) -> list[Finding]:
    """Every finding of every rule on the document, worst first."""
    facts = DocumentFacts(doc, today or dt.date.today())
    rules = all_rules()
    problems: list[tuple[Rule, Problem, int | None]] = []
    for r in rules.values():
        if not r.per_register:
            problems += [(r, problem, problem.register_index) for problem in r.check(facts)]
    per_register = [r for r in rules.values() if r.per_register]
    context = _context_key(facts)
    for subject in facts.registers:
        found = _register_problems(subject, per_register, context)
        problems += [(r, problem, subject.index) for r, problem in found]
    findings = []
    for r, problem, index in problems:
        finding = _finding(r, problem, doc, index, lang)
        findings.append(replace(finding, accepted=finding.key in accepted))
    order = {rule_id: i for i, rule_id in enumerate(rules)}
    findings.sort(
        key=lambda f: (f.accepted, f.severity.rank, -1 if f.register_index is None else f.register_index,
                       order[f.rule], f.field)
    )
    return findings


# A per-register rule reads its register and the document's organisation and catalogue, never the other
# registers. So its problems are remembered by those inputs: checking an organisation again after one
# register changed runs the per-register rules on that register only.
_REMEMBERED: OrderedDict[tuple[str, str], list[tuple[Rule, Problem]]] = OrderedDict()
_REMEMBERED_MAX = 4096
_REMEMBERED_LOCK = threading.Lock()


def _context_key(facts: DocumentFacts) -> str:
    """What besides the register itself decides a per-register rule's problems: the rules, the date,
    and the organisation and catalogue."""
    rest = facts.doc.model_dump_json(exclude={"registers"})
    return hashlib.sha256(f"{' '.join(all_rules())}\n{facts.today.isoformat()}\n{rest}".encode()).hexdigest()


def _register_problems(
    subject: RegisterFacts, per_register: list[Rule], context: str
) -> list[tuple[Rule, Problem]]:
    key = (hashlib.sha256(subject.register.model_dump_json().encode()).hexdigest(), context)
    with _REMEMBERED_LOCK:
        if (known := _REMEMBERED.get(key)) is not None:
            _REMEMBERED.move_to_end(key)
            return known
    found = [(r, problem) for r in per_register for problem in r.check(subject)]
    with _REMEMBERED_LOCK:
        _REMEMBERED[key] = found
        if len(_REMEMBERED) > _REMEMBERED_MAX:
            _REMEMBERED.popitem(last=False)
    return found


def _finding(r: Rule, problem: Problem, doc: OrganizationDocument, index: int | None, lang: str) -> Finding:
    ref = r.ref.render(lang) if isinstance(r.ref, Msg) else r.ref
    return Finding(
        rule=r.id,
        severity=problem.severity or r.severity,
        register=doc.registers[index].name if index is not None else None,
        register_index=index,
        field=problem.field,
        message=problem.message.render(lang, **problem.params),
        hint=(problem.hint or r.hint).render(lang, **problem.params),
        legal_ref=ref,
    )


# Points a finding takes off the score of its register (or of the organisation).
PENALTY = {Severity.ERROR: 20, Severity.WARNING: 5, Severity.INFO: 0}


@dataclass(frozen=True)
class Score:
    value: int  # 0–100
    counts: dict[Severity, int]  # findings per severity, accepted ones left out
    accepted: int


def score(findings: Iterable[Finding], registers: int | None = None) -> Score:
    """A 0–100 dashboard score: the mean of the registers' scores (each 100 less its penalties) and, when
    the organisation itself or its catalogue has findings, of the organisation's own part scored the same
    way. Accepted findings do not count. An organisation with no registers has documented nothing: 0.

    `registers` is the number of registers in the document, so registers without findings count
    as 100; without it only the registers with findings are known.
    """
    findings = list(findings)
    open_findings = [f for f in findings if not f.accepted]
    counts = Counter(f.severity for f in open_findings)
    per_register: Counter[int] = Counter()
    organisation = 0
    for f in open_findings:
        if f.register_index is None:
            organisation += PENALTY[f.severity]
        else:
            per_register[f.register_index] += PENALTY[f.severity]
    indices = range(registers) if registers is not None else {f.register_index for f in findings} - {None}
    parts = [max(0, 100 - per_register[i]) for i in indices]
    if organisation or not parts:
        # One register at 90 and a catalogue with problems is between the two, not 0.
        parts.append(max(0, 100 - organisation) if registers != 0 else 0)
    value = round(sum(parts) / len(parts))
    return Score(
        value=max(0, min(100, value)),
        counts={s: counts.get(s, 0) for s in Severity},
        accepted=len(findings) - len(open_findings),
    )
