"""Tenancy and roles for every operation of the API, read from its OpenAPI document.

A new operation is covered as soon as it exists: reading another organisation's data gives 404, and
a viewer's token, or a read-only token, cannot write (403). A write operation needs a valid example
body below (ninja checks the body before the view runs); one without fails here until it has one.
"""

import datetime as dt
import re

import pytest

from tietovirta.api.main import api
from tietovirta.breaches.models import Breach
from tietovirta.organizations.models import Membership, Party, System
from tietovirta.registers.models import Register
from tietovirta.requests.models import SubjectRequest

TODAY = dt.date.today().isoformat()
NOW = dt.datetime.now(dt.UTC).isoformat()

# Valid bodies for the write operations, by method and path template.
BODIES = {
    ("PUT", "/organizations/{org_id}"): {"name": "Murrettu Oy"},
    ("PUT", "/organizations/{org_id}/import"): {
        "schema_version": "1.2",
        "organization": {"name": "Murrettu"},
    },
    ("POST", "/organizations/{org_id}/systems"): {"name": "Murrettu"},
    ("PUT", "/organizations/{org_id}/systems/{pk}"): {"name": "Murrettu"},
    ("DELETE", "/organizations/{org_id}/systems/{pk}"): None,
    ("POST", "/organizations/{org_id}/parties"): {"name": "Murrettu"},
    ("PUT", "/organizations/{org_id}/parties/{pk}"): {"name": "Murrettu"},
    ("DELETE", "/organizations/{org_id}/parties/{pk}"): None,
    ("POST", "/organizations/{org_id}/registers"): {"name": "Murrettu"},
    ("PUT", "/organizations/{org_id}/registers/{register_id}"): {"name": "Murrettu", "revision": 1},
    ("PUT", "/organizations/{org_id}/registers/{register_id}/risk-assessments"): {
        "risk_assessments": [],
        "revision": 1,
    },
    ("POST", "/organizations/{org_id}/import-document"): "file",
    ("POST", "/organizations/{org_id}/registers/{register_id}/publish"): None,
    ("POST", "/organizations/{org_id}/requests"): {"kinds": ["access"]},
    ("PUT", "/organizations/{org_id}/requests/{request_id}"): {"kinds": ["erasure"], "revision": 1},
    ("POST", "/organizations/{org_id}/requests/{request_id}/extend"): {"reason": "x", "notified_on": TODAY},
    ("POST", "/organizations/{org_id}/requests/{request_id}/refuse"): {"ground": "excessive", "reasons": "x"},
    ("POST", "/organizations/{org_id}/requests/{request_id}/complete"): {"answered_on": TODAY},
    ("POST", "/organizations/{org_id}/requests/{request_id}/checklist"): {},
    ("POST", "/organizations/{org_id}/breaches"): {"title": "Murrettu", "aware_at": NOW},
    ("PUT", "/organizations/{org_id}/breaches/{breach_id}"): {
        "title": "Murrettu",
        "aware_at": NOW,
        "revision": 1,
    },
    ("POST", "/organizations/{org_id}/breaches/{breach_id}/notification"): {"notified_at": NOW},
}
# Example values of the path parameters that are not ids.
VALUES = {"kind": None, "fmt": "md"}


def _operations():
    schema = api.get_openapi_schema()
    for path, methods in schema["paths"].items():
        template = path.removeprefix("/api/v1")
        if "{org_id}" not in template:
            continue
        for method, operation in methods.items():
            yield method.upper(), template, operation


OPERATIONS = list(_operations())


def _id(operation) -> str:
    method, template, _ = operation
    return f"{method} {template}"


