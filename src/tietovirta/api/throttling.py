"""Rate limiting per token (or per browser user): a fixed window of one minute, counted in the database.

The count is a row per caller and minute (RateWindow), so every server process, on every
machine, counts against the same limit; a per-process cache would give each gunicorn worker a
limit of its own. On PostgreSQL the table is unlogged (migration 0004): counting writes no
WAL, and a crash only lets callers start their minute afresh. The count goes up in one
conditional UPDATE, which the database applies atomically: concurrent requests cannot both take
the last request of a minute.

A process takes a caller's requests from the window a block at a time (a sixtieth of the limit, 10 of
the default 600) and serves the block from its memory: one write per block, not one per request. The
limit still holds exactly, since what the processes took together never exceeds it; what a process
took and did not use by the minute's end is lost, so a caller spread over N processes may be refused
up to N × (block - 1) requests early. Near the limit the blocks shrink to one request. A window found
full is remembered until it ends (counts only grow within a window).

Queries per API request:
- the usual case, a caller's later requests in a minute: none, or the UPDATE that takes the next block;
- a request refused with 429: none once this process has found the window full; the first time, the
  UPDATEs, which change nothing, and a SELECT that finds the full window (a window merely found to exist
  is not full: another process may have opened it between the UPDATEs and the SELECT);
- a caller's first request in a minute: the UPDATEs, the SELECT, an INSERT in a savepoint, and a
  DELETE of the windows that ended minutes ago (indexed), so old rows do not pile up.
"""

from __future__ import annotations

import datetime as dt
import threading
import time

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import HttpRequest
from ninja.throttling import BaseThrottle

from tietovirta.api.models import RateWindow

WINDOW_SECONDS = 60
DEFAULT_RATE_LIMIT = 600  # requests per window; setting API_RATE_LIMIT
KEEP = dt.timedelta(minutes=5)  # windows that started this long before the current one are deleted


def _window_start(now: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(now // WINDOW_SECONDS * WINDOW_SECONDS, tz=dt.UTC)


def block_size(limit: int) -> int:
    """How many requests a process takes from a window at once."""
    return max(1, limit // 60)


# What this process holds of each caller's current window: (key, limit) → requests left, or FULL.
FULL = -1
_held: dict[tuple[str, int], int] = {}
_held_window: list[dt.datetime | None] = [None]
_lock = threading.Lock()


def forget() -> None:
    """Drop what this process holds (tests: each test's database starts its windows afresh)."""
    with _lock:
        _held.clear()
        _held_window[0] = None


def take(key: str, limit: int, now: float | None = None) -> bool:
    """Count one request of `key` in the current window; False when the window is already full."""
    start = _window_start(time.time() if now is None else now)
    held = (key, limit)
    with _lock:
        if _held_window[0] != start:  # a new minute: what was held belonged to the last one
            _held.clear()
            _held_window[0] = start
        left = _held.get(held, 0)
        if left == FULL:
            return False
        if left > 0:
            _held[held] = left - 1
            return True
    got = _reserve(key, limit, start)  # outside the lock: the database orders concurrent takers
    with _lock:
        if _held_window[0] == start:
            _held[held] = FULL if got == 0 else max(_held.get(held, 0), 0) + got - 1
    return got > 0


def _reserve(key: str, limit: int, start: dt.datetime) -> int:
    """Take up to a block of the window's requests for this process: how many it got (0: it is full)."""
    window = RateWindow.objects.filter(key=key, window_start=start)
    block = block_size(limit)
    if block > 1 and window.filter(count__lte=limit - block).update(count=F("count") + block):
        return block
    if window.filter(count__lt=limit).update(count=F("count") + 1):
        return 1
    if window.filter(count__gte=limit).exists():
        return 0  # full: a refused request is not counted, the window simply stays full
    # No row, or one another process opened since the UPDATEs above (its count is still below the limit):
    # inserting tells the two apart, and the IntegrityError path counts in the other process's row.
    try:
        with transaction.atomic():  # a savepoint, so that a failed INSERT leaves any outer transaction usable
            RateWindow.objects.create(key=key, window_start=start, count=block)
    except IntegrityError:  # another process opened this window a moment ago: count in its row
        return 1 if window.filter(count__lt=limit).update(count=F("count") + 1) else 0
    RateWindow.objects.filter(window_start__lt=start - KEEP).delete()
    return block


class PerCallerThrottle(BaseThrottle):
    def allow_request(self, request: HttpRequest) -> bool:
        limit = getattr(settings, "API_RATE_LIMIT", DEFAULT_RATE_LIMIT)
        return take(request.auth.throttle_key, limit)  # type: ignore[attr-defined]

    def wait(self) -> float:
        """Seconds until the current window ends."""
        return WINDOW_SECONDS - time.time() % WINDOW_SECONDS
