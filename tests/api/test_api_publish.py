"""Publishing over the API goes through the same gate as the web app."""

from tietovirta.publishing.models import PublishedNotice


def test_publishing_is_refused_with_the_blockers(owner_api, walttia):
    register = walttia.registers.first()
    versions = PublishedNotice.objects.filter(register=register).count()  # the seed loads as published
    response = owner_api.post(f"/organizations/{walttia.pk}/registers/{register.pk}/publish")
    assert response.status_code == 409
    body = response.json()
    assert body["blockers"] and all(b["severity"] == "error" for b in body["blockers"])
    assert all(b["register_id"] in (register.pk, None) for b in body["blockers"])
    assert PublishedNotice.objects.filter(register=register).count() == versions


def test_a_complete_register_is_published_and_its_address_recorded(
    owner_api, walttia, make_publishable, client
):
    walttia.email = "tietosuoja@walttia.fi"  # the seed has no address for requests, which the notice needs
    walttia.save()
    register = make_publishable(walttia, "Uutiskirjeen tilaajat")
    response = owner_api.post(f"/organizations/{walttia.pk}/registers/{register.pk}/publish")
    assert response.status_code == 200, response.json()
    body = response.json()
    register.refresh_from_db()
    assert body["status"] == register.status == "published" and register.published_notices.count() == 1
    url = body["privacy_notice_url"]
    assert register.privacy_notice_url == url and str(register.public_id) in url
    client.logout()
    assert client.get(url.removeprefix("http://testserver"), follow=True).status_code == 200


def test_a_read_token_cannot_publish(api_as, owner, walttia, make_publishable):
    register = make_publishable(walttia, "Uutiskirjeen tilaajat")
    reader = api_as(owner, walttia, "read")
    response = reader.post(f"/organizations/{walttia.pk}/registers/{register.pk}/publish")
    assert response.status_code == 403
    register.refresh_from_db()
    assert register.status == "draft"

