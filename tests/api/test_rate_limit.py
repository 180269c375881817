"""The API rate limit counts in the database: one count per caller and minute for every process.

Runs on SQLite and PostgreSQL. The test across processes starts real Python processes on the
test database: a per-process counter (Django's default LocMemCache) gives each of them a limit of
its own, so that test fails with one.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import threading
import time

import pytest
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from tietovirta.api.models import RateWindow
from tietovirta.api.throttling import KEEP, block_size, forget, take

CHILD = """
import json, sys
import django
from django.conf import settings

database, limit, url, secret, requests = sys.argv[1:]
settings.DATABASES["default"]["NAME"] = database  # the test database, not the configured one
settings.API_RATE_LIMIT = int(limit)
django.setup()
from django.test import Client
from django.test.utils import setup_test_environment

setup_test_environment()
client = Client()
print("ready", flush=True)
sys.stdin.readline()  # wait for "go", so that the processes run at the same time
headers = {"Authorization": "Bearer " + secret}
print(json.dumps([client.get(url, headers=headers).status_code for _ in range(int(requests))]), flush=True)
"""


def _fresh_window(needed: float) -> None:
    """Wait for the next minute if fewer than `needed` seconds of this one remain: a fixed window
    ends on the minute, and a test that straddles two windows would get two budgets."""
    remaining = 60 - time.time() % 60
    if remaining < needed:
        time.sleep(remaining + 0.05)


@override_settings(API_RATE_LIMIT=3)
def test_the_limit_holds_for_a_token_whichever_client_sends_it(api_with, issue, owner, walttia):
    secret = issue(owner, walttia)
    first, second = api_with(secret), api_with(secret)
    second.client = Client()  # another client, as another server process would see it
    url = f"/organizations/{walttia.pk}"
    _fresh_window(5)
    assert [first.get(url).status_code, second.get(url).status_code, first.get(url).status_code] == [200] * 3
    limited = second.get(url)
    assert limited.status_code == 429
    assert 1 <= int(limited["Retry-After"]) <= 60
    assert first.get(url).status_code == 429
    assert api_with(issue(owner, walttia)).get(url).status_code == 200  # each token has its own budget
    browser = Client()
    browser.force_login(owner)  # the browser's session is counted per user
    assert browser.get(f"/api/v1{url}").status_code == 200
    assert RateWindow.objects.get(key=f"user:{owner.pk}").count == 1


@pytest.mark.django_db(transaction=True)
def test_processes_share_one_count(issue, owner, walttia):
    """Two server processes, each sending 15 requests at the same time with one token: 20 pass."""
    secret = issue(owner, walttia)
    url = f"/api/v1/organizations/{walttia.pk}"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tietovirta.settings"}
    args = [connection.settings_dict["NAME"], "20", url, secret, "15"]
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, *args],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    try:
        for child in children:
            assert child.stdout.readline().strip() == "ready"
        _fresh_window(10)
        for child in children:
            child.stdin.write("go\n")
            child.stdin.flush()
        outputs = [child.communicate(timeout=120)[0] for child in children]
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
    statuses = [status for output in outputs for status in json.loads(output.splitlines()[-1])]
    assert sorted(statuses) == [200] * 20 + [429] * 10
    assert RateWindow.objects.get().count == 20


def test_a_window_another_process_opens_meanwhile_is_not_taken_for_full(db):
    """Another process opens the window between this one's UPDATEs (no row yet) and its look at the row:
    this request is counted in that row, not refused for the rest of the minute (a CI failure once)."""
    now, opened = time.time(), []

    def other_process_opens_the_window(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if sql.startswith("UPDATE") and "api_ratewindow" in sql and not opened:
            opened.append(True)
            RateWindow.objects.create(
                key="token:race", window_start=dt.datetime.fromtimestamp(now // 60 * 60, tz=dt.UTC), count=1
            )
        return result

    with connection.execute_wrapper(other_process_opens_the_window):
        assert take("token:race", 20, now=now)
    assert opened and RateWindow.objects.get().count == 2
    assert take("token:race", 20, now=now)  # and this process goes on counting in it
    assert RateWindow.objects.get().count == 3


@pytest.mark.django_db(transaction=True)
def test_simultaneous_requests_are_counted_exactly():
    """Eight threads, each with its own database connection, open the same window at once."""
    now, limit, results = time.time(), 25, []
    start = threading.Barrier(8)

    def requests():
        try:
            connection.ensure_connection()  # connect first, so that the requests start together
            start.wait()
            results.extend(take("token:simultaneous", limit, now=now) for _ in range(5))
        finally:
            connection.close()

    threads = [threading.Thread(target=requests) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results.count(True) == limit and results.count(False) == 40 - limit
    assert RateWindow.objects.get().count == limit


def test_old_windows_are_deleted_when_a_new_one_opens(db):
    now = time.time()
    current = dt.datetime.fromtimestamp(now // 60 * 60, tz=dt.UTC)
    for minutes in (30, 6, 5, 1):
        RateWindow.objects.create(
            key="token:old", window_start=current - dt.timedelta(minutes=minutes), count=9
        )
    assert take("token:new", 10, now=now)
    kept = sorted(
        current - w for w in RateWindow.objects.filter(key="token:old").values_list("window_start", flat=True)
    )
    assert kept == [dt.timedelta(minutes=1), KEEP]  # windows that began more than 5 min earlier are gone
    RateWindow.objects.create(key="token:old", window_start=current - dt.timedelta(minutes=30), count=9)
    assert take("token:new", 10, now=now)  # a request in an open window deletes nothing
    assert RateWindow.objects.filter(key="token:old").count() == 3


def test_a_block_of_requests_costs_one_query_to_count(owner_api, walttia):
    url = f"/organizations/{walttia.pk}"
    _fresh_window(5)
    block = block_size(600)
    assert block == 10
    owner_api.get(url)  # opens the window, taking a block (and refreshes the token's last use)

    def counting(requests: int, status: int) -> list[str]:
        with CaptureQueriesContext(connection) as queries:
            assert [owner_api.get(url).status_code for _ in range(requests)] == [status] * requests
        return [q["sql"] for q in queries.captured_queries if "api_ratewindow" in q["sql"]]

    assert counting(block - 1, 200) == []  # served from the block this process took
    taken = counting(1, 200)
    assert len(taken) == 1 and taken[0].startswith("UPDATE")
    assert RateWindow.objects.get().count == 2 * block
    with override_settings(API_RATE_LIMIT=2):
        refused = counting(1, 429)
        assert len(refused) == 2 and refused[0].startswith("UPDATE") and refused[1].startswith("SELECT")
        assert counting(3, 429) == []  # a window found full stays full until the minute ends


def test_the_limit_holds_exactly_with_blocks(db):
    """What processes take together never exceeds the limit; a process's unused block is all it loses."""
    now, limit = time.time(), 600
    first = [take("token:blocks", limit, now=now) for _ in range(3)]  # one process takes a block of 10
    forget()  # another process: nothing held
    second = [take("token:blocks", limit, now=now) for _ in range(700)]
    assert first == [True] * 3
    assert second.count(True) == limit - block_size(limit) and not any(second[limit - block_size(limit):])
    assert RateWindow.objects.get().count == limit


@pytest.mark.django_db
def test_the_counters_write_no_wal_on_postgresql():
    """On PostgreSQL the counters' table is unlogged (a count is no data worth a WAL write); SQLite has
    no such tables, so there this asserts what it has."""
    from tietovirta.api.models import RateWindow

    table = RateWindow._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT relpersistence FROM pg_class WHERE relname = %s", [table])
            assert cursor.fetchone() == ("u",)
        else:
            assert table in connection.introspection.table_names(cursor)
