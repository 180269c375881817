"""Process-level tuning for serving requests (called once per worker process from wsgi.py)."""

import gc

# Collect the youngest generation after 20 000 allocations instead of 700: a request that builds a
# few thousand objects (an API page of full registers) then rarely pays for a collection.
GC_THRESHOLDS = (20_000, 50, 50)


def tune_garbage_collector() -> None:
    """Move everything loaded at start-up (Django, the app, its tables of phrases) out of the
    collector's sight and collect less often. Measured on the API register list: p95 121 ms →
    30 ms, p50 unchanged (see docs/benchmarks.md)."""
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
