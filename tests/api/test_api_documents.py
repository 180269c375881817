"""Findings, document downloads, and importing a document over the API."""

from django.core.files.uploadedfile import SimpleUploadedFile

from tietovirta.organizations.models import Membership
from tietovirta.registers.models import Register

NOTICE = """Rekisteriseloste

Rekisterin nimi
Asiakasrekisteri

Henkilötietojen käsittelyn tarkoitus
Asiakassuhteen hoitaminen ja laskutus.

Säännönmukaiset tietolähteet
Asiakkaalta itseltään.
"""


def test_organisation_findings(owner_api, walttia):
    response = owner_api.get(f"/organizations/{walttia.pk}/findings?lang=en")
    assert response.status_code == 200
    findings = response.json()
    assert findings, "the Walttia seed has known defects"
    register_ids = set(walttia.registers.values_list("pk", flat=True))
    assert {f["register_id"] for f in findings} <= register_ids | {None}
    assert {"rule", "severity", "message", "hint", "legal_ref", "accepted"} <= set(findings[0])
    finnish = owner_api.get(f"/organizations/{walttia.pk}/findings?lang=fi").json()
    assert [f["rule"] for f in finnish] == [f["rule"] for f in findings]
    assert [f["message"] for f in finnish] != [f["message"] for f in findings]


def test_register_findings(owner_api, walttia):
    register = walttia.registers.first()
    findings = owner_api.get(f"/organizations/{walttia.pk}/registers/{register.pk}/findings").json()
    assert findings and all(f["register_id"] in (register.pk, None) for f in findings)
    assert (
        owner_api.get(f"/organizations/{walttia.pk}/registers/{register.pk}/findings?lang=de").status_code
        == 422
    )


def test_documents(owner_api, walttia):
    register = walttia.registers.first()
    base = f"/organizations/{walttia.pk}"
    notice = owner_api.get(f"{base}/registers/{register.pk}/documents/tietosuojaseloste.md?lang=en")
    assert notice.status_code == 200 and notice["Content-Type"].startswith("text/markdown")
    assert register.name in notice.content.decode()
    record = owner_api.get(f"{base}/documents/seloste.csv")
    assert record.status_code == 200 and record["Content-Type"].startswith("text/csv")
    assert owner_api.get(f"{base}/registers/{register.pk}/documents/diagram.md").status_code == 404
    impossible = owner_api.get(f"{base}/documents/tietovirtakuvaus.md")
    assert impossible.status_code == 422 and impossible.json()["detail"][0]["path"] == "kind"
    assert owner_api.get(f"{base}/documents/seloste.exe").status_code == 422


def _upload(api, org, query=""):
    upload = SimpleUploadedFile("seloste.txt", NOTICE.encode("utf-8"), content_type="text/plain")
    return api.client.post(
        f"/api/v1/organizations/{org.pk}/import-document{query}", {"file": upload}, headers=api.headers
    )


def test_import_document_stores_nothing_by_default(owner_api, walttia):
    before = Register.objects.count()
    response = _upload(owner_api, walttia)
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["document"]["registers"][0]["name"] == "Asiakasrekisteri"
    assert "Asiakassuhteen hoitaminen" in body["document"]["registers"][0]["purpose_text"]
    assert all(0 <= f["confidence"] <= 1 for f in body["fields"]) and body["created"] == []
    assert Register.objects.count() == before


def test_import_document_can_create_drafts(owner_api, walttia):
    response = _upload(owner_api, walttia, "?create=true")
    assert response.status_code == 200
    created = Register.objects.get(pk=response.json()["created"][0])
    assert created.organization == walttia and created.status == "draft"


def test_import_document_needs_write_access(api_as, make_user, walttia):
    viewer = make_user("viewer@example.fi")
    Membership.objects.create(user=viewer, organization=walttia, role="viewer")
    assert _upload(api_as(viewer, walttia), walttia).status_code == 403


def test_unreadable_upload_is_422(owner_api, walttia):
    upload = SimpleUploadedFile("kuva.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    response = owner_api.client.post(
        f"/api/v1/organizations/{walttia.pk}/import-document", {"file": upload}, headers=owner_api.headers
    )
    assert response.status_code == 422 and response.json()["detail"][0]["path"] == "file"
