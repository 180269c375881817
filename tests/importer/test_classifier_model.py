"""The field classifier: the committed model is the one the training command makes from the corpora in
the repository, training is reproducible, and the model answers for the headings documents use."""

import gzip
import json

from tietovirta.importer import classify, train
from tietovirta.importer.blocks import Block
from tietovirta.importer.sections import Section


def test_the_committed_model_was_trained_on_the_corpora_as_they_are():
    with gzip.open(classify.MODEL_PATH, "rt", encoding="utf-8") as handle:
        meta = json.load(handle)["meta"]
    docs = train.load_real("dev") + train.load_invented()
    assert meta["data_digest"] == train.data_digest(docs), "run: tietovirta train-importer"
    assert meta["documents"] == len(docs)


def test_training_never_reads_the_blind_part():
    try:
        train.load_real("blind")
    except ValueError as error:
        assert "development part" in str(error)
    else:
        raise AssertionError("the blind part was loaded for training")
    ids = {d.id for d in train.load_real("dev")}
    manifest = (train.REAL / "manifest.csv").read_text(encoding="utf-8")
    blind = {line.split(",")[0] for line in manifest.splitlines()[1:] if ",blind," in line}
    assert ids and not ids & blind


def test_training_gives_the_same_model_twice(tmp_path):
    docs = train.load_invented()[:12]
    lemmas = train.build_lemmas(docs)
    rows, targets, _ = train._section_rows(docs, lemmas)
    first = train._fit(rows, targets, multinomial=False)
    second = train._fit(rows, targets, multinomial=False)
    assert first.classes == second.classes and first.index == second.index
    assert (first.weights == second.weights).all() and (first.bias == second.bias).all()


def test_the_model_knows_headings_in_three_languages_and_question_form():
    model = classify.model()

    def best(heading: str, body: str = "") -> str:
        probs = model.section(Section(heading, blocks=[]) if not body else Section(heading))
        return max(probs, key=probs.get)

    assert best("Henkilötietojen säilytysaika") == "retention"
    assert best("Ändamålet med behandlingen") == "purpose"
    assert best("How long do we keep your data?") == "retention"
    assert best("Mihin käytämme tietojasi?") == "purpose"
    assert best("Rekisterinpitäjän yhteystiedot") == "controller"


def test_calibrated_confidence_rises_with_the_score():
    model = classify.model()
    values = [model.calibrated(x) for x in (0.1, 0.5, 0.9, 0.99)]
    assert values == sorted(values) and values[0] < values[-1]


def _labelled(sections: list[Section], **texts: str) -> train.Labelled:
    return train.Labelled("test", "fi", sections, {cls: train._norm(text) for cls, text in texts.items()})


def test_a_paragraph_the_labels_split_between_fields_trains_the_section_as_each_of_them():
    # LABELLING.md: "put each sentence in the field it answers" — the paragraph as a whole is in neither.
    purpose = "Käytämme tietoja tilausten toimittamiseen ja asiakaspalveluun."
    basis = "Käsittelyn oikeusperuste on asiakkaan kanssa tehty sopimus."
    section = Section("Tarkoitus ja oikeusperuste", blocks=[Block("paragraph", f"{purpose} {basis}")])
    doc = _labelled([section], purpose=purpose, legal_basis=basis)
    assert train.section_classes(section, doc) == {"purpose", "legal_basis"}


def test_sentences_are_cut_as_an_import_cuts_them_and_those_in_no_field_train_as_other():
    # "esim. Postille" ends no sentence for the importer (assign.sentences_of), so not for training either.
    purpose = "Käytämme tietoja tilausten toimittamiseen, esim. Postille annettaviin lähetyksiin."
    aside = "Lisätietoja saat asiakaspalvelustamme arkisin."
    section = Section("Käsittelyn tarkoitus", blocks=[Block("paragraph", f"{purpose} {aside}")])
    doc = _labelled([section], purpose=purpose)
    assert train.section_classes(section, doc) == {"purpose"}
    # The aside is in no field although its section answers the purpose.
    assert train.sentence_examples(doc) == [(purpose, "purpose"), (aside, "other")]


def _sentence_answer(model: classify.Model, sentence: str) -> str:
    probs = model.sentences.probabilities(classify.sentence_features(sentence, model.lemmas))
    return max(probs, key=probs.get)


def test_the_sentence_model_weighs_what_a_sentence_says_by_its_form(monkeypatch):
    # Whether the data must be given, whose data is kept, what the interest is: the analysis layer reads it
    # from the sentence's form, and the committed sentence model learned to trust that reading. Its words
    # alone point elsewhere (to retention, to the data collected, to the purpose).
    model = classify.model()
    said = {
        "Tietojen antaminen on vapaaehtoista, mutta ilman niitä emme voi toimittaa tilausta.": (
            "statutory_requirement"
        ),
        "Providing your personal data is voluntary, but without it we cannot deliver your order.": (
            "statutory_requirement"
        ),
        "Rekisteri sisältää tietoja asiakkaista ja potentiaalisista asiakkaista.": "data_subjects",
        "Registret innehåller uppgifter om kunder och potentiella kunder.": "data_subjects",
        "Our legitimate interest is to develop our services and keep our customers informed.": (
            "legitimate_interest"
        ),
    }
    assert {s: _sentence_answer(model, s) for s in said} == said
    monkeypatch.setattr(classify, "reading_features", lambda sentence: {})
    assert all(_sentence_answer(model, s) != field for s, field in said.items())


def test_reading_features_name_what_the_analysis_layer_reads():
    assert "rd:must_be_given" in classify.reading_features("Tietojen antaminen on vapaaehtoista.")
    features = classify.reading_features("The legal basis for processing is the contract with the customer.")
    assert {"rd:states_basis", "rd:names_basis_letter"} <= set(features)
    assert classify.reading_features("Käsittelemme seuraavia tietoja:")["rd:introduces"] == 1.0
