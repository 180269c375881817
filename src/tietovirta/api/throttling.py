"""Rate limiting per token (or per browser user): a fixed window of one minute in Django's cache."""

from __future__ import annotations

import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from ninja.throttling import BaseThrottle

WINDOW_SECONDS = 60
DEFAULT_RATE_LIMIT = 600  # requests per window; setting API_RATE_LIMIT


class PerCallerThrottle(BaseThrottle):
    def allow_request(self, request: HttpRequest) -> bool:
        limit = getattr(settings, "API_RATE_LIMIT", DEFAULT_RATE_LIMIT)
        window = int(time.time() // WINDOW_SECONDS)
        key = f"api-rate:{request.auth.throttle_key}:{window}"  # type: ignore[attr-defined]
        if cache.add(key, 1, timeout=WINDOW_SECONDS + 5):
            return True
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr: this request opens a new window
            cache.set(key, 1, timeout=WINDOW_SECONDS + 5)
            count = 1
        return count <= limit

    def wait(self) -> float:
        """Seconds until the current window ends."""
        return WINDOW_SECONDS - time.time() % WINDOW_SECONDS
