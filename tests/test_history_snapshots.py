"""A register's and a breach's history keep their links exactly as django-simple-history writes them,
from fewer queries (tietovirta/snapshots.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from simple_history.models import HistoricalRecords

from tietovirta.breaches.models import Breach
from tietovirta.organizations.models import Party, System
from tietovirta.registers import history
from tietovirta.registers.models import Register
from tietovirta.snapshots import LinkedHistory

pytestmark = pytest.mark.django_db


def _records(model) -> LinkedHistory:
    """The HistoricalRecords a model's history is written by (connected to its post_save)."""
    from django.db.models.signals import post_save

    found = {receiver.__self__ for receiver in post_save._live_receivers(model)[0]
             if isinstance(getattr(receiver, "__self__", None), HistoricalRecords)}
    assert len(found) == 1
    return found.pop()


def _linked(history_row) -> dict[str, list[tuple]]:
    """Each link field's historical rows of one historical record, as (id, the two linked ids)."""
    out = {}
    for field in history_row._history_m2m_fields:
        through = getattr(history_row, field.name).model
        columns = [f.attname for f in through._meta.fields if f.name not in ("m2m_history_id", "history")]
        out[field.name] = sorted(through.objects.filter(history=history_row).values_list(*columns))
    return out


@pytest.fixture
def register(org):
    systems = [System.objects.create(organization=org, name=f"Järjestelmä {i}") for i in range(3)]
    parties = [Party.objects.create(organization=org, name=f"Käsittelijä {i} Oy") for i in range(2)]
    register = Register.objects.create(organization=org, name="Asiakasrekisteri")
    register.systems.set(systems[:2])
    register.parties.set(parties)
    return register


@pytest.mark.parametrize("model", [Register, Breach])
def test_the_model_writes_its_history_with_linked_history(model):
    assert isinstance(_records(model), LinkedHistory)


def test_a_saves_links_are_the_ones_simple_history_writes(register):
    records = _records(Register)
    register.name = "Asiakasrekisteri 2"
    register.save()
    ours = register.history.order_by("-history_id").first()
    # The same record again, its links written by simple-history's own code.
    theirs = register.history.model.objects.get(pk=ours.pk)
    theirs.pk = None
    theirs.save()
    HistoricalRecords.create_historical_record_m2ms(records, theirs, register)
    assert _linked(ours) == _linked(theirs)
    assert len(_linked(ours)["systems"]) == 2 and len(_linked(ours)["parties"]) == 2


def test_the_links_are_copied_in_one_statement_per_field(register):
    register.name = "Asiakasrekisteri 3"
    with CaptureQueriesContext(connection) as queries:
        register.save()
    statements = [q["sql"] for q in queries.captured_queries]
    assert not [sql for sql in statements if sql.startswith("SELECT")], statements  # nothing read back
    copies = [sql for sql in statements if sql.startswith("INSERT") and "SELECT" in sql]
    assert len(copies) == 2, statements  # the register's systems' and parties' link rows


def test_listeners_of_the_link_signals_get_the_rows(register):
    from simple_history.signals import post_create_historical_m2m_records

    heard = []

    def listen(sender, created_rows, **kwargs):
        heard.extend((row.register_id, getattr(row, "system_id", None) or row.party_id)
                     for row in created_rows)

    post_create_historical_m2m_records.connect(listen)
    try:
        register.name = "Asiakasrekisteri 5"
        register.save()
    finally:
        post_create_historical_m2m_records.disconnect(listen)
    ours = register.history.order_by("-history_id").first()
    linked = _linked(ours)
    assert sorted(heard) == sorted(row[1:] for rows in linked.values() for row in rows)
    assert len(heard) == 4


def test_the_history_page_shows_link_changes(register, org):
    added = System.objects.create(organization=org, name="Uusi järjestelmä")
    register.name = "Asiakasrekisteri 4"
    register.save()  # a form's save: the row, then its links, one version
    register.systems.add(added)
    newest = history.versions(register)[0]
    change = next(c for c in newest.changes if c.field == "systems")
    assert "Uusi järjestelmä" in change.new and "Uusi järjestelmä" not in change.old


def test_a_breach_keeps_its_links_in_its_history(org, register):
    from django.utils import timezone

    breach = Breach.objects.create(organization=org, reference="2026-1", title="Kadonnut kannettava",
                                   aware_at=timezone.now())
    breach.registers.add(register)
    breach.systems.add(*register.systems.all())
    newest = breach.history.order_by("-history_id").first()
    linked = _linked(newest)
    assert [row[1:] for row in linked["registers"]] == [(breach.pk, register.pk)]
    assert len(linked["systems"]) == 2


@pytest.mark.parametrize("model", [Register, Breach])
def test_the_history_managers_class_is_made_once(model, monkeypatch):
    from simple_history.manager import HistoryManager

    model.history  # noqa: B018 - made on the first read
    made = []
    real = HistoryManager.from_queryset.__func__
    monkeypatch.setattr(HistoryManager, "from_queryset", classmethod(lambda *a: made.append(a) or real(*a)))
    assert type(model.history) is type(model.history)
    assert made == []


def test_each_edit_is_recorded_and_each_registers_history_is_its_own(register, org):
    other = Register.objects.create(organization=org, name="Toinen rekisteri")
    for number in range(3):
        register.name = f"Asiakasrekisteri {number}"
        register.save()
    names = list(register.history.order_by("history_id").values_list("name", flat=True))
    assert names[-3:] == ["Asiakasrekisteri 0", "Asiakasrekisteri 1", "Asiakasrekisteri 2"]
    assert {row.id for row in register.history.all()} == {register.pk}
    assert list(other.history.values_list("name", flat=True)) == ["Toinen rekisteri"]
    assert Register.history.filter(id=other.pk).count() == 1 and Register.history.count() == len(names) + 1
