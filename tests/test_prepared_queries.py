"""The hot queries written once per process (prepared_queries.py): the same rows as the ORM, still scoped to
the caller, and no SQL compiled again on the next request."""

from unittest import mock

import pytest
from django.db.models.sql.compiler import SQLCompiler

from tietovirta.api.models import ApiToken
from tietovirta.fragments import health_row
from tietovirta.organizations.access import _MEMBERSHIP
from tietovirta.organizations.models import Membership
from tietovirta.prepared_queries import PreparedQuery


def _compiled():
    """A patch counting the SQL the ORM writes."""
    return mock.patch.object(SQLCompiler, "as_sql", autospec=True, side_effect=SQLCompiler.as_sql)


@pytest.mark.django_db
def test_the_membership_is_as_the_orm_reads_it_and_only_the_callers(org, owner, make_user, make_org):
    health_row(org)  # the organisation's revision row, read with the membership
    found = _MEMBERSHIP.first(organization_id=org.pk, user_id=owner.pk)
    memberships = Membership.objects.select_related("organization__health_cache")
    expected = memberships.get(organization=org, user=owner)
    assert (found.pk, found.role, found.user_id) == (expected.pk, expected.role, expected.user_id)
    assert found.organization.name == expected.organization.name == org.name
    assert found.organization.business_id == org.business_id
    row = found.organization.health_cache
    assert (row.pk, row.generation, row.shared_generation) == (
        expected.organization.health_cache.pk,
        expected.organization.health_cache.generation,
        expected.organization.health_cache.shared_generation,
    )
    assert "data" in row.get_deferred_fields()  # the findings the row keeps are not read
    stranger = make_user("stranger@example.fi")
    other = make_org(stranger, name="Muu Oy")
    assert _MEMBERSHIP.first(organization_id=other.pk, user_id=owner.pk) is None
    assert _MEMBERSHIP.first(organization_id=org.pk, user_id=stranger.pk) is None


@pytest.mark.django_db
def test_an_organisation_page_compiles_no_membership_query_once_written(owner_client, org):
    owner_client.get(f"/organizations/{org.pk}/systems/")  # the process has written its queries
    with _compiled() as compiled:
        assert owner_client.get(f"/organizations/{org.pk}/systems/").status_code == 200
    written = [call.args[0].query.model for call in compiled.call_args_list]
    assert Membership not in written


@pytest.mark.django_db
def test_a_token_is_found_as_the_orm_finds_it_and_its_query_written_once(org, owner):
    membership = Membership.objects.get(organization=org, user=owner)
    token, secret = ApiToken.issue(name="skripti", membership=membership, scope="read")
    ApiToken.find(secret)
    with _compiled() as compiled:
        found = ApiToken.find(secret)
    assert compiled.call_count == 0
    assert (found.pk, found.organization.name, found.created_by.email) == (token.pk, org.name, owner.email)
    assert (found.creator_membership_id, found.creator_role) == (membership.pk, membership.role)
    assert ApiToken.find(secret + "x") is None
    token.revoke()
    assert ApiToken.find(secret) is None
    membership.delete()
    token.revoked_at = None
    token.save()
    assert ApiToken.find(secret).membership() is None  # its creator left: the token gives nothing


@pytest.mark.django_db
def test_a_sample_value_that_is_not_a_parameter_is_refused(org):
    query = PreparedQuery(lambda name: Membership.objects.filter(organization__name="Testi Oy"), name="x")
    with pytest.raises(RuntimeError):
        query.first(name="Testi Oy")


def _deadlines_and_breaches(organization):
    """Open, closed, overdue and not yet due requests; urgent, closed, notified and riskless breaches."""
    from datetime import timedelta

    from django.utils import timezone

    from tietovirta.breaches.models import Breach
    from tietovirta.requests.models import SubjectRequest

    today, now = timezone.localdate(), timezone.now()
    for index, (days_ago, status) in enumerate([(40, "open"), (25, "open"), (1, "open"), (40, "answered")]):
        SubjectRequest.objects.create(
            organization=organization, reference=f"P-{index}", kinds=["access"], channel="email",
            received_on=today - timedelta(days=days_ago), status=status,
        )  # fmt: skip
    breaches = [(80, {}), (10, {}), (5, {"closed_on": today}), (5, {"authority_notified_at": now}),
                (5, {"risk": "none"})]  # fmt: skip
    for index, (hours_ago, changes) in enumerate(breaches):
        Breach.objects.create(
            organization=organization, reference=f"V-{index}", title=f"Vuoto {index}",
            aware_at=now - timedelta(hours=hours_ago), **{"risk": "risk", **changes},
        )  # fmt: skip


