"""Registers (processing activities) and their risk assessments.

Field names are those of the canonical `Register` model, so the mapping in `interchange.py` copies
them by name. Structured lists (legal bases, data categories, contacts…) are JSON columns whose
shape the canonical models define and validate.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tietovirta import canonical as c
from tietovirta.canonical import HetuGround, RegisterStatus, RetentionUnit
from tietovirta.language import DEFAULT_LANGUAGE
from tietovirta.organizations.choices import ChoiceLabels, choices
from tietovirta.organizations.models import Organization, Party, System
from tietovirta.reviews import review_due, review_state
from tietovirta.snapshots import LinkedHistory


def _text(label, limit=c.PROSE_MAX):
    # The canonical register refuses longer text with its path (tests/test_text_limits.py checks they agree).
    return models.TextField(label, max_length=limit, blank=True)


class RegisterQuerySet(models.QuerySet):
    def active(self):
        """The registers in use: all but the archived (the rule `Register.is_active` asks of one)."""
        return self.exclude(status=RegisterStatus.ARCHIVED)


class Register(ChoiceLabels, models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="registers")
    position = models.PositiveIntegerField(default=0)
    # The stable, unguessable part of the public privacy-notice URL.
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("name of the register"), max_length=c.column_length(c.Register, "name"))
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=choices(RegisterStatus),
        default=RegisterStatus.DRAFT,
        db_index=True,
    )
    modified_at = models.DateTimeField(_("modified"), default=timezone.now, db_index=True)
    # The language the register's own texts are written in; `translations` holds them in the others
    # (canonical.translations says which are missing).
    language = models.CharField(
        _("language of the texts"), max_length=8, choices=settings.LANGUAGES, default=DEFAULT_LANGUAGE
    )
    translations = models.JSONField(_("translations"), default=dict, blank=True)
    review_interval_months = models.PositiveSmallIntegerField(_("review interval (months)"), default=12)
    reviewed_on = models.DateField(_("last reviewed"), null=True, blank=True)
    # Grows by one on every saved change: a save based on an older revision is a conflict, not an overwrite.
    revision = models.PositiveIntegerField(default=1)
    description = _text(_("description"))

    contact_person = models.JSONField(
        _("contact person for matters concerning the register"), null=True, blank=True
    )
    responsible_person = models.JSONField(_("responsible person"), null=True, blank=True)

    sources = models.JSONField(_("data sources"), default=list, blank=True)
    sources_text = _text(_("data sources, description"))

    legal_bases = models.JSONField(_("legal bases (GDPR Art. 6(1))"), default=list, blank=True)
    legal_basis_text = _text(_("legal basis, description"))
    legitimate_interest_text = _text(_("legitimate interest pursued"))
    special_category_conditions = models.JSONField(_("Art. 9(2) conditions"), default=list, blank=True)
    special_category_text = _text(_("special categories of data, grounds"))
    criminal_data_basis_text = _text(_("criminal-offence data, basis"))
    hetu_ground = models.CharField(  # noqa: DJ001 - NULL: no ground recorded
        _("personal identity code: ground (TSL 29 §)"),
        max_length=40,
        choices=choices(HetuGround),
        null=True,
        blank=True,
    )
    hetu_ground_text = _text(_("personal identity code: why it is needed"))

    consent_text = _text(_("consent"))
    consent_withdrawal_text = _text(_("right to withdraw consent"))

    use_system_references = models.BooleanField(
        _("use references to defined information systems"), default=False
    )
    systems = models.ManyToManyField(System, blank=True, related_name="registers", verbose_name=_("systems"))
    systems_text = _text(_("information systems, description"))

    data_subject_categories = models.JSONField(_("categories of data subjects"), default=list, blank=True)
    data_categories = models.JSONField(_("categories of personal data"), default=list, blank=True)
    data_subjects_text = _text(_("data subjects, description"))
    data_collected_text = _text(_("data collected, description"))

    location_text = _text(_("location"))
    processing_location_text = _text(_("where data is processed"))
    purpose_text = _text(_("purpose of processing"))
    purposes = models.JSONField(_("purposes and their legal bases"), default=list, blank=True)
    processing_method_text = _text(_("how data is processed"))
    resulting_registers_text = _text(_("registers formed from the data"))

    parties = models.ManyToManyField(
        Party, blank=True, related_name="registers", verbose_name=_("processors and recipients")
    )
    processors_text = _text(_("processors, description"))
    disclosures_text = _text(_("regular disclosures"))
    transfers_text = _text(_("transfers outside the EU or EEA"))

    retention_period = models.PositiveIntegerField(_("retention period"), null=True, blank=True)
    retention_unit = models.CharField(  # noqa: DJ001 - NULL: no period given
        _("unit"), max_length=10, choices=choices(RetentionUnit), null=True, blank=True
    )
    retention_trigger = models.CharField(
        _("counted from"),
        max_length=c.column_length(c.Register, "retention_trigger"),
        blank=True,
        help_text=_(
            "What starts the period, as it follows the number of years: “from the end of the customer "
            "relationship”."
        ),
    )
    retention_text = _text(_("retention and erasure, description"))

    security_text = _text(_("security measures"))
    security_manual_text = _text(_("A: manual material"))
    security_electronic_text = _text(_("B: electronically processed data"))

    cookies_text = _text(_("cookies"))
    access_right_text = _text(_("right of access"))
    rectification_text = _text(_("right to rectification"))
    other_rights_text = _text(_("other rights"))
    statutory_requirement_text = _text(_("is providing the data a statutory or contractual requirement"))
    automated_decisions_text = _text(_("automated decision-making and profiling"))

    privacy_notice_text = _text(_("privacy notice"), c.LONG_PROSE_MAX)
    privacy_notice_url = models.CharField(
        _("privacy notice URL"), max_length=c.column_length(c.Register, "privacy_notice_url"), blank=True
    )

    risk_text = _text(_("risk assessment, description"))
    unmapped_text = _text(_("other / unmapped text"), c.LONG_PROSE_MAX)
    accepted_findings = models.JSONField(_("accepted findings"), default=list, blank=True)

    created_at = models.DateTimeField(auto_now_add=True)
    history = LinkedHistory(excluded_fields=["position", "public_id"], m2m_fields=["systems", "parties"])
    objects = RegisterQuerySet.as_manager()

    class Meta:
        ordering = ["position", "id"]
        indexes = [models.Index(fields=["organization", "status", "position"])]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, touch: bool = True, **kwargs):
        # Every edit moves "Muokattu"; loading a document keeps the date it carries (touch=False).
        if touch:
            self.modified_at = timezone.now()
            if self.pk:
                self.revision = (self.revision or 0) + 1
        super().save(*args, **kwargs)

    @property
    def is_active(self) -> bool:
        """In use, not archived (as `Register.objects.active()` selects)."""
        return self.status != RegisterStatus.ARCHIVED

    @property
    def review_due(self):
        return review_due(self.modified_at, self.reviewed_on, self.review_interval_months)

    def review_state(self, today=None) -> str:
        return review_state(self.review_due, today or timezone.localdate())


class HealthCache(models.Model):
    """One organisation's generations, and its score as last computed (the portfolio's).

    Any change to the organisation's data raises its generation (see signals.py). What is computed from
    the data is kept under the generation (registers/findings.py): each register's piece of the checks in the
    checks cache, the organisation's health per language in the worker's memory; here only
    the score, the same in every language, stale when `computed_generation` or `computed_on` is behind.
    """

    organization = models.OneToOneField(Organization, on_delete=models.CASCADE, related_name="health_cache")
    # Grows with every change; a result computed from an older generation is not stored.
    generation = models.PositiveBigIntegerField(default=0)
    # Grows with every change to what all its registers read besides themselves: the organisation's details
    # and its catalogue (registers/changes.py). A register's page and documents are kept under it and the
    # register's own generation (fragments.register_revision), not under `generation`.
    shared_generation = models.PositiveBigIntegerField(default=0)
    computed_generation = models.PositiveBigIntegerField(null=True)
    computed_on = models.DateField(null=True)  # review-overdue depends on the date
    data = models.JSONField(default=dict)  # the score (findings._score_data)

    def __str__(self) -> str:
        return f"health of {self.organization_id} (generation {self.generation})"
