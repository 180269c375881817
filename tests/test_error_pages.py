"""Every error page is in the product's layout and the interface language, never Django's bare English."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import path, reverse

from tietovirta import urls as project_urls
from tietovirta.registers.models import Register

pytestmark = pytest.mark.django_db


def _boom(request):
    raise RuntimeError("a bug")


# The project's URLs plus one view that fails, for the 500 page.
urlpatterns = [*project_urls.urlpatterns, path("test-boom/", _boom)]
handler500 = project_urls.handler500


def _page(response):
    page = BeautifulSoup(response.content, "lxml")
    assert page.find("a", class_="navbar-brand").get_text() == "Tietovirta", "the product's layout"
    return page


def test_404_in_finnish_and_in_the_layout(client):
    response = client.get("/ei-ole-olemassa/")
    assert response.status_code == 404
    page = _page(response)
    assert page.html["lang"] == "fi" and "Sivua ei löytynyt" in page.get_text()
    assert "Not Found" not in page.get_text()


def test_404_in_the_chosen_language(client):
    client.cookies["django_language"] = "sv"
    page = _page(client.get("/finns-inte/"))
    assert page.html["lang"] == "sv" and "Sidan hittades inte" in page.get_text()


def test_a_missing_public_notice_is_a_product_404(client):
    response = client.get("/public/notices/00000000-0000-0000-0000-000000000000/fi/")
    assert response.status_code == 404 and "Sivua ei löytynyt" in _page(response).get_text()


def test_403_for_a_viewer(client, make_user, org):
    viewer = make_user("lukija@example.fi")
    org.memberships.create(user=viewer, role="viewer")
    client.force_login(viewer)
    response = client.get(reverse("register_new", kwargs={"org_id": org.pk}))
    assert response.status_code == 403
    page = _page(response)
    assert "Sinulla ei ole oikeuksia tähän" in page.get_text()
    assert page.find("a", string=lambda s: s and "Testi Oy" in s) is not None, "the signed-in menu is there"


def test_csrf_failure_explains_itself(owner, org):
    client = Client(enforce_csrf_checks=True)
    client.force_login(owner)
    register = Register.objects.create(organization=org, name="A")
    url = reverse("register_reviewed", kwargs={"org_id": org.pk, "register_id": register.pk})
    response = client.post(url)
    assert response.status_code == 403
    assert "Lomake oli vanhentunut" in _page(response).get_text()


def test_400_page(client):
    response = client.get("/", headers={"host": "hyokkaaja.example"})  # not in ALLOWED_HOSTS
    assert response.status_code == 400
    assert "Pyyntöä ei voitu käsitellä" in _page(response).get_text()


@pytest.mark.urls(__name__)
def test_500_page_without_a_traceback(owner_client):
    owner_client.raise_request_exception = False
    response = owner_client.get("/test-boom/")
    assert response.status_code == 500
    text = _page(response).get_text()
    assert "Jokin meni vikaan" in text and "RuntimeError" not in text and "a bug" not in text


def test_throttled_login_is_the_login_page(client, make_user):
    make_user("kayttaja@example.fi", "oikea-salasana-123")
    for _attempt in range(6):
        response = client.post(reverse("login"), {"username": "kayttaja@example.fi", "password": "väärä"})
    assert response.status_code == 429
    assert "Liian monta" in _page(response).get_text()
