"""Risk assessments and DPIA screenings of registers (Riskin arvioinnit)."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from tietovirta import canonical as c
from tietovirta.registers.models import Register


def _char(name, label):
    return models.CharField(label, max_length=c.column_length(c.RiskAssessment, name), blank=True)


class RiskAssessment(models.Model):
    register = models.ForeignKey(Register, on_delete=models.CASCADE, related_name="risk_assessments")
    # The assessment's identity in documents and the API: writes update the row with this uuid in place.
    uuid = models.UUIDField(default=uuid.uuid4, editable=False)
    position = models.PositiveIntegerField(default=0)
    title = _char("title", _("title"))
    assessed_on = models.DateField(_("assessed on"), null=True, blank=True)
    screening = models.JSONField(_("DPIA screening"), default=dict, blank=True)
    risks = models.JSONField(_("risks"), default=list, blank=True)
    conclusion = models.TextField(_("conclusion"), max_length=c.PROSE_MAX, blank=True)
    signed_by = _char("signed_by", _("signed by"))
    signed_on = models.DateField(_("signed on"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["position", "id"]
        constraints = [models.UniqueConstraint(fields=["register", "uuid"], name="one_assessment_per_uuid")]

    def __str__(self) -> str:
        return self.title or f"{self.register} #{self.position + 1}"
