"""Usernames (e-mail addresses) in their one spelling (accounts/emails.py), where no other user has it."""

from django.conf import settings
from django.db import migrations

from tietovirta.accounts.emails import normalize_email


def normalize_usernames(apps, schema_editor):
    User = apps.get_model(*settings.AUTH_USER_MODEL.split("."))
    taken = set(User.objects.values_list("username", flat=True))
    for user in User.objects.all():
        key = normalize_email(user.username)
        if key != user.username and key not in taken:
            taken.add(key)
            user.username = key
            user.email = normalize_email(user.email) if user.email else user.email
            user.save(update_fields=["username", "email"])


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [migrations.RunPython(normalize_usernames, migrations.RunPython.noop)]
