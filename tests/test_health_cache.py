"""The dashboard's findings are cached, and every kind of change makes the cache recompute."""

import datetime as dt

from django.urls import reverse
from django.utils import timezone

from tietovirta.organizations.models import System
from tietovirta.registers.findings import cached_organization_health, organizations_scores
from tietovirta.registers.models import HealthCache, Register


def _errors(org) -> int:
    return cached_organization_health(org).score.counts.get("error", 0)


def test_cached_result_is_reused_until_something_changes(org, django_assert_max_num_queries):
    Register.objects.create(organization=org, name="A")
    first = _errors(org)
    with django_assert_max_num_queries(3):  # no export, no checks: read the cache row
        assert _errors(org) == first


def test_a_register_edit_makes_it_recompute(owner_client, org):
    register = Register.objects.create(organization=org, name="A")
    before = _errors(org)
    register.purpose_text = "Asiakassuhteen hoitaminen"
    register.legal_bases = ["b"]
    register.save()
    assert _errors(org) < before


def test_a_catalogue_change_makes_it_recompute(org):
    register = Register.objects.create(organization=org, name="A", use_system_references=True)
    crm = System.objects.create(organization=org, name="HubSpot", vendor_country="US", hosting="eea")
    register.systems.add(crm)
    rules = {f.rule for f in cached_organization_health(org).organization_findings}
    assert "transfer-mechanism-missing" in rules
    crm.transfer_mechanism = "dpf"
    crm.dpf_verified_on = dt.date(2026, 10, 1)
    crm.save()
    rules = {f.rule for f in cached_organization_health(org).organization_findings}
    assert "transfer-mechanism-missing" not in rules


def test_a_new_day_makes_the_portfolios_score_recompute(org):
    Register.objects.create(organization=org, name="A")
    cached_organization_health(org)
    HealthCache.objects.filter(organization=org).update(computed_on=dt.date(2000, 1, 1))
    organizations_scores([org])
    assert HealthCache.objects.get(organization=org).computed_on != dt.date(2000, 1, 1)


def test_dashboard_shows_fresh_counts_after_an_edit(owner_client, org):
    register = Register.objects.create(organization=org, name="Rekisteri")
    url = reverse("organization", kwargs={"org_id": org.pk})
    owner_client.get(url)
    edit = reverse(
        "register_edit", kwargs={"org_id": org.pk, "register_id": register.pk, "section_key": "legal_basis"}
    )
    owner_client.post(
        edit, {"legal_bases": ["b"], "legal_basis_text": "Sopimus", "based_on_revision": register.revision}
    )
    cached = HealthCache.objects.get(organization=org)
    assert cached.generation != cached.computed_generation  # the edit marked it stale
    owner_client.get(url)
    cached.refresh_from_db()
    assert cached.generation == cached.computed_generation
    # The score the dashboard computed is the one stored for the portfolio, today's.
    score = cached_organization_health(org).score
    assert cached.computed_on == timezone.localdate()
    assert cached.data == {"value": score.value, "counts": {s.value: n for s, n in score.counts.items()},
                           "accepted": score.accepted}  # fmt: skip
    assert organizations_scores([org])[org.pk] == score


def test_the_portfolio_scores_without_keeping_whole_healths_in_memory(org):
    from django.core.cache import caches

    Register.objects.create(organization=org, name="A")
    memory = caches["health-here"]
    memory.clear()
    scores = organizations_scores([org])
    assert scores[org.pk].counts.get("error", 0) > 0
    assert len(memory._cache) == 0  # the dashboards' healths are not pushed out by the portfolio's
    assert _errors(org) == scores[org.pk].counts["error"]  # the dashboard keeps its own
    assert len(memory._cache) == 1
