"""`tietovirta render`: documents from a canonical file, without a database."""

import json

import openpyxl
import pytest

from tietovirta.cli import main

DOC = {
    "schema_version": "1.0",
    "organization": {"name": "Walttia Oy", "business_id": "2643821-1"},
    "registers": [
        {"name": "Asiakasrekisteri", "legal_bases": ["b"]},
        {"name": "Prospektit", "legal_bases": ["f"]},
    ],
}


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "walttia.json"
    path.write_text(json.dumps(DOC), encoding="utf-8")
    return path


def test_notice_by_register_name(source, tmp_path):
    out = tmp_path / "notice.md"
    assert (
        main(
            [
                "render",
                str(source),
                "--doc",
                "tietosuojaseloste",
                "--format",
                "md",
                "--lang",
                "en",
                "--register",
                "prospektit",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    text = out.read_text(encoding="utf-8")
    assert "Prospektit" in text and "Walttia Oy" in text


def test_record_as_xlsx(source, tmp_path):
    out = tmp_path / "record.xlsx"
    assert main(["render", str(source), "--doc", "seloste", "--format", "xlsx", "-o", str(out)]) == 0
    cells = [c for row in openpyxl.load_workbook(out).active.iter_rows(values_only=True) for c in row if c]
    assert "Asiakasrekisteri" in cells and "Prospektit" in cells


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--doc", "tietosuojaseloste", "--format", "xlsx", "--register", "0"],
            "cannot be written as 'xlsx'",
        ),
        (
            ["--doc", "tietovirtakuvaus", "--format", "pdf", "--register", "Ei ole"],
            "no register named 'Ei ole'",
        ),
        (["--doc", "tietovirtakuvaus", "--format", "pdf"], "give the register's index"),
        (["--doc", "tietovirtakuvaus", "--format", "pdf", "--register", "7"], "no register at index 7"),
    ],
)
def test_bad_choices_are_clear_errors(source, tmp_path, capsys, args, message):
    assert main(["render", str(source), *args, "-o", str(tmp_path / "x")]) == 2
    assert message in capsys.readouterr().err


def test_unusable_input(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    assert main(["render", str(bad), "--doc", "seloste", "--format", "csv", "-o", str(tmp_path / "x")]) == 2
    assert "not a usable document" in capsys.readouterr().err
