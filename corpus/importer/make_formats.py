"""Make the PDF, Word and scanned-PDF versions of importer corpus documents, and their manifest rows.

Run from the repository root:

    .venv/bin/python corpus/importer/make_formats.py

Real privacy notices are often handed over as a PDF printed from the web page or as a Word file, so
the corpus holds such versions of some of its documents: the document's own text in the layout
companies produce (A4 pages, a running header with the organisation, "Sivu N / M" footers, Word
heading styles or bold paragraphs, Word lists and tables), and a few scanned PDFs (page images
without a text layer, for OCR). A derived file is scored against the labels of the document it was
made from (`derived_from`) and shares its split.

Which documents get which version is fixed by a hash of the id, stratified by language and split
(a third blind, like the corpus) and spread over the source formats. The output is deterministic:
running the script again gives byte-identical files and the same manifest. The blind documents are
processed mechanically; the script prints nothing about their content.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import random
import re
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "importer"
DOCUMENTS = CORPUS / "documents"
MANIFEST = CORPUS / "manifest.csv"

# How many documents of each (language, split) get each version: 24 PDF and 24 Word files, a third
# of them blind; 9 scans of short documents, a third blind.
PLAN: dict[str, dict[tuple[str, str], int]] = {
    "pdf": {("fi", "dev"): 8, ("fi", "blind"): 4, ("sv", "dev"): 4, ("sv", "blind"): 2,
            ("en", "dev"): 4, ("en", "blind"): 2},
    "docx": {("fi", "dev"): 8, ("fi", "blind"): 4, ("sv", "dev"): 4, ("sv", "blind"): 2,
             ("en", "dev"): 4, ("en", "blind"): 2},
    "scan": {("fi", "dev"): 2, ("fi", "blind"): 1, ("sv", "dev"): 2, ("sv", "blind"): 1,
             ("en", "dev"): 2, ("en", "blind"): 1},
}
# The order in which source formats take turns within a stratum, so that each version covers
# HTML, Markdown and text sources.
TURNS = {"pdf": ("html", "md", "txt"), "docx": ("md", "html", "txt"), "scan": ("txt", "md", "html")}
SUFFIX = {"pdf": "-pdf.pdf", "docx": "-docx.docx", "scan": "-scan.pdf"}
MAX_SCAN_PAGES = 3
MAX_SCAN_SOURCE_CHARS = 9000  # longer sources are not tried for scanning (they run past 3 pages)
SCAN_DPI = 200
SCAN_QUALITY = 25
MAX_SCAN_BYTES = 300 * 1024
FIXED_TIME = datetime(2026, 12, 1, 9, 0, 0, tzinfo=UTC)  # every date written into a file

TITLE = {"fi": "Tietosuojaseloste", "sv": "Dataskyddsbeskrivning", "en": "Privacy notice"}
PAGE_OF = {"fi": ("Sivu ", " / "), "sv": ("Sida ", " av "), "en": ("Page ", " of ")}
LANG_TAG = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}


def digest(*parts: str) -> int:
    return int.from_bytes(hashlib.sha256(":".join(parts).encode()).digest()[:8], "big")


# --- the manifest -------------------------------------------------------------------------------------

FIELDS = ["id", "file", "language", "format", "layout", "kind", "split", "derived_from", "repo", "path",
          "url", "organisation"]


def read_manifest() -> list[dict[str, str]]:
    with MANIFEST.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_manifest(rows: list[dict[str, str]]) -> None:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    MANIFEST.write_bytes(out.getvalue().encode("utf-8"))


# --- choosing the documents ---------------------------------------------------------------------------


def choose(kind: str, sources: list[dict[str, str]], taken: set[str], fits=None) -> list[dict[str, str]]:
    """The documents that get version `kind`: per stratum, source formats in turn, by hash within each."""
    chosen: list[dict[str, str]] = []
    for (language, split), count in PLAN[kind].items():
        groups = {
            fmt: sorted((r for r in sources if r["language"] == language and r["split"] == split
                         and r["format"] == fmt and r["id"] not in taken),
                        key=lambda r: digest(kind, r["id"]))
            for fmt in TURNS[kind]
        }
        picked = 0
        turn = 0
        if kind in ("pdf", "docx"):
            # The first of each stratum is a document with a table (if it has one), so that every
            # version holds tables as well as headings, paragraphs and lists.
            tabled = sorted((r for group in groups.values() for r in group if has_table(r)),
                            key=lambda r: digest(kind, "table", r["id"]))
            if tabled and count:
                chosen.append(tabled[0])
                groups[tabled[0]["format"]].remove(tabled[0])
                picked = 1
        while picked < count and any(groups.values()):
            fmt = TURNS[kind][turn % len(TURNS[kind])]
            turn += 1
            while groups[fmt]:
                row = groups[fmt].pop(0)
                if fits is None or fits(row):
                    chosen.append(row)
                    picked += 1
                    break
        if picked < count:
            raise SystemExit(f"{kind}: only {picked} of {count} documents for {language}/{split}")
    return chosen


def has_table(row: dict[str, str]) -> bool:
    raw = (DOCUMENTS / row["file"]).read_bytes().decode("utf-8", errors="replace")
    if row["format"] == "html":
        return "<table" in raw.lower()
    return row["format"] == "md" and any(TABLE_SEP.match(line) and "|" in line for line in raw.splitlines())


# --- reading a source into clean HTML -----------------------------------------------------------------

BLOCKS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
          "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "pre", "blockquote", "dl", "dt",
          "dd", "hr", "address", "figure", "figcaption", "details", "summary", "header", "footer", "aside",
          "center", "fieldset", "legend"}
KEEP = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "table", "thead", "tbody", "tfoot",
        "tr", "th", "td", "strong", "em", "br", "pre", "blockquote", "dl", "dt", "dd", "hr", "a", "div"}
RENAME = {"b": "strong", "i": "em", "section": "div", "article": "div", "main": "div", "header": "div",
          "footer": "div", "aside": "div", "address": "p", "figure": "div", "figcaption": "p",
          "details": "div", "center": "div", "fieldset": "div", "legend": "p", "caption": "p",
          "summary": "p"}
DROP = ("script", "style", "noscript", "template", "iframe", "svg", "img", "picture", "video", "audio",
        "canvas", "object", "embed", "button", "input", "select", "textarea", "link", "meta",
        "title", "head", "nav")
COOKIE = re.compile(r"cookie|consent|gdpr-banner|cookiebot|\bcc-", re.I)
BANNER = re.compile(r"banner|popup|modal|notice|bar\b|dialog|overlay|consent|window", re.I)
CHROME = re.compile(r"\b(breadcrumbs?|navbar|nav-menu|site-header|site-footer|skip-link|sidebar)\b", re.I)
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _attr_text(tag: Tag) -> str:
    if tag.attrs is None:
        return ""
    values = []
    for name, value in tag.attrs.items():
        if name in ("class", "id") or name.startswith(("fs-", "data-")):
            values.append(" ".join(value) if isinstance(value, list) else str(value))
    return " ".join(values)


def content_root(soup: BeautifulSoup) -> Tag:
    """What a printout of the page shows: <main> or a single <article>, else the body without its chrome."""
    body = soup.body or soup
    candidates = [soup.find("main"), soup.find(attrs={"role": "main"})]
    articles = soup.find_all("article")
    if len(articles) == 1:
        candidates.append(articles[0])
    total = len(body.get_text(" ", strip=True))
    for candidate in candidates:
        if candidate is not None and len(candidate.get_text(" ", strip=True)) >= 0.3 * total:
            return candidate
    chrome = body.find_all(["header", "footer", "aside"])
    chrome += body.find_all(attrs={"role": ["banner", "contentinfo", "navigation", "complementary"]})
    for tag in chrome:
        if (not tag.decomposed and tag.find_parent(["article", "main"]) is None and tag.find("h1") is None
                and len(tag.get_text(" ", strip=True)) < 0.3 * total):
            tag.decompose()
    # The content column: the smallest box around the first heading that holds most of the text
    # (a chat widget or a "back to top" link beside it is not part of the printout).
    total = len(body.get_text(" ", strip=True))
    box = body.find(["h1", "h2"])
    while box is not None and box is not body and len(box.get_text(" ", strip=True)) < 0.7 * total:
        box = box.parent
    return box if box is not None else body


def clean_html(markup: str) -> str:
    """The content of an HTML page or fragment with a small, fixed set of tags and no attributes."""
    soup = BeautifulSoup(markup, "lxml")
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(DROP):
        tag.decompose()
    for tag in soup.find_all("form"):
        tag.unwrap()  # ASP.NET and some CMSs wrap the whole page in a form
    total = len((soup.body or soup).get_text(" ", strip=True)) or 1
    for tag in soup.find_all(True):
        if tag.decomposed or tag.attrs is None or tag.name in ("html", "body", "main", "article"):
            continue
        marks = _attr_text(tag)
        hidden = (tag.has_attr("hidden") or tag.get("aria-hidden") == "true"
                  or HIDDEN_STYLE.search(str(tag.get("style", ""))))
        banner = COOKIE.search(marks) and (BANNER.search(marks)
                                           or any(k.startswith("fs-cc") for k in tag.attrs))
        if not (hidden or banner or CHROME.search(marks)):
            continue
        # Chrome, banners and hidden widgets are small beside the text; a wrapper whose class
        # happens to say "has-sidebar" or "cookie-notice-hidden" is not removed.
        if tag.find(["h1", "main", "article"]) is None and len(tag.get_text(" ", strip=True)) < 0.3 * total:
            tag.decompose()
    root = content_root(soup)
    return "".join(_clean_node(child) for child in root.children).strip()


def _clean_node(node) -> str:
    if isinstance(node, NavigableString):
        return html.escape(str(node), quote=False)
    if not isinstance(node, Tag):
        return ""
    name = RENAME.get(node.name, node.name)
    inner = "".join(_clean_node(child) for child in node.children)
    if name not in KEEP:
        # Unknown block-level containers still separate their text from the next; inline ones do not.
        return f"<div>{inner}</div>" if node.name in BLOCKS else inner
    if name in ("br", "hr"):
        return f"<{name}>"
    attrs = ""
    if name in ("td", "th"):
        for attr in ("colspan", "rowspan"):
            if str(node.get(attr, "")).isdigit():
                attrs += f' {attr}="{node[attr]}"'
    if name == "a":
        href = str(node.get("href", ""))
        if not href.startswith(("http", "mailto:")):
            return inner
        attrs = f' href="{html.escape(href)}"'
        address = href[len("mailto:"):].split("?")[0] if href.startswith("mailto:") else ""
        if address and address.casefold() not in node.get_text().casefold():
            # Print style sheets and Word users alike spell out an address hidden behind a link.
            inner += f" ({html.escape(address)})"
    if node.name == "summary":
        return f"<p><strong>{inner}</strong></p>"
    return f"<{name}{attrs}>{inner}</{name}>"


# Markdown: enough of it for the corpus's Markdown files (headings, paragraphs, lists, tables, quotes,
# code, inline emphasis and links, raw HTML blocks, front matter, Hugo/Jekyll template tags).

HTML_TAGS = {"p", "div", "span", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "thead",
             "tbody", "tr", "th", "td", "br", "b", "strong", "i", "em", "u", "a", "section", "details",
             "summary", "blockquote", "pre", "code", "hr", "dl", "dt", "dd", "img", "small", "sup", "sub",
             "article", "header", "footer", "main", "center", "font", "address", "iframe", "script",
             "style", "figure", "figcaption", "nav"}
TEMPLATE_TAG = re.compile(r"\{\{[<%]?.*?[%>]?\}\}|\{%.*?%\}")
ATX = re.compile(r"^ {0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$")
RULE = re.compile(r"^ {0,3}([-*_])(?:\s*\1){2,}\s*$")
ITEM = re.compile(r"^(\s*)([-*+•]|\d{1,3}[.)])\s+(.*)$")
FENCE = re.compile(r"^\s*(```|~~~)")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
RAW_START = re.compile(r"^\s*</?([a-zA-Z][a-zA-Z0-9]*)(\s|/?>|$)")
INLINE_TAG = re.compile(r"(</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>|<(?:https?://|mailto:)[^<>\s]+>|<[^<>\s@]+@[^<>\s]+>)")
ENTITY = re.compile(r"&(?!#?\w+;)")


def front_matter(text: str) -> tuple[str, str]:
    """(title from the front matter, the text without it)."""
    match = re.match(r"\A(---|\+\+\+)[ \t]*\n(.*?)\n\1[ \t]*(\n|\Z)", text, re.S)
    if not match:
        return "", text
    title = re.search(r"^title\s*[:=]\s*(.+?)\s*$", match.group(2), re.M)
    value = title.group(1).strip().strip("'\"") if title else ""
    return value, text[match.end():]


def inline_md(text: str) -> str:
    out = []
    for piece in INLINE_TAG.split(text):
        if INLINE_TAG.fullmatch(piece):
            if piece.startswith("<") and ("://" in piece or "@" in piece) and " " not in piece:
                target = piece[1:-1]
                if re.match(r"[a-zA-Z][a-zA-Z0-9]*[\s/>]", target + " ") and "@" not in target:
                    out.append(piece)  # a tag after all
                else:
                    out.append(html.escape(target))
            else:
                out.append(piece)
            continue
        out.append(_inline_text(piece))
    return "".join(out)


def _inline_text(text: str) -> str:
    codes: list[str] = []

    def keep_code(match: re.Match) -> str:
        codes.append(html.escape(match.group(1)))
        return f"\x00{len(codes) - 1}\x00"

    text = re.sub(r"`([^`]+)`", keep_code, text)
    text = re.sub(r"\\n(?=[A-ZÅÄÖ0-9])", "\x02", text)  # a line break typed as \n into a CMS field
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|>])", lambda m: f"\x01{ord(m.group(1))}\x01", text)
    text = ENTITY.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]+)\]\((\S+?)(?:\s+\"[^\"]*\")?\)", r'<a href="\2">\1</a>', text)
    text = re.sub(r"\[([^\]]+)\]\[[^\]]*\]", r"\1", text)
    text = re.sub(r"\[([ xX])\](?=\s)", lambda m: "☐" if m.group(1) == " " else "☒", text)
    text = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"<strong>\2</strong>", text)
    text = re.sub(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])", r"<em>\1</em>", text)
    text = re.sub(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)", r"<em>\1</em>", text)
    text = re.sub(r"\x01(\d+)\x01", lambda m: html.escape(chr(int(m.group(1)))), text)
    text = text.replace("\x02", "<br>")
    return re.sub(r"\x00(\d+)\x00", lambda m: f"<code>{codes[int(m.group(1))]}</code>", text)


def _paragraph(lines: list[str]) -> str:
    parts = []
    for index, line in enumerate(lines):
        # A short line ends where the author ended it (an address, "Nimi: …" lines); long lines
        # are prose wrapped in the editor and run on.
        hard = line.endswith("  ") or line.endswith("\\") or len(line.strip()) < 55
        line = line.rstrip().rstrip("\\").strip()
        parts.append(inline_md(line))
        if re.search(r"<br\s*/?>$", line, re.I):
            hard = False
        if index < len(lines) - 1:
            parts.append("<br>" if hard else " ")
    return f"<p>{''.join(parts)}</p>"


def _cells(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return [c.strip() for c in re.split(r"(?<!\\)\|", line)]


def _list_html(items: list[tuple[int, bool, str]]) -> str:
    """Nested <ul>/<ol> from (indent, ordered, text) items."""
    out: list[str] = []
    stack: list[tuple[int, str]] = []  # (indent, tag)
    for indent, ordered, text in items:
        tag = "ol" if ordered else "ul"
        while stack and indent < stack[-1][0]:
            out.append(f"</li></{stack.pop()[1]}>")
        if stack and indent == stack[-1][0]:
            if stack[-1][1] != tag:
                out.append(f"</li></{stack.pop()[1]}>")
            else:
                out.append("</li>")
        if not stack or indent > stack[-1][0]:
            out.append(f"<{tag}>")
            stack.append((indent, tag))
        out.append(f"<li>{text}")
    while stack:
        out.append(f"</li></{stack.pop()[1]}>")
    return "".join(out)


def markdown_to_html(text: str) -> str:
    title, text = front_matter(text.replace("\r\n", "\n").replace("\t", "    "))
    text = TEMPLATE_TAG.sub("", text)
    lines = text.split("\n")
    out: list[str] = []
    if title and not any(ATX.match(line) and ATX.match(line).group(1) == "#" for line in lines):
        out.append(f"<h1>{html.escape(title)}</h1>")
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            out.append(_paragraph(paragraph))
            paragraph.clear()

    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            flush()
            i += 1
            continue
        if FENCE.match(line):
            flush()
            j = i + 1
            while j < len(lines) and not FENCE.match(lines[j]):
                j += 1
            out.append(f"<pre>{html.escape(chr(10).join(lines[i + 1:j]))}</pre>")
            i = j + 1
            continue
        heading = ATX.match(line)
        if heading:
            flush()
            level = len(heading.group(1))
            out.append(f"<h{level}>{inline_md(heading.group(2) or '')}</h{level}>")
            i += 1
            continue
        if paragraph and re.match(r"^ {0,3}(=+|-+)\s*$", line):
            level = 1 if stripped.startswith("=") else 2
            text_lines = [p.strip() for p in paragraph]
            paragraph.clear()
            out.append(f"<h{level}>{inline_md(' '.join(text_lines))}</h{level}>")
            i += 1
            continue
        if RULE.match(line):
            flush()
            out.append("<hr>")
            i += 1
            continue
        if "|" in line and i + 1 < len(lines) and TABLE_SEP.match(lines[i + 1]) and "|" in lines[i + 1]:
            flush()
            head = _cells(line)
            rows = []
            j = i + 2
            while j < len(lines) and "|" in lines[j] and lines[j].strip():
                rows.append(_cells(lines[j]))
                j += 1
            cells = "".join(f"<th>{inline_md(c)}</th>" for c in head)
            body = "".join("<tr>" + "".join(f"<td>{inline_md(c)}</td>" for c in row) + "</tr>"
                           for row in rows)
            out.append(f"<table><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>")
            i = j
            continue
        if stripped.startswith(">"):
            flush()
            quoted = []
            while i < len(lines) and lines[i].strip().startswith(">"):
                quoted.append(re.sub(r"^\s*>\s?", "", lines[i]))
                i += 1
            out.append(f"<blockquote>{markdown_to_html(chr(10).join(quoted))}</blockquote>")
            continue
        raw = RAW_START.match(line)
        if raw and raw.group(1).lower() in HTML_TAGS and not paragraph:
            block = []
            while i < len(lines) and lines[i].strip():
                block.append(lines[i])
                i += 1
            joined = "\n".join(block)
            out.append(re.sub(r"\[([^\]]+)\]\((\S+?)\)", r'<a href="\2">\1</a>', joined))
            continue
        item = ITEM.match(line)
        if item and not (paragraph and item.group(2)[0].isdigit() and item.group(1) == ""
                         and not ITEM.match(paragraph[0])):
            flush()
            items: list[tuple[int, bool, list[str]]] = []
            while i < len(lines):
                current = lines[i]
                match = ITEM.match(current)
                if match:
                    items.append((len(match.group(1)), match.group(2)[0].isdigit(), [match.group(3)]))
                    i += 1
                elif current.strip() and not ATX.match(current) and not RULE.match(current):
                    items[-1][2].append(current.strip())  # a continuation of the item
                    i += 1
                elif not current.strip():
                    following = next((n for n in lines[i + 1:] if n.strip()), "")
                    if ITEM.match(following) and (following.startswith(" ") or items[-1][0] == 0):
                        i += 1  # a loose list goes on
                        continue
                    if following.startswith("  ") and not ITEM.match(following):
                        i += 1
                        while i < len(lines) and lines[i].startswith("  ") and not ITEM.match(lines[i]):
                            items[-1][2].append(lines[i].strip())
                            i += 1
                        continue
                    break
                else:
                    break
            out.append(_list_html([(indent, ordered, "<br>".join(inline_md(t) for t in texts))
                                   for indent, ordered, texts in items]))
            continue
        paragraph.append(line)
        i += 1
    flush()
    return "\n".join(out)


# Plain text: blocks between blank lines; a lone short line is a heading, bullet lines a list, the
# other lines are kept as they are.

BULLET = re.compile(r"^\s*([-–—•*·])\s+(.*)$")


def _heading_like(line: str) -> bool:
    line = line.strip()
    if not line or len(line) > 90 or line[-1] in ".,;:" or re.search(r":\s+\S", line):
        return False
    return len(line.split()) <= 12 and not BULLET.match(line)


def text_to_html(text: str) -> str:
    blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip())
    out: list[str] = []
    for index, block in enumerate(blocks):
        lines = [line.rstrip() for line in block.split("\n") if line.strip()]
        if len(lines) == 1 and index + 1 < len(blocks) and _heading_like(lines[0]):
            out.append(f"<h2>{html.escape(lines[0].strip())}</h2>")
            continue
        run: list[str] = []
        kind = None
        for line in lines:
            bullet = BULLET.match(line)
            this = "ul" if bullet else "p"
            if kind and this != kind:
                out.append(_text_run(kind, run))
                run = []
            kind = this
            run.append(bullet.group(2) if bullet else line.strip())
        if run:
            out.append(_text_run(kind, run))
    return "\n".join(out)


def _text_run(kind: str, lines: list[str]) -> str:
    if kind == "ul":
        return "<ul>" + "".join(f"<li>{html.escape(line)}</li>" for line in lines) + "</ul>"
    return "<p>" + "<br>".join(html.escape(line) for line in lines) + "</p>"


@dataclass
class Source:
    row: dict[str, str]
    body: str  # clean HTML fragment
    title: str

    @property
    def language(self) -> str:
        return self.row["language"]

    @property
    def organisation(self) -> str:
        return self.row["organisation"].strip()

    @property
    def running_title(self) -> str:
        title = TITLE[self.language]
        return f"{title} – {self.organisation}" if self.organisation else title


def read_source(row: dict[str, str]) -> Source:
    raw = (DOCUMENTS / row["file"]).read_bytes().decode("utf-8-sig", errors="replace")
    if row["format"] == "html":
        body = clean_html(raw)
    elif row["format"] == "md":
        body = clean_html(markdown_to_html(raw))
    else:
        body = clean_html(text_to_html(raw))
    soup = BeautifulSoup(body, "lxml")
    first = soup.find("h1")
    title = " ".join(first.get_text(" ").split()) if first else ""
    if not title or len(title) > 120:
        title = Source(row, "", "").running_title
    return Source(row, body, title)


# --- PDF ------------------------------------------------------------------------------------------------

FONTS = ("'DejaVu Sans'", "'DejaVu Serif'", "'DejaVu Sans Condensed'", "'DejaVu Sans'")
SIZES = ("10pt", "10.5pt", "11pt", "9.5pt", "10pt")


def _css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def page_css(source: Source) -> str:
    number = digest("style", source.row["id"])
    font = FONTS[number % len(FONTS)]
    size = SIZES[(number >> 4) % len(SIZES)]
    layout = (number >> 8) % 3
    word, joiner = PAGE_OF[source.language]
    pages = f"{_css_string(word)} counter(page) {_css_string(joiner)} counter(pages)"
    header = _css_string(source.running_title)
    if layout == 0:
        boxes = (f"@top-left {{ content: {header}; }} "
                 f"@bottom-right {{ content: {pages}; }}")
    elif layout == 1:
        boxes = (f"@top-center {{ content: {header}; border-bottom: 0.5pt solid #888; }} "
                 f"@bottom-center {{ content: {pages}; }}")
    else:
        boxes = (f"@top-right {{ content: {header}; }} "
                 f"@bottom-left {{ content: {_css_string(source.organisation or TITLE[source.language])}; }} "
                 f"@bottom-right {{ content: {pages}; }}")
    margin = ("22mm 20mm 22mm 20mm", "25mm 25mm 25mm 25mm", "20mm 18mm 24mm 18mm")[layout]
    heading_font = font if (number >> 12) % 2 else "'DejaVu Sans'"
    return f"""
