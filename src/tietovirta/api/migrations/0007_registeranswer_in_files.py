"""The register list's answers are kept in files under the register's generation (api/answers.py): the
database keeps only the generation, and the list no longer moves some 2 MB of stored JSON a page."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("api", "0006_registeranswer_rows")]

    operations = [
        migrations.RemoveField(model_name="registeranswer", name="body"),
        migrations.RemoveField(model_name="registeranswer", name="built"),
        migrations.RemoveField(model_name="registeranswer", name="code"),
    ]
