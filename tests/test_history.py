"""Every change is kept: the history page, the difference of two versions, restoring one."""

import re

import pytest
from django.urls import reverse

from tietovirta.organizations.models import System
from tietovirta.registers import history
from tietovirta.registers.models import Register


def _edit(client, org, register, section, data):
    url = reverse(
        "register_edit", kwargs={"org_id": org.pk, "register_id": register.pk, "section_key": section}
    )
    register.refresh_from_db()
    return client.post(url, {**data, "based_on_revision": register.revision})


@pytest.fixture
def edited(owner_client, org):
    register = Register.objects.create(organization=org, name="Asiakasrekisteri", purpose_text="Laskutus")
    crm = System.objects.create(organization=org, name="CRM")
    _edit(owner_client, org, register, "purpose", {"purpose_text": "Laskutus ja markkinointi"})
    _edit(owner_client, org, register, "systems", {"use_system_references": "on", "systems": [crm.pk]})
    register.refresh_from_db()
    return register


def test_versions_record_who_changed_which_fields(edited, owner):
    versions = history.versions(edited)
    assert len(versions) >= 3
    # Numbered per register, newest first, the first one marked as the creation.
    assert [v.ordinal for v in versions] == list(range(len(versions), 0, -1))
    assert versions[-1].created and not versions[0].created
    latest_fields = {c.field for c in versions[0].changes}
    assert {"use_system_references", "systems"} <= latest_fields
    purpose_change = next(v for v in versions if any(c.field == "purpose_text" for c in v.changes))
    change = next(c for c in purpose_change.changes if c.field == "purpose_text")
    assert (change.old, change.new) == ("Laskutus", "Laskutus ja markkinointi")
    assert purpose_change.record.history_user == owner


def test_history_page_shows_the_difference_of_two_versions(owner_client, org, edited):
    versions = history.versions(edited)
    oldest, newest = versions[-1].number, versions[0].number
    url = reverse("register_history", kwargs={"org_id": org.pk, "register_id": edited.pk})
    page = owner_client.get(url, {"a": oldest, "b": newest}).content.decode()
    diff = page[page.index('data-testid="diff"') :]
    assert "Laskutus ja markkinointi" in diff and "<del>Laskutus</del>" in diff
    assert "CRM" in diff


def test_restore_is_a_new_version(owner_client, org, edited):
    first = history.versions(edited)[-1]
    count = len(history.versions(edited))
    url = reverse("register_restore", kwargs={"org_id": org.pk, "register_id": edited.pk})
    assert owner_client.post(url, {"version": first.number}).status_code == 302
    edited.refresh_from_db()
    assert edited.purpose_text == "Laskutus" and not edited.use_system_references
    assert list(edited.systems.all()) == []
    assert len(history.versions(edited)) > count
    assert re.search("restored version", history.versions(edited)[0].record.history_change_reason or "")


def test_cannot_restore_another_registers_version(owner_client, org, edited):
    other = Register.objects.create(organization=org, name="Toinen")
    url = reverse("register_restore", kwargs={"org_id": org.pk, "register_id": other.pk})
    assert owner_client.post(url, {"version": history.versions(edited)[-1].number}).status_code == 404


def test_modified_date_follows_the_latest_version(edited):
    latest = history.versions(edited)[0].record
    assert abs((edited.modified_at - latest.history_date).total_seconds()) < 5
