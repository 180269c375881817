"""The dashboard's findings are exactly what checking the organisation from scratch gives, after every kind
of change (registers/findings.py keeps them per register and recomputes only the registers that changed).

Each test shows the dashboard first, so that everything it keeps is kept, then changes one thing through
the services the pages use, checks that the change does change the findings (so the test can fail), and
compares the dashboard's findings, scores and rows with `run_checks` over a fresh export, nothing
remembered.
"""

import datetime as dt
import re
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape

from tietovirta import canonical as c
from tietovirta.assessments import services as assessments
from tietovirta.checks import engine
from tietovirta.interchange import (
    export_document,
    organization_to_canonical,
    party_to_canonical,
    register_to_canonical,
    save_catalogue_entry,
    save_organization,
    save_register,
    system_to_canonical,
)
from tietovirta.organizations.models import Organization, Party, System
from tietovirta.registers.findings import cached_organization_health, organization_health
from tietovirta.registers.models import Register
from tietovirta.risk import CRITERIA

pytestmark = pytest.mark.django_db


@pytest.fixture
def acme(generated_organization):
    """A generated organisation of 10 registers (systems, parties, findings of most rules)."""
    return generated_organization(registers=10)


def _from_scratch(organization) -> tuple:
    """The findings, the score and the rows (register id, name, score) of a full recheck."""
    engine._REMEMBERED.clear()
    organization = Organization.objects.get(pk=organization.pk)
    document = export_document(organization, include_archived=False)  # not the dashboard's own reading
    health = organization_health(document, timezone.localdate())
    ids = list(organization.registers.active().order_by("position", "id").values_list("pk", flat=True))
    rows = [(ids[h.index], h.name, h.score) for h in health.registers]
    return health.findings, health.score, rows


def _shown(organization) -> tuple:
    health = cached_organization_health(Organization.objects.get(pk=organization.pk))
    return health.findings, health.score, [(h.register_id, h.name, h.score) for h in health.registers]


def _dashboard(client, organization) -> str:
    response = client.get(reverse("organization", kwargs={"org_id": organization.pk}))
    assert response.status_code == 200
    return response.content.decode()


def _register(organization, position: int = 1):
    return organization.registers.active().order_by("position", "id")[position]


def _edit_register(register, **values) -> None:
    save_register(register, register_to_canonical(register).model_copy(update=values))


def _used(organization, model):
    """A system or party that some register uses."""
    return model.objects.filter(organization=organization, registers__isnull=False).order_by("pk").first()


def edit_register(organization):
    _edit_register(_register(organization), description="<b>Asiakkaat</b>", consent_text="", purposes=[])


def rename_system(organization):
    system = _used(organization, System)
    changed = {"name": "Uusi järjestelmä", "hosting_country": "US"}
    item = system_to_canonical(system).model_copy(update=changed)
    save_catalogue_entry(system, item)


def delete_system(organization):
    _used(organization, System).delete()


def change_party(organization):
    party = _used(organization, Party)
    changed = {"processor_agreement": c.AgreementStatus.MISSING, "role": c.PartyRole.PROCESSOR}
    item = party_to_canonical(party).model_copy(update=changed)
    save_catalogue_entry(party, item)


def save_assessment(organization):
    row = assessments.new_assessment(_register(organization, 2), title="Arvio 2026", lang="fi")
    item = assessments.to_canonical(row)
    screening = item.screening.model_copy(update={"answers": {criterion.id: True for criterion in CRITERIA}})
    assessments.save_assessment(row, item.model_copy(update={"screening": screening, "risks": []}))


def delete_register(organization):
    _register(organization, 3).delete()


def change_organization(organization):
    changed = {"is_public_authority": True, "dpo": None}
    item = organization_to_canonical(organization).model_copy(update=changed)
    save_organization(organization, c.validate(c.Organization, item.model_dump(), strict=False))


