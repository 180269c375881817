"""The privacy notice is complete against GDPR Art. 13 and 14 (LEGAL.md §2) for every legal basis,
prints no placeholder, and says what keeps it from being published."""

import pytest
from doc_helpers import docx_text, one_register, pdf_text, squash

from complete_register import INTERNAL, TEXTS, complete_data, complete_document, texts
from tietovirta.canonical import parse_document
from tietovirta.canonical.schema import LegalBasis
from tietovirta.documents import build_privacy_notice, notice_gaps, render
from tietovirta.documents.phrases import t
from tietovirta.documents.rights import DIRECT_MARKETING_OBJECTION, RIGHT_TEXT, Right, applicable_rights
from tietovirta.language import LANGUAGES

# Section keys of the notice for each Art. 13/14 item.
ALWAYS = [
    "controller",  # 13(1)(a), 14(1)(a)
    "dpo",  # 13(1)(b), 14(1)(b)
    "purposes",  # 13(1)(c), 14(1)(c): each purpose with its basis
    "data_collected",  # 14(1)(d)
    "processors", "recipients",  # 13(1)(e), 14(1)(e)
    "transfers",  # 13(1)(f), 14(1)(f)
    "retention",  # 13(2)(a), 14(2)(a)
    "rights",  # 13(2)(b), 14(2)(c)
    "complaint",  # 13(2)(d), 14(2)(e)
    "statutory_requirement",  # 13(2)(e)
    "sources",  # 14(2)(f)
    "automated_decisions",  # 13(2)(f), 14(2)(g)
]
PLACEHOLDERS = {"fi": "Ei täytetty", "sv": "Ej ifyllt", "en": "Not filled in"}


def everything(notice) -> str:
    return "\n".join([notice.title, *(texts(notice.intro),),
                      *(f"{s.heading}\n{texts(s.blocks)}" for s in notice.sections)])


def one_purpose(basis: str, **register: object) -> dict:
    """A register complete but for its one purpose on `basis`."""
    data = complete_data(translated=False)
    purpose = {"purpose": "Asiakassuhteen hoitaminen", "legal_basis": basis}
    if basis == "f":
        purpose["interest"] = "Asiakassuhteen ylläpitäminen."
    data["registers"][0].update({"purposes": [purpose], "legal_bases": [basis], **register})
    return data


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("basis", list("abcdef"))
def test_every_article_13_14_item_for_every_basis(basis, lang):
    notice = build_privacy_notice(parse_document(one_purpose(basis)), 0, lang)
    keys = [s.key for s in notice.sections]
    for key in ALWAYS:
        assert key in keys, key
    assert ("legitimate_interest" in keys) == (basis == "f")  # 13(1)(d)
    assert ("consent_withdrawal" in keys) == (basis == "a")  # 13(2)(c)
    assert ("objection" in keys) == (basis in "ef")  # 21(4): a section of its own

    rights = texts(notice.section("rights").blocks)
    for right in Right:
        expected = right in applicable_rights([LegalBasis(basis)]) and right not in (
            Right.WITHDRAW_CONSENT, Right.OBJECTION)
        assert (RIGHT_TEXT[right].text(lang) in rights) == expected, right
    all_text = everything(notice)
    assert (RIGHT_TEXT[Right.WITHDRAW_CONSENT].text(lang) in all_text) == (basis == "a")
    assert (RIGHT_TEXT[Right.OBJECTION].text(lang) in all_text) == (basis in "ef")
    assert t("n_authority", lang) in texts(notice.section("complaint").blocks)


def test_purposes_are_printed_each_with_its_basis():
    notice = build_privacy_notice(complete_document(), 0, "fi")
    table = notice.section("purposes").blocks[0]
    assert table.columns == ("Tarkoitus", "Oikeusperuste")
    assert table.rows[0] == (TEXTS["purposes[0].purpose"][0],
                             "sopimus (tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta)")
    assert table.rows[2][1] == "suostumus (tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta)"
    # The legitimate interest is stated for the purpose that rests on it (13(1)(d)).
    interest = notice.section("legitimate_interest").blocks[0].rows[0]
    assert interest.label == TEXTS["purposes[3].purpose"][0]
    assert interest.value == TEXTS["purposes[3].interest"][0]


