"""Backups: `export --all DIR` then `load DIR` into an empty database loses nothing, history included."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tietovirta.cli import main
from tietovirta.organizations.models import Membership, Organization, System
from tietovirta.publishing.models import PublishedNotice
from tietovirta.registers import history
from tietovirta.registers.models import Register

pytestmark = pytest.mark.django_db


def _edit(client, org, register, section, data):
    register.refresh_from_db()
    url = reverse(
        "register_edit", kwargs={"org_id": org.pk, "register_id": register.pk, "section_key": section}
    )
    assert client.post(url, {**data, "based_on_revision": register.revision}).status_code == 302


@pytest.fixture
def lived_in(owner_client, org, make_user):
    """An organisation with members, edits by people, a catalogue link and a publication."""
    Membership.objects.create(user=make_user("lukija@example.fi"), organization=org, role="viewer")
    register = Register.objects.create(organization=org, name="Asiakasrekisteri", purpose_text="Laskutus")
    crm = System.objects.create(organization=org, name="CRM")
    _edit(owner_client, org, register, "purpose", {"purpose_text": "Laskutus ja asiakaspalvelu"})
    _edit(owner_client, org, register, "systems", {"use_system_references": "on", "systems": [crm.pk]})
    owner_client.post(reverse("register_publish", kwargs={"org_id": org.pk, "register_id": register.pk}))
    _edit(
        owner_client, org, register, "purpose", {"purpose_text": "Laskutus, asiakaspalvelu ja markkinointi"}
    )
    Register.objects.create(organization=org, name="Henkilöstörekisteri", status="archived")
    return org


def _read(directory):
    # File names carry database ids, which a restore changes; the contents must not change.
    return sorted(path.read_text(encoding="utf-8") for path in directory.iterdir())


def _empty_the_database():
    Organization.objects.all().delete()
    Register.history.model.objects.all().delete()
    get_user_model().objects.all().delete()


def test_backup_and_restore_lose_nothing(lived_in, tmp_path, capsys):
    first, second = tmp_path / "first", tmp_path / "second"
    assert main(["export", "--all", str(first)]) == 0
    versions_before = [
        (v.number, [c.field for c in v.changes])
        for v in history.versions(Register.objects.get(name="Asiakasrekisteri"))
    ]
    _empty_the_database()
    assert not Register.objects.exists()

    assert main(["load", str(first)]) == 0
    register = Register.objects.get(name="Asiakasrekisteri")
    assert register.purpose_text == "Laskutus, asiakaspalvelu ja markkinointi"
    restored = history.versions(register)
    assert [[c.field for c in v.changes] for v in restored] == [fields for _n, fields in versions_before]
    assert restored[0].record.history_user.username == "owner@example.fi"
    notice = PublishedNotice.objects.get(register=register)
    assert "Laskutus ja asiakaspalvelu" in json.dumps(notice.snapshot, ensure_ascii=False)
    assert Membership.objects.get(user__username="lukija@example.fi").role == "viewer"
    assert Register.objects.get(name="Henkilöstörekisteri").status == "archived"

    assert main(["export", "--all", str(second)]) == 0
    assert _read(first) == _read(second)


def test_loading_a_backup_directory_reports_bad_files(tmp_path, capsys):
    (tmp_path / "00001-hyva.json").write_text(
        json.dumps({"schema_version": "1.0", "organization": {"name": "Hyvä Oy"}}), encoding="utf-8"
    )
    (tmp_path / "00002-huono.json").write_text("{", encoding="utf-8")
    assert main(["load", str(tmp_path)]) == 2
    assert "00002-huono.json was not loaded" in capsys.readouterr().err
    assert Organization.objects.filter(name="Hyvä Oy").exists()


def test_times_round_trip_to_the_microsecond(lived_in, tmp_path):
    # Django's JSON encoder cuts times to milliseconds; 12:00:00.000123 would come back as 12:00:00.
    from django.utils import timezone

    register = Register.objects.get(name="Asiakasrekisteri")
    exact = timezone.now().replace(microsecond=123)
    register.history.filter(pk=register.history.earliest("history_id").pk).update(history_date=exact)
    first, second = tmp_path / "first", tmp_path / "second"
    main(["export", "--all", str(first)])
    _empty_the_database()
    main(["load", str(first)])
    restored = Register.objects.get(name="Asiakasrekisteri").history.earliest("history_id")
    assert restored.history_date == exact
    main(["export", "--all", str(second)])
    assert _read(first) == _read(second)
