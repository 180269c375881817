"""Backups: every organisation as its canonical document, plus what the document does not carry.

`tietovirta export --all DIR` writes, per organisation, `<id>-<name>.json` (the canonical document,
the same as `tietovirta export`) and beside it `<id>-<name>.extra.json`: the members and their
roles; the history of the organisation, of every system, party, register and risk assessment; and
the published privacy-notice versions; the public request form's address; the history of every
data-subject request, its tasks, and every breach. `audit-log.json` holds the whole audit log.

`tietovirta load DIR` (or one file) restores all of it into the database. Rows are matched by
their identities — the organisation by its uuid, systems and parties by name, registers by their
order, assessments by their uuid — so a backup restored into an empty database exports again
byte for byte. The audit log is append-only: its entries are written again as they were, each
marked with the time it was restored (`restored_at`), and only when the load created every
organisation of the backup (loading the same backup twice adds nothing).

Not in a backup: the history of rows deleted before it was made (a deleted system's versions).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.utils import timezone
from django.utils.text import slugify

from tietovirta.audit.models import LOAD, AuditEvent
from tietovirta.canonical import parse_document
from tietovirta.interchange import LoadSummary, export_document, load_document
from tietovirta.language import LANGUAGES
from tietovirta.organizations.models import Membership, Organization, Party, System
from tietovirta.publishing.models import PublishedNotice
from tietovirta.publishing.services import publish_unpublished
from tietovirta.registers.models import Register
from tietovirta.requests.models import PublicRequestForm

EXTRA_SUFFIX = ".extra.json"
# 1.1: histories of the organisation, systems, parties and assessments; 1.2: the public request form,
# the histories of requests, their tasks and breaches
EXTRA_VERSION = "1.2"
AUDIT_FILE = "audit-log.json"
# Columns of a historical row that the restore sets itself: its own id, the user (by name), and the
# live row it is a version of (`id`, and links such as `organization` or `register`).
_HISTORY_OWN = {"history_id", "history_user", "id"}
_REGISTER_RELATIONS = {"systems": ("system_id", System), "parties": ("party_id", Party)}


class _ExactEncoder(DjangoJSONEncoder):
    """Times with their microseconds: Django's encoder cuts them to milliseconds, and a restore must
    bring back exactly what was saved (a time with under 1 ms of fraction would even change form)."""

    def default(self, o):
        if isinstance(o, dt.datetime):
            return o.isoformat()
        return super().default(o)


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, cls=_ExactEncoder, ensure_ascii=False, indent=1), encoding="utf-8")


# --- history ---------------------------------------------------------------------------------------


def _links(history_model) -> list[models.ForeignKey]:
    """The columns of a historical row that point at live rows (e.g. `organization_id`)."""
    return [
        f for f in history_model._meta.concrete_fields
        if isinstance(f, models.ForeignKey) and f.name not in _HISTORY_OWN
    ]


def _history_fields(history_model) -> list[models.Field]:
    links = set(_links(history_model))
    return [f for f in history_model._meta.concrete_fields if f.name not in _HISTORY_OWN and f not in links]


def _versions_of(instance: models.Model) -> list[dict[str, Any]]:
    """Every saved version of a row, oldest first, without database ids (users by name)."""
    records = instance.history.select_related("history_user").order_by("history_id")
    fields = _history_fields(records.model)
    versions = []
    for record in records:
        row = {f.attname: f.value_from_object(record) for f in fields}
        row["history_user"] = record.history_user.get_username() if record.history_user else None
        versions.append(row)
    return versions


def _register_versions(register: Register) -> list[dict[str, Any]]:
    """A register's versions, each with the systems and parties it named then."""
    names = {
        relation: dict(model.objects.filter(organization=register.organization).values_list("pk", "name"))
        for relation, (_column, model) in _REGISTER_RELATIONS.items()
    }
    versions = _versions_of(register)
    records = register.history.order_by("history_id")
    for row, record in zip(versions, records, strict=True):
        for relation, (column, _model) in _REGISTER_RELATIONS.items():
            linked = getattr(record, relation).all()
            row[relation] = [names[relation].get(getattr(r, column), "") for r in linked]
    return versions


def _restore_versions(instance: models.Model, versions: list[dict[str, Any]]) -> list:
    """Replace a restored row's history (the versions the restore itself wrote) with the saved ones."""
    model = instance.history.model
    instance.history.all().delete()
    fields = _history_fields(model)
    links = {f.attname: getattr(instance, f.attname) for f in _links(model)}
    return [
        model.objects.create(
            **{f.attname: f.to_python(version[f.attname]) for f in fields if f.attname in version},
            **links,
            id=instance.pk,
            history_user=_user(version.get("history_user")),
        )
        for version in versions
    ]


