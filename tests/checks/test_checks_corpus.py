"""The checks on registers written for the purpose (corpus/checks): how many false errors on correct
registers, how many planted defects found. The development part is what the rules were tuned on; the
blind part is only scored, in aggregate, so that it measures what the rules do on registers nobody
tuned them to. Figures: `make bench` (docs/benchmarks.md)."""

from __future__ import annotations

from checks_corpus import labels, score


def test_the_corpus_is_split_once_and_stratified() -> None:
    by_split: dict[str, dict[str, int]] = {}
    for label in labels().values():
        counts = by_split.setdefault(label["split"], {"clean": 0, "defective": 0})
        counts[label["kind"]] += 1
    assert set(by_split) == {"dev", "blind"}
    for counts in by_split.values():
        assert counts["clean"] >= 10 and counts["defective"] >= 10


def test_correct_registers_raise_almost_no_errors() -> None:
    # Floor, not target: at most one false error in four correct registers, in each part.
    for split in ("dev", "blind"):
        result = score(split)
        assert result.false_errors_per_clean <= (0.25 if split == "dev" else 0.5), (
            split,
            result.false_by_rule.most_common(),
        )


def test_planted_defects_are_found() -> None:
    for split, floor in (("dev", 0.45), ("blind", 0.45)):
        result = score(split)
        assert result.recall >= floor, (split, result.missed_by_rule.most_common())
        assert result.false_errors_defective <= result.defective, (split, result.false_by_rule.most_common())
