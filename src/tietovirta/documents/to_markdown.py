"""Markdown writer (CommonMark + pipe tables). User text is backslash-escaped, so it stays text."""

from __future__ import annotations

import re

from tietovirta.documents.model import (
    Block,
    BulletList,
    Chart,
    Field,
    Fields,
    Figure,
    Paragraph,
    RenderedDocument,
    Table,
    xml_safe,
)
from tietovirta.documents.phrases import t

# Characters that can start markup anywhere in a line (CommonMark allows escaping any ASCII punctuation).
_INLINE = re.compile(r"([\\`*_\[\]<>|~&!])")
# Characters that make markup only at the start of a line (headings, lists, quotes, breaks).
_LINE_START = re.compile(r"^(\s*)([#+\-=>]|\d+[.)])")
_LINE_END = re.compile(r"\r\n|\r|\n")


def _lines(text: str) -> list[str]:
    """The lines CommonMark sees: it ends a line at LF, CR and CRLF alike, so a bare CR must count too."""
    return _LINE_END.split(text)


def _esc(text: str) -> str:
    lines = []
    for line in _lines(xml_safe(text)):
        line = _INLINE.sub(r"\\\1", line)
        lines.append(_LINE_START.sub(lambda m: m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], line))
    return "\n".join(lines)


def _inline(text: str) -> str:
    """Text for a table cell or list item: one line, breaks kept as <br>."""
    return "<br>".join(_esc(line) for line in _lines(text) if line.strip()) or " "


def _para(text: str) -> str:
    return "  \n".join(_esc(line) for line in _lines(text))  # two spaces = hard line break


def _value(row: Field) -> str:
    value = _inline(row.value)
    if row.missing:
        return f"*{value}*"
    if row.href:
        return f"<{row.href}>" if row.href == row.value.strip() else f"[{value}](<{row.href}>)"
    return value


def _block(block: Block, lang: str) -> str:
    match block:
        case Paragraph(text=text, style=style):
            return f"*{_para(text)}*" if style in ("missing", "note") else _para(text)
        case BulletList(items=items):
            return "\n".join(f"- {_inline(item)}" for item in items)
        case Fields(rows=rows):
            return "\n".join(f"- **{_esc(row.label)}:** {_value(row)}" for row in rows)
        case Table(columns=columns, rows=rows):
            lines = ["| " + " | ".join(_inline(col) for col in columns) + " |",
                     "|" + "---|" * len(columns)]
            lines += ["| " + " | ".join(_inline(cell) for cell in row) + " |" for row in rows]
            return "\n".join(lines)
        case Figure(caption=caption):
            return f"*{_esc(caption)}. {t('figure_not_in_markdown', lang)}*"
        case Chart(caption=caption, table=table):
            return f"{_block(table, lang)}\n\n*{_esc(caption)}*"
    raise TypeError(f"unknown block {type(block).__name__}")


def write_markdown(doc: RenderedDocument) -> str:
    parts = [f"# {_esc(doc.title)}", f"**{_esc(doc.doc_type)}**" + (
        f" · {_esc(doc.organization)}" if doc.organization and doc.organization != doc.title else "")]
    if doc.meta:
        parts.append(" · ".join(f"{_esc(row.label)}: {_value(row)}" for row in doc.meta))
    parts += [_block(block, doc.lang) for block in doc.intro]
    for section in doc.sections:
        heading = f"{'#' * min(section.level, 6)} {_esc(section.heading)}"
        blocks = [_block(block, doc.lang) for block in section.blocks]
        if section.boxed:  # set apart as a quotation block
            parts.append("\n>\n".join("\n".join(f"> {line}" for line in part.split("\n"))
                                       for part in (heading, *blocks)))
        else:
            parts += [heading, *blocks]
    return "\n\n".join(parts) + "\n"
