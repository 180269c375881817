"""Tietovirta's own settings for bench/bench_cpu.py, with one change: wrk is a single caller asking far
more often than any script may, so the API's rate limit is lifted (each request still counts itself in
the database, so its cost is measured)."""

from tietovirta.settings import *  # noqa: F403

API_RATE_LIMIT = 10**9
