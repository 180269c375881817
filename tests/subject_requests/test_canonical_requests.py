"""The canonical format 1.1: requests and breaches, their rules in strict parsing, and 1.0 documents."""

import pytest

from tietovirta.canonical import SCHEMA_VERSION, DocumentError, parse_document


def _problems(**parts) -> dict[str, str]:
    with pytest.raises(DocumentError) as caught:
        parse_document({"schema_version": "1.2", "organization": {"name": "X"}, **parts})
    return dict(caught.value.problems)


def test_schema_version_is_1_3_and_1_0_documents_still_load():
    assert SCHEMA_VERSION == "1.3"
    old = parse_document(
        {
            "schema_version": "1.0",
            "organization": {"name": "Vanha Oy"},
            "registers": [{"name": "Asiakasrekisteri"}],
        }
    )
    assert old.requests == [] and old.breaches == [] and "requests" not in old.model_fields_set


def test_request_rules_with_paths():
    problems = _problems(
        requests=[
            {
                "reference": "1",
                "kinds": ["access"],
                "received_on": "2026-03-06",
                "status": "refused",
                "closed_at": "2026-03-07T10:00:00+02:00",
            },
            {
                "reference": "1",
                "kinds": ["access"],
                "received_on": "2026-03-06",
                "extension_reason": "Laaja",
                "tasks": [{"kind": "search_register", "register_name": "A", "done_by": "Olli"}],
            },
        ]
    )
    assert set(problems) == {
        "requests[0].refusal_ground",
        "requests[0].refusal_text",
        "requests[1].reference",
        "requests[1].extension_notified_on",
        "requests[1].tasks[0].done_by",
    }


def test_breach_rules_with_paths():
    problems = _problems(
        registers=[{"name": "Asiakasrekisteri"}],
        breaches=[
            {
                "reference": "1",
                "title": "Vuoto",
                "aware_at": "2026-12-04T15:30:00+02:00",
                "happened_at": "2026-12-05T10:00:00+02:00",
                "registers": ["Asiakasrekisteri", "Ei ole"],
                "authority_notified_at": "2026-12-08T10:00:00+02:00",
            }
        ],
    )
    assert set(problems) == {
        "breaches[0].happened_at",
        "breaches[0].delay_reasons",
        "breaches[0].registers[1]",
    }
    assert "72 hours" in problems["breaches[0].delay_reasons"]
