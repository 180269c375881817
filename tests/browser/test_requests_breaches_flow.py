"""A request from the public form through e-mail confirmation, checklist, extension and answer; a breach
from logging to the drafted notification. Debian's chromium through Playwright."""

import datetime as dt
import re

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from tietovirta import canonical as c
from tietovirta.interchange import load_document
from tietovirta.language import format_date, format_datetime
from tietovirta.organizations.models import Membership
from tietovirta.requests.models import PublicRequestForm, SubjectRequest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DOCUMENT = {
    "schema_version": "1.2",
    "organization": {"name": "Pyyntö Oy", "business_id": "2643821-1", "email": "tietosuoja@pyynto.fi"},
    "systems": [{"name": "HubSpot", "kind": "crm"}],
    "parties": [{"name": "Tilitoimisto Numero Oy", "role": "processor"}],
    "registers": [
        {
            "name": "Asiakasrekisteri",
            "data_subject_categories": ["Asiakkaat"],
            "purpose_text": "Asiakassuhteen hoitaminen ja laskutus.",
            "systems": ["HubSpot"],
            "parties": ["Tilitoimisto Numero Oy"],
        },
        {"name": "Henkilöstörekisteri", "data_subject_categories": ["Työntekijät"]},
    ],
}


@pytest.fixture
def company(make_user):
    user = make_user("tietosuoja@pyynto.fi", "salasana-joka-kelpaa")
    organization = load_document(c.parse_document(DOCUMENT)).organization
    Membership.objects.create(user=user, organization=organization, role="owner")
    return organization


