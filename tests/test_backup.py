"""Backups: `export --all DIR` then `load DIR` into an empty database loses nothing, history included."""

import datetime as dt
import json

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from complete_register import complete_data
from tietovirta.assessments import services
from tietovirta.assessments.models import RiskAssessment
from tietovirta.audit.models import AuditEvent
from tietovirta.canonical import parse_document
from tietovirta.cli import main
from tietovirta.interchange import load_document
from tietovirta.organizations.models import Membership, Organization, Party, System
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
def lived_in(owner_client, org, make_user, make_publishable):
    """An organisation with members, edits by people, a catalogue link and a publication."""
    Membership.objects.create(user=make_user("lukija@example.fi"), organization=org, role="viewer")
    data = complete_data()  # complete, so it can be published; a draft, so publishing it is the first
    data["registers"][0].update(status="draft", risk_assessments=[])  # `audited` adds an assessment
    load_document(parse_document(data), organization=org)
    register = Register.objects.get(organization=org, name="Asiakasrekisteri")
    crm = System.objects.create(organization=org, name="CRM", kind="crm", hosting="fi")
    _edit(owner_client, org, register, "purpose", {"purpose_text": "Laskutus ja asiakaspalvelu"})
    _edit(owner_client, org, register, "systems", {"use_system_references": "on", "systems": [crm.pk]})
    owner_client.post(reverse("register_publish", kwargs={"org_id": org.pk, "register_id": register.pk}))
    assert PublishedNotice.objects.filter(register=register).exists()
    _edit(
        owner_client, org, register, "purpose", {"purpose_text": "Laskutus, asiakaspalvelu ja markkinointi"}
    )
    Register.objects.create(organization=org, name="Henkilöstörekisteri", status="archived")
    return org


def _read(directory):
    # File names carry database ids, which a restore changes; the contents must not change.
    return sorted(path.read_text(encoding="utf-8") for path in directory.iterdir())


HISTORIES = [Organization, System, Party, Register, RiskAssessment]


def test_backup_and_restore_lose_nothing(lived_in, tmp_path, capsys, empty_the_database):
    first, second = tmp_path / "first", tmp_path / "second"
    assert main(["export", "--all", str(first)]) == 0
    versions_before = [
        (v.number, [c.field for c in v.changes])
        for v in history.versions(Register.objects.get(name="Asiakasrekisteri"))
    ]
    empty_the_database()
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


def test_times_round_trip_to_the_microsecond(lived_in, tmp_path, empty_the_database):
    # Django's JSON encoder cuts times to milliseconds; 12:00:00.000123 would come back as 12:00:00.
    from django.utils import timezone

    register = Register.objects.get(name="Asiakasrekisteri")
    exact = timezone.now().replace(microsecond=123)
    register.history.filter(pk=register.history.earliest("history_id").pk).update(history_date=exact)
    first, second = tmp_path / "first", tmp_path / "second"
    main(["export", "--all", str(first)])
    empty_the_database()
    main(["load", str(first)])
    restored = Register.objects.get(name="Asiakasrekisteri").history.earliest("history_id")
    assert restored.history_date == exact
    main(["export", "--all", str(second)])
    assert _read(first) == _read(second)


def _history(model, **where):
    """Every version of the matching rows, as the history pages read them (no database ids)."""
    skip = {"history_id", "id", "organization", "register", "history_user"}
    # In time order: a restore writes each row's versions together, so ids interleave differently.
    rows = model.history.model.objects.filter(**where).order_by("history_date", "history_id")
    return [
        (
            {f.attname: f.value_from_object(r) for f in r._meta.concrete_fields if f.name not in skip},
            r.history_user.username if r.history_user else None,
        )
        for r in rows
    ]


def _audit():
    return [
        (e.created_at, e.event, e.organization.uuid if e.organization else None, e.organization_name,
         e.user.username if e.user else None, e.actor, e.target, e.ip_address, e.details)
        for e in AuditEvent.objects.select_related("organization", "user").order_by("created_at", "id")
    ]


