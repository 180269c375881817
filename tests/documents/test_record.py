"""The Art. 30 record: one row per register, every Art. 30(1) column, as XLSX, CSV and on paper."""

import csv
import io

import pytest
from doc_helpers import docx_text, pdf_text, squash, xlsx_rows

from tietovirta.documents import RECORD_COLUMNS, build_record, render

# Art. 30(1) points each column must carry, as the column heading shows them.
ARTICLE_30_POINTS = ["(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)"]


def csv_rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel opens ä and ö right
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_article_30_column(sample, lang):
    header = xlsx_rows(render(sample, kind="seloste", fmt="xlsx", lang=lang))[0]
    for point in ARTICLE_30_POINTS:
        assert any(str(cell).endswith(point) for cell in header), point
    assert sum(str(cell).endswith("(c)") for cell in header) == 2  # data subjects and data categories


def test_one_row_per_register_in_xlsx_and_csv(sample):
    xlsx = xlsx_rows(render(sample, kind="seloste", fmt="xlsx", lang="fi"))
    table = csv_rows(render(sample, kind="seloste", fmt="csv", lang="fi"))
    for rows in (xlsx, table):
        assert len(rows) == 1 + len(sample.registers)
        assert [row[0] for row in rows[1:]] == [r.name for r in sample.registers]
        assert all(len(row) == len(RECORD_COLUMNS) for row in rows)
    assert [list(map(str, row)) for row in xlsx] == table  # the same content in both


def test_record_cells(sample):
    rows = csv_rows(render(sample, kind="seloste", fmt="csv", lang="fi"))
    header, customers, newsletter, prospects = rows
    cell = dict(zip(header, customers, strict=True))
    assert cell["Rekisterinpitäjä, yhteisrekisterinpitäjät, edustaja ja tietosuojavastaava (a)"].startswith(
        "Walttia Oy (2643821-1)")
    assert "Tietosuojavastaava: Tietosuojapalvelu Oy / Matti Kaarre" in cell[header[1]]
    # Two bases, no pairs: the purpose as written (the notice asks for the pairs before publishing).
    assert cell["Käsittelyn tarkoitukset ja oikeusperusteet (b)"].startswith("Palveluiden tuottamisen")
    assert cell["Rekisteröityjen ryhmät (c)"] == "asiakkaat\nyhteyshenkilöt"
    assert "Tunnistetiedot (henkilötunnus)" in cell["Henkilötietoryhmät (c)"]
    # Processors (the party and the vendors of the systems) apart from the recipients of disclosures.
    recipients = cell["Vastaanottajien ryhmät (d)"].split("\n")
    assert recipients[0] == ("Käsittelijät: HubSpot Inc. (HubSpot, asiakkuudenhallinta (CRM)); "
                             "Visma (Netvisor, taloushallinto); Tilitoimisto Heeros Oy")
    assert recipients[1] == "Luovutukset: Perintätoimisto Lindorff"
    assert cell["Siirrot kolmansiin maihin ja suojatoimet (e)"] == (
        "HubSpot → Yhdysvallat: Euroopan komission vakiosopimuslausekkeet (komission "
        "täytäntöönpanopäätös (EU) 2021/914)")
    assert cell["Poistamisen määräajat (f)"].startswith("6 vuotta asiakkuuden päättymisestä")
    assert "lukituissa tiloissa" in cell["Tekniset ja organisatoriset turvatoimet (g)"]
    prospect = dict(zip(header, prospects, strict=True))
    assert "Yhteisrekisterinpitäjät: Kumppani Ab" in prospect[header[1]]
    assert prospect["Siirrot kolmansiin maihin ja suojatoimet (e)"] == "Ei täytetty"
    news = dict(zip(header, newsletter, strict=True))
    assert "Dropbox → Yhdysvallat: Ei täytetty" in news["Siirrot kolmansiin maihin ja suojatoimet (e)"]
    # One purpose on one basis: derived as a pair when the 1.0 document was read, printed with its basis.
    assert news["Käsittelyn tarkoitukset ja oikeusperusteet (b)"] == (
        "Uutiskirjeen lähettäminen. – suostumus (tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta)")


def test_printed_record_has_every_register_and_column(sample):
    record = build_record(sample, "en")
    pdf = squash(pdf_text(render(sample, kind="seloste", fmt="pdf", lang="en")))
    word = docx_text(render(sample, kind="seloste", fmt="docx", lang="en"))
    page = render(sample, kind="seloste", fmt="html", lang="en").decode()
    for register in sample.registers:
        assert register.name in pdf and register.name in word and register.name in page
    for heading in record.data_table.columns[1:]:
        assert word.count(f"\n{heading}\n") == len(sample.registers), heading
        assert page.count(f'<th scope="row">{heading}</th>') == len(sample.registers), heading
    assert "Registers: 3" in pdf and "Time limits for erasure (f)" in pdf


def test_xlsx_controller_sheet(sample):
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(render(sample, kind="seloste", fmt="xlsx", lang="sv")))
    assert book.sheetnames == ["Register över behandling", "Personuppgiftsansvarig"]
    rows = {row[0]: row[1] for row in book["Personuppgiftsansvarig"].iter_rows(values_only=True)}
    assert rows["FO-nummer"] == "2643821-1"
    assert rows["Dataskyddsombud"].startswith("Tietosuojapalvelu Oy")
