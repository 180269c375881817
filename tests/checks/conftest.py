"""Fixtures for the checks tests."""

import pytest
from checks_support import LANGS


@pytest.fixture(params=LANGS)
def lang(request: pytest.FixtureRequest) -> str:
    return request.param
