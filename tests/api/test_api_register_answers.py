"""The register list's kept answers (api/answers.py) never show a register as it was before a change.

After each kind of change — through the API, the web pages and the services the pages use — the list
must show what each register's own answer (built anew on every GET) shows now.
"""

import datetime as dt
import json
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.core.cache import caches

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


def _found(organization) -> list[tuple[int, int]]:
    """(id, generation) of the organisation's registers, as the list reads them."""
    return list(organization.registers.order_by("position", "id").values_list("pk", "api_answer__generation"))


def _kept(organization) -> dict:
    keys = [stored._key(pk, generation) for pk, generation in _found(organization)]
    return caches["api_answers"].get_many(keys)


def test_a_second_list_reads_the_kept_answers(acme_api, acme, monkeypatch):
    first = _listed(acme_api, acme)
    assert len(_kept(acme)) == len(first)
    built = []
    real = stored.answers
    monkeypatch.setattr(
        "tietovirta.api.registers.answers",
        lambda found, build: real(found, lambda old: built.append(old) or build(old)),
    )
    assert _listed(acme_api, acme) == first
    assert built == []  # nothing was built again


def test_a_list_reads_no_answer_from_the_database(acme_api, acme):
    """The page reads the ids, the count and the generations in one query, the token in another."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    _listed(acme_api, acme)
    with CaptureQueriesContext(connection) as queries:
        _listed(acme_api, acme)
    assert len(queries.captured_queries) == 2, [q["sql"] for q in queries.captured_queries]


def test_only_the_edited_register_is_built_again(acme_api, acme, monkeypatch):
    _listed(acme_api, acme)
    register = acme.registers.order_by("position", "id")[3]
    save_register(register, c.Register(name="Uusi nimi"))
    built = []
    real = stored.answers
    monkeypatch.setattr(
        "tietovirta.api.registers.answers",
        lambda found, build: real(found, lambda old: built.append(old) or build(old)),
    )
    listed = _assert_current(acme_api, acme)
    assert built == [[register.pk]]
    assert "Uusi nimi" in [r["name"] for r in listed]


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


def test_an_answer_built_while_a_change_comes_in_is_kept_under_the_older_generation(acme_api, acme):
    """A change committed between reading the generation and building the answer: the answer built from
    the newer data is served to that one request and kept under the generation read before it, which no
    later list asks for; the next list builds it again under the new generation."""
    _listed(acme_api, acme)
    first = acme.registers.order_by("position", "id").first()
    stored.make_old([first.pk])  # an edit: the first register's answer is not kept
    found = _found(acme)
    stored.make_old([first.pk])  # what the concurrent change's signal does, after the list read `found`

    def build_during_a_change(old):
        assert old == [first.pk]
        return {pk: b'{"built": "during"}' for pk in old}

    assert {"built": "during"} in [json.loads(b) for b in stored.answers(found, build_during_a_change)]
    listed = _assert_current(acme_api, acme)
    assert {"built": "during"} not in listed


def test_other_code_builds_every_answer_again(acme_api, acme, monkeypatch):
    first = _listed(acme_api, acme)
    for key in _kept(acme):  # would show, if the code were not in the key
        caches["api_answers"].set(key, b'{"stale": true}')
    monkeypatch.setattr(stored, "code_digest", lambda: "other-code")
    assert _listed(acme_api, acme) == first


def test_another_database_builds_every_answer_again(acme_api, acme):
    """A database made anew counts register ids and generations from the start again: what was kept for the
    old one, under the same ids and generations, must not be served (the keys carry the database's identity:
    installation/cache_keys.py)."""
    from tietovirta.installation import cache_keys
    from tietovirta.installation.models import Installation

    first = _listed(acme_api, acme)
    for key in _kept(acme):
        caches["api_answers"].set(key, b'{"stale": true}')
    original = cache_keys.database_token()
    Installation.objects.update(token="another-database")
    cache_keys.forget_token()
    try:
        assert _listed(acme_api, acme) == first
    finally:
        Installation.objects.update(token=original)
        cache_keys.forget_token()
        assert cache_keys.database_token() == original


def test_a_register_deleted_meanwhile_is_left_out(acme):
    found = _found(acme)
    gone = found[0][0]
    acme.registers.get(pk=gone).delete()
    built = stored.answers(found, lambda old: {pk: b'{"id": %d}' % pk for pk in old if pk != gone})
    assert [json.loads(b)["id"] for b in built] == [pk for pk, _generation in found[1:]]


def test_a_register_without_a_generation_row_is_built_and_not_kept(acme_api, acme):
    register = acme.registers.order_by("position", "id").first()
    RegisterAnswer.objects.filter(register=register).delete()
    listed = _assert_current(acme_api, acme)
    assert register.name in [r["name"] for r in listed]
    assert RegisterAnswer.objects.filter(register=register, generation=0).exists()  # its row made now
    assert not caches["api_answers"].has_key(stored._key(register.pk, 0))


def test_an_organisation_sees_only_its_registers_answers(api_as, owner, acme, stranger):
    user, other = stranger
    save_register(Register(organization=other, position=0), c.Register(name="Vieraan rekisteri"), editor=user)
    _listed(api_as(user, other), other)  # its answers kept
    listed = _listed(api_as(owner, acme, scope="read"), acme)
    assert "Vieraan rekisteri" not in [r["name"] for r in listed]
    response = api_as(owner, acme, scope="read").get(f"/organizations/{other.pk}/registers")
    assert response.status_code == 404


# --- whole pages kept (answers.page) ---------------------------------------------------------------------


def _no_answers_read(monkeypatch):
    def refuse(found, build):
        raise AssertionError("the page was not read whole")

    monkeypatch.setattr("tietovirta.api.registers.answers", refuse)


def test_a_second_list_reads_the_kept_page_whole(acme_api, acme, monkeypatch):
    first = acme_api.get(f"/organizations/{acme.pk}/registers?limit=5&offset=2")
    _no_answers_read(monkeypatch)
    again = acme_api.get(f"/organizations/{acme.pk}/registers?limit=5&offset=2")
    assert again.status_code == 200 and again.content == first.content
    assert [r["id"] for r in again.json()["items"]] == [pk for pk, _generation in _found(acme)[2:7]]


@pytest.mark.parametrize("how", ["service", "api"])
def test_the_list_after_an_edit_shows_what_a_fresh_read_shows(acme_api, acme, how):
    before = _assert_current(acme_api, acme)  # the page kept
    register = acme.registers.order_by("position", "id")[4]
    if how == "service":
        save_register(register, c.Register(name="Uusi nimi"))
    else:
        body = acme_api.get(f"/organizations/{acme.pk}/registers/{register.pk}").json()
        body["consent_text"] = "Uusi suostumusteksti"
        assert acme_api.put(f"/organizations/{acme.pk}/registers/{register.pk}", body).status_code == 200
    after = _assert_current(acme_api, acme)
    assert after != before
    assert [r for r in after if r["id"] != register.pk] == [r for r in before if r["id"] != register.pk]


def test_a_register_added_or_deleted_changes_the_kept_page(acme_api, acme):
    _assert_current(acme_api, acme)
    save_register(Register(organization=acme, position=99), c.Register(name="Uusin rekisteri"))
    assert "Uusin rekisteri" in [r["name"] for r in _assert_current(acme_api, acme)]
    acme.registers.get(name="Uusin rekisteri").delete()
    assert "Uusin rekisteri" not in [r["name"] for r in _assert_current(acme_api, acme)]


def test_a_page_kept_for_another_organisation_is_never_served(api_as, owner, acme, stranger):
    user, other = stranger
    save_register(Register(organization=other, position=0), c.Register(name="Vieraan rekisteri"), editor=user)
    theirs = api_as(user, other).get(f"/organizations/{other.pk}/registers")
    assert [r["name"] for r in theirs.json()["items"]] == ["Vieraan rekisteri"]
    ours = api_as(owner, acme, scope="read").get(f"/organizations/{acme.pk}/registers")
    names = [r["name"] for r in ours.json()["items"]]
    assert "Vieraan rekisteri" not in names and len(names) == 12


def test_a_page_is_served_only_for_the_registers_and_generations_it_was_made_from(acme):
    head = b'{"count": 2, "limit": 50, "offset": 0, "items": ['
    found = [(1, 3), (2, 5)]
    assert stored.page("1::0:50", head, found, lambda: [b"{}", b"[]"]) == head + b"{}, []]}"
    assert stored.page("1::0:50", head, found, lambda: [b"other"]) == head + b"{}, []]}"  # kept
    for changed in ([(1, 3), (2, 6)], [(1, 3)], [(2, 5), (1, 3)], [(1, 3), (3, 5)]):
        assert stored.page("1::0:50", head, changed, lambda: [b"new"]) == head + b"new]}"
        stored.page("1::0:50", head, found, lambda: [b"{}", b"[]"])  # kept again
    other_head = head.replace(b'"count": 2', b'"count": 3')
    assert stored.page("1::0:50", other_head, found, lambda: [b"new"]) == other_head + b"new]}"


def test_a_page_missing_a_register_or_a_generation_is_not_kept(acme):
    head = b'{"count": 2, "limit": 50, "offset": 0, "items": ['
    stored.page("1::0:50", head, [(1, 3), (2, 5)], lambda: [b"{}"])  # one deleted meanwhile
    assert stored.page("1::0:50", head, [(1, 3), (2, 5)], lambda: [b"a", b"b"]) == head + b"a, b]}"
    stored.page("2::0:50", head, [(1, 3), (2, None)], lambda: [b"{}", b"[]"])
    assert stored.page("2::0:50", head, [(1, 3), (2, None)], lambda: [b"a", b"b"]) == head + b"a, b]}"
    assert stored.page(None, head, [(1, 3), (2, 5)], lambda: [b"a", b"b"]) == head + b"a, b]}"


def test_a_search_is_not_kept(acme_api, acme):
    name = acme.registers.first().name
    first = acme_api.get(f"/organizations/{acme.pk}/registers?{urlencode({'q': name})}")
    assert name in [r["name"] for r in first.json()["items"]]
    assert not list(Path(caches["api_pages"]._dir).glob("*.djcache"))


def test_a_page_past_the_end_is_not_kept(acme_api, acme):
    # Any offset may be asked for: empty pages would push the organisations' kept lists out.
    answer = acme_api.get(f"/organizations/{acme.pk}/registers?offset=100000")
    assert answer.status_code == 200 and answer.json()["items"] == []
    assert not list(Path(caches["api_pages"]._dir).glob("*.djcache"))


@pytest.mark.parametrize("change", ["code", "database"])
def test_a_page_kept_by_other_code_or_for_another_database_is_not_served(acme_api, acme, monkeypatch, change):
    # The same registers at the same generations: only the key's code digest and database identity tell
    # the pages apart (a deployment may change how an answer is written; a new database counts ids anew).
    from tietovirta.installation import cache_keys
    from tietovirta.installation.models import Installation

    pages, made = caches["api_pages"], {}
    real_set = pages.set
    monkeypatch.setattr(
        pages, "set", lambda key, value, *a, **k: made.update({key: value}) or real_set(key, value, *a, **k)
    )
    first = acme_api.get(f"/organizations/{acme.pk}/registers")
    ((key, kept),) = made.items()
    real_set(key, kept[:64] + b'{"stale": true}')  # the digest it was made from kept
    assert acme_api.get(f"/organizations/{acme.pk}/registers").content == b'{"stale": true}'
    if change == "code":
        monkeypatch.setattr(stored, "code_digest", lambda: "other-code")
    else:
        original = cache_keys.database_token()
        Installation.objects.update(token="another-database")
        cache_keys.forget_token()
    try:
        assert acme_api.get(f"/organizations/{acme.pk}/registers").content == first.content
    finally:
        if change == "database":
            Installation.objects.update(token=original)
            cache_keys.forget_token()


@pytest.mark.parametrize("archive", [False, True])
def test_the_list_after_an_edit_compiles_no_read_of_the_edited_register(acme_api, acme, archive):
    from unittest import mock

    from django.db.models.sql.compiler import SQLCompiler

    from tietovirta.interchange import register_to_canonical

    url = f"/organizations/{acme.pk}/registers?limit=500"
    assert acme_api.get(url).status_code == 200  # every answer kept
    for number in range(2):  # the first edit's list writes the prepared queries
        register = acme.registers.order_by("position", "id")[number]
        update = {"consent_text": f"Ei {number}."}
        if archive:  # the list shows the archived too
            update["status"] = c.RegisterStatus.ARCHIVED
        save_register(register, register_to_canonical(register).model_copy(update=update))
        as_sql = SQLCompiler.as_sql
        with mock.patch.object(SQLCompiler, "as_sql", autospec=True, side_effect=as_sql) as compiled:
            listed = acme_api.get(url)
        assert listed.status_code == 200
    read = [call.args[0].query.model for call in compiled.call_args_list if type(call.args[0]) is SQLCompiler]
    assert not {Register, RiskAssessment} & set(read), read
    assert not {"System", "Party"} & {model.__name__ for model in read}, read
    items = listed.json()["items"]
    assert items == _fresh(acme_api, acme)
    assert next(r for r in items if r["id"] == register.pk)["consent_text"] == "Ei 1."
