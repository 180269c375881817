"""The server process tunes the garbage collector at start-up (wsgi.py), as the benchmark measured."""

import os
import subprocess
import sys

from tietovirta.runtime import GC_THRESHOLDS


def test_wsgi_start_up_freezes_and_raises_the_gc_thresholds(tmp_path):
    code = "import gc, tietovirta.wsgi; print(gc.get_threshold(), gc.get_freeze_count() > 1000)"
    env = {**os.environ, "TIETOVIRTA_DATA_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"{GC_THRESHOLDS} True"