def test_special_category_condition_is_printed_with_its_purpose():
    doc = parse_document(one_purpose("b", purposes=[
        {"purpose": "Sairauspoissaolojen käsittely", "legal_basis": "c", "special_condition": "b"}]))
    row = build_privacy_notice(doc, 0, "fi").section("purposes").blocks[0].rows[0]
    assert row[1] == ("lakisääteinen velvoite (tietosuoja-asetuksen 6 artiklan 1 kohdan c alakohta)\n"
                      "erityisiin henkilötietoryhmiin kuuluvat tiedot: työoikeuden tai sosiaaliturvan "
                      "velvoitteet (tietosuoja-asetuksen 9 artiklan 2 kohdan b alakohta)")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_complete_register_has_no_placeholder_and_no_gap(lang):
    doc = complete_document()
    assert notice_gaps(doc, 0, lang) == []
    notice = build_privacy_notice(doc, 0, lang)
    assert not any(getattr(block, "style", "") == "missing" for block in notice.intro)
    for fmt in ("md", "html", "docx"):
        output = render(doc, kind="tietosuojaseloste", fmt=fmt, lang=lang, register=0)
        text = docx_text(output) if fmt == "docx" else output.decode()
        for placeholder in PLACEHOLDERS.values():
            assert placeholder not in text, (fmt, placeholder)
        assert 'class="tv-missing"' not in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_internal_fields_never_reach_the_notice(lang):
    doc = complete_document()
    outputs = [render(doc, kind="tietosuojaseloste", fmt=fmt, lang=lang, register=0).decode()
               for fmt in ("md", "html")]
    markers = [text.split()[0] for text in INTERNAL.values()] + ["SISÄINEN-ARVIO", "SISÄINEN-HYVÄKSYTTY"]
    for output in outputs:
        for marker in markers:
            assert marker not in output, marker
    # The internal documents do print them.
    kuvaus = render(doc, kind="tietovirtakuvaus", fmt="md", lang="fi", register=0).decode()
    assert "SISÄINEN-RISKI" in kuvaus and "SISÄINEN-MENETELMÄ" in kuvaus


def test_data_prose_stays_internal_when_categories_are_listed():
    doc = complete_document(data_collected_text="Käsittelytoimiin liittyvä riski ja vaitiolosopimus.")
    assert "Käsittelytoimiin liittyvä riski" not in everything(build_privacy_notice(doc, 0, "fi"))
    only_prose = complete_document(data_categories=[], data_collected_text="Nimi ja sähköpostiosoite.")
    assert "Nimi ja sähköpostiosoite." in texts(build_privacy_notice(only_prose, 0, "fi")
                                               .section("data_collected").blocks)


def test_data_subjects_prose_is_printed_when_no_categories_are_listed():
    # data_subjects_text (who the data is about, as the document says it) is printed, translated, only
    # when the categories of data subjects are not listed.
    prose = "Asiakkaat ja heidän yhteyshenkilönsä."
    listed = complete_document(data_subjects_text=prose)
    assert prose not in everything(build_privacy_notice(listed, 0, "fi"))
    only_prose = complete_document(data_subject_categories=[], data_subjects_text=prose)
    assert prose in texts(build_privacy_notice(only_prose, 0, "fi").section("data_collected").blocks)
    gaps = notice_gaps(only_prose, 0, "sv")
    assert [g.heading for g in gaps if g.translation] == ["Vilka uppgifter vi behandlar"]


