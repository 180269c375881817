"""`make run` and `make test` set up the Debian packages they need, or say what is missing and go on."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).parents[1] / "scripts" / "system-packages.sh"
# What the script itself runs; a PATH with only these has no Graphviz, Chromium or apt-get.
TOOLS = ("sh", "ls", "grep", "cut", "sort", "tr", "id", "ldconfig", "python3")


def _run(purpose: str, path: str, **env) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["/bin/sh", str(SCRIPT), purpose], capture_output=True, text=True, timeout=60,
        env={"PATH": path, "HOME": os.environ.get("HOME", "/tmp"), **env}, check=False,
    )


@pytest.fixture
def bare_path(tmp_path) -> str:
    for tool in TOOLS:
        if found := shutil.which(tool):
            (tmp_path / tool).symlink_to(found)
    return str(tmp_path)


def test_missing_packages_are_named_with_what_they_break(bare_path):
    result = _run("test", bare_path, TIETOVIRTA_NO_APT="1")
    assert result.returncode == 0, "a missing package never stops the make target"
    assert "graphviz: data-flow diagrams are not drawn" in result.stdout
    assert "chromium: the browser tests are skipped" in result.stdout
    assert "tesseract-ocr: scanned PDFs cannot be read" in result.stdout


def test_without_apt_get_it_says_how_to_install(bare_path):
    result = _run("run", bare_path)
    assert result.returncode == 0
    assert "apt-get is not available here" in result.stdout and "graphviz" in result.stdout
    assert "chromium" not in result.stdout  # `make run` does not need a browser


def test_nothing_is_said_when_everything_is_there():
    # `make test` has installed the packages before the suite runs.
    result = _run("run", os.environ["PATH"])
    assert result.returncode == 0 and result.stdout == ""


def test_an_unknown_purpose_is_refused(bare_path):
    assert _run("deploy", bare_path).returncode == 2
