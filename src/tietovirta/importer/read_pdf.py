"""PDF lines → blocks: what a printed page's layout says that its text does not.

A PDF has no markup: its text comes as rows of words with their place on the page and their type
(reading.py gives each line its `Layout`). The structure is read from that layout:

- Page furniture goes first, before anything else sees it: a line at the top or bottom of a page
  that repeats on most pages, digits aside ("Tietosuojaseloste – Yritys Oy", "Sivu 1 / 3" and "Sivu
  2 / 3" are one line each), and a page number in its Finnish, Swedish and English forms. A
  running header would otherwise be read as a title that splits one document into several
  registers, and "Sivu 1 / 2" would end up inside the values.
- Headings: a line set larger than the body text is a heading, its level by its size among the
  headings' sizes; the largest, once at the start, is the title. A line set in bold at body size, or
  a short line standing alone over running text, may be a heading (a "label": the classifier has
  the last word). Bold words opening a line and ending in a colon are a label and its value.
- Paragraphs: rows set as close as the lines of a paragraph are one paragraph when each row is full
  (the next row's first word would not have fitted at its end); a row ending short was ended by the
  author (an address, a list). A paragraph broken by a page break goes on over it.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from tietovirta.importer.blocks import (
    Block,
    Document,
    inline_pair,
    is_page_number,
    page_shape,
    split_numbering,
)
from tietovirta.importer.reading import Layout, Line

# A line this much larger than the body text is a heading (HTML's <h3> prints at 1.12 em).
HEADING_SIZE = 1.08
# Longer lines in a large type are text (a lead paragraph), not a heading.
MAX_HEADING_CHARS = 200
MAX_LABEL_WORDS = 15
# A short line standing alone over running text ("Rekisterin nimi" above its paragraph).
MAX_STANDING_WORDS = 8
_BULLET = re.compile(r"^\s*[•◦▪▫●○■□‣∙·\-–—*\uf0b7\uf0a7\uf076\uf0d8\uf0fc]\s+")
_ENDS_SENTENCE = (".", ",", ";", "!")
_LIST_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[a-z])[.)]\s+")


def pdf_document(lines: list[Line]) -> Document:
    """The blocks of a PDF's lines, its furniture removed."""
    lines, furniture = _without_furniture(lines)
    style = _Style.of(lines)
    units = _units(lines, style)
    blocks = _blocks(units, style)
    return Document(
        blocks, pages=max((ln.layout.page for ln in lines if ln.layout), default=0), furniture=furniture
    )


# --- page furniture ----------------------------------------------------------------------------------


def _without_furniture(lines: list[Line]) -> tuple[list[Line], list[str]]:
    """The lines without running headers, footers and page numbers; and the furniture's own text (a
    footer may hold the controller's address and Y-tunnus)."""
    edges = [line for line in lines if line.layout is not None and line.layout.edge]
    pages = max((line.layout.page for line in lines if line.layout is not None), default=0)
    on_pages: dict[tuple[bool, str], set[int]] = defaultdict(set)
    for line in edges:
        on_pages[(_at_top(line.layout), page_shape(line.text))].add(line.layout.page)
    # "Most pages": a first page may have no header, or a different one.
    needed = max(2, math.ceil(pages / 2))
    repeated = {key for key, seen in on_pages.items() if len(seen) >= needed}
    furniture: list[str] = []
    kept: list[Line] = []
    for line in lines:
        layout = line.layout
        if (
            layout is not None
            and layout.edge
            and (
                (_at_top(layout), page_shape(line.text)) in repeated
                or is_page_number(line.text, in_margin=True)
            )
        ):
            text = _PAGE_PHRASE.sub("", line.text).strip(" -–—|")
            if text and text not in furniture:
                furniture.append(text)
            continue
        kept.append(line)
    return kept, furniture


def _at_top(layout: Layout) -> bool:
    return layout.top < layout.page_height / 2


_PAGE_PHRASE = re.compile(r"(?:sivu|sida|page|s\.|p\.)\s*\d{1,4}(?:\s*(?:/|av|of|\()\s*\d{1,4}\)?)?", re.I)


# --- the body text's type and spacing ----------------------------------------------------------------


