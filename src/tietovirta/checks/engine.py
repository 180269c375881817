"""The checks engine: rule registration, running the rules over a document, scoring.

A rule is a small function decorated with `@rule(id, severity, ref=..., hint=...)`. It receives
the facts of one register (or, with `per_register=False`, of the whole document) and yields a
`Problem` for each thing wrong: the field, and a message naming the concrete problem. The engine
turns problems into `Finding`s in the user's language. Rule ids are the stable ids of LEGAL.md §7.

The checks of an organisation are made of one piece per register (`RegisterPiece`: the problems of the
per-register rules, the document-wide rules' problems on the register, and what those rules read of it)
and a step that joins the pieces with the organisation and its catalogue (`join`). A piece depends on the
register, the organisation, the catalogue and the day, never on the other registers, so the dashboard
keeps it by the register's generation and checks only the changed registers again (registers/findings.py).
A document-wide rule therefore comes in two parts: `register_part(RegisterFacts)` gives the problems on
that register and what the organisation-wide part needs of it (`RegisterPart`); `check(ctx, parts)` gets
the organisation and catalogue (`ctx`, without registers) and those parts, in register order.
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
from functools import cache
from typing import Any

from tietovirta import deadlines
from tietovirta.analysis.facts import DocumentFacts, RegisterFacts
from tietovirta.canonical.schema import OrganizationDocument
from tietovirta.checks.messages import Msg
from tietovirta.language import LANGUAGES


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for the worst."""
        return _RANKS[self]


_RANKS = {severity: rank for rank, severity in enumerate(Severity)}


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
class RegisterPart:
    """A document-wide rule's part on one register: its problems there, and what the rule's
    organisation-wide part reads of the register (plain data: it is kept with the register's piece)."""

    problems: list[Problem] = field(default_factory=list)
    read: Any = None


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    ref: str | Msg
    hint: Msg
    check: Callable[..., Iterable[Problem]]
    per_register: bool = True
    # A document-wide rule's part on each register (see the module's docstring); `check` then also gets
    # the parts' `read`, one per register in the document's order.
    register_part: Callable[[RegisterFacts], RegisterPart] | None = None


RULES: dict[str, Rule] = {}


def rule(
    rule_id: str, severity: Severity, *, ref: str | Msg, hint: Msg, per_register: bool = True,
    register_part: Callable[[RegisterFacts], RegisterPart] | None = None,
) -> Callable[[Callable[..., Iterable[Problem]]], Callable[..., Iterable[Problem]]]:
    """Register a rule. The function gets a `RegisterFacts` (or a `DocumentFacts` of the organisation
    and its catalogue when `per_register` is False, and with `register_part` also the parts' `read`)
    and yields `Problem`s."""

    def register(check: Callable[..., Iterable[Problem]]) -> Callable[..., Iterable[Problem]]:
        if rule_id in RULES:
            raise ValueError(f"rule '{rule_id}' is defined twice")
        RULES[rule_id] = Rule(rule_id, severity, ref, hint, check, per_register, register_part)
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
        values = {name: getattr(self, name) for name in field_names(type(self))}
        return {**values, "severity": self.severity.value}


@cache
def field_names(kind: type) -> tuple[str, ...]:
    """The names of a dataclass's fields (dataclasses.fields, read once per class: findings are many)."""
    return tuple(f.name for f in fields(kind))


def run_checks(
    doc: OrganizationDocument,
    lang: str = "fi",
    today: dt.date | None = None,
    accepted: Collection[AcceptedKey] = frozenset(),
) -> list[Finding]:
    """Every finding of every rule on the document, worst first."""
    facts = DocumentFacts(doc, today or deadlines.today())
    context = context_key(facts)
    pieces = [register_piece(subject, context) for subject in facts.registers]
    return join(organization_facts(doc, facts.today), pieces, lang, accepted)


def organization_facts(doc: OrganizationDocument, today: dt.date) -> DocumentFacts:
    """The facts the document-wide rules' organisation-wide parts read: the organisation and its
    catalogue, without the registers (those they read from the registers' pieces)."""
    return DocumentFacts(doc.model_copy(update={"registers": []}), today)


@dataclass(frozen=True)
class RegisterPiece:
    """What one register adds to its organisation's checks (see the module's docstring): its name, the
    problems on it (rule id and problem), what the document-wide rules read of it, and the risks it has
    accepted (rule id and field). Plain data, so that it can be kept."""

    name: str
    problems: list[tuple[str, Problem]]
    read: dict[str, Any]
    accepted: list[tuple[str, str]]
    # Each problem's texts (message, hint, legal reference) in each language, rendered once with the piece:
    # joining the pieces again after one register changed renders only that register's and the
    # organisation's.
    texts: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)


