"""Property-based tests of every operation in the OpenAPI document (schemathesis, bounded examples).

Requests go to the WSGI application in-process with a read-write owner token. Path ids point at
the real organisation and register, so the operations do their work instead of answering 404.
The checks: no server error, and every response matches the documented schema.
"""

import os

import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from tietovirta.api.models import ApiToken
from tietovirta.organizations.models import Membership
from tietovirta.wsgi import application

MAX_EXAMPLES = 6  # per operation: keeps the run well under a minute


@pytest.fixture
def wsgi_database(db):
    # As Django's test client does: keep the test's database connection open between requests.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


def test_every_operation_conforms_to_the_schema(wsgi_database, walttia, owner):
    membership = Membership.objects.get(user=owner, organization=walttia)
    secret = ApiToken.issue(name="schemathesis", membership=membership, scope="read_write")[1]
    ids = {"org_id": walttia.pk, "register_id": walttia.registers.first().pk}
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 20
    succeeded: set[str] = set()  # operations that answered 2xx at least once

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=MAX_EXAMPLES,
            # The same examples on every run, so CI is reproducible; TIETOVIRTA_EXPLORE=1 draws new ones
            # (that is how the NUL-character 500 on PostgreSQL was found).
            derandomize=not os.environ.get("TIETOVIRTA_EXPLORE"),
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def check(case):
            for name, value in ids.items():
                if case.path_parameters and name in case.path_parameters:
                    case.path_parameters[name] = value
            response = case.call_and_validate(
                headers={"Authorization": f"Bearer {secret}"},
                checks=[not_a_server_error, response_schema_conformance],
            )
            if response.status_code < 300:
                succeeded.add(case.operation.label)

        check()
    # The token and ids work: most operations did their job, not just refused the request.
    assert len(succeeded) >= len(operations) // 2, sorted(succeeded)
