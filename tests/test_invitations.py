"""Invitations (issue 13 item 1): being invited adds no one; the invitee accepts with the link in hand.

The attack of the security review: an attacker's organisation invites victim@x.fi, and the attacker
sets the password through her own link; later the real company invites the same address. Before,
the existing account was added to the company silently and the attacker read its data.
"""

import datetime as dt
import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tietovirta.api.models import ApiToken, Scope
from tietovirta.audit.models import AuditEvent, Event
from tietovirta.organizations.models import Invitation, Membership, Organization
from tietovirta.registers.models import Register

PASSWORD = "pitkä-salasana-123"
VICTIM = "victim@x.fi"


def _set_password(browser, link, password=PASSWORD):
    return browser.post(link + "password/", {"new_password1": password, "new_password2": password})


def _org_page(browser, org):
    return browser.get(reverse("organization", kwargs={"org_id": org.pk}))


@pytest.fixture
def company(org):
    Register.objects.create(organization=org, name="Salainen asiakasrekisteri")
    return org


@pytest.fixture
def attacker(make_user, make_org):
    """Anyone may create an organisation and own it."""
    user = make_user("attacker@evil.fi")
    evil = make_org(user, name="Evil Oy", business_id="0166094-0")
    browser = Client()
    browser.force_login(user)
    return {"user": user, "org": evil, "browser": browser}


@pytest.fixture
def squatter(attacker, invite):
    """The attacker's own browser, logged in as victim@x.fi through her organisation's link."""
    link = invite(attacker["browser"], attacker["org"], VICTIM, "owner")
    browser = Client()
    assert _set_password(browser, link).status_code == 302
    assert browser.post(link, {"accept": "1"}).status_code == 302
    return browser


def test_pre_hijacked_account_does_not_see_the_company(squatter, attacker, company, owner_client, invite):
    link = invite(owner_client, company, VICTIM, "editor")
    # The company's invitation is pending: nothing reaches the account the attacker controls.
    assert not Membership.objects.filter(organization=company, user__username=VICTIM).exists()
    home = squatter.get(reverse("home")).content.decode()
    assert "Testi Oy" not in home and "Salainen" not in home
    assert _org_page(squatter, company).status_code == 404
    pending = Invitation.objects.get(organization=company)
    answer = reverse("invitation_answer", kwargs={"invitation_id": pending.pk})
    assert squatter.post(answer, {"accept": "1"}).status_code == 404
    assert squatter.get(f"/api/v1/organizations/{company.pk}/registers").status_code == 404
    assert not Membership.objects.filter(organization=company, user__username=VICTIM).exists()

    # The real victim holds the company's link: she cannot log in, so she sets the password through it.
    victim = Client()
    page = victim.get(link).content.decode()
    assert "owner@example.fi" in page and "Testi Oy" in page
    form = victim.get(link + "password/").content.decode()
    assert "owner@example.fi" in form  # whose link sets the password
    assert _set_password(victim, link, "uhrin-oma-salasana-42").status_code == 302
    assert victim.post(link, {"accept": "1"}).status_code == 302
    assert _org_page(victim, company).status_code == 200
    # The account started afresh: the attacker's organisation and sessions are gone from it.
    assert list(
        Membership.objects.filter(user__username=VICTIM).values_list("organization__name", flat=True)
    ) == ["Testi Oy"]
    assert squatter.get(reverse("home")).status_code == 302  # logged out
    assert _org_page(squatter, company).status_code == 302
    assert not Client().login(username=VICTIM, password=PASSWORD)
    # She is told who made her account, and through whose link its password was set.
    home = victim.get(reverse("home")).content.decode()
    assert "attacker@evil.fi" in home and "Evil Oy" in home and "owner@example.fi" in home
    removed = AuditEvent.objects.get(organization=attacker["org"], event=Event.MEMBER_REMOVED)
    assert removed.target == VICTIM and "Testi Oy" in removed.details["reason"]


def test_a_later_link_takes_away_what_the_account_had(squatter, attacker, company, owner_client, invite):
    # The other way round: once the victim is in, the attacker issues a new link for the address and
    # sets the password again. She gets the account, but not the company.
    victim = Client()
    link = invite(owner_client, company, VICTIM)
    _set_password(victim, link, "uhrin-oma-salasana-42")
    victim.post(link, {"accept": "1"})
    token, secret = ApiToken.issue(
        name="skripti",
        membership=Membership.objects.get(organization=company, user__username=VICTIM),
        scope=Scope.READ,
    )
    again = invite(attacker["browser"], attacker["org"], VICTIM)
    attacker_again = Client()
    assert _set_password(attacker_again, again, "hyökkääjän-uusi-42").status_code == 302
    assert _org_page(attacker_again, company).status_code == 404
    assert not Membership.objects.filter(organization=company, user__username=VICTIM).exists()
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert (
        Client()
        .get(f"/api/v1/organizations/{company.pk}/registers", headers={"Authorization": f"Bearer {secret}"})
        .status_code
        == 401
    )


