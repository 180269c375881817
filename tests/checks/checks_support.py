"""Helpers for the checks tests: the three complete registers and small documents built from them.

(A module of its own, not conftest.py: test modules import it, and conftest is a name every test
directory may use.)
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

from tietovirta.canonical.schema import OrganizationDocument, parse_document
from tietovirta.checks import Finding, run_checks

FIXTURES = Path(__file__).parent / "fixtures"
TODAY = dt.date(2026, 4, 1)
LANGS = ("fi", "sv", "en")


def complete(lang: str) -> dict[str, Any]:
    """A fresh copy of the complete, correct register document in `lang`."""
    return copy.deepcopy(json.loads((FIXTURES / f"complete_{lang}.json").read_text(encoding="utf-8")))


def as_doc(data: dict[str, Any]) -> OrganizationDocument:
    return parse_document(data, strict=False)


def findings(data: dict[str, Any] | OrganizationDocument, lang: str = "fi") -> list[Finding]:
    doc = data if isinstance(data, OrganizationDocument) else as_doc(data)
    return run_checks(doc, lang=lang, today=TODAY)


def fired(data: dict[str, Any] | OrganizationDocument, lang: str = "fi") -> dict[str, list[Finding]]:
    """Findings by rule id."""
    by_rule: dict[str, list[Finding]] = {}
    for f in findings(data, lang):
        by_rule.setdefault(f.rule, []).append(f)
    return by_rule


def minimal(organization: str = "Testi Oy", **register: Any) -> dict[str, Any]:
    """A document with one register holding only the given fields."""
    return {
        "schema_version": "1.0",
        "organization": {"name": organization},
        "registers": [{"name": register.pop("name", "Asiakasrekisteri"), **register}],
    }
