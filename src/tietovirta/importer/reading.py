"""Bytes → lines of text, whatever the file format.

The type is sniffed from the content (magic bytes, markup), not from the file name, so a
Word file renamed to .txt still reads. Every format ends as the same thing: a list of `Line`s,
where the document's own structure (an HTML <h2>, a Word heading style, a table's first
column) is kept as a hint for the heading recognition that follows.
"""

from __future__ import annotations

import functools
import io
import re
import zipfile
import zlib
from contextvars import ContextVar
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from tietovirta.canonical.schema import UNSTORABLE

MAX_BYTES = 20 * 1024 * 1024

Hint = Literal["", "title", "heading", "label"]
# "title":   the document's or a register's title (<h1>, Word Title, Markdown "# ").
# "heading": a structural heading (<h2>–<h6>, Word heading style, Markdown "##").
# "label":   the left cell of a two-column row, a <dt>, a bold lead-in: a heading if its words are one.


class UnreadableDocument(Exception):
    """The file cannot be imported; the message says why in words a user understands."""


class SourceFormat(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    PDF = "pdf"
    DOCX = "docx"


@dataclass(frozen=True)
class Line:
    text: str
    hint: Hint = ""

    def __post_init__(self) -> None:
        # NUL and lone surrogates cannot be stored (the canonical format refuses them); they are
        # never meaningful text in a register document.
        object.__setattr__(self, "text", UNSTORABLE.sub("", self.text))


@dataclass
class ReadDocument:
    format: SourceFormat
    lines: list[Line]
    encoding: str = ""


def read_bytes(data: bytes, filename: str = "") -> ReadDocument:
    """Read any supported file into lines; raise UnreadableDocument for anything unusable."""
    if len(data) > MAX_BYTES:
        raise UnreadableDocument(f"The file is larger than the {MAX_BYTES // (1024 * 1024)} MB limit.")
    if not data.strip():
        raise UnreadableDocument("The file is empty.")
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return ReadDocument(SourceFormat.PDF, _read_pdf(data))
    if head.startswith(b"PK\x03\x04"):
        return ReadDocument(SourceFormat.DOCX, _read_docx(data))
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise UnreadableDocument(
                "The Word document is password-protected; remove the password and try again."
            )
        raise UnreadableDocument(
            "This is an old Word (.doc) or other Office binary file; save it as .docx first."
        )
    if head.startswith(b"{\\rtf"):
        raise UnreadableDocument("RTF files are not supported; save the document as .docx or PDF first.")
    text, encoding = _decode(data)
    name = filename.lower()
    if _looks_like_html(text, name):
        return ReadDocument(SourceFormat.HTML, _read_html(text), encoding)
    if name.endswith((".md", ".markdown")) or re.search(r"(?m)^#{1,6} \S", text):
        return ReadDocument(SourceFormat.MARKDOWN, _read_markdown(text), encoding)
    return ReadDocument(SourceFormat.TEXT, [Line(t) for t in text.splitlines()], encoding)


# --- plain text ------------------------------------------------------------------------------

_BINARY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding = data.decode("utf-16"), "utf-16"
    else:
        try:
            text, encoding = data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            # Finnish Windows documents are cp1252; the five bytes cp1252 leaves undefined mean latin-1.
            try:
                text, encoding = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                text, encoding = data.decode("latin-1"), "latin-1"
    sample = text[:8192]
    if "\x00" in sample or len(_BINARY_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise UnreadableDocument("The file is not a text document (it looks like binary data).")
    if not text.strip():
        raise UnreadableDocument("The file is empty.")
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


def _read_markdown(text: str) -> list[Line]:
    lines: list[Line] = []
    for raw in text.splitlines():
        if match := re.match(r"\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$", raw):
            hint: Hint = "title" if len(match.group(1)) == 1 else "heading"
            lines.append(Line(_strip_md_inline(match.group(2)), hint))
        elif match := re.match(r"\s*(\*\*|__)([^*_]{2,120})\1\s*:?\s*$", raw):
            lines.append(Line(match.group(2), "label"))
        else:
            lines.append(Line(_strip_md_inline(raw)))
    return lines


def _strip_md_inline(text: str) -> str:
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    return re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1 (\2)", text)


# --- HTML ------------------------------------------------------------------------------------

_HTML_START = re.compile(
    r"\s*(<!doctype html|<html|<head|<body|<meta|<div|<article|<main|<section|<h[1-6]|<p\b|<dl)",
    re.IGNORECASE,
)
_NOISE_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
    "select",
)
_NOISE_CLASS = re.compile(
    r"(^|[-_ ])(nav|navbar|navigation|menu|breadcrumbs?|cookie|consent-banner|skip-link|"
    r"site-header|site-footer|sidebar|share|social)([-_ ]|$)",
    re.IGNORECASE,
)
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
        "span_block",
    }
)


