"""Publishing a register's privacy notice: the one way a register becomes "published", and its gate.

Publishing freezes the notice as a snapshot at its public address, records that address on the register
and the publication in the audit log. The web page, the API and `load` call these functions; a write of
the register itself cannot set the status to "published" (interchange refuses it).

A notice is published only when nothing blocks it. Each blocker is a `Finding`, so the refusal lists it
like any finding, with the link to where it is fixed, and it can be accepted as a risk with a reason on
the register (it then no longer blocks). The blockers come from the functions in `BLOCKER_SOURCES`; a
new condition is one more function there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from tietovirta import canonical as c
from tietovirta.audit.log import record
from tietovirta.audit.models import Event
from tietovirta.checks import Finding, Severity
from tietovirta.documents.model import Fields, Paragraph
from tietovirta.documents.notice import build_privacy_notice
from tietovirta.interchange import register_document
from tietovirta.organizations.models import Organization
from tietovirta.publishing.models import PublishedNotice
from tietovirta.registers.findings import FixTargets, ShownFinding, fix_targets, register_concerns, shown
from tietovirta.registers.models import Register

# The rule id of an empty Art. 13/14 item (not a check: the gate reads the notice itself).
EMPTY_ITEM = "notice-item-empty"

# The field that fills each item of the notice (documents/notice.py section keys), where its fix is.
_ITEM_FIELDS = {
    "controller": "organization.name",
    "purpose": "purpose_text",
    "legal_basis": "legal_bases",
    "legitimate_interest": "legitimate_interest_text",
    "data_collected": "data_categories",
    "sources": "sources",
    "recipients": "parties",
    "transfers": "transfers_text",
    "retention": "retention_text",
    "rights": "legal_bases",
    "consent_withdrawal": "consent_withdrawal_text",
    "statutory_requirement": "statutory_requirement_text",
    "automated_decisions": "automated_decisions_text",
}


@dataclass(frozen=True)
class Subject:
    """What the blocker functions look at: one register as its canonical document (index 0)."""

    register: Register
    document: c.OrganizationDocument
    lang: str


# Findings that publishing itself fixes: it records the notice's public address on the register.
RESOLVED_BY_PUBLISHING = frozenset({"privacy-notice-missing"})


def open_errors(subject: Subject) -> list[Finding]:
    """Error-level findings of the checks that concern the register and are not accepted as risks."""
    return [
        f for f in register_concerns(subject.document)
        if f.severity is Severity.ERROR and not f.accepted and f.rule not in RESOLVED_BY_PUBLISHING
    ]


def _is_empty(blocks) -> bool:
    """An item with nothing in it but the "not filled in" marker."""
    for block in blocks:
        if isinstance(block, Paragraph) and block.style == "missing":
            continue
        if isinstance(block, Fields) and all(row.missing for row in block.rows):
            continue
        return False
    return True


def empty_notice_items(subject: Subject) -> list[Finding]:
    """Art. 13/14 items of the notice that would be published empty, unless accepted as a risk (by the
    field that fills the item: accepting an empty legal basis also accepts the rights that follow from it)."""
    register = subject.document.registers[0]
    accepted = {a.field for a in register.accepted_findings if a.rule == EMPTY_ITEM}
    notice = build_privacy_notice(subject.document, 0, subject.lang)
    items = []
    for section in notice.sections:
        field = _ITEM_FIELDS.get(section.key)
        if field is None or not _is_empty(section.blocks) or field in accepted:
            continue
        items.append(Finding(
            rule=EMPTY_ITEM, severity=Severity.ERROR, register=register.name, register_index=0, field=field,
            message=_("The privacy notice item “%(item)s” is empty.") % {"item": section.heading},
            hint=_("Fill it in, or accept publishing it empty as a risk and say why."),
            legal_ref="GDPR 13, 14",
        ))
    return items


# Every condition that stops a notice from being published. Each returns Findings about register index 0.
BLOCKER_SOURCES: list[Callable[[Subject], list[Finding]]] = [open_errors, empty_notice_items]


def publishing_blockers(register: Register, targets: FixTargets | None = None) -> list[ShownFinding]:
    """Why the register's privacy notice cannot be published now (empty when it can), with fix links."""
    lang = (translation.get_language() or "fi")[:2]
    subject = Subject(register, register_document(register), lang)
    found = [finding for source in BLOCKER_SOURCES for finding in source(subject)]
    return shown(found, targets or fix_targets(register.organization, [register.pk]), subject.document)


def notice_outdated(register: Register, published_at) -> bool:
    """Whether the register was edited after its latest notice was published (the public notice is older
    than the register it describes)."""
    return published_at is not None and register.modified_at > published_at


class PublishingRefused(Exception):
    def __init__(self, blockers: list[ShownFinding]):
        super().__init__(f"{len(blockers)} thing(s) must be fixed or accepted as risks before publishing")
        self.blockers = blockers


def public_address(register: Register, request=None) -> str:
    """The permanent public address of the register's notice (it opens in the reader's language)."""
    path = reverse("public_notice_home", kwargs={"public_id": register.public_id})
    if request is not None:
        return request.build_absolute_uri(path)
    return settings.SITE_URL.rstrip("/") + path


def _is_own_address(register: Register, url: str) -> bool:
    return f"/public/notices/{register.public_id}/" in url


@transaction.atomic
def publish(register: Register, *, request=None, user=None) -> PublishedNotice:
    """Publish (or publish again) the register: status, a new revision, the frozen notice, the audit entry.
    Refused with `PublishingRefused` while anything blocks it."""
    register = Register.objects.select_for_update().select_related("organization").get(pk=register.pk)
    if blockers := publishing_blockers(register):
        raise PublishingRefused(blockers)
    register.status = c.RegisterStatus.PUBLISHED
    if not register.privacy_notice_url.strip() or _is_own_address(register, register.privacy_notice_url):
        register.privacy_notice_url = public_address(register, request)
    register.save()
    return _freeze(register, request=request, user=user)


def publish_unpublished(organization: Organization, *, user=None, actor: str = "") -> list[PublishedNotice]:
    """Freeze the notice of each register that a loaded document marks published but that has never
    been published here, so that its public address works. They were published before they came into
    Tietovirta, so the gate does not apply, and they stay as loaded (date and content)."""
    registers = organization.registers.filter(
        status=c.RegisterStatus.PUBLISHED, published_notices__isnull=True
    ).order_by("position", "id")
    return [_freeze(register, user=user, actor=actor) for register in registers]


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
