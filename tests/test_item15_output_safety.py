"""Output hardening of issue 13 item 15: Markdown line starts, the audit CSV, the language cookie, and
failed logins in the owners' audit view."""

import csv
import io
import re

import pytest
from django.test import Client
from django.urls import reverse

from documents.doc_helpers import one_register
from tietovirta.documents import render

PASSWORD = "correct-horse-battery"


@pytest.mark.parametrize("newline", ["\r", "\r\n", "\n"])
def test_a_carriage_return_starts_no_heading_or_list_in_markdown(newline):
    hostile = newline.join(["Tarkoitus", "# Väärä otsikko", "- väärä lista", "1. numeroitu", "> lainaus"])
    doc = one_register({"name": "Rekisteri", "purpose_text": hostile})
    out = render(doc, kind="tietovirtakuvaus", fmt="md", lang="fi", register=0).decode()
    assert "\r" not in out
    # Every line CommonMark sees (it ends lines at LF, CR and CRLF) that holds the user's text is text.
    lines = [
        line
        for line in re.split(r"\r\n|\r|\n", out)
        if "Väärä" in line or "väärä" in line or "numeroitu" in line or "lainaus" in line
    ]
    assert len(lines) == 4, lines
    assert not any(re.match(r"\s*(#|- |\d+\. |>)", line) for line in lines), lines


def test_audit_csv_neutralises_every_formula_start(owner_client, org):
    from tietovirta.audit.log import record
    from tietovirta.audit.models import Event

    for target in ["\t=cmd|' /C calc'!A0", "\r=1+1", "=1+1", "+1", "-1", "@SUM(A1)"]:
        record(Event.DELETION, organization=org, target=target)
    response = owner_client.get(reverse("audit_log", kwargs={"org_id": org.pk}) + "?format=csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    targets = [row[3] for row in rows[1:] if row[1] == "deletion"]
    assert len(targets) == 6 and all(target.startswith("'") for target in targets), targets


def test_language_cookie_is_samesite_and_http_only(client):
    response = client.post(reverse("set_language"), {"language": "sv", "next": "/"})
    cookie = response.cookies["django_language"]
    assert cookie.value == "sv"
    assert cookie["samesite"] == "Lax" and cookie["httponly"] is True


def test_owners_see_failed_logins_for_their_members(owner_client, org, make_user, make_org):
    outsider = make_user("ulkopuolinen@example.fi")
    make_org(outsider, name="Muu Oy", business_id="0166094-0")
    Client().post(reverse("login"), {"username": "OWNER@example.fi", "password": "väärä"})
    Client().post(reverse("login"), {"username": "ulkopuolinen@example.fi", "password": "väärä"})
    page = owner_client.get(reverse("audit_log", kwargs={"org_id": org.pk})).content.decode()
    failed = re.findall(r'<tr data-event="login_failed">.*?</tr>', page)
    assert len(failed) == 1 and "owner@example.fi" in failed[0], failed
    assert "ulkopuolinen@example.fi" not in page  # not a member: not this organisation's business
    rows = list(
        csv.reader(
            io.StringIO(
                owner_client.get(
                    reverse("audit_log", kwargs={"org_id": org.pk}) + "?format=csv"
                ).content.decode("utf-8-sig")
            )
        )
    )
    assert ["login_failed", "owner@example.fi"] in [row[1:3] for row in rows]
