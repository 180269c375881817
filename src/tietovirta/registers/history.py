"""A register's history: its versions, the field-by-field difference of two, and restoring one.

Every save is recorded by django-simple-history (who, when, every field, and the systems and
parties linked); this module turns those records into what the history page shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils.text import capfirst

from tietovirta import canonical as c
from tietovirta.interchange import edit_register
from tietovirta.registers.models import Register

# Bookkeeping columns: they change with every save and say nothing about the content.
NOT_CONTENT = {
    "id",
    "revision",
    "modified_at",
    "created_at",
    "history_id",
    "history_date",
    "history_user",
    "history_type",
    "history_change_reason",
    "organization",
}


@dataclass
class Change:
    field: str
    label: str
    old: Any
    new: Any


@dataclass
class Version:
    record: Any  # the HistoricalRegister row
    changes: list[Change]
    ordinal: int = 0  # 1 for the first version of this register: what people read
    created: bool = False

    @property
    def number(self) -> int:
        return self.record.history_id


def _label(name: str) -> str:
    return capfirst(str(Register._meta.get_field(name).verbose_name))


def _shown(field: str, value: Any) -> Any:
    """A stored value as the history page shows it: a choice by its label in the reader's language
    (julkaistu, not "published"), purposes as lines, translations by language."""
    if field in ("systems", "parties") or value in (None, "", [], {}):
        return value
    column = Register._meta.get_field(field)
    if column.choices:
        return dict(column.flatchoices).get(value, value)
    if field == "purposes":
        return "\n".join(f"{p.get('purpose', '')} ({p.get('legal_basis') or '–'})" for p in value)
    if field == "translations":
        return ", ".join(f"{lang}: {len(texts)}" for lang, texts in value.items())
    return value


# The historical through rows of each relation, and the column holding the related id.
_RELATION_ID = {"systems": "system_id", "parties": "party_id"}


def _related_ids(record, field: str) -> list[int]:
    return [getattr(row, _RELATION_ID[field]) for row in getattr(record, field).all()]


def _m2m_names(record, field: str) -> list[str]:
    related = Register._meta.get_field(field).related_model
    ids = _related_ids(record, field)
    names = dict(related.objects.filter(pk__in=ids).values_list("pk", "name"))
    return sorted(names.get(i, f"#{i}") for i in ids)


def _value(record, field: str) -> Any:
    if field in ("systems", "parties"):
        # versions() reads the names of every record's systems and parties at once.
        known = getattr(record, "relation_names", None)
        return known[field] if known is not None else _m2m_names(record, field)
    return getattr(record, field)


def _read_relation_names(register: Register, records: list) -> None:
    """Set `relation_names` on each record: its systems and parties by name, in four queries in all."""
    linked: dict[tuple[int, str], list[int]] = {(r.history_id, f): [] for r in records for f in _RELATION_ID}
    names: dict[str, dict[int, str]] = {}
    for field, column in _RELATION_ID.items():
        through = getattr(Register.history.model, field).model  # the historical through rows
        rows = through.objects.filter(history_id__in=[r.history_id for r in records])
        for history_id, related_id in rows.values_list("history_id", column):
            linked[(history_id, field)].append(related_id)
        related = Register._meta.get_field(field).related_model
        names[field] = dict(
            related.objects.filter(organization_id=register.organization_id).values_list("pk", "name")
        )
    for record in records:
        record.relation_names = {
            field: sorted(names[field].get(i, f"#{i}") for i in linked[(record.history_id, field)])
            for field in _RELATION_ID
        }


def content_fields() -> list[str]:
    model = Register.history.model
    names = [
        f.name for f in model._meta.fields if f.name not in NOT_CONTENT and not f.name.startswith("history_")
    ]
    return [n for n in names if n in {f.name for f in Register._meta.get_fields()}] + ["systems", "parties"]


def diff(older, newer) -> list[Change]:
    """Field-by-field difference between two historical records (older may be None: creation)."""
    changes = []
    for field in content_fields():
        old = _value(older, field) if older is not None else None
        new = _value(newer, field)
        if old != new and not (older is None and new in ("", None, [], {})):
            changes.append(Change(field, _label(field), _shown(field, old), _shown(field, new)))
    return changes


def _same_save(a, b) -> bool:
    # A form save writes the row, then its relations: simple-history records each step with the
    # same revision. They are one change to the person who made it.
    return a.revision == b.revision and not b.history_change_reason


def versions(register: Register) -> list[Version]:
    """Newest first, one per save; records that changed nothing visible are left out."""
    records = list(register.history.select_related("history_user").order_by("history_id"))
    _read_relation_names(register, records)
    groups: list[list] = []
    for record in records:
        if groups and _same_save(groups[-1][-1], record):
            groups[-1].append(record)
        else:
            groups.append([record])
    out: list[Version] = []
    before = None
    for group in groups:
        last = group[-1]
        changes = diff(before, last)
        if changes or before is None or last.history_change_reason or group[0].history_change_reason:
            out.append(Version(last, changes, ordinal=len(out) + 1, created=group[0].history_type == "+"))
        before = last
    return list(reversed(out))


@transaction.atomic
def restore(register: Register, record, *, editor=None) -> int:
    """Make the register's content that of an earlier version; the restore is itself a new version,
    written like any edit (canonical validation: a version that breaks today's rules raises
    DocumentError and nothing changes). The status stays as it is: publishing owns "published".

    Returns the number (as the history page shows it) of the version restored."""
    values = {name: getattr(record, name) for name in content_fields() if name in c.Register.model_fields}
    del values["status"]  # stays as it is
    for field in ("systems", "parties"):
        # Links to catalogue entries deleted since then cannot come back.
        related = Register._meta.get_field(field).related_model
        alive = related.objects.filter(pk__in=_related_ids(record, field), organization=register.organization)
        values[field] = list(alive.values_list("name", flat=True))
    number = next((v.ordinal for v in versions(register) if v.number == record.history_id), record.history_id)
    register._change_reason = f"restored version {number}"
    edit_register(register, values, editor=editor)
    return number
