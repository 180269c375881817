"""Shortcuts taken for speed give the answers of the long way round: the sentence splitter's test for a
text that is one sentence already, the classifier's sums over the features it knows, and the multiword
labels a heading is compared with word by word; and what a sentence names as its subject is read once
per document, into bounded caches; a text's word features and character n-grams are counted in C
and come out as the loops over each word gave them."""

import itertools
import math
from collections import Counter

import numpy as np
from rapidfuzz import fuzz, process
from real_corpus import development_documents

from tietovirta.analysis import text as analysis_text
from tietovirta.analysis.bases import states_the_basis
from tietovirta.importer import assign, classify, headings
from tietovirta.importer.sections import split_sections

# Texts at the edges of what ends a sentence: a mark with and without whitespace after it, a line break
# alone, Unicode whitespace, an abbreviation, a bullet, nothing at all.
EDGES = [
    "",
    "   ",
    "Yksi lause ilman loppumerkkiä",
    "Lause päättyy pisteeseen.",
    "Kaksi lausetta. Toinen alkaa isolla",
    "a.b c!d e?f g;h",
    "Tiedot; Nimi",
    "Tiedot;\u00a0Nimi",
    "Esim. Mailchimp ja puh. 040 123",
    "rivi\njatkuu",
    "rivi\r\nJatkuu",
    "ensin\u2028Sitten",
    "kohta • toinen kohta",
    "▪ luettelo",
    "Art. 6(1)(b)",
    "  välilyöntejä   alussa ja lopussa  ",
    "Kysymys? Vastaus",
    "Loppu!",
]


def _development_texts(limit: int) -> list[str]:
    texts: list[str] = []
    for document in development_documents(limit):
        blocks = [block.full_text() for block in document.blocks]
        texts += blocks + [s for block in blocks for s in analysis_text.sentences(block)]
    return texts


def _split_the_long_way(text: str) -> tuple[str, ...]:
    parts = analysis_text._SENTENCE_END.split(text or "")
    return tuple(s for s in (" ".join(p.split()) for p in parts) if s)


def test_a_text_is_split_into_the_sentences_the_full_pattern_gives():
    texts = [*EDGES, *_development_texts(20)]
    shortcut = [t for t in texts if analysis_text._MAY_END_A_SENTENCE.search(t) is None]
    assert len(shortcut) > 100 and len(texts) - len(shortcut) > 100  # both ways are taken
    for text in texts:
        assert analysis_text.sentences.__wrapped__(text) == _split_the_long_way(text), repr(text)


def test_a_text_the_shortcut_passes_has_nothing_the_full_pattern_splits_at():
    # Every way _SENTENCE_END can match needs what the shortcut looks for; texts built of the pieces that
    # come near it (marks without whitespace, whitespace without marks) split nowhere.
    pieces = ["a", "B", ".", "!", "?", ";", " ", "\t", "\u00a0", "-", "1", "("]
    for first in pieces:
        for second in pieces:
            for third in pieces:
                text = f"x{first}{second}{third}Y"
                if analysis_text._MAY_END_A_SENTENCE.search(text) is None:
                    assert analysis_text._SENTENCE_END.search(text) is None, repr(text)


def _probabilities_the_long_way(linear: classify.LinearModel, features: dict[str, float]) -> dict[str, float]:
    known = [name for name in features if name in linear.index]
    columns = [linear.index[name] for name in known]
    values = [features[name] for name in known]
    scores = linear.bias + np.asarray(values, dtype=np.float32) @ linear.weights[columns]
    if linear.multinomial:
        exp = np.exp(scores - scores.max())
        probs = exp / exp.sum()
    else:
        probs = 1.0 / (1.0 + np.exp(-scores))
    return dict(zip(linear.classes, probs.tolist(), strict=True))


def test_the_models_give_to_the_last_bit_the_probabilities_of_the_full_feature_table():
    model = classify.model()
    cases: list[tuple[classify.LinearModel, dict[str, float]]] = [
        (model.sentences, {}),
        (model.sections, {}),
        (model.sentences, {"not a feature": 1.0, "bw:tarkoitus": 0.5}),
    ]
    texts = _development_texts(8)
    cases += [(model.sentences, classify.sentence_features(t, model.lemmas)) for t in texts[:400]]
    for document in development_documents(8):
        for section in split_sections(document.blocks):
            cases.append((model.sections, classify.section_features(section, model.lemmas)))
    assert len(cases) > 300
    for linear, features in cases:
        assert linear.probabilities(features) == _probabilities_the_long_way(linear, features)


def test_what_a_sentence_names_as_its_subject_is_read_once_into_bounded_caches():
    # The sentence model's features read it first; the register splitter and the assigner ask again.
    sentence = "Henkilötietojen käsittelyn oikeusperusteena on asiakassuhde."
    readers = (analysis_text.names_the_purpose, states_the_basis, assign._stated_topic)
    for reader in readers:
        reader.cache_clear()
    features = classify.reading_features(sentence)
    assert "rd:states_basis" in features and "rd:names_purpose" not in features
    assert assign._stated_topic(sentence) == assign._stated_topic(sentence) == "legal_basis"
    assert [reader.cache_info().misses for reader in readers] == [1, 1, 1]
    assert [reader.cache_info().hits for reader in readers] == [1, 1, 1]
    # Bounded: they hold texts of the document being read, and forget_texts_read (bench/) clears them.
    assert all(reader.cache_parameters()["maxsize"] is not None for reader in readers)


