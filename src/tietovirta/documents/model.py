"""The format-neutral document: what every writer (HTML, PDF, DOCX, Markdown, XLSX/CSV) prints.

Builders (`tietovirtakuvaus.py`, `notice.py`, `record.py`) turn the canonical data into a
`RenderedDocument`; each writer is a small loop over its sections and blocks. A heading or a
generated sentence therefore exists once, not once per format.

All strings in blocks are plain text; writers escape them for their format.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal
from urllib.parse import urlsplit

from tietovirta.flows import FlowGraph, to_png, to_svg


@dataclass(frozen=True)
class Paragraph:
    text: str
    # "missing": the placeholder for an empty field ("Ei täytetty"); "note": a fixed, secondary remark.
    style: Literal["text", "missing", "note"] = "text"


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Field:
    label: str
    value: str
    missing: bool = False
    href: str = ""  # only ever a safe_href() result


@dataclass(frozen=True)
class Fields:
    """Label–value rows, e.g. the controller's name, Y-tunnus and address."""

    rows: tuple[Field, ...]


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(eq=False)
class Figure:
    """A data-flow diagram; drawn (by Graphviz) only when a writer asks for it."""

    graph: FlowGraph
    caption: str
    lang: str

    @cached_property
    def svg(self) -> str:
        return to_svg(self.graph, self.lang)

    @cached_property
    def png(self) -> bytes:
        return to_png(self.graph, self.lang)


@dataclass(eq=False)
class Chart:
    """A picture drawn in Python (the risk matrix): SVG for HTML and PDF, PNG (made on demand) for Word,
    and a table in its place where a format has no pictures (Markdown)."""

    svg: str  # escaped, ready to embed
    draw_png: Callable[[], bytes]
    caption: str
    table: Table
    width_cm: float = 11

    @cached_property
    def png(self) -> bytes:
        return self.draw_png()


Block = Paragraph | BulletList | Fields | Table | Figure | Chart


@dataclass
class Section:
    heading: str
    blocks: list[Block] = field(default_factory=list)
    key: str = ""  # the canonical section key where there is one (stable anchor, tests)
    level: int = 2  # 2 = section, 3 = subsection
    boxed: bool = False  # set apart from the rest (the right to object, GDPR 21(4))


@dataclass
class RenderedDocument:
    kind: str
    lang: str
    title: str  # e.g. the register's name
    doc_type: str  # e.g. "Tietovirtakuvaus"
    organization: str  # printed in the running header
    meta: tuple[Field, ...] = ()
    intro: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    landscape: bool = False  # wide diagrams
    # The document's data as one table, for the spreadsheet formats (the record: one row per register).
    data_table: Table | None = None

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)


_SAFE_SCHEMES = {"http", "https", "mailto"}


def safe_href(url: str) -> str:
    """The URL if it is an http(s) or mailto link, else "" (no javascript: or data: links from users)."""
    url = url.strip()
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return ""
    return url if scheme in _SAFE_SCHEMES and not any(c in url for c in "\"'<> \n\r\t") else ""


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Drop control characters that XML (DOCX, XLSX, XHTML) cannot hold."""
    return _XML_ILLEGAL.sub("", text)