@pytest.mark.django_db
def test_the_deadlines_read_prepared_are_the_orms_and_only_the_organisations(org, owner, make_org):
    from tietovirta.breaches.services import organization_urgent_breaches, urgent_breaches
    from tietovirta.requests.services import due_requests, organization_due_requests

    other = make_org(owner, name="Muu Oy")
    _deadlines_and_breaches(org)
    _deadlines_and_breaches(other)
    due = organization_due_requests(org.pk)
    assert [(row.pk, state) for row, state in due] == [
        (row.pk, state) for row, state in due_requests(org.subject_requests.all())
    ]
    assert {state for _row, state in due} == {"overdue", "due"}
    assert {row.organization_id for row, _state in due} == {org.pk}
    urgent = organization_urgent_breaches(org.pk)
    expected = urgent_breaches(org.breaches.all())
    assert [(row.pk, k.deadline) for row, k in urgent] == [(row.pk, k.deadline) for row, k in expected]
    assert len(urgent) == 2 and {row.organization_id for row, _ in urgent} == {org.pk}


@pytest.mark.django_db
def test_a_registers_breaches_and_generation_read_prepared_are_the_orms(org, owner, make_org):
    from tietovirta.api.answers import generation, generations
    from tietovirta.breaches.models import Breach
    from tietovirta.breaches.services import register_breaches
    from tietovirta.registers.models import Register

    other = make_org(owner, name="Muu Oy")
    register, elsewhere = (Register.objects.create(organization=o, name="Rekisteri") for o in (org, other))
    _deadlines_and_breaches(org)
    _deadlines_and_breaches(other)
    affecting = list(Breach.objects.filter(organization=org)[:2])
    for breach in affecting:
        breach.registers.add(register)
    Breach.objects.filter(organization=other).first().registers.add(elsewhere)
    assert [b.pk for b in register_breaches(org.pk, register.pk)] == [b.pk for b in affecting]
    assert register_breaches(other.pk, register.pk) == []  # another organisation's register: none
    assert register_breaches(org.pk, elsewhere.pk) == []
    register.purpose_text = "Muutettu"
    register.save()  # raises its generation
    assert generation(org.pk, register.pk) == generations(org.pk, [register.pk])[register.pk] is not None
    assert generation(org.pk, elsewhere.pk) is None  # not the organisation's


@pytest.mark.django_db
def test_a_kept_dashboard_and_register_page_compile_no_query(owner_client, org):
    from tietovirta.registers.models import Register

    register = Register.objects.create(organization=org, name="Asiakasrekisteri")
    _deadlines_and_breaches(org)
    pages = [f"/organizations/{org.pk}/", f"/organizations/{org.pk}/registers/{register.pk}/"]
    for page in pages:
        owner_client.get(page)  # kept, and the process has written its queries
    for page in pages:
        with _compiled() as compiled:
            answer = owner_client.get(page)
        assert answer.status_code == 200
        assert [call.args[0].query.model for call in compiled.call_args_list] == []
    dashboard = owner_client.get(pages[0]).content.decode()
    assert "P-0" in dashboard and "P-2" not in dashboard  # overdue shown, not yet due not
    assert "V-0" in dashboard and "V-2" not in dashboard  # urgent shown, closed not


@pytest.mark.django_db
def test_the_sessions_user_is_read_as_the_orm_reads_it_and_an_inactive_one_is_not(owner, make_user):
    from django.contrib.auth import get_user_model

    from tietovirta.accounts.backends import AccountBackend

    backend = AccountBackend()
    backend.get_user(owner.pk)  # the process has written its query
    with _compiled() as compiled:
        found = backend.get_user(owner.pk)
    assert compiled.call_count == 0
    expected = get_user_model().objects.get(pk=owner.pk)
    assert (found.pk, found.email, found.password, found.is_active) == (
        expected.pk, expected.email, expected.password, expected.is_active
    )  # fmt: skip
    assert backend.get_user(owner.pk + 1000) is None
    gone = make_user("poissa@example.fi")
    gone.is_active = False
    gone.save()
    assert backend.get_user(gone.pk) is None


