"""What changed between two published versions of a notice, as the reader sees it.

Both versions are written by the same code into the same language and compared section by section,
line by line: the changelog says which sections were added, removed or changed, and the difference
page shows the lines themselves. Comparing the written notices, not the fields behind them, also
catches changes that come from the organisation or its catalogue (a new processor, a new address).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Literal

from tietovirta.documents import build_privacy_notice
from tietovirta.documents.model import BulletList, Fields, Paragraph, RenderedDocument, Table
from tietovirta.publishing.models import PublishedNotice

TITLE = "title"  # the notice's title compares like a section


@dataclass(frozen=True)
class Line:
    op: Literal["same", "removed", "added"]
    text: str


@dataclass(frozen=True)
class SectionChange:
    kind: Literal["added", "removed", "changed"]
    heading: str
    lines: tuple[Line, ...]


def _lines(blocks) -> list[str]:
    out: list[str] = []
    for block in blocks:
        match block:
            case Paragraph(text=text):
                out.append(text)
            case BulletList(items=items):
                out += [f"• {item}" for item in items]
            case Fields(rows=rows):
                out += [f"{row.label}: {row.value}" for row in rows]
            case Table(columns=columns, rows=rows):
                out += [" · ".join(f"{column}: {cell}" for column, cell in zip(columns, row, strict=True))
                        for row in rows]
    return out


def _sections(notice: RenderedDocument) -> dict[str, tuple[str, list[str]]]:
    """key -> (heading, lines); the draft note and the date are not content."""
    found = {TITLE: (notice.doc_type, [notice.title])}
    found.update({s.key or s.heading: (s.heading, _lines(s.blocks)) for s in notice.sections})
    return found


def compare(older: RenderedDocument, newer: RenderedDocument) -> list[SectionChange]:
    """The sections that differ, in the newer notice's order (removed ones where they stood)."""
    before, after = _sections(older), _sections(newer)
    order = list(after) + [key for key in before if key not in after]
    changes = []
    for key in order:
        if key not in before:
            heading, lines = after[key]
            changes.append(SectionChange("added", heading, tuple(Line("added", line) for line in lines)))
        elif key not in after:
            heading, lines = before[key]
            changes.append(SectionChange("removed", heading, tuple(Line("removed", line) for line in lines)))
        elif before[key][1] != after[key][1]:
            changes.append(SectionChange("changed", after[key][0], _diff(before[key][1], after[key][1])))
    return changes


def _diff(old: list[str], new: list[str]) -> tuple[Line, ...]:
    lines: list[Line] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if op == "equal":
            lines += [Line("same", text) for text in old[i1:i2]]
        else:
            lines += [Line("removed", text) for text in old[i1:i2]]
            lines += [Line("added", text) for text in new[j1:j2]]
    return tuple(lines)


def notice_of(version: PublishedNotice, lang: str) -> RenderedDocument:
    return build_privacy_notice(version.document(), 0, lang)


def previous_in(version: PublishedNotice, lang: str) -> PublishedNotice | None:
    """The latest earlier version that was published in `lang`."""
    earlier = version.register.published_notices.filter(version__lt=version.version).order_by("-version")
    return next((v for v in earlier if lang in v.languages), None)


def changes_since_previous(
    version: PublishedNotice, lang: str
) -> tuple[PublishedNotice | None, list[SectionChange]]:
    """The version before this one in `lang` and what changed since; (None, []) for the first."""
    previous = previous_in(version, lang)
    if previous is None:
        return None, []
    return previous, compare(notice_of(previous, lang), notice_of(version, lang))