@dataclass(frozen=True)
class _Style:
    size: float  # the body text's type size: the size most characters are set in
    line_gap: float  # the gap between two rows of a paragraph, as a share of a row's height
    right: float  # where full rows end (the text column's right edge)
    left: float  # where the rows of running text start (the text column's left edge)

    @classmethod
    def of(cls, lines: list[Line]) -> _Style:
        layouts = [line.layout for line in lines if line.layout is not None]
        sizes: Counter[float] = Counter()
        for line in lines:
            if line.layout is not None:
                sizes[round(line.layout.size * 2) / 2] += len(line.text)
        size = sizes.most_common(1)[0][0] if sizes else 10.0
        body = [lay for lay in layouts if abs(lay.size - size) < 0.6 and not lay.table]
        gaps: Counter[float] = Counter()
        for above, below in itertools.pairwise(body):
            height = above.bottom - above.top
            if below.page == above.page and height > 0 and 0 <= below.top - above.bottom < 2 * height:
                gaps[round((below.top - above.bottom) / height, 1)] += 1
        line_gap = gaps.most_common(1)[0][0] if gaps else 0.4
        # Where full rows end: the right edge most rows of running text reach, or, in a short text
        # whose rows all end short, as far from the page's right edge as the text is from its left.
        rights = sorted(lay.right for lay in body)
        right = rights[int(0.9 * (len(rights) - 1))] if rights else 0.0
        if body:
            right = max(right, max(lay.page_width for lay in body) - min(lay.left for lay in body))
        left = min((lay.left for lay in body), default=0.0)
        return cls(size, line_gap, right, left)

    def is_heading_size(self, layout: Layout) -> bool:
        return layout.size >= self.size * HEADING_SIZE and layout.size - self.size >= 0.5

    def role(self, layout: Layout) -> str:
        if self.is_heading_size(layout):
            return f"heading {round(layout.size * 2) / 2}"
        return "bold" if layout.bold else "text"

    def full(self, layout: Layout, next_first_word: float) -> bool:
        """Whether the next row's first word would not have fitted at the end of this row: the row was
        wrapped by the layout, not ended by the author."""
        space = 0.3 * layout.size
        return layout.right + space + next_first_word > self.right - 0.02 * self.right

    def close(self, above: Layout, below: Layout) -> bool:
        """Whether two rows on one page are set as close as the rows of one paragraph."""
        height = max(above.bottom - above.top, 1.0)
        return 0 <= below.top - above.bottom <= (self.line_gap + 0.3) * height


# --- rows → units (a paragraph, a heading, a list item: rows that read as one) ---------------------------


def _units(lines: list[Line], style: _Style) -> list[list[Line]]:
    units: list[list[Line]] = []
    last_on_page = {line.layout.page: i for i, line in enumerate(lines) if line.layout is not None}
    first_on_page: dict[int, int] = {}
    for i, line in enumerate(lines):
        if line.layout is not None:
            first_on_page.setdefault(line.layout.page, i)
    for i, line in enumerate(lines):
        previous = lines[i - 1] if i else None
        if (
            units
            and previous is not None
            and previous.layout is not None
            and line.layout is not None
            and _continues(units[-1], previous.layout, line, style, i, last_on_page, first_on_page)
        ):
            units[-1].append(line)
        else:
            units.append([line])
    return units


def _continues(
    unit: list[Line],
    above: Layout,
    line: Line,
    style: _Style,
    index: int,
    last_on_page: dict[int, int],
    first_on_page: dict[int, int],
) -> bool:
    below = line.layout
    assert below is not None
    if above.table or below.table:
        return False  # a table's lines are each a cell's or a row's already
    if _BULLET.match(line.text) or below.lead.endswith(":") or style.role(above) != style.role(below):
        return False
    if below.page == above.page:
        placed = style.close(above, below)
    else:  # over a page break: the last row of one page, the first of the next
        placed = (
            below.page == above.page + 1
            and last_on_page.get(above.page) == index - 1
            and first_on_page.get(below.page) == index
        )
    if not placed:
        return False
    if _BULLET.match(unit[0].text) and below.left < above.left - 2:
        return False  # an item's text goes on indented under its text, not under its bullet
    previous_text = unit[-1].text
    if previous_text.endswith("-") and line.text[:1].islower():
        return True
    return style.full(above, below.first_word)


# --- units → blocks --------------------------------------------------------------------------------------


def _join(lines: Iterable[Line]) -> str:
    text = ""
    for line in lines:
        piece = line.text.strip()
        if text.endswith("-") and piece[:1].islower() and not text.endswith(" -"):
            # A compound broken at its hyphen ("IT-" / "tjänsteleverantör") keeps it, as plain text's
            # line breaks do (merge_paragraphs).
            text += piece
        else:
            text = f"{text} {piece}" if text else piece
    return text


