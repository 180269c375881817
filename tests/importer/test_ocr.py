"""Scanned PDFs are read by OCR (issue 14 item 5): Tesseract with the Finnish, Swedish and English data,
run on the real scans of the corpus (page images without a text layer, corpus/README.md).

Only the development scans are read here; the blind ones are scored by the benchmark alone.
"""

from __future__ import annotations

import io

import pypdfium2
import pytest
from test_corpus_formats import BY_ID, DOCUMENTS, kept, label_words, source_words, words

from tietovirta.importer import UnreadableDocument, import_bytes
from tietovirta.importer.ocr import MAX_OCR_PAGES, ocr_options, tesseract
from tietovirta.importer.reading import read_bytes
from tietovirta.importer.sandbox import run_import

SCANS = [row for row in BY_ID.values() if row["layout"] == "pdf-scanned"]
DEV_SCANS = sorted(row["id"] for row in SCANS if row["split"] == "dev")


def _scan(scan_id: str) -> bytes:
    return (DOCUMENTS / BY_ID[scan_id]["file"]).read_bytes()


def _blank_pdf(pages: int) -> bytes:
    pdf = pypdfium2.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(595, 842)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_tesseract_and_its_three_languages_are_installed():
    # The tests below read real scans; without the program they would only test the refusal.
    assert tesseract() is not None, "apt-get install tesseract-ocr (scripts/system-packages.sh)"
    assert len(DEV_SCANS) == 6


@pytest.mark.parametrize("scan_id", DEV_SCANS)
def test_a_scan_reads_as_the_words_of_its_source(scan_id):
    source = BY_ID[BY_ID[scan_id]["derived_from"]]
    lines = read_bytes(_scan(scan_id)).lines
    got = words(" ".join(line.text for line in lines))
    wanted = {w for w in source_words(source) if len(w) >= 4}
    labelled = {w for w in label_words(source["id"]) if len(w) >= 4}
    assert kept(wanted, got) >= 0.93, sorted(wanted - got)
    assert kept(labelled, got) >= 0.93, sorted(labelled - got)


def test_swedish_letters_survive_when_the_language_is_detected():
    # Read with Finnish first, Tesseract turns "på" into "pä": the first page tells the language.
    text = " ".join(line.text for line in read_bytes(_scan("sv-023-scan")).lines)
    assert "rösta på förslag" in text
    assert "återkalla ditt samtycke" in text


def test_a_scan_imports_its_controller_and_sections():
    result = import_bytes(_scan("fi-032-scan"), "fi-032-scan.pdf")
    assert len(result.document.registers) == 1  # its running header starts no second register
    assert result.detected_format == "pdf"
    assert result.language == "fi"
    values = {field.field: str(field.value) for field in result.fields}
    assert values["organization.name"] == "Sun Piha Oy"
    assert "name" not in values  # a title naming the controller names no register (LABELLING.md)
    assert "Asiakassuhteen hoitaminen" in values["purpose_text"]


def test_the_sandbox_reads_a_scan_and_reports_each_page():
    pages: list[tuple[int, int]] = []
    result = run_import(_scan("fi-032-scan"), "scan.pdf", progress=lambda page, n: pages.append((page, n)))
    assert pages == [(1, 2), (2, 2)]
    assert "Sun Piha Oy" in result.document.model_dump_json()


def test_without_ocr_a_scan_is_refused_at_once():
    with pytest.raises(UnreadableDocument) as refused:
        run_import(_scan("fi-075-scan"), "scan.pdf", ocr=False)
    assert refused.value.kind == "pdf_no_text"


def test_without_tesseract_the_refusal_says_ocr_is_not_installed(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # a real absence: no tesseract on the path, in the child too
    with pytest.raises(UnreadableDocument) as refused:
        run_import(_scan("fi-075-scan"), "scan.pdf")
    assert refused.value.kind == "ocr_not_installed"
    assert "tekstintunnistusta (OCR) ole asennettu" in refused.value.message("fi")
    assert "textigenkänning (OCR) är inte installerad" in refused.value.message("sv")
    assert "OCR) is not installed" in refused.value.message("en")


def test_without_the_language_data_the_refusal_says_ocr_is_not_installed(monkeypatch, tmp_path):
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))  # Tesseract finds no fin/swe/eng data there
    with pytest.raises(UnreadableDocument) as refused:
        read_bytes(_scan("fi-075-scan"))
    assert refused.value.kind == "ocr_not_installed"


def test_a_scan_of_too_many_pages_is_refused_before_any_is_read():
    read: list[int] = []
    options = ocr_options(progress=lambda page, pages: read.append(page))
    with options, pytest.raises(UnreadableDocument) as refused:
        read_bytes(_blank_pdf(MAX_OCR_PAGES + 1))
    assert refused.value.kind == "ocr_too_many_pages"
    assert str(MAX_OCR_PAGES) in refused.value.message("fi")
    assert read == []


def test_a_blank_scan_is_refused_as_having_no_text():
    with pytest.raises(UnreadableDocument) as refused:
        read_bytes(_blank_pdf(1))
    assert refused.value.kind == "ocr_no_text"


def test_headings_are_guessed_from_size_and_the_gap_before_a_short_line():
    from tietovirta.importer.ocr import _lines

    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"

    def word(block: int, line: int, top: int, height: int, text: str, conf: float = 95.0) -> str:
        return f"5\t1\t{block}\t1\t{line}\t1\t100\t{top}\t50\t{height}\t{conf}\t{text}"

    tsv = "\n".join([
        header,
        word(1, 1, 100, 60, "Tietosuojaseloste"),  # set larger: a heading
        word(2, 1, 200, 40, "Rekisterinpitäjä"),  # after a wide gap: a label
        word(3, 1, 260, 40, "Walttia"), word(3, 1, 260, 40, "Oy"),
        word(3, 2, 320, 40, "Tietoja"), word(3, 2, 320, 40, "käsitellään."),
        word(3, 3, 380, 40, "asiakassuhteen"), word(3, 3, 380, 40, "hoitamiseksi."),
        word(3, 4, 440, 40, "|"), word(3, 4, 440, 40, "~", conf=12.0),  # dust: no line at all
        word(4, 1, 600, 40, "Tietosuojaseloste"), word(4, 1, 600, 40, "Walttia"),  # a running footer
    ])
    lines = _lines(tsv)
    assert [(line.text, line.hint) for line in lines] == [
        ("Tietosuojaseloste", "heading"),
        ("Rekisterinpitäjä", "label"),
        ("Walttia Oy", ""),
        ("Tietoja käsitellään.", ""),
        ("asiakassuhteen hoitamiseksi.", ""),
        ("Tietosuojaseloste Walttia", ""),
    ]
