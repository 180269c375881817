import secrets

from django.db import migrations, models


def make_identity(apps, schema_editor):
    apps.get_model("installation", "Installation").objects.create(token=secrets.token_hex(16))


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Installation",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("token", models.CharField(max_length=32)),
            ],
        ),
        migrations.RunPython(make_identity, migrations.RunPython.noop),
    ]