def _restore_register_versions(register: Register, versions: list[dict[str, Any]]) -> list:
    records = _restore_versions(register, versions)
    catalogue = {
        relation: {e.name: e.pk for e in model.objects.filter(organization=register.organization)}
        for relation, (_column, model) in _REGISTER_RELATIONS.items()
    }
    for record, version in zip(records, versions, strict=True):
        for relation, (column, _model) in _REGISTER_RELATIONS.items():
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
    return records


# --- writing a backup ---------------------------------------------------------------------------


def _notices_of(register: Register, history_ids: list[int]) -> list[dict[str, Any]]:
    return [
        {
            "version": n.version,
            "published_at": n.published_at,
            "snapshot": n.snapshot,
            "languages": n.languages,
            "published_by": n.published_by.get_username() if n.published_by else None,
            # Which version of the register it was made from, as its place in the history above.
            "register_history": (
                history_ids.index(n.register_history_id) if n.register_history_id in history_ids else None
            ),
        }
        for n in register.published_notices.select_related("published_by").order_by("version")
    ]


def _register_extra(register: Register) -> dict[str, Any]:
    history_ids = list(register.history.order_by("history_id").values_list("history_id", flat=True))
    return {
        "name": register.name,
        "history": _register_versions(register),
        "published_notices": _notices_of(register, history_ids),
        "risk_assessments": [
            {"uuid": str(assessment.uuid), "history": _versions_of(assessment)}
            for assessment in register.risk_assessments.order_by("position", "id")
        ],
    }


def extra_of(organization: Organization) -> dict[str, Any]:
    catalogue = {
        kind: [
            {"name": entry.name, "history": _versions_of(entry)}
            for entry in model.objects.filter(organization=organization).order_by("position", "id")
        ]
        for kind, model in (("systems", System), ("parties", Party))
    }
    form = PublicRequestForm.objects.filter(organization=organization).first()
    return {
        "schema_version": EXTRA_VERSION,
        # The form's address is published on web sites: a restore keeps it.
        "request_form": {"public_id": str(form.public_id), "enabled": form.enabled} if form else None,
        "members": [
            {"user": m.user.get_username(), "email": m.user.email, "role": m.role}
            for m in organization.memberships.select_related("user").order_by("user__username")
        ],
        "history": _versions_of(organization),
        **catalogue,
        # The document's order, which a restore matches them by.
        "registers": [_register_extra(r) for r in organization.registers.order_by("position", "id")],
        # Requests and breaches by reference; a request's tasks in their order.
        "requests": [
            {"reference": r.reference, "history": _versions_of(r),
             "tasks": [_versions_of(t) for t in r.tasks.order_by("position", "id")]}
            for r in organization.subject_requests.order_by("id")
        ],
        "breaches": [
            {"reference": b.reference, "history": _versions_of(b)}
            for b in organization.breaches.order_by("id")
        ],
    }


