"""The breach log: every breach logged, the 72-hour clock, late notification needs its reasons."""

import datetime as dt

import pytest
from django.utils import timezone

from tietovirta import canonical as c
from tietovirta.audit.models import AuditEvent
from tietovirta.breaches import services
from tietovirta.deadlines import HELSINKI
from tietovirta.interchange import breach_to_canonical


def _log(company, owner, **values):
    data = {"title": "Lähetetty lasku väärälle asiakkaalle", "registers": ["Asiakasrekisteri"],
            "systems": ["HubSpot"], "risk": "risk", **values}
    return services.create(company, data, user=owner)


def test_a_breach_is_logged_with_a_reference_and_links_its_registers(company, owner):
    row = _log(company, owner)
    assert row.reference.endswith("-001")
    assert [r.name for r in row.registers.all()] == ["Asiakasrekisteri"]
    assert company.registers.get(name="Asiakasrekisteri").breaches.get() == row
    assert AuditEvent.objects.filter(event="breach_logged", organization=company).exists()


def test_registers_and_systems_must_exist(company, owner):
    with pytest.raises(c.DocumentError) as unknown:
        _log(company, owner, registers=["Asiakasrekisteri", "Ei ole"], systems=["Excel"])
    assert dict(unknown.value.problems) == {
        "registers[1]": "no register named 'Ei ole'",
        "systems[0]": "no system named 'Excel'",
    }


def test_the_clock_runs_72_hours_from_awareness(company, owner):
    aware = dt.datetime(2026, 12, 4, 15, 30, tzinfo=HELSINKI)
    item = breach_to_canonical(_log(company, owner, aware_at=aware))
    running = services.clock(item, now=aware + dt.timedelta(hours=10))
    assert running.deadline == dt.datetime(2026, 12, 7, 15, 30, tzinfo=HELSINKI)
    assert (running.state, running.hours_left) == ("running", 62)
    late = services.clock(item, now=aware + dt.timedelta(hours=75))
    assert (late.state, late.hours_over) == ("late", 3)
    logged_only = item.model_copy(update={"risk": c.BreachRisk.NONE})
    assert services.clock(logged_only, now=aware + dt.timedelta(hours=75)).state == "not_required"


def test_late_notification_asks_for_the_reasons_for_the_delay(company, owner):
    aware = timezone.now() - dt.timedelta(hours=80)
    row = _log(company, owner, aware_at=aware)
    with pytest.raises(c.DocumentError) as no_reasons:
        services.notify_authority(row, notified_at=timezone.now(), user=owner)
    assert "delay_reasons" in dict(no_reasons.value.problems)
    services.notify_authority(row, notified_at=timezone.now(), reference="TSV/123/2026",
                              delay_reasons="Laajuus selvisi vasta lokien läpikäynnin jälkeen.", user=owner)
    row.refresh_from_db()
    item = breach_to_canonical(row)
    assert services.clock(item).state == "notified_late"
    event = AuditEvent.objects.get(event="breach_notified")
    assert event.details == {"late": True}


def test_notification_in_time_needs_no_reasons(company, owner):
    row = _log(company, owner, aware_at=timezone.now() - dt.timedelta(hours=5))
    services.notify_authority(row, notified_at=timezone.now(), user=owner)
    row.refresh_from_db()
    assert services.clock(breach_to_canonical(row)).state == "notified"


def test_happened_after_awareness_is_refused(company, owner):
    now = timezone.now()
    with pytest.raises(c.DocumentError, match="after the organisation became aware"):
        _log(company, owner, aware_at=now - dt.timedelta(hours=1), happened_at=now)


def test_actions_with_dates(company, owner):
    row = _log(company, owner)
    versions = row.history.count()
    services.add_action(row, kind=c.ActionKind.CONTAINMENT, description="Laskun linkki poistettu",
                        done_on=timezone.localdate())
    services.add_action(row, kind=c.ActionKind.CORRECTIVE, description="Osoitteen tarkistus laskutukseen",
                        planned_on=timezone.localdate() + dt.timedelta(days=14))
    services.action_done(row, 1, done_on=timezone.localdate())
    row.refresh_from_db()
    assert [a["kind"] for a in row.actions] == ["containment", "corrective"]
    assert row.actions[1]["done_on"] == timezone.localdate().isoformat()
    with pytest.raises(c.DocumentError):
        services.add_action(row, kind=c.ActionKind.CORRECTIVE, description=" ")
    assert row.history.count() == versions + 3  # every change is kept


def test_high_risk_means_telling_the_people(company, owner):
    item = breach_to_canonical(_log(company, owner, risk="high"))
    assert services.subjects_must_be_told(item)
    assert not services.subjects_must_be_told(item.model_copy(update={"risk": c.BreachRisk.RISK}))
