"""The sandbox every import runs in (importer/sandbox.py): the process limits behind the reading's bounds.

The files here stay within the bounds of reading.py, so what stops them is the child's memory, CPU or
wall-time limit, set low for the test; the user reads that the file is too complex, never that it is
damaged.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hostile import formatted_docx, glyph_pdf

from tietovirta.importer import UnreadableDocument, import_bytes, reading, sandbox
from tietovirta.importer.refusals import MESSAGES

CORPUS = Path(__file__).parent / "corpus"


def heavy_pdf() -> bytes:
    """Ten pages just under the glyphs a page may have: seconds of work within every bound."""
    return glyph_pdf(7 * (reading.MAX_GLYPHS_PER_PAGE - 500) * 10, pages=10)


@pytest.mark.parametrize("name", ["fi_cafe_table.pdf", "fi_physio_styles.docx", "fi_shop_web.html"])
def test_an_import_in_the_sandbox_gives_what_it_gives_in_process(name):
    data = (CORPUS / name).read_bytes()
    inside, here = sandbox.run_import(data, name), import_bytes(data, name)
    assert inside.document == here.document and inside.document.registers
    assert inside.fields == here.fields and inside.warnings == here.warnings
    assert inside.suggestions == here.suggestions
    assert (inside.detected_format, inside.language) == (here.detected_format, here.language)


def test_a_refusal_comes_back_as_it_was_raised():
    with pytest.raises(UnreadableDocument) as refused:
        sandbox.run_import(b"{\\rtf1 hello}", "old.rtf")
    assert refused.value.kind == "rtf" and "RTF" in refused.value.message("fi")


# Within every bound of the reading, yet python-docx maps some 60 MB for it.
HEAVY_WORD_FILE_PARAGRAPHS = 11_000


def test_memory_limit_reads_as_too_complex_never_damaged(monkeypatch):
    # Starting up (the parsers and the classifier) maps ~135 MB: the Word file no longer fits.
    monkeypatch.setattr(sandbox, "MEMORY_LIMIT", 170 * sandbox.MB)
    data = formatted_docx(HEAVY_WORD_FILE_PARAGRAPHS)
    with pytest.raises(UnreadableDocument) as refused:
        sandbox.run_import(data, "heavy.docx")
    assert refused.value.kind == "out_of_memory", refused.value
    assert refused.value.message("fi").startswith("Tiedosto on liian monimutkainen luettavaksi: ")
    assert "170 Mt" in refused.value.message("fi")


def test_memory_test_file_reads_with_the_usual_limit():
    # The file above is an ordinary, if long, Word document: the limit, not the file, refused it.
    assert sandbox.run_import(formatted_docx(HEAVY_WORD_FILE_PARAGRAPHS), "heavy.docx").document.registers


def test_cpu_limit_reads_as_too_complex(monkeypatch):
    monkeypatch.setattr(sandbox, "CPU_SECONDS", 1)
    with pytest.raises(UnreadableDocument) as refused:
        sandbox.run_import(heavy_pdf(), "heavy.pdf")
    assert refused.value.kind == "out_of_time" and refused.value.params == {"seconds": 1}


def test_wall_time_limit_reads_as_too_complex(monkeypatch):
    monkeypatch.setattr(sandbox, "WALL_SECONDS", 1)
    with pytest.raises(UnreadableDocument) as refused:
        sandbox.run_import(heavy_pdf(), "heavy.pdf")
    assert refused.value.kind == "out_of_time" and refused.value.params == {"seconds": 1}


@pytest.mark.parametrize("code", [-9, -11, 1])
def test_a_child_that_dies_without_an_answer_was_stopped(code):
    done = subprocess.CompletedProcess(["python"], code, b"", b"Killed")
    assert sandbox._outcome(done) == {"refusal": {"kind": "stopped", "params": {}}}


def test_a_child_that_ran_out_of_memory_outside_the_reading_says_so():
    done = subprocess.CompletedProcess(["python"], 1, b"", b"Traceback ...\nMemoryError\n")
    assert sandbox._outcome(done)["refusal"]["kind"] == "out_of_memory"


@pytest.mark.parametrize("kind", sorted(MESSAGES))
def test_every_refusal_reads_in_finnish_swedish_and_english(kind):
    refusal = UnreadableDocument(kind, mb=20, method="LZMA", limit=20000, page=3, seconds=40, path="a.pdf")
    texts = {lang: refusal.message(lang) for lang in ("fi", "sv", "en")}
    assert len(set(texts.values())) == 3 and all("{" not in text for text in texts.values())
    assert str(refusal) == texts["en"]
    assert UnreadableDocument.from_dict(refusal.to_dict()).message("sv") == texts["sv"]
