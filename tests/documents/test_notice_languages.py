"""Done when (issue 15): the fi/sv/en notices of a complete register contain every Art. 13/14 item, with
no placeholder and no sentence in another language. Every paragraph, list item, table cell and field
of six words or more is put to a language identifier restricted to Finnish, Swedish and English
(py3langid). Names, addresses, phone numbers and codes are shorter than that and are left out: they are
the same in every language."""

from functools import cache

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier
from test_notice import ALWAYS, PLACEHOLDERS

from complete_register import complete_data, complete_document
from tietovirta.canonical import parse_document
from tietovirta.demo.templates import template, template_titles
from tietovirta.documents import build_privacy_notice, notice_gaps
from tietovirta.documents.model import BulletList, Fields, Paragraph, RenderedDocument, Table
from tietovirta.language import LANGUAGES

SENTENCE_WORDS = 6  # words of letters; digits and signs do not count


@cache
def identifier() -> LanguageIdentifier:
    found = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    found.set_languages(list(LANGUAGES))
    return found


def pieces(notice: RenderedDocument) -> list[str]:
    """Every text a reader reads as a sentence or phrase: paragraphs, list items, cells, field values, and
    the headings taken together."""
    found = [notice.title, " · ".join(section.heading for section in notice.sections)]
    for block in [*notice.intro, *(b for section in notice.sections for b in section.blocks)]:
        match block:
            case Paragraph(text=text):
                found.append(text)
            case BulletList(items=items):
                found += items
            case Fields(rows=rows):
                found += [row.value for row in rows]
            case Table(rows=rows):
                found += [cell for row in rows for cell in row]
    return [text for text in found if sum(word.isalpha() for word in text.split()) >= SENTENCE_WORDS]


def foreign(notice: RenderedDocument, lang: str) -> list[tuple[str, str]]:
    """(text, language it reads as) of every piece not in `lang`."""
    wrong = []
    for text in pieces(notice):
        found, _confidence = identifier().classify(text)
        if found != lang:
            wrong.append((text, found))
    return wrong


def assert_publishable_in(doc, lang: str) -> RenderedDocument:
    assert notice_gaps(doc, 0, lang) == []
    notice = build_privacy_notice(doc, 0, lang)
    keys = {section.key for section in notice.sections}
    assert set(ALWAYS) <= keys, set(ALWAYS) - keys
    everything = "\n".join(pieces(notice))
    assert not any(placeholder in everything for placeholder in PLACEHOLDERS.values())
    return notice


@pytest.mark.parametrize("lang", LANGUAGES)
def test_complete_register_notice_is_complete_and_in_one_language(lang):
    notice = assert_publishable_in(complete_document(), lang)
    assert len(pieces(notice)) > 25  # the check reads the whole notice
    assert foreign(notice, lang) == []


def test_the_identifier_tells_the_languages_apart():
    # The check can fail: the Finnish notice's texts are not Swedish.
    finnish = build_privacy_notice(complete_document(), 0, "fi")
    assert len(foreign(finnish, "sv")) > 0.9 * len(pieces(finnish))
    # A register without translations: its Swedish draft prints its Finnish texts, and they are found.
    untranslated = complete_document(translations={})
    swedish = build_privacy_notice(untranslated, 0, "sv")
    assert {found for _text, found in foreign(swedish, "sv")} == {"fi"}


def _adopted(slug: str, lang: str):
    """A company adopts the template `slug` in `lang` and picks its systems from the catalogue."""
    data = complete_data()
    register = template(slug, lang).model_dump(mode="json")
    register.update(use_system_references=True, systems=["Netvisor"], parties=["Tilitoimisto Numerot Oy"],
                    contact_person=data["registers"][0]["contact_person"])
    return parse_document({**data, "registers": [register]})


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("slug", [slug for slug, _title in template_titles("fi")])
def test_every_template_gives_a_complete_notice_in_every_language(slug, lang):
    doc = _adopted(slug, "fi")
    for notice_lang in LANGUAGES:
        notice = assert_publishable_in(doc, notice_lang)
        assert foreign(notice, notice_lang) == [], (slug, notice_lang)
    # Adopted in another language, the register's own texts are in that language.
    assert _adopted(slug, lang).registers[0].language == lang
    assert notice_gaps(_adopted(slug, lang), 0, "fi") == []
