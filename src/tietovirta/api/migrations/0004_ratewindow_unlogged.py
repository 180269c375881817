"""The rate limit's counters in an unlogged table on PostgreSQL: counting a request writes no WAL.

A counter lost in a crash only lets a caller start its minute afresh; every process still counts in
the same rows (throttling.py). SQLite has no such tables and keeps the table as it is.
"""

from django.db import migrations


def _persistence(mode):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            table = schema_editor.quote_name(apps.get_model("api", "RateWindow")._meta.db_table)
            schema_editor.execute(f"ALTER TABLE {table} SET {mode}")

    return run


class Migration(migrations.Migration):
    dependencies = [("api", "0003_registeranswer")]

    operations = [migrations.RunPython(_persistence("UNLOGGED"), _persistence("LOGGED"))]
