"""Plain text and Markdown → blocks.

Plain text has no markup, so its structure is read from the lines themselves: a numbered line
("3. Rekisterin nimi"), a line in capitals, a short line followed by running text, "Label: value",
"Label<TAB>value", bullets; a page's metadata fields (":slug: …", ":date: …") are dropped. Markdown
adds "#" headings, "**bold**" lead-ins, lists, pipe tables and front matter (YAML between "---" lines
or TOML between "+++"), whose title is kept and the rest dropped. HTML embedded in Markdown is read by
the HTML reader.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace

from tietovirta.importer.blocks import (
    Block,
    Document,
    inline_pair,
    is_navigation,
    merge_paragraphs,
    split_numbering,
)
from tietovirta.importer.headings import known_heading

_BULLET = re.compile(r"^\s*(?:[-*+•·▪◦‣∙–]|\d{1,2}[.)](?=\s))\s+")
_TAB_PAIR = re.compile(r"^([^\t]{2,80})\t+(.*)$")
_SENTENCE_END = (".", "!", "?", ";", ",")


def _looks_like_heading(line: str, next_line: str) -> bool:
    """A line standing alone that introduces what follows."""
    words = line.split()
    if not words or len(words) > 14 or len(line) > 120 or line.endswith((",", ";")):
        return False
    number, rest = split_numbering(line)
    if number and rest and not rest.endswith("."):
        return True
    letters = [c for c in line if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        return True
    if line.endswith(("?", ":")) and len(words) <= 12:
        return True
    return not line.endswith(_SENTENCE_END) and bool(next_line) and len(words) <= 8


# Words a heading does not end with: a line ending with one continues on the next.
_CONTINUES = re.compile(
    r"\s(?:ja|tai|sekä|eli|kuin|joka|jotka|jossa|the|and|or|of|to|in|for|och|eller|samt|av|för|till|i)$",
    re.IGNORECASE,
)


def _join_broken_headings(lines: list[str]) -> list[str]:
    """A heading broken over lines ("Oikeus suostumuksen" / "peruuttamiseen", as PDF text and old tools
    write them) is one line: short lines that do not end a sentence, each but the first starting in
    lower case, ending at a blank line."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        j = i + 1
        while (
            j < len(lines)
            and line.strip()
            and lines[j].strip()
            and (lines[j].strip()[:1].islower() or _CONTINUES.search(line.rstrip()))
            and len(line.split()) <= 6
            and len(lines[j].split()) <= 4
            and not line.rstrip().endswith((".", ",", ";", ":", "!", "?"))
            and (j + 1 >= len(lines) or not lines[j + 1].strip() or lines[j + 1].strip()[:1].islower())
        ):
            line = f"{line.rstrip()} {lines[j].strip()}"
            j += 1
        out.append(line)
        i = j
    return out


# A page's metadata in reStructuredText or a site generator's source (":slug: privacy-policy", ":url:
# tietosuojaseloste/", ":date: 2020-04-20"): front matter, not text a reader of the page sees.
_METADATA_FIELD = re.compile(r"^:[a-z_]+:(?:\s.*)?$")


