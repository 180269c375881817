"""API fixtures: an organisation with demo data, tokens, and a client that sends a token."""

import json
from pathlib import Path

import pytest

from tietovirta import canonical as c
from tietovirta.api.models import ApiToken
from tietovirta.interchange import load_document
from tietovirta.organizations.models import Membership

FIXTURES = Path(__file__).resolve().parents[2] / "src" / "tietovirta" / "demo" / "fixtures"


class ApiClient:
    """The Django test client with `Authorization: Bearer …` and JSON bodies."""

    def __init__(self, client, secret: str | None):
        self.client = client
        self.headers = {"Authorization": f"Bearer {secret}"} if secret else {}

    def _call(self, method: str, path: str, body=None, headers=None, **kwargs):
        headers = {**self.headers, **(headers or {})}
        call = getattr(self.client, method)
        if body is not None:
            kwargs.update(data=json.dumps(body), content_type="application/json")
        return call(f"/api/v1{path}", headers=headers, **kwargs)

    def get(self, path, **kwargs):
        return self._call("get", path, **kwargs)

    def post(self, path, body=None, **kwargs):
        return self._call("post", path, body, **kwargs)

    def put(self, path, body=None, **kwargs):
        return self._call("put", path, body, **kwargs)

    def delete(self, path, **kwargs):
        return self._call("delete", path, **kwargs)


@pytest.fixture
def walttia(owner):
    """The Walttia Oy seed (systems, parties, registers) with `owner` as its owner."""
    document = c.parse_document((FIXTURES / "001_walttia.json").read_bytes(), strict=True)
    organization = load_document(document).organization
    Membership.objects.create(user=owner, organization=organization, role="owner")
    return organization


@pytest.fixture
def lumo(owner):
    """A register whose privacy notice is complete in every language (tests/complete_register.py), as a
    draft, with `owner` as its owner."""
    from complete_register import complete_data

    data = complete_data()
    data["registers"][0]["status"] = "draft"
    organization = load_document(c.parse_document(data, strict=True)).organization
    Membership.objects.create(user=owner, organization=organization, role="owner")
    return organization


@pytest.fixture
def issue(db):
    def make(user, organization, scope="read_write") -> str:
        membership = Membership.objects.get(user=user, organization=organization)
        return ApiToken.issue(name="test", membership=membership, scope=scope)[1]

    return make


@pytest.fixture
def api_with(client):
    """An API client sending this secret."""
    return lambda secret: ApiClient(client, secret)


@pytest.fixture
def api_as(api_with, issue):
    """An API client for `user` in `organization` with a new token of `scope`."""

    def make(user, organization, scope="read_write") -> ApiClient:
        return api_with(issue(user, organization, scope))

    return make


@pytest.fixture
def owner_api(api_as, owner, walttia) -> ApiClient:
    return api_as(owner, walttia)


@pytest.fixture
def anonymous_api(client) -> ApiClient:
    return ApiClient(client, None)


@pytest.fixture
def stranger(make_user, make_org):
    """Another organisation, with its owner, that the owner of Walttia cannot see."""
    user = make_user("stranger@example.fi")
    return user, make_org(user, name="Vieras Oy", business_id="0166094-0")
