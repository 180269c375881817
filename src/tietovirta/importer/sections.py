"""Blocks → sections: a heading (or a pair's label) with the blocks it introduces.

Every heading starts a section that runs to the next heading; a section keeps the headings above it
(`parents`), so a sub-heading like "Itse annetut tiedot" is read in the light of "Käsittelemämme
henkilötiedot". A label–value pair is a small section of its own ("Rekisterinpitäjä: Walttia Oy");
whether it answers a field or is only a detail of the section around it (an "Osoite: …" line under
the controller) is for the classifier to say. Text before the first heading is the preamble.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tietovirta.importer.blocks import Block, split_numbering

DOCUMENT_KIND = re.compile(r"tietovirtakuvaus|dataflödesbeskrivning|data-flow description", re.IGNORECASE)


@dataclass
class Section:
    heading: str  # without its numbering; "" for the preamble
    number: str = ""
    level: int = 0  # 1 = title … 6; a pair sits one level below the section it is in
    parents: tuple[str, ...] = ()  # the headings above, outermost first
    blocks: list[Block] = field(default_factory=list)
    pair: bool = False  # the section is a label–value pair
    continued: bool = False  # text after a pair, back in the section the pair stands in
    candidate: bool = False  # opened by a line that only looks like a heading (no markup says so)
    gap_before: bool = False  # a blank line stands before its heading (plain text)
    line: str = ""  # the heading's line as written (numbering and colon included)
    position: int = 0  # index in the document's sections

    @property
    def body(self) -> str:
        """The section's text, one block per line."""
        return "\n".join(b.full_text() for b in self.blocks)

    @property
    def context(self) -> str:
        """The nearest heading above, for a section whose own heading says little."""
        return self.parents[-1] if self.parents else ""


def _numbered_level(number: str) -> int:
    """ "3." → 2, "3.1" → 3, "3.1.2" → 4: numbering says how deep a heading is."""
    return 2 + number.rstrip(".").count(".") if number and number[0].isdigit() else 0


def split_sections(blocks: list[Block]) -> list[Section]:
    sections: list[Section] = [Section("")]
    stack: list[tuple[int, str]] = []  # (level, heading) of the open headings
    enclosing = sections[0]  # the last section opened by a heading
    open_pair: Section | None = None  # a pair whose value the following list items continue
    last_structural = 1

    def add(text: str, level: int, pair: bool = False, candidate: bool = False, gap: bool = False) -> Section:
        nonlocal stack
        number, heading = split_numbering(text)
        heading = heading.rstrip(":").strip()
        stack = [(lvl, h) for lvl, h in stack if lvl < level]
        section = Section(
            heading,
            number,
            level,
            tuple(h for _, h in stack),
            pair=pair,
            candidate=candidate and not number,
            gap_before=gap,
            line=text.strip(),
        )
        if not pair:
            stack.append((level, heading))
        sections.append(section)
        return section

    for block in blocks:
        if block.kind in ("title", "label") and DOCUMENT_KIND.fullmatch(block.text.strip(" .:")):
            continue  # "Tietovirtakuvaus" on a line of its own under the register's name: the document's kind
        if block.kind in ("title", "heading", "label"):
            number, _ = split_numbering(block.text)
            if block.kind == "label":
                level = _numbered_level(number) or last_structural + 1
            else:
                level = block.level or 2
                if block.kind == "heading":
                    level = max(level, _numbered_level(number))
                last_structural = level
            enclosing = add(block.text, level, candidate=block.kind == "label", gap=block.gap_before)
            open_pair = None
        elif block.kind == "pair" and block.label:
            open_pair = add(block.label, enclosing.level + 1, pair=True)
            open_pair.blocks.append(Block("paragraph", block.text, page=block.page))
        elif open_pair is not None and block.kind == "item":
            open_pair.blocks.append(block)  # "Tarkoitus:" followed by bullets
        else:
            if open_pair is not None:
                # Text after a pair belongs to the section the pair stands in again.
                enclosing = Section(
                    enclosing.heading, enclosing.number, enclosing.level, enclosing.parents, continued=True
                )
                sections.append(enclosing)
                open_pair = None
            sections[-1].blocks.append(block)
    kept = [s for s in sections if s.blocks or (s.heading and not s.pair)]
    for i, section in enumerate(kept):
        section.position = i
    return kept
