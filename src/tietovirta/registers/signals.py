"""Any change to an organisation's documentation makes its cached dashboard findings stale."""

from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save

from tietovirta.assessments.models import RiskAssessment
from tietovirta.organizations.models import Organization, Party, System
from tietovirta.registers.models import HealthCache, Register


def _organization_id(instance) -> int | None:
    if isinstance(instance, Organization):
        return instance.pk
    if isinstance(instance, RiskAssessment):
        return (
            Register.objects.filter(pk=instance.register_id).values_list("organization_id", flat=True).first()
        )
    return getattr(instance, "organization_id", None)


def mark_stale(sender, instance, **kwargs) -> None:
    organization_id = _organization_id(instance)
    if organization_id is not None:
        HealthCache.objects.filter(organization_id=organization_id).update(generation=F("generation") + 1)


def connect() -> None:
    for model in (Organization, System, Party, Register, RiskAssessment):
        post_save.connect(mark_stale, sender=model, dispatch_uid=f"health-save-{model.__name__}")
        post_delete.connect(mark_stale, sender=model, dispatch_uid=f"health-delete-{model.__name__}")
    for through in (Register.systems.through, Register.parties.through, Party.systems.through):
        m2m_changed.connect(mark_stale, sender=through, dispatch_uid=f"health-m2m-{through.__name__}")
