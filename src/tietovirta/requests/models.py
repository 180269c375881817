"""Data-subject requests, their checklist tasks, and each organisation's public request form.

Field names are those of the canonical `SubjectRequest` and `RequestTask`, so interchange copies them
by name. The request is itself personal data: `services.purge` deletes it, its tasks and its history
once its retention after closing has run out.
"""

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from tietovirta import deadlines
from tietovirta.canonical import RefusalGround, RequestChannel, RequestStatus, TaskKind
from tietovirta.organizations.choices import ChoiceLabels, choices
from tietovirta.organizations.models import Organization

CLOSED = (RequestStatus.COMPLETED, RequestStatus.REFUSED, RequestStatus.WITHDRAWN)


class SubjectRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=RequestStatus.OPEN)


class SubjectRequest(ChoiceLabels, models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="subject_requests")
    reference = models.CharField(_("reference"), max_length=40)
    kinds = models.JSONField(_("what is asked"), default=list)
    channel = models.CharField(
        _("received by"), max_length=20, choices=choices(RequestChannel), default=RequestChannel.EMAIL
    )
    received_on = models.DateField(_("received on"), default=timezone.localdate, db_index=True)
    language = models.CharField(_("language of the answer"), max_length=2, default="fi")
    requester_name = models.CharField(_("name"), max_length=200, blank=True)
    requester_email = models.CharField(_("e-mail"), max_length=254, blank=True)
    requester_phone = models.CharField(_("phone"), max_length=50, blank=True)
    requester_address = models.TextField(_("postal address"), blank=True)
    subject_categories = models.JSONField(_("relationship to the organisation"), default=list, blank=True)
    details = models.TextField(_("the request in the person's words"), blank=True)
    email_confirmed_at = models.DateTimeField(_("e-mail address confirmed"), null=True, blank=True)
    identity = models.JSONField(_("identity check"), null=True, blank=True)
    extension_reason = models.TextField(_("reasons for the extension"), blank=True)
    extension_notified_on = models.DateField(_("person told of the extension on"), null=True, blank=True)
    answer_text = models.TextField(_("answer"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=choices(RequestStatus), default=RequestStatus.OPEN, db_index=True
    )
    answered_on = models.DateField(_("answered on"), null=True, blank=True)
    refusal_ground = models.CharField(  # noqa: DJ001 - NULL: not refused
        _("ground for refusal"), max_length=40, choices=choices(RefusalGround), null=True, blank=True
    )
    refusal_text = models.TextField(_("reasons for the refusal"), blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True, db_index=True)
    # Grows by one on every saved change: a write based on an older revision is a conflict.
    revision = models.PositiveIntegerField(default=1)
    # Abuse limits of the public form count recent submissions per address; only a keyed digest is kept.
    source_digest = models.CharField(max_length=64, blank=True, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    history = HistoricalRecords(excluded_fields=["source_digest"])
    objects = SubjectRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-received_on", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "reference"], name="unique_request_reference")
        ]

    def __str__(self) -> str:
        return self.reference

    def save(self, *args, touch: bool = True, **kwargs):
        if touch and self.pk:
            self.revision = (self.revision or 0) + 1
        super().save(*args, **kwargs)

    @property
    def is_open(self) -> bool:
        return self.status == RequestStatus.OPEN

    @property
    def first_due_on(self):
        return deadlines.dsr_deadline(self.received_on)

    @property
    def due_on(self):
        return deadlines.dsr_deadline(self.received_on, extended=self.extension_notified_on is not None)

    def deadline_state(self, today=None) -> str:
        """ "overdue", "due" or "ok" while open; "closed" after."""
        if not self.is_open:
            return "closed"
        return deadlines.deadline_state(self.due_on, today or timezone.localdate())


class RequestTask(ChoiceLabels, models.Model):
    request = models.ForeignKey(SubjectRequest, on_delete=models.CASCADE, related_name="tasks")
    position = models.PositiveIntegerField(default=0)
    kind = models.CharField(_("kind"), max_length=20, choices=choices(TaskKind), default=TaskKind.OTHER)
    register_name = models.CharField(_("register"), max_length=200, blank=True)
    system_name = models.CharField(_("system"), max_length=200, blank=True)
    party_name = models.CharField(_("processor or recipient"), max_length=200, blank=True)
    title = models.TextField(_("task"), blank=True)
    done_by = models.CharField(_("done by"), max_length=254, blank=True)
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)
    notes = models.TextField(_("task notes"), blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.title or self.register_name or self.system_name or self.party_name


class PublicRequestForm(models.Model):
    """The organisation's public request form: off until an owner or editor switches it on; its address
    (`public_id`) never changes."""

    organization = models.OneToOneField(Organization, on_delete=models.CASCADE, related_name="request_form")
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    enabled = models.BooleanField(_("the public request form is in use"), default=False)

    def __str__(self) -> str:
        return f"request form of {self.organization_id} ({'on' if self.enabled else 'off'})"
