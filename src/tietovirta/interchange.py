"""The one place where database rows and the canonical document meet, and the one way to write.

Fields are copied by name: a canonical field and its database column share the name, so adding a
field means adding it to both models and nothing here. Relations (systems, parties, risk
assessments) are mapped explicitly: systems and parties by name, assessments by their uuid.

Every write — a form, the API, an import, `load` — goes through `save_organization`,
`save_catalogue_entry`, `save_register`, `load_document` or `add_registers`. Each validates
strictly first (`canonical.validate` / `parse_document`: text cleaned, limits, Y-tunnus, names and
references) and raises DocumentError with the path of each bad value, relative to the item written,
before anything is stored.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from django.db import DatabaseError, models, transaction
from django.db.models import Prefetch
from django.http import Http404
from django.utils import timezone
from pydantic import BaseModel

from tietovirta import canonical as c
from tietovirta.assessments.models import RiskAssessment
from tietovirta.breaches.models import Breach
from tietovirta.organizations.models import Organization, Party, System
from tietovirta.prepared_queries import PreparedQuery
from tietovirta.registers.models import Register
from tietovirta.requests.models import RequestTask, SubjectRequest

# Identities are the rows' own: a write never changes a stored row's uuid (see `_new_row_identity`).
_IDENTITY = frozenset({"uuid"})


def _copy_in(instance: models.Model, source: BaseModel, skip: frozenset[str] = frozenset()) -> None:
    """Copy a validated canonical item into its row (see the module's docstring for validation)."""
    python_values = source.model_dump()
    json_values = source.model_dump(mode="json")
    for name in type(source).model_fields:
        if name in skip:
            continue
        column = instance._meta.get_field(name)
        setattr(
            instance, name, json_values[name] if isinstance(column, models.JSONField) else python_values[name]
        )


def _copy_out(instance: models.Model, target: type[BaseModel], skip: frozenset[str] = frozenset()) -> dict:
    return {name: getattr(instance, name) for name in target.model_fields if name not in skip}


_PARTY_RELATIONS = frozenset({"systems"})
_REGISTER_RELATIONS = frozenset({"systems", "parties", "risk_assessments", "modified_at", "revision"})
# What `register_to_canonical` and a write read of a register's relations (prefetch them with the register):
# of the systems and parties their names, for the canonical form, and ids, for the links a write compares;
# the risk assessments whole, for the canonical form and since the assessment service updates them in place.
# For registers read to be exported (many at once) as for the one a write reads.
PREFETCH_FOR_CANONICAL = (
    Prefetch("systems", queryset=System.objects.only("name")),
    Prefetch("parties", queryset=Party.objects.only("name")),
    "risk_assessments",
)


def _one_register(lock: bool) -> PreparedQuery:
    def build(organization_id: int, register_id: int):
        rows = Register.objects.select_for_update() if lock else Register.objects.all()
        return rows.filter(organization_id=organization_id, pk=register_id)

    return PreparedQuery(build, organization_id=-7021, register_id=-7022)


# One register and its relations as PREFETCH_FOR_CANONICAL reads them (the same rows in the same order): every
# edit reads them (its form's GET the register alone), and compiling the four queries cost more than running
# them, so they are written once per process (prepared_queries.py). The register is found only within the
# organisation asked for.
_ONE_REGISTER = {lock: _one_register(lock) for lock in (False, True)}
_RELATIONS = {
    "systems": PreparedQuery(
        lambda register_id: System.objects.only("name").filter(registers=register_id), register_id=-7023
    ),
    "parties": PreparedQuery(
        lambda register_id: Party.objects.only("name").filter(registers=register_id), register_id=-7024
    ),
    "risk_assessments": PreparedQuery(
        lambda register_id: RiskAssessment.objects.filter(register_id=register_id), register_id=-7025
    ),
}


def organization_register(organization_id: int, register_id: int, *, lock: bool = False) -> Register:
    """The organisation's register `register_id` (its row), locked until the transaction ends if `lock`;
    Http404 if the organisation has no such register."""
    found = _ONE_REGISTER[lock].first(organization_id=organization_id, register_id=register_id)
    if found is None:
        raise Http404
    return found


def register_with_relations(organization_id: int, register_id: int, *, lock: bool = False) -> Register:
    """`organization_register` with its relations read as PREFETCH_FOR_CANONICAL reads them (for
    `register_to_canonical` and a write's links)."""
    return _with_relations(organization_register(organization_id, register_id, lock=lock))


# Up to how many registers are read one by one by the prepared queries (four each) rather than together by
# queries compiled for them (four, ~3 ms to compile): the one or two an edit changed.
FEW = 2


def organization_registers_with_relations(
    organization_id: int, register_ids: Iterable[int], *, archived: bool = False
) -> list[Register]:
    """The organisation's active registers among `register_ids` (the others', deleted and, unless `archived`,
    archived ones left out), in the order `export_registers` gives, each read as `register_with_relations`
    reads it: for a few registers (the dashboard after an edit checks one, the API's list builds its
    answer), whose queries are written once per process, where `export_registers` or a prefetch would
    compile its four for them (some 3 ms)."""
    found = []
    for register_id in register_ids:
        register = _ONE_REGISTER[False].first(organization_id=organization_id, register_id=register_id)
        if register is not None and (archived or register.is_active):
            found.append(_with_relations(register))
    return sorted(found, key=lambda register: (register.position, register.pk))


def _with_relations(register: Register) -> Register:
    # Each relation's rows put where prefetch_related puts them: its queryset (not run) with its results set.
    register._prefetched_objects_cache = {}
    for name, query in _RELATIONS.items():
        rows = getattr(register, name).all()
        rows._result_cache, rows._prefetch_done = query.objects(register_id=register.pk), True
        register._prefetched_objects_cache[name] = rows
    for assessment in register._prefetched_objects_cache["risk_assessments"]:
        assessment.register = register  # as prefetch_related links them back
    return register


def register_to_canonical(register: Register) -> c.Register:
    """One register as a canonical model (expects systems, parties, risk_assessments prefetched)."""
    values = _copy_out(register, c.Register, _REGISTER_RELATIONS)
    values["modified_at"] = timezone.localtime(register.modified_at)
    values["revision"] = register.revision
    values["systems"] = [s.name for s in register.systems.all()]
    values["parties"] = [p.name for p in register.parties.all()]
    values["risk_assessments"] = [assessment_to_canonical(r) for r in register.risk_assessments.all()]
    return c.Register.model_validate(values)


def assessment_to_canonical(row: RiskAssessment) -> c.RiskAssessment:
    return c.RiskAssessment.model_validate(_copy_out(row, c.RiskAssessment))


def _new_row_identity(row: models.Model, item: BaseModel) -> None:
    """A new row takes the uuid the document gives it (a restored backup); a stored row keeps its own."""
    if row.pk is None and getattr(item, "uuid", None) is not None:
        row.uuid = item.uuid


def store_assessment(row: RiskAssessment, item: c.RiskAssessment) -> None:
    """Write a validated canonical risk assessment into its (new or existing) row.

    Only the assessment service (assessments/services.py) calls this: it owns the rules (a signed
    assessment never changes)."""
    _new_row_identity(row, item)
    _copy_in(row, item, _IDENTITY)
    row.save()


def organization_to_canonical(organization: Organization) -> c.Organization:
    return c.Organization.model_validate(_copy_out(organization, c.Organization))


def system_to_canonical(system: System) -> c.System:
    return c.System.model_validate(_copy_out(system, c.System))


def party_to_canonical(party: Party) -> c.Party:
    """One party as a canonical model (expects systems prefetched)."""
    return c.Party.model_validate(
        {**_copy_out(party, c.Party, _PARTY_RELATIONS), "systems": [s.name for s in party.systems.all()]}
    )


# The relations of a register its caller goes on using (`register_document`): whole rows, so that reading
# more of a system or party than its name does not read it again.
_PREFETCH_WHOLE_ROWS = ("systems", "parties", "risk_assessments")


def _document(
    organization: Organization,
    registers: Iterable[Register],
    systems: Iterable[System] | None = None,
    parties: Iterable[Party] | None = None,
) -> c.OrganizationDocument:
    """The organisation, its whole catalogue and the given registers (their relations prefetched); the
    catalogue is read here unless the caller has read it (with the parties' systems prefetched)."""
    if systems is None:
        systems = System.objects.filter(organization=organization)
    if parties is None:
        parties = Party.objects.filter(organization=organization).prefetch_related("systems")
    return c.OrganizationDocument(
        schema_version=c.SCHEMA_VERSION,
        organization=organization_to_canonical(organization),
        systems=[system_to_canonical(s) for s in systems],
        parties=[party_to_canonical(p) for p in parties],
        registers=[register_to_canonical(r) for r in registers],
    )


def export_document(organization: Organization, *, include_archived: bool = True) -> c.OrganizationDocument:
    """The whole organisation as a canonical document, its data-subject requests and breaches included.

    Without archived registers it is what the documents and the checks are written from: then also
    without the requests and breaches, which are personal data that no such document prints.
    """
    registers = organization.registers.all() if include_archived else organization.registers.active()
    document = _document(organization, registers.prefetch_related(*PREFETCH_FOR_CANONICAL))
    if include_archived:
        document.requests = [
            request_to_canonical(r)
            for r in organization.subject_requests.order_by("received_on", "id").prefetch_related("tasks")
        ]
        document.breaches = [
            breach_to_canonical(b)
            for b in organization.breaches.order_by("aware_at", "id").prefetch_related("registers", "systems")
        ]
    return document


def export_documents(organizations: Iterable[Organization]) -> dict[int, c.OrganizationDocument]:
    """Several organisations with their active registers, by organisation id, read with the same number of
    queries however many they are (a consultant's portfolio)."""
    return {pk: document for pk, (document, _ids) in export_registers(organizations).items()}


def export_registers(
    organizations: Iterable[Organization],
    register_ids: Iterable[int] | None = None,
    *,
    catalogue: bool = True,
) -> dict[int, tuple[c.OrganizationDocument, list[int]]]:
    """As `export_documents`, with only those of the active registers in `register_ids` (all when None),
    and with the ids of the registers in each document's order; without the catalogue unless `catalogue`
    (for a caller that has it)."""
    organizations = list(organizations)
    registers = Register.objects.active().filter(organization__in=organizations)
    if register_ids is not None:
        register_ids = list(register_ids)
        registers = registers.filter(pk__in=register_ids)
    by_organization: dict[str, defaultdict[int, list]] = {
        "systems": defaultdict(list), "parties": defaultdict(list), "registers": defaultdict(list)
    }
    # Only what is to be read is asked for: a query that can find nothing costs as much to compile as one
    # that finds rows (the dashboard after an edit reads one register and no catalogue).
    rows = {}
    if catalogue:
        rows["systems"] = System.objects.filter(organization__in=organizations)
        rows["parties"] = Party.objects.filter(organization__in=organizations).prefetch_related("systems")
    if register_ids is None or register_ids:
        rows["registers"] = registers.prefetch_related(*PREFETCH_FOR_CANONICAL)
    for kind, query in rows.items():
        for row in query:
            by_organization[kind][row.organization_id].append(row)
    return {
        o.pk: (
            _document(
                o,
                by_organization["registers"][o.pk],
                by_organization["systems"][o.pk],
                by_organization["parties"][o.pk],
            ),
            [r.pk for r in by_organization["registers"][o.pk]],
        )
        for o in organizations
    }


def register_document(register: Register) -> c.OrganizationDocument:
    """One register with its organisation and catalogue: what its documents are written from (index 0).
    Relations the caller has prefetched already are not read again."""
    models.prefetch_related_objects([register], *_PREFETCH_WHOLE_ROWS)
    return _document(register.organization, [register])


@dataclass
class LoadSummary:
    organization: Organization
    created: bool
    counts: dict[str, dict[str, int]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(int)))

    def describe(self) -> str:
        verb = "created" if self.created else "updated"
        parts = [
            f"{kind}: " + ", ".join(f"{n} {action}" for action, n in sorted(actions.items()))
            for kind, actions in sorted(self.counts.items())
        ]
        return f"{verb} organisation #{self.organization.pk} '{self.organization}'" + (
            " (" + "; ".join(parts) + ")" if parts else ""
        )


