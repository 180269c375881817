"""Stored XSS and formula injection: hostile text in every text field stays inert everywhere it is shown.

Every str field of the canonical Organization, System, Party and Register (and of their contacts
and data categories, and every list of strings) gets a value that starts with a spreadsheet formula
or markup and carries a <script> and an onerror attribute. The pages must show it as text, the PDF
and Word documents must contain it literally (and no link to the payload's URL), and no XLSX/CSV
cell may start with = + - @.
"""

from __future__ import annotations

import csv
import io
import re
import typing
import zipfile

import lxml.html
import pdfplumber
import pytest
from docx import Document
from openpyxl import load_workbook
from pydantic import BaseModel

from tietovirta import canonical as c
from tietovirta.interchange import load_document
from tietovirta.organizations.models import Membership
from tietovirta.registers.models import Register

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
STARTS = ('=HYPERLINK("http://x")', "+cmd", "-2+3", "@SUM(1)", SCRIPT, IMG)
FORMULA_START = ("=", "+", "-", "@")

pytestmark = pytest.mark.django_db


class _Values:
    """Hostile values, each distinct, cycling through the starts."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> str:
        self.count += 1
        return f"{STARTS[self.count % len(STARTS)]} {SCRIPT}{IMG} {self.count}"


def _is_str_list(annotation) -> bool:
    if typing.get_origin(annotation) is not list:
        return False
    (item,) = typing.get_args(annotation)
    return (typing.get_args(item)[0] if typing.get_origin(item) is typing.Annotated else item) is str


def _item_max_length(annotation) -> int | None:
    """The stored limit of each item of a list of texts."""
    (item,) = typing.get_args(annotation)
    if typing.get_origin(item) is not typing.Annotated:
        return None
    return next((m.limit for m in typing.get_args(item)[1:] if isinstance(m, c.MaxLength)), None)


def _max_length(model: type[BaseModel], name: str) -> int | None:
    """The stored limit of the field (the canonical model's, which the database columns share)."""
    return c.max_length(model.model_fields[name])


def _hostile(model: type[BaseModel], value: _Values, skip: frozenset[str] = frozenset(), **fixed) -> dict:
    """Every str, list-of-str and Contact field of `model` filled with hostile text."""
    out: dict = {}
    for name, field in model.model_fields.items():
        if name in skip or name in fixed:
            continue
        annotation = field.annotation
        if annotation is str:
            out[name] = value()[: _max_length(model, name)]
        elif _is_str_list(annotation):
            out[name] = [value()[: _item_max_length(annotation)], value()[: _item_max_length(annotation)]]
        elif annotation == c.Contact | None:
            out[name] = _hostile(c.Contact, value)
    return {**out, **fixed}


def hostile_document() -> c.OrganizationDocument:
    value = _Values()
    system = _hostile(c.System, value, hosting="third_country", transfer_mechanism="scc")
    party = _hostile(c.Party, value, systems=[system["name"]])
    register = _hostile(
        c.Register,
        value,
        systems=[system["name"]],
        parties=[party["name"]],
        use_system_references=True,
        legal_bases=["b"],
        data_categories=[{"name": value(), "is_hetu": True}],
        retention_period=6,
        retention_unit="years",
        privacy_notice_url='javascript:alert(1)//"><img src=x onerror=alert(1)>',
    )
    # A purpose tied to its basis, so that the notice is complete and can be published (its hostile
    # texts are the register's own, so the other fields keep theirs).
    register["purposes"] = [{
        "purpose": register["purpose_text"], "legal_basis": "f",
        "interest": register["legitimate_interest_text"], "direct_marketing": True,
    }]
    organization = _hostile(c.Organization, value, business_id="2643821-1")
    return c.parse_document(
        {
            "schema_version": c.SCHEMA_VERSION,
            "organization": organization,
            "systems": [system],
            "parties": [party],
            "registers": [register],
        },
        strict=True,
    )


@pytest.fixture
def hostile(owner, owner_client):
    organization = load_document(hostile_document()).organization
    Membership.objects.create(user=owner, organization=organization, role="owner")
    register = Register.objects.get(organization=organization)
    base = f"/organizations/{organization.pk}"
    assert owner_client.post(f"{base}/registers/{register.pk}/publish/").status_code == 302
    return owner_client, base, register


def _assert_inert_html(html: str) -> None:
    tree = lxml.html.fromstring(html)
    assert not tree.xpath("//*[@onerror]"), "an element with onerror came from user text"
    assert not [s for s in tree.xpath("//script") if "alert(1)" in (s.text or "") or s.get("src") == "x"]
    assert not tree.xpath("//img[@src='x']")
    assert not tree.xpath("//a[starts-with(normalize-space(@href), 'javascript:')]")
    # …and the text is shown, not dropped.
    assert SCRIPT in tree.text_content() and "onerror=alert(1)" in tree.text_content()


def test_every_text_field_was_filled():
    document = hostile_document()
    organization = document.organization.model_dump()
    register = document.registers[0].model_dump()
    assert all(organization[n].startswith(STARTS) for n in ("name", "street_address", "email"))
    text_fields = [
        n for n, f in c.Register.model_fields.items() if f.annotation is str and n != "privacy_notice_url"
    ]
    assert len(text_fields) > 30
    assert all(SCRIPT in register[n] for n in text_fields)


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "{base}/",
        "{base}/registers/{register}/",
        "{base}/registers/{register}/history/",
        "{base}/systems/",
        "{base}/parties/",
        "{base}/notices/",
        "{base}/registers/{register}/documents/tietovirtakuvaus.html",
        "{base}/registers/{register}/documents/tietosuojaseloste.html",
        "{base}/documents/seloste.html",
        "/public/notices/{public_id}/fi/",
    ],
)
def test_pages_show_hostile_text_as_text(hostile, path):
    client, base, register = hostile
    response = client.get(path.format(base=base, register=register.pk, public_id=register.public_id))
    assert response.status_code == 200
    _assert_inert_html(response.content.decode())


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("doc", ["tietovirtakuvaus", "tietosuojaseloste"])
def test_pdf_shows_hostile_text_literally_and_links_nowhere(hostile, doc):
    client, base, register = hostile
    response = client.get(f"{base}/registers/{register.pk}/documents/{doc}.pdf")
    assert response.status_code == 200
    with pdfplumber.open(io.BytesIO(response.content)) as pdf:
        text = "".join(page.extract_text() or "" for page in pdf.pages)
        uris = [a.get("uri") or "" for page in pdf.pages for a in page.annots]
    assert _squeeze(SCRIPT) in _squeeze(text) and _squeeze(IMG) in _squeeze(text)
    assert _squeeze('=HYPERLINK("http://x")') in _squeeze(text)
    assert not [u for u in uris if u.startswith(("http://x", "javascript:"))], uris


