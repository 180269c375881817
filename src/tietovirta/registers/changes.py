"""What changes what: the one list of the writes that change an organisation's documentation.

Everything kept for later is kept under numbers that these writes raise in their own transaction:
- the organisation's revision (registers.HealthCache.generation): what shows the whole organisation (the
  dashboard's findings, the catalogue lists). Every change below raises it;
- what the organisation's registers share (registers.HealthCache.shared_generation): the organisation's
  details and its catalogue, which every register's page, documents and checks read besides the register
  itself. The changes marked `shared` raise it;
- a register's generation (api.RegisterAnswer.generation): what is kept per register, built from the
  register's canonical form (its row, the names of its systems and parties, its risk assessments). Each
  change below names the registers whose canonical form it changes.
So what one register shows is kept under the shared generation and its own (fragments.register_revision):
editing register B leaves register A's page as it is.
A model whose rows are part of the documentation is added to CHANGES once; whatever keeps something listens
here (`listen`) and so hears of it. Writes that bypass signals (bulk_create in `generate` and the backup's
restore) make new organisations, which have nothing kept yet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db.models import Model, QuerySet
from django.db.models.signals import ModelSignal, m2m_changed, post_save, pre_delete

from tietovirta.assessments.models import RiskAssessment
from tietovirta.organizations.models import Organization, Party, System
from tietovirta.registers.models import Register

# The registers a change touches: ids, or a query of them (read in the listener's own statement).
RegisterIds = Iterable[int] | QuerySet
# Called with the organisation's id, the registers the change touches, and whether it changes what the
# organisation's registers share (the organisation's details or its catalogue).
Listener = Callable[[int, RegisterIds, bool], None]


def _no_register(instance, **kwargs) -> RegisterIds:
    return ()


def _itself(instance, **kwargs) -> RegisterIds:
    return [instance.pk]


def _its_register(instance, **kwargs) -> RegisterIds:
    return [instance.register_id]


def _its_users(instance, **kwargs) -> RegisterIds:
    """The registers that name this system or party: its name is in their canonical form. Read before a
    deletion (pre_delete), while the links are still there."""
    return instance.registers.values("pk")


def _linked(instance, reverse, pk_set, **kwargs) -> RegisterIds:
    """The registers whose links to systems or parties changed."""
    if not reverse:
        return [instance.pk]
    if pk_set is not None:
        return pk_set
    return instance.registers.values("pk")  # a catalogue entry's links cleared (pre_clear): before they go


@dataclass(frozen=True)
class Change:
    sender: type[Model] | Callable[[], type[Model]]  # a callable for m2m tables (resolved when connected)
    signal: ModelSignal
    registers: Callable[..., RegisterIds]
    shared: bool = False  # the organisation's details or catalogue: read by every register's pages


CHANGES: tuple[Change, ...] = (
    Change(Organization, post_save, _no_register, shared=True),  # its details: in every register's pages
    Change(Organization, pre_delete, _no_register, shared=True),
    Change(Register, post_save, _itself),
    Change(Register, pre_delete, _no_register),  # what is kept for it goes with its row
    Change(System, post_save, _its_users, shared=True),
    Change(System, pre_delete, _its_users, shared=True),
    Change(Party, post_save, _its_users, shared=True),
    Change(Party, pre_delete, _its_users, shared=True),
    Change(RiskAssessment, post_save, _its_register),
    Change(RiskAssessment, pre_delete, _its_register),
    Change(lambda: Register.systems.through, m2m_changed, _linked),
    Change(lambda: Register.parties.through, m2m_changed, _linked),
    Change(lambda: Party.systems.through, m2m_changed, _no_register, shared=True),  # catalogue only
)

# The m2m actions after which the links are as they will stay, and a clear's before (to find the registers).
_M2M_ACTIONS = frozenset({"post_add", "post_remove", "post_clear", "pre_clear"})

_listeners: list[Listener] = []


def listen(listener: Listener) -> None:
    """Call `listener(organization_id, register_ids, shared)` on every change in CHANGES, in its
    transaction."""
    if listener not in _listeners:
        _listeners.append(listener)


def organization_of(instance) -> int | None:
    if isinstance(instance, Organization):
        return instance.pk
    if isinstance(instance, RiskAssessment):
        registers = Register.objects.filter(pk=instance.register_id)
        return registers.values_list("organization_id", flat=True).first()
    return getattr(instance, "organization_id", None)


def _handler(change: Change):
    def changed(sender, instance, **kwargs) -> None:
        if change.signal is m2m_changed and kwargs["action"] not in _M2M_ACTIONS:
            return
        organization_id = organization_of(instance)
        if organization_id is None:
            return
        registers = change.registers(instance, **kwargs)
        for listener in _listeners:
            listener(organization_id, registers, change.shared)

    return changed


def connect() -> None:
    for number, change in enumerate(CHANGES):
        sender = change.sender if isinstance(change.sender, type) else change.sender()
        change.signal.connect(_handler(change), sender=sender, weak=False, dispatch_uid=f"change-{number}")