def find_organization(document: c.OrganizationDocument) -> Organization | None:
    """The stored organisation a document describes: the one with its uuid, and no other.

    A business id or a name is data, not identity: two organisations may share them, and a
    document without a uuid (schema 1.0, or an import) describes a new organisation."""
    if document.organization.uuid is None:
        return None
    return Organization.objects.filter(uuid=document.organization.uuid).first()


def _sync_catalogue(model, organization, items, summary, kind, skip=frozenset()):
    existing = {obj.name: obj for obj in model.objects.filter(organization=organization)}
    by_name = {}
    for position, item in enumerate(items):
        obj = existing.pop(item.name, None)
        summary.counts[kind]["updated" if obj else "created"] += 1
        obj = obj or model(organization=organization)
        _copy_in(obj, item, skip)
        obj.position = position
        obj.save()
        by_name[item.name] = obj
    for obj in existing.values():
        obj.delete()
        summary.counts[kind]["deleted"] += 1
    return by_name


def _store_organization(organization: Organization, item: c.Organization) -> None:
    _new_row_identity(organization, item)
    _copy_in(organization, item, _IDENTITY)
    organization.save()


@transaction.atomic
def save_organization(organization: Organization, item: c.Organization) -> c.Organization:
    """Validate the controller's details and write them into the (new or existing) row.

    The uuid is the server's: a new organisation gets one, a stored one keeps its own."""
    item = c.validate(c.Organization, item.model_copy(update={"uuid": organization.uuid}))
    _store_organization(organization, item)
    return item