@pytest.mark.parametrize("doc", ["tietovirtakuvaus", "tietosuojaseloste"])
def test_docx_holds_hostile_text_literally(hostile, doc):
    client, base, register = hostile
    response = client.get(f"{base}/registers/{register.pk}/documents/{doc}.docx")
    assert response.status_code == 200
    document = Document(io.BytesIO(response.content))
    runs = [p.text for p in document.paragraphs] + [
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    ]
    assert any(SCRIPT in text for text in runs) and any(IMG in text for text in runs)
    assert any(text.startswith('=HYPERLINK("http://x")') or '=HYPERLINK("http://x")' in text for text in runs)
    # Word fields (HYPERLINK, DDE…) and links come only from the writer, never from user text.
    xml = zipfile.ZipFile(io.BytesIO(response.content)).read("word/document.xml").decode()
    assert "<w:fldSimple" not in xml and "<w:instrText" not in xml
    targets = [rel.target_ref for rel in document.part.rels.values() if rel.is_external]
    assert not [t for t in targets if t.startswith(("http://x", "javascript:"))], targets


def test_xlsx_cells_never_start_a_formula(hostile):
    client, base, _register = hostile
    response = client.get(f"{base}/documents/seloste.xlsx")
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.content))
    cells = [cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row]
    values = [cell.value for cell in cells if isinstance(cell.value, str)]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    assert not [v for v in values if v.startswith(FORMULA_START)]
    # The text is kept, with the apostrophe that makes it text.
    assert any(v.startswith("'=HYPERLINK(") for v in values)
    assert any(v.startswith("'@SUM(1)") for v in values)


def test_csv_cells_never_start_a_formula(hostile):
    client, base, _register = hostile
    response = client.get(f"{base}/documents/seloste.csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    cells = [cell for row in rows for cell in row]
    assert not [cell for cell in cells if cell.startswith((*FORMULA_START, "\t", "\r"))]
    assert any(cell.startswith("'+cmd") for cell in cells)
