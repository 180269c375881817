"""The worker's memory of the checks' pieces and organisations' health keeps the objects themselves
(object_cache.py): read back without unpickling, bounded, under keys that carry the database's identity."""

import pickle

import pytest
from django.core.cache import caches

from tietovirta.interchange import register_to_canonical, save_register
from tietovirta.object_cache import ObjectMemoryCache
from tietovirta.organizations.models import Organization
from tietovirta.registers.findings import cached_organization_health
from tietovirta.registers.models import HealthCache, Register


def test_what_is_kept_is_read_back_as_the_object_itself():
    kept = {"problems": [("rule", "problem")]}
    caches["checks-here"].set("piece", kept)
    assert caches["checks-here"].get("piece") is kept
    assert caches["checks-here"].get_many(["piece", "absent"]) == {"piece": kept}
    assert caches["checks-here"].get_many(["piece"])["piece"] is kept


def test_the_least_recently_read_are_forgotten_beyond_its_size():
    memory = ObjectMemoryCache("test-object-cache", {"OPTIONS": {"MAX_ENTRIES": 3, "CULL_FREQUENCY": 3}})
    memory.clear()
    for name in ("a", "b", "c"):
        memory.set(name, name.upper())
    assert memory.get("a") == "A"  # read lately: "b" is now the least recently read
    memory.set("d", "D")
    assert memory.get("b") is None
    assert [memory.get(name) for name in ("a", "c", "d")] == ["A", "C", "D"]


@pytest.mark.django_db
def test_the_dashboards_health_after_an_edit_unpickles_none_of_the_other_registers_pieces(
    generated_organization, monkeypatch
):
    organization = generated_organization(registers=5)
    cached_organization_health(organization)  # every register's piece kept
    row = Register.objects.filter(organization=organization).order_by("position", "id").first()
    save_register(row, register_to_canonical(row).model_copy(update={"description": "Muutettu"}))
    unpickled = []
    loads = pickle.loads
    monkeypatch.setattr(pickle, "loads", lambda data, *args, **kwargs: unpickled.append(1) or loads(data))
    health = cached_organization_health(Organization.objects.get(pk=organization.pk))
    assert unpickled == []
    assert len(health.registers) == 5


@pytest.mark.django_db
def test_the_row_keeps_the_score_alone_not_the_findings_in_each_language(owner_client, org):
    """After a change the dashboard writes the organisation's score (the portfolio's) to its row, some
    bytes, not its findings per language (some hundred kB for fifty registers)."""
    Register.objects.create(organization=org, name="A")
    owner_client.get(f"/organizations/{org.pk}/")
    row = HealthCache.objects.get(organization=org)
    assert set(row.data) == {"value", "counts", "accepted"}
    assert row.data["value"] == cached_organization_health(org).score.value