def catalogue_document(
    organization: Organization, *, skip_system: int | None = None, skip_party: int | None = None
) -> c.OrganizationDocument:
    """The organisation's catalogue (without the entry being replaced), to check an item against."""
    systems = System.objects.filter(organization=organization).exclude(pk=skip_system)
    parties = (
        Party.objects.filter(organization=organization).exclude(pk=skip_party).prefetch_related("systems")
    )
    return _catalogue(systems, parties)


def _catalogue(systems: Iterable[System], parties: Iterable[Party]) -> c.OrganizationDocument:
    """A document of these catalogue rows alone (the parties' systems prefetched)."""
    return c.OrganizationDocument(
        organization=c.Organization(),
        systems=[system_to_canonical(s) for s in systems],
        parties=[party_to_canonical(p) for p in parties],
    )


def _checked_in(document: c.OrganizationDocument, kind: str, item: BaseModel | dict) -> BaseModel:
    """`item` (a canonical item, or its values) appended to `document`'s list `kind`, validated with the
    whole document (unique names, references that resolve); problems are named relative to the item, as
    it was sent."""
    data = document.model_dump()
    path = f"{kind}[{len(data[kind])}]"
    data[kind].append(item.model_dump() if isinstance(item, BaseModel) else item)
    try:
        checked = c.parse_document(data)
    except c.DocumentError as exc:
        raise exc.relative_to(path) from None
    return getattr(checked, kind)[-1]


