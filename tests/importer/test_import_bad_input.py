"""Unusable input gives one clear exception (UnreadableDocument), never a traceback of another kind."""

import io
import os
import zipfile
from unittest import mock

import bs4
import pytest
from import_support import encrypted_pdf

import tietovirta.importer as importer
from tietovirta.canonical.schema import DocumentError, parse_document
from tietovirta.importer import MAX_BYTES, UnreadableDocument, import_bytes, import_file, reading


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\t \n", "empty"),
        (bytes(range(256)) * 20, "binary"),
        (b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", "damaged"),
        (b"PK\x03\x04garbage that is no zip", "damaged"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "old Word"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"), "password"),
        (b"{\\rtf1\\ansi Tietosuojaseloste}", "RTF"),
    ],
)
def test_unusable_bytes_are_refused_with_a_reason(data, message):
    with pytest.raises(UnreadableDocument, match=message):
        import_bytes(data, "file.bin")


def test_encrypted_pdf():
    with pytest.raises(UnreadableDocument, match="encrypted"):
        import_bytes(encrypted_pdf(), "secret.pdf")


def test_scanned_pdf_without_text_layer(make_pdf):
    scan = make_pdf("<div style='width:10cm;height:10cm;background:#333'></div>")
    with pytest.raises(UnreadableDocument, match="no text layer"):
        import_bytes(scan, "scan.pdf")


def test_zip_that_is_not_word():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(UnreadableDocument, match="not a Word"):
        import_bytes(buffer.getvalue(), "x.docx")


def test_corrupt_docx():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types")
        archive.writestr("word/document.xml", "<w:document><broken")
    with pytest.raises(UnreadableDocument, match="damaged"):
        import_bytes(buffer.getvalue(), "x.docx")


def test_file_over_the_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: no disk space used

    def no_reading(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(importer, "open", no_reading, raising=False)
    with pytest.raises(UnreadableDocument, match="20 MB"):
        import_file(big)


def test_bytes_over_the_limit_are_refused():
    with pytest.raises(UnreadableDocument, match="20 MB"):
        import_bytes(b"a" * (MAX_BYTES + 1))


def test_missing_file(tmp_path):
    with pytest.raises(UnreadableDocument, match="No such file"):
        import_file(tmp_path / "nothing.txt")
    with pytest.raises(UnreadableDocument, match="directory"):
        import_file(tmp_path)


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_windows_and_latin1_text_is_decoded(encoding):
    text = (
        "Rekisterinpitäjä\nMäkelän Kukka Oy\n\n"
        "Miksi tietoja käsitellään\nAsiakassuhteen hoitaminen – laskutus.\n"
    )
    if encoding == "latin-1":
        text = text.replace("–", "-")
    result = import_bytes(text.encode(encoding), "seloste.txt")
    assert result.document.organization.name == "Mäkelän Kukka Oy"
    assert result.document.registers[0].purpose_text.startswith("Asiakassuhteen hoitaminen")
    assert any("not UTF-8" in w for w in result.warnings)


def test_no_recognisable_headings_imports_everything_as_unmapped():
    text = "Kerromme tässä, miten käsittelemme tietoja.\n\nKysy lisää sähköpostitse.\n"
    result = import_bytes(text.encode(), "muistio.txt")
    register = result.document.registers[0]
    assert (
        register.unmapped_text == "Kerromme tässä, miten käsittelemme tietoja.\n\nKysy lisää sähköpostitse."
    )
    assert any("No known headings" in w for w in result.warnings)


def test_invalid_business_id_is_kept_and_flagged():
    result = import_bytes("Rekisterinpitäjä\nVirhe Oy (y-tunnus 2651234-5)\n".encode(), "x.txt")
    assert result.document.organization.business_id == "2651234-5"
    assert any("check digit" in w for w in result.warnings)
    data = result.document.model_dump(mode="json")
    assert parse_document(data, strict=False).organization.business_id == "2651234-5"
    with pytest.raises(DocumentError, match="business_id"):
        parse_document(data, strict=True)


def test_import_file_reads_from_disk(tmp_path):
    path = tmp_path / "seloste.txt"
    path.write_text("Tietolähteet\nLomake\n", encoding="utf-8")
    assert import_file(path).document.registers[0].sources == ["Lomake"]
    assert os.path.exists(path)


def test_text_no_database_can_store_is_dropped_from_extracted_lines():
    # pdfminer can yield NUL for glyphs it cannot map; such text must not reach the database.
    from tietovirta.importer.reading import Line

    assert Line("Sopimus\x00peruste \ud800").text == "Sopimusperuste "


def _page(body: str) -> bytes:
    return f"<html><body>{body}</body></html>".encode()


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("<b>" * (reading.MAX_HTML_TAGS + 1), "too_many_elements"),
        ("<div>" * 2000 + "<p>Rekisterinpitäjä on Testi Oy.</p>" + "</div>" * 2000, "too_deeply_nested"),
        # On one line of the file: the page's own paragraphs are counted, not the file's lines.
        ("".join(f"<p>Kappale {n}.</p>" for n in range(reading.MAX_LINES + 1)), "too_many_lines"),
    ],
)
def test_a_web_page_beyond_the_reading_bounds_is_refused(body, kind):
    with pytest.raises(UnreadableDocument) as refused:
        import_bytes(_page(body), "page.html")
    assert refused.value.kind == kind


def test_html_inside_markdown_is_read_within_the_same_bounds():
    text = (
        "# Tietosuojaseloste\n\n<p>Rekisterinpitäjä</p><p>Testi Oy</p><div>" + "<b>" * reading.MAX_HTML_TAGS
    )
    with pytest.raises(UnreadableDocument) as refused:
        import_bytes(text.encode(), "seloste.md")
    assert refused.value.kind == "too_many_elements"


def test_a_web_page_is_parsed_once():
    """Building the page's tree is the costliest part of reading it."""
    page = _page("<h2>Rekisterinpitäjä</h2><p>Testi Oy, Esimerkkikatu 1, 00100 Helsinki</p>")
    with mock.patch.object(bs4, "BeautifulSoup", wraps=bs4.BeautifulSoup) as parse:
        result = import_bytes(page, "page.html")
    assert parse.call_count == 1
    assert result.document.organization.name == "Testi Oy"
