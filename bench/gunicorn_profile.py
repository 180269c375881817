"""Gunicorn hooks for bench_load.py --profile: each worker profiles the requests it serves (CPU time, as the
benchmark counts it) from PROFILE_AFTER seconds after it started (the warm-up's requests left out), and
writes its profile to PROFILE_DIR/worker-<pid>.pstats when it stops. Merge them with pstats."""

import cProfile
import os
import time
from pathlib import Path

_profile = cProfile.Profile(time.process_time)
_state = {"started": 0.0, "on": False}


def post_fork(server, worker):
    _state["started"] = time.monotonic()


def pre_request(worker, req):
    if not _state["on"] and time.monotonic() - _state["started"] >= float(os.environ["PROFILE_AFTER"]):
        _state["on"] = True
        _profile.enable()


def worker_exit(server, worker):
    _profile.disable()
    if _state["on"]:
        _profile.dump_stats(Path(os.environ["PROFILE_DIR"]) / f"worker-{os.getpid()}.pstats")