def test_missing_items_are_gaps_that_make_the_notice_a_draft():
    doc = complete_document(statutory_requirement_text="", retention_text="", retention_period=None,
                            retention_trigger="", sources=[], sources_text="", disclosures_text="",
                            parties=["Tilitoimisto Numerot Oy"], translations={})
    gaps = notice_gaps(doc, 0, "fi")
    assert {gap.section for gap in gaps} == {"statutory_requirement", "retention", "sources", "recipients"}
    notice = build_privacy_notice(doc, 0, "fi")
    draft = notice.intro[0]
    assert draft.style == "missing"
    assert draft.text.startswith("Luonnos: tätä tietosuojaselostetta ei voi vielä")
    assert "säilytysaika" in draft.text and "tietolähteet" in draft.text
    # The sections that have nothing to say are left out, not filled with a placeholder.
    assert notice.section("statutory_requirement") is None and notice.section("retention") is None
    markdown = render(doc, kind="tietosuojaseloste", fmt="md", lang="fi", register=0).decode()
    assert "Ei täytetty" not in markdown


def test_no_transfer_is_stated_only_when_nothing_shows_one():
    none = complete_document(systems=["Netvisor"])
    assert texts(build_privacy_notice(none, 0, "fi").section("transfers").blocks) == (
        "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.")
    # The prose says the data goes to the United States, the catalogue does not: the item is missing.
    prose = complete_document(systems=["Netvisor"], location_text="Varmuuskopiot säilytetään Yhdysvalloissa.")
    assert [gap.section for gap in notice_gaps(prose, 0, "fi")] == ["transfers"]
    assert "Tietoja ei siirretä" not in everything(build_privacy_notice(prose, 0, "fi"))


def test_transfer_without_a_safeguard_blocks_publishing():
    data = complete_data()
    data["systems"][1].update(transfer_mechanism=None)
    gaps = notice_gaps(parse_document(data), 0, "fi")
    assert [(gap.section, gap.reason) for gap in gaps] == [
        ("transfers", "siirtoperuste siirrolle: Microsoft 365, Yhdysvallat")]


def test_automated_decisions_statement_only_when_nothing_suggests_profiling():
    quiet = complete_document(automated_decisions_text="")
    section = build_privacy_notice(quiet, 0, "fi").section("automated_decisions")
    assert texts(section.blocks) == (
        "Emme tee automaattisia päätöksiä emmekä profiloi sinua henkilötietojesi perusteella.")
    profiling = complete_document(automated_decisions_text="",
                                  processing_method_text="Asiakkaat pisteytetään ostohistorian perusteella.")
    assert [gap.section for gap in notice_gaps(profiling, 0, "fi")] == ["automated_decisions"]
    assert build_privacy_notice(profiling, 0, "fi").section("automated_decisions") is None


def test_no_processors_is_stated_only_when_no_processor_is_named():
    alone = complete_document(systems=[], parties=[], processors_text="Rekisterinpitäjän oma henkilöstö.")
    assert texts(build_privacy_notice(alone, 0, "fi").section("processors").blocks) == (
        "Emme käytä henkilötietojen käsittelijöitä: käsittelemme tietoja vain itse.")
    named = complete_document(systems=[], parties=[], processors_text="Kirjanpidon hoitaa tilitoimisto.")
    assert [gap.section for gap in notice_gaps(named, 0, "fi")] == ["processors"]


def test_notice_docx_and_pdf_carry_the_same_sections():
    doc = complete_document()
    notice = build_privacy_notice(doc, 0, "sv")
    pdf = squash(pdf_text(render(doc, kind="tietosuojaseloste", fmt="pdf", lang="sv", register=0)))
    word = docx_text(render(doc, kind="tietosuojaseloste", fmt="docx", lang="sv", register=0))
    for section in notice.sections:
        assert section.heading in pdf
        assert section.heading in word
    assert "Dataombudsmannens byrå" in pdf


def test_notice_of_a_register_with_nothing_lists_every_gap():
    gaps = notice_gaps(one_register({"name": "R"}), 0, "en")
    assert {gap.section for gap in gaps} >= {"controller", "purposes", "data_collected", "sources",
                                             "recipients", "retention", "statutory_requirement"}
    notice = build_privacy_notice(one_register({"name": "R"}), 0, "en")
    assert texts(notice.section("dpo").blocks) == t("n_dpo_none", "en")
    assert "Not filled in" not in everything(notice)
    assert DIRECT_MARKETING_OBJECTION.text("en") not in everything(notice)
