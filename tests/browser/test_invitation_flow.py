"""An owner invites a new member; the invitee sets her password through the link and accepts (item 1)."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_invitee_sets_a_password_and_accepts(browser, live_server, page, login, make_user, make_org):
    from tietovirta.organizations.models import Membership

    owner = make_user("omistaja@example.fi", "omistajan-salasana-1")
    organization = make_org(owner, name="Walttia Oy", business_id="2643821-1")
    login("omistaja@example.fi", "omistajan-salasana-1")
    page.goto(f"/organizations/{organization.pk}/members/")
    page.get_by_label("Sähköposti").fill("Uusi.Jasen@Example.fi")
    page.locator("#id_role").select_option("editor")
    page.get_by_role("button", name="Kutsu", exact=True).click()
    link = page.locator("code.user-select-all").inner_text()
    assert re.fullmatch(rf"{re.escape(live_server.url)}/invitations/[\w-]+/", link)
    expect(page.get_by_role("cell", name="uusi.jasen@example.fi")).to_be_visible()  # pending, listed
    assert not Membership.objects.filter(user__username="uusi.jasen@example.fi").exists()

    invitee = browser.new_context(base_url=live_server.url, locale="fi-FI").new_page()
    invitee.set_default_timeout(15_000)
    invitee.goto(link)
    expect(invitee.get_by_text("omistaja@example.fi, organisaation Walttia Oy omistaja")).to_be_visible()
    invitee.get_by_role("link", name="Aseta salasana tällä linkillä").click()
    expect(invitee.get_by_text("omistaja@example.fi, organisaation Walttia Oy omistaja")).to_be_visible()
    invitee.get_by_label("Uusi salasana", exact=True).fill("jasenen-oma-salasana-7")
    invitee.get_by_label("Uusi salasana uudelleen").fill("jasenen-oma-salasana-7")
    invitee.get_by_role("button", name="Tallenna salasana").click()
    invitee.get_by_role("button", name="Hyväksy ja liity").click()
    expect(invitee).to_have_url(re.compile(rf"/organizations/{organization.pk}/$"))
    expect(invitee.get_by_role("button", name="Walttia Oy")).to_be_visible()
    assert Membership.objects.get(user__username="uusi.jasen@example.fi").role == "editor"
    invitee.context.close()

    page.goto(f"/organizations/{organization.pk}/members/")
    expect(page.get_by_role("cell", name="uusi.jasen@example.fi")).to_have_count(1)  # a member, not pending
    expect(page.get_by_role("heading", name="Avoimet kutsut")).to_have_count(0)
