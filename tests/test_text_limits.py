"""Text sizes are capped where text is stored, by the canonical model, on every write path.

The limits are part of the canonical model (so the API, the forms, an import and `load` all refuse
the same values, each naming the value); the database columns agree with them.
"""

import json
import typing

import pytest
from django.db import models
from django.urls import reverse

from tietovirta import canonical as c
from tietovirta.assessments.models import RiskAssessment
from tietovirta.cli import main
from tietovirta.interchange import add_registers
from tietovirta.organizations.models import Organization, Party, System
from tietovirta.registers.models import Register

pytestmark = pytest.mark.django_db


def _max_length(model, name: str) -> int | None:
    return c.max_length(model.model_fields[name])


STORED = [
    (c.Organization, Organization),
    (c.System, System),
    (c.Party, Party),
    (c.Register, Register),
    (c.RiskAssessment, RiskAssessment),
]


@pytest.mark.parametrize(("canonical", "model"), STORED, ids=lambda m: m.__name__)
def test_every_stored_text_has_a_limit_and_its_column_agrees(canonical, model):
    for name, info in canonical.model_fields.items():
        if typing.get_origin(info.annotation) is not None or info.annotation is not str:
            continue  # lists, contacts, enums: checked by their own models
        limit = _max_length(canonical, name)
        assert limit, f"{canonical.__name__}.{name} has no maximum length"
        column = model._meta.get_field(name)
        assert isinstance(column, models.CharField | models.TextField)
        assert column.max_length == limit, f"{model.__name__}.{name}: {column.max_length} != {limit}"


def test_the_limits_are_sensible():
    assert _max_length(c.Register, "purpose_text") == 20_000
    assert _max_length(c.Register, "name") == 200
    assert _max_length(c.Organization, "business_id") == 20
    assert _max_length(c.Party, "business_id") == 20
    assert _max_length(c.System, "name") == 200
    assert c.max_length(c.Contact.model_fields["name"]) == 200


def test_the_limits_apply_to_what_is_stored_not_to_what_is_read():
    # The importer and the checks read documents as they are; only storing refuses.
    long = {"schema_version": c.SCHEMA_VERSION, "organization": {"name": "X" * 300}}
    assert c.parse_document(long, strict=False).organization.name == "X" * 300
    with pytest.raises(c.DocumentError) as caught:
        c.parse_document(long)
    assert dict(caught.value.problems)["organization.name"].startswith("at most 200 characters")


def test_load_names_each_value_that_is_too_long(tmp_path, capsys):
    document = {
        "schema_version": c.SCHEMA_VERSION,
        "organization": {"name": "Pitkä Oy", "business_id": "2643821-1" + "0" * 20},
        "systems": [{"name": "S" * 201}],
        "registers": [{"name": "R", "sources": ["x" * 501], "purpose_text": "x" * 20_001}],
    }
    path = tmp_path / "pitka.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert main(["load", str(path)]) == 2
    err = capsys.readouterr().err
    for where in ("organization.business_id", "systems[0].name", "registers[0].sources[0]",
                  "registers[0].purpose_text"):
        assert f"  {where}: at most" in err
    assert not Organization.objects.filter(name="Pitkä Oy").exists()


def test_importing_registers_refuses_text_over_the_limit(org):
    document = c.parse_document(
        {"schema_version": c.SCHEMA_VERSION, "organization": {},
         "registers": [{"name": "Tuotu", "unmapped_text": "x" * 100_001}]},
        strict=False,
    )
    with pytest.raises(c.DocumentError) as caught:
        add_registers(org, document, [0])
    assert "registers[0].unmapped_text" in dict(caught.value.problems)
    assert not Register.objects.filter(name="Tuotu").exists()


def test_importing_checks_only_what_it_stores(org):
    document = c.parse_document(
        {"schema_version": c.SCHEMA_VERSION, "organization": {"name": "X" * 300},
         "systems": [{"name": "CRM\u0000"}, {"name": "S" * 300}],
         "registers": [{"name": "Valittu", "systems": ["CRM"]},
                       {"name": "Ei valittu", "purpose_text": "x" * 20_001},
                       {"name": "Tuntematon", "parties": ["Ei ole"]}]},
        strict=False,
    )
    created = add_registers(org, document, [0])
    assert [r.name for r in created] == ["Valittu"]
    assert [s.name for s in created[0].systems.all()] == ["CRM"]
    with pytest.raises(c.DocumentError) as caught:
        add_registers(org, document, [2])
    assert dict(caught.value.problems) == {"registers[2].parties[0]": "no party named 'Ei ole'"}


def test_a_section_form_refuses_prose_over_the_limit_on_its_field(owner_client, org):
    register = Register.objects.create(organization=org, name="Asiakasrekisteri")
    ids = {"org_id": org.pk, "register_id": register.pk, "section_key": "purpose"}
    url = reverse("register_edit", kwargs=ids)
    response = owner_client.post(url, {"purpose_text": "x" * 20_001, "based_on_revision": register.revision})
    assert response.status_code == 200
    assert "purpose_text" in response.context["form"].errors
    register.refresh_from_db()
    assert register.purpose_text == ""


def test_a_catalogue_form_refuses_a_duplicate_name_hidden_by_a_nul(owner_client, org):
    System.objects.create(organization=org, name="DupSys")
    url = reverse("catalogue_new", kwargs={"org_id": org.pk, "kind": "systems"})
    response = owner_client.post(url, {"name": "DupSys\u0000", "kind": "other", "hosting": "unknown",
                                       "processor_agreement": "unknown"})
    assert response.status_code == 200 and response.context["form"].errors["name"]
    assert System.objects.filter(organization=org).count() == 1
