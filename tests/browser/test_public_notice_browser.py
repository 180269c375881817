"""A notice published twice shows, on its public page, what changed and the difference of the versions."""

import re

import pytest
from playwright.sync_api import expect

from complete_register import TEXTS, complete_data

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

STATUTORY = "Onko tietojen antaminen pakollista ja mitä siitä seuraa"


def test_public_notice_shows_its_changelog_and_the_difference_of_two_versions(
    page, login, make_user, make_org
):
    from tietovirta.canonical import parse_document
    from tietovirta.interchange import load_document
    from tietovirta.registers.models import Register

    user = make_user("konsultti@example.fi", "salasana-joka-kelpaa")
    organization = make_org(user)
    data = complete_data()
    data["registers"][0]["status"] = "draft"  # loaded as published, it would be published on loading
    load_document(parse_document(data), organization=organization)
    register = Register.objects.get(organization=organization)

    login("konsultti@example.fi", "salasana-joka-kelpaa")
    page.goto(f"/organizations/{organization.pk}/registers/{register.pk}/")
    publishing = page.locator("#publishing")
    for lang in ("fi", "sv", "en"):
        expect(publishing.locator(f'[data-lang="{lang}"]')).to_have_attribute("data-ready", "yes")
    publishing.get_by_role("button", name="Julkaise").click()
    expect(page.locator(".alert-success")).to_contain_text("Julkaistu suomeksi, ruotsiksi ja englanniksi")

    # A change in Finnish: the Swedish and English texts are now out of date, so version 2 is Finnish only.
    page.locator("#statutory_requirement").get_by_role("link", name="Muokkaa").click()
    page.get_by_label("Onko tietojen antaminen").fill("Tietojen antaminen on vapaaehtoista.")
    page.get_by_role("button", name="Tallenna").click()
    expect(publishing.locator('[data-lang="sv"]')).to_have_attribute("data-ready", "no")
    publishing.get_by_role("button", name="Julkaise uudelleen").click()
    expect(page.locator(".alert-success")).to_contain_text("Julkaistu suomeksi.")

    page.goto(f"/public/notices/{register.public_id}/fi/")
    expect(page.get_by_test_id("version")).to_contain_text("Versio 2")
    changelog = page.get_by_test_id("changelog")
    expect(changelog).to_contain_text(f"Muutettu kohtaa ”{STATUTORY}”")
    expect(changelog.locator("li")).to_have_count(1)
    changelog.get_by_role("link", name="Näytä versioiden 1 ja 2 erot").click()

    expect(page).to_have_url(re.compile(rf"/public/notices/{register.public_id}/fi/diff/1/2/$"))
    diff = page.get_by_test_id("diff")
    expect(diff.get_by_role("heading", level=1)).to_have_text("Versioiden 1 ja 2 erot")
    expect(diff.locator("del")).to_have_text(TEXTS["statutory_requirement_text"][0])
    expect(diff.locator("ins")).to_have_text("Tietojen antaminen on vapaaehtoista.")
    # The Swedish notice is still version 1, which has no earlier version to compare with.
    page.goto(f"/public/notices/{register.public_id}/sv/")
    expect(page.get_by_test_id("version")).to_contain_text("Version 1")
    expect(page.get_by_test_id("changelog")).to_contain_text("Detta är den första versionen")
