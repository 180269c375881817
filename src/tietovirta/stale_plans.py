"""A connection whose prepared statements a migration made stale is closed after the request that met it.

PostgreSQL keeps a prepared statement's result type; when a migration changes a column's type under running
workers, every later run of such a statement on their connections fails ("cached plan must not change result
type", SQLSTATE 0A000) — and psycopg does not forget the statement outside a transaction. Closing the
connection at the end of that request (the next one opens a fresh connection) costs each worker one failed
request instead of failures until CONN_MAX_AGE runs out. Restarting the workers after `migrate` avoids even
that one (README, "Running on PostgreSQL").
"""

from __future__ import annotations

import sys

from django.core.signals import got_request_exception
from django.db import NotSupportedError, connections

FEATURE_NOT_SUPPORTED = "0A000"  # SQLSTATE of a stale cached plan


def is_a_stale_plan(error: BaseException | None) -> bool:
    return isinstance(error, NotSupportedError) and (
        getattr(error.__cause__, "sqlstate", None) == FEATURE_NOT_SUPPORTED
    )


def close_after_a_stale_plan(sender=None, **kwargs) -> None:
    """got_request_exception's receiver: Django calls it while handling the request's exception."""
    if is_a_stale_plan(sys.exc_info()[1]):
        for connection in connections.all(initialized_only=True):
            connection.close_at = 0  # closed by Django's request_finished handler, whatever CONN_MAX_AGE says


def connect() -> None:
    got_request_exception.connect(close_after_a_stale_plan, dispatch_uid="tietovirta.stale_plans")
