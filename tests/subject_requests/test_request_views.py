"""The request pages: intake, checklist, identity, extension, refusal, answer letters, list and dashboard."""

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from tietovirta.audit.models import AuditEvent
from tietovirta.organizations.models import Membership
from tietovirta.requests.models import SubjectRequest


@pytest.fixture
def browser(client, owner, company):
    client.force_login(owner)
    return client


def _base(company):
    return f"/organizations/{company.pk}/requests"


def test_intake_records_the_request_and_shows_its_deadline(browser, company):
    response = browser.post(f"{_base(company)}/new/", {
        "requester_name": "Maija Meikäläinen", "requester_email": "maija@example.fi", "channel": "letter",
        "received_on": "2026-03-06", "kinds": ["access", "erasure"], "subject_categories": ["customer"],
        "other_relationship": "", "details": "Haluan tietää mitä tietoja teillä on.", "language": "sv",
    })
    row = SubjectRequest.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/requests/{row.pk}/")
    assert (row.channel, row.language, row.kinds) == ("letter", "sv", ["access", "erasure"])
    page = browser.get(response["Location"]).content.decode()
    assert "07.04.2026" in page  # one month, moved past Easter Monday
    assert "Toinen pääsiäispäivä" in page  # and why it moved
    assert "Asiakasrekisteri" in page  # the register to search


def test_intake_refuses_a_request_without_kinds(browser, company):
    response = browser.post(f"{_base(company)}/new/", {"requester_name": "X", "channel": "email",
                                                       "received_on": "2026-03-06", "language": "fi"})
    assert response.status_code == 200 and not SubjectRequest.objects.exists()


def test_checklist_tick_identity_and_close(browser, company, make_request, owner):
    row = make_request()
    url = f"{_base(company)}/{row.pk}"
    assert browser.post(f"{url}/checklist/").status_code == 302
    assert row.tasks.count() == 4
    assert browser.post(f"{url}/tasks/0/", {"done": "1"}).status_code == 302
    assert row.tasks.get(position=0).done_by == "owner@example.fi"
    browser.post(f"{url}/identity/", {"method": "known_details", "notes": "Asiakasnumero täsmäsi"})
    browser.post(f"{url}/answer/", {"answer_text": "Tiedot liitteenä.", "language": "fi"})
    letter = browser.get(f"{url}/letters/vastaus.html")
    assert letter.status_code == 200 and "Asiakassuhteen hoitaminen ja laskutus." in letter.content.decode()
    assert AuditEvent.objects.filter(event="export", target__contains=row.reference).exists()
    pdf = browser.get(f"{url}/letters/vastaus.pdf")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    browser.post(f"{url}/complete/", {"answered_on": timezone.localdate().isoformat()})
    row.refresh_from_db()
    assert row.status == "completed" and row.identity["method"] == "known_details"
    assert "Vastattu" in browser.get(f"{url}/").content.decode()


def test_extension_and_refusal_through_the_pages(browser, company, make_request):
    row = make_request(received_on=timezone.localdate() - dt.timedelta(days=3))
    url = f"{_base(company)}/{row.pk}"
    browser.post(f"{url}/extend/", {"extension_reason": "", "extension_notified_on": timezone.localdate()})
    row.refresh_from_db()
    assert row.extension_notified_on is None  # no reasons, no extension
    response = browser.post(f"{url}/extend/", {"extension_reason": "Pyyntö koskee kymmentä vuotta.",
                                               "extension_notified_on": timezone.localdate().isoformat()},
                            follow=True)
    row.refresh_from_db()
    assert row.extension_notified_on == timezone.localdate()
    assert "kahdella kuukaudella" in response.content.decode()
    assert browser.get(f"{url}/letters/pidennys.html").status_code == 200
    browser.post(f"{url}/refuse/", {"refusal_ground": "excessive", "refusal_text": "Toistuva pyyntö."})
    row.refresh_from_db()
    assert row.status == "refused"
    refusal = browser.get(f"{url}/letters/kieltaytyminen.html").content.decode()
    assert "Toistuva pyyntö." in refusal and "Tietosuojavaltuutetun toimisto" in refusal


def test_list_dashboard_and_portfolio_show_due_and_overdue(browser, company, make_request):
    overdue = make_request(received_on=timezone.localdate() - dt.timedelta(days=70))
    make_request(received_on=timezone.localdate())  # not due for a month
    listing = browser.get(f"{_base(company)}/").content.decode()
    assert overdue.reference in listing and "myöhässä" in listing
    dashboard = browser.get(f"/organizations/{company.pk}/").content.decode()
    assert 'data-testid="due-requests"' in dashboard and overdue.reference in dashboard
    home = BeautifulSoup(browser.get("/").content, "lxml")
    cells = home.select_one(f"[data-testid=portfolio] tr[data-organization='{company.pk}']")
    assert cells.select_one("[data-column=overdue_requests]").get_text(strip=True) == "1"
    assert cells.select_one("[data-column=due_requests]").get_text(strip=True) == "0"


def test_viewer_reads_but_sees_no_actions(client, company, make_request, make_user):
    row = make_request()
    viewer = make_user("viewer@example.fi")
    Membership.objects.create(user=viewer, organization=company, role="viewer")
    client.force_login(viewer)
    page = client.get(f"{_base(company)}/{row.pk}/").content.decode()
    assert row.reference in page and "/extend/" not in page and "/checklist/" not in page
    assert client.post(f"{_base(company)}/{row.pk}/extend/", {"extension_reason": "x"}).status_code == 403


def test_user_text_is_escaped(browser, company, make_request):
    row = make_request(requester_name="<script>alert(1)</script>", details="<img src=x onerror=alert(1)>")
    page = browser.get(f"{_base(company)}/{row.pk}/").content.decode()
    assert "<script>alert(1)" not in page and "&lt;script&gt;" in page
    assert "<img src=x" not in page
