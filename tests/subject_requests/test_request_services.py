"""The rules of a data-subject request: deadline, extension, refusal, closing, checklist, purge."""

import datetime as dt

import pytest
from django.utils import timezone

from tietovirta import canonical as c
from tietovirta.audit.models import AuditEvent
from tietovirta.deadlines import dsr_deadline
from tietovirta.requests import services
from tietovirta.requests.models import RequestTask, SubjectRequest


def test_a_new_request_gets_a_reference_and_its_deadline(make_request):
    row = make_request(received_on=dt.date(2026, 3, 6))
    assert row.reference == f"{timezone.localdate().year}-001"
    assert row.due_on == dt.date(2026, 4, 7) == row.first_due_on
    assert make_request().reference.endswith("-002")
    event = AuditEvent.objects.get(event="request_received", target=row.reference)
    assert "Maija" not in str(event.details)  # no personal data in the log


def test_a_request_asks_for_something(company):
    with pytest.raises(c.DocumentError) as refused:
        services.create(company, {"kinds": [], "requester_name": "X"})
    assert "kinds" in dict(refused.value.problems)


def test_extension_needs_reasons_and_is_told_before_the_first_deadline(make_request, owner, days_ago):
    row = make_request(received_on=days_ago(10))
    with pytest.raises(c.DocumentError) as no_reason:
        services.extend(row, reason="  ", notified_on=days_ago(0), user=owner)
    assert dict(no_reason.value.problems) == {
        "extension_reason": "an extension needs its reasons (Art. 12(3))"
    }
    with pytest.raises(c.DocumentError):
        services.extend(row, reason="Laaja pyyntö", notified_on=days_ago(-1), user=owner)  # tomorrow
    services.extend(row, reason="Pyyntö koskee kymmentä vuotta ja neljää järjestelmää.",
                    notified_on=days_ago(0), user=owner)
    row.refresh_from_db()
    assert row.due_on == dsr_deadline(days_ago(10), extended=True) > row.first_due_on
    assert AuditEvent.objects.filter(event="request_extended", target=row.reference).exists()
    with pytest.raises(c.DocumentError, match="extended already"):
        services.extend(row, reason="Uudestaan", notified_on=days_ago(0), user=owner)


def test_no_extension_after_the_first_deadline(make_request, owner, days_ago):
    row = make_request(received_on=days_ago(70))
    with pytest.raises(c.DocumentError, match="has passed"):
        services.extend(row, reason="Myöhässä", notified_on=days_ago(0), user=owner)
    row.refresh_from_db()
    assert row.extension_notified_on is None and row.deadline_state() == "overdue"


def test_the_canonical_rules_refuse_an_extension_told_too_late():
    item = {"reference": "1", "kinds": ["access"], "received_on": "2026-03-06",
            "extension_reason": "Laaja", "extension_notified_on": "2026-04-08"}
    with pytest.raises(c.DocumentError) as late:
        services.validated(item)
    assert "first deadline 2026-04-07" in dict(late.value.problems)["extension_notified_on"]
    assert services.validated({**item, "extension_notified_on": "2026-04-07"}).due_on == dt.date(2026, 6, 8)


def test_refusal_needs_ground_and_reasons(make_request, owner):
    row = make_request()
    with pytest.raises(c.DocumentError) as refused:
        services.refuse(row, ground=c.RefusalGround.EXCESSIVE, reasons="", user=owner)
    assert "refusal_text" in dict(refused.value.problems)
    services.refuse(row, ground=c.RefusalGround.EXCESSIVE, user=owner,
                    reasons="Sama pyyntö on tehty kuusi kertaa tässä kuussa ja siihen on vastattu.")
    row.refresh_from_db()
    assert (row.status, row.refusal_ground) == ("refused", "excessive")
    assert row.closed_at is not None and row.answered_on == timezone.localdate()
    assert row.deadline_state() == "closed"
    with pytest.raises(c.DocumentError, match="already closed"):
        services.complete(row, answered_on=timezone.localdate(), user=owner)