def read_plain(text: str) -> Document:
    lines = _join_broken_headings(
        [
            "" if is_navigation(line) or _METADATA_FIELD.match(line) else line.rstrip(" \r")
            for line in text.splitlines()
        ]
    )
    blocks: list[Block] = []
    continued: dict[int, list[str]] = {}  # by block: the lines that continue it (_with_continuations)
    # The next non-blank line after each line, found in one pass from the end.
    next_text, found = [""] * len(lines), ""
    for i in range(len(lines) - 1, -1, -1):
        next_text[i], found = found, lines[i].strip() or found
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        nxt = next_text[i]
        following_blank = i + 1 < len(lines) and not lines[i + 1].strip()
        # A short line after a blank line (or at the start) that does not end a sentence introduces
        # what follows, even when the value starts on the very next line ("Rekisterinpitäjä\nWalttia Oy").
        opens = (i == 0 or not lines[i - 1].strip()) and len(line.split()) <= 8 and len(line) <= 70
        gap = i > 0 and not lines[i - 1].strip()
        # Running text broken over lines: the next line continues this one (lower case, or this line
        # ends with "ja", "sekä" …), so this line is no heading.
        wrapped = (
            i + 1 < len(lines)
            and lines[i + 1].strip() != ""
            and (lines[i + 1].strip()[:1].islower() or bool(_CONTINUES.search(line)))
        )
        indented_next = (
            i + 1 < len(lines)
            and lines[i + 1][:1] in (" ", "\t")
            and lines[i + 1].strip()
            and not _BULLET.match(lines[i + 1])
        )
        # The line right under a heading, with no blank line between, is its value ("Rekisterin pitäjä"
        # / "Yritys Oy"), however short, unless it is plainly a heading itself (numbered, capitals).
        under_label = bool(blocks) and blocks[-1].kind == "label" and i > 0 and lines[i - 1].strip() != ""
        if raw.startswith("\t") and blocks and blocks[-1].kind == "pair":
            # "Heading<TAB>value" continued on a line that starts with a tab: the value goes on.
            continued.setdefault(len(blocks) - 1, [blocks[-1].text]).append(line)
        elif match := _TAB_PAIR.match(raw.strip(" ")):
            label, value = match.group(1).strip(), match.group(2).strip()
            # "Suostumus<TAB>" with nothing after it: a heading left empty.
            blocks.append(Block("pair", value, label=label) if value else Block("label", label))
        elif bullet := _BULLET.match(raw):
            number, _ = split_numbering(line)
            item = line[bullet.end() - (len(raw) - len(raw.lstrip())) :].strip()
            if (number and _looks_like_heading(line, nxt) and not line.endswith(".")) or (
                indented_next and len(item.split()) <= 6 and not item.endswith((".", ","))
            ):
                blocks.append(
                    Block("label", item if not number else line)
                )  # " • Tietolähteet" above its value
            else:
                blocks.append(Block("item", item))
        elif pair := inline_pair(line):
            if following_blank and known_heading(line) and not line.endswith("."):
                blocks.append(Block("label", line, gap_before=gap))  # "… periaatteet A: Manuaalinen aineisto"
            else:
                blocks.append(Block("pair", pair[1], label=pair[0]))
        elif under_label and not _strong_heading(line) and not known_heading(line):
            blocks.append(Block("paragraph", line, gap_before=gap))
        elif (
            _looks_like_heading(line, nxt)
            and (following_blank or opens or _strong_heading(line))
            and not (wrapped and not _strong_heading(line))
        ):
            blocks.append(Block("label", line, gap_before=gap))
        else:
            blocks.append(Block("paragraph", line, gap_before=gap))
    return Document(merge_paragraphs(_with_continuations(blocks, continued, " ")))


def _with_continuations(blocks: list[Block], continued: dict[int, list[str]], joiner: str) -> list[Block]:
    """`blocks` with the lines that continue a block joined to its text, once (joining them as they come
    would copy the growing text for every line)."""
    for index, texts in continued.items():
        blocks[index] = replace(blocks[index], text=joiner.join(texts))
    return blocks


def _strong_heading(line: str) -> bool:
    number, rest = split_numbering(line)
    letters = [c for c in line if c.isalpha()]
    return bool(number and rest) or (len(letters) >= 4 and all(c.isupper() for c in letters))


# --- Markdown ----------------------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A\s*(---|\+\+\+)\s*\n(.*?)\n\1\s*\n", re.DOTALL)
_FRONT_TITLE = re.compile(r"^\s*title\s*[:=]\s*[\"']?(.+?)[\"']?\s*$", re.MULTILINE | re.IGNORECASE)
_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(.{2,160}?)\1\s*:?\s*$")
_BOLD_PAIR = re.compile(r"^\s*(\*\*|__)(.{2,80}?)\1\s*(?::\s*|\s*[-–]\s+)(\S.*)$")
_BOLD_COLON_PAIR = re.compile(r"^\s*(\*\*|__)(.{2,80}?):\1\s*(\S.*)$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_HTML_BLOCK = re.compile(r"<(p|div|h[1-6]|ul|ol|li|table|br|strong|section|article|dl)\b", re.IGNORECASE)


def inline_markdown(text: str) -> str:
    """Markdown emphasis, links and escapes removed: what a reader of the rendered page sees."""
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(
        r"\[([^\]]+)\]\((?:mailto:)?([^)\s]+)[^)]*\)",
        lambda m: (
            m.group(1)
            if m.group(2) in m.group(1) or "@" not in m.group(2)
            else f"{m.group(1)} ({m.group(2)})"
        ),
        text,
    )
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])", r"\2", text)
    text = re.sub(r"`([^`]*)`", r"\1", text)
    text = re.sub(r"<(https?://[^>]+|[^@\s>]+@[^>\s]+)>", r"\1", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!])", r"\1", text)
    return html.unescape(text) if "&" in text else text


