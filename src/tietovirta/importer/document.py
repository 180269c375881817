"""Bytes → the neutral document model (blocks), whatever the file format.

The format is sniffed from the content (magic bytes, markup), not from the file name. Text,
Markdown and HTML are read here; PDF and Word files are opened by `reading` (which bounds what a
container may unpack to) and their lines turned into blocks.
"""

from __future__ import annotations

import re

from tietovirta.importer import reading
from tietovirta.importer.blocks import Block, Document, merge_paragraphs, remove_furniture
from tietovirta.importer.read_html import read_html
from tietovirta.importer.read_pdf import pdf_document
from tietovirta.importer.read_text import read_markdown, read_plain
from tietovirta.importer.reading import SourceFormat

_BULLET = re.compile(r"^\s*(?:[-*+•·▪◦‣∙–])\s+")


def _from_lines(lines: list[reading.Line]) -> list[Block]:
    blocks: list[Block] = []
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        if line.hint == "title":
            blocks.append(Block("title", text, 1))
        elif line.hint == "heading":
            blocks.append(Block("heading", text, 2))
        elif line.hint == "label":
            blocks.append(Block("label", text))
        elif "\t" in text:
            label, _, value = text.partition("\t")
            blocks.append(
                Block("pair", value.strip(), label=label.strip())
                if label.strip()
                else Block("paragraph", value.strip())
            )
        elif bullet := _BULLET.match(text):
            blocks.append(Block("item", text[bullet.end() :]))
        else:
            blocks.append(Block("paragraph", text))
    return blocks


def read_document(data: bytes, filename: str = "") -> tuple[SourceFormat, Document, str]:
    """(format, document, text encoding) of a file; UnreadableDocument when it cannot be used."""
    read = reading.read_bytes(data, filename)
    if read.format is SourceFormat.PDF and any(line.layout for line in read.lines):
        document = pdf_document(read.lines)
        document.blocks = remove_furniture(merge_paragraphs(document.blocks))
        return read.format, document, read.encoding
    # A Word file's lines, and a scan's read by OCR (no layout, only its hints), are read from their hints.
    if read.format in (SourceFormat.DOCX, SourceFormat.PDF):
        blocks = merge_paragraphs(_from_lines(read.lines))
        return read.format, Document(remove_furniture(blocks)), read.encoding
    text = "\n".join(line.text for line in read.lines) if read.format is SourceFormat.TEXT else None
    raw, _encoding = reading._decode(data)
    if read.format is SourceFormat.HTML:
        return read.format, read_html(raw), read.encoding
    if read.format is SourceFormat.MARKDOWN:
        return read.format, read_markdown(raw), read.encoding
    return read.format, read_plain(text if text is not None else raw), read.encoding