def test_complete_records_when_it_was_answered(make_request, owner, days_ago):
    row = make_request(received_on=days_ago(5))
    with pytest.raises(c.DocumentError):
        services.complete(row, answered_on=days_ago(6), user=owner)  # before it was received
    services.complete(row, answered_on=days_ago(1), user=owner)
    row.refresh_from_db()
    assert (row.status, row.answered_on) == ("completed", days_ago(1))
    assert AuditEvent.objects.filter(event="request_closed", target=row.reference).exists()


def test_identity_check_is_recorded_without_documents(make_request, owner):
    row = make_request()
    services.record_identity(row, method=c.IdentityMethod.ID_DOCUMENT_SHOWN, notes="Ajokortti, ei kopioitu",
                             user=owner)
    row.refresh_from_db()
    assert row.identity["method"] == "id_document_shown"
    assert row.identity["checked_by"] == "owner@example.fi" and row.identity["checked_at"]


def test_checklist_from_the_registers_the_person_is_in(make_request, owner):
    row = make_request(subject_categories=["Olen teidän asiakkaanne"])
    assert [m.register.name for m in services.registers_to_search(row)] == ["Asiakasrekisteri"]
    assert services.build_checklist(row) == 4
    tasks = list(row.tasks.order_by("position"))
    assert [(t.kind, t.register_name, t.system_name, t.party_name) for t in tasks] == [
        ("search_register", "Asiakasrekisteri", "", ""),
        ("search_system", "Asiakasrekisteri", "HubSpot", ""),
        ("search_system", "Asiakasrekisteri", "Netvisor", ""),
        ("contact_party", "Asiakasrekisteri", "", "Tilitoimisto Numero Oy"),
    ]
    # the archived register is not suggested; building again adds nothing new
    assert services.build_checklist(row) == 0
    # an employee register added by hand: its own systems and parties, each only once
    assert services.build_checklist(row, extra_registers=["Henkilöstörekisteri"]) == 3
    assert {t.system_name for t in row.tasks.all()} >= {"Sympa"}
    assert row.tasks.filter(system_name="Netvisor").count() == 1


def test_ticking_records_who_and_when_and_keeps_history(make_request, owner):
    row = make_request()
    services.build_checklist(row)
    services.tick_task(row, 1, done=True, notes="Ei tietoja HubSpotissa", user=owner)
    task = row.tasks.get(position=1)
    assert task.done_by == "owner@example.fi" and task.done_at is not None
    assert task.notes == "Ei tietoja HubSpotissa"
    services.tick_task(row, 1, done=False, user=owner)
    task.refresh_from_db()
    assert (task.done_by, task.done_at) == ("", None)
    assert task.history.count() == 3  # created, ticked, unticked
    assert row.tasks.get(position=0).history.count() == 1  # untouched tasks get no new versions
    with pytest.raises(c.DocumentError):
        services.tick_task(row, 99, done=True, user=owner)


def test_purge_deletes_expired_requests_and_their_history(make_request, owner, settings, days_ago):
    settings.REQUEST_RETENTION_YEARS = 3
    old = make_request()
    services.build_checklist(old)
    services.complete(old, answered_on=timezone.localdate(), user=owner)
    recent = make_request()
    services.complete(recent, answered_on=timezone.localdate(), user=owner)
    still_open = make_request(received_on=days_ago(2000))
    unconfirmed = make_request(channel="web_form", received_on=days_ago(40))
    confirmed = make_request(channel="web_form", received_on=days_ago(40))
    services.confirm_email(confirmed)
    four_years = timezone.now() - dt.timedelta(days=4 * 366)
    SubjectRequest.objects.filter(pk=old.pk).update(closed_at=four_years)
    old_task_ids = list(old.tasks.values_list("pk", flat=True))

    purged = services.purge()

    assert [refs for _org, refs in purged] == [sorted([old.reference, unconfirmed.reference])]
    remaining = set(SubjectRequest.objects.values_list("pk", flat=True))
    assert remaining == {recent.pk, still_open.pk, confirmed.pk}
    assert not SubjectRequest.history.filter(id__in=[old.pk, unconfirmed.pk]).exists()
    assert not RequestTask.history.model.objects.filter(id__in=old_task_ids).exists()
    event = AuditEvent.objects.get(event="requests_purged")
    assert event.details["references"] == sorted([old.reference, unconfirmed.reference])
    assert services.purge() == []
