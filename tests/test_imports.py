"""Importing a document in the web app: upload → review with confidences → accept creates drafts."""

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tietovirta.organizations.models import System
from tietovirta.registers.models import Register

CORPUS = Path(__file__).parent / "importer" / "corpus"


def _upload(client, org, path=None, **data):
    url = reverse("import", kwargs={"org_id": org.pk})
    if path is not None:
        with path.open("rb") as handle:
            return client.post(url, {"file": handle, "lang": "auto", **data})
    return client.post(url, {"lang": "auto", **data})


def _draft(html: str) -> str:
    return re.search(r'name="draft" value="([^"]+)"', html).group(1)


def _form_as_a_browser_sends_it(html: str, **changes) -> dict:
    """The review form's fields with their prefilled values, then the user's changes."""
    form = BeautifulSoup(html, "lxml").find("form", action=re.compile("import/accept"))
    data: dict = {}
    for element in form.find_all(["input", "textarea"]):
        name = element.get("name")
        if not name or element.get("type") == "submit":
            continue
        if element.get("type") == "checkbox":
            if element.has_attr("checked"):
                data.setdefault(name, []).append(element.get("value", "on"))
        else:
            data[name] = element.text if element.name == "textarea" else element.get("value", "")
    return {**data, **changes}


def test_review_shows_values_with_confidence_and_saves_nothing(owner_client, org):
    response = _upload(owner_client, org, CORPUS / "001_6f22939ae761adf2.txt")
    page = response.content.decode()
    assert response.status_code == 200
    assert 'value="Asiakasrekisteri"' in page
    assert "luotettavuus" in page and "Sähköisesti siirtämällä" in page
    assert not Register.objects.exists()


def test_accept_with_corrections_creates_a_draft_and_its_systems(owner_client, org):
    page = _upload(owner_client, org, CORPUS / "001_6f22939ae761adf2.txt").content.decode()
    data = _form_as_a_browser_sends_it(
        page,
        **{
            "r0-name": "Asiakkaat (tuotu)",
            "r0-legal_bases": ["b"],
            "r0-purpose_text": "Korjattu tarkoitus",
            "r0-sources": "Sähköposti\nPuhelin",
        },
    )
    response = owner_client.post(reverse("import_accept", kwargs={"org_id": org.pk}), data)
    register = Register.objects.get()
    assert response["Location"] == reverse("register", kwargs={"org_id": org.pk, "register_id": register.pk})
    assert (register.name, register.status, register.legal_bases) == ("Asiakkaat (tuotu)", "draft", ["b"])
    assert register.purpose_text == "Korjattu tarkoitus" and register.sources == ["Sähköposti", "Puhelin"]
    assert register.consent_text.startswith("Käytämme henkilötietojasi")  # kept from the import
    assert set(register.systems.values_list("name", flat=True)) <= set(
        System.objects.values_list("name", flat=True)
    )


def test_pasted_text_with_two_registers(owner_client, org):
    text = (CORPUS / "fi_two_registers.txt").read_text(encoding="utf-8")
    page = _upload(owner_client, org, text=text).content.decode()
    assert page.count('name="r1-name"') == 1
    owner_client.post(
        reverse("import_accept", kwargs={"org_id": org.pk}),
        {"draft": _draft(page), "r0-name": "Ensimmäinen", "r1-include": "on", "r1-name": "Toinen"},
    )
    assert list(Register.objects.values_list("name", flat=True)) == ["Toinen"]


def test_an_unknown_draft_is_refused(owner_client, org):
    page = _upload(owner_client, org, CORPUS / "002_1c09471893cd990d.txt").content.decode()
    draft = _draft(page)
    response = owner_client.post(
        reverse("import_accept", kwargs={"org_id": org.pk}),
        {"draft": draft[:-3] + "abc", "r0-include": "on", "r0-name": "X"},
        follow=True,
    )
    assert "Lataa asiakirja uudelleen" in response.content.decode()
    assert not Register.objects.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "tyhjä"),
        (bytes(range(256)) * 40, ""),
    ],
)
def test_unreadable_upload_is_explained(owner_client, org, tmp_path, content, message):
    path = tmp_path / "asiakirja.pdf"
    path.write_bytes(content)
    response = _upload(owner_client, org, path)
    page = response.content.decode()
    assert response.status_code == 200 and ("alert-danger" in page or "invalid-feedback" in page)
    assert message in page.lower()
    assert not Register.objects.exists()


def test_nothing_chosen_is_an_error(owner_client, org):
    page = _upload(
        owner_client, org, text="Tietolähteet\nSähköposti\n\nKäsittelyperuste\nSopimus"
    ).content.decode()
    response = owner_client.post(
        reverse("import_accept", kwargs={"org_id": org.pk}), {"draft": _draft(page), "r0-name": "X"}
    )
    assert response.status_code == 200 and not Register.objects.exists()


def test_empty_form_asks_for_a_file(owner_client, org):
    response = _upload(owner_client, org)
    assert response.status_code == 200 and "Valitse tiedosto" in response.content.decode()


def test_oversized_upload_is_refused_before_reading(owner_client, org):
    url = reverse("import", kwargs={"org_id": org.pk})
    response = owner_client.post(url, {"text": "x"}, CONTENT_LENGTH=str(30 * 1024 * 1024), follow=True)
    assert "20 MB" in response.content.decode()
