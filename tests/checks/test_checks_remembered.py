"""Per-register findings are remembered between runs, but only while everything they read is the same:
the register, the organisation and catalogue, the date and the rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from checks_support import as_doc, complete

from tietovirta.checks import engine, run_checks


def _rules(doc, today: dt.date) -> set[tuple[str, int | None]]:
    return {(f.rule, f.register_index) for f in run_checks(as_doc(doc), lang="fi", today=today)}


def test_the_same_register_in_another_organisation_is_checked_against_that_organisation() -> None:
    company = complete("fi")
    company["registers"][0]["legal_bases"] = ["f"]  # legitimate interest
    company["registers"][0]["legitimate_interest_text"] = "Asiakassuhteen hoitaminen ja markkinointi."
    today = dt.date(2026, 11, 22)
    assert ("public-authority-legitimate-interest", 0) not in _rules(company, today)
    authority = {**company, "organization": {**company["organization"], "is_public_authority": True}}
    # The register is unchanged; only the organisation differs, so nothing remembered may be reused.
    assert ("public-authority-legitimate-interest", 0) in _rules(authority, today)
    assert ("public-authority-legitimate-interest", 0) not in _rules(company, today)


def test_a_later_date_is_checked_again() -> None:
    doc = complete("fi")
    doc["registers"][0]["modified_at"] = "2024-01-01T12:00:00+02:00"
    doc["registers"][0]["reviewed_on"] = None
    assert ("review-overdue", 0) not in _rules(doc, dt.date(2024, 6, 1))
    assert ("review-overdue", 0) in _rules(doc, dt.date(2026, 6, 1))


def test_a_register_seen_before_is_not_checked_again(monkeypatch) -> None:
    doc = complete("fi")
    today = dt.date(2026, 11, 22)
    first = run_checks(as_doc(doc), today=today)
    calls = []

    def counted(check):
        return lambda ctx: calls.append(ctx) or check(ctx)

    rules = {
        rule_id: replace(rule, check=counted(rule.check)) if rule.per_register else rule
        for rule_id, rule in engine.all_rules().items()
    }
    monkeypatch.setattr(engine, "RULES", rules)
    assert run_checks(as_doc(doc), today=today) == first
    assert calls == []
    doc["registers"][0]["purpose_text"] = ""
    assert ("purpose-missing", 0) in _rules(doc, today)
    assert calls  # the changed register was checked


def test_kept_pieces_read_back_as_they_were_without_checking_their_texts_again(monkeypatch) -> None:
    """A piece kept in the caches (pickled) reads back equal, its messages rendering as before; its
    texts were checked when the Msg was built, so reading thousands of them back does not check again."""
    import pickle

    from tietovirta.analysis.facts import DocumentFacts
    from tietovirta.language import Msg

    today = dt.date(2026, 11, 22)
    incomplete = complete("fi")
    incomplete["registers"][0]["retention_text"] = ""
    facts = DocumentFacts(as_doc(incomplete), today)
    piece = engine.make_piece(facts.registers[0])
    assert piece.problems, "the register must have problems, so that their messages are read back"
    kept = pickle.dumps(piece)

    def built_again(self, *texts, **by_language):
        raise AssertionError("a kept Msg was checked again")

    monkeypatch.setattr(Msg, "__init__", built_again)
    back = pickle.loads(kept)
    monkeypatch.undo()
    assert back == piece
    for lang in ("fi", "sv", "en"):
        assert engine.join(engine.organization_facts(facts.doc, today), [back], lang) == engine.join(
            engine.organization_facts(facts.doc, today), [piece], lang
        )


def test_without_a_date_the_checks_count_from_the_date_in_finland(clock_at) -> None:
    # 22:30 UTC on 31 May 2025 is already 1 June in Helsinki: a review due on 31 May is overdue, one due
    # on 1 June is not (the server's UTC date, or the real date, would say otherwise for one of them).
    clock_at(dt.datetime(2025, 5, 31, 22, 30, tzinfo=dt.UTC))
    doc = complete("fi")
    doc["registers"][0].update(modified_at=None, review_interval_months=12)
    doc["registers"][0]["reviewed_on"] = "2024-05-31"  # due 31 May 2025
    assert ("review-overdue", 0) in {(f.rule, f.register_index) for f in run_checks(as_doc(doc), lang="fi")}
    doc["registers"][0]["reviewed_on"] = "2024-06-01"  # due 1 June 2025
    found = {(f.rule, f.register_index) for f in run_checks(as_doc(doc), lang="fi")}
    assert ("review-overdue", 0) not in found
