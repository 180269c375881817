"""The neutral document model every reader produces: a sequence of blocks.

Whatever the file was — plain text, Markdown, a saved web page, a PDF, a Word document or pasted
text — the rest of the importer sees the same things: headings (with their level and numbering),
paragraphs, list items, table rows (with the table's column headers) and label–value pairs
("Rekisterinpitäjä: Walttia Oy", <dt>/<dd>, a two-column table row, a bold lead-in). Page furniture
(running headers and footers, page numbers, navigation, cookie banners, front matter) is removed by
the readers and by `remove_furniture`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Literal

from tietovirta.canonical.schema import UNSTORABLE

Kind = Literal["title", "heading", "label", "paragraph", "item", "pair", "row"]
# title:     the document's title (<h1>, Markdown "# ", Word Title, front-matter title)
# heading:   a structural heading (<h2>–<h6>, "## ", a Word heading style, a larger font in a PDF)
# label:     a line that may be a heading (bold on its own, numbered, capitals, a short line before text)
# paragraph: running text; item: a list item; row: a table row with several cells
# pair:      a label and its value on one line or in one table row


@dataclass(frozen=True)
class Block:
    kind: Kind
    text: str  # the value of a pair, the cells of a row joined with " | ", else the text itself
    level: int = 0  # heading level 1–6; list nesting for items
    label: str = ""  # a pair's label
    cells: tuple[str, ...] = ()  # a row's cells
    header: tuple[str, ...] = ()  # a row's column headers, when the table has them
    page: int = 0  # 1-based page of a PDF, else 0
    gap_before: bool = False  # a blank line stands before it in a plain-text file

    def __post_init__(self) -> None:
        # NUL and lone surrogates cannot be stored; they are never meaningful text in a register document.
        object.__setattr__(self, "text", _clean(self.text))
        object.__setattr__(self, "label", _clean(self.label))

    @property
    def is_heading(self) -> bool:
        return self.kind in ("title", "heading")

    def full_text(self) -> str:
        """The block as a reader sees it."""
        if self.kind == "pair":
            return f"{self.label}: {self.text}"
        if self.kind == "item":
            return f"- {self.text}"
        return self.text


def _clean(text: str) -> str:
    return " ".join(UNSTORABLE.sub("", text.replace("\u00a0", " ")).split())


# --- numbering ---------------------------------------------------------------------------------------

# "1.", "1.2", "2)", "II.", "A.", "§ 3" at the start of a heading.
_NUMBERING = re.compile(
    r"^\s*(?:(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|\d{1,2}\)|[IVX]{1,5}\.|[A-H][.)]|§\s*\d{1,2}\.?)\s+"
    r"|\d{1,2}\.(?=[A-ZÅÄÖ][a-zåäö]))"  # "4.Purpose": numbered with no space
)


def split_numbering(text: str) -> tuple[str, str]:
    """("3.", "Rekisterin nimi") from "3. Rekisterin nimi"; ("", text) when not numbered."""
    if match := _NUMBERING.match(text):
        rest = text[match.end() :].strip()
        if rest:
            return match.group(0).strip(), rest
    return "", text.strip()


# "Label: value" where the label is a few words and the value follows on the same line.
_INLINE_PAIR = re.compile(r"^([^:\t]{2,60}?)\s*:\s+(\S.*)$")


def inline_pair(line: str) -> tuple[str, str] | None:
    """("Osoite", "Kuminatie 39b") from "Osoite: Kuminatie 39b"; None for a sentence with a colon in it."""
    match = _INLINE_PAIR.match(line.strip())
    label = match.group(1) if match else ""
    # "Yritys Oy (Y-tunnus: 1234567-8)": a colon inside brackets ends no label.
    balanced = label.count("(") <= label.count(")")
    if match and not label.endswith((".", "?")) and len(label.split()) <= 6 and balanced:
        return match.group(1), match.group(2)
    return None


# --- page furniture ----------------------------------------------------------------------------------

# Lines of a web page's chrome copied along with the text ("Valikko", "Takaisin ylös", "fi | sv | en").
NAVIGATION = frozenset(
    {
        "valikko",
        "menu",
        "meny",
        "etusivu",
        "home",
        "hem",
        "takaisin",
        "takaisin ylös",
        "back",
        "back to top",
        "skip to content",
        "siirry sisältöön",
        "hoppa till innehållet",
        "hae",
        "haku",
        "search",
        "sök",
        "kirjaudu",
        "kirjaudu sisään",
        "log in",
        "logga in",
        "sulje",
        "close",
        "stäng",
        "jaa",
        "share",
        "dela",
        "tulosta",
        "print",
        "skriv ut",
        "↑",
        "top",
        "in english",
        "på svenska",
        "suomeksi",
        "fi",
        "sv",
        "en",
        "fi | sv | en",
        "fi sv en",
        "hyväksy evästeet",
        "accept cookies",
        "godkänn cookies",
        "hyväksy",
        "accept",
    }
)


# A site generator's tag left in the page's source ("{{ highlight html }}", "{{% container %}}",
# "{% include footer.html %}"): template, not text.
_TEMPLATE_TAG = re.compile(r"^(?:\s*(?:\{\{.*?\}\}|\{%.*?%\}))+\s*$")


def is_navigation(text: str) -> bool:
    """A line of the page's chrome ("Valikko", "fi | sv | en") or of its template."""
    return " ".join(text.casefold().split()).strip(" .|›»>") in NAVIGATION or bool(_TEMPLATE_TAG.match(text))


