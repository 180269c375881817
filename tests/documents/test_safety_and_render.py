"""User text is never markup or a formula; render() names every bad choice."""

import re

import pytest
from doc_helpers import csv_rows_of, docx_text, one_register, xlsx_rows

from tietovirta.canonical import Breach, SubjectRequest
from tietovirta.documents import SUPPORTED, RenderError, render
from tietovirta.documents.model import safe_href
from tietovirta.documents.to_spreadsheet import neutralise

EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)> & <b>bold</b>'


def evil_document():
    return one_register({
        "name": f"Rekisteri {EVIL}",
        "purpose_text": EVIL,
        "sources": [EVIL],
        "privacy_notice_url": "javascript:alert(1)",
        "responsible_person": {"name": "=HYPERLINK(\"http://evil\",\"x\")"},
        "retention_text": "+1+1",
        "security_text": "-2+3",
        "disclosures_text": "@SUM(A1)",
        "legal_basis_text": "Nolla\x00merkki ja ohjausmerkki\x0b",
    }, name='Yritys <i>"Oy"</i>')


@pytest.mark.parametrize("kind", ["tietovirtakuvaus", "tietosuojaseloste", "seloste"])
@pytest.mark.parametrize("fmt", ["html", "fragment"])
def test_user_text_is_escaped_in_html(kind, fmt):
    register = None if kind == "seloste" else 0
    out = render(evil_document(), kind=kind, fmt=fmt, lang="fi", register=register).decode()
    assert "<script" not in out and "<img" not in out and "<b>" not in out and "<i>" not in out
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in out
    assert 'href="javascript:' not in out  # the URL is shown as typed, never as a link
    assert "\x00" not in out


def test_user_text_is_escaped_in_markdown():
    out = render(evil_document(), kind="tietovirtakuvaus", fmt="md", lang="fi", register=0).decode()
    assert re.search(r"(?<!\\)<(script|img|b>|i>)", out) is None  # every user "<" is backslash-escaped
    assert "\\<script\\>" in out
    assert "](<javascript:" not in out and "<javascript:" not in out


def test_control_characters_do_not_break_word_or_pdf():
    doc = evil_document()
    word = docx_text(render(doc, kind="tietovirtakuvaus", fmt="docx", lang="fi", register=0))
    assert "Nollamerkki ja ohjausmerkki" in word
    assert render(doc, kind="tietosuojaseloste", fmt="pdf", lang="fi", register=0).startswith(b"%PDF")


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"])
def test_formula_starts_are_neutralised(value):
    assert neutralise(value) == "'" + value
    assert neutralise("Ei kaavaa = 1") == "Ei kaavaa = 1"


def test_no_formula_reaches_xlsx_or_csv():
    doc = evil_document()
    for rows in (xlsx_rows(render(doc, kind="seloste", fmt="xlsx", lang="fi")),
                 csv_rows_of(render(doc, kind="seloste", fmt="csv", lang="fi"))):
        cells = [str(cell) for row in rows for cell in row if cell is not None]
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
        assert "'=HYPERLINK(\"http://evil\",\"x\")" in cells


def test_xlsx_cells_are_text_not_formulas():
    import io

    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(render(evil_document(), kind="seloste", fmt="xlsx", lang="fi")))
    assert all(cell.data_type == "s" for row in book.worksheets[0].iter_rows() for cell in row
               if cell.value is not None)


def test_safe_href():
    assert safe_href("https://example.fi/tietosuoja") == "https://example.fi/tietosuoja"
    assert safe_href("mailto:a@b.fi") == "mailto:a@b.fi"
    for bad in ("javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "https://x.fi/\"><script>"):
        assert safe_href(bad) == ""


def test_every_supported_combination_renders(sample):
    # the letters are about a data-subject request and a breach
    request = SubjectRequest(reference="2026-001", kinds=["access"], received_on="2026-03-06")
    breach = Breach(reference="2026-001", title="Lost laptop", aware_at="2026-12-04T15:30:00+02:00")
    sample = sample.model_copy(update={"requests": [request], "breaches": [breach]})
    for kind, formats in SUPPORTED.items():
        register = None if kind == "seloste" else 0
        for fmt in formats:
            assert render(sample, kind=kind, fmt=fmt, lang="en", register=register, request=0, breach=0)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"kind": "tietosuojaseloste", "fmt": "xlsx", "register": 0}, "cannot be written as 'xlsx'"),
    ({"kind": "lasku", "fmt": "pdf"}, "unknown document kind 'lasku'"),
    ({"kind": "tietovirtakuvaus", "fmt": "pdf"}, "give the register's index"),
    ({"kind": "tietovirtakuvaus", "fmt": "pdf", "register": 9}, "no register at index 9"),
    ({"kind": "seloste", "fmt": "xlsx", "register": 0}, "give no register"),
    ({"kind": "seloste", "fmt": "pdf", "lang": "de"}, "unsupported language 'de'"),
])
def test_render_errors_name_the_bad_choice(sample, kwargs, message):
    with pytest.raises(RenderError, match=message):
        render(sample, **{"lang": "fi", **kwargs})


def test_diagram_of_register_and_organisation(sample):
    register = render(sample, kind="diagram", fmt="svg", lang="fi", register=1).decode()
    assert register.startswith("<svg") and "Mailchimp" in register and "Netvisor" not in register
    organisation = render(sample, kind="diagram", fmt="svg", lang="fi").decode()
    assert all(name in organisation for name in ("Asiakasrekisteri", "Uutiskirjeen tilaajat", "Prospektit"))
    page = render(sample, kind="diagram", fmt="html", lang="fi").decode()
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page
