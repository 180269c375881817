"""Fields the server owns cannot be set through the API (see docs/api.md, "Server-owned fields").

Found by a review: an editor could set `signed_by`/`signed_on`, `accepted_by`/`accepted_on`,
`status: "published"` (skipping publishing and its audit entry, leaving a public link that 404s) and a
`reviewed_on` in the future.
"""

import datetime as dt

from django.utils import timezone

from tietovirta.assessments.models import RiskAssessment
from tietovirta.audit.models import AuditEvent
from tietovirta.publishing.models import PublishedNotice


def _url(org, register, tail=""):
    return f"/organizations/{org.pk}/registers/{register.pk}{tail}"


def _draft(walttia):
    register = walttia.registers.first()
    register.status = "draft"
    register.save()
    return register


def test_signatures_sent_through_the_api_are_ignored(owner_api, walttia):
    register = walttia.registers.first()
    forged = {"title": "Arvio", "signed_by": "Toimitusjohtaja", "signed_on": "2026-01-01"}
    response = owner_api.put(_url(walttia, register, "/risk-assessments"),
                             {"revision": register.revision, "risk_assessments": [forged]})
    assert response.status_code == 200, response.content
    assert (response.json()[0]["signed_by"], response.json()[0]["signed_on"]) == ("", None)
    row = RiskAssessment.objects.get(register=register)
    assert (row.signed_by, row.signed_on) == ("", None)
    # The register PUT carries assessments too.
    body = owner_api.get(_url(walttia, register)).json()
    body["risk_assessments"][0]["signed_by"] = "Toimitusjohtaja"
    assert owner_api.put(_url(walttia, register), body).status_code == 200
    assert RiskAssessment.objects.get(register=register).signed_by == ""


def test_accepted_findings_are_stamped_by_the_server(owner_api, walttia, owner):
    register = walttia.registers.first()
    body = owner_api.get(_url(walttia, register)).json()
    body["accepted_findings"] = [{"rule": "retention-vague", "reason": "Harkittu", "accepted_by": "Joku muu",
                                  "accepted_on": "2020-01-01"}]
    response = owner_api.put(_url(walttia, register), body)
    assert response.status_code == 200, response.content
    accepted = response.json()["accepted_findings"][0]
    assert accepted["accepted_by"] == owner.email
    assert accepted["accepted_on"] == timezone.localdate().isoformat()
    # Sent back unchanged, it keeps the server's stamp.
    again = response.json()
    again["accepted_findings"][0]["accepted_on"] = "2020-01-01"
    kept = owner_api.put(_url(walttia, register), again)
    assert kept.json()["accepted_findings"][0]["accepted_on"] == timezone.localdate().isoformat()


def test_status_published_is_refused_publishing_is_its_own_operation(owner_api, walttia):
    register = _draft(walttia)
    notices = PublishedNotice.objects.filter(register=register)
    versions = notices.count()
    publications = AuditEvent.objects.filter(event="publication", target=register.name)
    recorded = publications.count()
    body = owner_api.get(_url(walttia, register)).json()
    body["status"] = "published"
    response = owner_api.put(_url(walttia, register), body)
    assert response.status_code == 422
    assert response.json()["detail"][0]["path"] == "status"
    register.refresh_from_db()
    assert register.status == "draft" and notices.count() == versions
    new = {"name": "Uusi", "status": "published"}
    created = owner_api.post(f"/organizations/{walttia.pk}/registers", new)
    assert created.status_code == 422

    # Walttia's notice lacks Art. 13 items: publishing is refused with them as blockers, saying what.
    refused = owner_api.post(_url(walttia, register, "/publish"))
    assert refused.status_code == 409, refused.content
    assert "notice-item-empty" in {blocker["rule"] for blocker in refused.json()["blockers"]}
    register.refresh_from_db()
    assert register.status == "draft" and notices.count() == versions
    assert publications.count() == recorded


def test_publishing_through_the_api_freezes_the_notice(api_as, owner, lumo):
    register = lumo.registers.get()
    api = api_as(owner, lumo)
    notices = PublishedNotice.objects.filter(register=register)
    publications = AuditEvent.objects.filter(event="publication", target=register.name)
    published = api.post(_url(lumo, register, "/publish"))
    assert published.status_code == 200, published.content
    assert published.json()["status"] == "published"
    assert notices.count() == 1
    latest = notices.order_by("-version").first()
    assert latest.snapshot["registers"][0]["name"] == register.name
    assert latest.languages == ["fi", "sv", "en"]
    assert publications.count() == 1
    # Once published, the status may be sent back as it is.
    body = api.get(_url(lumo, register)).json()
    assert api.put(_url(lumo, register), body).status_code == 200
    # In the languages asked for only.
    assert api.post(_url(lumo, register, "/publish?language=fi&language=en")).status_code == 200
    assert notices.order_by("-version").first().languages == ["fi", "en"]
    assert api.post(_url(lumo, register, "/publish?language=de")).status_code == 422


def test_a_viewer_cannot_publish(api_as, make_user, walttia):
    from tietovirta.organizations.models import Membership

    viewer = make_user("lukija@example.fi")
    Membership.objects.create(user=viewer, organization=walttia, role="viewer")
    register = _draft(walttia)
    assert api_as(viewer, walttia, scope="read").post(_url(walttia, register, "/publish")).status_code == 403


def test_a_review_date_in_the_future_is_refused(owner_api, walttia):
    register = walttia.registers.first()
    body = owner_api.get(_url(walttia, register)).json()
    body["reviewed_on"] = (timezone.localdate() + dt.timedelta(days=30)).isoformat()
    response = owner_api.put(_url(walttia, register), body)
    assert response.status_code == 422 and response.json()["detail"][0]["path"] == "reviewed_on"
    body["reviewed_on"] = timezone.localdate().isoformat()
    assert owner_api.put(_url(walttia, register), body).status_code == 200


def test_the_web_status_buttons_cannot_publish_either(owner_client, walttia):
    from django.urls import reverse

    register = _draft(walttia)
    url = reverse("register_status", kwargs={"org_id": walttia.pk, "register_id": register.pk})
    owner_client.post(url, {"status": "published"})
    register.refresh_from_db()
    assert register.status == "draft"
