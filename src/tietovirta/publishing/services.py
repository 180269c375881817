"""Publishing a register's privacy notice: the one way a register becomes "published", and its gate.

Publishing freezes the notice as a snapshot at its public address, records that address on the register
and the publication in the audit log. The web page, the API and `load` call these functions; a write of
the register itself cannot set the status to "published" (interchange refuses it).

Two things must hold before a notice is published:

- Nothing blocks it (`publishing_blockers`): no open error-level finding and no Art. 13/14 item the
  notice cannot state. Each blocker is a `Finding`, so the refusal (`PublishingRefused`) lists it like any
  finding, with the link to where it is fixed, and it can be accepted as a risk with a reason on the
  register (it then no longer blocks). The blockers come from the functions in `BLOCKER_SOURCES`; a new
  condition is one more function there.
- It is published in a language only when every text it prints is written in that language
  (`documents.notice_gaps`, its translation gaps); it is public at /public/notices/<id>/<lang>/ in the
  languages it was published in. A language asked for without them is refused (`NotPublishable`).
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
from tietovirta.documents import Gap, notice_gaps, notice_readiness
from tietovirta.interchange import register_document
from tietovirta.language import LANGUAGES
from tietovirta.organizations.models import Organization
from tietovirta.publishing.models import PublishedNotice
from tietovirta.registers.findings import FixTargets, ShownFinding, fix_targets, register_concerns, shown
from tietovirta.registers.models import Register

# The rule id of an empty Art. 13/14 item (not a check: the gate reads the notice itself).
EMPTY_ITEM = "notice-item-empty"

# Where each item the notice cannot state is fixed (documents/notice.py, the kinds of gap).
_ITEM_FIELDS = {
    "controller": "organization.name",
    "contact": "organization.email",
    "purposes": "purposes",
    "basis": "purposes",
    "interest": "purposes",
    "legitimate_interest": "legitimate_interest_text",
    "data": "data_categories",
    "sources": "sources",
    "processors": "parties",
    "recipients": "parties",
    "mechanism": "transfers_text",
    "transfers": "transfers_text",
    "retention": "retention_text",
    "statutory_requirement": "statutory_requirement_text",
    "automated_decisions": "automated_decisions_text",
}


def _item_field(gap: Gap) -> str:
    return _ITEM_FIELDS.get(gap.kind, "purposes")


@dataclass(frozen=True)
class Subject:
    """What the blocker functions look at: one register as its canonical document (index 0)."""

    register: Register
    document: c.OrganizationDocument
    lang: str


# Findings the gate leaves to publishing itself: it records the notice's public address on the register,
# and publishes in a language only when its translations are complete.
LEFT_TO_PUBLISHING = frozenset({"privacy-notice-missing", "translation-missing"})


def open_errors(subject: Subject) -> list[Finding]:
    """Error-level findings of the checks that concern the register and are not accepted as risks."""
    return [
        f for f in register_concerns(subject.document)
        if f.severity is Severity.ERROR and not f.accepted and f.rule not in LEFT_TO_PUBLISHING
    ]


def _open_gaps(document: c.OrganizationDocument, lang: str, index: int = 0) -> list[Gap]:
    """The notice's gaps in `lang` less the empty items accepted as risks."""
    return _not_accepted(document.registers[index], notice_gaps(document, index, lang))


def _not_accepted(register: c.Register, gaps: list[Gap]) -> list[Gap]:
    """The gaps less the empty items accepted as risks (by the field that fills the item: accepting an
    empty legal basis also accepts the rights that follow from it)."""
    accepted = {a.field for a in register.accepted_findings if a.rule == EMPTY_ITEM}
    return [g for g in gaps if g.translation or _item_field(g) not in accepted]


def empty_notice_items(subject: Subject) -> list[Finding]:
    """Art. 13/14 items the notice cannot state and nobody accepted as a risk. They are the same in every
    language (translations aside); they are said in `subject.lang`."""
    register = subject.document.registers[0]
    items, seen = [], set()
    for gap in _open_gaps(subject.document, subject.lang):
        field = _item_field(gap)
        if gap.translation or (field, gap.reason) in seen:
            continue
        seen.add((field, gap.reason))
        items.append(Finding(
            rule=EMPTY_ITEM, severity=Severity.ERROR, register=register.name, register_index=0, field=field,
            message=_("The privacy notice item “%(item)s” is empty: it lacks %(what)s.")
            % {"item": gap.heading, "what": gap.message.render(subject.lang)},
            hint=_("Fill it in, or accept publishing it empty as a risk and say why."),
            legal_ref="GDPR 13, 14",
        ))
    return items


