"""Scoring an import against the corpus labels (used by the accuracy test and bench/bench_import.py).

A field is right when the imported value equals the label (text compared with whitespace collapsed,
lists as sets). Per field: precision = right / imported non-empty, recall = right / labelled non-empty;
field accuracy = right / (labelled ∪ imported non-empty), so a spurious value counts against it too.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).parent / "corpus"
ORG_KEYS = ("name", "business_id", "street_address", "postal_code", "city", "country", "email", "phone")
TEXT_KEYS = (
    "sources_text",
    "legal_basis_text",
    "consent_text",
    "consent_withdrawal_text",
    "systems_text",
    "data_collected_text",
    "location_text",
    "processing_location_text",
    "purpose_text",
    "processing_method_text",
    "resulting_registers_text",
    "processors_text",
    "disclosures_text",
    "transfers_text",
    "retention_text",
    "security_text",
    "security_manual_text",
    "security_electronic_text",
    "cookies_text",
    "other_rights_text",
    "privacy_notice_text",
    "access_right_text",
    "rectification_text",
    "risk_text",
    "unmapped_text",
)
PERSON_KEYS = ("name", "email", "phone")


def load_labels() -> dict[str, dict[str, Any]]:
    return json.loads((CORPUS / "labels.json").read_text(encoding="utf-8"))


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list | set | tuple):
        return tuple(sorted({" ".join(str(v).split()).casefold() for v in value}))
    return value


def _empty(value: Any) -> bool:
    return value in (None, "", (), False, 0) and value is not True


def _flat_register(reg: dict[str, Any], prefix: str) -> dict[str, Any]:
    out: dict[str, Any] = {f"{prefix}name": reg.get("name", "")}
    for key in TEXT_KEYS:
        out[f"{prefix}{key}"] = reg.get(key, "")
    for key in ("legal_bases", "sources", "systems", "parties"):
        out[f"{prefix}{key}"] = reg.get(key, [])
    for key in ("retention_period", "retention_unit", "privacy_notice_url"):
        out[f"{prefix}{key}"] = reg.get(key)
    # The switch is scored where the document states it ("Käytä viittauksia …: Kyllä"); otherwise it
    # follows from whether systems were linked, which the systems field already scores.
    if reg.get("use_system_references") is not None:
        out[f"{prefix}use_system_references"] = reg["use_system_references"]
    for person in ("contact_person", "responsible_person"):
        for key in PERSON_KEYS:
            out[f"{prefix}{person}.{key}"] = (reg.get(person) or {}).get(key, "")
    return out


def expected_fields(label: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {f"organization.{k}": label["organization"].get(k, "") for k in ORG_KEYS}
    out["systems"] = label.get("systems", [])
    out["parties"] = label.get("parties", [])
    for i, reg in enumerate(label["registers"]):
        prefix = f"registers[{i}]."
        out.update(_flat_register(reg, prefix))
        out[f"{prefix}hetu"] = bool(reg.get("hetu", False))
        out[f"{prefix}special_categories"] = reg.get("special_categories", [])
        out[f"{prefix}modified_at"] = reg.get("modified_at", "")
    return {k: _norm(v) for k, v in out.items()}


def produced_fields(document: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {f"organization.{k}": document["organization"].get(k, "") for k in ORG_KEYS}
    out["systems"] = [s["name"] for s in document.get("systems", [])]
    out["parties"] = [p["name"] for p in document.get("parties", [])]
    for i, reg in enumerate(document["registers"]):
        prefix = f"registers[{i}]."
        out.update(_flat_register(reg, prefix))
        categories = reg.get("data_categories", [])
        out[f"{prefix}hetu"] = any(c.get("is_hetu") for c in categories)
        out[f"{prefix}special_categories"] = [
            c["special_category"] for c in categories if c.get("special_category")
        ]
        out[f"{prefix}modified_at"] = (reg.get("modified_at") or "")[:10]
    return {k: _norm(v) for k, v in out.items()}


def field_name(key: str) -> str:
    """'registers[1].purpose_text' → 'purpose_text': the name results are grouped by."""
    return key.split("].", 1)[1] if key.startswith("registers[") else key


@dataclass
class Score:
    right: int = 0
    wrong: int = 0  # both non-empty, different
    missed: int = 0  # labelled, not imported
    spurious: int = 0  # imported, not labelled

    @property
    def precision(self) -> float:
        denominator = self.right + self.wrong + self.spurious
        return self.right / denominator if denominator else 1.0

    @property
    def recall(self) -> float:
        denominator = self.right + self.wrong + self.missed
        return self.right / denominator if denominator else 1.0

    @property
    def accuracy(self) -> float:
        total = self.right + self.wrong + self.missed + self.spurious
        return self.right / total if total else 1.0

    def add(self, other: Score) -> None:
        self.right += other.right
        self.wrong += other.wrong
        self.missed += other.missed
        self.spurious += other.spurious


@dataclass
class Evaluation:
    by_field: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    total: Score = field(default_factory=Score)
    errors: list[tuple[str, str, Any, Any]] = field(default_factory=list)  # (document, key, expected, got)


def evaluate(document_name: str, label: dict[str, Any], document: dict[str, Any], into: Evaluation) -> None:
    expected = expected_fields(label)
    produced = produced_fields(document)
    for key in sorted(set(expected) | set(produced)):
        if key.endswith("use_system_references") and key not in expected:
            continue  # scored only where the document states the switch (see _flat_register)
        want, got = expected.get(key), produced.get(key)
        score = Score()
        if _empty(want) and _empty(got):
            continue
        if want == got:
            score.right = 1
        elif _empty(got):
            score.missed = 1
        elif _empty(want):
            score.spurious = 1
        else:
            score.wrong = 1
        if not score.right:
            into.errors.append((document_name, key, want, got))
        into.by_field[field_name(key)].add(score)
        into.total.add(score)