@pytest.fixture
def audited(lived_in, owner_client, client, owner):
    """Besides registers: edited systems, parties and organisation, a signed assessment, logins."""
    org = lived_in
    crm = System.objects.get(organization=org, name="CRM")
    url = reverse("catalogue_edit", kwargs={"org_id": org.pk, "kind": "systems", "pk": crm.pk})
    assert owner_client.post(url, {"name": "CRM", "vendor": "HubSpot", "kind": "crm", "hosting": "eea",
                                   "processor_agreement": "signed"}).status_code == 302
    parties = reverse("catalogue_new", kwargs={"org_id": org.pk, "kind": "parties"})
    party = {"name": "Tilitoimisto", "role": "processor", "hosting": "fi", "processor_agreement": "signed"}
    assert owner_client.post(parties, party).status_code == 302
    tilitoimisto = Party.objects.get(organization=org, name="Tilitoimisto").pk
    edit_party = reverse("catalogue_edit", kwargs={"org_id": org.pk, "kind": "parties", "pk": tilitoimisto})
    assert owner_client.post(edit_party, {**party, "systems": [crm.pk]}).status_code == 302
    edit = reverse("organization_edit", kwargs={"org_id": org.pk})
    details = {"name": org.name, "business_id": org.business_id, "city": "Rauma"}
    assert owner_client.post(edit, details).status_code == 302
    register = Register.objects.get(name="Asiakasrekisteri")
    owner_client.post(reverse("assessment_new", kwargs={"org_id": org.pk, "register_id": register.pk}))
    # Signed off through the service (the page would first want every risk rated).
    services.sign(RiskAssessment.objects.get(register=register), signed_by="Laura Niemi",
                  signed_on=dt.date(2026, 5, 1))
    client.post(reverse("login"), {"username": "owner@example.fi", "password": "väärä"})
    return org


def test_backup_keeps_the_audit_log_and_the_history_of_everything(audited, tmp_path, empty_the_database):
    first, second = tmp_path / "first", tmp_path / "second"
    assert main(["export", "--all", str(first)]) == 0
    audit_before = _audit()
    assert {"publication", "login_failed", "export"} <= {entry[1] for entry in audit_before}
    histories_before = {model.__name__: _history(model) for model in HISTORIES}
    assert all(len(versions) >= 2 for versions in histories_before.values()), {
        name: len(v) for name, v in histories_before.items()
    }
    empty_the_database()

    assert main(["load", str(first)]) == 0
    # The export above is the last entry: it was written after the backup.
    assert _audit() == audit_before[:-1]
    assert all(e.restored_at is not None for e in AuditEvent.objects.all())
    for model in HISTORIES:
        assert _history(model) == histories_before[model.__name__], model.__name__
    signed = RiskAssessment.objects.get()
    assert signed.history.earliest("history_id").history_type == "+"

    assert main(["export", "--all", str(second)]) == 0
    assert _read(first) == _read(second)


def test_restored_audit_entries_are_marked_and_shown_as_restored(
    audited, tmp_path, owner_client, empty_the_database
):
    backup = tmp_path / "backup"
    main(["export", "--all", str(backup)])
    empty_the_database()
    main(["load", str(backup)])
    assert AuditEvent.objects.filter(restored_at__isnull=True).count() == 0
    owner = get_user_model().objects.get(username="owner@example.fi")
    owner_client.force_login(owner)
    organization = Organization.objects.get()
    page = owner_client.get(reverse("audit_log", kwargs={"org_id": organization.pk})).content.decode()
    assert "palautettu varmuuskopiosta" in page


def test_loading_the_same_backup_again_adds_no_audit_entries(audited, tmp_path, empty_the_database):
    backup = tmp_path / "backup"
    main(["export", "--all", str(backup)])
    empty_the_database()
    main(["load", str(backup)])
    count = AuditEvent.objects.count()
    assert main(["load", str(backup)]) == 0  # the organisations are matched by their uuids, updated
    assert AuditEvent.objects.count() == count
    assert Organization.objects.count() == 1