def _blocks(units: list[list[Line]], style: _Style) -> list[Block]:
    heading_sizes = sorted(
        {round(u[0].layout.size * 2) / 2 for u in units if _is_heading(u, style)}, reverse=True
    )
    headings = [u for u in units if _is_heading(u, style)]
    # The largest type, used once and first, is the document's title; the other sizes are levels.
    title = (
        headings[0]
        if headings
        and round(headings[0][0].layout.size * 2) / 2 == heading_sizes[0]
        and sum(round(u[0].layout.size * 2) / 2 == heading_sizes[0] for u in headings) == 1
        and len(heading_sizes) > 1
        else None
    )
    level_sizes = [s for s in heading_sizes if title is None or s != heading_sizes[0]]
    levels = {size: rank + 2 for rank, size in enumerate(level_sizes)}
    # Where no heading is set in a larger or bolder type, a short line standing over running text is
    # the only sign of one (as in plain text); where the type shows the headings, such a line is text.
    untyped = not headings and not any(
        u[0].layout and u[0].layout.bold and not u[0].layout.table for u in units
    )
    blocks: list[Block] = []
    header: tuple[str, ...] = ()  # the column headers of the table being read
    for n, unit in enumerate(units):
        first = unit[0]
        layout = first.layout
        text = _join(unit)
        if not text or layout is None:
            continue
        page = layout.page
        if layout.table:
            if first.hint == "header":
                header = tuple(first.text.split("\t"))
            else:
                blocks.append(replace(_table_block(first, header), page=page))
            continue
        header = ()
        if unit is title:
            blocks.append(Block("title", text, 1, page=page))
        elif _is_heading(unit, style):
            blocks.append(Block("heading", text, levels[round(layout.size * 2) / 2], page=page))
        elif (layout.bold or _capitals(text) or _numbered_line(unit, style)) and _label_like(text):
            # Bold, in capitals, or numbered at the text's margin: a line that may be a heading.
            blocks.append(Block("label", text.rstrip(":").strip(), page=page))
        elif layout.lead.endswith(":") and len(layout.lead) < len(text):
            value = text[len(layout.lead) :].strip()
            blocks.append(Block("pair", value, label=layout.lead.rstrip(":").strip(), page=page))
        elif bullet := _BULLET.match(text):
            blocks.append(Block("item", text[bullet.end() :], page=page))
        elif layout.left > style.left + 4 and (
            (number := _LIST_NUMBER.match(text)) or (blocks and blocks[-1].kind == "item")
        ):
            # An indented "1. …" is a numbered list's item; indented text under an item is more of it.
            blocks.append(Block("item", text[number.end() :] if number else text, page=page))
        elif len(unit) <= 2 and (pair := inline_pair(text)):
            blocks.append(Block("pair", pair[1], label=pair[0], page=page))
        elif untyped and _standing(unit, units[n + 1] if n + 1 < len(units) else None, style):
            blocks.append(Block("label", text, page=page))
        else:
            blocks.append(Block("paragraph", text, page=page))
    return blocks


def _is_heading(unit: list[Line], style: _Style) -> bool:
    layout = unit[0].layout
    text = _join(unit)
    return (
        layout is not None
        and not layout.table
        and style.is_heading_size(layout)
        and len(unit) <= 3
        and 0 < len(text) <= MAX_HEADING_CHARS
        and any(c.isalpha() for c in text)
    )


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _numbered_line(unit: list[Line], style: _Style) -> bool:
    """ "3. Rekisterin nimi" on a line of its own at the text's left margin (indented, a list's item)."""
    number, rest = split_numbering(unit[0].text)
    layout = unit[0].layout
    return (
        bool(number and rest)
        and len(unit) == 1
        and layout is not None
        and layout.left <= style.left + 4
        and len(rest.split()) <= MAX_STANDING_WORDS
        and not rest.endswith(_ENDS_SENTENCE)
    )


def _label_like(text: str) -> bool:
    number, rest = split_numbering(text)
    return (
        len(text.split()) <= MAX_LABEL_WORDS
        and len(text) <= 150
        and (not text.endswith(_ENDS_SENTENCE) or bool(number and rest))
        and any(c.isalpha() for c in text)
    )


def _standing(unit: list[Line], following: list[Line] | None, style: _Style) -> bool:
    """A short line of its own set right over running text introduces it ("Rekisterin nimi")."""
    line = unit[0]
    if len(unit) != 1 or following is None or line.layout is None or following[0].layout is None:
        return False
    text, below = line.text.strip(), following[0].layout
    return (
        len(text.split()) <= MAX_STANDING_WORDS
        and not text.endswith(_ENDS_SENTENCE)
        and not _BULLET.match(text)
        and not any(c.isdigit() or c == "@" for c in split_numbering(text)[1])
        and style.role(below) == "text"
        and not below.table
        and below.page == line.layout.page
        and style.close(line.layout, below)
        and len(following) >= 2
    )


def _table_block(line: Line, header: tuple[str, ...]) -> Block:
    """A line of a table: a row of cells; of a two-column table, the left cell (a label) or the value."""
    if line.hint == "row":
        cells = tuple(" ".join(cell.split()) for cell in line.text.split("\t"))
        return Block("row", " | ".join(c for c in cells if c), cells=cells, header=header)
    text = line.text.strip()
    if line.hint == "label":
        return Block("label", text)
    if bullet := _BULLET.match(text):
        return Block("item", text[bullet.end() :])
    return Block("paragraph", text)
