"""The PDF, Word and scanned versions in the importer corpus (made by corpus/importer/make_formats.py).

A derived file is scored against the labels of the document it was made from, so it has to be that
document: the same split, language and origin, and, read back with pdfplumber or python-docx, the
words of the source and of its labels. The files are read back here, not the script's intentions.
Blind documents are only processed mechanically: a failure names the file and a figure, never text.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import docx
import pdfplumber
import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "importer"
DOCUMENTS = CORPUS / "documents"

with (CORPUS / "manifest.csv").open(encoding="utf-8", newline="") as _handle:
    ROWS = list(csv.DictReader(_handle))
BY_ID = {row["id"]: row for row in ROWS}
DERIVED = [row for row in ROWS if row["derived_from"]]
PDF_LAYOUTS = {"pdf-from-html", "pdf-from-markdown", "pdf-from-text"}
DOCX_LAYOUTS = {"docx-heading-styles", "docx-bold-headings"}
PDFS = [row for row in DERIVED if row["layout"] in PDF_LAYOUTS]
WORD_FILES = [row for row in DERIVED if row["layout"] in DOCX_LAYOUTS]
SCANS = [row for row in DERIVED if row["layout"] == "pdf-scanned"]
SUFFIX = {"pdf-scanned": "-scan.pdf", "docx-heading-styles": "-docx.docx", "docx-bold-headings": "-docx.docx",
          **dict.fromkeys(PDF_LAYOUTS, "-pdf.pdf")}

TITLE = {"fi": "Tietosuojaseloste", "sv": "Dataskyddsbeskrivning", "en": "Privacy notice"}
PAGE_OF = {"fi": r"Sivu (\d+) / (\d+)", "sv": r"Sida (\d+) av (\d+)", "en": r"Page (\d+) of (\d+)"}
A4 = (595.28, 841.89)  # points
WORD = re.compile(r"\w+")


def words(text: str) -> set[str]:
    return {w.casefold() for w in WORD.findall(text)}


def label_words(source_id: str) -> set[str]:
    """The words of the label's text fields and of the controller's details."""
    label = json.loads((CORPUS / "labels" / f"{source_id}.json").read_text(encoding="utf-8"))
    parts = [v for v in (label.get("organization") or {}).values() if isinstance(v, str)]
    for register in label.get("registers", []):
        parts += [v for k, v in register.items() if k.endswith("_text") and isinstance(v, str)]
    return words(" ".join(parts))


def source_words(source: dict[str, str]) -> set[str]:
    """The words of the source document as a reader sees it (markup, front matter and page chrome aside)."""
    raw = (DOCUMENTS / source["file"]).read_bytes().decode("utf-8-sig", errors="replace")
    if source["format"] == "html":
        soup = BeautifulSoup(raw, "lxml")
        for tag in soup(["script", "style", "noscript", "template", "nav", "header", "footer", "aside",
                         "button", "form"]):
            tag.decompose()
        raw = (soup.find("main") or soup.body or soup).get_text(" ")
    elif source["format"] == "md":
        raw = re.sub(r"\A(---|\+\+\+)[ \t]*\n.*?\n\1[ \t]*\n", "", raw, flags=re.S)
        raw = re.sub(r"\]\([^)]*\)", "]", raw)  # a link's target is not shown
        raw = re.sub(r"<[^>]+>|\{[{%].*?[%}]\}", " ", raw)
    return words(raw)


def kept(wanted: set[str], got: set[str]) -> float:
    return len(wanted & got) / len(wanted) if wanted else 1.0


def pdf_pages(path: Path) -> list[tuple[float, float, str, int, int]]:
    """(width, height, text, characters, images) of each page."""
    with pdfplumber.open(path) as pdf:
        return [(page.width, page.height, page.extract_text() or "", len(page.chars), len(page.images))
                for page in pdf.pages]


def docx_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


# --- the manifest ------------------------------------------------------------------------------------


def test_there_are_enough_versions_spread_over_languages_splits_and_source_formats():
    assert len(PDFS) >= 24 and len(WORD_FILES) >= 24 and len(SCANS) >= 6
    assert len(PDFS) + len(WORD_FILES) + len(SCANS) == len(DERIVED), "a derived row with an unknown layout"
    for group in (PDFS, WORD_FILES, SCANS):
        assert {row["language"] for row in group} == {"fi", "sv", "en"}
        blind = sum(row["split"] == "blind" for row in group)
        assert 0.25 <= blind / len(group) <= 0.45, (group[0]["layout"], blind, len(group))
    for group in (PDFS, WORD_FILES):
        assert {BY_ID[row["derived_from"]]["format"] for row in group} == {"html", "md", "txt"}
    styled = sum(row["layout"] == "docx-heading-styles" for row in WORD_FILES)
    assert abs(2 * styled - len(WORD_FILES)) <= 2, "about half the Word files use heading styles"


def test_ids_and_files_are_unique_and_every_generated_file_is_listed():
    assert len({row["id"] for row in ROWS}) == len(ROWS)
    assert len({row["file"] for row in ROWS}) == len(ROWS)
    generated = {p.name for p in DOCUMENTS.iterdir() if p.name.endswith(tuple(set(SUFFIX.values())))}
    assert generated == {row["file"] for row in DERIVED}


@pytest.mark.parametrize("row", DERIVED, ids=lambda row: row["id"])
def test_derived_row_is_its_source(row):
    source = BY_ID.get(row["derived_from"])
    assert source is not None, "the source is not in the manifest"
    assert not source["derived_from"], "made from a derived file"
    assert row["split"] == source["split"]
    for key in ("language", "kind", "repo", "path", "url", "organisation"):
        assert row[key] == source[key], key
    assert row["file"] == source["id"] + SUFFIX[row["layout"]]
    assert Path(row["file"]).stem == row["id"]
    assert row["format"] == ("docx" if row["layout"] in DOCX_LAYOUTS else "pdf")
    if row["layout"] in PDF_LAYOUTS:
        assert row["layout"] == {"html": "pdf-from-html", "md": "pdf-from-markdown",
                                 "txt": "pdf-from-text"}[source["format"]]
    assert (DOCUMENTS / row["file"]).is_file()
    assert (CORPUS / "labels" / f"{source['id']}.json").is_file()
    assert not (CORPUS / "labels" / f"{row['id']}.json").exists(), "derived files use their source's label"


# --- the files, read back ------------------------------------------------------------------------------


@pytest.mark.parametrize("row", PDFS, ids=lambda row: row["id"])
def test_pdf_is_the_document_on_a4_pages_with_running_header_and_page_numbers(row):
    pages = pdf_pages(DOCUMENTS / row["file"])
    assert pages
    text = "\n".join(page[2] for page in pages)
    for number, (width, height, page_text, _chars, _images) in enumerate(pages, start=1):
        assert abs(width - A4[0]) < 2 and abs(height - A4[1]) < 2
        assert TITLE[row["language"]] in page_text, f"page {number} has no running header"
        footer = re.findall(PAGE_OF[row["language"]], page_text)
        assert (str(number), str(len(pages))) in footer, f"page {number} has no page number"
    source = BY_ID[row["derived_from"]]
    assert kept(label_words(source["id"]), words(text)) >= 0.95
    assert kept(source_words(source), words(text)) >= 0.9


@pytest.mark.parametrize("row", WORD_FILES, ids=lambda row: row["id"])
def test_word_file_is_the_document_with_headings_header_footer_and_title(row):
    document = docx.Document(str(DOCUMENTS / row["file"]))
    assert document.core_properties.title.strip()
    section = document.sections[0]
    assert abs(section.page_width.mm - 210) < 1 and abs(section.page_height.mm - 297) < 1
    header = " ".join(p.text for p in section.header.paragraphs)
    assert TITLE[row["language"]] in header and row["organisation"] in header
    footer = section.footer._element.xml
    assert " PAGE " in footer and " NUMPAGES " in footer, "no page number fields in the footer"
    styles = [p.style.name for p in document.paragraphs]
    headings = [s for s in styles if s.startswith("Heading")]
    bold_only = [p for p in document.paragraphs if p.runs and p.text.strip() and all(r.bold for r in p.runs)]
    if row["layout"] == "docx-heading-styles":
        assert headings
    else:
        assert not headings and bold_only
    text = docx_text(document)
    source = BY_ID[row["derived_from"]]
    assert kept(label_words(source["id"]), words(text)) >= 0.95
    assert kept(source_words(source), words(text)) >= 0.9


def test_word_files_use_word_lists_and_tables():
    styles: set[str] = set()
    tables = 0
    for row in WORD_FILES:
        document = docx.Document(str(DOCUMENTS / row["file"]))
        styles |= {p.style.name for p in document.paragraphs}
        tables += len(document.tables)
    assert {"List Bullet", "List Number"} <= styles
    assert tables >= 1


@pytest.mark.parametrize("row", SCANS, ids=lambda row: row["id"])
def test_scan_is_page_images_without_a_text_layer(row):
    path = DOCUMENTS / row["file"]
    assert path.stat().st_size <= 300 * 1024
    assert b"/DCTDecode" in path.read_bytes(), "the pages are not JPEG images"
    pages = pdf_pages(path)
    assert 1 <= len(pages) <= 3
    for width, height, text, chars, images in pages:
        assert abs(width - A4[0]) < 3 and abs(height - A4[1]) < 3
        assert chars == 0 and not text.strip(), "a scan has a text layer"
        assert images == 1
    with pdfplumber.open(path) as pdf:
        image = pdf.pages[0].images[0]
        dpi = image["srcsize"][0] / (pdf.pages[0].width / 72)
    assert 195 <= dpi <= 205