@transaction.atomic
def save_catalogue_entry(entry: System | Party, item: c.System | c.Party) -> c.System | c.Party:
    """Validate a system or party against its organisation's catalogue (names unique once cleaned, a
    party's systems known) and write it into its (new or existing) row."""
    kind = "systems" if isinstance(entry, System) else "parties"
    skip = {"skip_system" if kind == "systems" else "skip_party": entry.pk}
    item = _checked_in(catalogue_document(entry.organization, **skip), kind, item)
    if entry.pk is None:
        entry.position = type(entry).objects.filter(organization=entry.organization).count()
    _copy_in(entry, item, _PARTY_RELATIONS if isinstance(entry, Party) else frozenset())
    entry.save()
    if isinstance(entry, Party):
        entry.systems.set(System.objects.filter(organization_id=entry.organization_id, name__in=item.systems))
    return item


def register_row_values(item: c.Register) -> dict:
    """A canonical register's column values, for bulk inserts (relations and revision excluded)."""
    scratch = Register()
    _copy_in(scratch, item, _REGISTER_RELATIONS)
    return {name: scratch.__dict__[name] for name in set(type(item).model_fields) - _REGISTER_RELATIONS}


def _store_register(
    register: Register,
    item: c.Register,
    systems: dict[str, System],
    parties: dict[str, Party],
    *,
    touch: bool = False,
    edit: bool = False,
) -> None:
    """Write a validated canonical register into a (new or existing) row, with its relations.

    `touch` records the write as an edit (new revision, "Muokattu" now) instead of keeping the
    document's date, as loading a document does. Risk assessments are updated in place by the
    assessment service, which refuses to change a signed one (DocumentError, relative to the register).
    """
    from tietovirta.assessments import services as assessments  # it builds on this module's mapping

    before = {name: getattr(register, name) for name in _register_columns()}
    _copy_in(register, item, _REGISTER_RELATIONS)
    if not touch:
        # A new row keeps the document's revision (a restored backup exports as it was); an existing
        # row moves to its next revision, since its content changes.
        register.revision = register.revision + 1 if register.pk else item.revision or 1
    register.modified_at = item.modified_at or timezone.now()
    if touch and register.pk:
        # An edit of a stored row (read in this write) writes the columns it changes, not all sixty: the
        # history still records the whole row, as the instance has it.
        changed = [name for name, value in before.items() if not _same(getattr(register, name), value)]
        try:
            register.save(touch=touch, update_fields=[*changed, "revision", "modified_at"])
        except DatabaseError as exc:
            # Django's own "did not affect any rows" (not a database's error, which is a subclass): the row
            # was deleted by someone else since it was read. Not found, as if the edit had come just after.
            if type(exc) is not DatabaseError:
                raise
            raise Http404 from None
    else:
        register.save(touch=touch)
    _link(register, "systems", [systems[name] for name in item.systems])
    _link(register, "parties", [parties[name] for name in item.parties])
    assessments.sync_assessments(register, item.risk_assessments, edit=edit)


