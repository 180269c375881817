"""What the assessment pages need, worked out from the canonical register with tietovirta.risk.

Views stay thin: they call these functions. The database rows are read and written through the
same field mapping as everything else (interchange), so an assessment on a page, in a document and
in an export is one and the same.
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
    store_assessment(row, assessment)
    return row


def current_fingerprint(register: Register) -> tuple[str, dict[str, Evidence]]:
    """The register's suggestions now: the fingerprint to record with answers, and the evidence."""
    doc = register_document(register)
    shown = risk.evidence(doc.registers[0], doc)
    return risk.fingerprint_of(shown), shown


def document_index(row: RiskAssessment) -> int:
    """The position of the assessment in its canonical register (what `render(assessment=…)` takes)."""
    ids = list(RiskAssessment.objects.filter(register_id=row.register_id).values_list("pk", flat=True))
    return ids.index(row.pk)
