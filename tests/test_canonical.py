"""The canonical format: strict parsing names the path of every bad value; the schema file is current."""

import json
from pathlib import Path

import pytest

from tietovirta.canonical import SCHEMA_VERSION, json_schema, parse_document
from tietovirta.canonical.schema import DocumentError

SCHEMA_FILE = Path(__file__).parents[1] / "schema" / f"organization-{SCHEMA_VERSION}.json"


def _doc(**overrides):
    return {
        "schema_version": SCHEMA_VERSION,
        "organization": {"name": "Walttia Oy", "business_id": "2643821-1"},
        **overrides,
    }


def _problems(data, **kwargs) -> dict[str, str]:
    with pytest.raises(DocumentError) as caught:
        parse_document(data, **kwargs)
    return dict(caught.value.problems)


def test_minimal_document_parses_and_formats_business_id():
    doc = parse_document(_doc(organization={"name": "Walttia Oy", "business_id": "26438211"}))
    assert doc.organization.business_id == "2643821-1"


def test_required_interface_keys_exist():
    doc = parse_document(
        _doc(
            systems=[{"name": "Netvisor"}],
            parties=[{"name": "Tilitoimisto", "role": "processor"}],
            registers=[
                {
                    "name": "Asiakasrekisteri",
                    "legal_bases": ["b", "c"],
                    "legal_basis_text": "Sopimus",
                    "retention_text": "6 vuotta",
                    "systems": ["Netvisor"],
                    "parties": ["Tilitoimisto"],
                }
            ],
        )
    )
    data = json.loads(doc.to_json())
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["organization"]["name"] == "Walttia Oy"
    assert data["organization"]["business_id"] == "2643821-1"
    assert data["systems"][0]["name"] == "Netvisor"
    assert data["parties"][0] == data["parties"][0] | {"name": "Tilitoimisto", "role": "processor"}
    register = data["registers"][0]
    assert (register["name"], register["legal_bases"]) == ("Asiakasrekisteri", ["b", "c"])
    assert (register["legal_basis_text"], register["retention_text"]) == ("Sopimus", "6 vuotta")


def test_invalid_json_is_refused():
    assert "not valid JSON" in _problems("{not json")[""]


def test_unknown_schema_version_is_refused():
    assert "unsupported schema version '2.0'" in _problems(_doc(schema_version="2.0"))["schema_version"]


def test_missing_schema_version_is_refused():
    assert "schema_version" in _problems({"organization": {"name": "X"}})


def test_invalid_business_id_is_refused_with_its_path_when_strict():
    problems = _problems(_doc(organization={"name": "X", "business_id": "2643821-2"}))
    assert "not a valid Y-tunnus" in problems["organization.business_id"]


def test_invalid_business_id_is_kept_when_not_strict():
    # The importer and the checks need to see the bad value to report it.
    doc = parse_document(_doc(organization={"name": "X", "business_id": "2643821-2"}), strict=False)
    assert doc.organization.business_id == "2643821-2"


def test_bad_nested_value_is_named_by_path():
    problems = _problems(_doc(registers=[{"name": "A"}, {"name": "B", "legal_bases": ["b", "g"]}]))
    assert set(problems) == {"registers[1].legal_bases[1]"}


def test_unknown_key_is_refused():
    assert "registers[0].colour" in _problems(_doc(registers=[{"name": "A", "colour": "red"}]))


def test_dangling_references_are_refused():
    problems = _problems(
        _doc(
            systems=[{"name": "CRM"}],
            parties=[{"name": "P", "systems": ["Ghost"]}],
            registers=[{"name": "A", "systems": ["CRM", "Nope"], "parties": ["Nobody"]}],
        )
    )
    assert set(problems) == {"parties[0].systems[0]", "registers[0].systems[1]", "registers[0].parties[0]"}


def test_duplicate_catalogue_names_are_refused():
    assert "systems[1].name" in _problems(_doc(systems=[{"name": "CRM"}, {"name": "CRM"}]))


def test_committed_json_schema_is_current():
    assert SCHEMA_FILE.exists(), "run: tietovirta schema -o schema/organization-<version>.json"
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == json_schema()
