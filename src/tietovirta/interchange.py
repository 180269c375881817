"""The one place where database rows and the canonical document meet.

Fields are copied by name: a canonical field and its database column share the name, so adding a
field means adding it to both models and nothing here. Relations (systems, parties, risk
assessments) are mapped explicitly, by name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import models, transaction
from django.utils import timezone
from pydantic import BaseModel

from tietovirta import canonical as c
from tietovirta.assessments.models import RiskAssessment
from tietovirta.organizations.models import Organization, Party, System
from tietovirta.registers.models import Register


def _storable(value):
    """The value with NUL and lone surrogates removed from every string in it (see UNSTORABLE)."""
    if isinstance(value, str):
        return c.UNSTORABLE.sub("", value)
    if isinstance(value, list):
        return [_storable(v) for v in value]
    if isinstance(value, dict):
        return {k: _storable(v) for k, v in value.items()}
    return value


def _copy_in(instance: models.Model, source: BaseModel, skip: frozenset[str] = frozenset()) -> None:
    python_values = _storable(source.model_dump())
    json_values = _storable(source.model_dump(mode="json"))
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


def store_assessment(row: RiskAssessment, item: c.RiskAssessment) -> None:
    """Write a canonical risk assessment into its (new or existing) row."""
    _copy_in(row, item)
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


# What a register's canonical form reads besides its own row.
_REGISTER_PREFETCH = ("systems", "parties", "risk_assessments")


def _document(organization: Organization, registers: Iterable[Register]) -> c.OrganizationDocument:
    """The organisation, its whole catalogue and the given registers (their relations prefetched)."""
    systems = System.objects.filter(organization=organization)
    parties = Party.objects.filter(organization=organization).prefetch_related("systems")
    return c.OrganizationDocument(
        schema_version=c.SCHEMA_VERSION,
        organization=organization_to_canonical(organization),
        systems=[system_to_canonical(s) for s in systems],
        parties=[party_to_canonical(p) for p in parties],
        registers=[register_to_canonical(r) for r in registers],
    )


def export_document(organization: Organization, *, include_archived: bool = True) -> c.OrganizationDocument:
    """The whole organisation as a canonical document."""
    registers = organization.registers.all() if include_archived else organization.registers.active()
    return _document(organization, registers.prefetch_related(*_REGISTER_PREFETCH))


def register_document(register: Register) -> c.OrganizationDocument:
    """One register with its organisation and catalogue: what its documents are written from (index 0).
    Relations the caller has prefetched already are not read again."""
    models.prefetch_related_objects([register], *_REGISTER_PREFETCH)
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
    """The stored organisation a document describes: same Y-tunnus, else the same non-empty name."""
    org = document.organization
    if org.business_id:
        return Organization.objects.filter(business_id=org.business_id).first()
    if org.name:
        return Organization.objects.filter(name=org.name, business_id="").first()
    return None


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


def store_organization(organization: Organization, item: c.Organization) -> None:
    """Write the canonical organisation details into its row."""
    _copy_in(organization, item)
    organization.save()


def store_catalogue_entry(entry: System | Party, item: c.System | c.Party) -> None:
    """Write a canonical system or party into a (new or existing) row of its organisation's catalogue.

    A party's systems are matched by name within the same organisation.
    """
    _copy_in(entry, item, _PARTY_RELATIONS if isinstance(entry, Party) else frozenset())
    entry.save()
    if isinstance(entry, Party):
        entry.systems.set(System.objects.filter(organization_id=entry.organization_id, name__in=item.systems))


def register_row_values(item: c.Register) -> dict:
    """A canonical register's column values, for bulk inserts (relations and revision excluded)."""
    scratch = Register()
    _copy_in(scratch, item, _REGISTER_RELATIONS)
    return {name: scratch.__dict__[name] for name in set(type(item).model_fields) - _REGISTER_RELATIONS}


