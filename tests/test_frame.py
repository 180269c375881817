"""The page frame (menus, organisation switcher, tabs, language switch) is kept per user (fragments.py).

Each test first shows a page, so that its frame is cached, and then checks that the next page's frame
is what the data and the request say: a membership added or removed, an organisation renamed, a role
changed and a language switched show at once; no one is shown another user's frame; the CSRF tokens and
the address the language forms return to are this request's; messages are this request's.
"""

import re

import pytest
from django.middleware.csrf import _unmask_cipher_token
from django.template import loader
from django.test import Client
from django.urls import reverse

from tietovirta.fragments import cached_frame
from tietovirta.organizations.models import Membership, Organization
from tietovirta.registers.models import Register


def _client_of(user, **kwargs) -> Client:
    browser = Client(**kwargs)
    browser.force_login(user)
    return browser


def _page(browser, path: str) -> str:
    response = browser.get(path)
    assert response.status_code == 200
    return response.content.decode()


def _systems_path(org) -> str:
    return reverse("catalogue", kwargs={"org_id": org.pk, "kind": "systems"})


def _switcher(page: str) -> list[str]:
    """The organisations the switcher offers, in order."""
    menu = re.search(r'<ul class="dropdown-menu">(.*?)<hr', page, re.S).group(1)
    return re.findall(r'class="dropdown-item[^"]*" href="/organizations/\d+/">([^<]*)</a>', menu)


def _switcher_button(page: str) -> str:
    button = re.search(r'<button class="nav-link dropdown-toggle"[^>]*>\s*(.*?)\s*</button>', page, re.S)
    return button.group(1)


def _active_tabs(page: str) -> list[str]:
    return re.findall(r'<a class="nav-link active" href="[^"]*">([^<]+)</a>', page)


@pytest.fixture
def second(make_org, owner):
    return make_org(owner, name="Beta Oy", business_id="1572860-0")


# A change shows at once.


def test_an_organisation_joined_by_invitation_shows_at_once(make_user, make_org, owner_client, org, invite):
    member = make_user("jasen@example.fi")
    other = make_org(member, name="Kolmas Oy")
    browser = _client_of(member)
    assert _switcher(_page(browser, _systems_path(other))) == ["Kolmas Oy"]
    link = invite(owner_client, org, "jasen@example.fi", "viewer")
    browser.get(link)
    assert browser.post(link, {"accept": "1"}).status_code == 302
    assert _switcher(_page(browser, _systems_path(other))) == ["Kolmas Oy", "Testi Oy"]


def test_a_removed_member_loses_the_organisation_from_the_switcher_at_once(
    make_user, make_org, owner_client, org
):
    member = make_user("jasen@example.fi")
    other = make_org(member, name="Kolmas Oy")
    membership = Membership.objects.create(user=member, organization=org, role="editor")
    browser = _client_of(member)
    assert _switcher(_page(browser, _systems_path(other))) == ["Kolmas Oy", "Testi Oy"]
    remove = reverse("member_update", kwargs={"org_id": org.pk, "membership_id": membership.pk})
    assert owner_client.post(remove, {"remove": "1"}).status_code == 302
    assert _switcher(_page(browser, _systems_path(other))) == ["Kolmas Oy"]
    assert browser.get(_systems_path(org)).status_code == 404


def test_another_organisation_renamed_shows_at_once_in_the_switcher(owner_client, org, second):
    assert _switcher(_page(owner_client, _systems_path(org))) == ["Beta Oy", "Testi Oy"]
    edit = reverse("organization_edit", kwargs={"org_id": second.pk})
    assert owner_client.post(edit, {"name": "Alfa Oy", "business_id": second.business_id}).status_code == 302
    page = _page(owner_client, _systems_path(org))
    assert _switcher(page) == ["Alfa Oy", "Testi Oy"]
    assert _switcher_button(page) == "Testi Oy"


def test_the_open_organisation_renamed_shows_at_once_on_the_switcher_button(owner_client, org):
    assert _switcher_button(_page(owner_client, _systems_path(org))) == "Testi Oy"
    Organization.objects.filter(pk=org.pk).update(name="Uusi Nimi Oy")  # no signal: the frame reads it
    page = _page(owner_client, _systems_path(org))
    assert _switcher_button(page) == "Uusi Nimi Oy"
    assert _switcher(page) == ["Uusi Nimi Oy"]


def test_an_unnamed_organisation_is_named_by_its_number_in_the_pages_language(owner_client, org):
    Organization.objects.filter(pk=org.pk).update(name="")
    assert _switcher(_page(owner_client, _systems_path(org))) == [f"Nimetön rekisterinpitäjä (#{org.pk})"]
    owner_client.cookies["django_language"] = "en"
    assert _switcher(_page(owner_client, _systems_path(org))) == [f"Unnamed controller (#{org.pk})"]


def test_a_role_changed_shows_or_hides_the_audit_log_tab_at_once(make_user, owner_client, org):
    member = make_user("jasen@example.fi")
    membership = Membership.objects.create(user=member, organization=org, role="viewer")
    browser = _client_of(member)
    audit = reverse("audit_log", kwargs={"org_id": org.pk})
    assert audit not in _page(browser, _systems_path(org))
    update = reverse("member_update", kwargs={"org_id": org.pk, "membership_id": membership.pk})
    assert owner_client.post(update, {"role": "owner"}).status_code == 302
    assert audit in _page(browser, _systems_path(org))
    assert owner_client.post(update, {"role": "editor"}).status_code == 302
    assert audit not in _page(browser, _systems_path(org))


