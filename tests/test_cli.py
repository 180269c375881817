"""The `tietovirta` command: export, load, schema; bad input is refused with a message and exit 2."""

import json
import uuid

import pytest

from tietovirta.cli import main
from tietovirta.organizations.models import Organization, System

pytestmark = pytest.mark.django_db

GOOD = {
    "schema_version": "1.0",
    "organization": {"name": "Walttia Oy", "business_id": "2643821-1"},
    "systems": [{"name": "Netvisor", "kind": "accounting", "hosting": "fi"}],
    "registers": [{"name": "Asiakasrekisteri", "legal_bases": ["b"], "systems": ["Netvisor"]}],
}


def _write(tmp_path, data, name="doc.json"):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_help_lists_commands(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    for command in ("serve", "export", "load"):
        assert command in out


def test_load_then_export_by_business_id(tmp_path, capsys):
    assert main(["load", str(_write(tmp_path, GOOD))]) == 0
    assert "created organisation" in capsys.readouterr().out
    out_file = tmp_path / "out.json"
    assert main(["export", "2643821-1", "-o", str(out_file)]) == 0
    exported = json.loads(out_file.read_text(encoding="utf-8"))
    assert exported["registers"][0]["systems"] == ["Netvisor"]
    assert exported["organization"]["name"] == "Walttia Oy"


def test_export_by_id_to_stdout(tmp_path, capsys):
    main(["load", str(_write(tmp_path, GOOD))])
    capsys.readouterr()
    organization = Organization.objects.get()
    assert main(["export", str(organization.pk)]) == 0
    assert json.loads(capsys.readouterr().out)["organization"]["business_id"] == "2643821-1"


def test_export_unknown_organisation(capsys):
    assert main(["export", "9999999-9"]) == 2
    assert "no organisation" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("{broken", "not valid JSON"),
        ({**GOOD, "schema_version": "7.0"}, "schema_version: unsupported schema version"),
        ({**GOOD, "organization": {"name": "X", "business_id": "1234567-8"}}, "organization.business_id"),
        (
            {**GOOD, "registers": [{"name": "A", "systems": ["Ghost"]}]},
            "registers[0].systems[0]: no system named 'Ghost'",
        ),
    ],
)
def test_invalid_documents_are_refused_and_nothing_is_written(tmp_path, capsys, data, expected):
    assert main(["load", str(_write(tmp_path, data))]) == 2
    err = capsys.readouterr().err
    assert expected in err and "nothing was changed" in err
    assert not Organization.objects.exists() and not System.objects.exists()


def test_missing_file(tmp_path, capsys):
    assert main(["load", str(tmp_path / "nope.json")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_loading_twice_updates_the_same_organisation(tmp_path, capsys):
    # The organisation is the one with the document's uuid (an export carries it).
    path = _write(tmp_path, {**GOOD, "organization": {**GOOD["organization"], "uuid": str(uuid.uuid4())}})
    main(["load", str(path)])
    assert main(["load", str(path)]) == 0
    assert "updated organisation" in capsys.readouterr().out
    assert Organization.objects.count() == 1


def test_a_document_without_a_uuid_is_a_new_organisation(tmp_path, capsys):
    path = _write(tmp_path, GOOD)
    main(["load", str(path)])
    assert main(["load", str(path)]) == 0
    assert "created organisation" in capsys.readouterr().out
    assert Organization.objects.count() == 2


def test_stale_document_is_refused_unless_forced(tmp_path, capsys):
    from tietovirta.registers.models import Register

    main(["load", str(_write(tmp_path, GOOD))])
    exported = tmp_path / "exported.json"
    main(["export", "2643821-1", "-o", str(exported)])
    register = Register.objects.get()
    register.purpose_text = "Someone else's edit"
    register.save()  # revision moves on after the export
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["registers"][0]["purpose_text"] = "My edit"
    stale = _write(tmp_path, data, "stale.json")
    capsys.readouterr()
    assert main(["load", str(stale)]) == 2
    assert "older than the stored data" in capsys.readouterr().err
    register.refresh_from_db()
    assert register.purpose_text == "Someone else's edit"
    assert main(["load", "--force", str(stale)]) == 0
    register.refresh_from_db()
    assert register.purpose_text == "My edit"