def add_register(organization):
    item = register_to_canonical(_register(organization, 0)).model_copy(update={"name": "Uusi rekisteri"})
    save_register(Register(organization=organization, position=0), item)  # first: the others move down


def archive_register(organization):
    _edit_register(_register(organization, 0), status=c.RegisterStatus.ARCHIVED)


def link_systems(organization):
    """A register's links only: its systems replaced by one it did not use."""
    register = _register(organization, 4)
    unused = System.objects.filter(organization=organization).exclude(registers=register).order_by("pk")
    item = register_to_canonical(register).model_copy(update={"systems": [unused.first().name]})
    save_register(register, item)


CHANGES = [
    edit_register,
    rename_system,
    delete_system,
    change_party,
    save_assessment,
    delete_register,
    change_organization,
    add_register,
    archive_register,
    link_systems,
]


@pytest.mark.parametrize("change", CHANGES, ids=[change.__name__ for change in CHANGES])
def test_the_dashboard_after_a_change_shows_what_a_full_recheck_finds(owner_client, acme, change):
    _dashboard(owner_client, acme)
    before = _from_scratch(acme)
    assert _shown(acme) == before
    change(Organization.objects.get(pk=acme.pk))
    after = _from_scratch(acme)
    assert after != before  # the change shows in the findings, so a stale dashboard would be caught
    assert _shown(acme) == after
    _assert_page_shows(_dashboard(owner_client, acme), after)


def _assert_page_shows(page: str, expected: tuple) -> None:
    """The page's score, each register's row with its score, and each rule's group with its count and every
    message (rows and groups are kept apart)."""
    findings, score, rows = expected
    assert f'data-testid="score">{score.value} / 100<' in page
    shown_rows = re.findall(
        r'<tr data-register="[^"]*"><td><a href="[^"]*/registers/(\d+)/">.*?'
        r'<td class="text-end fw-medium">(\d+)</td>',
        page,
        re.DOTALL,
    )
    assert [(int(pk), int(value)) for pk, value in shown_rows] == [(pk, s.value) for pk, _name, s in rows]
    groups = re.findall(r'data-rule-group="([^"]+)".*?data-testid="group-count">(\d+)<', page, re.DOTALL)
    counts = {f.rule: 0 for f in findings}
    for finding in findings:
        counts[finding.rule] += not finding.accepted
    assert {rule: int(count) for rule, count in groups} == counts
    shown = re.findall(r'<span class="finding-message">(.*?)</span>', page, re.DOTALL)
    assert sorted(shown) == sorted(escape(f.message) for f in findings)


def test_every_register_edited_in_turn_shows(owner_client, acme):
    """Edits one after another, each to another register: each is rechecked, none is forgotten."""
    _dashboard(owner_client, acme)
    for position in range(4):
        _edit_register(_register(acme, position), description=f"<i>Muutos {position}</i>")
        fresh = _from_scratch(acme)
        assert _shown(acme) == fresh
        _assert_page_shows(_dashboard(owner_client, acme), fresh)


def test_a_day_passing_shows_the_checks_that_depend_on_the_date(owner_client, acme, monkeypatch):
    _dashboard(owner_client, acme)
    before = _from_scratch(acme)
    three_years_on = timezone.localdate() + dt.timedelta(days=3 * 365)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: three_years_on)
    after = _from_scratch(acme)
    overdue = lambda findings: sum(f.rule == "review-overdue" for f in findings)  # noqa: E731
    assert overdue(after[0]) > overdue(before[0])
    assert _shown(acme) == after


