"""Requests and breaches are in the canonical document: export, backup and load bring them back."""

import datetime as dt
import json

from django.utils import timezone

from tietovirta import canonical as c
from tietovirta.breaches import services as breaches
from tietovirta.breaches.models import Breach
from tietovirta.cli import main
from tietovirta.interchange import export_document, load_document
from tietovirta.organizations.models import Organization
from tietovirta.requests import services
from tietovirta.requests.models import PublicRequestForm, SubjectRequest


def _fill(company, owner, make_request):
    row = make_request(received_on=timezone.localdate() - dt.timedelta(days=3))
    services.build_checklist(row)
    services.tick_task(row, 0, done=True, notes="Löytyi", user=owner)
    services.record_identity(row, method=c.IdentityMethod.STRONG_AUTHENTICATION, user=owner)
    services.extend(row, reason="Laaja", notified_on=timezone.localdate(), user=owner)
    breaches.create(
        company,
        {
            "title": "Kadonnut puhelin",
            "registers": ["Asiakasrekisteri"],
            "systems": ["HubSpot"],
            "risk": "high",
            "actions": [{"kind": "containment", "description": "Etälukitus"}],
        },
        user=owner,
    )
    return PublicRequestForm.objects.create(organization=company, enabled=True)


def test_export_carries_requests_and_breaches(company, owner, make_request):
    _fill(company, owner, make_request)
    document = export_document(company)
    assert document.schema_version == "1.3"
    [item] = document.requests
    assert item.tasks[0].done_by == "owner@example.fi" and item.identity.method == "strong_authentication"
    assert document.breaches[0].registers == ["Asiakasrekisteri"]
    # the document parses strictly and loads into another organisation as it is
    again = c.parse_document(document.to_json())
    copy = load_document(
        again.model_copy(update={"organization": c.Organization(name="Kopio Oy")})
    ).organization
    assert export_document(copy).requests == document.requests
    assert export_document(copy).breaches == document.breaches
    # documents written from the data never carry the personal data of requests
    assert export_document(company, include_archived=False).requests == []


def test_an_old_document_loads_and_leaves_requests_alone(company, owner, make_request):
    _fill(company, owner, make_request)
    old = json.loads(export_document(company).to_json())
    old["schema_version"] = "1.0"
    del old["requests"], old["breaches"]
    load_document(c.parse_document(old), organization=company)
    assert SubjectRequest.objects.filter(organization=company).count() == 1
    assert Breach.objects.filter(organization=company).count() == 1


def test_backup_and_restore(company, owner, make_request, tmp_path, empty_the_database):
    form = _fill(company, owner, make_request)
    first, second = tmp_path / "first", tmp_path / "second"
    assert main(["export", "--all", str(first)]) == 0
    before = export_document(company)
    row = SubjectRequest.objects.get()
    versions = [(v.revision, v.history_user_id is not None) for v in row.history.order_by("history_id")]
    task_versions = [t.history.count() for t in row.tasks.order_by("position")]
    breach_versions = Breach.objects.get().history.count()
    empty_the_database()
    assert not SubjectRequest.objects.exists() and not SubjectRequest.history.exists()
    assert main(["load", str(first)]) == 0
    restored = Organization.objects.get(name="Pyyntö Oy")
    after = export_document(restored)
    assert after.requests == before.requests and after.breaches == before.breaches
    assert PublicRequestForm.objects.get(organization=restored).public_id == form.public_id
    row = SubjectRequest.objects.get()
    restored_versions = row.history.order_by("history_id")
    assert [(v.revision, v.history_user_id is not None) for v in restored_versions] == versions
    assert [t.history.count() for t in row.tasks.order_by("position")] == task_versions
    assert Breach.objects.get().history.count() == breach_versions
    assert main(["export", "--all", str(second)]) == 0
    assert sorted(p.read_text() for p in first.iterdir()) == sorted(p.read_text() for p in second.iterdir())
