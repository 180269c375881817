"""Generated documents are cached by content: written once, served again, never stale after an edit."""

import io

import pdfplumber
import pytest
from django.core.cache import caches
from django.urls import reverse

from tietovirta.interchange import register_document
from tietovirta.publishing import responses
from tietovirta.registers.models import Register


@pytest.fixture
def register(org):
    return Register.objects.create(
        organization=org, name="Asiakasrekisteri", legal_bases=["b"], purpose_text="Asiakassuhteen hoitaminen"
    )


def _pdf_text(client, org, register) -> str:
    url = reverse(
        "register_download",
        kwargs={"org_id": org.pk, "register_id": register.pk, "doc": "tietovirtakuvaus", "fmt": "pdf"},
    )
    response = client.get(url, {"lang": "fi"})
    assert response.status_code == 200
    with pdfplumber.open(io.BytesIO(response.content)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _cached_keys() -> list[str]:
    store = caches["documents"]
    return store._list_cache_files()  # one file per cached document, one per revision it was asked at


def test_a_document_is_written_once_and_then_served_from_the_cache(owner_client, org, register):
    assert _cached_keys() == []
    first = _pdf_text(owner_client, org, register)
    assert len(_cached_keys()) == 2  # the document, and its key at the organisation's revision
    assert _pdf_text(owner_client, org, register) == first
    assert len(_cached_keys()) == 2  # the second download wrote nothing new


def test_an_edit_gives_a_new_document_not_the_cached_one(owner_client, org, register):
    assert "Asiakassuhteen hoitaminen" in _pdf_text(owner_client, org, register)
    register.purpose_text = "Laskutus ja perintä"
    register.save()
    text = _pdf_text(owner_client, org, register)
    assert "Laskutus ja perintä" in text and "Asiakassuhteen hoitaminen" not in text
    assert len(_cached_keys()) == 4


def test_language_and_format_are_part_of_the_key(org, register):
    document = register_document(register)
    finnish = responses.cached_render(document, kind="tietosuojaseloste", fmt="md", lang="fi", register=0)
    swedish = responses.cached_render(document, kind="tietosuojaseloste", fmt="md", lang="sv", register=0)
    assert finnish != swedish and b"Dataskyddsbeskrivning" in swedish


def test_an_unwritable_cache_still_serves_the_document(owner_client, org, register, settings, tmp_path):
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("a file where the cache directory should be")
    settings.CACHES = {
        **settings.CACHES,
        "documents": {**settings.CACHES["documents"], "LOCATION": str(blocked)},
    }
    assert "Asiakasrekisteri" in _pdf_text(owner_client, org, register)
