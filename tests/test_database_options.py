"""On PostgreSQL, a query a connection runs often is prepared (settings.py): parsed and planned once per
connection. DATABASE_PREPARE_THRESHOLD=off leaves Django's default (psycopg binds the parameters itself and
prepares nothing)."""

import os
import subprocess
import sys

import pytest
from django.db import connection

from tietovirta.organizations.models import Organization

POSTGRES = "postgres://user:secret@db.example/tietovirta"
CODE = (
    "from tietovirta import settings; o = settings.DATABASES['default'].get('OPTIONS', {}); "
    "print(o.get('server_side_binding'), o.get('prepare_threshold'))"
)


def _options(tmp_path, **environ) -> str:
    """The database options settings.py makes of `environ` (and no other DATABASE_ variable)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("DATABASE_")}
    env |= {"TIETOVIRTA_DATA_DIR": str(tmp_path), **environ}
    out = subprocess.run([sys.executable, "-c", CODE], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_postgresql_prepares_after_five_runs_unless_turned_off(tmp_path):
    assert _options(tmp_path, DATABASE_URL=POSTGRES) == "True 5"
    assert _options(tmp_path, DATABASE_URL=POSTGRES, DATABASE_PREPARE_THRESHOLD="2") == "True 2"
    assert _options(tmp_path, DATABASE_URL=POSTGRES, DATABASE_PREPARE_THRESHOLD="off") == "None None"
    assert _options(tmp_path) == "None None"  # SQLite


@pytest.mark.django_db
def test_a_query_run_often_is_prepared_on_postgresql():
    organization = Organization.objects.create(name="Valmiste Oy")
    for _ in range(6):
        assert Organization.objects.filter(pk=organization.pk, name="Valmiste Oy").exists()
    if connection.vendor != "postgresql":  # SQLite: nothing is prepared, the options are not PostgreSQL's
        assert "prepare_threshold" not in connection.settings_dict.get("OPTIONS", {})
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        prepared = [row[0] for row in cursor.fetchall()]
    assert any('"organizations_organization"."name" = $2' in statement for statement in prepared), prepared


class _StalePlan(Exception):
    sqlstate = "0A000"  # psycopg's FeatureNotSupported: "cached plan must not change result type"


def _raise_in_request(error: Exception) -> None:
    """Django's handling of a request's exception: got_request_exception sent inside the except block."""
    from django.core.signals import got_request_exception

    try:
        raise error
    except Exception:
        got_request_exception.send(sender=None, request=None)


@pytest.mark.django_db
def test_a_connection_that_met_a_stale_prepared_plan_is_closed_after_the_request():
    from django.db import NotSupportedError

    connection.ensure_connection()
    kept = connection.close_at
    try:
        connection.close_at = None  # kept for ever, as with CONN_MAX_AGE=None
        other = NotSupportedError("value too long")
        other.__cause__ = ValueError("no sqlstate")
        _raise_in_request(other)
        assert connection.close_at is None  # any other error leaves the connection alone
        stale = NotSupportedError("cached plan must not change result type")
        stale.__cause__ = _StalePlan()
        _raise_in_request(stale)
        assert connection.close_at == 0  # Django's request_finished handler closes it
    finally:
        connection.close_at = kept
