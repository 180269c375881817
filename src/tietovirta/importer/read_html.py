"""HTML (a web page saved whole, a fragment, a page built by a site generator) → blocks.

What is not the document goes first: scripts, styles, navigation, the site's header and footer,
cookie banners, menus and forms. Then the page's main content is walked once: <h1>–<h6> are
headings, <p> and <div> text paragraphs, <li> list items, <dt>/<dd> and two-column table rows
label–value pairs, other table rows rows with their column headers, and a paragraph that starts
with a bold lead-in ("<strong>Rekisterinpitäjä</strong><br>…", "<b>Tarkoitus:</b> …") a label or a
pair.
"""

from __future__ import annotations

import re
import warnings

from tietovirta.importer.blocks import Block, Document, is_navigation, merge_paragraphs
from tietovirta.importer.reading import MAX_HTML_TAGS, check_text_size, decomposed
from tietovirta.importer.refusals import UnreadableDocument

_NOISE_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
    "select",
    "input",
    "textarea",
    "dialog",
    "object",
    "embed",
    "canvas",
    "head",
)
# Classes and ids of page furniture: menus, banners, cookie notices, share buttons.
_NOISE_NAME = re.compile(
    r"(^|[-_ ])(nav|navbar|navigation|menu|mega-?menu|breadcrumbs?|cookies?|cookie-?banner|consent"
    r"|cookieconsent|cc-window|cc-banner|onetrust|cookiebot|gdpr-banner|skip-?link|site-?header"
    r"|site-?footer|page-?header|page-?footer|masthead|sidebar|share|social|toolbar|search|modal"
    r"|popup|newsletter-signup|topbar|top-bar|banner|footer|w-form|chat|widget)([-_ ]|$)",
    re.IGNORECASE,
)
_CONTENT_TAGS = ("main", "article")
_NOT_TEXT = frozenset({"Comment", "Doctype", "Declaration", "ProcessingInstruction", "CData"})
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "body",
        "html",
        "blockquote",
        "pre",
        "address",
        "ul",
        "ol",
        "figure",
        "figcaption",
        "center",
        "header",
        "footer",
        "dl",
        "dd",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "td",
        "th",
        "caption",
        "details",
        "summary",
        "fieldset",
        "legend",
    }
)


def _is_noise(tag) -> bool:
    names = " ".join([*(tag.get("class") or []), tag.get("id") or "", tag.get("role") or ""])
    hidden = tag.get("aria-hidden") == "true" or "display:none" in (tag.get("style") or "").replace(" ", "")
    if hidden:  # a page whose script shows its sections one at a time hides its article until then
        return tag.name not in _CONTENT_TAGS and not tag.find(_CONTENT_TAGS)
    return bool(names.strip()) and bool(_NOISE_NAME.search(names)) and not tag.find(_CONTENT_TAGS)


def _content_root(soup):
    """The element holding the document: <main>, an <article>, role=main, else the body."""
    for candidate in (soup.find("main"), soup.find(attrs={"role": "main"}), soup.find("article")):
        if candidate is not None and candidate.get_text(" ", strip=True):
            return candidate
    return soup.body or soup


def read_html(text: str) -> Document:
    """The page's blocks, or UnreadableDocument where it is beyond what reading a document may cost
    (reading.py's bounds)."""
    from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

    if text.count("<") > MAX_HTML_TAGS:  # counted before BeautifulSoup builds its tree
        raise UnreadableDocument("too_many_elements", limit=MAX_HTML_TAGS)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(text, "lxml")
    page_title = soup.title.get_text(" ", strip=True) if soup.title else ""
    furniture: list[str] = []

    def drop(tag, keep_text: bool = False) -> None:
        # The site's footer often holds the only address and Y-tunnus of the controller: kept aside.
        if keep_text and (text := tag.get_text("\n", strip=True)):
            furniture.append(text)
        tag.decompose()

    for tag in soup(_NOISE_TAGS):
        drop(tag)
    for tag in soup.find_all(attrs={"role": re.compile("navigation|banner|contentinfo|dialog|search")}):
        if not decomposed(tag):
            drop(tag, keep_text=tag.get("role") == "contentinfo")
    for tag in soup.find_all(True):
        if not decomposed(tag) and tag.attrs is not None and _is_noise(tag):
            drop(tag, keep_text="footer" in " ".join(tag.get("class") or []).lower())
    root = _content_root(soup)
    # The site's header and footer outside the content (a footer inside an <article> may hold the
    # controller's address, so only the page-level ones go).
    for tag in soup.find_all(("header", "footer")):
        inside_content = any(p.name in ("main", "article") for p in tag.parents)
        if not decomposed(tag) and not inside_content and tag is not root:
            drop(tag, keep_text=tag.name == "footer")
    walker = _Walker()
    try:
        walker.walk(root)
    except RecursionError:  # the walk recurses once per level of nesting
        raise UnreadableDocument("too_deeply_nested") from None
    walker.flush()
    blocks = [b for b in walker.blocks if not is_navigation(b.text)]
    check_text_size(len(blocks), sum(len(b.full_text()) for b in blocks))
    return Document(merge_paragraphs(blocks), title=page_title, furniture=furniture)