@cache
def _register_columns() -> tuple[str, ...]:
    """The register's columns a canonical register fills (`_copy_in`)."""
    return tuple(sorted(set(c.Register.model_fields) - _REGISTER_RELATIONS))


def _same(new, old) -> bool:
    """Whether a column keeps its value. Stored values were written from the canonical form as these are,
    so equal values are the same JSON (a value of another type is written again all the same)."""
    return type(new) is type(old) and new == old


def _link(register: Register, relation: str, rows: list) -> None:
    """Link the register to exactly `rows`. Links read with the register in this write (prefetched) that
    are already these are left alone: `set()` would read them again to find nothing to change."""
    linked = getattr(register, "_prefetched_objects_cache", {}).get(relation)
    if linked is not None and sorted(r.pk for r in linked) == sorted(r.pk for r in rows):
        return
    getattr(register, relation).set(rows)


def _server_owned(stored: c.Register | None, item: c.Register, editor) -> c.Register:
    """An edit's register with the fields only the server sets put right (see docs/api.md).

    `status` becomes "published" only by publishing (publishing/services.py), which freezes the
    notice and records it; accepting a finding is stamped with who and when; a signature comes only
    from signing off (the assessment service keeps the stored one).
    """
    if item.status == c.RegisterStatus.PUBLISHED and (stored is None or stored.status != item.status):
        raise c.DocumentError([(
            "status",
            "a register is published by publishing it (POST …/publish), which freezes the notice",
            "publish_by_publishing",
            {},
        )])
    earlier = {(a.rule, a.field, a.reason): a for a in (stored.accepted_findings if stored else [])}
    who = (editor.email or editor.get_username()) if editor is not None else ""
    accepted = [
        a.model_copy(update={"accepted_by": kept.accepted_by, "accepted_on": kept.accepted_on})
        if (kept := earlier.get((a.rule, a.field, a.reason)))
        else a.model_copy(update={"accepted_by": who, "accepted_on": timezone.localdate()})
        for a in item.accepted_findings
    ]
    return item.model_copy(update={"accepted_findings": accepted})


def save_register(register: Register, item: c.Register, *, editor=None) -> c.Register:
    """Validate an edit of a register (new or stored) and write it as a new revision.

    The register is checked against its organisation's catalogue (the systems and parties it names
    must exist); the fields the server owns are set by it (`_server_owned`); a signed assessment
    must come back unchanged. `editor` is the user making the change (for the stamps).
    Raises DocumentError with paths relative to the register; nothing is written then.
    """
    return _write_register(register, register_to_canonical(register) if register.pk else None, item, editor)


