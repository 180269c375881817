"""Systems and parties: list, get, create, replace (If-Match), delete, and the catalogue's rules."""

from tietovirta.organizations.models import Party, System


def test_systems_crud(owner_api, walttia):
    url = f"/organizations/{walttia.pk}/systems"
    listed = owner_api.get(url).json()
    assert listed["count"] == System.objects.filter(organization=walttia).count() > 0
    created = owner_api.post(
        url, {"name": "HubSpot", "kind": "crm", "hosting": "third_country", "vendor_country": "US"}
    )
    assert created.status_code == 201
    system = created.json()
    assert created["Location"] == f"/api/v1{url}/{system['id']}"
    assert owner_api.get(f"{url}?q=hubs").json()["items"][0]["id"] == system["id"]
    read = owner_api.get(f"{url}/{system['id']}")
    system["transfer_mechanism"] = "dpf"
    replaced = owner_api.put(f"{url}/{system['id']}", system, headers={"If-Match": read["ETag"]})
    assert replaced.status_code == 200 and replaced.json()["transfer_mechanism"] == "dpf"
    stale = owner_api.put(f"{url}/{system['id']}", {"name": "HubSpot"}, headers={"If-Match": read["ETag"]})
    assert stale.status_code == 409
    assert owner_api.delete(f"{url}/{system['id']}").status_code == 204
    assert owner_api.get(f"{url}/{system['id']}").status_code == 404


def test_names_are_unique_in_the_catalogue(owner_api, walttia):
    existing = System.objects.filter(organization=walttia).first()
    response = owner_api.post(f"/organizations/{walttia.pk}/systems", {"name": existing.name})
    assert response.status_code == 422
    assert response.json()["detail"] == [{"path": "name", "message": f"duplicate name '{existing.name}'"}]
    # Renaming another system to the same name is refused too; keeping one's own name is not.
    other = owner_api.post(f"/organizations/{walttia.pk}/systems", {"name": "Toinen"}).json()
    url = f"/organizations/{walttia.pk}/systems/{other['id']}"
    assert owner_api.put(url, {"name": existing.name}).status_code == 422
    assert owner_api.put(url, {"name": "Toinen", "kind": "erp"}).status_code == 200


def test_parties_name_systems_of_the_catalogue(owner_api, walttia):
    url = f"/organizations/{walttia.pk}/parties"
    system = System.objects.filter(organization=walttia).first()
    bad = owner_api.post(url, {"name": "Kirjanpitäjä", "systems": [system.name, "Ei ole"]})
    assert bad.status_code == 422
    assert bad.json()["detail"] == [{"path": "systems[1]", "message": "no system named 'Ei ole'"}]
    created = owner_api.post(url, {"name": "Kirjanpitäjä", "role": "processor", "systems": [system.name]})
    assert created.status_code == 201 and created.json()["systems"] == [system.name]
    party = Party.objects.get(organization=walttia, name="Kirjanpitäjä")
    assert list(party.systems.all()) == [system]
    listed = owner_api.get(url).json()
    assert "Kirjanpitäjä" in [p["name"] for p in listed["items"]]


def test_another_organisations_catalogue_is_not_found(owner_api, walttia, stranger):
    _user, other = stranger
    theirs = System.objects.create(organization=other, name="Salainen")
    assert owner_api.get(f"/organizations/{walttia.pk}/systems/{theirs.pk}").status_code == 404
    assert owner_api.put(f"/organizations/{walttia.pk}/systems/{theirs.pk}", {"name": "X"}).status_code == 404
    assert owner_api.delete(f"/organizations/{walttia.pk}/systems/{theirs.pk}").status_code == 404
    assert owner_api.post(f"/organizations/{other.pk}/systems", {"name": "X"}).status_code == 404
    assert System.objects.filter(organization=other).count() == 1
