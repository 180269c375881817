"""Risk assessments: what the pages need, and the one place that writes assessments.

Views stay thin: they call these functions. The database rows are read and written through the
same field mapping as everything else (interchange), so an assessment on a page, in a document and
in an export is one and the same.

The rules of writing live here, for the pages, the API and `load` alike: an assessment is updated
in place, matched by its uuid (its page keeps its address); a signed assessment is frozen — it can
be neither changed nor removed; a signature comes only from signing off (`sign`).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Max
from django.utils import timezone

from tietovirta import canonical as c
from tietovirta import risk
from tietovirta.analysis.facts import Evidence
from tietovirta.assessments.models import RiskAssessment
from tietovirta.interchange import assessment_to_canonical, register_document, store_assessment
from tietovirta.registers.models import Register

SIGNED = "a signed assessment cannot be changed; start a new assessment instead"

_SECURITY_FIELDS = ("security_text", "security_manual_text", "security_electronic_text")


@dataclass
class Assessed:
    """One assessment with its screening result."""

    row: RiskAssessment
    item: c.RiskAssessment
    screening: risk.Screening
    latest: bool

    @property
    def signed(self) -> bool:
        return risk.is_signed(self.item)


@dataclass
class RegisterAssessments:
    """A register's assessments (newest first), the one that counts and whether it is out of date."""

    assessments: list[Assessed]
    latest: Assessed | None
    change: risk.Change  # how the register's suggestions moved since the latest screening
    suggested: risk.Screening  # what the register itself suggests today
    evidence: dict[str, Evidence]  # the words in the register behind each suggestion


def to_canonical(row: RiskAssessment) -> c.RiskAssessment:
    return assessment_to_canonical(row)


def security_measures(item: c.Register) -> str:
    """The register's own security description, offered as the existing measures of each risk."""
    return "\n\n".join(text for name in _SECURITY_FIELDS if (text := getattr(item, name).strip()))


def register_assessments(
    register: Register, doc: c.OrganizationDocument | None = None
) -> RegisterAssessments:
    """`doc` is `register_document(register)` when the caller has it already."""
    doc = doc or register_document(register)
    item = doc.registers[0]
    rows = list(register.risk_assessments.all())
    latest_index = risk.latest_index(item.risk_assessments)
    assessed = [
        Assessed(row, a, risk.evaluate(a.screening.answers), i == latest_index)
        for i, (row, a) in enumerate(zip(rows, item.risk_assessments, strict=True))
    ]
    shown = risk.evidence(item, doc)
    latest = assessed[latest_index] if latest_index is not None else None
    fingerprint = risk.fingerprint_of(shown)
    change = risk.screening_change(latest.item.screening, fingerprint) if latest else risk.Change((), ())
    return RegisterAssessments(
        assessments=[assessed[i] for i in risk.newest_first(item.risk_assessments)],
        latest=latest,
        change=change,
        suggested=risk.evaluate({cr.id: cr.id in shown for cr in risk.CRITERIA}),
        evidence=shown,
    )


def new_assessment(register: Register, *, title: str, lang: str) -> RiskAssessment:
    """A new draft: answers suggested by the register, the criteria an earlier assessment found met kept
    (what the user knew), and the earlier risks – or the three default ones – to re-rate."""
    doc = register_document(register)
    item = doc.registers[0]
    shown = risk.evidence(item, doc)
    answers = {cr.id: cr.id in shown for cr in risk.CRITERIA}
    previous = risk.latest_assessment(item.risk_assessments)
    if previous is not None:
        answers.update({k: True for k, met in previous.screening.answers.items() if met and k in answers})
        risks = [r.model_copy() for r in previous.risks]
    else:
        risks = risk.default_risks(lang, security_measures(item))
    assessment = c.RiskAssessment(
        title=title,
        assessed_on=timezone.localdate(),
        screening=c.DpiaScreening(answers=answers, fingerprint=risk.fingerprint_of(shown)),
        risks=risks,
    )
    last = register.risk_assessments.aggregate(last=Max("position"))["last"]
    row = RiskAssessment(register=register, position=0 if last is None else last + 1)
    store_assessment(row, c.validate(c.RiskAssessment, assessment))
    return row


