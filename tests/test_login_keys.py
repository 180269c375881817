"""E-mail addresses are keys in one spelling (issue 13 item 5), and the login lock shuts no one out.

A look-alike spelling (`ｅdd@x.fi`, a full-width e) or another case must count against the same
account as `edd@x.fi`; failures from one address lock only that address; failures from many
addresses slow the account down by a growing delay instead of locking it; behind a reverse proxy the
client's address is read from the configured header only.
"""

import itertools
from unittest import mock

import pytest
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone

from tietovirta.accounts.emails import normalize_email
from tietovirta.accounts.throttle import FAILURES_PER_ACCOUNT_AND_ADDRESS, SLOW_DOWN_AFTER, login_delay
from tietovirta.audit.log import client_ip
from tietovirta.audit.models import AuditEvent, Event

PASSWORD = "correct-horse-battery"


@pytest.fixture
def edd(make_user):
    return make_user("edd@x.fi", PASSWORD)


def _login(client, username, password="väärä", address="203.0.113.5"):
    return client.post(reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=address)


@pytest.mark.parametrize("spelling", ["ｅdd@x.fi", "EDD@X.FI", " Edd@x.fi ", "ｅｄｄ＠ｘ．ｆｉ"])
def test_look_alike_spellings_are_one_address(spelling):
    assert normalize_email(spelling) == "edd@x.fi"


def test_look_alike_spellings_do_not_get_past_the_lock(edd):
    client = Client()
    spellings = ["edd@x.fi", "ｅdd@x.fi", "EDD@x.fi", "eＤd@x.fi", "Edd@X.FI"]
    for spelling in spellings:
        assert _login(client, spelling).status_code == 200
    assert len(spellings) == FAILURES_PER_ACCOUNT_AND_ADDRESS
    refused = _login(client, "ｅdd@x.fi", PASSWORD)
    assert refused.status_code == 429 and "_auth_user_id" not in client.session
    failures = AuditEvent.objects.filter(event=Event.LOGIN_FAILED)
    assert set(failures.values_list("actor", flat=True)) == {"edd@x.fi"}


def test_any_spelling_of_the_address_logs_in(edd):
    client = Client()
    assert _login(client, "ＥDD@x.fi", PASSWORD).status_code == 302
    assert client.session["_auth_user_id"] == str(edd.pk)


def test_failures_from_one_address_do_not_lock_the_account_elsewhere(edd):
    attacker = Client()
    for _ in range(FAILURES_PER_ACCOUNT_AND_ADDRESS + 3):
        _login(attacker, "edd@x.fi", address="198.51.100.7")
    assert _login(attacker, "edd@x.fi", PASSWORD, address="198.51.100.7").status_code == 429
    owner = Client()  # the account's owner, from her own address, gets in
    assert _login(owner, "edd@x.fi", PASSWORD, address="203.0.113.9").status_code == 302


def test_failures_from_many_addresses_slow_the_account_down_but_do_not_lock_it(edd):
    attackers = [f"198.51.100.{n}" for n in range(1, SLOW_DOWN_AFTER + 4)]
    for address in attackers:
        _login(Client(), "edd@x.fi", address=address)
    delay = login_delay("edd@x.fi")
    assert 0 < delay.total_seconds() <= 300
    refused = _login(Client(), "edd@x.fi", PASSWORD, address="203.0.113.9")
    assert refused.status_code == 429 and 0 < int(refused["Retry-After"]) <= 300
    # Once the delay has passed, the right password works again, from anywhere.
    later = timezone.now() + delay
    with mock.patch("tietovirta.accounts.throttle.timezone.now", return_value=later):
        assert _login(Client(), "edd@x.fi", PASSWORD, address="203.0.113.9").status_code == 302


def test_the_delay_grows_with_the_failures(edd):
    # Failures as the audit log records them, each from another address (an attempt made during
    # the delay is refused before the password is checked, so it adds no failure).
    delays = []
    for n in range(SLOW_DOWN_AFTER + 6):
        AuditEvent.objects.create(
            event=Event.LOGIN_FAILED, actor="edd@x.fi", ip_address=f"198.51.100.{n + 1}"
        )
        delays.append(login_delay("edd@x.fi").total_seconds())
    assert delays[: SLOW_DOWN_AFTER - 1] == [0] * (SLOW_DOWN_AFTER - 1)
    grown = delays[SLOW_DOWN_AFTER - 1 :]
    assert all(b > a for a, b in itertools.pairwise(grown)) and grown[-1] <= 300, delays


def test_client_address_ignores_forwarded_headers_by_default(settings):
    settings.TRUSTED_PROXY_HEADER = ""
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.2.3.4")
    assert client_ip(request) == "10.0.0.2"


def test_client_address_comes_from_the_trusted_proxy_header(settings):
    settings.TRUSTED_PROXY_HEADER = "X-Forwarded-For"
    # The client may send its own X-Forwarded-For; the proxy appends the address it saw, last.
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.8")
    assert client_ip(request) == "203.0.113.8"
    forged = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="not an address")
    assert client_ip(forged) is None


def test_throttling_behind_a_proxy_counts_the_client_address(edd, settings):
    settings.TRUSTED_PROXY_HEADER = "X-Real-IP"
    client = Client()
    for _ in range(FAILURES_PER_ACCOUNT_AND_ADDRESS):
        client.post(
            reverse("login"),
            {"username": "edd@x.fi", "password": "x"},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_REAL_IP="198.51.100.7",
        )
    assert set(AuditEvent.objects.values_list("ip_address", flat=True)) == {"198.51.100.7"}
    other = Client()  # another client behind the same proxy is not locked out
    assert (
        other.post(
            reverse("login"),
            {"username": "edd@x.fi", "password": PASSWORD},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_REAL_IP="203.0.113.9",
        ).status_code
        == 302
    )
