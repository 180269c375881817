"""The API tokens page: the secret is shown once, the list shows a prefix only, tokens are revoked."""

import re

from tietovirta.api.models import ApiToken
from tietovirta.organizations.models import Membership


def _page(org):
    return f"/organizations/{org.pk}/api-tokens/"


def test_create_shows_the_secret_once_and_stores_only_its_hash(owner_client, walttia, api_with):
    response = owner_client.post(_page(walttia), {"name": "CRM-integraatio", "scope": "read_write"})
    assert response.status_code == 200
    secret = re.search(r"tv_[A-Za-z0-9_-]{40}", response.content.decode()).group(0)
    token = ApiToken.objects.get()
    assert (token.scope, token.created_by.email, token.organization) == (
        "read_write",
        "owner@example.fi",
        walttia,
    )
    assert secret not in (token.secret_hash, token.prefix) and secret.startswith(token.prefix)
    assert response["Cache-Control"].startswith("max-age=0")
    listing = owner_client.get(_page(walttia)).content.decode()
    assert "CRM-integraatio" in listing and token.prefix in listing and secret not in listing
    assert api_with(secret).get(f"/organizations/{walttia.pk}").status_code == 200


def test_revoke(owner_client, walttia, issue, api_with):
    secret = issue(walttia.memberships.get().user, walttia)
    token = ApiToken.objects.get()
    response = owner_client.post(_page(walttia), {"revoke": token.pk})
    assert response.status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert api_with(secret).get(f"/organizations/{walttia.pk}").status_code == 401


def test_viewer_creates_read_only_tokens_and_sees_only_their_own(client, make_user, owner, walttia, issue):
    issue(owner, walttia)
    viewer = make_user("viewer@example.fi")
    Membership.objects.create(user=viewer, organization=walttia, role="viewer")
    client.force_login(viewer)
    page = client.get(_page(walttia)).content.decode()
    assert 'value="read_write"' not in page
    assert client.post(_page(walttia), {"name": "Raportit", "scope": "read_write"}).status_code == 200
    assert not ApiToken.objects.filter(created_by=viewer).exists()  # not a choice for a viewer
    assert client.post(_page(walttia), {"name": "Raportit", "scope": "read"}).status_code == 200
    assert ApiToken.objects.get(created_by=viewer).scope == "read"
    owners_token = ApiToken.objects.get(created_by=owner)
    assert owners_token.prefix not in client.get(_page(walttia)).content.decode()
    assert client.post(_page(walttia), {"revoke": owners_token.pk}).status_code == 404
    owners_token.refresh_from_db()
    assert owners_token.revoked_at is None


def test_owner_sees_and_revokes_everyones_tokens(owner_client, make_user, walttia, issue):
    editor = make_user("editor@example.fi")
    Membership.objects.create(user=editor, organization=walttia, role="editor")
    issue(editor, walttia)
    token = ApiToken.objects.get(created_by=editor)
    page = owner_client.get(_page(walttia)).content.decode()
    assert token.prefix in page and "editor@example.fi" in page
    assert owner_client.post(_page(walttia), {"revoke": token.pk}).status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None


def test_tokens_of_another_organisation_cannot_be_revoked(owner_client, walttia, stranger, issue):
    user, other = stranger
    issue(user, other)
    theirs = ApiToken.objects.get(created_by=user)
    assert owner_client.post(_page(walttia), {"revoke": theirs.pk}).status_code == 404
    theirs.refresh_from_db()
    assert theirs.revoked_at is None


def test_creating_and_revoking_tokens_is_audited(owner_client, walttia):
    from tietovirta.audit.models import AuditEvent

    owner_client.post(_page(walttia), {"name": "Varmuuskopio", "scope": "read"})
    owner_client.post(_page(walttia), {"revoke": ApiToken.objects.get().pk})
    events = list(AuditEvent.objects.filter(organization=walttia).values_list("event", "target"))
    assert ("token_created", "Varmuuskopio") in events and ("token_revoked", "Varmuuskopio") in events
    assert all("tv_" not in target for _event, target in events)  # the secret never reaches the log
