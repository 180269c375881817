"""Authentication, tenancy and roles, rate limiting, and the public OpenAPI document and docs page."""

from django.test import override_settings
from django.utils import timezone

from tietovirta.api.models import ApiToken
from tietovirta.organizations.models import Membership
from tietovirta.registers.models import Register


def test_openapi_and_docs_need_no_login(anonymous_api):
    schema = anonymous_api.get("/openapi.json")
    assert schema.status_code == 200
    assert "/api/v1/organizations/{org_id}/export" in schema.json()["paths"]
    docs = anonymous_api.get("/docs")
    assert docs.status_code == 200
    html = docs.content.decode()
    assert "/api/v1/docs/assets/swagger-ui-bundle.js" in html and "https://" not in html
    asset = anonymous_api.client.get("/api/v1/docs/assets/swagger-ui-bundle.js")
    assert asset.status_code == 200 and asset["Content-Type"] == "text/javascript"
    assert anonymous_api.client.get("/api/v1/docs/assets/settings.py").status_code == 404


def test_data_needs_authentication(anonymous_api, walttia):
    assert anonymous_api.get("/organizations").status_code == 401
    assert anonymous_api.get(f"/organizations/{walttia.pk}/export").status_code == 401
    assert anonymous_api.post(f"/organizations/{walttia.pk}/registers", {"name": "x"}).status_code == 401


def test_unknown_and_revoked_tokens_get_401(api_with, issue, owner, walttia):
    secret = issue(owner, walttia)
    assert api_with(secret).get(f"/organizations/{walttia.pk}").status_code == 200
    assert api_with(secret + "x").get(f"/organizations/{walttia.pk}").status_code == 401
    assert api_with("not-a-token").get(f"/organizations/{walttia.pk}").status_code == 401
    ApiToken.objects.get().revoke()
    assert api_with(secret).get(f"/organizations/{walttia.pk}").status_code == 401
    assert api_with(secret).post(f"/organizations/{walttia.pk}/systems", {"name": "X"}).status_code == 401


def test_token_stops_working_when_its_creator_leaves(api_with, issue, make_user, walttia):
    editor = make_user("editor@example.fi")
    membership = Membership.objects.create(user=editor, organization=walttia, role="editor")
    secret = issue(editor, walttia)
    assert api_with(secret).get(f"/organizations/{walttia.pk}").status_code == 200
    membership.delete()
    assert api_with(secret).get(f"/organizations/{walttia.pk}").status_code == 401


def test_token_is_bounded_by_its_creators_current_role(api_with, issue, make_user, walttia):
    editor = make_user("editor@example.fi")
    membership = Membership.objects.create(user=editor, organization=walttia, role="editor")
    secret = issue(editor, walttia, "read_write")
    api = api_with(secret)
    assert api.post(f"/organizations/{walttia.pk}/systems", {"name": "Uusi"}).status_code == 201
    membership.role = "viewer"
    membership.save()
    assert api.post(f"/organizations/{walttia.pk}/systems", {"name": "Toinen"}).status_code == 403
    assert api.get(f"/organizations/{walttia.pk}/systems").status_code == 200


def test_a_viewers_token_is_read_only(api_as, make_user, walttia):
    viewer = make_user("viewer@example.fi")
    Membership.objects.create(user=viewer, organization=walttia, role="viewer")
    api = api_as(viewer, walttia, "read_write")  # asks for writing, gets reading
    assert ApiToken.objects.get(created_by=viewer).scope == "read"
    register = walttia.registers.first()
    assert api.get(f"/organizations/{walttia.pk}/registers/{register.pk}").status_code == 200
    body = {"name": "Muutettu", "revision": register.revision}
    assert api.put(f"/organizations/{walttia.pk}/registers/{register.pk}", body).status_code == 403
    assert api.post(f"/organizations/{walttia.pk}/registers", {"name": "Uusi"}).status_code == 403
    register.refresh_from_db()
    assert register.name != "Muutettu"


def test_a_read_token_of_an_owner_cannot_write(api_as, owner, walttia):
    api = api_as(owner, walttia, "read")
    assert api.get(f"/organizations/{walttia.pk}/registers").status_code == 200
    response = api.post(f"/organizations/{walttia.pk}/registers", {"name": "Uusi"})
    assert response.status_code == 403 and "read only" in response.json()["detail"]


def test_other_organisations_are_not_found(owner_api, stranger, walttia):
    _user, other = stranger
    secret_org = Register.objects.create(organization=other, name="Salainen")
    for path in (
        f"/organizations/{other.pk}",
        f"/organizations/{other.pk}/export",
        f"/organizations/{other.pk}/registers",
        f"/organizations/{other.pk}/registers/{secret_org.pk}",
        f"/organizations/{other.pk}/systems",
        f"/organizations/{other.pk}/findings",
        f"/organizations/{other.pk}/documents/seloste.md",
        # the register exists, but in another organisation than the one in the path
        f"/organizations/{walttia.pk}/registers/{secret_org.pk}",
        f"/organizations/{walttia.pk}/registers/{secret_org.pk}/findings",
    ):
        assert owner_api.get(path).status_code == 404, path
    body = {"name": "Murrettu", "revision": secret_org.revision}
    assert owner_api.put(f"/organizations/{walttia.pk}/registers/{secret_org.pk}", body).status_code == 404
    assert owner_api.put(f"/organizations/{other.pk}/registers/{secret_org.pk}", body).status_code == 404
    secret_org.refresh_from_db()
    assert secret_org.name == "Salainen"


def test_a_token_only_opens_its_own_organisation(api_as, owner, walttia, make_org):
    second = make_org(owner, name="Toinen Oy", business_id="0166094-0")
    api = api_as(owner, walttia)
    assert api.get(f"/organizations/{second.pk}").status_code == 404
    listed = api.get("/organizations").json()
    assert [o["id"] for o in listed["items"]] == [walttia.pk] and listed["count"] == 1


def test_session_reads_and_needs_csrf_to_write(owner, walttia):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    browser.force_login(owner)
    assert browser.get(f"/api/v1/organizations/{walttia.pk}/registers").status_code == 200
    url = f"/api/v1/organizations/{walttia.pk}/systems"
    refused = browser.post(url, {"name": "Ilman CSRF:ää"}, content_type="application/json")
    assert refused.status_code == 403
    browser.get(f"/organizations/{walttia.pk}/api-tokens/")  # any page sets the CSRF cookie
    token = browser.cookies["csrftoken"].value
    accepted = browser.post(
        url, {"name": "CSRF:n kanssa"}, content_type="application/json", headers={"X-CSRFToken": token}
    )
    assert accepted.status_code == 201


def test_last_use_is_recorded(owner_api, walttia):
    assert ApiToken.objects.get().last_used_at is None
    before = timezone.now()
    owner_api.get(f"/organizations/{walttia.pk}")
    assert ApiToken.objects.get().last_used_at >= before


@override_settings(API_RATE_LIMIT=3)
def test_rate_limit_per_token(api_as, owner, walttia):
    api = api_as(owner, walttia)
    other = api_as(owner, walttia)
    for _ in range(3):
        assert api.get(f"/organizations/{walttia.pk}").status_code == 200
    limited = api.get(f"/organizations/{walttia.pk}")
    assert limited.status_code == 429
    assert 1 <= int(limited["Retry-After"]) <= 60
    assert other.get(f"/organizations/{walttia.pk}").status_code == 200  # each token has its own budget
