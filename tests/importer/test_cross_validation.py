"""The out-of-fold estimate (`bench/bench_import.py --cross-validate`): each fold's model is trained on
documents that fold never scores, every development document is scored exactly once, and imports
under `classify.using()` classify with the model given, not the committed one."""

from __future__ import annotations

from real_corpus import entries, folds

from tietovirta.importer import classify, train
from tietovirta.importer.sections import Section


def test_no_fold_trains_on_a_document_it_scores_nor_on_a_version_of_one():
    plan = folds(5)
    real_ids = {d.id for d in train.load_real("dev")}
    scored: list[str] = []
    for fold in plan:
        trained = {d.id for d in fold.training}
        # A PDF, DOCX or scan made from a document is the same document: held out with it.
        held_out = {e.id for e in fold.held_out} | {e.derived_from for e in fold.held_out if e.derived_from}
        assert fold.held_out and trained & real_ids
        assert not trained & held_out
        # Everything else of the development part is trained on: a fold is not starved.
        assert real_ids - held_out <= trained
        scored += [e.id for e in fold.held_out]
    assert sorted(scored) == sorted(e.id for e in entries("dev"))


def test_a_model_is_trained_on_exactly_the_documents_it_is_given():
    docs = train.load_invented()[:12]
    meta = train.build(docs)["meta"]
    assert meta["documents"] == 12
    assert meta["data_digest"] == train.data_digest(docs)
    assert meta["data_digest"] != train.data_digest(train.load_invented()[:11])


def test_imports_under_using_classify_with_the_model_given():
    small = classify.from_data(train.build(train.load_invented()[:12]))
    committed = classify.model()
    section = Section("Henkilötietojen säilytysaika")
    with classify.using(small):
        assert classify.model() is small
        assert classify.model().section(section) == small.section(section)
    assert classify.model() is committed
    assert small.section(section) != committed.section(section)
