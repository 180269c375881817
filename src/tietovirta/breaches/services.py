"""The rules of the breach log, in one place for the pages, the API and the command line.

Every breach is logged, notified or not (Art. 33(5)). The clock runs 72 hours from becoming aware
(`deadlines.breach_deadline`); a notification after it must give the reasons for the delay (33(1)),
which `canonical.breach_problems` enforces wherever a breach is stored.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from tietovirta import canonical as c
from tietovirta.audit.log import record
from tietovirta.audit.models import Event
from tietovirta.breaches.models import Breach
from tietovirta.interchange import breach_to_canonical, export_document, store_breach
from tietovirta.organizations.models import Organization, System
from tietovirta.prepared_queries import PreparedQuery
from tietovirta.registers.models import Register
from tietovirta.requests.services import next_reference


@dataclass(frozen=True)
class Clock:
    """Where a breach stands against the 72 hours of Art. 33(1)."""

    deadline: dt.datetime
    state: str  # "running", "late", "notified", "notified_late", "not_required"
    remaining: dt.timedelta  # until the deadline (negative when past)

    @property
    def hours_left(self) -> int:
        return int(self.remaining.total_seconds() // 3600)

    @property
    def hours_over(self) -> int:
        return int(-self.remaining.total_seconds() // 3600)

    @property
    def urgent(self) -> bool:
        return self.state in ("running", "late")


def clock(item: c.Breach, now: dt.datetime | None = None) -> Clock:
    now = now or timezone.now()
    deadline = item.notify_by
    remaining = deadline - now
    if item.authority_notified_at is not None:
        state = "notified_late" if item.authority_notified_at > deadline else "notified"
    elif item.risk == c.BreachRisk.NONE:
        state = "not_required"  # logged only: unlikely to result in a risk (the reasons are recorded)
    else:
        state = "late" if remaining.total_seconds() < 0 else "running"
    return Clock(deadline=deadline, state=state, remaining=remaining)


def notice_document(row: Breach) -> c.OrganizationDocument:
    """What the breach's notifications are written from: the organisation, its active registers and this
    breach (at index 0)."""
    document = export_document(row.organization, include_archived=False)
    document.breaches = [breach_to_canonical(row)]
    return document


def subjects_must_be_told(item: c.Breach) -> bool:
    """Art. 34(1): a high risk means telling the data subjects without undue delay."""
    return item.risk == c.BreachRisk.HIGH


def _known_names(organization_id: int, item: c.Breach) -> list[tuple[str, str]]:
    problems = []
    for field, model in (("registers", Register), ("systems", System)):
        known = set(model.objects.filter(organization_id=organization_id).values_list("name", flat=True))
        problems += [
            (f"{field}[{i}]", f"no {field[:-1]} named '{name}'")
            for i, name in enumerate(getattr(item, field))
            if name not in known
        ]
    return problems


def validated(organization_id: int, data: dict) -> c.Breach:
    """A canonical breach from plain values, checked as for storing (text cleaned, limits), by the rules
    of breaches and against the organisation's registers and systems; DocumentError names each bad value."""
    item = c.validate(c.Breach, data)
    if problems := c.breach_problems(item) + _known_names(organization_id, item):
        raise c.DocumentError(problems)
    return item


def _locked(row: Breach) -> Breach:
    return Breach.objects.select_for_update().select_related("organization").get(pk=row.pk)


def _save(row: Breach, changes: dict) -> c.Breach:
    item = breach_to_canonical(row)
    updated = validated(row.organization_id, {**item.model_dump(), **changes})
    store_breach(row, updated)
    return updated


@transaction.atomic
def create(organization: Organization, values: dict, *, user=None, http=None) -> Breach:
    data = {"aware_at": timezone.now(), **values}
    today = timezone.localdate()
    data["reference"] = data.get("reference") or next_reference(organization.breaches.all(), today)
    item = validated(organization.pk, data)
    if organization.breaches.filter(reference=item.reference).exists():
        raise c.DocumentError([("reference", f"duplicate reference '{item.reference}'")])
    row = Breach(organization=organization)
    store_breach(row, item)
    record(
        Event.BREACH_LOGGED,
        request=http,
        user=user,
        organization=organization,
        target=f"{item.reference} {item.title}",
        risk=item.risk.value,
    )
    return row


@transaction.atomic
def replace(row: Breach, values: dict, *, user=None, http=None) -> Breach:
    """Replace the breach's recorded values (the edit form and the API's PUT)."""
    row = _locked(row)
    before = breach_to_canonical(row)
    item = validated(row.organization_id, {**values, "reference": values.get("reference") or row.reference})
    clash = Breach.objects.filter(organization_id=row.organization_id, reference=item.reference)
    if clash.exclude(pk=row.pk).exists():
        raise c.DocumentError([("reference", f"duplicate reference '{item.reference}'")])
    store_breach(row, item)
    _record_notification(row, before, item, user=user, http=http)
    return row


