"""Documents for download, and published privacy notices at their public address."""

import io

import openpyxl
import pdfplumber
import pytest
from django.urls import reverse
from docx import Document

from tietovirta.registers.models import Register


@pytest.fixture
def register(org, make_publishable):
    return make_publishable(org, "Asiakasrekisteri", purpose_text="Asiakassuhteen hoitaminen")


def _download(client, org, register, doc, fmt, lang="fi"):
    url = reverse(
        "register_download", kwargs={"org_id": org.pk, "register_id": register.pk, "doc": doc, "fmt": fmt}
    )
    return client.get(url, {"lang": lang})


def test_tietovirtakuvaus_pdf_contains_the_register(owner_client, org, register):
    response = _download(owner_client, org, register, "tietovirtakuvaus", "pdf")
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    with pdfplumber.open(io.BytesIO(response.content)) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "Asiakasrekisteri" in text and "Asiakassuhteen hoitaminen" in text and "Testi Oy" in text


def test_privacy_notice_docx_in_swedish(owner_client, org, register):
    response = _download(owner_client, org, register, "tietosuojaseloste", "docx", lang="sv")
    text = "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
    assert "Asiakassuhteen hoitaminen" in text and "Dataskyddsbeskrivning" in text


def test_record_xlsx_has_a_row_per_register(owner_client, org, register):
    Register.objects.create(organization=org, name="Henkilöstörekisteri")
    url = reverse("organization_download", kwargs={"org_id": org.pk, "doc": "seloste", "fmt": "xlsx"})
    workbook = openpyxl.load_workbook(io.BytesIO(owner_client.get(url).content))
    values = [cell for row in workbook.active.iter_rows(values_only=True) for cell in row if cell]
    assert "Asiakasrekisteri" in values and "Henkilöstörekisteri" in values


def test_diagram_svg_is_shown_inline(owner_client, org, register):
    response = _download(owner_client, org, register, "diagram", "svg")
    assert response["Content-Type"] == "image/svg+xml" and b"<svg" in response.content
    assert response["Content-Disposition"].startswith("inline;")


def test_unsupported_format_is_not_found(owner_client, org, register):
    assert _download(owner_client, org, register, "tietosuojaseloste", "xlsx").status_code == 404
    assert _download(owner_client, org, register, "seloste", "pdf").status_code == 404


def _publish(client, org, register):
    response = client.post(reverse("register_publish", kwargs={"org_id": org.pk, "register_id": register.pk}))
    assert response.status_code == 302, "published (nothing blocks it)"
    return response


def test_published_notice_is_public_and_frozen_until_published_again(owner_client, org, register, client):
    public = reverse("public_notice", kwargs={"public_id": register.public_id, "lang": "fi"})
    assert client.get(public).status_code == 404  # a draft is never public
    _publish(owner_client, org, register)
    register.refresh_from_db()
    assert register.status == "published"
    first = client.get(public)  # anonymous
    assert first.status_code == 200 and "Asiakassuhteen hoitaminen" in first.content.decode()

    register.purpose_text = "Uusi tarkoitus"
    register.save()
    assert "Uusi tarkoitus" not in client.get(public).content.decode()

    _publish(owner_client, org, register)
    assert "Uusi tarkoitus" in client.get(public).content.decode()
    v1 = reverse(
        "public_notice_version", kwargs={"public_id": register.public_id, "lang": "fi", "version": 1}
    )
    old = client.get(v1).content.decode()
    assert "Asiakassuhteen hoitaminen" in old and "Uusi tarkoitus" not in old
    pdf = client.get(
        reverse("public_notice_file", kwargs={"public_id": register.public_id, "lang": "en", "fmt": "pdf"})
    )
    assert pdf["Content-Type"] == "application/pdf"


def test_archived_register_is_no_longer_public(owner_client, org, register, client):
    _publish(owner_client, org, register)
    register.status = "archived"
    register.save()
    assert (
        client.get(
            reverse("public_notice", kwargs={"public_id": register.public_id, "lang": "fi"})
        ).status_code
        == 404
    )


def test_public_url_does_not_leak_other_registers(owner_client, org, register, client):
    _publish(owner_client, org, register)
    secret = Register.objects.create(organization=org, name="Salainen luonnos", purpose_text="SALAINEN")
    page = client.get(reverse("public_notice", kwargs={"public_id": register.public_id, "lang": "fi"}))
    assert "SALAINEN" not in page.content.decode() and "Salainen luonnos" not in page.content.decode()
    assert (
        client.get(reverse("public_notice", kwargs={"public_id": secret.public_id, "lang": "fi"})).status_code
        == 404
    )
    assert client.get(f"/public/notices/{register.public_id}/de/").status_code == 404


def test_notices_page_lists_published_versions(owner_client, org, register):
    _publish(owner_client, org, register)
    page = owner_client.get(reverse("notices", kwargs={"org_id": org.pk})).content.decode()
    assert "Asiakasrekisteri" in page and str(register.public_id) in page


def test_public_page_shows_the_version_date_and_other_versions(owner_client, org, register, client):
    _publish(owner_client, org, register)
    _publish(owner_client, org, register)
    page = client.get(reverse("public_notice", kwargs={"public_id": register.public_id, "lang": "sv"}))
    html = page.content.decode()
    assert '<html lang="sv">' in html and "Version 2" in html and "Dataskyddsbeskrivning" in html
    assert (
        reverse("public_notice_version", kwargs={"public_id": register.public_id, "lang": "sv", "version": 1})
        in html
    )
    assert "<script" not in html  # the public page runs no code
