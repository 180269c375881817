"""Counting the topics a text names (classify.topics) only where a pattern's first words stand gives the
counts of scanning the whole text with every pattern, so the trained model reads the same features; and
the model remembers its answers for the document being read, never from one document to the next."""

import random
import re
import sys

import pytest
from real_corpus import entries

from tietovirta.analysis.screen import fold
from tietovirta.importer import classify, import_bytes
from tietovirta.importer.classify import _TOPIC, _TOPIC_STARTS, topics
from tietovirta.importer.document import read_document
from tietovirta.importer.sections import Block, Section


def _scanned_whole(text: str) -> dict[str, int]:
    """The counts as they were before topics looked only where a pattern's words start."""
    return {topic: n for topic, pattern in _TOPIC.items() if (n := len(pattern.findall(text)))}


def _in_order(counts: dict[str, int]) -> list[tuple[str, int]]:
    # The order counts: the features are summed in it, and another order changes the last bits.
    return list(counts.items())


def test_every_pattern_starts_with_the_words_read_from_it():
    assert _TOPIC_STARTS["name"] == ("name", "namn", "nimi")  # a prefix the parser shares is kept
    assert "suoja" in _TOPIC_STARTS["security"]  # after the lookbehind (?<!tieto)
    assert {"laki", "lakisäät", "lain", "law", "statutor"} <= set(_TOPIC_STARTS["law"])
    assert all(word for words in _TOPIC_STARTS.values() for word in words)


def test_every_character_matched_to_a_letter_of_those_words_is_folded_to_it():
    # Checked on all of Unicode: the regex engine's IGNORECASE decides what folds, not str.lower().
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    folded = fold(everything)
    assert len(folded) == len(everything)  # offsets in the folded text are offsets in the text
    letters = {c for words in _TOPIC_STARTS.values() for word in words for c in word}
    for letter in letters:
        for match in re.finditer(re.escape(letter), everything, re.IGNORECASE):
            assert folded[match.start()] == letter, hex(ord(match.group()))


@pytest.mark.parametrize(
    "text",
    [
        "SÄILYTYSAIKA JA HÄVITTÄMINEN",
        "Henkilötietojen säilytysaika; rekisterinpitäjä ja rekisterin pitäjä",
        "İlmoitus: ſäilytys, ıtse, KEEP and kept, eueueu eu:n EU:N eta:n",
        "Tietosuojaseloste: dataskyddsförordningen, data protection act, protected",
        "rekisteröidyt rekisteröityjen rekisterirekisteri",
        "",
    ],
)
def test_topics_counts_as_scanning_the_whole_text(text):
    assert dict(topics(text)) == _scanned_whole(text)


def test_topics_counts_as_scanning_the_whole_text_for_texts_made_of_the_patterns_words():
    # Words run together, overlap, change case and meet the lookbehinds and \b of the patterns.
    chance = random.Random(14)
    words = [*sorted({w for ws in _TOPIC_STARTS.values() for w in ws}), "tieto", "data ", "ab", "x"]
    glue = ["", "", " ", "-", ".", "\n", "1", "ä"]
    for _ in range(3000):
        parts = [chance.choice(words) + chance.choice(glue) for _ in range(chance.randint(1, 8))]
        text = "".join(p.upper() if chance.random() < 0.2 else p for p in parts)
        assert _in_order(topics(text)) == _in_order(_scanned_whole(text)), text


def test_topics_counts_as_scanning_the_whole_text_on_development_documents():
    # Development documents only (the blind ones are scored, never read): each block and the whole text.
    for entry in entries("dev")[:15]:
        if entry.derived_from or entry.format not in ("txt", "md", "html"):
            continue
        _, document, _ = read_document(entry.path.read_bytes(), entry.file)
        texts = [block.full_text() for block in document.blocks]
        for text in [*texts, "\n".join(texts)]:
            assert _in_order(topics(text)) == _in_order(_scanned_whole(text)), entry.file


def _counting_section_features(monkeypatch) -> list[str]:
    asked: list[str] = []
    features = classify.section_features

    def counted(section, lemmas):
        asked.append(section.heading)
        return features(section, lemmas)

    monkeypatch.setattr(classify, "section_features", counted)
    return asked


def test_a_model_reading_one_document_classifies_each_section_once(monkeypatch):
    asked = _counting_section_features(monkeypatch)
    section = Section("Säilytysaika", blocks=[Block("paragraph", "Tietoja säilytetään kaksi vuotta.")])
    reading = classify.model().reading_one_document()
    first = reading.section(section)
    first["retention"] = 0.0  # a caller changing its copy changes nothing remembered
    assert reading.section(section) == classify.model().section(section) != first
    assert asked == ["Säilytysaika", "Säilytysaika"]  # once for the document, once for the bare model
    classify.model().reading_one_document().section(section)
    assert len(asked) == 3  # the next document's model remembers nothing of this one


def test_importing_a_document_again_classifies_its_sections_again(monkeypatch):
    asked = _counting_section_features(monkeypatch)
    text = "Rekisterin nimi\n\nAsiakasrekisteri\n\nHenkilötietojen säilytysaika\n\nKaksi vuotta.\n".encode()
    import_bytes(text, "seloste.txt")
    once = len(asked)
    import_bytes(text, "seloste.txt")
    assert once and len(asked) == 2 * once


# The address pattern as it was before it looked behind the "@" for one character of the local part.
_WHOLE_ADDRESS = re.compile(r"[\w.+-]+(?:@|\(at\)|\[at\]|\(a\)| at )[\w-]+\.[\w.]+", re.IGNORECASE)


@pytest.mark.parametrize(
    "text",
    [
        "anna.laine@example.fi",
        "Yhteys: tietosuoja(at)kunta.fi tai tietosuoja [at] kunta.fi",
        "write to privacy at example.com",
        "@example.fi",  # nothing before the "@": no address, as before
        " at example.com",
        "Kokous alkaa klo 9 at the office.",
        "A.B+c-d@x-y.z.w",
    ],
)
def test_the_email_flag_is_set_where_the_whole_address_pattern_found_one(text):
    assert ("f:email" in classify._flags(text)) == bool(_WHOLE_ADDRESS.search(text))


def test_the_email_flag_agrees_with_the_whole_address_pattern_on_development_documents():
    for entry in entries("dev")[:40]:  # development documents only, as above
        if entry.derived_from or entry.format not in ("txt", "md", "html"):
            continue
        _, document, _ = read_document(entry.path.read_bytes(), entry.file)
        for block in document.blocks:
            text = block.full_text()
            assert ("f:email" in classify._flags(text)) == bool(_WHOLE_ADDRESS.search(text)), entry.file