def _looks_like_html(text: str, name: str) -> bool:
    if _HTML_START.match(text):
        return True
    return name.endswith((".html", ".htm", ".xhtml")) and bool(re.search(r"<[a-zA-Z][^>]*>", text))


def _read_html(text: str) -> list[Line]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "lxml")
    for tag in soup(_NOISE_TAGS):
        tag.decompose()
    for tag in soup.find_all(attrs={"role": re.compile("navigation|banner|contentinfo")}):
        tag.decompose()
    for tag in soup.find_all(class_=_NOISE_CLASS):
        if not tag.decomposed:
            tag.decompose()
    root = soup.find("main") or soup.find("article") or soup.body or soup
    out = _HtmlLines()
    out.walk(root)
    out.flush()
    return out.lines


class _HtmlLines:
    """Walks the tree once, turning blocks into lines and structure into hints."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self._buffer: list[str] = []

    def flush(self, hint: Hint = "") -> None:
        text = " ".join("".join(self._buffer).split())
        self._buffer.clear()
        if text:
            self.lines.append(Line(text, hint))

    def text_of(self, el) -> str:
        return " ".join(el.get_text(" ").split())

    def walk(self, el) -> None:
        self.walk_children(el.children)

    def walk_children(self, children) -> None:
        from bs4 import NavigableString, Tag

        for child in children:
            if isinstance(child, NavigableString):
                if child.__class__.__name__ in ("Comment", "Doctype", "Declaration", "ProcessingInstruction"):
                    continue
                self._buffer.append(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            if name == "br":
                self.flush()
            elif name in ("h1", "h2", "h3", "h4", "h5", "h6"):
                self.flush()
                self._buffer.append(self.text_of(child))
                self.flush("title" if name == "h1" else "heading")
            elif name == "dt":
                self.flush()
                self._buffer.append(self.text_of(child))
                self.flush("label")
            elif name == "li":
                self.flush()
                self._buffer.append("- ")
                self.walk(child)
                self.flush()
            elif name == "tr":
                self.flush()
                self._table_row(child)
            elif (
                name == "p"
                or name in _BLOCK_TAGS
                or name in ("dd", "dl", "table", "tbody", "thead", "td", "th")
            ):
                self.flush()
                if name == "p":
                    self._paragraph(child)
                else:
                    self.walk(child)
                self.flush()
            else:  # inline: strong, em, a, span …
                self.walk(child)

    def _paragraph(self, p) -> None:
        from bs4 import NavigableString

        # <p><strong>Heading</strong><br>value</p> and <p><strong>Heading:</strong> value</p>
        children = [c for c in p.children if not (isinstance(c, NavigableString) and not c.strip())]
        if children and getattr(children[0], "name", None) in ("strong", "b"):
            lead = self.text_of(children[0])
            rest = children[1:]
            if lead and (not rest or getattr(rest[0], "name", None) == "br" or lead.endswith(":")):
                self.lines.append(Line(lead.rstrip(":").strip(), "label"))
                self.walk_children(rest)
                return
        self.walk(p)

    def _table_row(self, tr) -> None:
        cells = tr.find_all(("td", "th"), recursive=False)
        if len(cells) == 2 and self.text_of(cells[0]):
            self.lines.append(Line(self.text_of(cells[0]), "label"))
            self.walk(cells[1])
            self.flush()
        else:
            self.lines.append(Line("\t".join(self.text_of(c) for c in cells)))


# --- Word ------------------------------------------------------------------------------------


# A Word file's parts unpacked: real documents stay far below, a ZIP bomb goes far above.
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_PARTS = 5000


def _read_docx(data: bytes) -> list[Line]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UnreadableDocument("The file is a damaged ZIP/Word document and cannot be opened.") from None
    if "word/document.xml" not in {part.filename for part in parts}:
        raise UnreadableDocument("The file is a ZIP archive but not a Word (.docx) document.")
    # Sizes as the archive declares them: zipfile never unpacks more than declared (the CRC check fails).
    if len(parts) > MAX_PARTS or sum(part.file_size for part in parts) > MAX_UNPACKED_BYTES:
        raise UnreadableDocument(
            f"The Word document would unpack to more than {MAX_UNPACKED_BYTES // (1024 * 1024)} MB "
            "(a ZIP bomb?); it was not opened."
        )
    try:
        declares_entities = any(_declares_entities(archive, part) for part in parts if _is_xml(part))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error):
        raise UnreadableDocument("The file is a damaged ZIP/Word document and cannot be opened.") from None
    if declares_entities:
        # Word never writes a DTD; entity declarations are how an "XML bomb" expands to gigabytes.
        raise UnreadableDocument(
            "The Word document contains XML entity declarations, which Word never writes; it was not opened."
        )
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
        lines: list[Line] = []
        for item in document.iter_inner_content():
            if isinstance(item, Paragraph):
                lines.extend(_docx_paragraph(item))
            elif isinstance(item, Table):
                lines.extend(_docx_table(item))
    except UnreadableDocument:
        raise
    except Exception:  # python-docx raises KeyError, ValueError, lxml errors… on a damaged file
        raise UnreadableDocument("The Word document is damaged and cannot be read.") from None
    return lines


def _is_xml(part: zipfile.ZipInfo) -> bool:
    return part.filename.endswith((".xml", ".rels"))


def _declares_entities(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> bool:
    """Whether an XML part has a DTD (read in chunks: memory stays small whatever the part's size)."""
    tail = b""
    with archive.open(part) as stream:
        while chunk := stream.read(1024 * 1024):
            window = tail + chunk
            if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
                return True
            tail = chunk[-16:]
    return False


def _docx_paragraph(paragraph) -> list[Line]:
    text = paragraph.text
    if not text.strip():
        return [Line("")]
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if style == "Title" or style == "Heading 1":
        return [Line(text.strip(), "title")]
    if style.startswith("Heading"):
        return [Line(text.strip(), "heading")]
    if style.startswith("List"):
        return [Line(f"- {text.strip()}")]
    runs = [r for r in paragraph.runs if r.text.strip()]
    if runs and all(r.bold for r in runs) and len(text) < 120:
        return [Line(text.strip(), "label")]
    return [Line(t) for t in text.split("\n")]


def _docx_table(table) -> list[Line]:
    lines: list[Line] = []
    for row in table.rows:
        cells: list = []
        for cell in row.cells:  # a merged cell repeats; keep it once
            if not cells or cell._tc is not cells[-1]._tc:
                cells.append(cell)
        texts = [c.text.strip() for c in cells]
        if len(cells) == 2 and texts[0]:
            lines.append(Line(texts[0], "label"))
            lines.extend(Line(t) for t in texts[1].split("\n"))
            lines.append(Line(""))
        elif any(texts):
            lines.append(Line("\t".join(texts)))
    return lines


# --- PDF -------------------------------------------------------------------------------------

# What the streams of one PDF may unpack to, all together. Text extraction never unpacks images, so
# real documents stay far below: the 245-page, 19 MB PDF of bench/bench_memory.py unpacks to 3.5 MB.
# A decompression bomb goes far above (FlateDecode packs a gigabyte into a megabyte, twice applied
# into a kilobyte). Fixed rather than a multiple of the file size, since any upload can be padded to
# 20 MB; the same bound as a Word file's parts.
MAX_PDF_UNPACKED_BYTES = 100 * 1024 * 1024


class _Unpacked:
    """What the streams of the PDF being read have unpacked to so far."""

    def __init__(self) -> None:
        self.total = 0
        self.refusal: UnreadableDocument | None = None

    def room(self) -> int:
        return 0 if self.refusal else MAX_PDF_UNPACKED_BYTES - self.total

    def check(self, size: int) -> None:
        """Refuse the file if `size` more bytes do not fit (and anything more, once refused)."""
        if self.refusal or size > self.room():
            self.refusal = UnreadableDocument(
                f"The PDF would unpack to more than {MAX_PDF_UNPACKED_BYTES // (1024 * 1024)} MB "
                "(a decompression bomb?); it was not read."
            )
            raise self.refusal

    def add(self, size: int) -> None:
        self.check(size)
        self.total += size


# The count of the PDF that this thread (or task) is reading; None outside _read_pdf.
_UNPACKED: ContextVar[_Unpacked | None] = ContextVar("pdf_unpacked", default=None)


class _BoundedInflater:
    def __init__(self, unpacked: _Unpacked, *args) -> None:
        self._unpacked, self._inflater = unpacked, zlib.decompressobj(*args)

    def decompress(self, data: bytes) -> bytes:
        # zlib stops one byte past the room left: that byte is proof enough, and memory stays bounded.
        out = self._inflater.decompress(data, self._unpacked.room() + 1)
        self._unpacked.add(len(out))
        return out


class _BoundedZlib:
    """The `zlib` of pdfminer.pdftypes while a PDF is read: FlateDecode inflates at most the room left.

    pdfminer inflates a stream with zlib.decompress and, if that fails (a wrong checksum, a stream cut
    short), once more through zlib.decompressobj; both are bounded. Outside _read_pdf, plain zlib.
    """

    def __getattr__(self, name: str):
        return getattr(zlib, name)  # zlib.error, the constants

    @staticmethod
    def decompress(data: bytes, wbits: int = zlib.MAX_WBITS, bufsize: int = zlib.DEF_BUF_SIZE) -> bytes:
        if (unpacked := _UNPACKED.get()) is None:
            return zlib.decompress(data, wbits, bufsize)
        inflater = zlib.decompressobj(wbits)
        out = inflater.decompress(data, unpacked.room() + 1)
        unpacked.check(len(out))
        if not inflater.eof:  # counted when pdfminer inflates it again
            raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
        unpacked.add(len(out))
        return out

    @staticmethod
    def decompressobj(*args):
        unpacked = _UNPACKED.get()
        return zlib.decompressobj(*args) if unpacked is None else _BoundedInflater(unpacked, *args)


def _bounded_lzwdecode(data: bytes) -> bytes:
    from pdfminer.lzw import LZWDecoder, lzwdecode

    if (unpacked := _UNPACKED.get()) is None:
        return lzwdecode(data)
    out = bytearray()
    for piece in LZWDecoder(io.BytesIO(data)).run():
        unpacked.add(len(piece))
        out += piece
    return bytes(out)


def _run_only_if_it_fits(decode, most):
    """A decoder that unpacks all at once, let run only when `most` (the most memory it can take for
    these bytes) fits in the room left."""

    def bounded(data: bytes, *args) -> bytes:
        if (unpacked := _UNPACKED.get()) is not None:
            unpacked.check(most(data, *args))
        out = decode(data, *args)
        if unpacked is not None:
            unpacked.add(len(out))
        return out

    return bounded


def _fax_columns(params) -> int:
    columns = params.get("Columns") if isinstance(params, dict) else None
    return columns if isinstance(columns, int) and columns > 0 else 1


@functools.cache
def _bound_pdf_unpacking() -> None:
    """Every filter pdfminer unpacks a stream with that can produce more than it reads, counted."""
    from pdfminer import ascii85, ccitt, pdftypes, runlength

    pdftypes.zlib = _BoundedZlib()
    pdftypes.lzwdecode = _bounded_lzwdecode
    # "z" stands for four zero bytes.
    pdftypes.ascii85decode = _run_only_if_it_fits(ascii85.ascii85decode, lambda data: 4 * len(data))
    # Two bytes repeat a byte up to 128 times; pdfminer keeps each byte as an 8-byte list item.
    pdftypes.rldecode = _run_only_if_it_fits(runlength.rldecode, lambda data: 8 * 64 * len(data))
    # A one-bit code can be a whole row; pdfminer keeps a row as a list of pixels, 8 bytes each.
    pdftypes.ccittfaxdecode = _run_only_if_it_fits(
        ccitt.ccittfaxdecode, lambda data, params: 8 * 8 * len(data) * _fax_columns(params)
    )


def _read_pdf(data: bytes) -> list[Line]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    _bound_pdf_unpacking()
    unpacked = _Unpacked()
    token = _UNPACKED.set(unpacked)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            lines: list[Line] = []
            for page in pdf.pages:
                lines.extend(_pdf_page_lines(page))
                # pdfplumber keeps each page's parsed objects; freeing them page by page keeps a
                # long PDF's memory at the size of its largest page.
                page.close()
    except (
        Exception
    ) as exc:  # pdfminer raises many types (PSEOF, PDFSyntaxError, KeyError…) on a damaged file
        if unpacked.refusal:  # however pdfminer and pdfplumber wrapped it on the way out
            raise unpacked.refusal from None
        # pdfplumber wraps pdfminer's errors; the password error may sit in args or the context.
        causes = [exc, exc.__cause__, exc.__context__, *(a for a in exc.args if isinstance(a, BaseException))]
        if any(isinstance(c, PDFPasswordIncorrect | PDFEncryptionError) for c in causes):
            raise UnreadableDocument(
                "The PDF is encrypted (password-protected); remove the password and try again."
            ) from None
        raise UnreadableDocument("The PDF is damaged and cannot be read.") from None
    finally:
        _UNPACKED.reset(token)
    if not any(line.text.strip() for line in lines):
        raise UnreadableDocument(
            "The PDF has no text layer (it looks like a scanned image). Run OCR on it, or import the "
            "original "
            "Word or text file instead."
        )
    return lines


@dataclass
class _Row:
    top: float
    bottom: float
    words: list[dict]


def _pdf_page_lines(page) -> list[Line]:
    """Lines of one page; a two-column table (heading | value) becomes label + value lines.

    Plain text extraction interleaves the columns ("Oikeus suostumuksen  Value…" / "peruuttamiseen
    …"), so rows are rebuilt from word positions: the left column's words of one table row are the
    heading, the right column's words the value.
    """
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    if not words:
        return []
    rows = _group_rows(words)
    edges = page.edges
    split = _ruled_column_split(edges, words) or _column_split(rows, float(page.width))
    if split is None:
        return [Line(" ".join(w["text"] for w in row.words)) for row in rows]
    return _two_column_lines(rows, split, _row_rules(edges))


def _group_rows(words: list[dict]) -> list[_Row]:
    rows: list[_Row] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if rows and abs(word["top"] - rows[-1].top) <= 2.5:
            rows[-1].words.append(word)
            rows[-1].bottom = max(rows[-1].bottom, word["bottom"])
        else:
            rows.append(_Row(word["top"], word["bottom"], [word]))
    for row in rows:
        row.words.sort(key=lambda w: w["x0"])
    return rows


def _column_split(rows: list[_Row], width: float) -> float | None:
    """The x where a right column starts, if most lines have words on both sides of a wide gap."""
    starts: dict[int, int] = {}
    for row in rows:
        for left, right in zip(row.words, row.words[1:], strict=False):
            if right["x0"] - left["x1"] > 14:
                starts[round(right["x0"] / 4)] = starts.get(round(right["x0"] / 4), 0) + 1
    if not starts:
        return None
    bucket, count = max(starts.items(), key=lambda kv: kv[1])
    x = bucket * 4.0
    if count < 3 or not (0.15 * width < x < 0.6 * width):
        return None
    right_only = sum(1 for row in rows if row.words[0]["x0"] >= x - 6)
    both = sum(1 for row in rows if row.words[0]["x0"] < x - 6 and row.words[-1]["x0"] >= x - 6)
    return x - 6 if both + right_only >= len(rows) * 0.4 else None


def _ruled_column_split(edges: list[dict], words: list[dict]) -> float | None:
    """The x of a table's inner vertical rule, when a bordered table has two columns."""
    xs: list[float] = []
    for x in sorted(e["x0"] for e in edges if e["orientation"] == "v" and e["bottom"] - e["top"] > 8):
        if not xs or x - xs[-1] > 4:  # the two borders of separated cells are one rule
            xs.append(x)
    if len(xs) < 3:
        return None
    inner = [x for x in xs[1:-1] if any(w["x1"] <= x for w in words) and any(w["x0"] >= x for w in words)]
    return float(inner[0]) if len(inner) == 1 else None


def _row_rules(edges: list[dict]) -> list[float]:
    """y positions of horizontal table rules (cell borders)."""
    ys = [e["top"] for e in edges if e["orientation"] == "h"]
    return sorted(set(round(y, 1) for y in ys))


def _in_table(row: _Row, split: float, rules: list[float]) -> bool:
    if rules:
        return rules[0] - 2 <= row.top <= rules[-1] + 2
    # Without cell borders: a row belongs to the columns when no word runs across the gap.
    return not any(w["x0"] < split < w["x1"] for w in row.words)


def _two_column_lines(rows: list[_Row], split: float, rules: list[float]) -> list[Line]:
    lines: list[Line] = []
    heading: list[str] = []
    value: list[str] = []
    previous_bottom: float | None = None

    def emit() -> None:
        if heading:
            lines.append(Line(" ".join(heading), "label"))
        lines.extend(Line(v) for v in value)
        if heading or value:
            lines.append(Line(""))
        heading.clear()
        value.clear()

    for row in rows:
        if not _in_table(row, split, rules):
            emit()
            lines.append(Line(" ".join(w["text"] for w in row.words)))
            previous_bottom = None
            continue
        left = [w["text"] for w in row.words if w["x0"] < split]
        right = [w["text"] for w in row.words if w["x0"] >= split]
        new_cell = (
            previous_bottom is None
            or any(previous_bottom - 1 <= y <= row.top + 1 for y in rules)
            or (not rules and row.top - previous_bottom > (row.bottom - row.top) * 0.9)
        )
        if new_cell:
            emit()
        heading.extend(left)
        if right:
            value.append(" ".join(right))
        previous_bottom = row.bottom
    emit()
    return lines
