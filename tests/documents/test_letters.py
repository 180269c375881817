"""Letters about requests and breaches, written from the canonical data and read back from PDF and DOCX."""

import datetime as dt
import io

import pdfplumber
import pytest
from docx import Document

from tietovirta.canonical import parse_document
from tietovirta.deadlines import HELSINKI
from tietovirta.documents import render
from tietovirta.documents.letters import searched_registers

DOC = parse_document({
    "schema_version": "1.2",
    "organization": {"name": "Kirje Oy", "business_id": "2643821-1", "email": "tietosuoja@kirje.fi",
                     "dpo": {"name": "Tiina Tietosuoja", "email": "dpo@kirje.fi"}},
    "systems": [{"name": "HubSpot"}],
    "parties": [{"name": "Tilitoimisto Numero Oy", "role": "processor"}],
    "registers": [
        {"name": "Asiakasrekisteri", "purpose_text": "Asiakassuhteen hoitaminen.", "legal_bases": ["b"],
         "data_categories": [{"name": "Nimi ja yhteystiedot"}], "sources_text": "Asiakkaalta itseltään.",
         "retention_period": 6, "retention_unit": "years", "parties": ["Tilitoimisto Numero Oy"]},
        {"name": "Henkilöstörekisteri", "purpose_text": "Palkanmaksu."},
    ],
    "requests": [
        {"reference": "2026-001", "kinds": ["access", "erasure"], "received_on": "2026-03-06",
         "requester_name": "Maija <b>Meikäläinen</b>", "answer_text": "Liitteenä tietonne.",
         "tasks": [{"kind": "search_register", "register_name": "Asiakasrekisteri"},
                   {"kind": "contact_party", "register_name": "Asiakasrekisteri",
                    "party_name": "Tilitoimisto Numero Oy", "done_by": "Olli",
                    "done_at": "2026-03-10T10:00:00+02:00"}],
         "extension_reason": "Pyyntö koskee kymmentä vuotta.", "extension_notified_on": "2026-04-01"},
        {"reference": "2026-002", "kinds": ["access"], "received_on": "2026-03-06", "status": "refused",
         "refusal_ground": "excessive", "refusal_text": "Kuudes sama pyyntö tässä kuussa.",
         "answered_on": "2026-03-09", "closed_at": "2026-03-09T12:00:00+02:00"},
    ],
    "breaches": [
        {"reference": "2026-001", "title": "Lasku väärälle asiakkaalle",
         "aware_at": "2026-12-04T15:30:00+02:00",
         "description": "Lasku lähti väärään osoitteeseen.", "registers": ["Asiakasrekisteri"],
         "data_categories": ["Nimi", "Laskun rivit"], "people_count": 1, "risk": "high",
         "risk_reasons": "Laskussa näkyy terveyspalvelu.",
         "actions": [{"kind": "containment", "description": "Vastaanottajaa pyydetty poistamaan lasku",
                      "done_on": "2026-12-04"}]},
    ],
})


def _pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _docx_text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_access_answer_is_drafted_from_the_searched_registers():
    assert searched_registers(DOC, DOC.requests[0]) == [0]
    html = render(DOC, kind="vastaus", fmt="html", lang="fi", request=0, today=dt.date(2026, 4, 2)).decode()
    assert "Asiakassuhteen hoitaminen." in html and "Asiakkaalta itseltään." in html
    assert "Tilitoimisto Numero Oy" in html and "6 vuotta" in html
    assert "Palkanmaksu" not in html  # not searched: not in the answer
    assert "Ei täytetty" not in html  # a letter never says "not filled in"
    assert "Maija &lt;b&gt;Meikäläinen&lt;/b&gt;" in html  # escaped
    assert "Olemme poistaneet henkilötietonne" in html and "Liitteenä tietonne." in html
    assert "Tietosuojavaltuutetun toimisto" in html  # the complaint right
    text = _pdf_text(render(DOC, kind="vastaus", fmt="pdf", lang="sv", request=0, today=dt.date(2026, 4, 2)))
    assert "Svar på er begäran" in text and "Asiakasrekisteri" in text
    docx = _docx_text(
        render(DOC, kind="vastaus", fmt="docx", lang="en", request=0, today=dt.date(2026, 4, 2))
    )
    assert "Reply to your request" in docx and "Office of the Data Protection Ombudsman" in docx


def test_extension_letter_gives_the_reasons_and_the_new_deadline():
    html = render(DOC, kind="pidennys", fmt="html", lang="fi", request=0, today=dt.date(2026, 4, 1)).decode()
    assert "Pyyntö koskee kymmentä vuotta." in html
    assert "8.6.2026" in html  # 6.3.2026 + three months is a Saturday


def test_refusal_letter_names_the_ground_and_the_complaint_right():
    text = _pdf_text(render(DOC, kind="kieltaytyminen", fmt="pdf", lang="fi", request=1))
    assert "kohtuuton" in text and "Kuudes sama pyyntö" in text
    assert "Tietosuojavaltuutetun toimisto" in text and "tuomioistuimen" in text


def test_breach_notification_has_the_art_33_3_items():
    now = dt.datetime(2026, 12, 5, 9, 0, tzinfo=HELSINKI)
    text = _docx_text(render(DOC, kind="loukkausilmoitus", fmt="docx", lang="fi", breach=0, now=now))
    for item in ("a) Loukkauksen luonne", "b) Tietosuojavastaava", "c) Todennäköiset seuraukset",
                 "d) Toteutetut ja ehdotetut toimenpiteet"):
        assert item in text
    assert "Tiina Tietosuoja" in text and "7.12.2026 15.30" in text
    assert "Laskussa näkyy terveyspalvelu." in text and "korkea riski" in text
    assert "Syyt ilmoituksen viivästymiseen" not in text  # still within 72 hours
    late = render(DOC, kind="loukkausilmoitus", fmt="html", lang="fi", breach=0,
                  now=dt.datetime(2026, 12, 8, 9, 0, tzinfo=HELSINKI)).decode()
    assert "Syyt ilmoituksen viivästymiseen" in late and "kirjaa syyt viivästymiseen" in late


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_breach_notice_to_the_people_concerned(lang):
    html = render(DOC, kind="loukkaustiedote", fmt="html", lang=lang, breach=0).decode()
    assert "Lasku lähti väärään osoitteeseen." in html and "dpo@kirje.fi" in html
    assert {"fi": "Mitä tapahtui", "sv": "Vad har hänt", "en": "What happened"}[lang] in html
