"""The shared caches outlive the database: their keys carry the database's identity
(installation/cache_keys.py), so after the database is reset or replaced with the cache directory kept,
nothing cached for the old one is served for the new one's rows, though ids and revisions are the same again.

"Another database" is made here by giving this one a new identity and changing its rows behind the
services' back (as a new database with the same ids and revisions would differ), then reading again.
"""

import pytest
from django.urls import reverse

from tietovirta.installation.cache_keys import database_token, forget_token
from tietovirta.installation.models import Installation
from tietovirta.registers.models import Register

pytestmark = pytest.mark.django_db


@pytest.fixture
def another_database():
    original = database_token()

    def replace():
        Installation.objects.update(token="another-database")
        forget_token()

    yield replace
    Installation.objects.update(token=original)
    forget_token()
    assert database_token() == original  # read now, not inside a later test's count of queries


def test_every_cache_key_starts_with_the_databases_identity():
    from django.core.cache import caches

    token = Installation.objects.get().token
    assert len(token) == 32 and database_token() == token
    for alias in (
        "fragments",
        "checks",
        "sessions",
        "documents",
        "fragments-here",
        "checks-here",
        "health-here",
    ):
        assert caches[alias].make_key("x").startswith(token + ":")


def test_a_page_kept_for_the_old_database_is_not_shown_for_the_new_one(
    owner_client, generated_organization, another_database
):
    organization = generated_organization(registers=2)
    register = organization.registers.order_by("pk").first()
    url = reverse("register", kwargs={"org_id": organization.pk, "register_id": register.pk})
    assert owner_client.get(url).status_code == 200  # kept in the shared cache

    Register.objects.filter(pk=register.pk).update(name="Uuden tietokannan rekisteri")  # same id and revision
    another_database()
    assert "Uuden tietokannan rekisteri" in owner_client.get(url).content.decode()


def test_a_session_kept_for_the_old_database_logs_nobody_in_to_the_new_one(owner_client, another_database):
    from django.contrib.sessions.models import Session

    assert owner_client.get(reverse("home")).status_code == 200  # the session: in the cache and the database
    Session.objects.all().delete()  # the new database has no such session
    another_database()
    response = owner_client.get(reverse("home"))
    assert response.status_code == 302 and reverse("login") in response["Location"]