class _Walker:
    """Walks the tree once, turning elements into blocks."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._buffer: list[str] = []
        self._list_depth = 0

    def flush(self) -> None:
        text = " ".join("".join(self._buffer).split())
        self._buffer.clear()
        label, self._pair_label = self._pair_label, ""
        if text and label:
            self.blocks.append(Block("pair", text.lstrip(": "), label=label))
            self._continuing = False
        elif text:
            kind = "item" if self._list_depth else "paragraph"
            if kind == "item" and self.blocks and self.blocks[-1].kind == "item" and self._continuing:
                last = self.blocks[-1]
                self.blocks[-1] = Block("item", f"{last.text} {text}", last.level)
            else:
                self.blocks.append(Block(kind, text, max(0, self._list_depth - 1)))
            self._continuing = kind == "item"

    _continuing = False
    _pair_label = ""  # a bold "Label:" that began the line being read: the line is its value

    @staticmethod
    def text_of(el) -> str:
        return " ".join(el.get_text(" ").split())

    def walk(self, el) -> None:
        self.walk_children(el.children)

    def walk_children(self, children) -> None:
        from bs4 import NavigableString, Tag

        for child in children:
            if isinstance(child, NavigableString):
                if child.__class__.__name__ not in _NOT_TEXT:
                    self._buffer.append(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            self.element(child)

    def element(self, el) -> None:
        name = el.name
        if name == "br":
            self.flush()
            self._continuing = False
        elif name in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.flush()
            text = self.text_of(el)
            if text:
                level = int(name[1])
                self.blocks.append(Block("title" if level == 1 else "heading", text, level))
        elif name in ("ul", "ol"):
            self.flush()
            self._list_depth += 1
            self.walk(el)
            self.flush()
            self._list_depth -= 1
        elif name == "li":
            self.flush()
            self._continuing = False
            # <ol><li><strong>Rekisterinpitäjä</strong><br>…</li>: a numbered list of sections.
            if self._lead_in(el):
                self._continuing = False
                return
            self.walk(el)
            self.flush()
            self._continuing = False
        elif name == "dt":
            self.flush()
            if text := self.text_of(el):
                self.blocks.append(Block("label", text.rstrip(":")))
        elif name == "tr":
            self.flush()
            self._row(el)
        elif name == "table":
            self.flush()
            self._table(el)
        elif name == "p" or name in _BLOCK_TAGS:
            self.flush()
            if name in ("p", "div", "dd", "td", "section") and self._lead_in(el):
                return
            self.walk(el)
            self.flush()
        elif name in ("strong", "b") and self._alone(el):
            self.flush()
            if text := self.text_of(el):
                self.blocks.append(Block("label", text.rstrip(":")))
        elif name in ("strong", "b") and self._starts_line(el):
            # "<p><b>1. Rekisterin nimi</b><br>…<br><b>2. Rekisterinpitäjä:</b> …</p>": a form's sections
            # written as bold lines inside one paragraph; each bold line is a heading, or a pair's label.
            text = self.text_of(el).strip()
            if self._ends_line(el):
                self.flush()
                self.blocks.append(Block("label", text.rstrip(":").strip()))
            elif text.endswith(":") or self._next_text(el).startswith(":"):
                self.flush()
                self._pair_label = text.rstrip(":").strip()
            else:
                self.walk(el)
        else:  # inline: strong, em, a, span …
            self.walk(el)

    def _alone(self, el) -> bool:
        """A bold element standing on its own line (its parent has nothing else but line breaks)."""
        from bs4 import NavigableString

        siblings = [c for c in el.parent.children if not (isinstance(c, NavigableString) and not c.strip())]
        others = [c for c in siblings if c is not el and getattr(c, "name", None) != "br"]
        return not others and len(self.text_of(el)) <= 120

    def _starts_line(self, el) -> bool:
        """A short bold element at the start of a line of running text (after a <br>), outside lists."""
        from bs4 import NavigableString

        if self._list_depth or "".join(self._buffer).strip() or len(self.text_of(el)) > 120:
            return False
        previous = el.previous_sibling
        while isinstance(previous, NavigableString) and not previous.strip():
            previous = previous.previous_sibling
        return getattr(previous, "name", None) == "br" and bool(self.text_of(el).strip())

    @staticmethod
    def _ends_line(el) -> bool:
        from bs4 import NavigableString

        following = el.next_sibling
        while isinstance(following, NavigableString) and not following.strip():
            following = following.next_sibling
        return following is None or getattr(following, "name", None) == "br"

    @staticmethod
    def _next_text(el) -> str:
        from bs4 import NavigableString

        following = el.next_sibling
        return str(following).strip() if isinstance(following, NavigableString) else ""

    def _lead_in(self, el) -> bool:
        """<p><strong>Label</strong><br>value</p> → label + value; <p><b>Label:</b> value</p> → pair."""
        from bs4 import NavigableString

        children = [c for c in el.children if not (isinstance(c, NavigableString) and not c.strip())]
        if not children or getattr(children[0], "name", None) not in ("strong", "b"):
            return False
        lead = self.text_of(children[0])
        rest = children[1:]
        if not lead or len(lead) > 120:
            return False
        if not rest:
            self.blocks.append(Block("label", lead.rstrip(":")))
            return True
        if getattr(rest[0], "name", None) == "br":
            self.blocks.append(Block("label", lead.rstrip(":").strip()))
            self.walk_children(rest)
            self.flush()
            return True
        if lead.endswith(":") or (isinstance(rest[0], NavigableString) and rest[0].strip().startswith(":")):
            value = " ".join(
                " ".join(self.text_of(c) if hasattr(c, "get_text") else str(c) for c in rest).split()
            )
            if any(getattr(c, "name", None) in ("br", "ul", "ol", "p") for c in rest):
                self.blocks.append(Block("label", lead.rstrip(":").strip()))
                self.walk_children(rest)
                self.flush()
            else:
                self.blocks.append(Block("pair", value.lstrip(": "), label=lead.rstrip(":").strip()))
            return True
        return False

    def _table(self, table) -> None:
        rows = table.find_all("tr")
        if not rows:
            self.walk(table)
            return
        first = rows[0].find_all(("td", "th"), recursive=False)
        header: tuple[str, ...] = ()
        if first and all(c.name == "th" for c in first) and len(first) > 1:
            header = tuple(self.text_of(c) for c in first)
            rows = rows[1:]
        for row in rows:
            self._row(row, header)

    def _row(self, tr, header: tuple[str, ...] = ()) -> None:
        cells = tr.find_all(("td", "th"), recursive=False)
        texts = tuple(self.text_of(c) for c in cells)
        if not any(texts):
            return
        if len(cells) == 2 and texts[0] and not header:
            # A two-column row is a label and its value; the value may hold lists and paragraphs.
            start = len(self.blocks)
            self.walk(cells[1])
            self.flush()
            inner = self.blocks[start:]
            del self.blocks[start:]
            if len(inner) <= 1:
                self.blocks.append(Block("pair", texts[1], label=texts[0]))
            else:
                self.blocks.append(Block("label", texts[0]))
                self.blocks.extend(inner)
        elif len(cells) == 1:
            self.walk(cells[0])
            self.flush()
        else:
            self.blocks.append(Block("row", " | ".join(t for t in texts if t), cells=texts, header=header))
