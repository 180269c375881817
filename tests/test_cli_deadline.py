"""`tietovirta deadline`: the legal deadlines for scripts, run as a real process."""

import subprocess
import sys
from pathlib import Path

TIETOVIRTA = Path(sys.executable).with_name("tietovirta")


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(TIETOVIRTA), "deadline", *args], capture_output=True, text=True, timeout=60)


def test_dsr_deadline_moves_past_easter_monday():
    done = _run("dsr", "2026-03-06")
    assert (done.returncode, done.stdout) == (0, "2026-04-07\n")


def test_dsr_deadline_extended():
    done = _run("dsr", "2026-03-06", "--extended")
    assert (done.returncode, done.stdout) == (0, "2026-06-08\n")


def test_breach_deadline_72_hours():
    done = _run("breach", "2026-12-04T15:30")
    assert (done.returncode, done.stdout) == (0, "2026-12-07T15:30\n")
    across_dst = _run("breach", "2026-03-27T12:00")
    assert across_dst.stdout == "2026-03-30T13:00\n"


def test_bad_input_is_refused_with_exit_2():
    bad_date = _run("dsr", "6.3.2026")
    assert bad_date.returncode == 2 and "not a date such as 2026-03-06" in bad_date.stderr
    bad_time = _run("breach", "huomenna")
    assert bad_time.returncode == 2 and "not a time" in bad_time.stderr
    assert _run().returncode == 2  # no kind given
