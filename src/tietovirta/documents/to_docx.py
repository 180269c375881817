"""DOCX writer (python-docx): real Word headings, tables and page numbers, editable in Word."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from tietovirta.documents.model import (
    Block,
    BulletList,
    Chart,
    Fields,
    Figure,
    Paragraph,
    RenderedDocument,
    Table,
    xml_safe,
)

_MISSING_COLOUR = RGBColor(0x8A, 0x6D, 0x1F)
_NOTE_COLOUR = RGBColor(0x4A, 0x58, 0x68)
_HEADER_FILL = "1F4E79"


def _add_text(paragraph: DocxParagraph, text: str, *, bold: bool = False, italic: bool = False,
              colour: RGBColor | None = None) -> None:
    """Text with the user's line breaks kept as Word line breaks."""
    for i, line in enumerate(xml_safe(text).split("\n")):
        run = paragraph.add_run()
        if i:
            run.add_break()
        run.add_text(line)
        run.bold = bold or None
        run.italic = italic or None
        if colour is not None:
            run.font.color.rgb = colour


def _shade(cell_element, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell_element._tc.get_or_add_tcPr().append(shading)


def _repeat_header(table: DocxTable) -> None:
    row_pr = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row_pr.append(header)


def _cell_text(cell, text: str, *, missing: bool = False, bold: bool = False,
               colour: RGBColor | None = None) -> None:
    paragraph = cell.paragraphs[0]
    _add_text(paragraph, text, bold=bold, italic=missing, colour=_MISSING_COLOUR if missing else colour)


def _fields(document, block: Fields) -> None:
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for row in block.rows:
        cells = table.add_row().cells
        _cell_text(cells[0], row.label, bold=True)
        _cell_text(cells[1], row.value, missing=row.missing)
        cells[0].width, cells[1].width = Cm(5.5), Cm(11.5)
    document.add_paragraph()


def _table(document, block: Table, font_size: Pt) -> None:
    table = document.add_table(rows=1, cols=len(block.columns))
    table.style = "Table Grid"
    for cell, heading in zip(table.rows[0].cells, block.columns, strict=True):
        _cell_text(cell, heading, bold=True, colour=RGBColor(0xFF, 0xFF, 0xFF))
        _shade(cell, _HEADER_FILL)
    _repeat_header(table)
    for row in block.rows:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            _cell_text(cell, value)
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = font_size
    document.add_paragraph()


def _block(document, block: Block, *, landscape: bool) -> None:
    match block:
        case Paragraph(text=text, style=style):
            paragraph = document.add_paragraph()
            if style == "missing":
                _add_text(paragraph, text, italic=True, colour=_MISSING_COLOUR)
            elif style == "note":
                _add_text(paragraph, text, colour=_NOTE_COLOUR)
            else:
                _add_text(paragraph, text)
        case BulletList(items=items):
            for item in items:
                _add_text(document.add_paragraph(style="List Bullet"), item)
        case Fields():
            _fields(document, block)
        case Table():
            _table(document, block, Pt(9))
        case Figure() | Chart():
            width = block.width_cm if isinstance(block, Chart) else 24 if landscape else 16
            document.add_picture(io.BytesIO(block.png), width=Cm(width))
            caption = document.add_paragraph(style="Caption")
            _add_text(caption, block.caption)
        case _:
            raise TypeError(f"unknown block {type(block).__name__}")


def _border(paragraph: DocxParagraph) -> None:
    """A frame around the paragraph; Word joins the frames of consecutive paragraphs into one box."""
    borders = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        line = OxmlElement(f"w:{side}")
        for key, value in (("val", "single"), ("sz", "12"), ("space", "4"), ("color", _HEADER_FILL)):
            line.set(qn(f"w:{key}"), value)
        borders.append(line)
    paragraph._p.get_or_add_pPr().append(borders)


def _page_number(paragraph: DocxParagraph) -> None:
    """A PAGE field, so Word numbers the pages itself."""
    run = paragraph.add_run()
    begin, instr, end = OxmlElement("w:fldChar"), OxmlElement("w:instrText"), OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    end.set(qn("w:fldCharType"), "end")
    run._r.extend([begin, instr, end])


# Word's core properties (title, author …) hold at most 255 characters; python-docx refuses more.
_PROPERTY_LENGTH = 255


def _property(text: str) -> str:
    """Metadata, cut to what a property holds: the document's text keeps the whole name."""
    text = " ".join(xml_safe(text).split())
    return text if len(text) <= _PROPERTY_LENGTH else text[: _PROPERTY_LENGTH - 1].rstrip() + "…"


def write_docx(doc: RenderedDocument) -> bytes:
    document = Document()
    styles = document.styles
    styles["Normal"].font.name = "Calibri"
    styles["Normal"].font.size = Pt(10)
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    if doc.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.8 if not doc.landscape else 1.4))
    header = section.header.paragraphs[0]
    _add_text(header, f"{doc.organization}\t\t{doc.doc_type}" if doc.organization else doc.doc_type,
              colour=_NOTE_COLOUR)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _page_number(footer)

    properties = document.core_properties
    properties.title = _property(f"{doc.doc_type} – {doc.title}")
    properties.author = _property(doc.organization)
    properties.language = doc.lang
    properties.comments = "Tietovirta"

    _add_text(document.add_paragraph(style="Subtitle"), doc.doc_type)
    _add_text(document.add_heading(level=0), doc.title)
    if doc.organization and doc.organization != doc.title:
        _add_text(document.add_paragraph(), doc.organization, bold=True)
    if doc.meta:
        meta = document.add_paragraph()
        _add_text(meta, "   ".join(f"{row.label}: {row.value}" for row in doc.meta), colour=_NOTE_COLOUR)
    for block in doc.intro:
        _block(document, block, landscape=doc.landscape)
    for sec in doc.sections:
        first = len(document.paragraphs)
        _add_text(document.add_heading(level=max(1, sec.level - 1)), sec.heading)
        for block in sec.blocks:
            _block(document, block, landscape=doc.landscape)
        if sec.boxed:
            for paragraph in document.paragraphs[first:]:
                _border(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