def edit_register(register: Register, changes: dict, *, editor=None) -> c.Register:
    """`save_register` of the stored register with `changes` (canonical field names and values, as a form
    parses them): the register is read into its canonical form once, for the edit and for the checks
    of what the server owns."""
    stored = register_to_canonical(register)
    return _write_register(register, stored, {**stored.model_dump(), **changes}, editor)


@transaction.atomic
def _write_register(
    register: Register, stored: c.Register | None, item: c.Register | dict, editor
) -> c.Register:
    """save_register's validation and write; `stored` is `register` as read (None for a new one), `item`
    the register to write or its values (validated here, once)."""
    # The catalogue (or the part of it the edit refers to: `_referable`) is read once: to check the
    # register's references against, and to link its rows. A register refers to systems and parties by
    # name alone (canonical `_dangling_references`), so the register is checked in a document of the
    # catalogue's names; the entries themselves were checked when they were written
    # (save_catalogue_entry), and are not written here.
    system_rows, party_rows = _referable(register, item)
    names = c.OrganizationDocument(
        organization=c.Organization(),
        systems=[c.System(name=s.name) for s in system_rows],
        parties=[c.Party(name=p.name) for p in party_rows],
    )
    item = _checked_in(names, "registers", item)
    item = _server_owned(stored, item, editor)
    systems = {s.name: s for s in system_rows if s.name in item.systems}
    parties = {p.name: p for p in party_rows if p.name in item.parties}
    _store_register(
        register, item.model_copy(update={"modified_at": None}), systems, parties, touch=True, edit=True
    )
    return item


def _referable(register: Register, item: c.Register | dict) -> tuple[list[System], list[Party]]:
    """The systems and parties (pk and name) an edit of `register` may refer to: when it refers to exactly
    those the register is linked to, as read with it in this write (most edits do not touch them), those;
    else the organisation's whole catalogue. Either way the same references resolve: the ones named."""
    linked = getattr(register, "_prefetched_objects_cache", {})
    named = item.model_dump(include={"systems", "parties"}) if isinstance(item, BaseModel) else item
    kinds = ("systems", "parties")
    if all(kind in linked and named.get(kind) == [row.name for row in linked[kind]] for kind in kinds):
        return list(linked["systems"]), list(linked["parties"])
    organization = register.organization
    return (
        list(System.objects.filter(organization=organization).only("pk", "name")),
        list(Party.objects.filter(organization=organization).only("pk", "name")),
    )


def _local_times(values: dict) -> dict:
    """Times as the Helsinki wall clock shows them (the database gives them in UTC)."""
    return {k: timezone.localtime(v) if isinstance(v, dt.datetime) else v for k, v in values.items()}


_REQUEST_RELATIONS = frozenset({"tasks", "revision"})
_BREACH_RELATIONS = frozenset({"registers", "systems", "revision"})


def request_to_canonical(row: SubjectRequest) -> c.SubjectRequest:
    """One data-subject request as a canonical model (expects its tasks prefetched)."""
    values = _local_times(_copy_out(row, c.SubjectRequest, _REQUEST_RELATIONS))
    values["revision"] = row.revision
    values["tasks"] = [_local_times(_copy_out(task, c.RequestTask)) for task in row.tasks.all()]
    return c.SubjectRequest.model_validate(values)


def store_request(row: SubjectRequest, item: c.SubjectRequest, *, touch: bool = True) -> None:
    """Write a canonical request into its (new or existing) row, with its tasks.

    `touch` records the write as an edit (a new revision); loading a document keeps the document's
    revision for a new row, as registers do. Task rows are reused in order, so each keeps its history.
    """
    _copy_in(row, item, _REQUEST_RELATIONS)
    if not touch:
        row.revision = row.revision + 1 if row.pk else item.revision or 1
    row.save(touch=touch)
    existing = list(row.tasks.all())
    for position, task in enumerate(item.tasks):
        task_row = existing[position] if position < len(existing) else RequestTask(request=row)
        before = _copy_out(task_row, c.RequestTask) if task_row.pk else None
        _copy_in(task_row, task)
        if before != _copy_out(task_row, c.RequestTask) or task_row.position != position:
            task_row.position = position
            task_row.save()  # an unchanged task gets no new history entry
    for task_row in existing[len(item.tasks):]:
        task_row.delete()


