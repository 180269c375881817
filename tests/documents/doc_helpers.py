"""Test data for the document tests, and openers that read generated files the way a reader would."""

from __future__ import annotations

import io

import docx
import openpyxl
import pdfplumber

from tietovirta.canonical import parse_document
from tietovirta.canonical.schema import OrganizationDocument


def pdf_pages(data: bytes) -> list[str]:
    assert data.startswith(b"%PDF-")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(pdf_pages(data)).split())


def docx_document(data: bytes):
    return docx.Document(io.BytesIO(data))


def docx_text(data: bytes) -> str:
    document = docx_document(data)
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def docx_headings(data: bytes) -> list[tuple[str, str]]:
    paragraphs = docx_document(data).paragraphs
    return [(p.style.name, p.text) for p in paragraphs if p.style.name.startswith("Heading")]


def xlsx_rows(data: bytes) -> list[list[object]]:
    sheet = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def squash(text: str) -> str:
    """Whitespace-insensitive text (PDF extraction wraps lines)."""
    return " ".join(text.split())


def sample_data() -> dict:
    return {
        "schema_version": "1.0",
        "organization": {
            "name": "Walttia Oy",
            "business_id": "2643821-1",
            "street_address": "Satamakatu 12",
            "postal_code": "26100",
            "city": "Rauma",
            "country": "Suomi",
            "email": "tietosuoja@walttia.example",
            "phone": "+358 40 123 4567",
            "contact_person": {"name": "Piia Vuorio", "email": "piia.vuorio@walttia.example"},
            "dpo": {"name": "Tietosuojapalvelu Oy / Matti Kaarre", "email": "dpo@tietosuojapalvelu.example"},
        },
        "systems": [
            {"name": "HubSpot", "vendor": "HubSpot Inc.", "kind": "crm", "hosting": "eea",
             "hosting_country": "DE", "vendor_country": "US", "transfer_mechanism": "scc",
             "processor_agreement": "signed"},
            {"name": "Mailchimp", "vendor": "Intuit", "kind": "newsletter", "hosting": "third_country",
             "hosting_country": "US", "vendor_country": "US", "transfer_mechanism": "dpf",
             "dpf_verified_on": "2026-01-15", "processor_agreement": "signed"},
            {"name": "Netvisor", "vendor": "Visma", "kind": "accounting", "hosting": "fi",
             "hosting_country": "FI",
             "vendor_country": "FI", "processor_agreement": "signed"},
            {"name": "Dropbox", "vendor": "Dropbox Inc.", "kind": "file_storage", "hosting": "third_country",
             "hosting_country": "US", "vendor_country": "US"},
        ],
        "parties": [
            {"name": "Tilitoimisto Heeros Oy", "role": "processor", "hosting": "fi", "hosting_country": "FI",
             "processor_agreement": "signed", "systems": ["Netvisor"]},
            {"name": "Perintätoimisto Lindorff", "role": "recipient", "hosting": "fi",
             "vendor_country": "FI"},
            {"name": "Kumppani Ab", "role": "joint_controller", "hosting": "eea", "hosting_country": "SE"},
        ],
        "registers": [
            {
                "name": "Asiakasrekisteri",
                "status": "published",
                "modified_at": "2026-03-12T10:00:00",
                "description": "Yritysasiakkaiden yhteyshenkilöt ja laskutus.",
                "contact_person": {"name": "Janne Kuusisto", "email": "janne@walttia.example"},
                "responsible_person": {"name": "Anna Masalin", "title": "toimitusjohtaja"},
                "sources": ["Sähköposti", "Verkkosivujen lomake", "Puhelin"],
                "legal_bases": ["b", "c"],
                "legal_basis_text": "Asiakkuuden mahdollistaminen ja ylläpito.",
                "use_system_references": True,
                "systems": ["HubSpot", "Netvisor"],
                "data_subject_categories": ["asiakkaat", "yhteyshenkilöt"],
                "data_categories": [
                    {"name": "Nimi ja yhteystiedot"},
                    {"name": "Tunnistetiedot", "is_hetu": True},
                ],
                "hetu_ground": "sector",
                "purpose_text": "Palveluiden tuottamisen mahdollistamiseksi ja asiakassuhteiden "
                                "ylläpitämiseksi.",
                "parties": ["Tilitoimisto Heeros Oy", "Perintätoimisto Lindorff"],
                "retention_period": 6,
                "retention_unit": "years",
                "retention_trigger": "asiakkuuden päättymisestä",
                "retention_text": "Kirjanpitoaineisto säilytetään kirjanpitolain mukaisesti.",
                "security_text": "Rekisteriä ylläpidetään salatulla alueella.",
                "security_manual_text": "Kirjalliset dokumentit säilytetään lukituissa tiloissa.",
                "privacy_notice_url": "https://walttia.example/tietosuoja",
                "statutory_requirement_text": "Tietojen antaminen on sopimuksen tekemisen edellytys.",
                "automated_decisions_text": "Automaattista päätöksentekoa ei käytetä.",
                "risk_assessments": [{
                    "title": "Asiakasrekisterin riskiarvio",
                    "assessed_on": "2026-02-01",
                    "screening": {"answers": {"evaluation": False, "sensitive_data": True}},
                    "risks": [{"title": "Tietomurto", "severity": 3, "likelihood": 2,
                               "existing_measures": "Salasanat ja MFA", "residual_severity": 2,
                               "residual_likelihood": 1}],
                    "conclusion": "Vaikutustenarviointia ei tarvita.",
                    "signed_by": "Anna Masalin",
                }],
            },
            {
                "name": "Uutiskirjeen tilaajat",
                "legal_bases": ["a"],
                "consent_text": "Tilaaja antaa suostumuksen lomakkeella.",
                "consent_withdrawal_text": "Tilauksen voi perua jokaisen uutiskirjeen lopussa olevasta "
                                           "linkistä.",
                "use_system_references": True,
                "systems": ["Mailchimp", "Dropbox"],
                "sources": ["Verkkosivujen lomake"],
                "data_subject_categories": ["uutiskirjeen tilaajat"],
                "data_categories": [{"name": "Sähköpostiosoite"}],
                "purpose_text": "Uutiskirjeen lähettäminen.",
                "retention_text": "Kunnes tilaus perutaan.",
            },
            {
                "name": "Prospektit",
                "legal_bases": ["f"],
                "legitimate_interest_text": "Uusien asiakkuuksien hankkiminen.",
                "use_system_references": False,
                "systems": ["HubSpot"],
                "systems_text": "sähköpostipalvelin, käyntikorttirekisteri",
                "parties": ["Kumppani Ab"],
            },
        ],
    }


def one_register(register: dict, **organization: object) -> OrganizationDocument:
    """A document with a single register and a minimal controller."""
    org = {"name": "Testi Oy", "business_id": "2643821-1", **organization}
    return parse_document({"schema_version": "1.0", "organization": org, "registers": [register]})


def csv_rows_of(data: bytes) -> list[list[str]]:
    import csv

    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