def _cells(line: str) -> tuple[str, ...]:
    return tuple(inline_markdown(c.strip()) for c in line.strip().strip("|").split("|"))


# A line ending in two spaces or a backslash breaks the line in Markdown ("Yritys Oy  \nPL 69  \n…"):
# the next line is not joined to it, as <br> in HTML.
_HARD_BREAK = re.compile(r"(?:\S {2,}|\\)$")


def read_markdown(text: str) -> Document:
    title = ""
    if match := _FRONT_MATTER.match(text):
        if found := _FRONT_TITLE.search(match.group(2)):
            title = found.group(1).strip()
        text = text[match.end() :]
    if len(_HTML_BLOCK.findall(text)) >= 3:
        from tietovirta.importer.read_html import read_html

        document = read_html(_markdown_to_html_lines(text))
        document.title = document.title or title
        return document
    lines = text.splitlines()
    blocks: list[Block] = []
    header: tuple[str, ...] = ()
    in_code = False
    i = 0
    continues = False  # the previous line was text with no blank line after it
    continued: dict[int, list[str]] = {}  # by block: the hard-wrapped lines that continue it
    while i < len(lines):
        raw = lines[i]
        # A backslash at the end only breaks the line: no part of a paragraph's, item's or heading's text.
        if raw.rstrip().endswith("\\"):
            raw = raw.rstrip().removesuffix("\\").rstrip()
        line = raw.strip()
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        i += 1
        if line.startswith("```"):
            in_code = not in_code
            continue
        if not line or in_code or re.fullmatch(r"[-*_]{3,}", line) or line.startswith("<!--"):
            header = () if not line else header
            continues = False
            continue
        joins_the_line_above = continues and not _HARD_BREAK.search(lines[i - 2])
        continues = False
        if match := _ATX.match(raw):
            level = len(match.group(1))
            blocks.append(Block("title" if level == 1 else "heading", inline_markdown(match.group(2)), level))
        elif nxt.strip() and _SETEXT.match(nxt) and not _BULLET.match(raw) and "|" not in line:
            level = 1 if nxt.strip().startswith("=") else 2
            blocks.append(Block("title" if level == 1 else "heading", inline_markdown(line), level))
            i += 1
        elif "|" in line and _TABLE_RULE.match(nxt):
            header = _cells(line)
            i += 1
        elif "|" in line and line.startswith("|"):
            cells = _cells(line)
            if len(cells) == 2 and not (header and len(header) == 2 and header[0]):
                blocks.append(Block("pair", cells[1], label=cells[0]))
            else:
                blocks.append(Block("row", " | ".join(c for c in cells if c), cells=cells, header=header))
        elif match := _BOLD_COLON_PAIR.match(raw) or _BOLD_PAIR.match(raw):
            label = inline_markdown(match.group(2))
            blocks.append(Block("pair", inline_markdown(match.group(3)), label=label))
        elif match := _BOLD_LINE.match(raw):
            blocks.append(Block("label", inline_markdown(match.group(2)).rstrip(":")))
        elif bullet := _BULLET.match(raw):
            depth = (len(raw) - len(raw.lstrip())) // 2
            blocks.append(Block("item", inline_markdown(raw[bullet.end() :].strip()), depth))
        elif line.startswith(">"):
            blocks.append(Block("paragraph", inline_markdown(line.lstrip("> "))))
        elif joins_the_line_above and blocks and blocks[-1].kind in ("paragraph", "item", "pair"):
            # A hard-wrapped line: Markdown joins it to the paragraph (or list item) above.
            continued.setdefault(len(blocks) - 1, [blocks[-1].text]).append(inline_markdown(line))
        else:
            blocks.append(Block("paragraph", inline_markdown(line)))
        continues = blocks[-1].kind in ("paragraph", "item", "pair")
    return Document(merge_paragraphs(_with_continuations(blocks, continued, " ")), title=title)


def _markdown_to_html_lines(text: str) -> str:
    """Markdown that is mostly HTML: its "#" headings and paragraphs turned into tags, the rest kept."""
    out = []
    for raw in text.splitlines():
        if match := _ATX.match(raw):
            level = len(match.group(1))
            out.append(f"<h{level}>{html.escape(inline_markdown(match.group(2)))}</h{level}>")
        elif raw.strip() and not raw.lstrip().startswith("<"):
            out.append(f"<p>{inline_markdown(raw.strip())}</p>")
        else:
            out.append(raw)
    return "\n".join(out)