def test_no_link_replaces_a_password_its_holder_set(squatter, attacker, company, owner_client, invite):
    victim = Client()
    link = invite(owner_client, company, VICTIM)
    _set_password(victim, link, "uhrin-oma-salasana-42")
    victim.post(link, {"accept": "1"})
    changed = victim.post(
        reverse("password_change"),
        {
            "old_password": "uhrin-oma-salasana-42",
            "new_password1": "vain-minun-tietämä-7",
            "new_password2": "vain-minun-tietämä-7",
        },
    )
    assert changed.status_code == 302
    again = invite(attacker["browser"], attacker["org"], VICTIM)
    refused = _set_password(Client(), again, "hyökkääjän-uusi-42")
    # In the interface's language (Finnish until the user picks another); no password form to fill.
    page = refused.content.decode()
    assert refused.status_code == 200 and "mikään kutsulinkki ei voi korvata sitä" in page
    assert 'name="new_password1"' not in page
    assert Client().login(username=VICTIM, password="vain-minun-tietämä-7")
    assert Membership.objects.filter(organization=company, user__username=VICTIM).exists()


def test_an_existing_user_is_never_added_without_accepting(company, owner_client, invite, make_user):
    existing = make_user("konsultti@example.fi", "konsultin-salasana-9")
    link = invite(owner_client, company, "Konsultti@Example.fi", "editor")
    assert not Membership.objects.filter(user=existing).exists()
    browser = Client()
    browser.force_login(existing)
    assert _org_page(browser, company).status_code == 404
    page = browser.get(link).content.decode()
    assert "Hyväksy ja liity" in page
    assert browser.post(link, {"accept": "1"}).status_code == 302
    assert Membership.objects.get(user=existing, organization=company).role == "editor"
    assert not Invitation.objects.exists()  # answered: the link is used up
    assert browser.get(link).status_code == 404


def test_what_the_owner_reads_does_not_depend_on_whether_the_address_has_an_account(
    company, owner_client, make_user
):
    make_user("on-tili@example.fi")

    def message(email):
        page = owner_client.post(
            reverse("member_invite", kwargs={"org_id": company.pk}), {"email": email, "role": "viewer"}
        ).content.decode()
        alert = re.search(r'<div class="alert alert-success" role="status">(.*?)</div>', page, re.S).group(1)
        return re.sub(r"/invitations/[^/]+/", "/invitations/…/", alert.replace(email, "…"))

    assert message("on-tili@example.fi") == message("ei-tilia@example.fi")


def test_the_link_must_be_opened_logged_in_as_the_invited_address(company, owner_client, invite, make_user):
    link = invite(owner_client, company, "oikea@example.fi")
    other = Client()
    other.force_login(make_user("toinen@example.fi"))
    assert "oikea@example.fi" in other.get(link).content.decode()
    assert other.post(link, {"accept": "1"}).status_code == 403
    assert (
        not Membership.objects.filter(organization=company)
        .exclude(user__username="owner@example.fi")
        .exists()
    )


def test_the_home_page_lists_invitations_opened_by_their_links(company, owner_client, invite, make_user):
    user = make_user("kutsuttu@example.fi")
    browser = Client()
    browser.force_login(user)
    link = invite(owner_client, company, "kutsuttu@example.fi")
    assert "Testi Oy" not in browser.get(reverse("home")).content.decode()  # not opened yet: not listed
    browser.get(link)
    home = browser.get(reverse("home")).content.decode()
    assert "Testi Oy" in home and "owner@example.fi" in home
    pending = Invitation.objects.get()
    browser.post(reverse("invitation_answer", kwargs={"invitation_id": pending.pk}), {"decline": "1"})
    assert not Invitation.objects.exists() and not Membership.objects.filter(user=user).exists()
    assert AuditEvent.objects.filter(organization=company, event=Event.INVITATION_DECLINED).exists()


def test_withdrawn_and_expired_links_are_gone(company, owner_client, invite):
    link = invite(owner_client, company, "peruttu@example.fi")
    pending = Invitation.objects.get()
    owner_client.post(
        reverse("invitation_withdraw", kwargs={"org_id": company.pk, "invitation_id": pending.pk})
    )
    assert Client().get(link).status_code == 404
    assert _set_password(Client(), link).status_code == 404
    expired = invite(owner_client, company, "vanha@example.fi")
    Invitation.objects.update(expires_at=timezone.now() - dt.timedelta(seconds=1))
    assert Client().get(expired).status_code == 404
    assert not Organization.objects.get(pk=company.pk).memberships.exclude(user__username="owner@example.fi")


def test_a_new_invitation_replaces_the_old_link(company, owner_client, invite):
    first = invite(owner_client, company, "uusi@example.fi")
    second = invite(owner_client, company, "uusi@example.fi", "editor")
    assert Client().get(first).status_code == 404 and Client().get(second).status_code == 200
    assert Invitation.objects.get().role == "editor"


def test_an_account_without_a_password_starts_afresh_through_a_link(company, attacker, invite, make_user):
    # A member restored from a backup has no password: whoever holds a link for her address sets it,
    # and gets an account without the memberships the backup gave it.
    restored = make_user("palautettu@example.fi")
    restored.set_unusable_password()
    restored.save()
    Membership.objects.create(user=restored, organization=company, role="owner")
    link = invite(attacker["browser"], attacker["org"], "palautettu@example.fi")
    browser = Client()
    assert _set_password(browser, link).status_code == 302
    assert _org_page(browser, company).status_code == 404
    assert not Membership.objects.filter(user=restored).exists()