def audit_log() -> dict[str, Any]:
    """Every audit entry as it was written; organisations by uuid, users by name."""
    events = AuditEvent.objects.select_related("organization", "user").order_by("id")
    return {
        "schema_version": EXTRA_VERSION,
        "events": [
            {
                "created_at": e.created_at,
                "event": e.event,
                "organization": str(e.organization.uuid) if e.organization else None,
                "organization_name": e.organization_name,
                "user": e.user.get_username() if e.user else None,
                "actor": e.actor,
                "target": e.target,
                "ip_address": e.ip_address,
                "details": e.details,
            }
            for e in events.iterator()
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
        _write_json(extra, extra_of(organization))
        written += [document, extra]
    _write_json(directory / AUDIT_FILE, audit_log())
    return [*written, directory / AUDIT_FILE]


# --- restoring ------------------------------------------------------------------------------------


def _user(username: str | None):
    if not username:
        return None
    User = get_user_model()
    user, created = User.objects.get_or_create(username=username, defaults={"email": username})
    if created:
        user.set_unusable_password()  # restored members set a password through an owner's invitation link
        user.save()
    return user


@transaction.atomic
def restore_file(path: Path, *, force: bool = False) -> LoadSummary:
    """Load one organisation's document (as `load_document`); when it creates the organisation and a
    backup's extra file lies beside the document, restore its members, histories and notices too."""
    document = parse_document(path.read_bytes(), strict=True)
    summary = load_document(document, force=force, publish=False)
    extra_path = path.with_name(path.name.removesuffix(".json") + EXTRA_SUFFIX)
    if summary.created and extra_path.exists():
        _restore_extra(summary.organization, json.loads(extra_path.read_text(encoding="utf-8")))
    # What the document marks published and no restored version covers is published now.
    publish_unpublished(summary.organization, actor=LOAD)
    return summary


def _restore_catalogue(organization: Organization, extra: dict[str, Any]) -> None:
    for kind, model in (("systems", System), ("parties", Party)):
        entries = {e.name: e for e in model.objects.filter(organization=organization)}
        for saved in extra.get(kind, []):
            if saved["name"] in entries:
                _restore_versions(entries[saved["name"]], saved["history"])


def _restore_register(register: Register, saved: dict[str, Any]) -> None:
    records = _restore_register_versions(register, saved.get("history", []))
    assessments = {str(a.uuid): a for a in register.risk_assessments.all()}
    for item in saved.get("risk_assessments", []):
        if item["uuid"] in assessments:
            _restore_versions(assessments[item["uuid"]], item["history"])
    for notice in saved.get("published_notices", []):
        made_from = notice.get("register_history")
        row = PublishedNotice.objects.create(
            register=register,
            version=notice["version"],
            published_by=_user(notice["published_by"]),
            snapshot=notice["snapshot"],
            languages=notice.get("languages", list(LANGUAGES)),  # backups older than the gate: all three
            register_history_id=records[made_from].history_id if made_from is not None else None,
        )
        # auto_now_add stamps the restore time; the backup's time is the truth.
        PublishedNotice.objects.filter(pk=row.pk).update(published_at=notice["published_at"])


def _restore_extra(organization: Organization, extra: dict[str, Any]) -> None:
    if form := extra.get("request_form"):
        PublicRequestForm.objects.create(
            organization=organization, public_id=form["public_id"], enabled=form["enabled"]
        )
    for member in extra.get("members", []):
        user = _user(member["user"])
        if member.get("email") and not user.email:
            user.email = member["email"]
            user.save(update_fields=["email"])
        Membership.objects.get_or_create(
            user=user, organization=organization, defaults={"role": member["role"]}
        )
    if "history" in extra:
        _restore_versions(organization, extra["history"])
    _restore_catalogue(organization, extra)
    registers = list(organization.registers.order_by("position", "id"))
    for register, saved in zip(registers, extra.get("registers", []), strict=False):
        _restore_register(register, saved)
    _restore_requests_and_breaches(organization, extra)


def _restore_requests_and_breaches(organization: Organization, extra: dict[str, Any]) -> None:
    """The versions of each request, its tasks and each breach (a breach's earlier links to registers
    and systems are not restored: its current ones are in the document)."""
    requests = {r.reference: r for r in organization.subject_requests.all()}
    for saved in extra.get("requests", []):
        if (row := requests.get(saved["reference"])) is not None:
            _restore_versions(row, saved["history"])
            for task, versions in zip(row.tasks.order_by("position", "id"), saved["tasks"], strict=False):
                _restore_versions(task, versions)
    breaches = {b.reference: b for b in organization.breaches.all()}
    for saved in extra.get("breaches", []):
        if (row := breaches.get(saved["reference"])) is not None:
            _restore_versions(row, saved["history"])


@transaction.atomic
def restore_audit_log(path: Path) -> int:
    """Write the backup's audit entries again, as they were, each marked as restored now."""
    events = json.loads(path.read_text(encoding="utf-8"))["events"]
    organizations = {str(o.uuid): o for o in Organization.objects.all()}
    now = timezone.now()
    for event in events:
        AuditEvent.objects.create(
            created_at=event["created_at"],
            event=event["event"],
            organization=organizations.get(event["organization"] or ""),
            organization_name=event["organization_name"],
            user=_user(event["user"]),
            actor=event["actor"],
            target=event["target"],
            ip_address=event["ip_address"],
            details=event["details"],
            restored_at=now,
        )
    return len(events)


def backup_files(path: Path) -> list[Path]:
    """The documents to restore: the file itself, or every document in a backup directory."""
    if path.is_dir():
        return sorted(
            p for p in path.glob("*.json") if not p.name.endswith(EXTRA_SUFFIX) and p.name != AUDIT_FILE
        )
    return [path]
