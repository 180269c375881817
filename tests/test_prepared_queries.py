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