def test_the_language_switched_shows_at_once_in_the_frame(owner_client, org):
    page = _page(owner_client, _systems_path(org))
    assert "Kirjaudu ulos" in page and "Log out" not in page
    switched = owner_client.post(reverse("set_language"), {"language": "sv", "next": _systems_path(org)})
    assert switched.status_code == 302
    page = _page(owner_client, _systems_path(org))
    assert "Logga ut" in page and "Kirjaudu ulos" not in page
    assert re.search(r'<button class="dropdown-item active" name="language" value="sv"', page)


def test_the_tab_follows_the_page(owner_client, org):
    register = Register.objects.create(organization=org, name="Asiakasrekisteri")
    dashboard = reverse("organization", kwargs={"org_id": org.pk})
    assert _active_tabs(_page(owner_client, dashboard)) == ["Rekisterit"]
    assert _active_tabs(_page(owner_client, _systems_path(org))) == ["Tietojärjestelmät"]
    register_page = reverse("register", kwargs={"org_id": org.pk, "register_id": register.pk})
    assert _active_tabs(_page(owner_client, register_page)) == ["Rekisterit"]
    assert _active_tabs(_page(owner_client, reverse("members", kwargs={"org_id": org.pk}))) == ["Jäsenet"]
    assert 'class="nav nav-underline' not in _page(owner_client, reverse("home"))  # no organisation open


# Another user's frame is never served.


def test_no_one_is_shown_another_users_frame(make_user, make_org, owner, org, second):
    # Two owners of the same organisations on the same page in the same language: all but the user alike.
    twin = make_user("kaksonen@example.fi")
    Membership.objects.create(user=twin, organization=org, role="owner")
    Membership.objects.create(user=twin, organization=second, role="owner")
    member = make_user("jasen@example.fi")
    Membership.objects.create(user=member, organization=org, role="viewer")
    outsider = make_user("ulkopuolinen@example.fi")
    make_org(outsider, name="Ulko Oy")
    for user, email, organizations in (
        (owner, "owner@example.fi", ["Beta Oy", "Testi Oy"]),
        (twin, "kaksonen@example.fi", ["Beta Oy", "Testi Oy"]),
        (member, "jasen@example.fi", ["Testi Oy"]),
        (owner, "owner@example.fi", ["Beta Oy", "Testi Oy"]),
    ):
        page = _page(_client_of(user), _systems_path(org))
        assert _switcher(page) == organizations
        shown = set(re.findall(r"[\w.]+@example\.fi", page))
        assert shown == {email}
    page = _page(_client_of(outsider), reverse("home"))
    assert _switcher(page) == ["Ulko Oy"]
    assert "Testi Oy" not in page and "owner@example.fi" not in page


def test_a_signed_out_visitor_gets_no_signed_in_frame(owner_client, org):
    _page(owner_client, reverse("home"))
    page = _page(Client(), reverse("login"))
    assert "owner@example.fi" not in page and "Testi Oy" not in page
    assert "Kirjaudu ulos" not in page and 'name="language" value="en"' in page


# Each request's own values.


def test_every_csrf_token_in_the_frame_is_the_viewers_own(make_user, owner, org):
    member = make_user("jasen@example.fi")
    Membership.objects.create(user=member, organization=org, role="owner")
    secrets = set()
    for user in (owner, member, owner):
        browser = _client_of(user, enforce_csrf_checks=True)
        page = _page(browser, _systems_path(org))
        assert "placeholder" not in page
        tokens = re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        assert len(tokens) == 4  # log out and the three languages
        secret = browser.cookies["csrftoken"].value
        assert {_unmask_cipher_token(token) for token in tokens} == {secret}
        secrets.add(secret)
        assert browser.post(reverse("set_language"), {"csrfmiddlewaretoken": tokens[-1], "language": "en",
                                                      "next": "/"}).status_code == 302
    assert len(secrets) == 3


def test_the_language_forms_return_to_this_page_with_its_address_escaped(owner_client, org):
    register = Register.objects.create(organization=org, name="Asiakasrekisteri")
    other = Register.objects.create(organization=org, name="Henkilöstörekisteri")
    for target, query, shown in (
        (register, "", ""),
        (other, "?q=\"><script>&t='1'", "?q=%22%3E%3Cscript%3E&amp;t=&#x27;1&#x27;"),
    ):
        path = reverse("register", kwargs={"org_id": org.pk, "register_id": target.pk})
        page = _page(owner_client, path + query)  # the same tab: the frame is served from the cache
        returns = set(re.findall(r'<input type="hidden" name="next" value="([^"]*)">', page))
        assert returns == {path + shown}


def test_messages_are_this_requests_own(owner_client, org):
    edit = reverse("organization_edit", kwargs={"org_id": org.pk})
    response = owner_client.post(edit, {"name": "Testi Oy", "business_id": org.business_id}, follow=True)
    assert "Muutokset tallennettu." in response.content.decode()
    assert "Muutokset tallennettu." not in _page(owner_client, _systems_path(org))


def test_an_error_page_drawn_without_the_request_has_the_signed_out_frame(db):
    page = loader.get_template("error.html").render({"status": 500, "title": "Virhe", "text": "…"})
    assert "placeholder" not in page and 'name="csrfmiddlewaretoken"' not in page
    assert 'name="language" value="sv"' in page and "Kirjaudu ulos" not in page
    assert set(cached_frame(None)) == {"head", "nav", "scripts"}
