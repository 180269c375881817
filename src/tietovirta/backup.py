"""Backups: every organisation as its canonical document, plus what the document does not carry.

`tietovirta export --all DIR` writes, per organisation, `<id>-<name>.json` (the canonical document,
the same as `tietovirta export`) and beside it `<id>-<name>.extra.json`: the members and their
roles, every register's history, and the published privacy-notice versions. `tietovirta load DIR`
(or one file) restores both into the database, so nothing is lost, history included.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils.text import slugify

from tietovirta.canonical import parse_document
from tietovirta.interchange import LoadSummary, export_document, load_document
from tietovirta.organizations.models import Membership, Organization, Party, System
from tietovirta.publishing.models import PublishedNotice
from tietovirta.registers.models import Register

EXTRA_SUFFIX = ".extra.json"
EXTRA_VERSION = "1.0"
# Columns of a historical row that the restore sets itself.
_HISTORY_OWN = {"history_id", "history_user", "id", "organization"}
_RELATIONS = {"systems": ("system_id", System), "parties": ("party_id", Party)}


class _ExactEncoder(DjangoJSONEncoder):
    """Times with their microseconds: Django's encoder cuts them to milliseconds, and a restore must
    bring back exactly what was saved (a time with under 1 ms of fraction would even change form)."""

    def default(self, o):
        if isinstance(o, dt.datetime):
            return o.isoformat()
        return super().default(o)


def _history_fields():
    return [f for f in Register.history.model._meta.concrete_fields if f.name not in _HISTORY_OWN]


def _history_of(register: Register) -> list[dict[str, Any]]:
    names = {
        "systems": dict(System.objects.values_list("pk", "name")),
        "parties": dict(Party.objects.values_list("pk", "name")),
    }
    versions = []
    for record in register.history.select_related("history_user").order_by("history_id"):
        row = {f.attname: f.value_from_object(record) for f in _history_fields()}
        row["history_user"] = record.history_user.get_username() if record.history_user else None
        for relation, (column, _model) in _RELATIONS.items():
            row[relation] = [
                names[relation].get(getattr(r, column), "") for r in getattr(record, relation).all()
            ]
        versions.append(row)
    return versions


def extra_of(organization: Organization) -> dict[str, Any]:
    registers = list(organization.registers.order_by("position", "id"))  # the document's order
    return {
        "schema_version": EXTRA_VERSION,
        "members": [
            {"user": m.user.get_username(), "email": m.user.email, "role": m.role}
            for m in organization.memberships.select_related("user").order_by("user__username")
        ],
        "registers": [
            {
                "name": register.name,
                "history": _history_of(register),
                "published_notices": [
                    {
                        "version": n.version,
                        "published_at": n.published_at,
                        "snapshot": n.snapshot,
                        "published_by": n.published_by.get_username() if n.published_by else None,
                    }
                    for n in register.published_notices.select_related("published_by").order_by("version")
                ],
            }
            for register in registers
        ],
    }


def write_backup(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for organization in Organization.objects.order_by("pk"):
        stem = f"{organization.pk:05d}-{slugify(organization.name) or 'rekisterinpitaja'}"
        document = directory / f"{stem}.json"
        document.write_text(export_document(organization).to_json(), encoding="utf-8")
        extra = directory / f"{stem}{EXTRA_SUFFIX}"
        extra.write_text(
            json.dumps(extra_of(organization), cls=_ExactEncoder, ensure_ascii=False, indent=1),
            encoding="utf-8",
        )
        written += [document, extra]
    return written


def _user(username: str | None):
    if not username:
        return None
    User = get_user_model()
    user, created = User.objects.get_or_create(username=username, defaults={"email": username})
    if created:
        user.set_unusable_password()  # restored members set a password through an owner's invitation link
        user.save()
    return user


def _restore_history(register: Register, versions: list[dict[str, Any]]) -> None:
    model = Register.history.model
    register.history.all().delete()  # the rows written by the restore itself
    catalogue = {
        relation: {e.name: e.pk for e in related.objects.filter(organization=register.organization)}
        for relation, (_column, related) in _RELATIONS.items()
    }
    for version in versions:
        values = {
            f.attname: f.to_python(version[f.attname]) for f in _history_fields() if f.attname in version
        }
        record = model.objects.create(
            **values,
            id=register.pk,
            organization_id=register.organization_id,
            history_user=_user(version["history_user"]),
        )
        for relation, (column, _related) in _RELATIONS.items():
            through = getattr(record, relation).model
            through.objects.bulk_create(
                [
                    # `id` names the live link row, which a restore does not bring back; any number will do.
                    through(id=n, history=record, register_id=register.pk,
                            **{column: catalogue[relation][name]})
                    for n, name in enumerate(version.get(relation, []), 1)
                    if name in catalogue[relation]
                ]
            )


@transaction.atomic
def restore_file(path: Path, *, force: bool = False) -> LoadSummary:
    """Load one organisation's document (as `load_document`); when it creates the organisation and a
    backup's extra file lies beside the document, restore its members, history and notices too."""
    document = parse_document(path.read_bytes(), strict=True)
    summary = load_document(document, force=force)
    extra_path = path.with_name(path.name.removesuffix(".json") + EXTRA_SUFFIX)
    if summary.created and extra_path.exists():
        _restore_extra(summary.organization, json.loads(extra_path.read_text(encoding="utf-8")))
    return summary


def _restore_extra(organization: Organization, extra: dict[str, Any]) -> None:
    for member in extra.get("members", []):
        user = _user(member["user"])
        if member.get("email") and not user.email:
            user.email = member["email"]
            user.save(update_fields=["email"])
        Membership.objects.get_or_create(
            user=user, organization=organization, defaults={"role": member["role"]}
        )
    registers = list(organization.registers.order_by("position", "id"))
    for register, saved in zip(registers, extra.get("registers", []), strict=False):
        _restore_history(register, saved.get("history", []))
        for notice in saved.get("published_notices", []):
            row = PublishedNotice.objects.create(
                register=register,
                version=notice["version"],
                published_by=_user(notice["published_by"]),
                snapshot=notice["snapshot"],
            )
            # auto_now_add stamps the restore time; the backup's time is the truth.
            PublishedNotice.objects.filter(pk=row.pk).update(published_at=notice["published_at"])


def backup_files(path: Path) -> list[Path]:
    """The documents to restore: the file itself, or every document in a backup directory."""
    if path.is_dir():
        return sorted(p for p in path.glob("*.json") if not p.name.endswith(EXTRA_SUFFIX))
    return [path]