@pytest.mark.django_db
def test_a_logged_in_user_who_is_made_inactive_or_changes_password_is_logged_out(owner_client, owner, org):
    page = f"/organizations/{org.pk}/systems/"
    assert owner_client.get(page).status_code == 200
    owner.set_password("uusi-salasana-2026")
    owner.save()  # the session's hash of the password no longer matches
    assert owner_client.get(page).status_code == 302
    owner_client.force_login(owner)
    assert owner_client.get(page).status_code == 200
    owner.is_active = False
    owner.save()
    assert owner_client.get(page).status_code == 302


@pytest.mark.django_db
def test_the_fix_targets_and_the_dashboards_registers_are_the_orms_and_only_the_organisations(
    org, owner, make_org
):
    from tietovirta.organizations.models import Party, System
    from tietovirta.organizations.views import _DASHBOARD_REGISTERS
    from tietovirta.registers.findings import fix_targets
    from tietovirta.registers.models import Register

    other = make_org(owner, name="Muu Oy")
    for index, organization in enumerate((other, org, other, org, org, org)):  # in another order than ids
        position = 9 - index
        System.objects.create(organization=organization, name=f"Järjestelmä {index}", position=position)
        Party.objects.create(organization=organization, name=f"Käsittelijä {index} Oy", position=position)
        Register.objects.create(organization=organization, name=f"Rekisteri {index}", position=position)
    fix_targets(org, [])  # the process has written its queries
    with _compiled() as compiled:
        targets = fix_targets(org, [7, 8])
        registers = _DASHBOARD_REGISTERS.objects(organization_id=org.pk)
    assert compiled.call_count == 0
    assert targets.register_ids == [7, 8]
    assert targets.system_ids == list(System.objects.filter(organization=org).values_list("pk", flat=True))
    assert targets.party_ids == list(Party.objects.filter(organization=org).values_list("pk", flat=True))
    assert len(targets.system_ids) == len(targets.party_ids) == 4
    expected = list(org.registers.order_by("position", "id"))
    assert [(r.pk, r.name, r.status, r.modified_at) for r in registers] == [
        (r.pk, r.name, r.status, r.modified_at) for r in expected
    ]
    assert "purpose_text" in registers[0].get_deferred_fields()  # not the registers' prose


def _register_with_everything(organization, name: str):
    """A register with systems, parties and risk assessments, each made in another order than its own."""
    from tietovirta.assessments.models import RiskAssessment
    from tietovirta.organizations.models import Party, System
    from tietovirta.registers.models import Register

    register = Register.objects.create(organization=organization, name=name)
    for index in range(3):
        position = 5 - index
        register.systems.add(
            System.objects.create(organization=organization, name=f"{name} J{index}", position=position)
        )
        register.parties.add(
            Party.objects.create(organization=organization, name=f"{name} K{index} Oy", position=position)
        )
        RiskAssessment.objects.create(register=register, title=f"{name} arvio {index}", position=position)
    System.objects.create(organization=organization, name=f"{name} käyttämätön")  # not the register's
    return register


@pytest.mark.django_db(transaction=True)
def test_a_register_read_for_an_edit_is_as_the_orm_reads_it_and_only_the_organisations(
    org, owner, make_org, django_assert_num_queries
):
    from django.db import transaction
    from django.http import Http404

    from tietovirta.interchange import PREFETCH_FOR_CANONICAL, register_to_canonical, register_with_relations
    from tietovirta.registers.models import Register

    other = make_org(owner, name="Muu Oy")
    theirs = _register_with_everything(other, "Heidän")
    register = _register_with_everything(org, "Meidän")
    expected = Register.objects.prefetch_related(*PREFETCH_FOR_CANONICAL).get(pk=register.pk)
    for lock in (False, True):
        with transaction.atomic():
            with django_assert_num_queries(4):
                found = register_with_relations(org.pk, register.pk, lock=lock)
            with django_assert_num_queries(0):  # the relations are read, and link back to the register
                assert register_to_canonical(found) == register_to_canonical(expected)
                for name in ("systems", "parties", "risk_assessments"):
                    rows = list(getattr(found, name).all())
                    assert [r.pk for r in rows] == [r.pk for r in getattr(expected, name).all()]
                    assert len(rows) == 3
                assert {a.register.pk for a in found.risk_assessments.all()} == {register.pk}
            assert "name" not in found.systems.all()[0].get_deferred_fields()
            with pytest.raises(Http404):  # another organisation's register is not found through this one
                register_with_relations(org.pk, theirs.pk, lock=lock)
    assert register_with_relations(other.pk, theirs.pk).name == "Heidän"