# A page number as a line of its own: "Sivu 2 / 5", "Sida 2 av 5", "Page 2 of 5", "s. 2", "2 (5)",
# "2/5", "- 2 -".
PAGE_NUMBER = re.compile(
    r"^(?:(?:sivu|sida|page|s\.|p\.)\s*)?\d{1,3}(?:\s*(?:/|\(|of|av)\s*\d{1,3}\)?)?$"
    r"|^[-–—]\s*\d{1,3}\s*[-–—]$",
    re.IGNORECASE,
)
# A page number within a longer line ("Yritys Oy · Sivu 2 / 5", "Tietosuojaseloste 2 (5)"): in a
# page's top or bottom margin, the line is a header or footer.
PAGE_OF = re.compile(
    r"(?:^|\s)(?:sivu|sida|page)\s*\d{1,4}\s*(?:/|av|of|\()\s*\d{1,4}\)?(?:\s|$)|\s\d{1,3}\s*\(\d{1,3}\)$",
    re.IGNORECASE,
)


def is_page_number(text: str, in_margin: bool = False) -> bool:
    text = " ".join(text.split())
    return bool(PAGE_NUMBER.match(text) or (in_margin and PAGE_OF.search(text)))


def page_shape(text: str) -> str:
    """A line with its digits blanked: "Sivu 1 / 2" and "Sivu 2 / 2" have one shape."""
    return re.sub(r"\d+", "#", " ".join(text.casefold().split()))


def remove_furniture(blocks: list[Block]) -> list[Block]:
    """Drop bare page numbers and navigation lines (a Word file's or pasted text's furniture; a PDF's
    running headers and footers are recognised by their place on the page, read_pdf.py)."""
    return [b for b in blocks if not is_page_number(b.full_text()) and not is_navigation(b.text)]


def merge_paragraphs(blocks: Iterable[Block]) -> list[Block]:
    """Join a paragraph broken across lines (a PDF's line breaks, hard-wrapped text): a line that does
    not end a sentence continues with the next paragraph line that starts in lower case."""
    out: list[Block] = []
    # The texts joined into each block of `out`, made into its text once at the end: joining as they come
    # would copy the growing text for every line (quadratic on a long paragraph of short lines). `ends`
    # is the last non-empty text joined, which is how the joined text ends.
    parts: list[list[str]] = []
    ends: list[str] = []
    for block in blocks:
        previous_end = ends[-1] if out else ""
        if (
            out
            and block.kind == "paragraph"
            and out[-1].kind in ("paragraph", "item")
            and previous_end
            and not previous_end.endswith((".", ":", "!", "?", ";"))
            and (block.text[:1].islower() or previous_end.endswith((",", "-")))
            and not block.gap_before
        ):
            joiner = "" if previous_end.endswith("-") and block.text[:1].islower() else " "
            parts[-1] += [joiner, block.text]
            ends[-1] = block.text or previous_end
        else:
            out.append(block)
            parts.append([block.text])
            ends.append(block.text)
    joined = zip(out, parts, strict=True)
    return [block if len(texts) == 1 else replace(block, text="".join(texts)) for block, texts in joined]


@dataclass
class Document:
    """What a reader gives the importer."""

    blocks: list[Block] = field(default_factory=list)
    title: str = ""  # a title found outside the body (front matter, <title>, Word core properties)
    pages: int = 0
    # Text of the page's furniture (a web page's footer): not part of the document, but where a
    # controller's address and Y-tunnus may be found when the document itself omits them.
    furniture: list[str] = field(default_factory=list)
