"""Data-subject requests and breaches in the API: the same rules as the pages, 422 with paths,
revisions with If-Match, 409 and 428, and the drafted letters."""

import datetime as dt

import pytest
from django.utils import timezone

from tietovirta.requests.models import SubjectRequest


def test_request_create_read_replace_with_revisions(owner_api, walttia):
    url = f"/organizations/{walttia.pk}/requests"
    created = owner_api.post(
        url,
        {
            "kinds": ["access"],
            "received_on": "2026-03-06",
            "requester_name": "Maija",
            "subject_categories": ["customer"],
        },
    )
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["reference"].endswith("-001") and body["first_deadline"] == "2026-04-07"
    assert created["ETag"] == '"1"' and created["Location"] == f"/api/v1{url}/{body['id']}"
    read = owner_api.get(f"{url}/{body['id']}")
    assert read.json()["state"] in ("overdue", "due", "open")
    assert owner_api.get(f"{url}?status=open").json()["count"] == 1
    body["kinds"] = ["access", "erasure"]
    missing = owner_api.put(f"{url}/{body['id']}", {**body, "revision": None})
    assert missing.status_code == 428
    replaced = owner_api.put(f"{url}/{body['id']}", body, headers={"If-Match": '"1"'})
    assert replaced.status_code == 200 and replaced.json()["kinds"] == ["access", "erasure"]
    stale = owner_api.put(f"{url}/{body['id']}", {**body, "revision": 1})
    assert stale.status_code == 409 and "revision 2" in stale.json()["detail"]


def test_request_rules_give_422_with_paths(owner_api, walttia):
    url = f"/organizations/{walttia.pk}/requests"
    bad = owner_api.post(url, {"kinds": ["access", "teleport"], "language": "de"})
    assert bad.status_code == 422
    assert {p["path"] for p in bad.json()["detail"]} == {"kinds[1]", "language"}
    told_late = owner_api.post(
        url,
        {
            "kinds": ["access"],
            "received_on": "2026-03-06",
            "extension_reason": "Laaja",
            "extension_notified_on": "2026-05-01",
        },
    )
    assert told_late.status_code == 422
    assert told_late.json()["detail"][0]["path"] == "extension_notified_on"
    refused_without_reasons = owner_api.post(
        url, {"kinds": ["access"], "status": "refused", "closed_at": timezone.now().isoformat()}
    )
    paths = {p["path"] for p in refused_without_reasons.json()["detail"]}
    assert paths == {"refusal_ground", "refusal_text"}


def test_request_actions(owner_api, walttia):
    url = f"/organizations/{walttia.pk}/requests"
    today = timezone.localdate()
    row = owner_api.post(url, {"kinds": ["access"], "subject_categories": ["customer"]}).json()
    checklist = owner_api.post(f"{url}/{row['id']}/checklist", {})
    assert checklist.status_code == 200 and checklist.json()["tasks"]
    assert checklist.json()["tasks"][0]["kind"] == "search_register"
    no_reason = owner_api.post(f"{url}/{row['id']}/extend", {"reason": " ", "notified_on": today.isoformat()})
    assert no_reason.status_code == 422 and no_reason.json()["detail"][0]["path"] == "extension_reason"
    stale = owner_api.post(
        f"{url}/{row['id']}/extend",
        {"reason": "Laaja", "notified_on": today.isoformat()},
        headers={"If-Match": '"1"'},
    )
    assert stale.status_code == 409
    extended = owner_api.post(
        f"{url}/{row['id']}/extend", {"reason": "Laaja", "notified_on": today.isoformat()}
    )
    assert extended.status_code == 200 and extended.json()["deadline"] > extended.json()["first_deadline"]
    letter = owner_api.get(f"{url}/{row['id']}/letters/pidennys.md?lang=en")
    assert letter.status_code == 200 and "Laaja" in letter.content.decode()
    done = owner_api.post(f"{url}/{row['id']}/complete", {"answered_on": today.isoformat()})
    assert done.json()["status"] == "completed" and done.json()["state"] == "closed"
    again = owner_api.post(f"{url}/{row['id']}/refuse", {"ground": "excessive", "reasons": "x"})
    assert again.status_code == 422 and "closed" in again.json()["detail"][0]["message"]


def test_due_filter(owner_api, walttia):
    url = f"/organizations/{walttia.pk}/requests"
    owner_api.post(
        url, {"kinds": ["access"], "received_on": (timezone.localdate() - dt.timedelta(days=60)).isoformat()}
    )
    owner_api.post(url, {"kinds": ["access"]})
    assert SubjectRequest.objects.count() == 2
    due = owner_api.get(f"{url}?due=true").json()
    assert due["count"] == 1 and due["items"][0]["state"] == "overdue"


def test_breach_create_notify_and_documents(owner_api, walttia):
    url = f"/organizations/{walttia.pk}/breaches"
    register = walttia.registers.first().name
    unknown = owner_api.post(
        url, {"title": "Vuoto", "aware_at": timezone.now().isoformat(), "registers": [register, "Ei ole"]}
    )
    assert unknown.status_code == 422 and unknown.json()["detail"][0]["path"] == "registers[1]"
    aware = timezone.now() - dt.timedelta(hours=80)
    created = owner_api.post(
        url, {"title": "Vuoto", "aware_at": aware.isoformat(), "registers": [register], "risk": "high"}
    )
    assert created.status_code == 201
    body = created.json()
    assert body["clock"] == "late" and body["registers"] == [register]
    late = owner_api.post(f"{url}/{body['id']}/notification", {"notified_at": timezone.now().isoformat()})
    assert late.status_code == 422 and late.json()["detail"][0]["path"] == "delay_reasons"
    notified = owner_api.post(
        f"{url}/{body['id']}/notification",
        {"notified_at": timezone.now().isoformat(), "delay_reasons": "Viikonloppu."},
    )
    assert notified.status_code == 200 and notified.json()["clock"] == "notified_late"
    document = owner_api.get(f"{url}/{body['id']}/documents/loukkausilmoitus.md?lang=sv")
    assert document.status_code == 200 and "Viikonloppu." in document.content.decode()
    body = notified.json()
    body["title"] = "Vuoto (selvitetty)"
    assert owner_api.put(f"{url}/{body['id']}", body).status_code == 200
    assert owner_api.put(f"{url}/{body['id']}", body).status_code == 409  # the revision moved on
    assert owner_api.get(f"{url}?open=true").json()["count"] == 1


@pytest.mark.parametrize(
    ("aware_at", "status"),
    [
        (
            "0088-10-25T07:48:53-20:40",
            201,
        ),  # an offset PostgreSQL would refuse is read, stored in Helsinki time
        ("2026-03-29T03:30", 201),  # a wall-clock time the spring change skips
        ("0001-01-01T00:00:00+20:00", 422),  # before year 1 in UTC
        ("9999-12-31T23:00:00+02:00", 422),  # its 72-hour deadline would not fit in a date
    ],
)
def test_times_out_of_range_are_refused_not_failed(owner_api, walttia, aware_at, status):
    # found by schemathesis on PostgreSQL: a 500 for an offset of -20:40
    response = owner_api.post(f"/organizations/{walttia.pk}/breaches", {"title": "x", "aware_at": aware_at})
    assert response.status_code == status, response.content
    request = owner_api.post(
        f"/organizations/{walttia.pk}/requests", {"kinds": ["access"], "received_on": "9999-12-31"}
    )
    assert request.status_code == 422