def _record_notification(row, before: c.Breach, after: c.Breach, *, user, http) -> None:
    if before.authority_notified_at is None and after.authority_notified_at is not None:
        record(
            Event.BREACH_NOTIFIED,
            request=http,
            user=user,
            organization=row.organization,
            target=f"{after.reference} {after.title}",
            late=after.authority_notified_at > after.notify_by,
        )


@transaction.atomic
def add_action(row: Breach, *, kind: c.ActionKind, description: str, planned_on=None, done_on=None) -> None:
    row = _locked(row)
    item = breach_to_canonical(row)
    action = {"kind": kind, "description": description, "planned_on": planned_on, "done_on": done_on}
    if not description.strip():
        raise c.DocumentError([("description", "say what was or will be done")])
    _save(row, {"actions": [*item.actions, action]})


@transaction.atomic
def action_done(row: Breach, index: int, *, done_on: dt.date | None) -> None:
    row = _locked(row)
    item = breach_to_canonical(row)
    if not 0 <= index < len(item.actions):
        raise c.DocumentError([(f"actions[{index}]", "no such action")])
    actions = list(item.actions)
    actions[index] = actions[index].model_copy(update={"done_on": done_on})
    _save(row, {"actions": actions})


@transaction.atomic
def notify_authority(
    row: Breach,
    *,
    notified_at: dt.datetime,
    reference: str = "",
    delay_reasons: str = "",
    user=None,
    http=None,
) -> None:
    """The notification to the tietosuojavaltuutettu was made. Late (after 72 hours) only with reasons."""
    row = _locked(row)
    before = breach_to_canonical(row)
    if notified_at > timezone.now():
        raise c.DocumentError([("authority_notified_at", "cannot be in the future")])
    after = _save(
        row,
        {
            "authority_notified_at": notified_at,
            "authority_reference": reference,
            "delay_reasons": delay_reasons or before.delay_reasons,
        },
    )
    _record_notification(row, before, after, user=user, http=http)


@transaction.atomic
def notify_subjects(row: Breach, *, notified_on: dt.date, how: str) -> None:
    """The data subjects were told (Art. 34), or `how` says why they were not (34(3))."""
    row = _locked(row)
    _save(row, {"subjects_notified_on": notified_on, "subjects_notification_text": how})


@transaction.atomic
def close(row: Breach, *, closed_on: dt.date) -> None:
    row = _locked(row)
    _save(row, {"closed_on": closed_on})


def urgent_breaches(rows, now: dt.datetime | None = None) -> list[tuple[Breach, Clock]]:
    """Breaches not closed whose 72-hour clock is running or has run out without a notification."""
    return _urgent(_unnotified(rows), now)


def _unnotified(rows):
    """The breaches whose clock may be running: not closed, the authority not notified, a risk."""
    return rows.filter(closed_on__isnull=True, authority_notified_at__isnull=True).exclude(
        risk=c.BreachRisk.NONE
    )


def _urgent(unnotified_rows, now: dt.datetime | None) -> list[tuple[Breach, Clock]]:
    now = now or timezone.now()
    found = []
    for row in unnotified_rows:
        item_clock = clock(breach_to_canonical_light(row), now)
        if item_clock.urgent:
            found.append((row, item_clock))
    return sorted(found, key=lambda pair: pair[1].deadline)


# The dashboard and the register page read these on every request (not kept with their parts: clocks run
# by the hour, and breaches are not in the revision the parts are kept under), so their queries are written
# once per process (prepared_queries.py).
_UNNOTIFIED = PreparedQuery(
    lambda organization_id: _unnotified(Breach.objects.filter(organization_id=organization_id)),
    organization_id=-7005,
)
_OF_REGISTER = PreparedQuery(
    lambda organization_id, register_id: Breach.objects.filter(
        organization_id=organization_id, registers=register_id
    ),
    organization_id=-7006,
    register_id=-7007,
)


def organization_urgent_breaches(organization_id: int, now: dt.datetime | None = None) -> list[tuple]:
    """`urgent_breaches` of the organisation's breaches."""
    return _urgent(_UNNOTIFIED.objects(organization_id=organization_id), now)


def register_breaches(organization_id: int, register_id: int) -> list[Breach]:
    """The organisation's breaches that affect the register."""
    return _OF_REGISTER.objects(organization_id=organization_id, register_id=register_id)


def breach_to_canonical_light(row: Breach) -> c.Breach:
    """Enough of a breach for its clock, without reading its registers and systems."""
    return c.Breach(
        reference=row.reference,
        title=row.title or "-",
        aware_at=row.aware_at,
        risk=row.risk,
        authority_notified_at=row.authority_notified_at,
    )
