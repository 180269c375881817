"""Every register has its answer row, whose generation what is kept per register is kept under
(api/answers.py, registers/changes.py): rows for the registers made before rows were made with them."""

from django.db import migrations


def add_rows(apps, schema_editor):
    Register = apps.get_model("registers", "Register")
    RegisterAnswer = apps.get_model("api", "RegisterAnswer")
    missing = Register.objects.exclude(pk__in=RegisterAnswer.objects.values("register_id")).values_list(
        "pk", flat=True
    )
    RegisterAnswer.objects.bulk_create(
        [RegisterAnswer(register_id=pk) for pk in missing.iterator()], batch_size=1000, ignore_conflicts=True
    )


class Migration(migrations.Migration):
    dependencies = [
        ("api", "0005_registeranswer_uncompressed"),
        ("registers", "0006_shared_generation"),
    ]

    operations = [migrations.RunPython(add_rows, migrations.RunPython.noop)]
