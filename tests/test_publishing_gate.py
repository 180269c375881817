"""The publishing gate: a privacy notice with open errors or empty Art. 13/14 items is not published."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse

from tietovirta.interchange import register_document
from tietovirta.publishing.models import PublishedNotice
from tietovirta.publishing.services import EMPTY_ITEM, PublishingRefused, publish, publishing_blockers
from tietovirta.registers.findings import register_concerns
from tietovirta.registers.models import Register

pytestmark = pytest.mark.django_db


def _publish_url(register):
    kwargs = {"org_id": register.organization_id, "register_id": register.pk}
    return reverse("register_publish", kwargs=kwargs)


@pytest.fixture
def empty_register(org):
    return Register.objects.create(organization=org, name="Tyhjä rekisteri")


@pytest.fixture
def complete_register(org, make_publishable):
    """A register from the customer template with the organisation's details: nothing blocks it."""
    org.street_address, org.postal_code, org.city = "Testikatu 1", "00100", "Helsinki"
    org.email = "tietosuoja@testi.fi"
    org.save()
    return make_publishable(org, "Asiakasrekisteri")


def test_an_empty_register_is_refused_with_its_errors_and_empty_items(owner_client, empty_register):
    blockers = publishing_blockers(empty_register)
    rules = {b.rule for b in blockers}
    assert EMPTY_ITEM in rules and rules - {EMPTY_ITEM}, "both check errors and empty items block"
    assert all(b.severity == "error" for b in blockers)

    response = owner_client.post(_publish_url(empty_register))
    assert response.status_code == 409
    page = BeautifulSoup(response.content, "lxml")
    shown = page.select("[data-testid=blockers] li.finding")
    assert len(shown) == len(blockers)
    assert all(li.find("a", attrs={"data-fix": True}) for li in shown), "each blocker links to its fix"
    empty_register.refresh_from_db()
    assert empty_register.status == "draft" and not empty_register.published_notices.exists()


def test_the_service_refuses_for_every_caller(owner, empty_register):
    with pytest.raises(PublishingRefused) as refused:
        publish(empty_register, user=owner)
    assert refused.value.blockers
    assert not PublishedNotice.objects.exists()


def test_accepting_every_blocker_as_a_risk_lets_it_be_published(client, make_user, empty_register):
    # (An example.fi address in "accepted by" would itself be flagged as placeholder text by the checks.)
    consultant = make_user("konsultti@tilitoimisto-testinen.fi")
    empty_register.organization.memberships.create(user=consultant, role="editor")
    client.force_login(consultant)
    owner_client = client
    for blocker in publishing_blockers(empty_register):
        response = owner_client.post(
            reverse("finding_accept", kwargs={"org_id": empty_register.organization_id,
                                              "register_id": empty_register.pk}),
            {"rule": blocker.rule, "field": blocker.accept_field,
             "reason": "Julkaistaan tiedoksi, täydennetään.", "next": _publish_url(empty_register)},
        )
        assert response.status_code == 302 and response["Location"] == _publish_url(empty_register)
    empty_register.refresh_from_db()
    assert publishing_blockers(empty_register) == []
    response = owner_client.post(_publish_url(empty_register))
    assert response.status_code == 302
    empty_register.refresh_from_db()
    assert empty_register.status == "published" and empty_register.published_notices.count() == 1


def test_a_complete_register_publishes_and_records_its_address(owner_client, complete_register):
    assert publishing_blockers(complete_register) == []

    assert owner_client.get(_publish_url(complete_register)).status_code == 200
    assert owner_client.post(_publish_url(complete_register)).status_code == 302
    complete_register.refresh_from_db()
    url = complete_register.privacy_notice_url
    assert url.startswith("http://testserver/public/notices/") and str(complete_register.public_id) in url
    after = {f.rule for f in register_concerns(register_document(complete_register))}
    assert "privacy-notice-missing" not in after

    # The recorded address opens the notice for anyone, in the reader's language.
    opened = Client().get(url.removeprefix("http://testserver"), follow=True)  # logged out
    assert opened.status_code == 200 and "Asiakasrekisteri" in opened.content.decode()
    assert opened.redirect_chain[-1][0].endswith("/fi/")


def test_an_address_of_the_registers_own_is_kept(owner_client, complete_register):
    complete_register.privacy_notice_url = "https://testi.fi/tietosuoja"
    complete_register.save()
    owner_client.post(_publish_url(complete_register))
    complete_register.refresh_from_db()
    assert complete_register.status == "published"
    assert complete_register.privacy_notice_url == "https://testi.fi/tietosuoja"


def test_a_viewer_cannot_publish(client, make_user, complete_register):
    viewer = make_user("lukija@example.fi")
    complete_register.organization.memberships.create(user=viewer, role="viewer")
    client.force_login(viewer)
    assert client.post(_publish_url(complete_register)).status_code == 403
    assert client.get(_publish_url(complete_register)).status_code == 403
