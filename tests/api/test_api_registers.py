"""Registers: pages and filters, create, optimistic locking on revision, risk assessments, 422 paths."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tietovirta.registers.models import Register


def _url(org, register=None, tail=""):
    return f"/organizations/{org.pk}/registers" + (f"/{register.pk}" if register else "") + tail


def test_list_paginates_and_filters(owner_api, walttia):
    Register.objects.create(organization=walttia, name="Henkilöstörekisteri", position=9)
    total = walttia.registers.count()
    first = owner_api.get(_url(walttia) + "?limit=1").json()
    second = owner_api.get(_url(walttia) + "?limit=1&offset=1").json()
    assert first["count"] == total and len(first["items"]) == 1
    assert first["items"][0]["id"] != second["items"][0]["id"]
    name = first["items"][0]["name"]
    found = owner_api.get(_url(walttia) + f"?q={name[:5].lower()}").json()
    assert name in [r["name"] for r in found["items"]]
    Register.objects.filter(pk=first["items"][0]["id"]).update(status="archived")
    archived = owner_api.get(_url(walttia) + "?status=archived").json()
    assert [r["id"] for r in archived["items"]] == [first["items"][0]["id"]]
    assert owner_api.get(_url(walttia) + "?limit=0").status_code == 422
    bad = owner_api.get(_url(walttia) + "?status=lost")
    assert bad.status_code == 422 and bad.json()["detail"][0]["path"] == "status"


def test_list_does_not_query_per_register(owner_api, walttia):
    owner_api.get(_url(walttia))  # the first use of a token also records when it was used; answers stored
    with CaptureQueriesContext(connection) as few:
        owner_api.get(_url(walttia))
    Register.objects.create(organization=walttia, name="Lisä")
    with CaptureQueriesContext(connection) as one_new:  # its answer built and stored (api/answers.py)
        owner_api.get(_url(walttia))
    for index in range(5):
        Register.objects.create(organization=walttia, name=f"Lisä {index}")
    with CaptureQueriesContext(connection) as five_new:
        owner_api.get(_url(walttia))
    with CaptureQueriesContext(connection) as many:
        owner_api.get(_url(walttia))
    assert len(many) == len(few)
    assert len(five_new) == len(one_new)


def test_get_is_the_canonical_register(owner_api, walttia):
    register = walttia.registers.first()
    response = owner_api.get(_url(walttia, register))
    body = response.json()
    assert body["id"] == register.pk and body["revision"] == register.revision
    assert response["ETag"] == f'"{register.revision}"'
    assert set(body) >= {"legal_bases", "systems", "parties", "risk_assessments", "retention_text"}


def test_create_gives_201_and_location(owner_api, walttia):
    system = walttia.system_set.first()
    body = {
        "name": "Uutiskirje",
        "legal_bases": ["a"],
        "systems": [system.name],
        "purpose_text": "Markkinointi",
    }
    response = owner_api.post(_url(walttia), body)
    assert response.status_code == 201
    created = response.json()
    assert response["Location"] == f"/api/v1/organizations/{walttia.pk}/registers/{created['id']}"
    assert created["revision"] == 1 and created["systems"] == [system.name]
    assert owner_api.get(_url(walttia) + "?q=uutiskirje").json()["count"] == 1


def test_bad_values_are_422_with_their_paths(owner_api, walttia):
    response = owner_api.post(_url(walttia), {"name": "X", "legal_bases": ["a", "q"], "retention_period": -1})
    assert response.status_code == 422
    assert {p["path"] for p in response.json()["detail"]} == {"legal_bases[1]", "retention_period"}
    response = owner_api.post(_url(walttia), {"name": "X", "systems": ["Ei ole"], "parties": ["Ei kukaan"]})
    assert response.status_code == 422
    assert response.json()["detail"] == [
        {"path": "systems[0]", "message": "no system named 'Ei ole'"},
        {"path": "parties[0]", "message": "no party named 'Ei kukaan'"},
    ]
    assert not Register.objects.filter(name="X").exists()
    unknown = owner_api.post(_url(walttia), {"name": "X", "colour": "red"})
    assert unknown.status_code == 422 and unknown.json()["detail"][0]["path"] == "colour"


def test_update_needs_the_current_revision(owner_api, walttia):
    register = walttia.registers.first()
    read = owner_api.get(_url(walttia, register)).json()
    read["purpose_text"] = "Uusi tarkoitus"
    updated = owner_api.put(_url(walttia, register), read)
    assert updated.status_code == 200, updated.content
    assert updated.json()["revision"] == read["revision"] + 1
    # Someone else saved in between: the second write was based on the old revision.
    read["purpose_text"] = "Vanhentunut muutos"
    stale = owner_api.put(_url(walttia, register), read)
    assert stale.status_code == 409
    assert stale.json()["conflicts"] == [
        {"name": register.name, "revision": read["revision"], "stored_revision": read["revision"] + 1}
    ]
    register.refresh_from_db()
    assert register.purpose_text == "Uusi tarkoitus"


def test_update_with_if_match_and_without_any_revision(owner_api, walttia):
    register = walttia.registers.first()
    body = {"name": register.name, "purpose_text": "If-Match"}
    assert owner_api.put(_url(walttia, register), body).status_code == 428
    ok = owner_api.put(_url(walttia, register), body, headers={"If-Match": f'"{register.revision}"'})
    assert ok.status_code == 200 and ok["ETag"] == f'"{register.revision + 1}"'
    stale = owner_api.put(_url(walttia, register), body, headers={"If-Match": f'"{register.revision}"'})
    assert stale.status_code == 409
    garbage = owner_api.put(_url(walttia, register), body, headers={"If-Match": "abc"})
    assert garbage.status_code == 422


def test_archive_through_status(owner_api, walttia):
    register = walttia.registers.first()
    body = owner_api.get(_url(walttia, register)).json()
    body["status"] = "archived"
    assert owner_api.put(_url(walttia, register), body).status_code == 200
    register.refresh_from_db()
    assert register.status == "archived"


def test_risk_assessments(owner_api, walttia):
    register = walttia.registers.first()
    url = _url(walttia, register, "/risk-assessments")
    assert owner_api.get(url).json() == []
    assessment = {
        "title": "DPIA 2025",
        "screening": {"answers": {"large_scale": True}},
        "risks": [{"title": "Tietovuoto", "severity": 3, "likelihood": 2}],
    }
    written = owner_api.put(url, {"revision": register.revision, "risk_assessments": [assessment]})
    assert written.status_code == 200, written.content
    assert owner_api.get(url).json()[0]["risks"][0]["title"] == "Tietovuoto"
    bad = owner_api.put(
        url,
        {"revision": register.revision + 1, "risk_assessments": [{"risks": [{"title": "X", "severity": 9}]}]},
    )
    assert bad.status_code == 422
    assert bad.json()["detail"][0]["path"] == "risk_assessments[0].risks[0].severity"
    stale = owner_api.put(url, {"revision": register.revision, "risk_assessments": []})
    assert stale.status_code == 409


def test_a_register_id_no_column_can_hold_is_not_found(owner_api, walttia):
    huge = 2**70  # SQLite refuses it as a parameter; the ORM's own lookups find nothing
    assert owner_api.get(f"/organizations/{walttia.pk}/registers/{huge}").status_code == 404
    assert owner_api.get(f"/organizations/{walttia.pk}/registers/{huge}/risk-assessments").status_code == 404