@pytest.fixture
def victim(make_user, make_org):
    owner = make_user("victim@example.fi")
    organization = make_org(owner, name="Uhri Oy", business_id="2623348-6")
    register = Register.objects.create(organization=organization, name="Salainen")
    return {
        "user": owner,
        "org": organization,
        "org_id": organization.pk,
        "register_id": register.pk,
        "system": System.objects.create(organization=organization, name="Salainen CRM"),
        "party": Party.objects.create(organization=organization, name="Salainen Oy"),
        "request_id": SubjectRequest.objects.create(
            organization=organization,
            reference="2026-001",
            kinds=["access"],
            requester_name="Salainen Henkilö",
        ).pk,
        "breach_id": Breach.objects.create(
            organization=organization, reference="2026-001", title="Salainen"
        ).pk,
    }


def _path(template: str, operation: dict, objects) -> str:
    def value(match):
        name = match.group(1)
        if name == "pk":
            return str(objects["party" if "/parties/" in template else "system"].pk)
        if name in objects:
            return str(objects[name])
        if name == "kind":  # the first choice the schema allows
            parameter = next(p for p in operation["parameters"] if p["name"] == "kind")
            return parameter["schema"]["enum"][0]
        return VALUES[name]

    return re.sub(r"\{(\w+)\}", value, template)


def _call(client, token, method, path, body):
    headers = {"Authorization": f"Bearer {token}"}
    url = f"/api/v1{path}"
    if body == "file":
        from django.core.files.uploadedfile import SimpleUploadedFile

        upload = SimpleUploadedFile("a.txt", b"Rekisterin nimi\tX", content_type="text/plain")
        return client.post(url, {"file": upload}, headers=headers)
    call = getattr(client, method.lower())
    if body is None:
        return call(url, headers=headers)
    return call(url, data=body, content_type="application/json", headers=headers)


def _snapshot(victim):
    org = victim["org"]
    return (
        list(Register.objects.filter(organization=org).values_list("name", "revision")),
        list(System.objects.filter(organization=org).values_list("name", flat=True)),
        list(Party.objects.filter(organization=org).values_list("name", flat=True)),
        list(SubjectRequest.objects.filter(organization=org).values_list("status", "revision", "kinds")),
        list(
            Breach.objects.filter(organization=org).values_list("title", "revision", "authority_notified_at")
        ),
        org.name,
    )


def test_every_write_operation_has_an_example_body():
    writes = {(m, t) for m, t, _ in OPERATIONS if m != "GET"}
    assert writes - set(BODIES) == set()


@pytest.mark.parametrize("operation", OPERATIONS, ids=_id)
def test_another_organisation_is_not_found(operation, victim, make_user, make_org, api_as, client):
    method, template, spec = operation
    intruder = make_user("intruder@example.fi")
    own = make_org(intruder, name="Oma Oy", business_id="0166094-0")
    token = api_as(intruder, own).headers["Authorization"].removeprefix("Bearer ")
    before = _snapshot(victim)
    response = _call(client, token, method, _path(template, spec, victim), BODIES.get((method, template)))
    assert response.status_code == 404, response.content
    victim["org"].refresh_from_db()
    assert _snapshot(victim) == before


@pytest.mark.parametrize("operation", OPERATIONS, ids=_id)
def test_a_viewer_and_a_read_token_cannot_write(operation, victim, make_user, api_as, client):
    method, template, spec = operation
    viewer = make_user("viewer@example.fi")
    Membership.objects.create(user=viewer, organization=victim["org"], role="viewer")
    read_only = api_as(victim["user"], victim["org"], "read").headers["Authorization"].removeprefix("Bearer ")
    as_viewer = api_as(viewer, victim["org"], "read_write").headers["Authorization"].removeprefix("Bearer ")
    before = _snapshot(victim)
    for token in (as_viewer, read_only):
        response = _call(client, token, method, _path(template, spec, victim), BODIES.get((method, template)))
        if method == "GET":
            assert response.status_code == 200, (template, response.content[:300])
        else:
            assert response.status_code == 403, (template, response.content[:300])
    victim["org"].refresh_from_db()
    assert _snapshot(victim) == before
