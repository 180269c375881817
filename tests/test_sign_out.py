"""API tokens and "log out on all devices" / a password change (issue 13 item 14).

The decision: a password change revokes the API tokens the user issued (a changed password is what
one does when the account may be compromised); "log out on all devices" ends every session and
shows the user's active tokens, with one button that also revokes them all.
"""

from django.test import Client
from django.urls import reverse

from tietovirta.api.models import ApiToken, Scope
from tietovirta.audit.models import AuditEvent, Event

PASSWORD = "correct-horse-battery"


def _token(owner, org, name="skripti"):
    return ApiToken.issue(name=name, membership=owner.memberships.get(organization=org), scope=Scope.READ)


def _api(secret, org):
    return Client().get(
        f"/api/v1/organizations/{org.pk}/registers", headers={"Authorization": f"Bearer {secret}"}
    )


def test_a_password_change_revokes_the_users_api_tokens(owner_client, owner, org):
    token, secret = _token(owner, org)
    assert _api(secret, org).status_code == 200
    response = owner_client.post(
        reverse("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "uusi-pitkä-salasana-1",
            "new_password2": "uusi-pitkä-salasana-1",
        },
    )
    assert response.status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None and _api(secret, org).status_code == 401
    assert AuditEvent.objects.filter(event=Event.TOKEN_REVOKED, target="skripti").exists()


def test_the_log_out_everywhere_page_lists_the_users_tokens(owner_client, owner, org, make_org):
    other = make_org(owner, name="Toinen Oy", business_id="0166094-0")
    _token(owner, org, "raportti")
    _token(owner, other, "varmuuskopio")
    page = owner_client.get(reverse("logout_everywhere")).content.decode()
    assert "raportti" in page and "varmuuskopio" in page and "Toinen Oy" in page


def test_log_out_everywhere_can_revoke_every_token_with_one_click(owner, org, make_org):
    other = make_org(owner, name="Toinen Oy", business_id="0166094-0")
    tokens = [_token(owner, org), _token(owner, other)]
    laptop, phone = Client(), Client()
    for device in (laptop, phone):
        device.post(reverse("login"), {"username": "owner@example.fi", "password": PASSWORD})
    laptop.post(reverse("logout_everywhere"), {"revoke_tokens": "1"})
    assert phone.get(reverse("home")).status_code == 302
    assert all(_api(secret, org).status_code == 401 for _token_row, secret in tokens)
    assert ApiToken.objects.active().count() == 0


def test_log_out_everywhere_alone_keeps_the_tokens(owner, org):
    _row, secret = _token(owner, org)
    laptop = Client()
    laptop.post(reverse("login"), {"username": "owner@example.fi", "password": PASSWORD})
    laptop.post(reverse("logout_everywhere"))
    assert laptop.get(reverse("home")).status_code == 302
    assert _api(secret, org).status_code == 200