def store_register(
    register: Register,
    item: c.Register,
    systems: dict[str, System],
    parties: dict[str, Party],
    *,
    touch: bool = False,
) -> None:
    """Write a canonical register into a (new or existing) row, with its relations.

    `touch` records the write as an edit (new revision, "Muokattu" now) instead of keeping the
    document's date, as loading a document does.
    """
    _copy_in(register, item, _REGISTER_RELATIONS)
    if not touch:
        # A new row keeps the document's revision (a restored backup exports as it was); an existing
        # row moves to its next revision, since its content changes.
        register.revision = register.revision + 1 if register.pk else item.revision or 1
    register.modified_at = item.modified_at or timezone.now()
    register.save(touch=touch)
    register.systems.set([systems[name] for name in item.systems])
    register.parties.set([parties[name] for name in item.parties])
    register.risk_assessments.all().delete()
    for index, assessment in enumerate(item.risk_assessments):
        store_assessment(RiskAssessment(register=register, position=index), assessment)


class StaleDocument(Exception):
    """The document was exported before registers it describes were changed again."""

    def __init__(self, stale: list[tuple[str, int, int]]):
        self.stale = stale  # (register name, revision in the document, revision stored)
        names = ", ".join(f"'{name}' (document r{old}, stored r{new})" for name, old, new in stale)
        super().__init__(f"the document is older than the stored data for: {names}")


@transaction.atomic
def load_document(
    document: c.OrganizationDocument, *, organization: Organization | None = None, force: bool = False
) -> LoadSummary:
    """Create or update an organisation so that it matches `document` exactly, in one transaction.

    The document must have passed `parse_document(strict=True)`. Systems and parties are matched
    by name, registers by name in order; rows the document no longer has are deleted (their
    history is kept). A register whose stored revision is newer than the document's is a lost
    update waiting to happen: StaleDocument is raised (nothing written) unless `force`.
    """
    target = organization or find_organization(document)
    summary = LoadSummary(organization=target or Organization(), created=target is None)
    org = summary.organization
    _copy_in(org, document.organization)
    org.save()

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
        store_register(register, item, systems, parties)
    if stale:
        raise StaleDocument(stale)  # inside the transaction: everything above is rolled back
    for leftovers in existing.values():
        for register in leftovers:
            register.delete()
            summary.counts["registers"]["deleted"] += 1
    return summary


@transaction.atomic
def add_registers(
    organization: Organization, document: c.OrganizationDocument, indices: list[int]
) -> list[Register]:
    """Create the chosen registers of `document` as drafts in an existing organisation.

    Systems and parties the registers name are matched to the catalogue by name; the missing
    ones are added from the document.
    """
    chosen = [document.registers[i] for i in indices]
    systems = {s.name: s for s in System.objects.filter(organization=organization)}
    parties = {p.name: p for p in Party.objects.filter(organization=organization)}
    wanted_systems = {name for r in chosen for name in r.systems}
    wanted_parties = {name for r in chosen for name in r.parties}
    new_parties = []
    for model, catalogue, wanted, items in (
        (System, systems, wanted_systems, document.systems),
        (Party, parties, wanted_parties, document.parties),
    ):
        for item in items:
            if item.name in wanted and item.name not in catalogue:
                entry = model(organization=organization, position=len(catalogue))
                _copy_in(entry, item, _PARTY_RELATIONS if model is Party else frozenset())
                entry.save()
                catalogue[item.name] = entry
                if model is Party:
                    new_parties.append(item)
    for item in new_parties:
        parties[item.name].systems.set([systems[n] for n in item.systems if n in systems])
    created = []
    position = organization.registers.count()
    for offset, item in enumerate(chosen):
        register = Register(organization=organization, position=position + offset)
        store_register(
            register,
            item.model_copy(update={"status": c.RegisterStatus.DRAFT, "modified_at": None}),
            systems,
            parties,
        )
        created.append(register)
    return created