def _refuse_if_signed(row: RiskAssessment) -> c.RiskAssessment:
    stored = to_canonical(row)
    if risk.is_signed(stored):
        raise c.DocumentError([("", SIGNED, "assessment_signed", {"title": stored.title})])
    return stored


def save_assessment(row: RiskAssessment, item: c.RiskAssessment) -> None:
    """An edit of a draft assessment (its page): validated, never a signed one, never a signature."""
    stored = _refuse_if_signed(row)
    item = item.model_copy(
        update={"uuid": row.uuid, "signed_by": stored.signed_by, "signed_on": stored.signed_on}
    )
    store_assessment(row, c.validate(c.RiskAssessment, item))


def sign(row: RiskAssessment, *, signed_by: str, signed_on) -> None:
    """Sign off a draft assessment: from now on it is frozen."""
    stored = _refuse_if_signed(row)
    store_assessment(row, c.validate(c.RiskAssessment, stored.model_copy(
        update={"signed_by": signed_by, "signed_on": signed_on}
    )))


def sync_assessments(register: Register, items: list[c.RiskAssessment], *, edit: bool) -> None:
    """Make the register's assessments `items` (validated, in this order), updating rows in place.

    An item is the stored assessment with its uuid, else a new one (with its uuid, if it has one: a
    restored backup). A signed assessment must come back unchanged and cannot be left out. With
    `edit` (a page or the API rather than `load`), signatures are not taken from `items`: a stored
    assessment keeps its own, a new one has none. Raises DocumentError (paths relative to the
    register) before anything is written.
    """
    rows = {row.uuid: row for row in register.risk_assessments.all()} if register.pk else {}
    stored = {key: to_canonical(row) for key, row in rows.items()}
    problems: list[tuple[str, str, str, dict]] = []
    planned: list[tuple[RiskAssessment | None, c.RiskAssessment]] = []
    seen: set = set()
    for index, item in enumerate(items):
        if item.uuid is not None and item.uuid in seen:
            problems.append((f"risk_assessments[{index}].uuid", "the same uuid twice", "duplicate_uuid", {}))
            continue
        before = stored.get(item.uuid) if item.uuid is not None else None
        seen.add(item.uuid)
        if edit:
            item = item.model_copy(update={
                "uuid": item.uuid if before is not None else None,
                "signed_by": before.signed_by if before else "",
                "signed_on": before.signed_on if before else None,
            })
        if before is not None and risk.is_signed(before) and item != before:
            problems.append(
                (f"risk_assessments[{index}]", SIGNED, "assessment_signed", {"title": before.title})
            )
        planned.append((rows.get(item.uuid) if before is not None else None, item))
    for key, before in stored.items():
        if key not in seen and risk.is_signed(before):
            problems.append((
                "risk_assessments",
                f"the signed assessment '{before.title}' cannot be removed",
                "assessment_signed_removed",
                {"title": before.title},
            ))
    if problems:
        raise c.DocumentError(problems)
    for key, row in rows.items():
        if key not in seen:
            row.delete()
    for position, (row, item) in enumerate(planned):
        if row is not None and row.position == position and stored[row.uuid] == item:
            continue  # unchanged: no write, no new version in its history
        row = row or RiskAssessment(register=register)
        row.position = position
        store_assessment(row, item)


def current_fingerprint(register: Register) -> tuple[str, dict[str, Evidence]]:
    """The register's suggestions now: the fingerprint to record with answers, and the evidence."""
    doc = register_document(register)
    shown = risk.evidence(doc.registers[0], doc)
    return risk.fingerprint_of(shown), shown


def document_index(row: RiskAssessment) -> int:
    """The position of the assessment in its canonical register (what `render(assessment=…)` takes)."""
    ids = list(RiskAssessment.objects.filter(register_id=row.register_id).values_list("pk", flat=True))
    return ids.index(row.pk)
