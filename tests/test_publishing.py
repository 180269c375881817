"""Documents for download, and published privacy notices at their public address."""

import io

import openpyxl
import pdfplumber
import pytest
from django.urls import reverse
from docx import Document

from complete_register import TEXTS, complete_data
from tietovirta.canonical import parse_document
from tietovirta.interchange import load_document
from tietovirta.publishing.models import PublishedNotice
from tietovirta.registers.models import Register


@pytest.fixture
def register(org):
    """A register complete in Finnish, Swedish and English (tests/complete_register.py), in `org`, as a
    draft (a loaded published register would be published on loading)."""
    data = complete_data()
    data["registers"][0]["status"] = "draft"
    load_document(parse_document(data), organization=org)
    return Register.objects.get(organization=org)


PURPOSE = TEXTS["purposes[0].purpose"][0]
STATUTORY = "Onko tietojen antaminen pakollista ja mitä siitä seuraa"


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
    assert "Asiakasrekisteri" in text and "Lumo Kiinteistöpalvelut Oy" in text
    assert "SISÄINEN-MENETELMÄ Tiedot tallennetaan järjestelmiin." in " ".join(text.split())


def test_privacy_notice_docx_in_swedish(owner_client, org, register):
    response = _download(owner_client, org, register, "tietosuojaseloste", "docx", lang="sv")
    document = Document(io.BytesIO(response.content))
    text = "\n".join([p.text for p in document.paragraphs]
                     + [cell.text for table in document.tables for row in table.rows for cell in row.cells])
    assert TEXTS["purposes[0].purpose"][1] in text and "Dataskyddsbeskrivning" in text


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


def _publish(client, org, register, languages=()):
    url = reverse("register_publish", kwargs={"org_id": org.pk, "register_id": register.pk})
    return client.post(url, {"languages": list(languages)}, follow=True)


def _public(lang, register, version=None, **extra):
    if version is None:
        return reverse("public_notice", kwargs={"public_id": register.public_id, "lang": lang, **extra})
    return reverse("public_notice_version",
                   kwargs={"public_id": register.public_id, "lang": lang, "version": version})


def test_published_notice_is_public_and_frozen_until_published_again(owner_client, org, register, client):
    Register.objects.filter(pk=register.pk).update(status="draft")
    assert client.get(_public("fi", register)).status_code == 404  # a draft is never public
    _publish(owner_client, org, register)
    register.refresh_from_db()
    assert register.status == "published"
    first = client.get(_public("fi", register))  # anonymous
    assert first.status_code == 200 and PURPOSE in first.content.decode()

    register.purposes = [{**register.purposes[0], "purpose": "Uusi tarkoitus"}, *register.purposes[1:]]
    register.save()
    assert "Uusi tarkoitus" not in client.get(_public("fi", register)).content.decode()

    _publish(owner_client, org, register)
    assert "Uusi tarkoitus" in client.get(_public("fi", register)).content.decode()
    old = client.get(_public("fi", register, 1)).content.decode()
    assert PURPOSE in old and "Uusi tarkoitus" not in old
    pdf = client.get(reverse("public_notice_file",
                             kwargs={"public_id": register.public_id, "lang": "en", "fmt": "pdf"}))
    assert pdf["Content-Type"] == "application/pdf"


def test_a_notice_is_published_only_in_the_languages_it_is_complete_in(owner_client, org, register, client):
    # The Finnish purpose changes: its Swedish and English translations are now out of date.
    register.purposes = [{**register.purposes[0], "purpose": "Uusi tarkoitus"}, *register.purposes[1:]]
    register.save()
    page = _publish(owner_client, org, register, ["fi", "sv"]).content.decode()
    assert "ei julkaistu ruotsiksi" in page and not PublishedNotice.objects.exists()  # nothing half-done
    assert "käännökset osasta rekisterin tekstejä" in page
    _publish(owner_client, org, register)  # every complete language: Finnish only
    (notice,) = PublishedNotice.objects.all()
    assert notice.languages == ["fi"]
    assert client.get(_public("fi", register)).status_code == 200
    assert client.get(_public("sv", register)).status_code == 404
    assert client.get(_public("sv", register, 1)).status_code == 404


def test_a_notice_with_a_missing_item_is_not_published(owner_client, org, register):
    register.statutory_requirement_text = ""
    register.save()
    response = _publish(owner_client, org, register)
    assert response.status_code == 409 and not PublishedNotice.objects.exists()
    page = response.content.decode()
    assert "on tyhjä" in page and "tieto siitä, onko tietojen antaminen pakollista" in page


def test_version_zero_and_unknown_versions_are_not_found(owner_client, org, register, client):
    _publish(owner_client, org, register)
    assert client.get(_public("fi", register, 1)).status_code == 200
    assert client.get(_public("fi", register, 0)).status_code == 404
    assert client.get(_public("fi", register, 2)).status_code == 404
    diff = reverse("public_notice_diff",
                   kwargs={"public_id": register.public_id, "lang": "fi", "a": 0, "b": 1})
    assert client.get(diff).status_code == 404


def test_each_version_lists_what_changed_and_the_difference_page_shows_it(
    owner_client, org, register, client
):
    _publish(owner_client, org, register)
    first = client.get(_public("fi", register)).content.decode()
    assert "Tämä on ensimmäinen tällä kielellä julkaistu versio." in first
    register.statutory_requirement_text = "Tietojen antaminen on vapaaehtoista."
    register.retention_period = 4
    register.save()
    _publish(owner_client, org, register, ["fi"])
    second = client.get(_public("fi", register)).content.decode()
    assert f"Muutettu kohtaa ”{STATUTORY}”" in second
    assert "Muutettu kohtaa ”Kuinka kauan säilytämme tietoja”" in second
    assert "Muutettu kohtaa ”Mitä tietoja käsittelemme”" not in second  # unchanged sections are not listed
    diff_url = reverse("public_notice_diff",
                       kwargs={"public_id": register.public_id, "lang": "fi", "a": 1, "b": 2})
    assert diff_url in second
    diff = client.get(diff_url).content.decode()
    assert f"<del>{TEXTS['statutory_requirement_text'][0]}</del>" in diff
    assert "<ins>Tietojen antaminen on vapaaehtoista.</ins>" in diff
    assert "<ins>Säilytysaika: 4 vuotta asiakkuuden päättymisestä</ins>" in diff
    assert "<script" not in diff
    # The same versions compared the other way round, and with themselves.
    assert client.get(diff_url.replace("/1/2/", "/2/1/")).content.decode() == diff
    assert client.get(diff_url.replace("/1/2/", "/2/2/")).status_code == 404


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
    assert "SALAINEN" not in client.get(_public("fi", register)).content.decode()
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
