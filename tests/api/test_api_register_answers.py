"""The register list's stored answers (api/answers.py) never show a register as it was before a change.

After each kind of change — through the API, the web pages and the services the pages use — the list
must show what each register's own answer (built anew on every GET) shows now.
"""

import datetime as dt
import json

import pytest

from tietovirta import canonical as c
from tietovirta.api import answers as stored
from tietovirta.api.models import RegisterAnswer
from tietovirta.assessments import services as assessments
from tietovirta.assessments.models import RiskAssessment
from tietovirta.commands.generate import generate
from tietovirta.interchange import save_register
from tietovirta.organizations.models import Membership, Organization
from tietovirta.registers.models import Register

pytestmark = pytest.mark.django_db


@pytest.fixture
def acme(owner):
    """A generated organisation of 12 registers (systems, parties, translations), `owner` its owner."""
    before = set(Organization.objects.values_list("pk", flat=True))
    generate(organizations=1, registers=12, seed=5)
    organization = Organization.objects.exclude(pk__in=before).get()
    Membership.objects.create(user=owner, organization=organization, role="owner")
    return organization


@pytest.fixture
def acme_api(api_as, owner, acme):
    return api_as(owner, acme)


def _listed(api, organization) -> list[dict]:
    response = api.get(f"/organizations/{organization.pk}/registers?limit=500")
    assert response.status_code == 200
    return json.loads(response.content)["items"]


def _fresh(api, organization) -> list[dict]:
    """Each register's own answer, built anew (the single register is not read from the stored answers)."""
    ids = organization.registers.order_by("position", "id").values_list("pk", flat=True)
    return [api.get(f"/organizations/{organization.pk}/registers/{pk}").json() for pk in ids]


def _assert_current(api, organization) -> list[dict]:
    listed = _listed(api, organization)
    assert listed == _fresh(api, organization)
    return listed


def _used_system(organization):
    register = organization.registers.filter(systems__isnull=False).first()
    return register, register.systems.first()


def test_a_second_list_reads_the_stored_answers(acme_api, acme, monkeypatch):
    first = _listed(acme_api, acme)
    built_answers = RegisterAnswer.objects.filter(register__organization=acme, built__isnull=False)
    assert built_answers.count() == len(first)
    built = []
    real = stored.answers
    monkeypatch.setattr(
        "tietovirta.api.registers.answers",
        lambda ids, build: real(ids, lambda old: built.append(old) or build(old)),
    )
    assert _listed(acme_api, acme) == first
    assert built == []  # nothing was built again


def test_an_edit_through_the_api_shows(acme_api, acme):
    _assert_current(acme_api, acme)
    register = acme.registers.first()
    body = acme_api.get(f"/organizations/{acme.pk}/registers/{register.pk}").json()
    body["purpose_text"] = "Uusi käyttötarkoitus"
    assert acme_api.put(f"/organizations/{acme.pk}/registers/{register.pk}", body).status_code == 200
    listed = _assert_current(acme_api, acme)
    assert "Uusi käyttötarkoitus" in [r["purpose_text"] for r in listed]


def test_reviewed_without_a_new_revision_shows(acme_api, acme, client, owner):
    """'Reviewed, no changes' saves the row without raising its revision: the answer changes all the same."""
    _assert_current(acme_api, acme)
    register = acme.registers.first()
    revision = register.revision
    client.force_login(owner)
    answer = client.post(f"/organizations/{acme.pk}/registers/{register.pk}/reviewed/")
    assert answer.status_code == 302
    register.refresh_from_db()
    assert register.revision == revision and register.reviewed_on is not None
    listed = _assert_current(acme_api, acme)
    assert register.reviewed_on.isoformat() in [r["reviewed_on"] for r in listed]


def test_a_renamed_system_shows_in_every_register_that_uses_it(acme_api, acme):
    _assert_current(acme_api, acme)
    _register, system = _used_system(acme)
    path = f"/organizations/{acme.pk}/systems/{system.pk}"
    body = acme_api.get(path).json()
    body["name"] = "Uusi järjestelmänimi"
    assert acme_api.put(path, body).status_code == 200
    listed = _assert_current(acme_api, acme)
    assert any("Uusi järjestelmänimi" in r["systems"] for r in listed)


