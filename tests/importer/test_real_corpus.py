"""The importer on real published documents (corpus/importer). Floors, not targets: they catch a change
that makes the importer worse on documents nobody here wrote. The figures and the targets are in
docs/benchmarks.md (`make bench-import`)."""

from __future__ import annotations

import pytest
from real_corpus import entries, score_corpus


def test_the_blind_part_is_a_third_of_each_language_and_never_what_training_reads() -> None:
    originals = [e for e in entries() if not e.derived_from]
    for language in ("fi", "sv", "en"):
        of_language = [e for e in originals if e.language == language]
        blind = [e for e in of_language if e.split == "blind"]
        assert 0.25 <= len(blind) / len(of_language) <= 0.4, language
    assert len([e for e in originals if e.split == "blind"]) >= 50
    by_id = {e.id: e for e in entries()}
    for entry in entries():
        if entry.derived_from:  # a PDF or DOCX made from a document stays in its document's part
            assert entry.split == by_id[entry.derived_from].split, entry.id


@pytest.mark.parametrize(("split", "floor"), [("dev", 0.68), ("blind", 0.56)])
def test_field_accuracy_stays_above_its_floor(split: str, floor: float) -> None:
    run = score_corpus(split)
    assert run.result.total.accuracy >= floor, run.result.total
    systems = run.result.entities["systems"]
    assert systems.precision >= 0.6 and systems.recall >= 0.4, systems
