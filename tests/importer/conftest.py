"""Fixtures for the importer tests (the builders live in import_support.py)."""

import pytest
from import_support import docx_from, pdf_from_html


@pytest.fixture
def make_pdf():
    return pdf_from_html


@pytest.fixture
def make_docx():
    return docx_from
