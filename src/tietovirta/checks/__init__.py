"""Compliance checks over the canonical format, without a database.

    from tietovirta.checks import run_checks, score
    findings = run_checks(doc, lang="fi")

Each finding names its rule (the stable ids of LEGAL.md §7), severity, register, field, a message
and a hint in the user's language, and the legal reference.
"""

from tietovirta.checks.engine import (
    RULES,
    Finding,
    Problem,
    Rule,
    Score,
    Severity,
    all_rules,
    rule,
    run_checks,
    score,
)

__all__ = [
    "RULES", "Finding", "Problem", "Rule", "Score", "Severity", "all_rules", "rule", "run_checks", "score",
]
