"""No lost updates: two people editing the same register at once (runs on SQLite and PostgreSQL)."""

import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from tietovirta.organizations.models import Membership
from tietovirta.registers.models import Register


@pytest.fixture
def two_editors(org, owner, make_user):
    colleague = make_user("kollega@example.fi")
    Membership.objects.create(user=colleague, organization=org, role="editor")
    first, second = Client(), Client()
    first.force_login(owner)
    second.force_login(colleague)
    return first, second


def _edit_url(org, register, section="purpose"):
    return reverse(
        "register_edit", kwargs={"org_id": org.pk, "register_id": register.pk, "section_key": section}
    )


def test_second_save_gets_a_conflict_page_instead_of_overwriting(org, two_editors):
    first, second = two_editors
    register = Register.objects.create(organization=org, name="Asiakasrekisteri", purpose_text="Alkuperäinen")
    opened = register.revision  # both open the form at the same revision
    first.post(_edit_url(org, register), {"purpose_text": "Ensimmäisen muutos", "based_on_revision": opened})
    response = second.post(
        _edit_url(org, register), {"purpose_text": "Toisen muutos", "based_on_revision": opened}
    )
    assert response.status_code == 409
    register.refresh_from_db()
    assert register.purpose_text == "Ensimmäisen muutos"  # the first save stands
    page = response.content.decode()
    assert "Ensimmäisen muutos" in page and "Toisen muutos" in page  # both versions side by side
    assert f'name="based_on_revision" value="{register.revision}"' in page

    merged = second.post(
        _edit_url(org, register),
        {"purpose_text": "Ensimmäisen ja toisen muutos yhdessä", "based_on_revision": register.revision},
    )
    assert merged.status_code == 302
    register.refresh_from_db()
    assert register.purpose_text == "Ensimmäisen ja toisen muutos yhdessä"


def test_form_carries_the_revision_it_was_opened_at(owner_client, org):
    register = Register.objects.create(organization=org, name="A")
    page = owner_client.get(_edit_url(org, register)).content.decode()
    assert f'name="based_on_revision" value="{register.revision}"' in page


@pytest.mark.django_db(transaction=True)
def test_simultaneous_saves_one_wins_one_conflicts(make_user, make_org):
    """Two requests in two threads, each with its own database connection, based on the same revision."""
    owner = make_user("a@example.fi")
    organization = make_org(owner)
    colleague = make_user("b@example.fi")
    Membership.objects.create(user=colleague, organization=organization, role="editor")
    register = Register.objects.create(organization=organization, name="Rinnakkain")
    opened = register.revision
    statuses = []

    def save(user, text):
        client = Client()
        client.force_login(user)
        try:
            response = client.post(
                _edit_url(organization, register), {"purpose_text": text, "based_on_revision": opened}
            )
            statuses.append(response.status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=save, args=(u, t)) for u, t in ((owner, "A"), (colleague, "B"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [302, 409]
    register.refresh_from_db()
    assert register.purpose_text in ("A", "B") and register.revision == opened + 1