def test_the_likeliest_fields_come_first_and_equally_likely_ones_in_the_models_order():
    probs = {"purpose": 0.2, "legal_basis": 0.5, "other": 0.2, "retention": 0.5, "rights": 0.0, "dpo": -0.0}
    assert assign._top(probs) == [
        ("legal_basis", 0.5),
        ("retention", 0.5),
        ("purpose", 0.2),
        ("other", 0.2),
        ("rights", 0.0),
        ("dpo", -0.0),
    ]
    model = classify.model()
    for text in _development_texts(5)[:300]:
        probs = model.sentence(text)
        assert assign._top(probs) == sorted(probs.items(), key=lambda kv: -kv[1])


def test_a_heading_is_compared_word_by_word_with_the_labels_that_can_match_and_gets_the_same_label():
    labels = headings._multiword_labels()
    lines = [
        "How long do we keep your data",
        "Tietojen säilyttäminen",  # every word of a longer label
        "rekisterinpitäjän yhteystiedot ja tietosuojavastaava",
        # A typo in every word: no word shared, yet as close as the cutoff (96.0) and a little closer.
        "Henkilötietojenn käsittelynn tarkoituss",
        "Henkilötietojenn käsittelynn oikeusperustee",
        *(block.text for document in development_documents(40) for block in document.blocks),
    ]
    matched = 0
    for line in lines:
        norm = headings.normalize(line)
        if not norm:
            continue
        every = process.extractOne(norm, labels, scorer=fuzz.token_set_ratio, score_cutoff=96)
        some = process.extractOne(
            norm, headings._word_candidates(norm), scorer=fuzz.token_set_ratio, score_cutoff=96
        )
        assert (every and every[:2]) == (some and some[:2]), line
        matched += every is not None
    assert matched > 50


def _text_features_the_long_way(
    text: str, lemmas: dict[str, str], prefix: str, weight: float, limit: int = 250
) -> dict[str, float]:
    tokens = [lemmas.get(w) or w[:7] for w in classify.words(text)[:limit]]
    counts: Counter[str] = Counter(f"{prefix}:{t}" for t in tokens)
    counts.update(f"{prefix}2:{a}_{b}" for a, b in itertools.pairwise(tokens))
    return _normalised_the_long_way(Counter({k: 1 + math.log(v) for k, v in counts.items()}), weight)


def _normalised_the_long_way(features: Counter[str], weight: float) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in features.values())) or 1.0
    return {k: weight * v / norm for k, v in features.items()}


def _char_grams_the_long_way(text: str) -> Counter[str]:
    grams: Counter[str] = Counter()
    for word in classify.words(text):
        padded = f" {word} "
        for n in (3, 4, 5):
            for i in range(len(padded) - n + 1):
                grams[padded[i : i + n]] += 1
    return grams


def test_the_word_features_and_character_ngrams_are_those_of_the_long_way_in_the_same_order():
    # The same names in the same order with the same bits: the order is the order of the model's sums.
    lemmas = classify.model().lemmas
    texts = [*EDGES, "sana sana sana sana", "Ä" * 40, *_development_texts(10)]
    long_texts = [t for t in texts if len(classify.words(t)) > 250]
    assert len(texts) > 300 and long_texts  # the limit on words is reached too
    assert any(lemmas.get(w) for t in texts for w in classify.words(t))  # both ways to a stem are taken
    for text in texts:
        for prefix, weight, limit in (("bw", 0.7, 250), ("hw", 1.0, 30)):
            quick = classify.text_features(text, lemmas, prefix, weight, limit)
            slow = _text_features_the_long_way(text, lemmas, prefix, weight, limit)
            assert list(quick.items()) == list(slow.items()), repr(text)
        grams = _char_grams_the_long_way(text)
        assert list(classify._char_grams(text).items()) == list(grams.items()), repr(text)
        hc = Counter({f"hc:{g}": c for g, c in grams.items()})
        assert list(classify._normalised(dict(hc), 1.0).items()) == list(
            _normalised_the_long_way(hc, 1.0).items()
        )


def test_a_heading_is_compared_letter_by_letter_with_the_labels_long_enough_and_gets_the_same_label():
    labels = list(headings._labels())
    lines = [
        "Rekisterinpitäjä",
        "Rekisterinpitja",  # a letter left out: close, not equal
        "Rekisterinpitäjä ja tietosuojavastaava",
        "Säilytysaika",
        "Säilytys",  # the short cutoffs (below 10 characters)
        "x",
        *(block.text for document in development_documents(40) for block in document.blocks),
    ]
    matched = left_out = 0
    for line in lines:
        norm = headings.normalize(line)
        if not norm or len(norm) > 100:
            continue
        for cutoff in (80, 85, 87, 92):
            every = process.extractOne(norm, labels, scorer=fuzz.ratio, score_cutoff=cutoff)
            candidates = headings._ratio_candidates(norm, cutoff)
            some = process.extractOne(norm, candidates, scorer=fuzz.ratio, score_cutoff=cutoff)
            assert (every and every[:2]) == (some and some[:2]), (line, cutoff)
            matched += every is not None
            left_out += len(labels) - len(candidates)
    assert matched > 100 and left_out > len(lines) * len(labels)  # found; most labels are not tried
