"""review-overdue follows the review cycle: the later of the last edit and the last review counts."""

import datetime as dt

from tietovirta import canonical as c
from tietovirta.checks import run_checks

TODAY = dt.date(2026, 11, 22)


def _rules(**register) -> set[str]:
    doc = c.OrganizationDocument(organization=c.Organization(name="Testi Oy"),
                                 registers=[c.Register(name="A", **register)])
    return {f.rule for f in run_checks(doc, today=TODAY)}


def test_overdue_when_neither_edited_nor_reviewed_within_the_interval():
    assert "review-overdue" in _rules(modified_at=dt.datetime(2025, 10, 1, tzinfo=dt.UTC))


def test_a_recent_review_without_changes_counts():
    assert "review-overdue" not in _rules(modified_at=dt.datetime(2025, 10, 1, tzinfo=dt.UTC),
                                          reviewed_on=dt.date(2026, 6, 1))


def test_the_interval_is_the_registers_own():
    recent = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
    assert "review-overdue" not in _rules(modified_at=recent)
    assert "review-overdue" in _rules(modified_at=recent, review_interval_months=3)