def test_request_from_the_public_form_to_the_answer(page, login, company, settings, live_server):
    settings.REQUEST_FORM_MIN_SECONDS = 0
    form = PublicRequestForm.objects.create(organization=company, enabled=True)

    # The person, without an account, in Finnish
    page.goto(f"/public/requests/{form.public_id}/fi/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Tietosuojapyyntö")
    page.get_by_label("Nimesi").fill("Maija Meikäläinen")
    page.get_by_label("Sähköpostiosoitteesi").fill("maija@example.fi")
    page.get_by_label("Pääsy tietoihin (tarkastusoikeus)").check()
    page.get_by_label("Asiakas", exact=True).check()
    page.get_by_role("button", name="Lähetä pyyntö").click()
    expect(page.get_by_test_id("sent")).to_contain_text("Lähetimme vahvistuslinkin")

    [message] = mail.outbox
    link = re.search(r"https?://[^/\s]+(/public/requests/confirm/\S+/)", message.body).group(1)
    page.goto(link)
    expect(page.get_by_role("heading", level=1)).to_have_text("Pyyntösi on vahvistettu")
    row = SubjectRequest.objects.get()
    expect(page.get_by_test_id("due")).to_have_text(format_date(row.due_on, "fi"))

    # The organisation's member
    login("tietosuoja@pyynto.fi", "salasana-joka-kelpaa")
    page.goto(f"/organizations/{company.pk}/")
    page.get_by_role("link", name="Tietopyynnöt").click()
    page.get_by_role("link", name=row.reference).click()
    expect(page.get_by_test_id("email-state")).to_contain_text("vahvistettu")
    expect(page.get_by_test_id("matches")).to_contain_text("Asiakasrekisteri")

    page.get_by_role(
        "button", name="Lisää rekisterit, niiden järjestelmät ja käsittelijät tarkistuslistaan"
    ).click()
    tasks = page.get_by_test_id("tasks")
    expect(tasks).to_contain_text("HubSpot")
    expect(tasks).to_contain_text("Tilitoimisto Numero Oy")
    expect(tasks).not_to_contain_text("Henkilöstörekisteri")
    page.get_by_role("button", name="Tehty: Asiakasrekisteri").click()
    expect(page.get_by_test_id("done").first).to_contain_text("tietosuoja@pyynto.fi")

    page.get_by_text("Pidennä määräaikaa kahdella kuukaudella").click()
    page.get_by_label("Pidennyksen syyt").fill("Pyyntö koskee usean vuoden tietoja kolmessa järjestelmässä.")
    page.get_by_role("button", name="Pidennä", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text("Määräaikaa pidennetty kahdella kuukaudella.")
    row.refresh_from_db()
    expect(page.get_by_test_id("due")).to_have_text(format_date(row.due_on, "fi"))
    expect(page.get_by_test_id("extension")).to_contain_text("usean vuoden")

    page.get_by_label("Omat sanasi vastaukseen").fill("Jäljennös tiedoistanne on liitteenä.")
    page.get_by_role("button", name="Tallenna vastaus").click()
    letter_url = f"/organizations/{company.pk}/requests/{row.pk}/letters/vastaus.html"
    expect(page.get_by_test_id("letters").locator(f'a[href="{letter_url}"]')).to_have_count(1)
    letter = page.context.request.get(f"{live_server.url}{letter_url}").text()
    assert "Asiakassuhteen hoitaminen ja laskutus." in letter and "Jäljennös tiedoistanne" in letter

    page.get_by_role("button", name="Vastaus on lähetetty: sulje vastattuna").click()
    expect(page.get_by_test_id("outcome")).to_contain_text("Vastattu")


def test_breach_from_logging_to_the_drafted_notification(page, login, company, live_server):
    login("tietosuoja@pyynto.fi", "salasana-joka-kelpaa")
    page.goto(f"/organizations/{company.pk}/")
    page.get_by_role("link", name="Tietoturvaloukkaukset").click()
    page.get_by_role("link", name="Kirjaa tietoturvaloukkaus").click()
    aware = timezone.localtime() - dt.timedelta(hours=2)
    page.get_by_label("Otsikko").fill("Asiakaslista lähti väärälle vastaanottajalle")
    page.get_by_label("Havaittu").fill(aware.strftime("%Y-%m-%dT%H:%M"))
    page.get_by_label("Mitä tapahtui").fill("Myyjä liitti sähköpostiin väärän tiedoston.")
    page.get_by_label("Asiakasrekisteri").check()
    page.get_by_label("Henkilöiden arvioitu määrä").fill("120")
    page.get_by_label("Riski", exact=True).select_option("high")
    page.get_by_label("Riskiarvion perustelut").fill(
        "Listalla on asiakkaiden puhelinnumerot ja ostohistoria."
    )
    page.get_by_role("button", name="Tallenna").click()

    expect(page.get_by_test_id("clock")).to_contain_text("h aikaa ilmoittaa")
    deadline = timezone.localtime(aware.replace(second=0, microsecond=0) + dt.timedelta(hours=72))
    expect(page.get_by_test_id("deadline")).to_have_text(format_datetime(deadline, "fi"))

    page.get_by_text("Lisää toimenpide").click()
    page.get_by_label("Toimenpide", exact=True).fill("Vastaanottajaa pyydetty poistamaan viesti")
    page.get_by_role("button", name="Lisää", exact=True).click()
    expect(page.get_by_test_id("actions")).to_contain_text("Vastaanottajaa pyydetty")

    breach_url = page.url
    notification = page.context.request.get(
        breach_url.rstrip("/") + "/documents/loukkausilmoitus.html"
    ).text()
    for item in (
        "a) Loukkauksen luonne",
        "b) Tietosuojavastaava tai muu yhteyspiste",
        "c) Todennäköiset seuraukset",
        "d) Toteutetut ja ehdotetut toimenpiteet",
        "Vastaanottajaa pyydetty poistamaan viesti",
    ):
        assert item in notification
    expect(page.get_by_role("button", name="Tiedote rekisteröidyille")).to_be_visible()  # high risk

    page.get_by_text("Kirjaa ilmoitus").first.click()
    page.get_by_role("button", name="Kirjaa ilmoitus").click()
    expect(page.get_by_test_id("clock")).to_have_text("ilmoitettu ajoissa")

    page.get_by_test_id("registers").get_by_role("link", name="Asiakasrekisteri").click()
    expect(page.get_by_test_id("register-breaches")).to_contain_text(
        "Asiakaslista lähti väärälle vastaanottajalle"
    )
