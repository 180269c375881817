"""Any change to an organisation's documentation (changes.py) raises its revision, and a change to what its
registers share (its details, its catalogue) also their shared generation: the dashboard's findings and the
page parts kept under them (fragments.py) are stale from then on."""

from django.db.models import F

from tietovirta.registers import changes
from tietovirta.registers.models import HealthCache


def raise_revision(organization_id: int, register_ids=(), shared: bool = False) -> None:
    raised = {"generation": F("generation") + 1}
    if shared:
        raised["shared_generation"] = F("shared_generation") + 1
    HealthCache.objects.filter(organization_id=organization_id).update(**raised)


def connect() -> None:
    changes.listen(raise_revision)
    changes.connect()
