"""Organisations, and export / import of the whole organisation in the canonical format."""

import json

from tietovirta.cli import main
from tietovirta.organizations.models import Membership, System
from tietovirta.registers.models import Register


def test_list_and_get(owner_api, walttia):
    listed = owner_api.get("/organizations").json()
    assert listed["count"] == 1 and listed["items"][0]["name"] == "Walttia Oy"
    assert listed["items"][0]["role"] == "owner"
    response = owner_api.get(f"/organizations/{walttia.pk}")
    assert response.json()["business_id"] == "2643821-1" and response.json()["id"] == walttia.pk
    assert response["ETag"]


def test_update_checks_y_tunnus_and_if_match(owner_api, walttia):
    url = f"/organizations/{walttia.pk}"
    etag = owner_api.get(url)["ETag"]
    bad = owner_api.put(url, {"name": "Walttia Oy", "business_id": "1234567-8"})
    assert bad.status_code == 422
    assert bad.json()["detail"][0]["path"] == "business_id"
    ok = owner_api.put(url, {"name": "Walttia Oyj", "business_id": "2643821-1"}, headers={"If-Match": etag})
    assert ok.status_code == 200 and ok.json()["name"] == "Walttia Oyj"
    stale = owner_api.put(url, {"name": "Vanha", "business_id": "2643821-1"}, headers={"If-Match": etag})
    assert stale.status_code == 409
    walttia.refresh_from_db()
    assert walttia.name == "Walttia Oyj"


def test_export_is_the_same_document_as_the_command(owner_api, walttia, capsys):
    response = owner_api.get(f"/organizations/{walttia.pk}/export")
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    capsys.readouterr()
    assert main(["export", str(walttia.pk)]) == 0
    assert response.content.decode() == capsys.readouterr().out


def test_export_then_import_round_trip(owner_api, walttia):
    exported = owner_api.get(f"/organizations/{walttia.pk}/export").json()
    imported = owner_api.put(f"/organizations/{walttia.pk}/import", exported)
    assert imported.status_code == 200, imported.content
    assert imported.json()["organization_id"] == walttia.pk
    again = owner_api.get(f"/organizations/{walttia.pk}/export").json()
    assert _without_revisions(again) == _without_revisions(exported)
    assert owner_api.put(f"/organizations/{walttia.pk}/import", again).status_code == 200


def _without_revisions(document: dict) -> dict:
    """Loading counts as a change, so revisions move on; everything else must come back unchanged."""
    return {**document, "registers": [{**r, "revision": None} for r in document["registers"]]}


def test_import_changes_the_organisation(owner_api, walttia):
    exported = owner_api.get(f"/organizations/{walttia.pk}/export").json()
    exported["systems"].append({"name": "Uusi järjestelmä", "kind": "crm"})
    exported["registers"] = exported["registers"][:1]
    response = owner_api.put(f"/organizations/{walttia.pk}/import", exported)
    assert response.status_code == 200
    assert response.json()["counts"]["systems"]["created"] == 1
    assert System.objects.filter(organization=walttia, name="Uusi järjestelmä").exists()
    assert Register.objects.filter(organization=walttia).count() == 1


def test_import_reports_the_path_of_each_bad_value(owner_api, walttia):
    exported = owner_api.get(f"/organizations/{walttia.pk}/export").json()
    exported["registers"][0]["legal_bases"] = ["b", "z"]
    response = owner_api.put(f"/organizations/{walttia.pk}/import", exported)
    assert response.status_code == 422
    assert [p["path"] for p in response.json()["detail"]] == ["registers[0].legal_bases[1]"]
    exported["registers"][0]["legal_bases"] = ["b"]
    exported["registers"][0]["systems"] = ["Ei ole"]
    response = owner_api.put(f"/organizations/{walttia.pk}/import", exported)
    assert response.status_code == 422
    assert response.json()["detail"] == [
        {"path": "registers[0].systems[0]", "message": "no system named 'Ei ole'"}
    ]


def test_stale_import_is_409_unless_forced(owner_api, walttia):
    exported = owner_api.get(f"/organizations/{walttia.pk}/export").json()
    register = walttia.registers.first()
    register.purpose_text = "Muutettu viennin jälkeen"
    register.save()
    response = owner_api.put(f"/organizations/{walttia.pk}/import", exported)
    assert response.status_code == 409
    conflict = response.json()["conflicts"][0]
    assert conflict == {
        "name": register.name,
        "revision": register.revision - 1,
        "stored_revision": register.revision,
    }
    register.refresh_from_db()
    assert register.purpose_text == "Muutettu viennin jälkeen"
    forced = owner_api.put(f"/organizations/{walttia.pk}/import?force=true", exported)
    assert forced.status_code == 200
    register.refresh_from_db()
    assert register.purpose_text != "Muutettu viennin jälkeen"


def test_only_owners_replace_the_whole_organisation(api_as, make_user, walttia):
    editor = make_user("editor@example.fi")
    Membership.objects.create(user=editor, organization=walttia, role="editor")
    api = api_as(editor, walttia)
    exported = api.get(f"/organizations/{walttia.pk}/export").json()
    assert api.put(f"/organizations/{walttia.pk}/import", exported).status_code == 403


def test_malformed_json_is_422(owner_api, walttia):
    response = owner_api.client.put(
        f"/api/v1/organizations/{walttia.pk}/import",
        data="{not json",
        content_type="application/json",
        headers=owner_api.headers,
    )
    assert response.status_code in (400, 422)
    assert json.loads(response.content)["detail"]
