"""XLSX and CSV writers for a document's data table (the record of processing: one row per register).

Cells that a spreadsheet would read as a formula (starting with = + - @, or a tab or carriage
return) are prefixed with an apostrophe (OWASP "CSV injection").
"""

from __future__ import annotations

import csv
import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from tietovirta.documents.model import Fields, RenderedDocument, Table, xml_safe

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """The cell text, made inert for spreadsheets: '=cmd' becomes \"'=cmd\"."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _data(doc: RenderedDocument) -> Table:
    if doc.data_table is None:
        raise ValueError(f"a {doc.kind} has no table to export")
    return doc.data_table


def write_csv(doc: RenderedDocument) -> bytes:
    """UTF-8 with a byte-order mark (so Excel reads ä and ö), comma-separated, RFC 4180 quoting."""
    table = _data(doc)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([neutralise(xml_safe(col)) for col in table.columns])
    writer.writerows([neutralise(xml_safe(cell)) for cell in row] for row in table.rows)
    return out.getvalue().encode("utf-8-sig")


_WIDTHS = {0: 24}  # the register name; other columns share a default width
_DEFAULT_WIDTH = 34


def write_xlsx(doc: RenderedDocument) -> bytes:
    table = _data(doc)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = doc.doc_type[:31]
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="1F4E79")
    wrap = Alignment(wrap_text=True, vertical="top")
    sheet.append([neutralise(xml_safe(col)) for col in table.columns])
    for cell in sheet[1]:
        cell.font, cell.fill, cell.alignment = header_font, header_fill, wrap
    for row in table.rows:
        sheet.append([neutralise(xml_safe(value)) for value in row])
    for column in sheet.iter_cols(min_row=2):
        for cell in column:
            cell.data_type = "s"  # text, never a formula, whatever it starts with
            cell.alignment = wrap
    for index in range(len(table.columns)):
        sheet.column_dimensions[get_column_letter(index + 1)].width = _WIDTHS.get(index, _DEFAULT_WIDTH)
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = sheet.dimensions

    controller = next((b for s in doc.sections if s.key == "controller" for b in s.blocks
                       if isinstance(b, Fields)), None)
    if controller is not None:
        info = workbook.create_sheet(next(s.heading for s in doc.sections if s.key == "controller")[:31])
        for row in controller.rows:
            info.append([neutralise(xml_safe(row.label)), neutralise(xml_safe(row.value))])
            info.cell(info.max_row, 1).font = Font(bold=True)
            info.cell(info.max_row, 2).alignment = wrap
        info.column_dimensions["A"].width, info.column_dimensions["B"].width = 40, 60

    workbook.properties.title = xml_safe(f"{doc.doc_type} – {doc.title}")
    workbook.properties.creator = "Tietovirta"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
