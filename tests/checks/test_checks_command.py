"""`tietovirta check`: output formats, languages and exit codes."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest
from checks_support import FIXTURES, minimal

from tietovirta.checks import command

KEYS = {"rule", "severity", "register", "field", "message", "hint", "legal_ref"}


def check(path: Path | str, *options: str) -> int:
    parser = argparse.ArgumentParser()
    command.add_arguments(parser)
    return command.run(parser.parse_args([str(path), "--today", "2026-04-01", *options]))


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_a_correct_document_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert check(FIXTURES / "complete_fi.json") == 0
    assert "100/100" in capsys.readouterr().out


def test_error_findings_exit_1_with_json_findings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = write(tmp_path, "doc.json", json.dumps(minimal("", data_collected_text="Nimi ja henkilötunnus.")))
    assert check(doc, "--format", "json", "--lang", "sv") == 1
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(set(row) >= KEYS for row in rows)
    hetu = next(row for row in rows if row["rule"] == "hetu-ground-missing")
    assert (hetu["severity"], hetu["register"], hetu["field"]) == ("error", "Asiakasrekisteri", "hetu_ground")
    assert "personbeteckningen" in hetu["message"]


def test_only_warnings_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads((FIXTURES / "complete_en.json").read_text(encoding="utf-8"))
    data["registers"][0]["security_text"] = "Data is protected appropriately."
    assert check(write(tmp_path, "doc.json", json.dumps(data)), "--lang", "en") == 0
    out = capsys.readouterr().out
    assert "security-missing" in out and "0 errors, 1 warnings" in out


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("broken.json", "{not json"),
        ("other.json", '{"schema_version": "1.0", "registers": []}'),
        ("future.json", '{"schema_version": "9.0", "organization": {}}'),
    ],
)
def test_unusable_json_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: str
) -> None:
    assert check(write(tmp_path, name, content)) == 2
    assert "tietovirta check:" in capsys.readouterr().err


def test_missing_file_exits_2(tmp_path: Path) -> None:
    assert check(tmp_path / "nothing.json") == 2


def test_a_prose_document_is_imported_on_the_fly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed = write(
        tmp_path,
        "rekisteri.txt",
        "Asiakasrekisteri - tietovirtakuvaus\n\nSaatava tieto\n"
        "Asiakkaiden nimi, puhelinnumero ja henkilötunnus.\n\nKäsittelyperuste\nSopimus.\n",
    )
    assert check(seed, "--format", "json") == 1
    assert "hetu-ground-missing" in {row["rule"] for row in json.loads(capsys.readouterr().out)}


def test_module_entry_point(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tietovirta.checks",
            str(FIXTURES / "complete_sv.json"),
            "--lang",
            "sv",
            "--today",
            "2026-04-01",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert "Inga anmärkningar." in result.stdout
