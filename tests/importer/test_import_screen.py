"""A pattern screened by its required literals (analysis.screen) answers as the pattern does: the literals
are those every match contains, the folding agrees with IGNORECASE on every character, and the answers
are the same on development sentences and on texts made of the literals themselves."""

import random
import re
import sys

import pytest
from real_corpus import development_documents

import tietovirta.analysis.facts  # defines matchers of its own
import tietovirta.importer.extract  # noqa: F401  (imports every module that screens a pattern)
from tietovirta.analysis.screen import (
    CHECKED_CHARACTERS,
    LONG_TEXT,
    Screened,
    _found,
    _index,
    fold,
    required_literals,
)
from tietovirta.analysis.text import Matcher, sentences


def _every_screened() -> list[Screened]:
    found: dict[int, Screened] = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("tietovirta."):
            continue
        for value in vars(module).values():
            for item in value.values() if isinstance(value, dict) else [value]:
                pattern = item.pattern if isinstance(item, Matcher) else item
                if isinstance(pattern, Screened):
                    found[id(pattern)] = pattern
    return list(found.values())


def _literals(source: str, flags: int = re.IGNORECASE) -> frozenset[str] | None:
    return required_literals(re.compile(source, flags))


def test_the_literals_every_match_needs_are_read_from_the_pattern():
    assert _literals(r"(?<!\w)suostumu\w*") == {"suostumu"}
    assert _literals(r"(?:lupa|luva)\w* (?:\w+ ){0,3}käsittel\w*") == {"käsittel"}  # the longer need
    assert _literals(r"tie[dt]o(?:ja|t)") == {"tiedoja", "tiedot", "tietoja", "tietot"}
    assert _literals(r"myy(?:dä|dään)?(?!\w)|sold") == {"myy", "sold"}  # "myydään" holds "myy"
    assert _literals(r"\w{3,}la(?:kiin|keihin)(?!\w)|act on \w+") == {"lakiin", "lakeihin", "act on "}
    assert _literals(r"DPO|Data Protection Officer") == {"dpo", "data protection officer"}  # folded
    assert _literals(r"(?<=\d)x+") == {"x"}  # a repeat at least once needs its body


def test_a_pattern_with_an_alternative_that_needs_no_literal_is_not_screened():
    assert _literals(r"\d+|sopimu\w*") is None
    assert _literals(r"§|pykälä") is None  # "§" is no character the folding was checked for
    assert _literals(r"§ 29") == {" 29"}
    assert Screened(r"[\w.]+@[\w.]+").literals is None
    assert Screened(r"a\w+|e\w+").literals is None  # one of two letters: in nearly every text
    assert Screened(r"a\w+|e\w+").search("Bertta") is not None
    assert Screened(r"(?<!\d)6\s*[a-f]").literals == {"6"}  # one literal alone is one `in`


def test_every_character_matched_to_a_checked_character_is_folded_to_it():
    # Checked on all of Unicode: the regex engine's IGNORECASE decides what folds, not str.lower().
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    folded = fold(everything)
    assert len(folded) == len(everything)  # one character for one
    for character in CHECKED_CHARACTERS:
        assert fold(character) == character
        for match in re.finditer(re.escape(character), everything, re.IGNORECASE):
            assert folded[match.start()] == character, hex(ord(match.group()))


def _development_sentences(limit: int) -> list[str]:
    return [
        s for d in development_documents(limit) for block in d.blocks for s in sentences(block.full_text())
    ]


def test_one_scan_finds_every_literal_of_the_index_a_text_holds():
    index = _index()
    assert len(index.literals) > 100  # the literals of the patterns the modules screen
    for text in [*_development_sentences(10), "EU:n ulkopuolelle", "ſopimus İlmoitus", ""]:
        folded = fold(text)
        assert index.found(text) == {literal for literal in index.literals if literal in folded}, text


def test_a_pattern_made_after_the_index_answers_by_a_scan_of_its_own():
    late = Screened(r"(?<!\w)myöhästy\w*|myöhään", re.IGNORECASE)
    assert not late.literals <= _index().literals
    assert late.search("Lomake lähetettiin MYÖHÄSTYNEENÄ.").group(0) == "MYÖHÄSTYNEENÄ"
    assert late.search("Lomake lähetettiin ajoissa.") is None


def _same(screened: Screened, text: str) -> None:
    compiled = screened.compiled

    def spans(matches):
        return [(m.span(), m.groups()) for m in matches]

    assert spans(screened.finditer(text)) == spans(compiled.finditer(text)), (screened.pattern[:60], text)
    found, expected = screened.match(text), compiled.match(text)
    assert (found and found.span()) == (expected and expected.span())


