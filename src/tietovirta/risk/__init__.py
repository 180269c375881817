"""DPIA screening and risk assessment of a register, without a database.

    from tietovirta import risk
    answers = risk.prefill(register, document)        # suggested from what the register says
    result = risk.evaluate(answers)                   # required / likely / not required, with reasons
    risk.risk_level(severity=3, likelihood=2)         # RiskLevel.MEDIUM
    svg = risk.matrix.to_svg(assessment.risks, "fi")  # the severity × likelihood picture

Criteria (criteria.py) are WP248 rev.01 1–9, GDPR Art. 35(3) a–c and the Finnish Data Protection
Ombudsman's list (LEGAL.md §5); the scale (scale.py) is the CNIL four-level one.
"""

from tietovirta.risk import matrix
from tietovirta.risk.criteria import CRITERIA, CRITERIA_BY_ID, SOURCE_LABEL, WP248_IDS, Criterion, Source
from tietovirta.risk.scale import (
    LEVEL_LABEL,
    LEVELS,
    SCALE,
    RiskLevel,
    default_risks,
    is_signed,
    latest_assessment,
    latest_index,
    newest_first,
    residual,
    residual_level,
    risk_level,
    scale_label,
    sign_off_problems,
    worst_residual,
)
from tietovirta.risk.screening import (
    OUTCOME_LABEL,
    Change,
    Outcome,
    Screening,
    criterion_ref,
    evaluate,
    evidence,
    fingerprint_of,
    infer,
    prefill,
    screening_change,
    screening_fingerprint,
)

__all__ = [
    "CRITERIA",
    "CRITERIA_BY_ID",
    "LEVELS",
    "LEVEL_LABEL",
    "OUTCOME_LABEL",
    "SCALE",
    "SOURCE_LABEL",
    "WP248_IDS",
    "Change",
    "Criterion",
    "Outcome",
    "RiskLevel",
    "Screening",
    "Source",
    "criterion_ref",
    "default_risks",
    "evaluate",
    "evidence",
    "fingerprint_of",
    "infer",
    "is_signed",
    "latest_assessment",
    "latest_index",
    "matrix",
    "newest_first",
    "prefill",
    "residual",
    "residual_level",
    "risk_level",
    "scale_label",
    "screening_change",
    "screening_fingerprint",
    "sign_off_problems",
    "worst_residual",
]
