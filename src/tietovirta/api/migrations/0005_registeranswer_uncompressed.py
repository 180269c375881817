"""Stored register answers kept uncompressed on PostgreSQL: a list then reads them as they are.

An answer is some 45 kB of JSON and a list reads 50 of them; compressed (PostgreSQL's default for long
text), every read decompresses them again. SQLite does not compress and keeps the column as it is.
"""

from django.db import migrations


def _storage(mode):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            table = schema_editor.quote_name(apps.get_model("api", "RegisterAnswer")._meta.db_table)
            schema_editor.execute(f"ALTER TABLE {table} ALTER COLUMN body SET STORAGE {mode}")

    return run


class Migration(migrations.Migration):
    dependencies = [("api", "0004_ratewindow_unlogged")]

    operations = [migrations.RunPython(_storage("EXTERNAL"), _storage("EXTENDED"))]
