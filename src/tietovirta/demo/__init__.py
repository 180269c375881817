"""Demo data: five organisations transcribed from the seed documents, and register templates.

The fixtures are canonical documents (exactly what `OrganizationDocument.to_json()` writes) that keep
the seeds' defects on purpose, so the checks have real findings to show. `fixtures/README.md` records
every mapping decision.
"""

from __future__ import annotations

from pathlib import Path

from tietovirta.canonical.schema import OrganizationDocument, parse_document

FIXTURES_DIR = Path(__file__).with_name("fixtures")


def demo_fixture_paths() -> list[Path]:
    """The demo documents in load order (their names start with the seed number)."""
    return sorted(FIXTURES_DIR.glob("*.json"))


def load_demo_documents() -> list[OrganizationDocument]:
    """Every demo document, parsed strictly."""
    return [parse_document(path.read_text(encoding="utf-8"), strict=True) for path in demo_fixture_paths()]
