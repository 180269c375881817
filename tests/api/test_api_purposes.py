"""Purposes and translations through the API: the canonical register, validated like every write."""


def test_api_writes_purposes_and_plain_translations(owner_api, walttia):
    body = {
        "name": "Uutiskirje",
        "purpose_text": "Uutiskirjeen lähettäminen",
        "purposes": [{"purpose": "Uutiskirjeen lähettäminen", "legal_basis": "a", "direct_marketing": True}],
        "translations": {"en": {"purposes[0].purpose": "Sending the newsletter"}},
    }
    created = owner_api.post(f"/organizations/{walttia.pk}/registers", body)
    assert created.status_code == 201, created.content
    register = owner_api.get(created["Location"].removeprefix("/api/v1")).json()
    assert register["legal_bases"] == ["a"]
    assert register["translations"]["en"]["purposes[0].purpose"] == {
        "text": "Sending the newsletter", "source": "Uutiskirjeen lähettäminen"}
    bad = owner_api.post(f"/organizations/{walttia.pk}/registers",
                         {"name": "X", "purposes": [{"purpose": "", "legal_basis": "z"}]})
    assert bad.status_code == 422