def breach_to_canonical(row: Breach) -> c.Breach:
    """One breach as a canonical model (expects registers and systems prefetched)."""
    values = _local_times(_copy_out(row, c.Breach, _BREACH_RELATIONS))
    values["revision"] = row.revision
    values["registers"] = sorted({r.name for r in row.registers.all()})
    values["systems"] = sorted({s.name for s in row.systems.all()})
    return c.Breach.model_validate(values)


def store_breach(row: Breach, item: c.Breach, *, touch: bool = True) -> None:
    """Write a canonical breach into its (new or existing) row. Registers and systems are matched by
    name within the organisation (every register of that name: names need not be unique)."""
    _copy_in(row, item, _BREACH_RELATIONS)
    if not touch:
        row.revision = row.revision + 1 if row.pk else item.revision or 1
    row.save(touch=touch)
    org_id = row.organization_id
    row.registers.set(Register.objects.filter(organization_id=org_id, name__in=item.registers))
    row.systems.set(System.objects.filter(organization_id=org_id, name__in=item.systems))


def _sync_by_reference(model, organization, items, store, summary, kind) -> None:
    """Requests or breaches as the document has them: matched by reference, the others deleted."""
    existing = {row.reference: row for row in model.objects.filter(organization=organization)}
    for item in items:
        row = existing.pop(item.reference, None)
        summary.counts[kind]["updated" if row else "created"] += 1
        store(row or model(organization=organization), item, touch=False)
    for row in existing.values():
        row.delete()
        summary.counts[kind]["deleted"] += 1


class StaleDocument(Exception):
    """The document was exported before registers it describes were changed again."""

    def __init__(self, stale: list[tuple[str, int, int]]):
        self.stale = stale  # (register name, revision in the document, revision stored)
        names = ", ".join(f"'{name}' (document r{old}, stored r{new})" for name, old, new in stale)
        super().__init__(f"the document is older than the stored data for: {names}")


@transaction.atomic
def load_document(
    document: c.OrganizationDocument,
    *,
    organization: Organization | None = None,
    force: bool = False,
    publish: bool = True,
    user=None,
) -> LoadSummary:
    """Create or update an organisation so that it matches `document` exactly, in one transaction.

    The organisation is `organization`, else the stored one with the document's uuid, else a new
    one (with that uuid). The document is validated strictly first (DocumentError names each bad
    value). Systems and parties are matched by name, registers by name in order, risk assessments
    by uuid; rows the document no longer has are deleted (their history is kept), except a signed
    assessment, which can be neither changed nor removed. A register whose stored revision is newer
    than the document's is a lost update waiting to happen: StaleDocument is raised (nothing
    written) unless `force`.

    A register the document marks published but that was never published here is published (with
    `publish`; the publication is recorded as made by `user`, else by "load"), so that its public
    address works; a backup restore passes False and brings back the published versions instead.
    """
    described = {"requests", "breaches"} & document.model_fields_set  # before validating it again
    document = c.parse_document(document)
    target = organization or find_organization(document)
    summary = LoadSummary(organization=target or Organization(), created=target is None)
    org = summary.organization
    _store_organization(org, document.organization)

    systems = _sync_catalogue(System, org, document.systems, summary, "systems")
    parties = _sync_catalogue(Party, org, document.parties, summary, "parties", _PARTY_RELATIONS)
    for item in document.parties:
        parties[item.name].systems.set([systems[name] for name in item.systems])

    stale: list[tuple[str, int, int]] = []
    existing: dict[str, list[Register]] = defaultdict(list)
    for register in org.registers.order_by("position", "id"):
        existing[register.name].append(register)
    for position, item in enumerate(document.registers):
        matches = existing.get(item.name)
        register = matches.pop(0) if matches else Register(organization=org)
        if register.pk and not force and item.revision is not None and item.revision < register.revision:
            stale.append((item.name, item.revision, register.revision))
        summary.counts["registers"]["updated" if register.pk else "created"] += 1
        register.position = position
        try:
            _store_register(register, item, systems, parties)
        except c.DocumentError as exc:
            raise exc.under(f"registers[{position}]") from None
    if stale:
        raise StaleDocument(stale)  # inside the transaction: everything above is rolled back
    for leftovers in existing.values():
        for register in leftovers:
            register.delete()
            summary.counts["registers"]["deleted"] += 1
    # A document that does not have the keys (schema 1.0, or a client that left them out) says nothing
    # about requests and breaches: they stay as they are. Breaches come after registers (they name them).
    if "requests" in described:
        _sync_by_reference(SubjectRequest, org, document.requests, store_request, summary, "requests")
    if "breaches" in described:
        _sync_by_reference(Breach, org, document.breaches, store_breach, summary, "breaches")
    if publish:
        from tietovirta.audit.models import LOAD
        from tietovirta.publishing.services import publish_unpublished  # it builds on this module

        published = publish_unpublished(org, user=user, actor="" if user is not None else LOAD)
        if published:
            summary.counts["published notices"]["created"] += len(published)
    return summary


