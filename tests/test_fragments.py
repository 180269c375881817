"""The busiest pages are written from parts kept under the organisation's revision (fragments.py).

Each test first shows a page, so that its parts are cached, and then checks that what it shows next is
what the data, the viewer and the day say: a change shows at once through every write path, no one is
shown another organisation's parts, a viewer never gets an editor's controls, every CSRF token is the
viewer's own.
"""

import datetime as dt
import re

import pytest
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tietovirta import canonical as c
from tietovirta.api.models import ApiToken
from tietovirta.breaches import services as breach_services
from tietovirta.interchange import register_to_canonical, save_catalogue_entry, save_register
from tietovirta.organizations.models import Membership, System
from tietovirta.registers.models import HealthCache, Register


def _page(client, name: str, org, **kwargs) -> str:
    response = client.get(reverse(name, kwargs={"org_id": org.pk, **kwargs}))
    assert response.status_code == 200
    return response.content.decode()


def _systems(client, org) -> str:
    return _page(client, "catalogue", org, kind="systems")


def _register_page(client, register) -> str:
    return _page(client, "register", register.organization, register_id=register.pk)


def _client_of(user) -> Client:
    browser = Client()
    browser.force_login(user)
    return browser


@pytest.fixture
def register(org):
    return Register.objects.create(organization=org, name="Asiakasrekisteri")


# A change shows at once, whichever way it is written.


def test_a_section_edited_in_the_form_shows_at_once_on_the_register_page(owner_client, register):
    assert "Laskutus ja asiakassuhde." not in _register_page(owner_client, register)
    edit = reverse(
        "register_edit",
        kwargs={"org_id": register.organization_id, "register_id": register.pk, "section_key": "purpose"},
    )
    assert owner_client.post(edit, {"purpose_text": "Laskutus ja asiakassuhde."}).status_code == 302
    assert "Laskutus ja asiakassuhde." in _register_page(owner_client, register)


def test_the_organisations_details_show_at_once_on_its_register_page(owner_client, org, register):
    def controller() -> str:  # (the menu shows the name too, read on every request)
        return re.search(
            r'<address[^>]*data-testid="controller">(.*?)</address>',
            _register_page(owner_client, register),
            re.S,
        ).group(1)

    assert "Testi Oy" in controller()
    edit = reverse("organization_edit", kwargs={"org_id": org.pk})
    response = owner_client.post(edit, {"name": "Uusi Nimi Oy", "business_id": org.business_id})
    assert response.status_code == 302
    assert "Uusi Nimi Oy" in controller()


def test_a_system_written_by_the_api_shows_at_once_in_the_list_and_on_the_dashboard(owner_client, owner, org):
    assert "Visma Netvisor" not in _systems(owner_client, org)
    before = _page(owner_client, "organization", org)
    secret = ApiToken.issue(
        name="t", membership=Membership.objects.get(user=owner, organization=org), scope="read_write"
    )[1]
    api = Client(headers={"Authorization": f"Bearer {secret}"})
    created = api.post(
        f"/api/v1/organizations/{org.pk}/systems",
        '{"name": "Visma Netvisor"}',
        content_type="application/json",
    )
    assert created.status_code == 201
    assert "Visma Netvisor" in _systems(owner_client, org)
    assert _page(owner_client, "organization", org) != before  # the systems card counts one more


def test_a_system_renamed_in_the_form_or_by_the_service_and_deleted_shows_at_once(owner_client, org):
    crm = System.objects.create(organization=org, name="HubSpot")
    listed = lambda: re.findall(r'systems/\d+/">([^<]+)</a>', _systems(owner_client, org))  # noqa: E731
    assert listed() == ["HubSpot"]
    edit = reverse("catalogue_edit", kwargs={"org_id": org.pk, "kind": "systems", "pk": crm.pk})
    form = {"name": "HubSpot CRM", "kind": "crm", "hosting": "eea", "processor_agreement": "signed"}
    assert owner_client.post(edit, form).status_code == 302
    assert listed() == ["HubSpot CRM"]
    save_catalogue_entry(System.objects.get(pk=crm.pk), c.System(name="Pipedrive"))
    assert listed() == ["Pipedrive"]
    delete = reverse("catalogue_delete", kwargs={"org_id": org.pk, "kind": "systems", "pk": crm.pk})
    assert owner_client.post(delete).status_code == 302
    assert listed() == []


def test_a_register_taking_a_system_into_use_shows_at_once_in_the_systems_count(owner_client, org, register):
    System.objects.create(organization=org, name="HubSpot")
    count = r'<td class="text-end">(\d+)</td>'
    assert re.findall(count, _systems(owner_client, org)) == ["0"]
    item = register_to_canonical(register).model_copy(
        update={"use_system_references": True, "systems": ["HubSpot"]}
    )
    save_register(Register.objects.get(pk=register.pk), item)
    assert re.findall(count, _systems(owner_client, org)) == ["1"]


