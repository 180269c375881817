"""Publishing a register's privacy notice: the one way a register becomes "published".

Publishing freezes the notice as a snapshot at its public address and records the publication in
the audit log. A notice is published in a language only when it is complete in that language: every
Art. 13/14 item stated and every text written in that language (`documents.notice_gaps`); it is
public at /public/notices/<id>/<lang>/ in the languages it was published in. The web page, the API
and `load` call these functions; a write of the register itself cannot set the status to "published"
(interchange refuses it).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Max

from tietovirta.audit.log import record
from tietovirta.audit.models import Event
from tietovirta.canonical import OrganizationDocument, RegisterStatus
from tietovirta.documents import Gap, notice_gaps
from tietovirta.interchange import register_document
from tietovirta.language import LANGUAGES
from tietovirta.organizations.models import Organization
from tietovirta.publishing.models import PublishedNotice
from tietovirta.registers.models import Register


class NotPublishable(Exception):
    """The notice cannot be published in some of the languages asked for; `gaps` says why, per language."""

    def __init__(self, gaps: dict[str, list[Gap]]):
        self.gaps = gaps
        reasons = (f"{lang}: {', '.join(gap.reason for gap in found)}" for lang, found in gaps.items())
        super().__init__("; ".join(reasons) or "no language chosen")


@dataclass(frozen=True)
class Readiness:
    """What publishing the register would do now: the gaps in each language (none: publishable)."""

    gaps: dict[str, list[Gap]]

    @property
    def ready(self) -> list[str]:
        return [lang for lang in LANGUAGES if not self.gaps[lang]]


def readiness(document: OrganizationDocument, index: int = 0) -> Readiness:
    return Readiness({lang: notice_gaps(document, index, lang) for lang in LANGUAGES})


def _freeze(register: Register, languages: list[str], *, request=None, user=None,
            actor: str = "") -> PublishedNotice:
    """A new version of the register's notice as it reads now, in `languages`, and its audit entry."""
    latest = register.published_notices.aggregate(v=Max("version"))["v"] or 0
    history = register.history.order_by("-history_id").first()
    notice = PublishedNotice.objects.create(
        register=register,
        version=latest + 1,
        published_by=user if user is not None else getattr(request, "user", None),
        snapshot=register_document(register).model_dump(mode="json"),
        languages=languages,
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
def publish(
    register: Register, *, request=None, user=None, languages: list[str] | None = None
) -> PublishedNotice:
    """Publish (or publish again) the register in `languages` (default: every language its notice is
    complete in): status, a new revision, the frozen notice, the audit entry. Raises NotPublishable,
    changing nothing, when a language asked for has gaps or when no language is complete."""
    register = Register.objects.select_for_update().get(pk=register.pk)
    state = readiness(register_document(register))
    wanted = [lang for lang in LANGUAGES if lang in (languages or state.ready)]
    refused = {lang: state.gaps[lang] for lang in (wanted or LANGUAGES) if state.gaps[lang]}
    if refused or not wanted:
        raise NotPublishable(refused)
    register.status = RegisterStatus.PUBLISHED
    register.save()
    return _freeze(register, wanted, request=request, user=user)


def publish_unpublished(organization: Organization, *, user=None, actor: str = "") -> list[PublishedNotice]:
    """Freeze the notice of each register that a loaded document marks published but that has never
    been published here, so that its public address works (its content and date stay as loaded), in the
    languages it is complete in. A register complete in none gets no public notice: its page says what
    its notice lacks."""
    registers = organization.registers.filter(
        status=RegisterStatus.PUBLISHED, published_notices__isnull=True
    ).order_by("position", "id")
    frozen = []
    for register in registers:
        if ready := readiness(register_document(register)).ready:
            frozen.append(_freeze(register, ready, user=user, actor=actor))
    return frozen
