"""SQL queries per page do not grow with the data: an N+1 query shows up here, not in production.

The same pages are requested for a small organisation (3 registers) and a large one (30 registers,
more systems, parties and history); the number of queries must be the same. This is a count, not
a timing: it does not depend on the machine.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tietovirta.api.models import ApiToken, RateWindow
from tietovirta.commands.generate import generate
from tietovirta.organizations.models import Membership, Organization, Party, System
from tietovirta.registers.models import Register

pytestmark = pytest.mark.django_db


@dataclass
class Sample:
    organization: Organization
    register: Register  # a published register with a notice, history, systems and parties
    client: object
    token: str


def _sample(client_class, *, registers: int, seed: int, extra: int) -> Sample:
    before = set(Organization.objects.values_list("pk", flat=True))
    generate(organizations=1, registers=registers, seed=seed)
    organization = Organization.objects.exclude(pk__in=before).get()
    membership = Membership.objects.select_related("user").get(organization=organization)
    rows = list(organization.registers.order_by("position"))
    register = rows[0]
    # The same shape in both samples (a published and an archived register) whatever the seed drew;
    # the large one gets `extra` more systems, parties and versions on the register looked at.
    client = client_class()
    client.force_login(membership.user)
    for index in range(extra):
        system = System.objects.create(organization=organization, name=f"Lisäjärjestelmä {index}")
        party = Party.objects.create(organization=organization, name=f"Lisäkäsittelijä {index} Oy")
        party.systems.add(system)
        register.systems.add(system)
        register.parties.add(party)
        register.purpose_text = f"Tarkoitus, versio {index}"
        register.save()
    # Publishable whatever the draw: the generator leaves some transfers outside the EEA without a
    # mechanism (a finding that blocks publishing), and which vendors it draws shifts with the vendor base.
    for model in (System, Party):
        model.objects.filter(organization=organization, transfer_mechanism__isnull=True).update(
            transfer_mechanism="scc"
        )
    base = f"/organizations/{organization.pk}/registers/{register.pk}"
    assert client.post(f"{base}/publish/").status_code == 302
    archived = rows[-1]
    assert (
        client.post(f"{base[: base.rindex('/')]}/{archived.pk}/status/", {"status": "archived"}).status_code
        == 302
    )
    register.refresh_from_db()
    _token, secret = ApiToken.issue(name="bench", membership=membership, scope="read")
    return Sample(organization, register, client, secret)


@pytest.fixture
def samples(client_class):
    small = _sample(client_class, registers=3, seed=1, extra=0)
    large = _sample(client_class, registers=30, seed=2, extra=8)
    assert large.register.history.count() > small.register.history.count()
    assert (
        System.objects.filter(organization=large.organization).count()
        > System.objects.filter(organization=small.organization).count()
    )
    return small, large


@pytest.fixture
def client_class():
    from django.test import Client

    return Client


PAGES = {
    "home": "/",
    "dashboard": "/organizations/{org}/",
    "register page": "/organizations/{org}/registers/{reg}/",
    "tietovirtakuvaus html": "/organizations/{org}/registers/{reg}/documents/tietovirtakuvaus.html",
    "history": "/organizations/{org}/registers/{reg}/history/",
    "notices": "/organizations/{org}/notices/",
    "systems": "/organizations/{org}/systems/",
    "parties": "/organizations/{org}/parties/",
    "import page": "/organizations/{org}/import/",
    "members": "/organizations/{org}/members/",
    "public notice": "/public/notices/{public_id}/fi/",
}
API = {
    "api organizations": "/api/v1/organizations",
    "api organization": "/api/v1/organizations/{org}",
    "api registers": "/api/v1/organizations/{org}/registers",
    "api register": "/api/v1/organizations/{org}/registers/{reg}",
    "api systems": "/api/v1/organizations/{org}/systems",
    "api parties": "/api/v1/organizations/{org}/parties",
    "api findings": "/api/v1/organizations/{org}/findings",
    "api register findings": "/api/v1/organizations/{org}/registers/{reg}/findings",
}


def _queries(sample: Sample, template: str) -> list[str]:
    url = template.format(
        org=sample.organization.pk, reg=sample.register.pk, public_id=sample.register.public_id
    )
    headers = {"Authorization": f"Bearer {sample.token}"} if url.startswith("/api/") else {}
    RateWindow.objects.all().delete()  # every request opens its rate-limit window: the same queries each time
    with CaptureQueriesContext(connection) as queries:
        response = sample.client.get(url, headers=headers)
    assert response.status_code == 200, (url, response.status_code)
    return [q["sql"] for q in queries.captured_queries]


@pytest.mark.parametrize("template", [*PAGES.values(), *API.values()], ids=[*PAGES, *API])
def test_query_count_does_not_grow_with_the_data(samples, template):
    small, large = samples
    _queries(small, template)  # warm-up: first-request work (content types, sessions) is not the page's
    _queries(large, template)
    few, many = _queries(small, template), _queries(large, template)
    assert len(many) == len(few), "\n".join(
        [f"{len(few)} queries with 3 registers, {len(many)} with 30:", *many]
    )
