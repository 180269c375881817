"""Scoring the checks on the checks corpus (corpus/checks): registers written for the purpose, imported
from their text as a user would bring them, then checked.

- Clean registers are correct and complete: every error-level finding on one is a false error.
- Defective registers carry planted defects: a planted rule id that fires (at any severity) is found;
  an error-level finding whose rule is neither planted nor listed as one that may fire is a false error.
The corpus is split once, stratified by clean/defective (labels.json `split`); the blind part is only
scored, in aggregate.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tietovirta.checks import run_checks
from tietovirta.checks.engine import Finding, Severity
from tietovirta.importer import import_bytes

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "checks"
# The day the corpus was written: review-overdue and DPF-check ages are judged against it.
TODAY = dt.date(2026, 12, 2)


def labels() -> dict[str, dict]:
    return json.loads((CORPUS / "labels.json").read_text(encoding="utf-8"))


def findings_of(doc_id: str, label: dict) -> list[Finding]:
    path = CORPUS / label["file"]
    result = import_bytes(path.read_bytes(), path.name, lang=label["language"])
    return run_checks(result.document, lang=label["language"], today=TODAY)


@dataclass
class CheckScore:
    clean: int = 0
    defective: int = 0
    false_errors_clean: int = 0
    false_errors_defective: int = 0
    planted: int = 0
    found: int = 0
    found_as_warning: int = 0  # of `found`, those reported as a warning or an error (not only a note)
    false_by_rule: Counter[str] = field(default_factory=Counter)
    missed_by_rule: Counter[str] = field(default_factory=Counter)
    details: list[tuple[str, str, str]] = field(default_factory=list)  # (doc, kind, rule/message) dev only

    @property
    def false_errors_per_clean(self) -> float:
        return self.false_errors_clean / self.clean if self.clean else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.planted if self.planted else 1.0


def score(split: str, keep_details: bool = False) -> CheckScore:
    result = CheckScore()
    for doc_id, label in sorted(labels().items()):
        if label["split"] != split:
            continue
        found = findings_of(doc_id, label)
        errors = [f for f in found if f.severity is Severity.ERROR and not f.accepted]
        fired = {f.rule for f in found}
        serious = {f.rule for f in found if f.severity is not Severity.INFO}
        allowed = set(label.get("must_fire", [])) | set(label.get("may_fire", []))
        false = [f for f in errors if f.rule not in allowed]
        if label["kind"] == "clean":
            result.clean += 1
            result.false_errors_clean += len(false)
        else:
            result.defective += 1
            result.false_errors_defective += len(false)
            for rule in label.get("must_fire", []):
                result.planted += 1
                if rule in fired:
                    result.found += 1
                    result.found_as_warning += rule in serious
                else:
                    result.missed_by_rule[rule] += 1
                    if keep_details:
                        result.details.append((doc_id, "missed", rule))
        for f in false:
            result.false_by_rule[f.rule] += 1
            if keep_details:
                result.details.append((doc_id, "false", f"{f.rule}: {f.message}"))
    return result
