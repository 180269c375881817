"""The rules of data-subject requests, in one place: the pages, the public form, the API and the command
line all change a request through these functions.

Every change reads the stored request as its canonical model, applies the change, checks the result
(`canonical.request_problems`: an extension needs reasons and must be told by the first deadline, a
refusal needs its ground and reasons, …) and writes it through `interchange.store_request`. A rule
broken raises `DocumentError` with the path of each bad value, which the API answers as 422 and the
forms show beside the field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from tietovirta import canonical as c
from tietovirta.audit.log import record
from tietovirta.audit.models import Event
from tietovirta.deadlines import add_months
from tietovirta.interchange import export_document, request_to_canonical, store_request
from tietovirta.organizations.models import Organization
from tietovirta.prepared_queries import PreparedQuery
from tietovirta.requests.matching import Match, matching_registers
from tietovirta.requests.models import RequestTask, SubjectRequest

# An open web-form request whose e-mail address was never confirmed is deleted by the purge this long
# after it arrived: nobody has shown it came from the person it names.
UNCONFIRMED_DAYS = 30


def actor_name(user) -> str:
    """How a person is named on a ticked task or an identity check."""
    if user is None or not user.is_authenticated:
        return ""
    return user.get_full_name() or user.email or user.get_username()


def validated(data: dict) -> c.SubjectRequest:
    """A canonical request from plain values, checked as for storing (text cleaned, limits) and by the
    rules of requests; DocumentError names each bad value."""
    item = c.validate(c.SubjectRequest, data)
    if problems := c.request_problems(item):
        raise c.DocumentError(problems)
    return item


def _locked(row: SubjectRequest) -> SubjectRequest:
    return SubjectRequest.objects.select_for_update().select_related("organization").get(pk=row.pk)


def _save(row: SubjectRequest, item: c.SubjectRequest, changes: dict) -> c.SubjectRequest:
    updated = validated({**item.model_dump(), **changes})
    store_request(row, updated)
    return updated


def _refuse_unless_open(item: c.SubjectRequest) -> None:
    if item.status != c.RequestStatus.OPEN:
        raise c.DocumentError([("status", "the request is already closed")])


def next_reference(rows: QuerySet, today: dt.date) -> str:
    """E.g. 2026-007: the year and a running number among `rows` (one organisation's requests or breaches)."""
    prefix = f"{today.year}-"
    taken = set(rows.filter(reference__startswith=prefix).values_list("reference", flat=True))
    number = len(taken) + 1
    while f"{prefix}{number:03d}" in taken:
        number += 1
    return f"{prefix}{number:03d}"


@transaction.atomic
def create(
    organization: Organization, values: dict, *, user=None, http=None, source_digest: str = ""
) -> SubjectRequest:
    """A new request from the intake form, the public form or the API. The reference is given here
    unless the values carry one."""
    today = timezone.localdate()
    data = {"received_on": today, **values}
    data["reference"] = data.get("reference") or next_reference(organization.subject_requests.all(), today)
    item = validated(data)
    if SubjectRequest.objects.filter(organization=organization, reference=item.reference).exists():
        raise c.DocumentError([("reference", f"duplicate reference '{item.reference}'")])
    row = SubjectRequest(organization=organization, source_digest=source_digest)
    store_request(row, item)
    record(
        Event.REQUEST_RECEIVED,
        request=http,
        user=user,
        organization=organization,
        target=item.reference,
        channel=item.channel.value,
        kinds=[k.value for k in item.kinds],
    )
    return row


@transaction.atomic
def replace(row: SubjectRequest, values: dict, *, user=None, http=None) -> SubjectRequest:
    """Replace the request's recorded values (the edit form and the API's PUT); the rules still hold."""
    row = _locked(row)
    item = request_to_canonical(row)
    updated = validated({**values, "reference": values.get("reference") or item.reference})
    clash = SubjectRequest.objects.filter(organization_id=row.organization_id, reference=updated.reference)
    if clash.exclude(pk=row.pk).exists():
        raise c.DocumentError([("reference", f"duplicate reference '{updated.reference}'")])
    store_request(row, updated)
    if item.status == c.RequestStatus.OPEN and updated.status != c.RequestStatus.OPEN:
        record(
            Event.REQUEST_CLOSED,
            request=http,
            user=user,
            organization=row.organization,
            target=row.reference,
            status=updated.status.value,
        )
    return row


@transaction.atomic
def confirm_email(row: SubjectRequest) -> bool:
    """The person opened the confirmation link. False when it was confirmed already."""
    row = _locked(row)
    item = request_to_canonical(row)
    if item.email_confirmed_at is not None:
        return False
    _save(row, item, {"email_confirmed_at": timezone.now()})
    return True


@transaction.atomic
def record_identity(
    row: SubjectRequest, *, method: c.IdentityMethod, notes: str = "", user=None, http=None
) -> None:
    """How the requester's identity was checked, by whom and when (never a copy of an ID document)."""
    row = _locked(row)
    item = request_to_canonical(row)
    check = {
        "method": method,
        "checked_by": actor_name(user) or "-",
        "checked_at": timezone.now(),
        "notes": notes,
    }
    _save(row, item, {"identity": check})


@transaction.atomic
def extend(row: SubjectRequest, *, reason: str, notified_on: dt.date, user=None, http=None) -> None:
    """Extend the deadline by two further months (Art. 12(3)): only with reasons, told to the person
    before the first deadline has passed."""
    row = _locked(row)
    item = request_to_canonical(row)
    _refuse_unless_open(item)
    today = timezone.localdate()
    if item.extension_notified_on is not None:
        raise c.DocumentError([("extension_notified_on", "the deadline has been extended already")])
    if today > item.first_due_on:
        first = item.first_due_on.isoformat()
        passed = f"the first deadline {first} has passed: it can no longer be extended"
        raise c.DocumentError([("extension_notified_on", passed)])
    if notified_on > today:
        raise c.DocumentError([("extension_notified_on", "the person cannot have been told in the future")])
    if not reason.strip():
        raise c.DocumentError([("extension_reason", "an extension needs its reasons (Art. 12(3))")])
    updated = _save(row, item, {"extension_reason": reason, "extension_notified_on": notified_on})
    record(
        Event.REQUEST_EXTENDED,
        request=http,
        user=user,
        organization=row.organization,
        target=row.reference,
        due=updated.due_on.isoformat(),
    )


def _close(row, item, changes, *, user, http) -> None:
    updated = _save(row, item, {**changes, "closed_at": timezone.now()})
    record(
        Event.REQUEST_CLOSED,
        request=http,
        user=user,
        organization=row.organization,
        target=row.reference,
        status=updated.status.value,
    )


@transaction.atomic
def refuse(
    row: SubjectRequest,
    *,
    ground: c.RefusalGround,
    reasons: str,
    answered_on: dt.date | None = None,
    user=None,
    http=None,
) -> None:
    """Refuse the request (Art. 12(5)) with its ground and reasons; the letter tells the person of the
    right to complain to the tietosuojavaltuutettu."""
    row = _locked(row)
    item = request_to_canonical(row)
    _refuse_unless_open(item)
    _close(
        row,
        item,
        {
            "status": c.RequestStatus.REFUSED,
            "refusal_ground": ground,
            "refusal_text": reasons,
            "answered_on": answered_on or timezone.localdate(),
        },
        user=user,
        http=http,
    )


@transaction.atomic
def complete(row: SubjectRequest, *, answered_on: dt.date, user=None, http=None) -> None:
    """The answer was sent: the request is closed as answered."""
    row = _locked(row)
    item = request_to_canonical(row)
    _refuse_unless_open(item)
    if answered_on > timezone.localdate() or answered_on < item.received_on:
        raise c.DocumentError([("answered_on", "between the day of receipt and today")])
    _close(row, item, {"status": c.RequestStatus.COMPLETED, "answered_on": answered_on}, user=user, http=http)


@transaction.atomic
def withdraw(row: SubjectRequest, *, user=None, http=None) -> None:
    """The person withdrew the request."""
    row = _locked(row)
    item = request_to_canonical(row)
    _refuse_unless_open(item)
    _close(row, item, {"status": c.RequestStatus.WITHDRAWN}, user=user, http=http)


@transaction.atomic
def save_answer(row: SubjectRequest, *, answer_text: str, language: str) -> None:
    """The member's own words for the answer letter, and the letter's language."""
    row = _locked(row)
    _save(row, request_to_canonical(row), {"answer_text": answer_text, "language": language})


def letter_document(row: SubjectRequest) -> c.OrganizationDocument:
    """What the request's letters are written from: the organisation, its active registers and this
    request (at index 0)."""
    document = export_document(row.organization, include_archived=False)
    document.requests = [request_to_canonical(row)]
    return document


# --- What to search -------------------------------------------------------------------------------


def registers_to_search(row: SubjectRequest, document: c.OrganizationDocument | None = None) -> list[Match]:
    """The organisation's registers (not archived) whose data subjects match the person's relationship."""
    document = document or export_document(row.organization, include_archived=False)
    return matching_registers(list(row.subject_categories), document.registers)


def checklist_tasks(matches: Iterable[Match], document: c.OrganizationDocument) -> list[c.RequestTask]:
    """One task per register, per system and per processor or recipient of those registers (each
    system and party once, under the first register that uses it)."""
    roles = {p.name: p.role for p in document.parties}
    tasks: list[c.RequestTask] = []
    seen: set[tuple[str, str]] = set()
    for match in matches:
        register = match.register
        tasks.append(c.RequestTask(kind=c.TaskKind.SEARCH_REGISTER, register_name=register.name))
        for name in register.systems:
            if ("system", name) not in seen:
                seen.add(("system", name))
                tasks.append(
                    c.RequestTask(
                        kind=c.TaskKind.SEARCH_SYSTEM, register_name=register.name, system_name=name
                    )
                )
        for name in register.parties:
            if ("party", name) not in seen and roles.get(name) != c.PartyRole.JOINT_CONTROLLER:
                seen.add(("party", name))
                tasks.append(
                    c.RequestTask(kind=c.TaskKind.CONTACT_PARTY, register_name=register.name, party_name=name)
                )
    return tasks


def _task_key(task: c.RequestTask) -> tuple:
    return (task.kind, task.register_name, task.system_name, task.party_name, task.title)


@transaction.atomic
def build_checklist(row: SubjectRequest, *, extra_registers: Iterable[str] = ()) -> int:
    """Add the tasks for the matching registers (and any registers named in `extra_registers`) that the
    checklist lacks; ticked tasks stay as they are. Returns the number of tasks added."""
    row = _locked(row)
    item = request_to_canonical(row)
    document = export_document(row.organization, include_archived=False)
    matches = registers_to_search(row, document)
    chosen = {m.register.name for m in matches}
    matches += [Match(r, r.name) for r in document.registers if r.name in set(extra_registers) - chosen]
    have = {_task_key(t) for t in item.tasks}
    new = [t for t in checklist_tasks(matches, document) if _task_key(t) not in have]
    if new:
        _save(row, item, {"tasks": [*item.tasks, *new]})
    return len(new)


@transaction.atomic
def add_task(row: SubjectRequest, *, title: str) -> None:
    row = _locked(row)
    item = request_to_canonical(row)
    if not title.strip():
        raise c.DocumentError([("title", "say what is to be done")])
    _save(row, item, {"tasks": [*item.tasks, c.RequestTask(title=title)]})


@transaction.atomic
def tick_task(row: SubjectRequest, index: int, *, done: bool, notes: str | None = None, user=None) -> None:
    """Mark a task done (who and when are recorded) or not done."""
    row = _locked(row)
    item = request_to_canonical(row)
    if not 0 <= index < len(item.tasks):
        raise c.DocumentError([(f"tasks[{index}]", "no such task")])
    tasks = list(item.tasks)
    change = (
        {"done_by": actor_name(user) or "-", "done_at": timezone.now()}
        if done
        else {"done_by": "", "done_at": None}
    )
    if notes is not None:
        change["notes"] = notes
    tasks[index] = tasks[index].model_copy(update=change)
    _save(row, item, {"tasks": tasks})


# --- Retention ------------------------------------------------------------------------------------


def purge_cutoff(today: dt.date) -> dt.datetime:
    """Requests closed before this moment have been kept for REQUEST_RETENTION_YEARS."""
    day = add_months(today, -12 * settings.REQUEST_RETENTION_YEARS)
    return dt.datetime.combine(day, dt.time.min, tzinfo=timezone.get_current_timezone())


def expired(today: dt.date | None = None):
    """Requests whose retention has run out: closed longer ago than the retention, or web-form
    requests never confirmed within UNCONFIRMED_DAYS that nobody has started to handle."""
    today = today or timezone.localdate()
    closed = SubjectRequest.objects.exclude(status=c.RequestStatus.OPEN).filter(
        closed_at__lt=purge_cutoff(today)
    )
    unconfirmed = (
        SubjectRequest.objects.open()
        .filter(
            channel=c.RequestChannel.WEB_FORM,
            email_confirmed_at__isnull=True,
            identity__isnull=True,
            received_on__lt=today - dt.timedelta(days=UNCONFIRMED_DAYS),
        )
        .exclude(tasks__done_at__isnull=False)
    )
    return (closed | unconfirmed).distinct()


@transaction.atomic
def purge(today: dt.date | None = None) -> list[tuple[Organization, list[str]]]:
    """Delete the expired requests with their tasks and their history (the history holds the same
    personal data). Each organisation's audit log says which references were deleted."""
    rows = list(expired(today).select_related("organization").order_by("organization_id", "reference"))
    by_org: dict[int, tuple[Organization, list[str]]] = {}
    for row in rows:
        by_org.setdefault(row.organization_id, (row.organization, []))[1].append(row.reference)
    ids = [row.pk for row in rows]
    task_ids = list(RequestTask.objects.filter(request_id__in=ids).values_list("pk", flat=True))
    SubjectRequest.objects.filter(pk__in=ids).delete()
    # Deleting writes a last history entry of each row: the history goes after the rows.
    SubjectRequest.history.model.objects.filter(id__in=ids).delete()
    RequestTask.history.model.objects.filter(id__in=task_ids).delete()
    for organization, references in by_org.values():
        record(
            Event.REQUESTS_PURGED,
            organization=organization,
            actor="command line",
            target=f"{len(references)} request(s)",
            references=references,
        )
    return list(by_org.values())


# --- Deadlines at a glance (dashboard, portfolio, `tietovirta requests --due`) ----------------------


def due_requests(
    rows, today: dt.date | None = None, *, only_due: bool = True
) -> list[tuple[SubjectRequest, str]]:
    """Open requests with their state ("overdue", "due", "ok"), the soonest deadline first."""
    return _with_states(rows.open(), today, only_due)


def _with_states(open_rows, today: dt.date | None, only_due: bool) -> list[tuple[SubjectRequest, str]]:
    today = today or timezone.localdate()
    found = [(row, row.deadline_state(today)) for row in open_rows]
    if only_due:
        found = [(row, state) for row, state in found if state != "ok"]
    return sorted(found, key=lambda pair: (pair[0].due_on, pair[0].pk))


# The organisation's open requests: the dashboard reads them on every request (its deadlines are not kept
# with its parts), so the query is written once per process (prepared_queries.py).
_OPEN_REQUESTS = PreparedQuery(
    lambda organization_id: SubjectRequest.objects.filter(organization_id=organization_id).open(),
    organization_id=-7004,
)


def organization_due_requests(organization_id: int, today: dt.date | None = None) -> list[tuple]:
    """`due_requests` of the organisation's requests."""
    return _with_states(_OPEN_REQUESTS.objects(organization_id=organization_id), today, only_due=True)
