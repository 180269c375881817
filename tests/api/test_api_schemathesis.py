"""Property-based tests of every operation in the OpenAPI document (schemathesis, bounded examples).

Requests go to the WSGI application in-process with a read-write owner token. Path ids point at
the real organisation and register, so the operations do their work instead of answering 404.
The checks: no server error, and every response matches the documented schema.

Two phases: every operation on its own, then sequences of calls that follow the document's links
(create a register, then read, replace, publish it …), as the stateful phase of `schemathesis run`.
"""

import contextlib
import os

import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Flaky
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    ensure_resource_availability,
    response_schema_conformance,
    status_code_conformance,
    use_after_free,
)

from tietovirta.api.models import ApiToken
from tietovirta.breaches import services as breach_services
from tietovirta.organizations.models import Membership
from tietovirta.requests import services as request_services
from tietovirta.wsgi import application

MAX_EXAMPLES = 6  # per operation: keeps the run well under a minute
STATEFUL_EXAMPLES = 25  # call sequences; each follows links for a few steps
CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance]


def _settings(max_examples: int) -> settings:
    return settings(
        max_examples=max_examples,
        # The same examples on every CI run, so CI is reproducible; TIETOVIRTA_EXPLORE=1 draws new ones
        # (that is how the NUL-character 500 on PostgreSQL was found).
        derandomize=not os.environ.get("TIETOVIRTA_EXPLORE"),
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        stateful_step_count=6,
    )


@pytest.fixture
def wsgi_database(db):
    # As Django's test client does: keep the test's database connection open between requests.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def secret(wsgi_database, walttia, owner):
    membership = Membership.objects.get(user=owner, organization=walttia)
    return ApiToken.issue(name="schemathesis", membership=membership, scope="read_write")[1]


def test_every_operation_conforms_to_the_schema(secret, walttia):
    subject_request = request_services.create(walttia, {"kinds": ["access"], "subject_categories": ["x"]})
    breach = breach_services.create(walttia, {"title": "Kadonnut puhelin", "risk": "high"})
    ids = {
        "org_id": walttia.pk,
        "register_id": walttia.registers.first().pk,
        "request_id": subject_request.pk,
        "breach_id": breach.pk,
    }
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 20
    succeeded: set[str] = set()  # operations that answered 2xx at least once

    for operation in operations:

        @given(case=operation.as_strategy())
        @_settings(MAX_EXAMPLES)
        def check(case):
            for name, value in ids.items():
                if case.path_parameters and name in case.path_parameters:
                    case.path_parameters[name] = value
            response = case.call_and_validate(
                headers={"Authorization": f"Bearer {secret}"},
                checks=CHECKS,
            )
            if response.status_code < 300:
                succeeded.add(case.operation.label)

        check()
    # The token and ids work: most operations did their job, not just refused the request.
    assert len(succeeded) >= len(operations) // 2, sorted(succeeded)


def test_sequences_of_calls_along_the_links(secret, walttia):
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)
    followed: set[str] = set()  # operations that succeeded with ids taken from an earlier answer
    steps: list[str] = []
    failures: list[str] = []

    class Calls(schema.as_state_machine()):
        def before_call(self, case):
            # Ids not taken from an earlier response point at the real organisation and register.
            if case.path_parameters and "org_id" in case.path_parameters:
                case.path_parameters["org_id"] = walttia.pk

        def get_call_kwargs(self, case):
            return {"headers": {"Authorization": f"Bearer {secret}"}}

        def validate_response(self, response, case, **kwargs):
            steps.append(case.operation.label)
            if response.status_code < 300 and case.operation.method.upper() != "POST":
                followed.add(case.operation.label)
            try:
                case.validate_response(
                    response,
                    checks=[*CHECKS, use_after_free, ensure_resource_availability],
                    transport_kwargs=kwargs,
                )
            except Exception as exc:  # collected, as `schemathesis run` reports them, and asserted below
                failures.append(f"{case.operation.label} → {response.status_code}: {exc}")

    assert Calls._transitions.operations, "the OpenAPI document has no links"
    # As `schemathesis run` does: generation only. Each call changes the database, so Hypothesis
    # may find a sequence it saw behave differently before and stop the run as "flaky"; that says
    # nothing about the API (the failures are collected above, call by call).
    with contextlib.suppress(Flaky):
        Calls.run(settings=settings(_settings(STATEFUL_EXAMPLES), phases=[Phase.generate]))
    assert not failures, "\n".join(failures)
    assert len(steps) >= 20, steps
    # Some operation on a created item (a register, a request, a breach) worked with the id its link gave.
    linked = ("{register_id}", "{request_id}", "{breach_id}")
    assert any(key in label for label in followed for key in linked), sorted(followed)


def test_every_response_the_api_gives_is_documented(secret):
    """400 (a body that is not JSON or not a form) and the other errors are in the document."""
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application).raw_schema
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            codes = set(operation["responses"])
            assert {"400", "401", "404", "422", "429"} <= codes, (method, path, sorted(codes))
            if method in ("post", "put", "delete"):
                assert "403" in codes, (method, path)
    links = schema["paths"]["/api/v1/organizations/{org_id}/registers"]["post"]["responses"]["201"]["links"]
    assert {"get_register", "update_register", "publish_register"} <= {
        link["operationId"] for link in links.values()
    }
