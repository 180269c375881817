"""Publishing a register's privacy notice: the one way a register becomes "published".

Publishing freezes the notice as a snapshot at its public address and records the publication in
the audit log. The web page, the API and `load` call these functions; a write of the register
itself cannot set the status to "published" (interchange refuses it).
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Max

from tietovirta.audit.log import record
from tietovirta.audit.models import Event
from tietovirta.canonical import RegisterStatus
from tietovirta.interchange import register_document
from tietovirta.organizations.models import Organization
from tietovirta.publishing.models import PublishedNotice
from tietovirta.registers.models import Register


def _freeze(register: Register, *, request=None, user=None, actor: str = "") -> PublishedNotice:
    """A new version of the register's notice as it reads now, and its audit entry."""
    latest = register.published_notices.aggregate(v=Max("version"))["v"] or 0
    history = register.history.order_by("-history_id").first()
    notice = PublishedNotice.objects.create(
        register=register,
        version=latest + 1,
        published_by=user if user is not None else getattr(request, "user", None),
        snapshot=register_document(register).model_dump(mode="json"),
        register_history_id=history.history_id if history else None,
    )
    record(
        Event.PUBLICATION,
        request=request,
        user=user,
        organization=register.organization,
        target=register.name,
        version=notice.version,
        **({"actor": actor} if actor else {}),
    )
    return notice


@transaction.atomic
def publish(register: Register, *, request=None, user=None) -> PublishedNotice:
    """Publish (or publish again) the register: status, a new revision, the frozen notice, the audit entry."""
    register = Register.objects.select_for_update().get(pk=register.pk)
    register.status = RegisterStatus.PUBLISHED
    register.save()
    return _freeze(register, request=request, user=user)


def publish_unpublished(organization: Organization, *, user=None, actor: str = "") -> list[PublishedNotice]:
    """Freeze the notice of each register that a loaded document marks published but that has never
    been published here, so that its public address works (its content and date stay as loaded)."""
    registers = organization.registers.filter(
        status=RegisterStatus.PUBLISHED, published_notices__isnull=True
    ).order_by("position", "id")
    return [_freeze(register, user=user, actor=actor) for register in registers]
