"""Text the database cannot hold is a 422 naming the value, never a 500 (found on PostgreSQL by a review).

Run these on PostgreSQL too (`tests/with_postgres.py`): there a string longer than its column, a NUL
in a query, or a name that becomes a duplicate once cleaned used to end in a database error.
"""

import pytest

from tietovirta.organizations.models import Organization, System
from tietovirta.registers.models import Register


def _paths(response) -> dict[str, str]:
    assert response.status_code == 422, response.content
    return {p["path"]: p["message"] for p in response.json()["detail"]}


def test_register_name_longer_than_its_column(owner_api, walttia):
    url = f"/organizations/{walttia.pk}/registers"
    problems = _paths(owner_api.post(url, {"name": "R" * 201}))
    assert "at most 200 characters" in problems["name"]
    assert not Register.objects.filter(name__startswith="RRR").exists()


def test_prose_has_a_generous_but_finite_limit(owner_api, walttia):
    url = f"/organizations/{walttia.pk}/registers"
    assert owner_api.post(url, {"name": "Pitkä", "purpose_text": "x" * 20_000}).status_code == 201
    problems = _paths(owner_api.post(url, {"name": "Liian pitkä", "purpose_text": "x" * 20_001}))
    assert "at most 20000 characters" in problems["purpose_text"]


def test_system_and_organisation_names_of_300_characters(owner_api, walttia):
    assert "name" in _paths(owner_api.post(f"/organizations/{walttia.pk}/systems", {"name": "S" * 300}))
    body = owner_api.get(f"/organizations/{walttia.pk}").json()
    problems = _paths(owner_api.put(f"/organizations/{walttia.pk}", {**body, "name": "O" * 300}))
    assert "at most 200 characters" in problems["name"]
    assert Organization.objects.get(pk=walttia.pk).name == walttia.name


def test_party_business_id_of_30_characters(owner_api, walttia):
    response = owner_api.post(f"/organizations/{walttia.pk}/parties", {"name": "P", "business_id": "1" * 30})
    assert "at most 20 characters" in _paths(response)["business_id"]


def test_nested_values_are_named_by_their_path(owner_api, walttia):
    register = walttia.registers.first()
    url = f"/organizations/{walttia.pk}/registers/{register.pk}/risk-assessments"
    body = {"revision": register.revision, "risk_assessments": [{"risks": [{"title": "T" * 301}]}]}
    assert "risk_assessments[0].risks[0].title" in _paths(owner_api.put(url, body))
    contact = {"name": "R", "contact_person": {"name": "N" * 201}}
    problems = _paths(owner_api.post(f"/organizations/{walttia.pk}/registers", contact))
    assert "contact_person.name" in problems


def test_whole_document_import_names_the_long_value(owner_api, walttia):
    document = owner_api.get(f"/organizations/{walttia.pk}/export").json()
    document["registers"][0]["retention_text"] = "x" * 20_001
    problems = _paths(owner_api.put(f"/organizations/{walttia.pk}/import", document))
    assert "registers[0].retention_text" in problems


@pytest.mark.parametrize("kind", ["registers", "systems", "parties"])
def test_a_nul_in_the_search_is_not_a_server_error(owner_api, walttia, kind):
    response = owner_api.get(f"/organizations/{walttia.pk}/{kind}?q=%00")
    assert response.status_code in (200, 422), response.content
    found = owner_api.get(f"/organizations/{walttia.pk}/{kind}?q=%00a")
    assert found.status_code in (200, 422), found.content


def test_a_duplicate_name_hidden_by_a_nul_is_422(owner_api, walttia):
    url = f"/organizations/{walttia.pk}/systems"
    assert owner_api.post(url, {"name": "DupSys"}).status_code == 201
    problems = _paths(owner_api.post(url, {"name": "DupSys\u0000"}))
    assert "duplicate name 'DupSys'" in problems["name"]
    assert System.objects.filter(organization=walttia, name="DupSys").count() == 1
    parties = f"/organizations/{walttia.pk}/parties"
    assert owner_api.post(parties, {"name": "DupParty"}).status_code == 201
    assert "name" in _paths(owner_api.post(parties, {"name": "Dup\u0000Party"}))