@pytest.mark.django_db
def test_an_edit_and_its_form_compile_no_read_of_the_register_once_written(owner_client, org):
    from tietovirta.assessments.models import RiskAssessment
    from tietovirta.organizations.models import Party, System
    from tietovirta.registers.models import Register

    register = _register_with_everything(org, "Meidän")
    url = f"/organizations/{org.pk}/registers/{register.pk}/edit/consent/"
    for number in range(2):
        with _compiled() as compiled:
            assert owner_client.get(url).status_code == 200  # the form's GET reads the register alone
            answer = owner_client.post(url, {"consent_text": f"Ei suostumusta ({number})."})
        assert answer.status_code == 302
    read = [call.args[0].query.model for call in compiled.call_args_list if type(call.args[0]) is SQLCompiler]
    assert not {Register, System, Party, RiskAssessment} & set(read), read
    register.refresh_from_db()
    assert register.consent_text == "Ei suostumusta (1)."
    assert register.systems.count() == register.parties.count() == register.risk_assessments.count() == 3


@pytest.mark.django_db
def test_a_written_query_finds_its_converters_and_populators_once_and_converts_as_the_orm(org, owner):
    from tietovirta import prepared_queries

    org.contact_person = {"name": "Maija Meikäläinen", "email": "maija@example.fi"}
    org.save()
    health_row(org)
    _MEMBERSHIP.first(organization_id=org.pk, user_id=owner.pk)  # written
    converters = mock.patch.object(
        SQLCompiler, "get_converters", autospec=True, side_effect=SQLCompiler.get_converters
    )
    populators = mock.patch.object(
        prepared_queries, "get_related_populators", side_effect=prepared_queries.get_related_populators
    )
    with converters as converted, populators as populated:
        found = _MEMBERSHIP.first(organization_id=org.pk, user_id=owner.pk).organization
    assert converted.call_count == populated.call_count == 0
    expected = type(org).objects.get(pk=org.pk)
    assert found.contact_person == expected.contact_person == org.contact_person  # JSON, as the ORM reads it
    assert (found.uuid, found.created_at) == (expected.uuid, expected.created_at)
    assert type(found.uuid) is type(expected.uuid)
    assert found.health_cache.organization_id == org.pk


@pytest.mark.django_db
def test_an_id_no_column_can_hold_finds_nothing_as_through_the_orm(owner_client, org, owner):
    from django.http import Http404

    from tietovirta.interchange import organization_register, register_with_relations

    huge = 2**70  # a URL's <int:…> takes any size; SQLite refuses it as a parameter
    with pytest.raises(Http404):
        organization_register(org.pk, huge)
    with pytest.raises(Http404):
        register_with_relations(org.pk, -huge)
    assert _MEMBERSHIP.first(organization_id=huge, user_id=owner.pk) is None
    assert owner_client.get(f"/organizations/{huge}/").status_code == 404
    assert owner_client.get(f"/organizations/{org.pk}/registers/{huge}/edit/consent/").status_code == 404
    answer = owner_client.post(
        f"/organizations/{org.pk}/registers/{huge}/edit/consent/", {"consent_text": "x"}
    )
    assert answer.status_code == 404


@pytest.mark.django_db(transaction=True)
def test_a_locking_read_outside_a_transaction_is_refused_as_the_orm_refuses_it(org):
    from django.db import connection, transaction
    from django.db.transaction import TransactionManagementError

    from tietovirta.interchange import organization_register
    from tietovirta.registers.models import Register

    register = Register.objects.create(organization=org, name="Lukittava", position=1)
    with transaction.atomic():
        assert organization_register(org.pk, register.pk, lock=True) == register  # written in a transaction
    if connection.features.has_select_for_update:  # PostgreSQL: the lock would end as soon as it is taken
        with pytest.raises(TransactionManagementError):
            Register.objects.select_for_update().filter(pk=register.pk).first()
        with pytest.raises(TransactionManagementError):
            organization_register(org.pk, register.pk, lock=True)
    else:  # SQLite locks the whole database on a write; no row locks to lose
        assert organization_register(org.pk, register.pk, lock=True) == register


def test_the_edit_reads_the_relations_an_export_prefetches():
    from tietovirta.interchange import _RELATIONS, PREFETCH_FOR_CANONICAL

    assert set(_RELATIONS) == {getattr(p, "prefetch_to", p) for p in PREFETCH_FOR_CANONICAL}


