"""Risk assessments and DPIA screenings of registers (Riskin arvioinnit)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from tietovirta.registers.models import Register


def _text(label):
    return models.TextField(label, blank=True)


class RiskAssessment(models.Model):
    register = models.ForeignKey(Register, on_delete=models.CASCADE, related_name="risk_assessments")
    position = models.PositiveIntegerField(default=0)
    title = models.CharField(_("title"), max_length=200, blank=True)
    assessed_on = models.DateField(_("assessed on"), null=True, blank=True)
    screening = models.JSONField(_("DPIA screening"), default=dict, blank=True)
    risks = models.JSONField(_("risks"), default=list, blank=True)
    conclusion = _text(_("conclusion"))
    signed_by = models.CharField(_("signed by"), max_length=200, blank=True)
    signed_on = models.DateField(_("signed on"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.title or f"{self.register} #{self.position + 1}"