# Every condition that stops a notice from being published. Each returns Findings about register index 0.
BLOCKER_SOURCES: list[Callable[[Subject], list[Finding]]] = [open_errors, empty_notice_items]


def publishing_blockers(
    register: Register, targets: FixTargets | None = None, document: c.OrganizationDocument | None = None
) -> list[ShownFinding]:
    """Why the register's privacy notice cannot be published now (empty when it can), with fix links.
    `document` is the register's canonical document when the caller has it already."""
    lang = (translation.get_language() or "fi")[:2]
    subject = Subject(register, document or register_document(register), lang)
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


class NotPublishable(Exception):
    """The notice cannot be published in some of the languages asked for; `gaps` says why, per language."""

    def __init__(self, gaps: dict[str, list[Gap]]):
        self.gaps = gaps
        reasons = (f"{lang}: {', '.join(gap.reason for gap in found)}" for lang, found in gaps.items())
        super().__init__("; ".join(reasons) or "no language chosen")


@dataclass(frozen=True)
class Readiness:
    """What publishing the register would do now: the gaps in each language (none: publishable), and the
    register's texts its notice prints (`documents.notice_paths`)."""

    gaps: dict[str, list[Gap]]
    printed: set[str]

    @property
    def ready(self) -> list[str]:
        return [lang for lang in LANGUAGES if not self.gaps[lang]]


def readiness(document: c.OrganizationDocument, index: int = 0) -> Readiness:
    """From one notice, not one per language (`documents.notice_readiness`)."""
    found = notice_readiness(document, index, LANGUAGES)
    register = document.registers[index]
    gaps = {lang: _not_accepted(register, found) for lang, found in found.gaps.items()}
    return Readiness(gaps, found.printed)


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
    written in): status, a new revision, its address on the register, the frozen notice, the audit entry.
    Changes nothing and raises `PublishingRefused` while anything blocks it, `NotPublishable` when a
    language asked for lacks translations or no language has them all."""
    register = Register.objects.select_for_update().select_related("organization").get(pk=register.pk)
    document = register_document(register)
    if blockers := publishing_blockers(register, document=document):
        raise PublishingRefused(blockers)
    # What is left are the translations: the items themselves were stated or accepted as risks above.
    untranslated = {
        lang: [gap for gap in gaps if gap.translation] for lang, gaps in readiness(document).gaps.items()
    }
    written = [lang for lang in LANGUAGES if not untranslated[lang]]
    wanted = [lang for lang in LANGUAGES if lang in (languages or written)]
    refused = {lang: untranslated[lang] for lang in (wanted or LANGUAGES) if untranslated[lang]}
    if refused or not wanted:
        raise NotPublishable(refused)
    register.status = c.RegisterStatus.PUBLISHED
    if not register.privacy_notice_url.strip() or _is_own_address(register, register.privacy_notice_url):
        register.privacy_notice_url = public_address(register, request)
    register.save()
    return _freeze(register, wanted, request=request, user=user)


def publish_unpublished(organization: Organization, *, user=None, actor: str = "") -> list[PublishedNotice]:
    """Freeze the notice of each register that a loaded document marks published but that has never
    been published here, so that its public address works (its content and date stay as loaded). They
    were published before they came into Tietovirta, so the gate does not apply: each is public in the
    languages it is complete in or, when it is complete in none, in its own language as it is — its
    first line then says what it lacks, as the register page does."""
    registers = organization.registers.filter(
        status=c.RegisterStatus.PUBLISHED, published_notices__isnull=True
    ).order_by("position", "id")
    frozen = []
    for register in registers:
        languages = readiness(register_document(register)).ready or [register.language]
        frozen.append(_freeze(register, languages, user=user, actor=actor))
    return frozen
