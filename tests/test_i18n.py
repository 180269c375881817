"""The interface speaks suomi (default), svenska and English, switched from the menu."""

import pytest
from django.urls import reverse


@pytest.mark.parametrize(("lang", "heading", "button"), [
    ("fi", "Tietolähteet", "Muokkaa"),
    ("sv", "Uppgiftskällor", "Redigera"),
    ("en", "Data sources", "Edit"),
])
def test_language_switch_changes_the_register_page(owner_client, org, lang, heading, button):
    from tietovirta.registers.models import Register

    register = Register.objects.create(organization=org, name="Asiakasrekisteri")
    url = reverse("register", kwargs={"org_id": org.pk, "register_id": register.pk})
    response = owner_client.post(reverse("set_language"), {"language": lang, "next": url})
    assert response.status_code == 302 and response["Location"] == url
    page = owner_client.get(url).content.decode()
    assert f'<html lang="{lang}">' in page
    assert heading in page and f">{button}<" in page


def test_finnish_is_the_default(client):
    assert "Kirjaudu sisään" in client.get(reverse("login")).content.decode()


def test_browser_language_does_not_override_finnish(client):
    page = client.get(reverse("login"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert "Kirjaudu sisään" in page and '<html lang="fi">' in page
