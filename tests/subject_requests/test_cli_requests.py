"""`tietovirta requests --due [--format json]` and `tietovirta requests --purge`."""

import datetime as dt
import json

from django.utils import timezone

from tietovirta.cli import main
from tietovirta.requests import services
from tietovirta.requests.models import SubjectRequest


def test_due_lists_overdue_and_due_soon_for_scripts(make_request, capsys):
    overdue = make_request(received_on=timezone.localdate() - dt.timedelta(days=60))
    due = make_request(received_on=timezone.localdate() - dt.timedelta(days=27))
    make_request()  # a month to go
    assert main(["requests", "--due", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["reference"], r["state"]) for r in rows] == [
        (overdue.reference, "overdue"),
        (due.reference, "due"),
    ]
    assert rows[0]["due_on"] == overdue.due_on.isoformat() and rows[0]["organization"] == "Pyyntö Oy"
    assert main(["requests"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 3


def test_purge_deletes_expired_requests(make_request, owner, capsys, settings):
    settings.REQUEST_RETENTION_YEARS = 3
    old = make_request()
    services.complete(old, answered_on=timezone.localdate(), user=owner)
    SubjectRequest.objects.filter(pk=old.pk).update(closed_at=timezone.now() - dt.timedelta(days=3 * 366 + 1))
    kept = make_request()
    assert main(["requests", "--purge"]) == 0
    assert f"deleted 1: {old.reference}" in capsys.readouterr().out
    assert list(SubjectRequest.objects.values_list("pk", flat=True)) == [kept.pk]
    assert main(["requests", "--purge", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
