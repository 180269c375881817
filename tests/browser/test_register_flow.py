"""A consultant logs in, creates a register from a template, edits a field and sees it on the page."""

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# `make screenshots` sets this to refresh the README picture; otherwise the shot goes to a temporary folder.
SCREENSHOT_DIR = os.environ.get("TIETOVIRTA_SCREENSHOT_DIR")


def test_create_edit_and_view_register(page, login, make_user, make_org, tmp_path):
    user = make_user("konsultti@example.fi", "salasana-joka-kelpaa")
    organization = make_org(user, name="Walttia Oy", business_id="2643821-1")

    login("konsultti@example.fi", "salasana-joka-kelpaa")
    page.get_by_role("link", name="Walttia Oy").first.click()
    page.get_by_role("link", name="Uusi rekisteri").click()
    page.get_by_label("Rekisterin nimi").fill("Asiakasrekisteri")
    page.get_by_label("Asiakasrekisteri").check()
    page.get_by_role("button", name="Luo rekisteri").click()

    expect(page.get_by_role("heading", level=1)).to_contain_text("Asiakasrekisteri")
    expect(page.locator("#purpose")).not_to_contain_text("Ei täytetty")  # the template filled it

    page.locator("#purpose").get_by_role("link", name="Muokkaa").click()
    page.get_by_label("Käsittelyn tarkoitus").fill("Asiakassuhteen hoitaminen, laskutus ja perintä.")
    page.get_by_role("button", name="Tallenna").click()

    expect(page).to_have_url(re.compile(rf"/organizations/{organization.pk}/registers/\d+/#purpose$"))
    expect(page.locator("#purpose")).to_contain_text("Asiakassuhteen hoitaminen, laskutus ja perintä.")
    expect(page.get_by_test_id("modified")).to_have_text(re.compile(r"^\d{1,2}\.\d{1,2}\.\d{4}$"))
    shot = Path(SCREENSHOT_DIR or tmp_path) / "register-page.png"
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(shot), full_page=False)
    assert shot.stat().st_size > 10_000  # a rendered page, not a blank one


def test_viewer_sees_no_edit_controls(page, login, make_user, make_org):
    from tietovirta.registers.models import Register

    owner = make_user("omistaja@example.fi")
    viewer = make_user("lukija@example.fi", "lukijan-salasana-1")
    organization = make_org(owner, name="Kuusisto Oy", business_id="2623348-6")
    organization.memberships.create(user=viewer, role="viewer")
    register = Register.objects.create(organization=organization, name="Henkilöstörekisteri")

    login("lukija@example.fi", "lukijan-salasana-1")
    page.goto(f"/organizations/{organization.pk}/registers/{register.pk}/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Henkilöstörekisteri")
    expect(page.get_by_role("link", name="Muokkaa")).to_have_count(0)
    expect(page.get_by_role("button", name="Arkistoi")).to_have_count(0)