@pytest.mark.django_db
def test_a_few_registers_read_for_the_checks_are_as_export_reads_them_and_only_the_organisations(
    org, owner, make_org, django_assert_num_queries
):
    from tietovirta import canonical as c
    from tietovirta.interchange import (
        PREFETCH_FOR_CANONICAL,
        export_registers,
        organization_registers_with_relations,
        register_to_canonical,
    )
    from tietovirta.registers.models import Register

    other = make_org(owner, name="Muu Oy")
    theirs = _register_with_everything(other, "Heidän")
    second = _register_with_everything(org, "Toinen")
    first = _register_with_everything(org, "Ensimmäinen")
    Register.objects.filter(pk=second.pk).update(position=5)  # after the one made after it
    archived = Register.objects.create(organization=org, name="Arkistoitu", status=c.RegisterStatus.ARCHIVED)
    asked = [second.pk, theirs.pk, archived.pk, -1, first.pk]
    with django_assert_num_queries(3 + 2 * 4):  # each found register and its three relations; the others
        found = organization_registers_with_relations(org.pk, asked)
    document, ids = export_registers([org], asked, catalogue=False)[org.pk]
    assert [r.pk for r in found] == ids == [first.pk, second.pk]  # theirs, archived and unknown left out
    with django_assert_num_queries(0):
        assert [register_to_canonical(r) for r in found] == document.registers
    assert [r.name for r in organization_registers_with_relations(other.pk, asked)] == ["Heidän"]
    # With the archived (the API's list): the archived one too, as the list's own prefetch reads it.
    found = organization_registers_with_relations(org.pk, asked, archived=True)
    listed = Register.objects.filter(organization=org, pk__in=asked).prefetch_related(*PREFETCH_FOR_CANONICAL)
    listed = sorted(listed, key=lambda r: (r.position, r.pk))
    assert [r.pk for r in found] == [r.pk for r in listed] == [first.pk, archived.pk, second.pk]
    assert [register_to_canonical(r) for r in found] == [register_to_canonical(r) for r in listed]
    theirs_found = organization_registers_with_relations(other.pk, asked, archived=True)
    assert [r.name for r in theirs_found] == ["Heidän"]


@pytest.mark.django_db
def test_the_active_registers_read_prepared_are_the_orms_and_only_the_organisations(org, owner, make_org):
    from tietovirta import canonical as c
    from tietovirta.registers.findings import _ACTIVE_REGISTERS, _active_registers
    from tietovirta.registers.models import Register

    other = make_org(owner, name="Muu Oy")
    theirs = Register.objects.create(organization=other, name="Heidän")
    second = Register.objects.create(organization=org, name="Toinen", position=5)
    first = Register.objects.create(organization=org, name="Ensimmäinen", position=1)
    Register.objects.create(organization=org, name="Arkistoitu", status=c.RegisterStatus.ARCHIVED)
    found = _ACTIVE_REGISTERS.rows(organization_id=org.pk)
    assert found == list(_active_registers(organization__in=[org]))
    assert [pk for _organization, pk, _generation in found] == [first.pk, second.pk]
    assert all(generation is not None for _organization, _pk, generation in found)
    assert [pk for _o, pk, _g in _ACTIVE_REGISTERS.rows(organization_id=other.pk)] == [theirs.pk]


@pytest.mark.django_db
def test_the_dashboard_after_an_edit_compiles_no_read_of_the_edited_register(
    owner_client, generated_organization
):
    from tietovirta.assessments.models import RiskAssessment
    from tietovirta.interchange import register_to_canonical, save_register
    from tietovirta.organizations.models import Party, System
    from tietovirta.registers.models import Register

    organization = generated_organization(registers=5)
    url = f"/organizations/{organization.pk}/"
    assert owner_client.get(url).status_code == 200  # everything kept
    for number in range(2):
        register = organization.registers.active().order_by("position", "id")[number]
        save_register(
            register, register_to_canonical(register).model_copy(update={"consent_text": f"Ei {number}."})
        )
        with _compiled() as compiled:
            page = owner_client.get(url)
        assert page.status_code == 200
    # After the second edit (the first wrote the prepared queries): the edited register's relations are not
    # read by queries compiled for them (tests/test_dashboard_findings.py: what the page shows).
    read = [call.args[0].query.model for call in compiled.call_args_list if type(call.args[0]) is SQLCompiler]
    assert not {System, Party, RiskAssessment, Register} & set(read), read