def test_a_new_register_shows_at_once_on_the_dashboard(owner_client, org, register):
    assert "Henkilöstörekisteri" not in _page(owner_client, "organization", org)
    new = reverse("register_new", kwargs={"org_id": org.pk})
    assert owner_client.post(new, {"name": "Henkilöstörekisteri", "template": ""}).status_code == 302
    assert "Henkilöstörekisteri" in _page(owner_client, "organization", org)


def test_breaches_are_read_on_every_request(owner, owner_client, org, register):
    assert "Kadonnut kannettava" not in _register_page(owner_client, register)
    assert "Kadonnut kannettava" not in _page(owner_client, "organization", org)
    breach_services.create(org, {"title": "Kadonnut kannettava", "registers": [register.name]}, user=owner)
    assert "Kadonnut kannettava" in _register_page(owner_client, register)
    assert "Kadonnut kannettava" in _page(owner_client, "organization", org)  # to notify within 72 h


def test_a_review_coming_due_shows_when_the_day_turns(owner_client, org, register, monkeypatch):
    assert 'data-testid="reviews"' not in _page(owner_client, "organization", org)
    two_years_on = timezone.localdate() + dt.timedelta(days=730)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: two_years_on)
    assert 'data-testid="reviews"' in _page(owner_client, "organization", org)


def test_each_language_gets_its_own_parts(owner_client, org):
    assert "Tietojärjestelmät" in _systems(owner_client, org)
    owner_client.cookies["django_language"] = "en"
    page = _systems(owner_client, org)
    assert "Information systems" in page and "Tietojärjestelmät" not in page


# Tenancy, roles and CSRF.


def test_another_organisations_member_never_gets_its_parts(make_user, make_org, owner_client, org, register):
    System.objects.create(organization=org, name="Salainen järjestelmä")
    other_user = make_user("toinen@example.fi")
    other = make_org(other_user, name="Toinen Oy")
    System.objects.create(organization=other, name="Toisen järjestelmä")
    assert "Salainen järjestelmä" in _systems(owner_client, org)
    assert "Asiakasrekisteri" in _page(owner_client, "organization", org)
    # Even with the same revision number, the other organisation's pages are its own.
    generation = HealthCache.objects.get(organization=org).generation
    HealthCache.objects.update_or_create(organization=other, defaults={"generation": generation})
    browser = _client_of(other_user)
    page = _systems(browser, other)
    assert "Toisen järjestelmä" in page and "Salainen järjestelmä" not in page
    dashboard = _page(browser, "organization", other)
    assert "Toinen Oy" in dashboard and "Asiakasrekisteri" not in dashboard
    # A register of the first organisation asked for under the other's address is not found.
    assert "Asiakasrekisteri" in _register_page(owner_client, register)
    url = reverse("register", kwargs={"org_id": other.pk, "register_id": register.pk})
    assert browser.get(url).status_code == 404


@pytest.mark.parametrize("first", ["owner", "viewer"])
def test_a_viewer_never_gets_the_editors_controls_nor_an_editor_the_viewers_page(
    first, make_user, owner, org, register
):
    viewer = make_user("katsoja@example.fi")
    Membership.objects.create(user=viewer, organization=org, role="viewer")
    edit = reverse(
        "register_edit", kwargs={"org_id": org.pk, "register_id": register.pk, "section_key": "basics"}
    )
    add = reverse("catalogue_new", kwargs={"org_id": org.pk, "kind": "systems"})
    order = [owner, viewer] if first == "owner" else [viewer, owner]
    for user in order:
        browser = _client_of(user)
        register_page, systems = _register_page(browser, register), _systems(browser, org)
        assert (edit in register_page) == (user == owner)
        assert (add in systems) == (user == owner)
        accept = reverse("finding_accept", kwargs={"org_id": org.pk, "register_id": register.pk})
        assert (accept in register_page) == (user == owner)


def test_every_csrf_token_on_a_cached_page_is_the_viewers_own(make_user, owner, org, register):
    editor = make_user("muokkaaja@example.fi")
    Membership.objects.create(user=editor, organization=org, role="owner")
    pages = {}
    for user in (owner, editor):  # the first fills the cache, the second is served from it
        browser = Client(enforce_csrf_checks=True)
        browser.force_login(user)
        page = _register_page(browser, register)
        assert "csrf-placeholder" not in page
        tokens = re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        assert len(tokens) > 3  # the logout form, the accept-a-finding forms, publish, review …
        secret = browser.cookies["csrftoken"].value
        assert {_unmask_cipher_token(token) for token in tokens} == {secret}
        pages[user] = (browser, tokens[-1], secret)
    assert pages[owner][2] != pages[editor][2]
    browser, token, _secret = pages[editor]
    reviewed = reverse("register_reviewed", kwargs={"org_id": org.pk, "register_id": register.pk})
    assert browser.post(reviewed, {"csrfmiddlewaretoken": token}).status_code == 302


