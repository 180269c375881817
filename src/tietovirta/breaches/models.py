"""Breaches (Art. 33(5) log). Field names are those of the canonical `Breach` (interchange copies them)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tietovirta.canonical import BreachRisk
from tietovirta.organizations.choices import ChoiceLabels, choices
from tietovirta.organizations.models import Organization, System
from tietovirta.registers.models import Register
from tietovirta.snapshots import LinkedHistory


def _text(label):
    return models.TextField(label, blank=True)


class Breach(ChoiceLabels, models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="breaches")
    reference = models.CharField(_("reference"), max_length=40)
    title = models.CharField(_("breach title"), max_length=200)
    happened_at = models.DateTimeField(_("happened at"), null=True, blank=True)
    aware_at = models.DateTimeField(_("became aware at"), default=timezone.now, db_index=True)
    description = _text(_("what happened"))
    registers = models.ManyToManyField(
        Register, blank=True, related_name="breaches", verbose_name=_("registers affected")
    )
    systems = models.ManyToManyField(
        System, blank=True, related_name="breaches", verbose_name=_("systems affected")
    )
    data_categories = models.JSONField(_("categories of personal data"), default=list, blank=True)
    data_subject_categories = models.JSONField(_("categories of data subjects"), default=list, blank=True)
    people_count = models.PositiveIntegerField(_("approximate number of people"), null=True, blank=True)
    records_count = models.PositiveIntegerField(_("approximate number of records"), null=True, blank=True)
    consequences_text = _text(_("likely consequences"))
    risk = models.CharField(
        _("risk"), max_length=20, choices=choices(BreachRisk), default=BreachRisk.UNASSESSED
    )
    risk_reasons = _text(_("reasons for the risk assessment"))
    actions = models.JSONField(_("containment and corrective actions"), default=list, blank=True)
    authority_notified_at = models.DateTimeField(
        _("Data Protection Ombudsman notified at"), null=True, blank=True
    )
    authority_reference = models.CharField(_("reference of the notification"), max_length=100, blank=True)
    delay_reasons = _text(_("reasons for the delay"))
    subjects_notified_on = models.DateField(_("data subjects told on"), null=True, blank=True)
    subjects_notification_text = _text(_("how the data subjects were told, or why not"))
    closed_on = models.DateField(_("closed on"), null=True, blank=True)
    revision = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    history = LinkedHistory(m2m_fields=["registers", "systems"])

    class Meta:
        ordering = ["-aware_at", "-id"]
        verbose_name_plural = "breaches"
        constraints = [
            models.UniqueConstraint(fields=["organization", "reference"], name="unique_breach_reference")
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.title}"

    def save(self, *args, touch: bool = True, **kwargs):
        if touch and self.pk:
            self.revision = (self.revision or 0) + 1
        super().save(*args, **kwargs)
