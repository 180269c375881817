"""`notice_readiness` (one notice, in the register's own language) says what a notice built in each language
says: the same items missing, the same untranslated headings with the same reasons, the same printed texts."""

import copy
import json
from pathlib import Path
from unittest import mock

import pytest

import tietovirta
from complete_register import TEXTS, complete_data
from tietovirta.canonical import parse_document
from tietovirta.documents import notice_gaps, notice_paths, notice_readiness, notices_shared
from tietovirta.documents.notice import _Notice
from tietovirta.language import LANGUAGES

FIXTURES = Path(tietovirta.__file__).parent / "demo" / "fixtures"


def _partly_translated() -> dict:
    """Swedish for half of the texts, one of them out of date; English for the other half; and one
    register written in Swedish, so that Finnish is the language translated into."""
    data = complete_data()
    register = data["registers"][0]
    paths = sorted(TEXTS)
    sv, en = register["translations"]["sv"], register["translations"]["en"]
    register["translations"]["sv"] = {p: t for p, t in sv.items() if p in paths[::2]}
    outdated = next(iter(register["translations"]["sv"]))
    register["translations"]["sv"][outdated] = {"text": "Vanha", "source": "ei enää tämä"}
    register["translations"]["en"] = {p: t for p, t in en.items() if p in paths[1::2]}
    swedish = copy.deepcopy(register)
    swedish.update(name="Kundregister", language="sv", translations={})
    data["registers"].append(swedish)
    return data


def _without_purposes() -> dict:
    data = complete_data()
    data["registers"][0].update(purposes=[], legal_bases=["f"], legitimate_interest_text="")
    data["registers"][0]["translations"]["en"] = {}
    return data


DOCUMENTS = {
    "translated": complete_data(),
    "untranslated": complete_data(translated=False),
    "partly translated": _partly_translated(),
    "without purposes": _without_purposes(),
    **{path.stem: json.loads(path.read_text()) for path in sorted(FIXTURES.glob("*.json"))},
}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_one_notice_says_what_a_notice_in_each_language_says(name):
    doc = parse_document(DOCUMENTS[name])
    for index in range(len(doc.registers)):
        found = notice_readiness(doc, index, LANGUAGES)
        assert found.printed == notice_paths(doc, index)
        for lang in LANGUAGES:
            built = notice_gaps(doc, index, lang)
            said = found.gaps[lang]
            # The items missing are the same; their wording follows the register's own language.
            assert [(g.section, g.kind) for g in said if not g.translation] == [
                (g.section, g.kind) for g in built if not g.translation
            ]
            # What lacks a translation, under which heading and why, is exactly what the notice says.
            assert [g for g in said if g.translation] == [g for g in built if g.translation]
            assert bool(said) == bool(built)


def test_the_comparison_covers_untranslated_texts():
    """The documents above include notices that lack translations in some languages and not in others."""
    doc = parse_document(DOCUMENTS["partly translated"])
    gaps = notice_readiness(doc, 0, LANGUAGES).gaps
    assert not [g for g in gaps["fi"] if g.translation]
    assert [g for g in gaps["sv"] if g.translation] and [g for g in gaps["en"] if g.translation]
    headings = {lang: {g.heading for g in gaps[lang] if g.translation} for lang in ("sv", "en")}
    assert headings["sv"] != headings["en"]


@pytest.mark.parametrize("name", DOCUMENTS)
def test_shared_notices_say_what_notices_built_apart_say(name):
    doc = parse_document(DOCUMENTS[name])

    def read() -> list:
        indices = range(len(doc.registers))
        return [(notice_paths(doc, i), notice_readiness(doc, i, LANGUAGES)) for i in indices]

    apart = read()
    with notices_shared():
        shared = read()
    assert shared == apart


def _notices_built():
    """A patch counting the notices built (each is built by its sections)."""
    return mock.patch.object(_Notice, "sections", autospec=True, side_effect=_Notice.sections)


def test_within_notices_shared_a_register_s_notice_is_built_once_per_document():
    doc = parse_document(DOCUMENTS["partly translated"])
    with _notices_built() as built, notices_shared():
        notice_paths(doc, 0)
        notice_readiness(doc, 0, LANGUAGES)
        notice_paths(doc, 1)
    assert built.call_count == 2  # the first register's once, the second's once
    changed = doc.model_copy(deep=True)
    changed.registers[0].translations["sv"] = {}
    with _notices_built() as built, notices_shared():
        before = notice_readiness(doc, 0, LANGUAGES)
        after = notice_readiness(changed, 0, LANGUAGES)  # another document: its own notice
    assert built.call_count == 2
    assert [g for g in before.gaps["sv"] if g.translation] != [g for g in after.gaps["sv"] if g.translation]
    with _notices_built() as built:
        notice_paths(doc, 0)
        notice_paths(doc, 0)
    assert built.call_count == 2  # outside it nothing is kept
