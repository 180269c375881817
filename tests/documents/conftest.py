"""Fixtures for the document tests: small canonical documents built here (not the demo fixtures)."""

from __future__ import annotations

import pytest
from doc_helpers import sample_data

from tietovirta.canonical import parse_document
from tietovirta.canonical.schema import OrganizationDocument


@pytest.fixture
def sample() -> OrganizationDocument:
    return parse_document(sample_data())