@transaction.atomic
def add_registers(
    organization: Organization, document: c.OrganizationDocument, indices: list[int]
) -> list[Register]:
    """Create the chosen registers of `document` (an import) as drafts in an existing organisation.

    Systems and parties the registers name are matched to the catalogue by name; the missing
    ones are added from the document. What is stored is validated strictly first: DocumentError
    names each bad value by its path in `document`, and nothing is written.
    """
    systems = {s.name: s for s in System.objects.filter(organization=organization)}
    parties = {p.name: p for p in Party.objects.filter(organization=organization)}
    chosen, additions = _checked_import(document, indices, {"systems": systems, "parties": parties})
    for model, catalogue, items in (
        (System, systems, additions["systems"]),
        (Party, parties, additions["parties"]),
    ):
        for item in items:
            entry = model(organization=organization, position=len(catalogue))
            _copy_in(entry, item, _PARTY_RELATIONS if model is Party else frozenset())
            entry.save()
            catalogue[item.name] = entry
    for item in additions["parties"]:
        parties[item.name].systems.set([systems[n] for n in item.systems if n in systems])
    created = []
    position = organization.registers.count()
    for offset, item in enumerate(chosen):
        register = Register(organization=organization, position=position + offset)
        # A draft of this organisation's own: new assessments, nothing signed or published.
        draft = {
            "status": c.RegisterStatus.DRAFT,
            "modified_at": None,
            "revision": None,
            "risk_assessments": [
                a.model_copy(update={"uuid": None, "signed_by": "", "signed_on": None})
                for a in item.risk_assessments
            ],
        }
        _store_register(register, item.model_copy(update=draft), systems, parties)
        created.append(register)
    return created


def _checked_import(
    document: c.OrganizationDocument, indices: list[int], catalogue: dict[str, dict]
) -> tuple[list[c.Register], dict[str, list]]:
    """The chosen registers, and the systems and parties they name that `catalogue` lacks, validated
    for storing (each by its path in `document`); every name they refer to must resolve. What an
    import does not store (the controller, registers not chosen) is not checked."""
    problems: list[tuple[str, str, str, dict]] = []

    def checked(model, item, path):
        try:
            return c.validate(model, item)
        except c.DocumentError as exc:
            problems.extend(exc.under(path).entries())
            return item

    chosen = {i: checked(c.Register, document.registers[i], f"registers[{i}]") for i in indices}
    additions: dict[str, list] = {}
    for kind, model in (("systems", c.System), ("parties", c.Party)):
        wanted = {name for r in chosen.values() for name in getattr(r, kind)} - set(catalogue[kind])
        added: dict[str, BaseModel] = {}
        for j, item in enumerate(getattr(document, kind)):
            if c.storable(item.name) in wanted and c.storable(item.name) not in added:
                added[c.storable(item.name)] = checked(model, item, f"{kind}[{j}]")
        additions[kind] = list(added.values())
        what = "system" if kind == "systems" else "party"
        problems += [
            (f"registers[{i}].{kind}[{j}]", f"no {what} named '{name}'", f"unknown_{what}", {"name": name})
            for i, register in chosen.items()
            for j, name in enumerate(getattr(register, kind))
            if name not in catalogue[kind] and name not in added
        ]
    if problems:
        raise c.DocumentError(problems)
    return [chosen[i] for i in indices], additions
