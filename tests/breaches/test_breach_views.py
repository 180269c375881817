"""The breach pages: logging, the clock, actions, notification (late needs reasons), documents, links."""

import datetime as dt

import pytest
from django.utils import timezone

from tietovirta.breaches.models import Breach
from tietovirta.language import format_datetime


@pytest.fixture
def browser(client, owner, company):
    client.force_login(owner)
    return client


def _log(browser, company, **values):
    aware = (timezone.localtime() - dt.timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M")
    data = {"title": "Kadonnut kannettava", "aware_at": aware, "happened_at": "",
            "description": "Myyjän kannettava unohtui junaan.", "registers": ["Asiakasrekisteri"],
            "systems": ["HubSpot"], "data_categories": "Nimi\nPuhelinnumero",
            "data_subject_categories": "Asiakkaat",
            "people_count": "250", "records_count": "", "consequences_text": "Tietojenkalastelu mahdollista.",
            "risk": "high", "risk_reasons": "Salaamaton levy.", **values}
    return browser.post(f"/organizations/{company.pk}/breaches/new/", data)


def test_logging_shows_the_72_hour_clock_everywhere(browser, company):
    response = _log(browser, company)
    row = Breach.objects.get()
    assert response["Location"].endswith(f"/breaches/{row.pk}/")
    assert row.data_categories == ["Nimi", "Puhelinnumero"] and row.people_count == 250
    page = browser.get(response["Location"]).content.decode()
    assert "h aikaa ilmoittaa" in page and "Korkea riski" in page
    deadline = format_datetime(timezone.localtime(row.aware_at + dt.timedelta(hours=72)), "fi")
    assert deadline in page  # e.g. 5.12.2026 klo 9.05
    dashboard = browser.get(f"/organizations/{company.pk}/").content.decode()
    assert 'data-testid="urgent-breaches"' in dashboard and "Kadonnut kannettava" in dashboard
    register = company.registers.get(name="Asiakasrekisteri")
    register_page = browser.get(f"/organizations/{company.pk}/registers/{register.pk}/").content.decode()
    assert 'data-testid="register-breaches"' in register_page and row.reference in register_page


def test_unknown_register_is_refused_by_the_form(browser, company):
    response = _log(browser, company, registers=["Ei ole"])
    assert response.status_code == 200 and not Breach.objects.exists()


def test_late_notification_needs_reasons(browser, company):
    aware = (timezone.localtime() - dt.timedelta(hours=90)).strftime("%Y-%m-%dT%H:%M")
    _log(browser, company, aware_at=aware)
    row = Breach.objects.get()
    url = f"/organizations/{company.pk}/breaches/{row.pk}"
    assert "h myöhässä" in browser.get(f"{url}/").content.decode()
    notified = timezone.localtime().strftime("%Y-%m-%dT%H:%M")
    empty = {"notified_at": notified, "reference": "", "delay_reasons": ""}
    refused = browser.post(f"{url}/notified/", empty, follow=True)
    assert "give the reasons for the delay" in refused.content.decode()
    row.refresh_from_db()
    assert row.authority_notified_at is None
    browser.post(f"{url}/notified/", {"notified_at": notified, "reference": "TSV/1/2026",
                                      "delay_reasons": "Laajuus selvisi vasta maanantaina."})
    row.refresh_from_db()
    assert row.authority_notified_at is not None and row.authority_reference == "TSV/1/2026"
    assert "ilmoitettu myöhässä" in browser.get(f"{url}/").content.decode()


def test_actions_documents_and_closing(browser, company):
    _log(browser, company)
    row = Breach.objects.get()
    url = f"/organizations/{company.pk}/breaches/{row.pk}"
    browser.post(f"{url}/actions/", {"kind": "containment", "description": "Laite lukittu etänä",
                                     "planned_on": "", "done_on": timezone.localdate().isoformat()})
    browser.post(f"{url}/actions/", {"kind": "corrective", "description": "Levyn salaus kaikkiin koneisiin",
                                     "planned_on": (timezone.localdate() + dt.timedelta(days=30)).isoformat(),
                                     "done_on": ""})
    browser.post(f"{url}/actions/1/done/")
    row.refresh_from_db()
    assert [a["done_on"] for a in row.actions] == [timezone.localdate().isoformat()] * 2
    notification = browser.get(f"{url}/documents/loukkausilmoitus.html").content.decode()
    assert "a) Loukkauksen luonne" in notification and "Laite lukittu etänä" in notification
    notice = browser.get(f"{url}/documents/loukkaustiedote.docx?lang=sv")
    assert notice.status_code == 200 and notice.content.startswith(b"PK")
    assert browser.get(f"{url}/documents/lasku.html").status_code == 404
    browser.post(f"{url}/close/", {"closed_on": timezone.localdate().isoformat()})
    row.refresh_from_db()
    assert row.closed_on == timezone.localdate()


def test_editing_keeps_a_history(browser, company):
    _log(browser, company)
    row = Breach.objects.get()
    url = f"/organizations/{company.pk}/breaches/{row.pk}/edit/"
    form = browser.get(url)
    assert form.status_code == 200 and "Kadonnut kannettava" in form.content.decode()
    aware = timezone.localtime(row.aware_at).strftime("%Y-%m-%dT%H:%M")
    browser.post(url, {"title": "Kadonnut kannettava (löytyi)", "aware_at": aware, "description": "Löytyi.",
                       "registers": ["Asiakasrekisteri", "Henkilöstörekisteri"], "risk": "risk",
                       "based_on_revision": row.revision})
    row.refresh_from_db()
    assert row.title.endswith("(löytyi)") and row.registers.count() == 2
    assert row.history.first().title.endswith("(löytyi)") and row.history.count() > 2