# Parts are shared by the server's worker processes (a file cache): each must fill in another's parts.


def test_another_process_writes_and_fills_the_same_parts(settings):
    import os
    import subprocess
    import sys

    from tietovirta import fragments

    script = (
        "import django; django.setup(); from tietovirta import fragments as f; "
        "print(f._CSRF_PLACEHOLDER, f._PATH_PLACEHOLDER, f.templates_digest())"
    )
    env = {**os.environ, "SECRET_KEY": settings.SECRET_KEY, "DJANGO_SETTINGS_MODULE": "tietovirta.settings"}
    other = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    ours = f"{fragments._CSRF_PLACEHOLDER} {fragments._PATH_PLACEHOLDER} {fragments.templates_digest()}"
    assert other.stdout.split() == ours.split()
    # …and a secret key of its own gives placeholders no user can write into a page.
    env["SECRET_KEY"] = "another-" + settings.SECRET_KEY
    another = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert another.stdout.split()[0] != fragments._CSRF_PLACEHOLDER


def test_a_part_is_read_back_from_the_shared_cache(owner_client, register, settings):
    from pathlib import Path

    from django.core.cache import caches

    assert settings.CACHES["fragments"]["BACKEND"].endswith("FileCache")  # file_cache.py: a FileBasedCache

    def without_tokens(html: str) -> str:  # each answer masks the CSRF token anew
        return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)

    first = _register_page(owner_client, register)
    stored = sorted(Path(caches["fragments"]._dir).iterdir())
    assert stored  # the page's parts and the frame, on disk for every worker
    caches["fragments-here"].clear()  # another worker: nothing in its memory
    assert without_tokens(_register_page(owner_client, register)) == without_tokens(first)
    assert sorted(Path(caches["fragments"]._dir).iterdir()) == stored


def test_a_part_gets_the_requests_token_and_escaped_address_and_nothing_put_in_is_filled_again(rf):
    from tietovirta import fragments

    csrf, path = fragments._CSRF_PLACEHOLDER, fragments._PATH_PLACEHOLDER
    # An address naming the placeholders (no user can know them; still) is shown as written, escaped.
    request = rf.get(f"/x/?a=b&c={csrf}&d={path}")
    parts = {"form": f'<input value="{csrf}"><a href="{path}">', "again": f"{csrf} {path}"}
    filled = fragments._fill(parts, request)
    token = request.META["CSRF_COOKIE"]
    address = f"/x/?a=b&amp;c={csrf}&amp;d={path}"
    assert filled["form"] == f'<input value="{_masked(filled["form"])}"><a href="{address}">'
    assert _unmask_cipher_token(_masked(filled["form"])) == token
    assert filled["again"].endswith(f" {address}")
    assert _unmask_cipher_token(filled["again"].split(" ")[0]) == token


def test_a_part_without_a_form_does_not_set_the_csrf_cookie(rf):
    from tietovirta import fragments

    request = rf.get("/x/")
    filled = fragments._fill({"nav": f'<a href="{fragments._PATH_PLACEHOLDER}">'}, request)
    assert filled["nav"] == '<a href="/x/">'
    assert "CSRF_COOKIE" not in request.META


def test_every_form_of_one_answer_carries_one_token_and_each_answer_its_own(owner_client, register):
    first, second = (_register_page(owner_client, register) for _ in range(2))
    secret = owner_client.cookies["csrftoken"].value
    tokens = [re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', page) for page in (first, second)]
    assert len(tokens[0]) > 3  # the frame's forms (logout, language) and the page's
    assert len(set(tokens[0])) == 1 and len(set(tokens[1])) == 1  # masked once per answer
    assert tokens[0][0] != tokens[1][0]  # and anew for each answer
    assert {_unmask_cipher_token(t) for t in tokens[0] + tokens[1]} == {secret}


def test_a_token_rotated_within_the_answer_is_masked_anew(rf):
    from django.middleware.csrf import rotate_token

    from tietovirta import fragments

    request = rf.get("/x/")
    form = {"form": f'<input value="{fragments._CSRF_PLACEHOLDER}">'}
    before = _masked(fragments._fill(form, request)["form"])
    assert _masked(fragments._fill(form, request)["form"]) == before
    rotate_token(request)  # as logging in does
    after = _masked(fragments._fill(form, request)["form"])
    assert _unmask_cipher_token(after) == request.META["CSRF_COOKIE"] != _unmask_cipher_token(before)


def _masked(html: str) -> str:
    return re.search(r'value="([^"]+)"', html).group(1)
