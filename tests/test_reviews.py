"""The review cycle: due dates, "reviewed, no changes", the dashboard list and `tietovirta reviews --due`."""

import datetime as dt
import json

from django.urls import reverse
from django.utils import timezone

from tietovirta.canonical import RegisterStatus
from tietovirta.cli import main
from tietovirta.language import format_date
from tietovirta.registers import history
from tietovirta.registers.models import Register
from tietovirta.reviews import add_months, review_due, review_state


def test_due_dates():
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert review_due(dt.datetime(2025, 3, 1, tzinfo=dt.UTC), dt.date(2025, 9, 1), 12) == dt.date(2026, 9, 1)
    today = dt.date(2026, 11, 22)
    assert review_state(dt.date(2026, 11, 1), today) == "overdue"
    assert review_state(dt.date(2026, 12, 10), today) == "due"
    assert review_state(dt.date(2027, 6, 1), today) == "ok"


def _old_register(org, name):
    register = Register.objects.create(organization=org, name=name)
    old = timezone.now() - dt.timedelta(days=500)
    Register.objects.filter(pk=register.pk).update(modified_at=old)
    register.refresh_from_db()
    return register


def test_reviewed_no_changes_is_recorded_without_a_content_change(owner_client, org):
    register = _old_register(org, "Vanha")
    modified, revision = register.modified_at, register.revision
    assert register.review_state() == "overdue"
    owner_client.post(reverse("register_reviewed", kwargs={"org_id": org.pk, "register_id": register.pk}))
    register.refresh_from_db()
    assert register.reviewed_on == timezone.localdate() and register.review_state() == "ok"
    assert (register.modified_at, register.revision) == (modified, revision)
    assert history.versions(register)[0].record.history_change_reason == "reviewed, no changes"


def test_dashboard_lists_registers_due_for_review(owner_client, org):
    _old_register(org, "Vanha rekisteri")
    Register.objects.create(organization=org, name="Tuore rekisteri")
    page = owner_client.get(reverse("organization", kwargs={"org_id": org.pk})).content.decode()
    listed = page[page.index('data-testid="reviews"') :]
    listed = listed[: listed.index("</ul>")]
    assert "Vanha rekisteri" in listed and "Tuore rekisteri" not in listed


def test_cli_lists_due_reviews_as_json(org, capsys):
    _old_register(org, "Vanha")
    Register.objects.create(organization=org, name="Tuore")
    assert main(["reviews", "--due", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["register"], r["state"]) for r in rows] == [("Vanha", "overdue")]
    assert rows[0]["business_id"] == "2643821-1"


def test_dashboard_shows_each_due_registers_date_and_state_soonest_first(owner_client, org):
    _old_register(org, "Vanha rekisteri")
    soon = Register.objects.create(organization=org, name="Pian erääntyvä", review_interval_months=12)
    almost_a_year = timezone.now() - dt.timedelta(days=350)
    Register.objects.filter(pk=soon.pk).update(modified_at=almost_a_year)
    page = owner_client.get(reverse("organization", kwargs={"org_id": org.pk})).content.decode()
    listed = page[page.index('data-testid="reviews"') :]
    listed = listed[: listed.index("</ul>")]
    assert listed.index("Vanha rekisteri") < listed.index("Pian erääntyvä")  # the overdue one is due first
    old, due_soon = listed.split("</li>")[:2]
    assert "text-danger-emphasis" in old and "text-warning-emphasis" not in old
    assert "text-warning-emphasis" in due_soon and "text-danger-emphasis" not in due_soon
    soon.refresh_from_db()
    assert format_date(soon.review_due, "fi") in due_soon and "(myöhässä)" not in due_soon


def _reviews_rendered(response) -> int:
    return sum(t.name == "organizations/dashboard_reviews.html" for t in response.templates)


def _listed(response) -> str:
    page = response.content.decode()
    if 'data-testid="reviews"' not in page:
        return ""
    listed = page[page.index('data-testid="reviews"') :]
    return listed[: listed.index("</ul>")]


def test_the_review_list_is_rendered_again_only_when_what_it_shows_changed(owner_client, org):
    from tietovirta.interchange import register_to_canonical, save_register

    url = reverse("organization", kwargs={"org_id": org.pk})
    old = _old_register(org, "<b>Vanha</b> rekisteri")
    older = _old_register(org, "Vanhempi rekisteri")
    fresh = Register.objects.create(organization=org, name="Tuore rekisteri")
    first = owner_client.get(url)
    assert _reviews_rendered(first) == 1
    assert "&lt;b&gt;Vanha&lt;/b&gt; rekisteri" in _listed(first) and "<b>Vanha</b>" not in _listed(first)

    def edit(register, **values):
        save_register(register, register_to_canonical(register).model_copy(update=values))

    edit(fresh, description="Muutettu")  # not due before or after: the list is as it was
    unchanged = owner_client.get(url)
    assert _reviews_rendered(unchanged) == 0 and _listed(unchanged) == _listed(first)
    edit(Register.objects.get(pk=older.pk), description="Tarkistettu")  # reviewed by the edit: no longer due
    changed = owner_client.get(url)
    assert _reviews_rendered(changed) == 1
    assert "Vanhempi rekisteri" in _listed(first) and "Vanhempi rekisteri" not in _listed(changed)
    edit(Register.objects.get(pk=old.pk), name="Uusi nimi")  # renamed, and no longer due: no list at all
    assert _listed(owner_client.get(url)) == ""
    # Another language has its own list.
    _old_register(org, "Kolmas")
    owner_client.get(url)
    owner_client.post(reverse("set_language"), {"language": "en", "next": url})
    english = owner_client.get(url)
    assert _reviews_rendered(english) == 1 and "(overdue)" in _listed(english)


def test_a_new_review_list_replaces_the_one_kept_before(owner_client, org):
    # One entry per organisation and language: the list shown last, not one more entry per state seen.
    url = reverse("organization", kwargs={"org_id": org.pk})
    old = _old_register(org, "Vanha rekisteri")
    _old_register(org, "Toinen rekisteri")

    def set_status(status):  # out of the list and back without an edit that would review it
        register = Register.objects.get(pk=old.pk)
        register.status = status
        register.save(touch=False)

    assert _reviews_rendered(owner_client.get(url)) == 1
    set_status(RegisterStatus.ARCHIVED)
    assert _reviews_rendered(shorter := owner_client.get(url)) == 1 and "Vanha" not in _listed(shorter)
    set_status(RegisterStatus.DRAFT)
    back = owner_client.get(url)
    assert _reviews_rendered(back) == 1 and "Vanha rekisteri" in _listed(back)
    assert _reviews_rendered(owner_client.get(url)) == 0