def join(
    organization: DocumentFacts,
    pieces: list[RegisterPiece],
    lang: str = "fi",
    accepted: Collection[AcceptedKey] = frozenset(),
) -> list[Finding]:
    """The findings of an organisation (`organization_facts`) whose registers gave these pieces, in the
    document's order, worst first."""
    rules = all_rules()
    problems: list[tuple[Rule, Problem, int | None]] = []
    for r in rules.values():
        if r.per_register:
            continue
        found = r.check(organization) if r.register_part is None else r.check(
            organization, [piece.read.get(r.id) for piece in pieces]
        )
        problems += [(r, problem, problem.register_index) for problem in found]
    texts: list[tuple[str, str, str] | None] = [None] * len(problems)
    for index, piece in enumerate(pieces):
        problems += [(rules[rule_id], problem, index) for rule_id, problem in piece.problems]
        texts += piece.texts.get(lang) or [None] * len(piece.problems)
    names = [piece.name for piece in pieces]
    findings = []
    for (r, problem, index), said in zip(problems, texts, strict=True):
        finding = _finding(r, problem, names, index, said or _texts(r, problem, lang))
        findings.append(replace(finding, accepted=finding.key in accepted) if accepted else finding)
    order = {rule_id: i for i, rule_id in enumerate(rules)}
    findings.sort(
        key=lambda f: (f.accepted, f.severity.rank, -1 if f.register_index is None else f.register_index,
                       order[f.rule], f.field)
    )
    return findings


# A register's piece reads its register and the document's organisation and catalogue, never the other
# registers. So pieces are remembered by those inputs: checking an organisation again after one register
# changed makes the piece of that register only.
_REMEMBERED: OrderedDict[tuple[str, str], RegisterPiece] = OrderedDict()
_REMEMBERED_MAX = 4096
_REMEMBERED_LOCK = threading.Lock()


def context_key(facts: DocumentFacts) -> str:
    """What besides the register itself decides its piece: the rules, the date, and the organisation and
    catalogue."""
    rest = facts.doc.model_dump_json(exclude={"registers"})
    return hashlib.sha256(f"{' '.join(all_rules())}\n{facts.today.isoformat()}\n{rest}".encode()).hexdigest()


def register_piece(subject: RegisterFacts, context: str) -> RegisterPiece:
    """The register's piece (`subject` in a document with the organisation and catalogue, `context` its
    `context_key`), remembered by the register's content and the context."""
    key = (hashlib.sha256(subject.register.model_dump_json().encode()).hexdigest(), context)
    with _REMEMBERED_LOCK:
        if (known := _REMEMBERED.get(key)) is not None:
            _REMEMBERED.move_to_end(key)
            return known
    piece = make_piece(subject)
    with _REMEMBERED_LOCK:
        _REMEMBERED[key] = piece
        if len(_REMEMBERED) > _REMEMBERED_MAX:
            _REMEMBERED.popitem(last=False)
    return piece


def make_piece(subject: RegisterFacts) -> RegisterPiece:
    """The register's piece, made now: every rule's problems on it, and what the document-wide rules read."""
    problems: list[tuple[str, Problem]] = []
    read: dict[str, Any] = {}
    for r in all_rules().values():
        if r.per_register:
            problems += [(r.id, problem) for problem in r.check(subject)]
        elif r.register_part is not None:
            part = r.register_part(subject)
            problems += [(r.id, problem) for problem in part.problems]
            read[r.id] = part.read
    accepted = [(a.rule, a.field) for a in subject.register.accepted_findings]
    rules = all_rules()
    texts = {
        lang: [_texts(rules[rule_id], problem, lang) for rule_id, problem in problems] for lang in LANGUAGES
    }
    return RegisterPiece(subject.register.name, problems, read, accepted, texts)


def _texts(r: Rule, problem: Problem, lang: str) -> tuple[str, str, str]:
    """The problem's message, hint and legal reference in `lang`."""
    return (
        problem.message.render(lang, **problem.params),
        (problem.hint or r.hint).render(lang, **problem.params),
        r.ref.render(lang) if isinstance(r.ref, Msg) else r.ref,
    )


def _finding(
    r: Rule, problem: Problem, names: list[str], index: int | None, texts: tuple[str, str, str]
) -> Finding:
    message, hint, ref = texts
    return Finding(
        rule=r.id,
        severity=problem.severity or r.severity,
        register=names[index] if index is not None else None,
        register_index=index,
        field=problem.field,
        message=message,
        hint=hint,
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
