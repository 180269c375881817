"""Published notices at their public address (issue 13 items 4 and 16): written once per published
version, never a 500 and never half a minute of work per anonymous request; `v0/` is not a version."""

import threading
import time
from unittest import mock

import pytest
from django.test import Client
from django.urls import reverse

from tietovirta.interchange import register_document
from tietovirta.publishing import responses, views
from tietovirta.publishing.models import PublishedNotice

LONG_TEXT = ("Henkilötietoja käsitellään asiakassuhteen hoitamiseksi. " * 40 + "\n\n") * 830  # 1.9 MB


def _pdf_url(register, lang="fi"):
    return reverse("public_notice_file", kwargs={"public_id": register.public_id, "lang": lang, "fmt": "pdf"})


def _page_url(register, lang="fi"):
    return reverse("public_notice", kwargs={"public_id": register.public_id, "lang": lang})


@pytest.fixture
def renders():
    """Counts the documents actually written (the real writer runs)."""
    with mock.patch.object(responses, "render", wraps=responses.render) as spy:
        yield spy


def test_version_zero_is_not_a_version(owner_client, org, draft, publish):
    publish(owner_client, org, draft)
    version = lambda n: reverse(  # noqa: E731
        "public_notice_version", kwargs={"public_id": draft.public_id, "lang": "fi", "version": n}
    )
    assert Client().get(version(0)).status_code == 404
    assert Client().get(version(1)).status_code == 200
    assert Client().get(version(2)).status_code == 404


def test_a_published_version_is_written_once(owner_client, org, draft, renders, publish):
    publish(owner_client, org, draft)
    first = Client().get(_pdf_url(draft))
    assert first.status_code == 200 and first["Content-Type"] == "application/pdf"
    assert Client().get(_pdf_url(draft)).content == first.content
    Client().get(_page_url(draft))
    Client().get(_page_url(draft))
    assert renders.call_count == 2  # the PDF and the page, once each
    draft.purposes = [{**draft.purposes[0], "purpose": "Uusi tarkoitus"}, *draft.purposes[1:]]
    draft.save()
    publish(owner_client, org, draft)
    assert b"%PDF" in Client().get(_pdf_url(draft)).content[:8]
    assert "Uusi tarkoitus" in Client().get(_page_url(draft)).content.decode()
    assert renders.call_count == 4  # a new version is written anew


@pytest.mark.django_db(transaction=True)
def test_simultaneous_first_requests_write_the_document_once(owner_client, org, draft, publish):
    publish(owner_client, org, draft)
    real = responses.render

    def slow_render(*args, **kwargs):
        time.sleep(1)  # long enough for the other request to arrive while this one writes
        return real(*args, **kwargs)

    results = []
    with mock.patch.object(responses, "render", side_effect=slow_render) as spy:
        threads = [
            threading.Thread(target=lambda: results.append(Client().get(_pdf_url(draft)))) for _ in "ab"
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert [r.status_code for r in results] == [200, 200] and results[0].content == results[1].content
    assert spy.call_count == 1


def test_a_very_long_notice_answers_at_once(owner_client, org, draft, renders, publish):
    # Published before text sizes were capped where they are stored: the snapshot holds 1.9 MB.
    publish(owner_client, org, draft)
    notice = PublishedNotice.objects.get()
    draft.purposes, draft.purpose_text = [], LONG_TEXT  # the notice prints the prose then
    notice.snapshot = register_document(draft).model_dump(mode="json")
    notice.save()
    started = time.monotonic()
    pdf = Client().get(_pdf_url(draft))
    assert time.monotonic() - started < 10
    assert pdf.status_code == 422 and pdf["Content-Type"].startswith("text/html")
    text = pdf.content.decode()
    assert "liian pitkä" in text and _page_url(draft) in text  # the web page is offered instead
    assert renders.call_count == 0
    page = Client().get(_page_url(draft))
    assert page.status_code == 200 and "Henkilötietoja käsitellään" in page.content.decode()
    assert time.monotonic() - started < 20


def test_a_notice_that_cannot_be_written_is_a_clear_answer_not_a_500(owner_client, org, draft, publish):
    publish(owner_client, org, draft)
    with mock.patch.object(responses, "render", side_effect=RuntimeError("writer broke")) as spy:
        first = Client().get(_pdf_url(draft))
        again = Client().get(_pdf_url(draft))
    assert first.status_code == again.status_code == 503 and "Retry-After" in first
    assert spy.call_count == 1  # the failure is remembered for a while, not retried on every request


def test_the_public_page_is_written_once_per_version_and_anew_when_another_is_published(
    owner_client, org, draft, publish):
    publish(owner_client, org, draft)
    with mock.patch.object(views, "changes_since_previous", wraps=views.changes_since_previous) as pages:
        first = Client().get(_page_url(draft)).content
        assert Client().get(_page_url(draft)).content == first and pages.call_count == 1
        version_one = reverse("public_notice_version",
                              kwargs={"public_id": draft.public_id, "lang": "fi", "version": 1})
        assert b"/fi/v2/" not in Client().get(version_one).content
        publish(owner_client, org, draft)  # version 2: version 1's page now lists it
        assert b"/fi/v2/" in Client().get(version_one).content
        assert pages.call_count == 2  # version 1 once more, now listing version 2