def test_every_screened_pattern_answers_as_the_pattern_on_development_sentences():
    texts = _development_sentences(25)
    every = _every_screened()
    assert len(every) >= 150 and len(texts) >= 1000
    ruled_out = 0
    for screened in every:
        for text in texts:
            _same(screened, text)
            ruled_out += not screened.could_match(text)
    assert ruled_out > len(every) * len(texts) // 2  # the test does rule out most sentences


def test_every_screened_pattern_answers_as_the_pattern_on_texts_made_of_its_literals():
    # The literals run together, meet other words, change case and are written with the characters that
    # IGNORECASE matches to their letters ("ſ" to s, "İ" and "ı" to i, the Kelvin sign to k).
    chance = random.Random(30)
    odd_cases = str.maketrans({"s": "ſ", "i": "İ", "k": "\u212a", "å": "\u212b"})
    glue = ["", " ", "  ", "\n", "-", ":", ".", " ja ", " on ", "1 ", "ä"]
    for screened in _every_screened():
        words = sorted(screened.literals or {"x"})
        for _ in range(40):
            parts = [chance.choice(words) + chance.choice(glue) for _ in range(chance.randint(1, 5))]
            text = "".join(
                p.upper() if (roll := chance.random()) < 0.2 else p.translate(odd_cases) if roll < 0.3 else p
                for p in parts
            )
            _same(screened, text)


@pytest.mark.parametrize("text", ["", "Tietoja ei luovuteta.", "Nothing here at all"])
def test_a_text_the_pattern_cannot_match_gets_every_answer_the_pattern_gives(text):
    screened = Screened(r"(?<!\w)(?:sopimu\w*|contract\w*)", re.IGNORECASE)
    assert not screened.could_match(text)
    compiled = screened.compiled
    assert screened.search(text) is compiled.search(text) is None
    assert screened.fullmatch(text) is compiled.fullmatch(text) is None
    assert screened.findall(text) == compiled.findall(text) == []
    assert list(screened.finditer(text)) == list(compiled.finditer(text)) == []
    assert screened.sub("-", text) == compiled.sub("-", text) == text
    assert screened.subn("-", text) == compiled.subn("-", text)
    assert screened.split(text) == compiled.split(text)


def test_a_text_the_pattern_can_match_is_answered_by_the_pattern():
    screened = Screened(r"(?<!\w)(?:sopimu\w*|contract\w*)", re.IGNORECASE)
    text = "Käsittely perustuu SOPIMUKSEEN ja Contracts Act -lakiin."
    assert screened.could_match(text)
    assert screened.findall(text) == ["SOPIMUKSEEN", "Contracts"]
    assert screened.sub("-", text) == "Käsittely perustuu - ja - Act -lakiin."
    assert screened.split(text, 1) == ["Käsittely perustuu ", " ja Contracts Act -lakiin."]
    assert screened.search(text, 30).group(0) == "Contracts"


def test_a_long_text_is_screened_by_each_patterns_own_scan_with_the_answers_of_the_index():
    texts = [
        text
        for document in development_documents(25)
        for text in ["\n".join(block.full_text() for block in document.blocks[i : i + 8]) for i in (0, 8, 16)]
        if len(text) >= LONG_TEXT
    ]
    every = [screened for screened in _every_screened() if screened.literals]
    assert len(texts) >= 30
    index = _index()
    _found.cache_clear()
    for screened in every:
        for text in texts:
            _same(screened, text)
            if screened.literals <= index.literals:
                assert screened.could_match(text) == (not screened.literals.isdisjoint(index.found(text)))
    assert _found.cache_info().misses == 0  # no long text went through the index
    assert {screened.could_match(text) for screened in every for text in texts} == {True, False}


@pytest.mark.parametrize("method", ["could_match", "search", "match", "findall", "sub", "split"])
def test_a_patterns_first_answer_is_the_one_it_gives_later(method):
    # The test is made on first use and then takes the method's place: the first call and every later
    # one answer as the pattern does, for a text it can match and one it cannot, in either order.
    texts = ["Tietoja ei luovuteta.", "Sopimus on voimassa.", "sopimukseen perustuva", ""]
    for order in (texts, texts[::-1]):
        screened = Screened(r"(?:sopimu\w*|contract\w*)", re.IGNORECASE)
        for text in order * 2:
            if method == "could_match":
                assert screened.could_match(text) == bool(screened.compiled.search(text))
            elif method == "sub":
                assert screened.sub("-", text) == screened.compiled.sub("-", text)
            else:
                mine, theirs = getattr(screened, method)(text), getattr(screened.compiled, method)(text)
                if method in ("search", "match"):
                    assert (mine and mine.span()) == (theirs and theirs.span())
                else:
                    assert mine == theirs
