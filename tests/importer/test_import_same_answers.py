"""Shortcuts taken for speed give the answers the long way gave: the prose statements found after one scan
for any of their words, the tags BeautifulSoup destroyed told without searching each tag's subtree, a
sentence's flags tried only where they can be found; and a sentence's form is read once per document."""

import re

from bs4 import BeautifulSoup
from real_corpus import development_documents

from tietovirta.analysis import prose
from tietovirta.analysis import text as analysis_text
from tietovirta.analysis.bases import describes_legitimate_interest
from tietovirta.analysis.text import Matcher, sentences
from tietovirta.importer import assign, classify
from tietovirta.importer.reading import decomposed


def _development_texts(limit: int) -> list[str]:
    return [block.full_text() for document in development_documents(limit) for block in document.blocks]


def test_the_statements_of_a_sentence_are_those_found_without_the_first_scan(monkeypatch):
    every = [s for text in _development_texts(60) for s in sentences(text)]
    every += [
        "Mailchimpin kanssa on tehty käsittelysopimus 4.3.2025.",
        "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.",
        "Emme ole nimittäneet tietosuojavastaavaa.",
        "Henkilötunnusta käsitellään tietosuojalain 29 §:n 1 momentin 2 kohdan perusteella.",
        "Vaikutustenarviointi ei ole tarpeen.",
        "Tietoja ei luovuteta kolmansille osapuolille.",
        "We use standard contractual clauses (2021/914) with Google LLC.",
    ]
    quick = [prose._of_sentence(s) for s in every]
    monkeypatch.setattr(prose, "_STATES_ANYTHING", Matcher(r""))  # found in every sentence
    assert quick == [prose._of_sentence(s) for s in every]
    assert sum(map(bool, quick)) >= 7  # the sentences above state something, and the check saw it


def test_decomposed_tells_the_tags_beautifulsoup_destroyed():
    soup = BeautifulSoup(
        "<body><nav><ul><li><a>Etusivu</a></li></ul></nav><main><h2>Rekisterinpitäjä</h2>"
        "<p>Yhdistys ry</p></main></body>",
        "lxml",
    )
    every = soup.find_all(True)
    soup.find("nav").decompose()
    assert [decomposed(tag) for tag in every] == [tag.decomposed for tag in every]
    assert [tag.name or "—" for tag in every if decomposed(tag)] == ["—", "—", "—", "—"]  # nav, ul, li, a


def test_the_flags_of_a_sentence_are_those_found_trying_every_pattern(monkeypatch):
    every = [s for text in _development_texts(60) for s in sentences(text)]
    every += [
        "Y-tunnus 1234567-8, puh. 040 123 4567",
        "Päivitetty 1.2.2025",
        "00100 Helsinki",
        "Ei numeroita.",
    ]
    quick = [classify._flags(s) for s in every]
    monkeypatch.setattr(classify, "_DIGIT", re.compile(""))  # a digit found in every sentence
    assert quick == [classify._flags(s) for s in every]
    assert {"f:business_id", "f:phone", "f:date", "f:postal"} <= {flag for flags in quick for flag in flags}


# The readers of a sentence's form that the sentence model's features ask (classify.reading_features) and
# assign asks again.
_READERS = (
    analysis_text.says_whether_data_is_disclosed,
    analysis_text.says_whether_data_must_be_given,
    analysis_text.says_whose_data,
    analysis_text.says_no_data_items,
    analysis_text.states_its_topic,
    describes_legitimate_interest,
)


def test_assign_reads_from_memory_what_the_sentence_model_read():
    sentence = "Tietoja luovutetaan kolmansille osapuolille vain asiakkaan suostumuksella."
    for reader in _READERS:
        reader.cache_clear()
    classify.reading_features(sentence)
    misses = [reader.cache_info().misses for reader in _READERS]
    assert all(misses)
    assign._stated_topic(sentence)
    assign._said_elsewhere("sources", sentence)
    assign._said_elsewhere("data_collected", sentence)
    for _field, says in assign._SAID_BY_CONTENT:
        says(sentence)
    assert [reader.cache_info().misses for reader in _READERS] == misses


def test_the_words_of_a_text_are_read_once_and_kept_in_a_bounded_cache():
    # The word features, the flags and the character n-grams of a text read its words in turn.
    classify.words.cache_clear()
    text = "Rekisterin NIMI: Asiakas-rekisteri 2024 ſäilytys"
    assert classify.words(text) == ("rekisterin", "nimi", "asiakas", "rekisteri", "säilytys")
    assert classify.words(text) is classify.words(text)  # a tuple: no caller can change what is kept
    assert classify.words.cache_info().hits >= 2
    assert classify.words.cache_parameters()["maxsize"] is not None  # forget_texts_read clears it too
