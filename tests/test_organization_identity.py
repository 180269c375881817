"""An organisation is identified by its own UUID; its Y-tunnus is data that two organisations may share.

Found by a review: `load` matched organisations by business id, so restoring a backup put one
organisation's registers under another's members, and `export 2643821-1` exported an impostor.
"""

import json
import uuid

import pytest

from tietovirta import canonical as c
from tietovirta.cli import main
from tietovirta.interchange import export_document, load_document
from tietovirta.organizations.models import Membership, Organization
from tietovirta.registers.models import Register

pytestmark = pytest.mark.django_db

Y_TUNNUS = "2643821-1"


@pytest.fixture
def twins(make_org, make_user):
    """The real company and an impostor that typed the same Y-tunnus, each with members and a register."""
    real = make_org(make_user("aito@example.fi"), name="Walttia Oy", business_id=Y_TUNNUS)
    fake = make_org(make_user("huijari@example.fi"), name="Walttia Oy", business_id=Y_TUNNUS)
    Register.objects.create(organization=real, name="Asiakasrekisteri", purpose_text="Laskutus")
    Register.objects.create(organization=fake, name="Asiakasrekisteri", purpose_text="Huijaus")
    return real, fake


def _document(organization) -> dict:
    return json.loads(export_document(organization).to_json())


def test_the_exported_document_carries_the_organisations_own_uuid(twins):
    real, fake = twins
    assert real.uuid != fake.uuid
    assert _document(real)["organization"]["uuid"] == str(real.uuid)
    assert c.parse_document(_document(real)).organization.uuid == real.uuid


def test_load_matches_by_uuid_never_by_business_id(twins):
    real, fake = twins
    changed = _document(fake)
    changed["registers"][0]["purpose_text"] = "Muutettu"
    load_document(c.parse_document(changed))
    assert Register.objects.get(organization=fake).purpose_text == "Muutettu"
    assert Register.objects.get(organization=real).purpose_text == "Laskutus"

    # A document without a uuid (schema 1.0, or from `tietovirta import`) is a new organisation,
    # whatever Y-tunnus it shares with the stored ones.
    old = {"schema_version": "1.0", "organization": {"name": "Walttia Oy", "business_id": Y_TUNNUS},
           "registers": [{"name": "Asiakasrekisteri", "purpose_text": "Vanha"}]}
    summary = load_document(c.parse_document(old))
    assert summary.created and summary.organization.pk not in (real.pk, fake.pk)
    assert Organization.objects.filter(business_id=Y_TUNNUS).count() == 3
    assert Register.objects.get(organization=real).purpose_text == "Laskutus"


def test_a_document_with_an_unknown_uuid_creates_the_organisation_with_that_uuid(db):
    wanted = uuid.uuid4()
    document = {"schema_version": c.SCHEMA_VERSION, "organization": {"uuid": str(wanted), "name": "Uusi Oy"}}
    summary = load_document(c.parse_document(document))
    assert summary.created and summary.organization.uuid == wanted
    again = load_document(c.parse_document(document))
    assert not again.created and again.organization.pk == summary.organization.pk


def test_loading_into_a_given_organisation_keeps_its_own_uuid(twins):
    real, fake = twins
    # e.g. PUT …/import of another organisation's export: the content is copied, the identity is not.
    load_document(c.parse_document(_document(fake)), organization=real)
    real.refresh_from_db()
    assert real.uuid != fake.uuid
    assert Register.objects.get(organization=real).purpose_text == "Huijaus"


def test_backup_of_organisations_sharing_a_business_id_restores_both_exactly(
    twins, tmp_path, empty_the_database
):
    real, fake = twins
    first, second = tmp_path / "first", tmp_path / "second"
    assert main(["export", "--all", str(first)]) == 0
    empty_the_database()

    assert main(["load", str(first)]) == 0
    restored = {o.uuid: o for o in Organization.objects.filter(business_id=Y_TUNNUS)}
    assert set(restored) == {real.uuid, fake.uuid}
    expected = ((real, "aito@example.fi", "Laskutus"), (fake, "huijari@example.fi", "Huijaus"))
    for original, member, purpose in expected:
        organization = restored[original.uuid]
        assert [m.user.username for m in Membership.objects.filter(organization=organization)] == [member]
        assert [r.purpose_text for r in organization.registers.all()] == [purpose]

    assert main(["export", "--all", str(second)]) == 0
    assert sorted(p.read_text() for p in first.iterdir()) == sorted(p.read_text() for p in second.iterdir())


def test_export_by_business_id_refuses_to_guess(twins, capsys):
    real, fake = twins
    assert main(["export", Y_TUNNUS]) == 2
    err = capsys.readouterr().err
    assert "2 organisations" in err
    for organization in (real, fake):
        assert f"#{organization.pk}" in err and str(organization.uuid) in err
    # The id or the uuid says which one.
    assert main(["export", str(fake.uuid)]) == 0
    assert json.loads(capsys.readouterr().out)["organization"]["uuid"] == str(fake.uuid)
    assert main(["export", str(real.pk)]) == 0
    assert json.loads(capsys.readouterr().out)["organization"]["uuid"] == str(real.uuid)


def test_export_by_a_business_id_that_one_organisation_has(make_org, capsys):
    only = make_org(name="Kuusisto Oy", business_id="0166094-0")
    assert main(["export", "0166094-0"]) == 0
    assert json.loads(capsys.readouterr().out)["organization"]["uuid"] == str(only.uuid)


@pytest.mark.django_db(transaction=True)
def test_the_migration_gives_each_existing_organisation_its_own_uuid():
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    before = [("organizations", "0001_initial")]
    executor.migrate(before)
    old_apps = executor.loader.project_state(before).apps
    OldOrganization = old_apps.get_model("organizations", "Organization")
    OldHistory = old_apps.get_model("organizations", "HistoricalOrganization")
    for name in ("A Oy", "B Oy"):
        old = OldOrganization.objects.create(name=name, business_id=Y_TUNNUS)
        OldHistory.objects.create(
            id=old.pk, name=name, business_id=Y_TUNNUS, created_at=old.created_at,
            history_date=old.created_at, history_type="+",
        )

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    uuids = list(Organization.objects.values_list("uuid", flat=True))
    assert len(uuids) == 2 and len(set(uuids)) == 2 and all(uuids)
    for organization in Organization.objects.all():  # the history agrees with the row
        assert list(organization.history.values_list("uuid", flat=True)) == [organization.uuid]