def test_a_deleted_system_and_party_leave_the_answers(acme_api, acme):
    _assert_current(acme_api, acme)
    _register, system = _used_system(acme)
    party = acme.registers.filter(parties__isnull=False).first().parties.first()
    assert acme_api.delete(f"/organizations/{acme.pk}/systems/{system.pk}").status_code == 204
    assert acme_api.delete(f"/organizations/{acme.pk}/parties/{party.pk}").status_code == 204
    listed = _assert_current(acme_api, acme)
    assert not any(system.name in r["systems"] or party.name in r["parties"] for r in listed)


@pytest.mark.parametrize("change", ["remove", "add", "clear", "register-side"])
def test_changed_links_show(acme_api, acme, change):
    _assert_current(acme_api, acme)
    register, system = _used_system(acme)
    other = acme.registers.exclude(systems=system).first()
    if change == "remove":
        system.registers.remove(register)
    elif change == "add":
        system.registers.add(other)
    elif change == "clear":
        system.registers.clear()
    else:
        register.systems.clear()
    _assert_current(acme_api, acme)


def test_assessments_written_signed_and_deleted_show(acme_api, acme):
    _assert_current(acme_api, acme)
    register = acme.registers.first()
    path = f"/organizations/{acme.pk}/registers/{register.pk}/risk-assessments"
    body = {"revision": register.revision, "risk_assessments": [{"title": "Arvio"}, {"title": "Toinen"}]}
    assert acme_api.put(path, body).status_code == 200
    _assert_current(acme_api, acme)
    row = RiskAssessment.objects.get(register=register, title="Arvio")
    assessments.sign(row, signed_by="Laura Niemi", signed_on=dt.date(2025, 5, 1))
    listed = _assert_current(acme_api, acme)
    assert "Laura Niemi" in [a["signed_by"] for r in listed for a in r["risk_assessments"]]
    RiskAssessment.objects.get(register=register, title="Toinen").delete()
    listed = _assert_current(acme_api, acme)
    assert "Toinen" not in [a["title"] for r in listed for a in r["risk_assessments"]]


def test_an_answer_built_while_a_change_comes_in_is_not_kept(acme_api, acme):
    """A change committed between reading the generation and storing the answer: the answer built from
    the older data is served to that one request, but not marked current, so the next read builds it."""
    ids = list(acme.registers.values_list("pk", flat=True))
    _listed(acme_api, acme)

    def build_during_a_change(old):
        stored.make_old(old)  # what a concurrent change's signal does
        return {pk: "{}" for pk in old}

    stored.make_old(ids[:1])
    stored.answers(ids, build_during_a_change)
    answer = RegisterAnswer.objects.get(register_id=ids[0])
    assert answer.built != answer.generation
    _assert_current(acme_api, acme)  # built again, from the current data
    answer.refresh_from_db()
    assert answer.built == answer.generation


def test_other_code_builds_every_answer_again(acme_api, acme, monkeypatch):
    first = _listed(acme_api, acme)
    RegisterAnswer.objects.update(body='{"stale": true}')  # would show, if the code check were missing
    monkeypatch.setattr(stored, "code_digest", lambda: "other-code")
    assert _listed(acme_api, acme) == first
    assert set(RegisterAnswer.objects.values_list("code", flat=True)) == {"other-code"}


def test_a_register_deleted_meanwhile_is_left_out(acme):
    ids = list(acme.registers.values_list("pk", flat=True))
    gone = acme.registers.get(pk=ids[0])
    gone.delete()
    built = stored.answers(ids, lambda old: {pk: json.dumps({"id": pk}) for pk in old if pk != gone.pk})
    assert [json.loads(b)["id"] for b in built] == ids[1:]


def test_an_organisation_sees_only_its_registers_answers(api_as, owner, acme, stranger):
    user, other = stranger
    save_register(Register(organization=other, position=0), c.Register(name="Vieraan rekisteri"), editor=user)
    _listed(api_as(user, other), other)  # its answers stored
    listed = _listed(api_as(owner, acme, scope="read"), acme)
    assert "Vieraan rekisteri" not in [r["name"] for r in listed]
    response = api_as(owner, acme, scope="read").get(f"/organizations/{other.pk}/registers")
    assert response.status_code == 404


def test_answers_are_stored_uncompressed_on_postgresql():
    """On PostgreSQL a list reads the answers without decompressing them (attstorage 'e'); SQLite does not
    compress, so there this asserts what it has."""
    from django.db import connection

    table = RegisterAnswer._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            query = "SELECT attstorage FROM pg_attribute WHERE attrelid = %s::regclass AND attname = 'body'"
            cursor.execute(query, [table])
            assert cursor.fetchone() == ("e",)
        else:
            assert table in connection.introspection.table_names(cursor)
