"""The organisation list is a consultant's portfolio: numbers per client, sortable, as CSV, linked."""

import csv
import datetime as dt
import io

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tietovirta.publishing.services import publish
from tietovirta.registers.findings import cached_organization_health
from tietovirta.registers.models import Register

pytestmark = pytest.mark.django_db

BUSINESS_IDS = ["0166094-0", "2623348-6", "0112038-9", "1572860-0", "0109862-8", "0201256-6"]


@pytest.fixture
def make_clients(make_org, owner, make_publishable):
    """`make_clients(count, user)`: client organisations with a draft, an overdue register and a published,
    since edited one."""

    def make(count: int, user=None) -> list:
        organizations = []
        for index in range(count):
            org = make_org(user or owner, name=f"Asiakas {index} Oy", business_id=BUSINESS_IDS[index],
                           email=f"tietosuoja{index}@asiakas.fi")
            Register.objects.create(organization=org, name="Luonnos")
            overdue = Register.objects.create(organization=org, name="Vanha", status="published")
            Register.objects.filter(pk=overdue.pk).update(modified_at=timezone.now() - dt.timedelta(days=800))
            published = make_publishable(org, "Julkaistu")
            publish(published, user=user or owner)
            published.refresh_from_db()
            published.retention_text = "Kuusi vuotta tilikauden päättymisestä."
            published.save()
            organizations.append(org)
        return organizations

    return make


def _rows(client, query: str = "") -> dict:
    page = BeautifulSoup(client.get(reverse("home") + query).content, "lxml")
    return {
        tr.find("a").get_text(): {td["data-column"]: td for td in tr.select("td[data-column]")}
        for tr in page.select("[data-testid=portfolio] tbody tr")
    }


def test_each_client_with_its_numbers_linked_to_the_list_behind_them(owner_client, make_clients):
    org = make_clients(1)[0]
    cells = _rows(owner_client)["Asiakas 0 Oy"]
    health = cached_organization_health(org)
    assert cells["score"].get_text(strip=True) == str(health.score.value)
    assert cells["errors"].get_text(strip=True) == str(health.score.counts["error"])
    assert cells["reviews"].get_text(strip=True) == "1"
    assert cells["unpublished"].get_text(strip=True) == "1"
    assert cells["stale_notices"].get_text(strip=True) == "1"
    dashboard = reverse("organization", kwargs={"org_id": org.pk})
    assert cells["errors"].a["href"] == dashboard + "#findings"
    assert cells["reviews"].a["href"] == dashboard + "#reviews"
    notices = reverse("notices", kwargs={"org_id": org.pk})
    assert cells["stale_notices"].a["href"] == notices

    # Behind the links: the anchors exist, and the notices page marks the outdated notice.
    page = BeautifulSoup(owner_client.get(dashboard).content, "lxml")
    assert page.find(id="findings") and page.find(id="reviews") and page.find(id="registers")
    notices_page = BeautifulSoup(owner_client.get(notices).content, "lxml")
    assert len(notices_page.select("[data-testid=notice-outdated]")) == 1


def test_sorted_worst_first_and_back(owner_client, make_clients):
    third = make_clients(3)[2]
    Register.objects.create(organization=third, name="Tyhjä 1")
    Register.objects.create(organization=third, name="Tyhjä 2")
    assert next(iter(_rows(owner_client, "?sort=errors"))) == "Asiakas 2 Oy"
    assert list(_rows(owner_client, "?sort=errors&order=reverse"))[-1] == "Asiakas 2 Oy"
    assert list(_rows(owner_client)) == ["Asiakas 0 Oy", "Asiakas 1 Oy", "Asiakas 2 Oy"]
    assert list(_rows(owner_client, "?order=reverse")) == ["Asiakas 2 Oy", "Asiakas 1 Oy", "Asiakas 0 Oy"]
    assert next(iter(_rows(owner_client, "?sort=unpublished"))) == "Asiakas 2 Oy"  # three drafts


def test_csv_export(owner_client, make_clients):
    make_clients(2)
    response = owner_client.get(reverse("home") + "?format=csv&sort=errors")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Organisaatio", "Y-tunnus", "Roolisi"] and "Avoimet virheet" in rows[0]
    assert {r[0] for r in rows[1:]} == {"Asiakas 0 Oy", "Asiakas 1 Oy"}
    assert all(r[rows[0].index("Julkaisematta")] == "1" for r in rows[1:])


def test_only_the_users_own_organisations(owner_client, make_org, make_user):
    make_org(make_user("toinen@example.fi"), name="Vieras Oy", business_id="0166094-0")
    assert "Vieras Oy" not in owner_client.get(reverse("home")).content.decode()


def _queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("home")).status_code == 200
    return len(queries)


def test_queries_do_not_grow_with_the_number_of_organisations(client, make_user, make_clients):
    small_owner, large_owner = make_user("pieni@example.fi"), make_user("suuri@example.fi")
    make_clients(1, small_owner)
    make_clients(5, large_owner)
    for user in (small_owner, large_owner):
        client.force_login(user)
        user.first_view, user.cached_view = _queries(client), _queries(client)  # stale caches, then fresh
    assert small_owner.first_view == large_owner.first_view
    assert small_owner.cached_view == large_owner.cached_view


def test_requests_and_breaches_that_need_action_are_counted_per_client(owner_client, owner, make_clients):
    from tietovirta.breaches import services as breaches
    from tietovirta.requests import services as requests

    busy = make_clients(2)[1]
    today = timezone.localdate()
    person = {"kinds": ["access"], "channel": "email", "requester_name": "Maija Meikäläinen",
              "requester_email": "maija@example.fi"}
    for days in (40, 35, 25, 1):  # two past the month, one within a week of it, one just in
        requests.create(busy, {**person, "received_on": today - dt.timedelta(days=days)}, user=owner)
    breaches.create(busy, {"title": "Kadonnut kannettava", "aware_at": timezone.now() - dt.timedelta(hours=5),
                           "risk": "risk"}, user=owner)
    breaches.create(busy, {"title": "Väärä vastaanottaja", "aware_at": timezone.now(), "risk": "none"},
                    user=owner)

    rows = _rows(owner_client)
    busy_cells, quiet_cells = rows["Asiakas 1 Oy"], rows["Asiakas 0 Oy"]
    assert busy_cells["overdue_requests"].get_text(strip=True) == "2"
    assert busy_cells["due_requests"].get_text(strip=True) == "1"
    assert busy_cells["urgent_breaches"].get_text(strip=True) == "1"  # no risk: no 72-hour clock
    assert [quiet_cells[k].get_text(strip=True) for k in ("overdue_requests", "urgent_breaches")] == [
        "0", "0"
    ]
    assert busy_cells["overdue_requests"].a["href"] == reverse("requests", kwargs={"org_id": busy.pk})
    assert busy_cells["urgent_breaches"].a["href"] == reverse("breaches", kwargs={"org_id": busy.pk})
    assert next(iter(_rows(owner_client, "?sort=overdue_requests"))) == "Asiakas 1 Oy"
