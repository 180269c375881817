"""The public request form: stable address in fi/sv/en, e-mail confirmation, honeypot, time trap, rates,
size cap. No login anywhere on the way."""

import re
import time

import pytest
from django.core import mail, signing

from tietovirta.audit.models import AuditEvent
from tietovirta.requests import public
from tietovirta.requests.models import PublicRequestForm, SubjectRequest


@pytest.fixture
def form(company, settings):
    settings.REQUEST_FORM_MIN_SECONDS = 0
    return PublicRequestForm.objects.create(organization=company, enabled=True)


def _url(form, lang="fi"):
    return f"/public/requests/{form.public_id}/{lang}/"


def _fields(**values):
    return {
        "requester_name": "Maija Meikäläinen", "requester_email": "maija@example.fi", "kinds": ["access"],
        "subject_categories": ["customer"], "other_relationship": "", "details": "Mitä tietoja teillä on?",
        "website": "", "started": signing.dumps(time.time() - 10, salt=public.STARTED_SALT), **values,
    }


def test_the_form_is_public_in_three_languages_and_says_when_to_expect_an_answer(client, form):
    for lang, words in (("fi", "Vastaamme kuukauden kuluessa"), ("sv", "Vi svarar inom en månad"),
                        ("en", "We answer within one month")):
        page = client.get(_url(form, lang))
        assert page.status_code == 200 and words in page.content.decode()
    assert client.get(_url(form, "de")).status_code == 404


def test_a_form_not_in_use_is_not_found(client, form):
    form.enabled = False
    form.save()
    assert client.get(_url(form)).status_code == 404


def test_submission_confirmation_and_what_happens_next(client, form, company):
    response = client.post(_url(form, "sv"), _fields())
    assert response.status_code == 302 and response["Location"].endswith("/sv/sent/")
    row = SubjectRequest.objects.get()
    assert (row.channel, row.language, row.email_confirmed_at) == ("web_form", "sv", None)
    assert row.source_digest and "127.0.0.1" not in row.source_digest
    assert AuditEvent.objects.get(event="request_received").ip_address is None  # not kept for good
    [message] = mail.outbox
    assert message.to == ["maija@example.fi"] and "Bekräfta" in message.subject
    link = re.search(r"http://testserver(/public/requests/confirm/\S+/)", message.body).group(1)
    confirmed = client.get(link)
    text = confirmed.content.decode()
    assert confirmed.status_code == 200 and row.reference in text and "Vi svarar senast" in text
    row.refresh_from_db()
    assert row.email_confirmed_at is not None
    assert client.get(link).status_code == 200  # opening it again is harmless
    assert client.get("/public/requests/confirm/forged-token/").status_code == 404


def test_honeypot_and_time_trap_store_nothing_but_look_the_same(client, form, settings):
    caught = client.post(_url(form), _fields(website="http://spam.example"))
    assert caught.status_code == 302 and caught["Location"].endswith("/fi/sent/")
    settings.REQUEST_FORM_MIN_SECONDS = 60
    too_fast = client.post(_url(form), _fields(started=signing.dumps(time.time(), salt=public.STARTED_SALT)))
    assert too_fast.status_code == 302
    forged = client.post(_url(form), _fields(started="12345"))
    assert forged.status_code == 302
    assert not SubjectRequest.objects.exists() and not mail.outbox


def test_rate_limit_per_address_and_per_organisation(client, form, settings):
    settings.REQUEST_FORM_LIMIT_PER_ADDRESS = 2
    for _ in range(2):
        assert client.post(_url(form), _fields()).status_code == 302
    limited = client.post(_url(form), _fields())
    assert limited.status_code == 429 and "liian monta" in limited.content.decode()
    other_address = client.post(_url(form), _fields(), REMOTE_ADDR="10.1.2.3")
    assert other_address.status_code == 302
    settings.REQUEST_FORM_LIMIT_PER_ORGANIZATION = 3
    assert client.post(_url(form), _fields(), REMOTE_ADDR="10.9.9.9").status_code == 429
    assert SubjectRequest.objects.count() == 3


def test_size_caps(client, form):
    too_long = client.post(_url(form), _fields(details="x" * 6000))
    assert too_long.status_code == 200 and not SubjectRequest.objects.exists()  # the field says so
    huge = client.post(_url(form), _fields(details="x" * 40000))
    assert huge.status_code == 413


def test_the_member_sees_the_confirmation_state(client, form, company, owner):
    client.post(_url(form), _fields())
    row = SubjectRequest.objects.get()
    client.force_login(owner)
    page = client.get(f"/organizations/{company.pk}/requests/{row.pk}/").content.decode()
    assert "sähköpostia ei ole vielä vahvistettu" in page
    listing = client.get(f"/organizations/{company.pk}/requests/").content.decode()
    assert "sähköpostia ei vahvistettu" in listing


def test_settings_page_switches_the_form_on_and_shows_its_addresses(client, company, owner):
    client.force_login(owner)
    url = f"/organizations/{company.pk}/requests/form/"
    assert client.post(url, {"enabled": "on"}).status_code == 302
    form = PublicRequestForm.objects.get(organization=company)
    assert form.enabled
    page = client.get(url).content.decode()
    assert f"/public/requests/{form.public_id}/sv/" in page
