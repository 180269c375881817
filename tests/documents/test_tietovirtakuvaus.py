"""The tietovirtakuvaus: every seed heading in order, every field printed, empty ones marked missing."""

import datetime as dt
import io

import pdfplumber
import pytest
from doc_helpers import docx_document, docx_headings, docx_text, one_register, pdf_pages, pdf_text, squash

from tietovirta.canonical.schema import Register
from tietovirta.canonical.sections import MODIFIED_LABEL, SECTIONS, USE_REFERENCES_LABEL
from tietovirta.documents import build_tietovirtakuvaus, render
from tietovirta.language import LANGUAGES

MISSING = {"fi": "Ei täytetty", "sv": "Ej ifyllt", "en": "Not filled in"}


def text_fields() -> list[str]:
    return [name for name, info in Register.model_fields.items()
            if info.annotation is str and name not in ("name", "privacy_notice_url", "retention_trigger")]


def in_order(text: str, parts: list[str]) -> bool:
    position = 0
    for part in parts:
        found = text.find(part, position)
        if found < 0:
            return False
        position = found + len(part)
    return True


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_heading_in_the_seeds_order(sample, lang):
    built = build_tietovirtakuvaus(sample, 0, lang)
    assert [s.key for s in built.sections[:len(SECTIONS)]] == [s.key for s in SECTIONS]
    headings = [s.label(lang) for s in SECTIONS]
    markdown = render(sample, kind="tietovirtakuvaus", fmt="md", lang=lang, register=0).decode()
    assert in_order(markdown, [f"## {h}" for h in headings])
    pdf = squash(pdf_text(render(sample, kind="tietovirtakuvaus", fmt="pdf", lang=lang, register=0)))
    assert in_order(pdf, headings)
    word = [text for style, text in docx_headings(
        render(sample, kind="tietovirtakuvaus", fmt="docx", lang=lang, register=0)) if style == "Heading 1"]
    assert word[:len(headings)] == headings


def test_every_text_field_is_printed():
    """A unique marker in every free-text field: each must reach the document (nothing dropped)."""
    markers = {name: f"Merkki{index:02d}" for index, name in enumerate(text_fields())}
    doc = one_register({"name": "Kaikki kentät", **markers})
    markdown = render(doc, kind="tietovirtakuvaus", fmt="md", lang="fi", register=0).decode()
    word = docx_text(render(doc, kind="tietovirtakuvaus", fmt="docx", lang="fi", register=0))
    for name, marker in markers.items():
        assert marker in markdown, name
        assert marker in word, name


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_empty_register_shows_missing_under_each_heading(lang):
    built = build_tietovirtakuvaus(one_register({"name": "Tyhjä"}), 0, lang)
    for section in built.sections:
        if section.key in ("controller", "systems", "diagram"):
            continue
        styles = [getattr(block, "style", None) for block in section.blocks]
        assert "missing" in styles, section.key
    doc = one_register({"name": "Tyhjä"})
    fragment = render(doc, kind="tietovirtakuvaus", fmt="fragment", lang=lang, register=0).decode()
    assert fragment.count(f'<p class="tv-missing">{MISSING[lang]}</p>') >= 20


def test_modified_date_and_controller_block(sample):
    built = build_tietovirtakuvaus(sample, 0, "fi")
    assert built.meta[0].label == MODIFIED_LABEL["fi"] and built.meta[0].value == "12.3.2026"
    assert build_tietovirtakuvaus(sample, 0, "en").meta[0].value == "12 March 2026"
    controller = {row.label: row.value for row in built.section("controller").blocks[0].rows}
    assert controller["Nimi"] == "Walttia Oy"
    assert controller["Y-tunnus"] == "2643821-1"
    assert controller["Osoite"] == "Satamakatu 12\n26100 Rauma\nSuomi"
    contact = controller["Yhteyshenkilö rekisteriä koskevissa asioissa"]
    assert contact == "Janne Kuusisto\njanne@walttia.example"