@page {{ size: A4; margin: {margin};
  {boxes}
  @top-left {{ font-size: 8pt; color: #555; }} @top-center {{ font-size: 8pt; color: #555; }}
  @top-right {{ font-size: 8pt; color: #555; }} @bottom-left {{ font-size: 8pt; color: #555; }}
  @bottom-center {{ font-size: 8pt; color: #555; }} @bottom-right {{ font-size: 8pt; color: #555; }}
}}
body {{ font-family: {font}; font-size: {size}; line-height: 1.4; color: #111; }}
h1, h2, h3, h4, h5, h6 {{ font-family: {heading_font}; page-break-after: avoid; margin: 1em 0 0.4em; }}
h1 {{ font-size: 1.6em; }} h2 {{ font-size: 1.3em; }} h3 {{ font-size: 1.12em; }}
h4, h5, h6 {{ font-size: 1em; }}
p {{ margin: 0 0 0.6em; }} li {{ margin-bottom: 0.2em; }}
table {{ border-collapse: collapse; width: 100%; margin: 0.4em 0 0.8em; }}
th, td {{ border: 0.5pt solid #999; padding: 3pt 5pt; vertical-align: top; text-align: left; }}
pre {{ white-space: pre-wrap; font-size: 0.9em; }}
a {{ color: inherit; text-decoration: none; }}
blockquote {{ margin: 0.4em 1.5em; }}
"""


def render_pdf(source: Source) -> bytes:
    import weasyprint

    page = (f'<!DOCTYPE html><html lang="{source.language}"><head><meta charset="utf-8">'
            f"<title>{html.escape(source.title)}</title><style>{page_css(source)}</style></head>"
            f"<body>{source.body}</body></html>")
    document = weasyprint.HTML(string=page)
    return document.write_pdf(pdf_identifier=hashlib.md5(page.encode()).digest())


# --- Word ---------------------------------------------------------------------------------------------

WORD_FONTS = (("Calibri", 11), ("Arial", 10), ("Times New Roman", 12), ("Cambria", 11), ("Verdana", 9))


def _add_field(paragraph, instruction: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def fld_char(kind: str):
        run = paragraph.add_run()
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        run._r.append(element)

    fld_char("begin")
    run = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    run._r.append(text)
    fld_char("separate")
    paragraph.add_run("1")
    fld_char("end")


class WordWriter:
    """Writes clean HTML into a python-docx document."""

    def __init__(self, document, heading_styles: bool):
        self.document = document
        self.heading_styles = heading_styles
        self.paragraph = None
        self.list_stack: list[str] = []

    # paragraphs
    def new_paragraph(self, style: str | None = None, container=None):
        target = container if container is not None else self.document
        self.paragraph = target.add_paragraph(style=style)
        return self.paragraph

    def end_paragraph(self) -> None:
        if self.paragraph is not None and self.paragraph.runs:
            last = self.paragraph.runs[-1]
            if last.text.endswith(" "):
                last.text = last.text.rstrip(" ")
        self.paragraph = None

    def text(self, value: str, bold: bool, italic: bool, container=None) -> None:
        value = re.sub(r"\s+", " ", value)
        if self.paragraph is None:
            if not value.strip():
                return
            self.new_paragraph(container=container)
        if not self.paragraph.text or self.paragraph.text.endswith(("\n", " ")):
            value = value.lstrip()
        if value:
            run = self.paragraph.add_run(value)
            run.bold = bold or None
            run.italic = italic or None

    def inline(self, node, bold=False, italic=False, container=None) -> None:
        if isinstance(node, NavigableString):
            self.text(str(node), bold, italic, container)
            return
        if node.name == "br":
            if self.paragraph is not None and self.paragraph.runs:
                self.paragraph.runs[-1].add_break()
            return
        for child in node.children:
            self.inline(child, bold or node.name == "strong", italic or node.name == "em", container)

    def heading(self, node: Tag) -> None:
        level = int(node.name[1])
        text = " ".join(node.get_text(" ").split())
        if not text:
            return
        if self.heading_styles:
            self.document.add_heading(text, level=min(level, 4))
        else:
            run = self.document.add_paragraph().add_run(text)
            run.bold = True
            if level == 1:
                from docx.shared import Pt
                run.font.size = Pt(14)
        self.end_paragraph()

    def block(self, node, container=None) -> None:
        if isinstance(node, NavigableString):
            self.text(str(node), False, False, container)
            return
        name = node.name
        if name in ("h1", "h2", "h3", "h4", "h5", "h6") and container is None:
            self.heading(node)
        elif name in ("ul", "ol") and container is None:
            self.end_paragraph()
            self.list_stack.append(name)
            for child in node.children:
                if isinstance(child, Tag) and child.name == "li":
                    self.list_item(child)
                elif isinstance(child, Tag):
                    self.block(child)
            self.list_stack.pop()
            self.end_paragraph()
        elif name == "table" and container is None:
            self.end_paragraph()
            self.table(node)
        elif name == "hr":
            self.end_paragraph()
        elif name in ("p", "div", "pre", "blockquote", "dl", "dt", "dd", "li", "ul", "ol", "table", "thead",
                      "tbody", "tfoot", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "th", "td"):
            self.end_paragraph()
            if name == "pre":
                for line in node.get_text().split("\n"):
                    if line.strip():
                        self.new_paragraph(container=container).add_run(line.rstrip())
                self.end_paragraph()
                return
            bold = name in ("dt", "th") or name.startswith("h")
            for child in node.children:
                if isinstance(child, Tag) and (child.name in BLOCKS or child.name in ("h1", "h2")):
                    self.block(child, container)
                else:
                    self.inline(child, bold=bold, container=container)
            self.end_paragraph()
        else:
            self.inline(node, container=container)

    def list_item(self, node: Tag) -> None:
        depth = len(self.list_stack)
        style = "List Number" if self.list_stack[-1] == "ol" else "List Bullet"
        if depth > 1:
            style += f" {min(depth, 3)}"
        self.new_paragraph(style=style)
        for child in node.children:
            if isinstance(child, Tag) and child.name in ("ul", "ol"):
                self.block(child)
            elif isinstance(child, Tag) and child.name in BLOCKS:
                if self.paragraph is None:
                    self.new_paragraph(style=style)
                elif self.paragraph.runs:
                    self.paragraph.runs[-1].add_break()
                for grandchild in child.children:
                    self.inline(grandchild)
            else:
                if self.paragraph is None:
                    self.new_paragraph(style=style)
                self.inline(child)
        self.end_paragraph()

    def table(self, node: Tag) -> None:
        rows = [tr for tr in node.find_all("tr") if tr.find_parent("table") is node]
        if not rows:
            return
        cells = [[c for c in tr.find_all(["td", "th"], recursive=False)] for tr in rows]
        width = max((sum(int(c.get("colspan", 1)) for c in row) for row in cells), default=0)
        if not width:
            return
        grid = self.document.add_table(rows=len(rows), cols=width)
        grid.style = "Table Grid"
        for r, row in enumerate(cells):
            column = 0
            for cell in row:
                span = min(int(cell.get("colspan", 1)), width - column)
                target = grid.cell(r, column)
                if span > 1:
                    target = target.merge(grid.cell(r, column + span - 1))
                first = target.paragraphs[0]
                self.paragraph = first
                for child in cell.children:
                    if isinstance(child, Tag) and child.name in BLOCKS:
                        if self.paragraph is not None and self.paragraph.runs:
                            self.paragraph = target.add_paragraph()
                        for grandchild in child.children:
                            self.inline(grandchild, bold=cell.name == "th", container=target)
                    else:
                        self.inline(child, bold=cell.name == "th", container=target)
                column += span
        self.end_paragraph()
        self.document.add_paragraph()


def render_docx(source: Source, heading_styles: bool) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    document = docx.Document()
    number = digest("word", source.row["id"])
    font, size = WORD_FONTS[number % len(WORD_FONTS)]
    normal = document.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    margin = Mm((25, 20, 22)[(number >> 4) % 3])
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = margin

    header = section.header.paragraphs[0]
    header.text = source.running_title
    header.alignment = (WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT)[(number >> 8) % 2]
    footer = section.footer.paragraphs[0]
    word, joiner = PAGE_OF[source.language]
    footer.add_run(word)
    _add_field(footer, "PAGE")
    footer.add_run(joiner)
    _add_field(footer, "NUMPAGES")
    footer.alignment = (WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT)[(number >> 9) % 2]

    writer = WordWriter(document, heading_styles)
    root = BeautifulSoup(f"<div>{source.body}</div>", "lxml").div
    for child in root.children:
        writer.block(child)

    core = document.core_properties
    core.title = source.title
    core.author = source.organisation
    core.last_modified_by = source.organisation
    core.language = LANG_TAG[source.language]
    core.created = core.modified = FIXED_TIME.replace(tzinfo=None)
    core.revision = 1
    core.comments = ""
    raw = io.BytesIO()
    document.save(raw)
    return _stable_zip(raw.getvalue())


def _stable_zip(data: bytes) -> bytes:
    """The same package with fixed member dates, so that the file is byte-for-byte reproducible."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as old, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            new.writestr(info, old.read(item.filename))
    return out.getvalue()


# --- scans ----------------------------------------------------------------------------------------------


def page_count(pdf: bytes) -> int:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return len(document.pages)


def scan(pdf: bytes, seed: int) -> bytes:
    """The pages printed and scanned: 200 dpi greyscale, a little tilt, grey paper, dust; JPEG, no text."""
    from PIL import Image, ImageChops, ImageDraw, ImageFilter

    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.pdf"
        source.write_bytes(pdf)
        command = ["pdftoppm", "-r", str(SCAN_DPI), "-gray", "-png", str(source), str(Path(tmp) / "page")]
        subprocess.run(command, check=True)
        pages = [Image.open(path).convert("L") for path in sorted(Path(tmp).glob("page*.png"))]
        for image in pages:
            image.load()
    scanned = []
    for image in pages:
        width, height = image.size
        paper = rng.randint(236, 246)
        image = image.point(lambda v, p=paper: round(14 + v * (p - 14) / 255))
        # uneven paper: coarse noise, blown up
        small = (width // 16, height // 16)
        coarse = Image.frombytes("L", small, rng.randbytes(small[0] * small[1]))
        coarse = coarse.point(lambda v: 255 - v % 10).resize((width, height), Image.Resampling.BILINEAR)
        image = ImageChops.multiply(image, coarse)
        draw = ImageDraw.Draw(image)
        for _ in range(rng.randint(40, 120)):  # dust
            x, y = rng.randrange(width), rng.randrange(height)
            r = rng.choice((1, 1, 1, 2, 2, 3))
            draw.ellipse((x, y, x + r, y + r), fill=rng.randint(60, 160))
        image = image.filter(ImageFilter.GaussianBlur(0.5))
        angle = rng.uniform(-0.5, 0.5)
        image = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=paper)
        scanned.append(image)
    out = io.BytesIO()
    scanned[0].save(out, "PDF", save_all=True, append_images=scanned[1:], resolution=float(SCAN_DPI),
                    quality=SCAN_QUALITY, optimize=True, title=None, creationDate=FIXED_TIME.timetuple(),
                    modDate=FIXED_TIME.timetuple())
    return out.getvalue()


# --- main -----------------------------------------------------------------------------------------------

PDF_LAYOUT = {"html": "pdf-from-html", "md": "pdf-from-markdown", "txt": "pdf-from-text"}


def derived_row(source: dict[str, str], kind: str, layout: str) -> dict[str, str]:
    stem = source["id"] + SUFFIX[kind].rsplit(".", 1)[0]
    return {**source, "id": stem, "file": source["id"] + SUFFIX[kind],
            "format": "docx" if kind == "docx" else "pdf", "layout": layout, "derived_from": source["id"]}


WORD = re.compile(r"\w+")


def words(text: str) -> set[str]:
    return {w.casefold() for w in WORD.findall(text)}


def text_of(data: bytes, kind: str) -> str:
    """The text a reader gets back from a generated PDF or Word file."""
    if kind == "docx":
        import docx

        document = docx.Document(io.BytesIO(data))
        parts = [p.text for p in document.paragraphs]
        parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
        return "\n".join(parts)
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def check_kept(doc_id: str, kind: str, source: Source, data: bytes) -> None:
    """Stop if a conversion lost text (the message names only the id, blind documents stay unseen)."""
    want = words(BeautifulSoup(source.body, "lxml").get_text(" "))
    if len(want) < 40:
        raise SystemExit(f"{doc_id}: only {len(want)} distinct words found in the document")
    kept = len(want & words(text_of(data, kind))) / len(want)
    if kept < 0.95:
        raise SystemExit(f"{doc_id}: the {kind} version keeps {kept:.0%} of the document's words")


def main() -> int:
    rows = read_manifest()
    sources = [r for r in rows if not r.get("derived_from")]
    pdfs = choose("pdf", sources, set())
    word_files = choose("docx", sources, {r["id"] for r in pdfs})
    by_hash = sorted(word_files, key=lambda r: digest("headings", r["id"]))
    styled = {r["id"] for r in by_hash[::2]}

    outputs: dict[str, bytes] = {}
    derived: list[dict[str, str]] = []
    for row in pdfs:
        source = read_source(row)
        outputs[row["id"] + SUFFIX["pdf"]] = data = render_pdf(source)
        check_kept(row["id"], "pdf", source, data)
        derived.append(derived_row(row, "pdf", PDF_LAYOUT[row["format"]]))
    for row in word_files:
        heading_styles = row["id"] in styled
        source = read_source(row)
        outputs[row["id"] + SUFFIX["docx"]] = data = render_docx(source, heading_styles)
        check_kept(row["id"], "docx", source, data)
        layout = "docx-heading-styles" if heading_styles else "docx-bold-headings"
        derived.append(derived_row(row, "docx", layout))

    scans: dict[str, bytes] = {}

    def short(row: dict[str, str]) -> bool:
        """Whether the document prints on at most 3 pages whose scan stays under 300 kB."""
        if (DOCUMENTS / row["file"]).stat().st_size > 4 * MAX_SCAN_SOURCE_CHARS:
            return False
        source = read_source(row)
        if len(BeautifulSoup(source.body, "lxml").get_text()) > MAX_SCAN_SOURCE_CHARS:
            return False
        pdf = render_pdf(source)
        if page_count(pdf) > MAX_SCAN_PAGES:
            return False
        scans[row["id"]] = scan(pdf, digest("scan", row["id"]))
        return len(scans[row["id"]]) <= MAX_SCAN_BYTES

    for row in choose("scan", sources, set(), fits=short):
        outputs[row["id"] + SUFFIX["scan"]] = scans[row["id"]]
        derived.append(derived_row(row, "scan", "pdf-scanned"))

    for stale in DOCUMENTS.glob("*"):
        if stale.name.endswith(tuple(SUFFIX.values())) and stale.name not in outputs:
            stale.unlink()
    for name, data in outputs.items():
        path = DOCUMENTS / name
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
    order = {r["id"]: n for n, r in enumerate(sources)}
    derived.sort(key=lambda r: (order[r["derived_from"]], r["id"]))
    write_manifest(sources + derived)

    summary: dict[tuple[str, str, str], int] = {}
    for row in derived:
        key = (row["format"] if row["layout"] != "pdf-scanned" else "scan", row["language"], row["split"])
        summary[key] = summary.get(key, 0) + 1
    for key in sorted(summary):
        print(*key, summary[key])
    print(f"{len(derived)} files, {sum(len(d) for d in outputs.values()) // 1024} kB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
