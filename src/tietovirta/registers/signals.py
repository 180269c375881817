"""Any change to an organisation's documentation (changes.py) raises its revision: the dashboard's findings
and the page parts kept under it (fragments.py) are stale from then on."""

from django.db.models import F

from tietovirta.registers import changes
from tietovirta.registers.models import HealthCache


def raise_revision(organization_id: int, register_ids=()) -> None:
    HealthCache.objects.filter(organization_id=organization_id).update(generation=F("generation") + 1)


def connect() -> None:
    changes.listen(raise_revision)
    changes.connect()
