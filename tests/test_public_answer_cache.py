"""Published notices answered from the cache before sessions and the database (issue 17): no query on a
warm answer, the site's security headers, never a cookie, and never a withdrawn or superseded version."""

from unittest import mock

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tietovirta.publishing import public_cache, views
from tietovirta.registers.models import Register


def _page(register, lang="fi"):
    return reverse("public_notice", kwargs={"public_id": register.public_id, "lang": lang})


def _pdf(register, lang="fi"):
    return reverse("public_notice_file", kwargs={"public_id": register.public_id, "lang": lang, "fmt": "pdf"})


def _queries(url, **headers):
    """The answer to an anonymous GET and the number of database queries it took."""
    with CaptureQueriesContext(connection) as queries:
        response = Client().get(url, **headers)
    return response, len(queries)


def _warm(url):
    """The view's answer to a first request. The cache answers from the third request on: the first answer
    at a register's public address starts its generation, the next is filed under it."""
    first, queries = _queries(url)
    assert first.status_code == 200 and queries > 0
    assert Client().get(url).status_code == 200
    return first


@pytest.mark.parametrize("kind", ["page", "pdf"])
def test_a_warm_answer_needs_no_query_and_carries_the_sites_headers(owner_client, org, draft, kind, publish):
    publish(owner_client, org, draft)
    url = (_page if kind == "page" else _pdf)(draft)
    by_view = _warm(url)
    cached, queries = _queries(url)
    assert queries == 0
    assert cached.status_code == 200 and cached.content == by_view.content
    expected = "text/html; charset=utf-8" if kind == "page" else "application/pdf"
    assert cached["Content-Type"] == by_view["Content-Type"] == expected
    for name in ("Content-Language", "ETag", "Last-Modified", "Cache-Control", "X-Robots-Tag"):
        assert cached[name] == by_view[name], name
    assert cached["Content-Language"] == "fi" and cached["Cache-Control"] == "public, no-cache"
    if kind == "pdf":
        assert cached["Content-Disposition"].startswith("attachment; filename=")
    # The security headers the rest of the site carries.
    assert cached["X-Frame-Options"] == "DENY"
    assert cached["X-Content-Type-Options"] == "nosniff"
    assert cached["Referrer-Policy"] == "same-origin"
    assert "frame-ancestors 'none'" in cached["Content-Security-Policy"]
    assert "Permissions-Policy" in cached
    assert not cached.cookies and not by_view.cookies


def test_no_cookie_is_set_or_read_for_a_logged_in_reader(owner_client, org, draft, publish):
    publish(owner_client, org, draft)
    _warm(_page(draft))
    with CaptureQueriesContext(connection) as queries:
        answer = owner_client.get(_page(draft))  # with the owner's session cookie
    assert answer.status_code == 200 and len(queries) == 0 and not answer.cookies


def test_a_matching_etag_is_answered_304_from_the_cache(owner_client, org, draft, publish):
    publish(owner_client, org, draft)
    etag = _warm(_page(draft))["ETag"]
    again, queries = _queries(_page(draft), HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and queries == 0 and again.content == b""
    other, _ = _queries(_page(draft), HTTP_IF_NONE_MATCH='"something-else"')
    assert other.status_code == 200


def test_a_newly_published_version_is_shown_at_once(owner_client, org, draft, publish):
    publish(owner_client, org, draft)
    _warm(_page(draft))
    _warm(_pdf(draft))
    assert _queries(_page(draft))[1] == 0
    draft.purposes = [{**draft.purposes[0], "purpose": "Uusi tarkoitus"}, *draft.purposes[1:]]
    draft.save()
    publish(owner_client, org, draft)
    page, queries = _queries(_page(draft))
    assert queries > 0 and "Uusi tarkoitus" in page.content.decode()
    version_one = reverse("public_notice_version",
                          kwargs={"public_id": draft.public_id, "lang": "fi", "version": 1})
    assert b"/fi/v2/" in Client().get(version_one).content  # version 1's page lists version 2
    assert _queries(_page(draft))[0].content == page.content  # and the new version is cached


@pytest.mark.parametrize("status", ["draft", "archived"])
def test_a_withdrawn_notice_is_not_served_from_the_cache(owner_client, org, draft, status, publish):
    publish(owner_client, org, draft)
    _warm(_page(draft))
    _warm(_pdf(draft))
    url = reverse("register_status", kwargs={"org_id": org.pk, "register_id": draft.pk})
    assert owner_client.post(url, {"status": status}).status_code == 302
    assert Client().get(_page(draft)).status_code == 404
    assert Client().get(_pdf(draft)).status_code == 404


def test_a_deleted_register_is_not_served_from_the_cache(owner_client, org, draft, publish):
    publish(owner_client, org, draft)
    _warm(_page(draft))
    Register.objects.get(pk=draft.pk).delete()
    assert Client().get(_page(draft)).status_code == 404


def test_an_answer_built_before_a_change_is_not_served_after_it(owner_client, org, draft, publish):
    """The generation is read before the view reads the database: a change that lands while the view
    builds its answer retires that answer before it is ever served."""
    publish(owner_client, org, draft)
    _warm(_page(draft))  # the register has a generation now
    real = views._versions

    def read_then_changed(public_id, lang):
        versions = real(public_id, lang)
        public_cache.forget(public_id)  # what a publication committed just now does
        return versions

    with mock.patch.object(views, "_versions", side_effect=read_then_changed):
        assert Client().get(_pdf(draft)).status_code == 200  # built from the state before the change
    assert _queries(_pdf(draft))[1] > 0  # so it was not served from the cache


def test_the_fast_path_checks_the_host_like_every_other_path(owner_client, org, draft, publish):
    publish(owner_client, org, draft)
    _warm(_page(draft))
    assert Client().get(_page(draft), HTTP_HOST="evil.example").status_code == 400


def test_an_unknown_register_is_not_filed(db):
    path = _page(Register(public_id="00000000-0000-4000-8000-000000000000"))
    assert Client().get(path).status_code == 404
    assert Client().get(path).status_code == 404
    assert public_cache._current_generation("00000000-0000-4000-8000-000000000000") is None


def test_registers_nobody_reads_at_their_public_address_fill_no_cache(owner_client, org, draft, publish):
    draft.save()  # a draft's edit
    publish(owner_client, org, draft)
    assert public_cache._current_generation(draft.public_id) is None
    _warm(_page(draft))
    assert public_cache._current_generation(draft.public_id) is not None
