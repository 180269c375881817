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
