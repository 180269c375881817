"""Tenancy and roles, proven for every organisation URL in the URL configuration.

The routes are read from `tietovirta.urls.organization_urls`, so a new route that is not scoped
through `organization_view` fails here.
"""

import datetime as dt

import pytest
from django.urls import URLPattern, reverse
from django.utils import timezone

from tietovirta.assessments.models import RiskAssessment
from tietovirta.breaches.models import Breach
from tietovirta.imports.models import ImportDraft, ImportJob
from tietovirta.organizations.models import Invitation, Membership, Party, System
from tietovirta.registers.models import Register
from tietovirta.requests.models import RequestTask, SubjectRequest
from tietovirta.urls import organization_urls

ROUTES = [p for p in organization_urls if isinstance(p, URLPattern)]


def _view(pattern: URLPattern):
    view = pattern.callback
    return getattr(view, "view_class", view)


@pytest.fixture
def victim(make_org, make_user):
    """Another organisation with one of everything, and its owner."""
    stranger_owner = make_user("victim@example.fi")
    organization = make_org(stranger_owner, name="Uhri Oy", business_id="2623348-6")
    system = System.objects.create(organization=organization, name="CRM")
    party = Party.objects.create(organization=organization, name="Tilitoimisto")
    register = Register.objects.create(organization=organization, name="Salainen rekisteri")
    assessment = RiskAssessment.objects.create(register=register, title="Salainen arvio")
    membership = Membership.objects.get(organization=organization)
    subject_request = SubjectRequest.objects.create(organization=organization, reference="2026-001",
                                                    kinds=["access"], requester_name="Salainen Henkilö")
    RequestTask.objects.create(request=subject_request, kind="search_register", register_name=register.name)
    breach = Breach.objects.create(organization=organization, reference="2026-001", title="Salainen vuoto",
                                   actions=[{"kind": "containment", "description": "x"}])
    invitation = Invitation.objects.create(
        organization=organization,
        email="tuleva@example.fi",
        invited_by_email="victim@example.fi",
        secret_hash="0" * 64,
        expires_at=timezone.now() + dt.timedelta(days=1),
    )
    draft = ImportDraft.objects.create(organization=organization, user=stranger_owner, document={},
                                       expires_at=timezone.now() + dt.timedelta(days=1))
    job = ImportJob.objects.create(organization=organization, user=stranger_owner, source_name="salainen.pdf")
    return {
        "draft": draft,
        "job": job,
        "request": subject_request,
        "breach": breach,
        "org": organization,
        "system": system,
        "party": party,
        "register": register,
        "assessment": assessment,
        "membership": membership,
        "invitation": invitation,
    }


def _url(pattern: URLPattern, objects) -> list[str]:
    kwargs = {"org_id": objects["org"].pk}
    converters = pattern.pattern.converters
    if "register_id" in converters:
        kwargs["register_id"] = objects["register"].pk
    if "membership_id" in converters:
        kwargs["membership_id"] = objects["membership"].pk
    if "invitation_id" in converters:
        kwargs["invitation_id"] = objects["invitation"].pk
    if "assessment_id" in converters:
        kwargs["assessment_id"] = objects["assessment"].pk
        if "fmt" in converters:
            kwargs["fmt"] = "md"
    if "request_id" in converters:
        kwargs["request_id"] = objects["request"].pk
    if "breach_id" in converters:
        kwargs["breach_id"] = objects["breach"].pk
    if "draft_id" in converters:
        kwargs["draft_id"] = objects["draft"].pk
    if "job_id" in converters:
        kwargs["job_id"] = objects["job"].pk
    if "task_index" in converters:
        kwargs["task_index"] = 0
    if "action_index" in converters:
        kwargs["action_index"] = 0
    if "section_key" in converters:
        kwargs["section_key"] = "purpose"
    if "lang" in converters:
        kwargs["lang"] = "sv"
    if "doc" in converters:
        kwargs["doc"] = (
            "tietovirtakuvaus" if "register_id" in converters
            else "vastaus" if "request_id" in converters
            else "loukkausilmoitus" if "breach_id" in converters
            else "seloste"
        )
        kwargs["fmt"] = "md"
    if "kind" in converters:
        urls = []
        for kind, entry in (("systems", objects["system"]), ("parties", objects["party"])):
            extra = {"pk": entry.pk} if "pk" in converters else {}
            urls.append(reverse(pattern.name, kwargs={**kwargs, "kind": kind, **extra}))
        return urls
    return [reverse(pattern.name, kwargs=kwargs)]


def test_every_organisation_route_is_scoped():
    unscoped = [p.name for p in ROUTES if not hasattr(_view(p), "access")]
    assert unscoped == []


@pytest.mark.parametrize("pattern", ROUTES, ids=lambda p: p.name)
def test_other_organisations_objects_are_not_found(pattern, victim, make_org, make_user, client):
    intruder = make_user("intruder@example.fi")
    make_org(intruder, name="Oma Oy", business_id="0166094-0")
    client.force_login(intruder)
    for url in _url(pattern, victim):
        assert client.get(url).status_code == 404, url
        assert client.post(url, {"name": "x", "status": "archived"}).status_code == 404, url
    victim["register"].refresh_from_db()
    assert victim["register"].status == "draft"
    assert Invitation.objects.filter(pk=victim["invitation"].pk).exists()
    _untouched(victim)


def _untouched(victim):
    """The victim's request and breach are as they were (no tick, no closing, no new revision)."""
    subject_request = SubjectRequest.objects.get(pk=victim["request"].pk)
    assert (subject_request.status, subject_request.revision) == ("open", 1)
    assert subject_request.tasks.get().done_at is None
    breach = Breach.objects.get(pk=victim["breach"].pk)
    assert (breach.revision, breach.closed_on, breach.title) == (1, None, "Salainen vuoto")


@pytest.mark.parametrize("pattern", ROUTES, ids=lambda p: p.name)
def test_viewer_cannot_change_anything(pattern, victim, make_user, client):
    viewer = make_user("viewer@example.fi")
    Membership.objects.create(user=viewer, organization=victim["org"], role="viewer")
    client.force_login(viewer)
    access = _view(pattern).access
    for url in _url(pattern, victim):
        response = client.post(url, {"name": "muutettu", "status": "archived", "role": "owner"})
        if access == "read":
            assert response.status_code in (200, 405), url
        else:
            assert response.status_code == 403, url
    victim["register"].refresh_from_db()
    assert (victim["register"].name, victim["register"].status) == ("Salainen rekisteri", "draft")
    assert Membership.objects.get(user=viewer).role == "viewer"
    _untouched(victim)


def test_login_is_required(client, victim):
    response = client.get(reverse("organization", kwargs={"org_id": victim["org"].pk}))
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert client.get(reverse("home")).status_code == 302


def test_schema_is_public(client):
    response = client.get(reverse("schema"))
    assert response.status_code == 200 and response.json()["title"] == "OrganizationDocument"
