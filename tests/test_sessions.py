"""Sessions are read from the cache the workers share, not from the database, and logging out (on this
device, or on all devices) still ends them everywhere (settings.SESSION_ENGINE). The logout tests fail
if the engine or `end_sessions` leaves the cached copy behind."""

from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

PASSWORD = "correct-horse-battery"


def _logged_in(email="owner@example.fi") -> Client:
    browser = Client()
    assert browser.post(reverse("login"), {"username": email, "password": PASSWORD}).status_code == 302
    return browser


def test_a_logged_in_page_reads_no_session_from_the_database(owner, org):
    browser = _logged_in()
    browser.get(reverse("organization", kwargs={"org_id": org.pk}))
    with CaptureQueriesContext(connection) as queries:
        assert browser.get(reverse("organization", kwargs={"org_id": org.pk})).status_code == 200
    assert not [q for q in queries.captured_queries if "django_session" in q["sql"]]


def test_a_session_culled_from_the_cache_is_read_from_the_database(owner, org):
    browser = _logged_in()
    caches["sessions"].clear()
    assert browser.get(reverse("organization", kwargs={"org_id": org.pk})).status_code == 200


def test_logging_out_ends_the_session_for_a_copied_cookie(owner, org):
    browser = _logged_in()
    copied = Client()  # another browser, or another worker, with the same session cookie
    copied.cookies.load({key: morsel.value for key, morsel in browser.cookies.items()})
    page = reverse("organization", kwargs={"org_id": org.pk})
    assert copied.get(page).status_code == 200
    browser.post(reverse("logout"))
    assert copied.get(page).status_code == 302  # to the login page


def test_logging_out_everywhere_ends_sessions_kept_in_the_cache(owner, org):
    laptop, phone = _logged_in(), _logged_in()
    page = reverse("organization", kwargs={"org_id": org.pk})
    assert phone.get(page).status_code == 200  # its session now in the shared cache
    laptop.post(reverse("logout_everywhere"))
    assert phone.get(page).status_code == 302