def test_systems_from_catalogue_or_free_text(sample):
    by_catalogue = build_tietovirtakuvaus(sample, 0, "fi").section("systems")
    switch = by_catalogue.blocks[0].rows[0]
    assert (switch.label, switch.value) == (USE_REFERENCES_LABEL["fi"], "Kyllä")
    table = by_catalogue.blocks[1]
    assert [row[0] for row in table.rows] == ["HubSpot", "Netvisor"]
    assert table.rows[0][3] == "EU/ETA, Saksa"

    free_text = build_tietovirtakuvaus(sample, 2, "fi").section("systems")
    assert free_text.blocks[0].rows[0].value == "Ei"
    assert [b.text for b in free_text.blocks[1:]] == ["sähköpostipalvelin, käyntikorttirekisteri"]


def test_processors_transfers_risk_and_privacy_notice_link(sample):
    built = build_tietovirtakuvaus(sample, 0, "fi")
    processors = built.section("processors").blocks[0]
    assert processors.rows[0][:2] == ("Tilitoimisto Heeros Oy", "henkilötietojen käsittelijä")
    transfers = built.section("transfers").blocks[0]
    assert transfers.rows == (("HubSpot (toimittajan kotimaa)", "Yhdysvallat",
                               "Euroopan komission vakiosopimuslausekkeet (komission "
                               "täytäntöönpanopäätös (EU) 2021/914)", ""),)
    link = built.section("privacy_notice").blocks[0].rows[0]
    assert link.href == "https://walttia.example/tietosuoja"
    risk = built.section("risk")
    summary = {row.label: row.value for row in risk.blocks[0].rows}
    assert summary["Arvioitu"] == "1.2.2026"
    screening = summary["Vaikutustenarvioinnin tarveharkinta"]
    assert screening == "Vaikutustenarviointia ei tarvita (1 / 2 kriteeriä täyttyy)"
    assert risk.blocks[1].rows[0][1] == "3 – merkittävä"


def test_legal_basis_elaborations_shown_where_they_apply(sample):
    legal = build_tietovirtakuvaus(sample, 0, "fi").section("legal_basis")
    rows = {row.label: row for block in legal.blocks if hasattr(block, "rows") for row in block.rows}
    hetu = rows["Henkilötunnuksen käsittelyperuste (tietosuojalain 29 §)"]
    assert hetu.value.startswith("toimiala") and "(29 § 2 mom.)" in hetu.value
    prospects = build_tietovirtakuvaus(sample, 2, "fi").section("legal_basis")
    rows = {row.label: row for block in prospects.blocks if hasattr(block, "rows") for row in block.rows}
    assert rows["Oikeutettu etu"].value == "Uusien asiakkuuksien hankkiminen."
    empty_f = build_tietovirtakuvaus(one_register({"name": "R", "legal_bases": ["f"]}), 0, "fi")
    rows = {row.label: row for block in empty_f.section("legal_basis").blocks if hasattr(block, "rows")
            for row in block.rows}
    assert rows["Oikeutettu etu"].missing


def test_pdf_is_a4_with_running_header_and_page_numbers(sample):
    data = render(sample, kind="tietovirtakuvaus", fmt="pdf", lang="fi", register=0)
    pages = pdf_pages(data)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert page.splitlines()[0].startswith("Walttia Oy")  # organisation in the running header
        assert f"{number} / {len(pages)}" in page
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        width, height = pdf.pages[0].width, pdf.pages[0].height
    assert (round(width), round(height)) == (595, 842)  # A4 in points


def test_docx_has_real_headings_tables_and_the_diagram(sample):
    data = render(sample, kind="tietovirtakuvaus", fmt="docx", lang="fi", register=0)
    document = docx_document(data)
    assert ("Title", "Asiakasrekisteri") in [(p.style.name, p.text) for p in document.paragraphs]
    assert len(document.tables) >= 5
    assert any(table.rows[0].cells[0].text == "Nimi" for table in document.tables)
    assert len(document.inline_shapes) == 2  # the data-flow diagram and the risk matrix
    assert document.sections[0].header.paragraphs[0].text.startswith("Walttia Oy")


def test_dates_follow_the_language():
    # One format per language (tietovirta.language): Finnish practice also in Finland's Swedish.
    doc = one_register({"name": "R", "modified_at": dt.datetime(2026, 12, 2, 8, 0).isoformat()})
    assert [build_tietovirtakuvaus(doc, 0, lang).meta[0].value for lang in LANGUAGES] == [
        "2.12.2026", "2.12.2026", "2 December 2026"]