@pytest.mark.parametrize("language", ["sv", "en"])
def test_an_edit_shown_in_another_language_is_said_in_that_language(owner_client, acme, language):
    """The pieces kept while the dashboard was shown in Finnish carry their texts in every language: the
    dashboard in another language after an edit of one register says every finding as a full recheck in
    that language does, and renders the texts of that register and the organisation's alone."""
    _dashboard(owner_client, acme)  # every register's piece kept, in Finnish
    _edit_register(_register(acme), description="<b>Asiakkaat</b>", consent_text="", purposes=[])
    with translation.override(language):
        fresh = _from_scratch(acme)
        engine._REMEMBERED.clear()
        with mock.patch.object(engine, "_texts", autospec=True, side_effect=engine._texts) as rendered:
            shown = _shown(acme)
    assert shown == fresh
    edited = [f for f in fresh[0] if f.register_index == 1]
    others = [f for f in fresh[0] if f.register_index not in (1, None)]
    assert others and rendered.call_count <= len(fresh[0]) - len(others) + 2 * len(edited)
    assert fresh[0] != _from_scratch_in(acme, "fi")[0]  # the languages do say them differently


def _from_scratch_in(organization, language: str) -> tuple:
    with translation.override(language):
        return _from_scratch(organization)


def _rows_rendered(response) -> int:
    return sum(t.name == "organizations/register_row.html" for t in response.templates)


def test_after_an_edit_the_dashboard_renders_only_the_rows_it_changed(owner_client, acme):
    url = reverse("organization", kwargs={"org_id": acme.pk})
    assert _rows_rendered(owner_client.get(url)) == 10
    _edit_register(_register(acme), description="<i>Muutos</i>")
    answer = owner_client.get(url)
    assert _rows_rendered(answer) == 1  # the edited register's: its date of change moved
    _assert_page_shows(answer.content.decode(), _from_scratch(acme))
    # Another language has its own rows, with the status said in it.
    owner_client.post(reverse("set_language"), {"language": "sv", "next": url})
    swedish = owner_client.get(url)
    assert _rows_rendered(swedish) == 10
    row_status = r'<tr data-register="[^"]*">.*?<span class="badge [^"]*">([^<]*)</span>'
    badges = re.findall(row_status, swedish.content.decode(), re.DOTALL)
    registers = list(acme.registers.active())

    def labels(language: str) -> set[str]:
        with translation.override(language):
            return {str(register.get_status_display()) for register in registers}

    assert set(badges) == labels("sv") != labels("fi")


def _groups_rendered(response) -> int:
    return sum(t.name == "registers/findings.html" for t in response.templates)


def _another_worker() -> None:
    """What another worker process has: the shared caches (files), none of this one's memory."""
    from django.core.cache import caches

    for alias in ("fragments-here", "checks-here", "health-here", "dashboard_parts-here"):
        caches[alias].clear()


def test_a_dashboard_built_by_another_worker_renders_only_the_parts_the_edit_changed(owner_client, acme):
    url = reverse("organization", kwargs={"org_id": acme.pk})
    first = owner_client.get(url)
    assert _rows_rendered(first) == 10 and _groups_rendered(first) > 3
    _edit_register(_register(acme), description="<i>Muutos</i>")  # its row's date moves, and a few groups
    _another_worker()
    answer = owner_client.get(url)
    assert _rows_rendered(answer) == 1  # the others as the first worker rendered them
    assert _groups_rendered(answer) < _groups_rendered(first)
    _assert_page_shows(answer.content.decode(), _from_scratch(acme))
    # A change of findings: the groups it changed are rendered again, and show it.
    _edit_register(_register(acme, 2), name="<b>Uusi nimi</b>")
    _another_worker()
    changed = owner_client.get(url)
    assert 1 <= _groups_rendered(changed) < _groups_rendered(first)
    page = changed.content.decode()
    _assert_page_shows(page, _from_scratch(acme))
    assert escape("<b>Uusi nimi</b>") in page and "<b>Uusi nimi</b>" not in page
    # Another language's parts are its own.
    owner_client.post(reverse("set_language"), {"language": "en", "next": url})
    _another_worker()
    english = owner_client.get(url)
    groups = english.content.decode().count("data-rule-group=")
    assert (_rows_rendered(english), _groups_rendered(english)) == (10, groups)  # all, in English
