"""`tietovirta import`: JSON or a text summary on stdout, exit 2 and a message for unusable files."""

import argparse
import io
import json
import subprocess
import sys

import pytest

from tietovirta.canonical.schema import parse_document
from tietovirta.importer import command

DOC = (
    "Asiakasrekisteri - tietovirtakuvaus\n\n"
    "Rekisterinpitäjä\nTesti Oy, 2643821-1\n\nKäsittelyperuste\nSopimus.\n"
)


def _run(*argv: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser()
    command.add_arguments(parser)
    out, err = io.StringIO(), io.StringIO()
    code = command.run(parser.parse_args(list(argv)), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def document(tmp_path):
    path = tmp_path / "seloste.txt"
    path.write_text(DOC, encoding="utf-8")
    return path


def test_json_is_the_canonical_document(document):
    code, out, _ = _run(str(document))
    assert code == command.EXIT_OK
    parsed = parse_document(json.loads(out), strict=False)
    assert parsed.organization.name == "Testi Oy"
    assert parsed.registers[0].legal_bases == ["b"]


def test_text_summary_shows_confidence(document):
    code, out, _ = _run(str(document), "--format", "text")
    assert code == command.EXIT_OK
    assert "Register 1: Asiakasrekisteri" in out
    line = next(line for line in out.splitlines() if "organization.business_id" in line)
    assert "%" in line and "2643821-1" in line


def test_lang_option(document):
    out = _run(str(document), "--format", "text", "--lang", "sv")[1]
    assert "language sv" in out


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02\x03" * 100, b"%PDF-1.4 broken"])
def test_unusable_file_exits_2_with_message(tmp_path, content):
    path = tmp_path / "bad.pdf"
    path.write_bytes(content)
    code, out, err = _run(str(path))
    assert code == command.EXIT_UNUSABLE
    assert out == ""
    assert err.startswith("tietovirta import: ") and "Traceback" not in err


def test_module_runs_without_traceback(tmp_path):
    path = tmp_path / "junk.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    proc = subprocess.run(
        [sys.executable, "-m", "tietovirta.importer.command", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert "damaged" in proc.stderr and "Traceback" not in proc.stderr
