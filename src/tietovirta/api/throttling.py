"""Rate limiting per token (or per browser user): a fixed window of one minute, counted in the database.

The count is a row per caller and minute (RateWindow), so every server process, on every
machine, counts against the same limit; a per-process cache would give each gunicorn worker a
limit of its own. On PostgreSQL the table is unlogged (migration 0004): counting writes no
WAL, and a crash only lets callers start their minute afresh. The count goes up in one
conditional UPDATE, which the database applies atomically: concurrent requests cannot both take
the last request of a minute.

Queries per API request:
- the usual case, a caller's later requests in a minute: 1 (the UPDATE that counts the request);
- a request refused with 429: 2 (the UPDATE, which changes nothing, and a SELECT that finds the
  full window);
- a caller's first request in a minute: the UPDATE, the SELECT, an INSERT in a savepoint, and a
  DELETE of the windows that ended minutes ago (indexed), so old rows do not pile up.
"""

from __future__ import annotations

import datetime as dt
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


def take(key: str, limit: int, now: float | None = None) -> bool:
    """Count one request of `key` in the current window; False when the window is already full."""
    start = _window_start(time.time() if now is None else now)
    window = RateWindow.objects.filter(key=key, window_start=start)
    if window.filter(count__lt=limit).update(count=F("count") + 1):
        return True
    if window.exists():
        return False  # full: a refused request is not counted, the window simply stays full
    try:
        with transaction.atomic():  # a savepoint, so that a failed INSERT leaves any outer transaction usable
            RateWindow.objects.create(key=key, window_start=start, count=1)
    except IntegrityError:  # another process opened this window a moment ago: count in its row
        return bool(window.filter(count__lt=limit).update(count=F("count") + 1))
    RateWindow.objects.filter(window_start__lt=start - KEEP).delete()
    return True


class PerCallerThrottle(BaseThrottle):
    def allow_request(self, request: HttpRequest) -> bool:
        limit = getattr(settings, "API_RATE_LIMIT", DEFAULT_RATE_LIMIT)
        return take(request.auth.throttle_key, limit)  # type: ignore[attr-defined]

    def wait(self) -> float:
        """Seconds until the current window ends."""
        return WINDOW_SECONDS - time.time() % WINDOW_SECONDS
