"""Bytes → lines of text, whatever the file format.

The type is sniffed from the content (magic bytes, markup), not from the file name, so a
Word file renamed to .txt still reads. Every format ends as the same thing: a list of `Line`s,
where the document's own structure (a Word heading style, a table's first column) is kept as a
hint for the heading recognition that follows. An HTML page is only recognised here: read_html.py
reads it into blocks, within the bounds set here.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import io
import itertools
import re
import zipfile
import zlib
from contextvars import ContextVar
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Literal

from tietovirta.canonical.schema import UNSTORABLE
from tietovirta.importer.refusals import UnreadableDocument

MB = 1024 * 1024
MAX_BYTES = 20 * MB

# What reading one file may cost, whatever the file: each bound is far above what a register
# document needs (the 245-page PDF of bench/bench_memory.py has 434 000 characters on 8 000 lines)
# and far below what exhausts a worker. They refuse a hostile file early, with a reason; the
# sandbox's process limits (sandbox.py) stop whatever they miss.
MAX_LINES = 12_000  # python-docx, the section classifier and extraction cost up to ~2 ms a line
MAX_TEXT_CHARS = 3_000_000
MAX_ELEMENTS = 1_000_000  # XML elements of a Word file
MAX_HTML_TAGS = 200_000  # BeautifulSoup keeps ~1 kB of objects per tag
MAX_PARAGRAPHS = MAX_LINES  # python-docx keeps every paragraph of the document at once
MAX_TABLE_CELLS = 100_000
MAX_PAGES = 1_000
MAX_GLYPHS_PER_PAGE = 20_000  # pdfplumber keeps ~2.5 kB of objects per glyph while a page is read
MAX_GLYPHS = 600_000
MAX_GRAPHICS_PER_PAGE = 20_000  # lines, curves, rectangles and images
MAX_PAGE_CONTENT_BYTES = 2 * MB  # a page's content streams, unpacked
MAX_CONTENT_BYTES = 20 * MB

Hint = Literal["", "title", "heading", "label", "header", "row"]
# "title":   the document's or a register's title (<h1>, Word Title, Markdown "# ").
# "heading": a structural heading (<h2>–<h6>, Word heading style, Markdown "##").
# "label":   the left cell of a two-column row, a <dt>, a bold lead-in: a heading if its words are one.
# "header", "row": a table's column headers and a row of it, the cells separated by tabs (PDF).


class SourceFormat(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    PDF = "pdf"
    DOCX = "docx"


@dataclass(frozen=True)
class Layout:
    """How a line of a PDF is set on its page: what tells running headers, page numbers, headings and
    the ends of paragraphs from the text (read_pdf.py), since a PDF has no markup to say so."""

    page: int  # 1-based
    top: float  # points from the top of the page
    bottom: float
    left: float  # where its text starts, after a bullet
    right: float
    page_height: float
    page_width: float
    size: float  # the type size most of its characters are set in
    bold: bool  # most of its characters are bold
    first_word: float  # the width of its first word: would it have fitted at the end of the line above?
    lead: str = ""  # bold words that open a line going on in regular type ("Rekisterinpitäjä:")
    edge: bool = False  # one of the first or last lines of its page, near the top or bottom edge
    table: bool = False  # a line of a table: a row of cells, a cell's heading or its value


@dataclass(frozen=True)
class Line:
    text: str
    hint: Hint = ""
    layout: Layout | None = None  # PDF lines outside a two-column table

    def __post_init__(self) -> None:
        # NUL and lone surrogates cannot be stored (the canonical format refuses them); they are
        # never meaningful text in a register document.
        object.__setattr__(self, "text", UNSTORABLE.sub("", self.text))


@dataclass
class ReadDocument:
    format: SourceFormat
    lines: list[Line]  # none for HTML, which read_html.py reads into blocks itself
    encoding: str = ""


def read_bytes(data: bytes, filename: str = "") -> ReadDocument:
    """Read any supported file into lines; raise UnreadableDocument for anything unusable."""
    if len(data) > MAX_BYTES:
        raise UnreadableDocument("too_large", mb=MAX_BYTES // MB)
    if not data.strip():
        raise UnreadableDocument("empty")
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        read = ReadDocument(SourceFormat.PDF, _read_pdf(data))
    elif head.startswith(b"PK\x03\x04"):
        read = ReadDocument(SourceFormat.DOCX, _read_docx(data))
    elif head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableDocument(
            "word_password" if "EncryptedPackage".encode("utf-16-le") in data else "old_word"
        )
    elif head.startswith(b"{\\rtf"):
        raise UnreadableDocument("rtf")
    else:
        read = _read_text(data, filename.lower())
    check_text_size(len(read.lines), sum(len(line.text) for line in read.lines))
    return read


def check_text_size(lines: int, characters: int) -> None:
    """Refuse text that the heading recognition would take too long over."""
    if lines > MAX_LINES:
        raise UnreadableDocument("too_many_lines", limit=MAX_LINES)
    if characters > MAX_TEXT_CHARS:
        raise UnreadableDocument("too_much_text", limit=MAX_TEXT_CHARS)


# --- plain text ------------------------------------------------------------------------------

_BINARY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _read_text(data: bytes, name: str) -> ReadDocument:
    text, encoding = _decode(data)
    # Counted before the text is split or parsed, so that a huge file costs no more than this.
    check_text_size(text.count("\n") + 1, len(text))
    if _looks_like_html(text, name):
        # Parsing a page is the costliest part of reading it: read_html.py parses it once, into blocks,
        # and checks its bounds there.
        return ReadDocument(SourceFormat.HTML, [], encoding)
    if name.endswith((".md", ".markdown")) or re.search(r"(?m)^#{1,6} \S", text):
        return ReadDocument(SourceFormat.MARKDOWN, _read_markdown(text), encoding)
    return ReadDocument(SourceFormat.TEXT, [Line(t) for t in text.splitlines()], encoding)


def _utf16_without_bom(data: bytes) -> str:
    """ "utf-16-be" or "utf-16-le" when the bytes look like UTF-16 text that lacks its byte-order mark.

    Text in a Latin script has a zero byte before (big-endian) or after (little-endian) nearly every
    letter, and no binary format has that pattern on every other byte only.
    """
    sample = data[:8192]
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 4:
        return ""
    pairs = len(sample) // 2
    zero_first = sample[0::2].count(0) / pairs
    zero_second = sample[1::2].count(0) / pairs
    if zero_first > 0.6 and zero_second < 0.05:
        return "utf-16-be"
    if zero_second > 0.6 and zero_first < 0.05:
        return "utf-16-le"
    return ""


def _decode(data: bytes) -> tuple[str, str]:
    text = None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding = data.decode("utf-16", errors="replace"), "utf-16"
    elif utf16 := _utf16_without_bom(data):
        with contextlib.suppress(UnicodeDecodeError):
            text, encoding = data.decode(utf16), "utf-16"
    if text is None:
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
        raise UnreadableDocument("binary")
    if not text.strip():
        raise UnreadableDocument("empty")
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


def _looks_like_html(text: str, name: str) -> bool:
    if _HTML_START.match(text):
        return True
    return name.endswith((".html", ".htm", ".xhtml")) and bool(re.search(r"<[a-zA-Z][^>]*>", text))


def decomposed(tag) -> bool:
    """Whether BeautifulSoup destroyed the tag (Tag.decompose marks it). Its `decomposed` property asks
    for the mark with getattr, and a Tag without it answers by searching its whole subtree for an
    element of that name, for every tag asked about."""
    return bool(tag.__dict__.get("_decomposed"))


# --- Word ------------------------------------------------------------------------------------


# A Word file's parts unpacked, all together: real documents stay far below, a ZIP bomb goes far above.
MAX_UNPACKED_BYTES = 100 * MB
MAX_PARTS = 5000
# Word writes its parts stored or deflated. zipfile also unpacks BZIP2 and LZMA, and unpacks a BZIP2
# stream whole, whatever size the archive declares: 2 kB can become gigabytes before a byte is returned.
ZIP_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}
_ZIP_METHOD_NAMES = {zipfile.ZIP_BZIP2: "BZIP2", zipfile.ZIP_LZMA: "LZMA"}
_CHUNK = 1024 * 1024


def _read_docx(data: bytes) -> list[Line]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise UnreadableDocument("zip_damaged") from None
    if "word/document.xml" not in {part.filename for part in parts}:
        raise UnreadableDocument("zip_not_word")
    for part in parts:
        if part.compress_type not in ZIP_METHODS:
            method = _ZIP_METHOD_NAMES.get(part.compress_type, f"method {part.compress_type}")
            raise UnreadableDocument("zip_method", method=method)
    # The sizes the archive declares refuse an honest bomb at once; _inspect_parts counts the real bytes.
    if len(parts) > MAX_PARTS or sum(part.file_size for part in parts) > MAX_UNPACKED_BYTES:
        raise UnreadableDocument("zip_bomb", mb=MAX_UNPACKED_BYTES // MB)
    well_formed = _inspect_parts(archive, parts)
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
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors… on a damaged file
        from lxml.etree import LxmlError

        if well_formed and isinstance(exc, LxmlError):
            raise _out_of_memory() from None
        raise _refusal(exc, "word_damaged") from None
    return lines


class _ElementCount:
    """An lxml parser target that counts elements as they stream past, building no tree."""

    _W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

    def __init__(self) -> None:
        self.elements = self.paragraphs = self.cells = 0

    def start(self, tag, attrib) -> None:
        self.elements += 1
        if self.elements > MAX_ELEMENTS:
            raise UnreadableDocument("too_many_elements", limit=MAX_ELEMENTS)
        if tag == self._W + "p":
            self.paragraphs += 1
            if self.paragraphs > MAX_PARAGRAPHS:
                raise UnreadableDocument("too_many_paragraphs", limit=MAX_PARAGRAPHS)
        elif tag == self._W + "tc":
            self.cells += 1
            if self.cells > MAX_TABLE_CELLS:
                raise UnreadableDocument("too_many_cells", limit=MAX_TABLE_CELLS)

    def close(self) -> None:
        return None


def _inspect_parts(archive: zipfile.ZipFile, parts: list[zipfile.ZipInfo]) -> bool:
    """Read every part once, in chunks, before python-docx does: count the bytes they really unpack
    to, refuse a DTD (entity declarations are how an XML bomb expands), count the XML elements.

    Returns whether every XML part is well-formed: python-docx judges the parts it needs, and if they
    are, a parse error it reports can only mean that memory ran out (libxml2 says "unknown error").
    """
    from lxml import etree

    count = _ElementCount()
    unpacked = 0
    well_formed = True
    for part in parts:
        parser = (
            etree.XMLParser(target=count, resolve_entities=False, no_network=True) if _is_xml(part) else None
        )
        tail = b""
        try:
            with archive.open(part) as stream:
                while chunk := stream.read(_CHUNK):
                    unpacked += len(chunk)
                    if unpacked > MAX_UNPACKED_BYTES:
                        raise UnreadableDocument("zip_bomb", mb=MAX_UNPACKED_BYTES // MB)
                    if parser is None:
                        continue
                    window = tail + chunk
                    if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
                        # Word never writes a DTD.
                        raise UnreadableDocument("xml_entities")
                    tail = chunk[-16:]
                    parser.feed(chunk)
            if parser is not None:
                parser.close()
        except UnreadableDocument:
            raise
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error):
            raise UnreadableDocument("zip_damaged") from None
        except etree.LxmlError:
            well_formed = False
    return well_formed


def _refusal(exc: BaseException, damaged: str) -> UnreadableDocument:
    """What a parser's error means: the process ran out of memory (too complex), or the file is damaged.

    Under the sandbox's memory limit, libxml2 reports a failed allocation as a parse error; that is
    no damage to the file.
    """
    seen: list[BaseException] = []
    while exc is not None and exc not in seen:
        seen.append(exc)
        if isinstance(exc, UnreadableDocument):
            return exc
        if isinstance(exc, MemoryError) or "memory allocation failed" in str(exc).lower():
            return _out_of_memory()
        exc = (
            exc.__cause__
            or exc.__context__
            or next((a for a in getattr(exc, "args", ()) if isinstance(a, BaseException)), None)
        )
    return UnreadableDocument(damaged)


def _out_of_memory() -> UnreadableDocument:
    from tietovirta.importer import sandbox  # the bound the reading ran into

    return UnreadableDocument("out_of_memory", mb=sandbox.MEMORY_LIMIT // MB)


def _is_xml(part: zipfile.ZipInfo) -> bool:
    return part.filename.endswith((".xml", ".rels"))


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
MAX_PDF_UNPACKED_BYTES = 100 * MB


class _PdfBudget:
    """What reading the PDF has cost so far: bytes unpacked, pages, glyphs and graphics laid out.

    The first bound passed is kept as the refusal: pdfminer and pdfplumber wrap the exception on its
    way out, and a refused read stays refused.
    """

    def __init__(self) -> None:
        self.unpacked = self.content = self.glyphs = 0
        self.page = self.page_glyphs = self.page_graphics = 0
        self.refusal: UnreadableDocument | None = None

    def refuse(self, kind: str, **params: int) -> None:
        self.refusal = self.refusal or UnreadableDocument(kind, **params)
        raise self.refusal

    def room(self) -> int:
        return 0 if self.refusal else MAX_PDF_UNPACKED_BYTES - self.unpacked

    def check(self, size: int) -> None:
        """Refuse the file if `size` more unpacked bytes do not fit (and anything more, once refused)."""
        if self.refusal or size > self.room():
            self.refuse("pdf_bomb", mb=MAX_PDF_UNPACKED_BYTES // MB)

    def add(self, size: int) -> None:
        self.check(size)
        self.unpacked += size

    def start_page(self, number: int, content: int) -> None:
        """A page is about to be laid out; `content` is the size of its content streams, unpacked."""
        if number > MAX_PAGES:
            self.refuse("too_many_pages", limit=MAX_PAGES)
        if content > MAX_PAGE_CONTENT_BYTES:
            self.refuse("page_content_too_large", page=number, mb=MAX_PAGE_CONTENT_BYTES // MB)
        self.content += content
        if self.content > MAX_CONTENT_BYTES:
            self.refuse("content_too_large", mb=MAX_CONTENT_BYTES // MB)
        self.page, self.page_glyphs, self.page_graphics = number, 0, 0

    def glyph(self) -> None:
        self.glyphs += 1
        self.page_glyphs += 1
        if self.page_glyphs > MAX_GLYPHS_PER_PAGE:
            self.refuse("too_many_glyphs_on_page", page=self.page, limit=MAX_GLYPHS_PER_PAGE)
        if self.glyphs > MAX_GLYPHS:
            self.refuse("too_many_glyphs", limit=MAX_GLYPHS)

    def graphic(self) -> None:
        self.page_graphics += 1
        if self.page_graphics > MAX_GRAPHICS_PER_PAGE:
            self.refuse("too_many_graphics_on_page", page=self.page, limit=MAX_GRAPHICS_PER_PAGE)


# The budget of the PDF that this thread (or task) is reading; None outside _read_pdf.
_BUDGET: ContextVar[_PdfBudget | None] = ContextVar("pdf_budget", default=None)


class _BoundedInflater:
    def __init__(self, unpacked: _PdfBudget, *args) -> None:
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
        if (unpacked := _BUDGET.get()) is None:
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
        unpacked = _BUDGET.get()
        return zlib.decompressobj(*args) if unpacked is None else _BoundedInflater(unpacked, *args)


def _bounded_lzwdecode(data: bytes) -> bytes:
    from pdfminer.lzw import LZWDecoder, lzwdecode

    if (unpacked := _BUDGET.get()) is None:
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
        if (unpacked := _BUDGET.get()) is not None:
            unpacked.check(most(data, *args))
        out = decode(data, *args)
        if unpacked is not None:
            unpacked.add(len(out))
        return out

    return bounded


def _fax_columns(params) -> int:
    columns = params.get("Columns") if isinstance(params, dict) else None
    return columns if isinstance(columns, int) and columns > 0 else 1


def _counting_aggregator(base):
    """pdfplumber's layout device, counting each glyph and graphic it lays out against the budget."""

    class CountingAggregator(base):
        def render_char(self, *args, **kwargs):
            if (budget := _BUDGET.get()) is not None:
                budget.glyph()
            return super().render_char(*args, **kwargs)

        def paint_path(self, *args, **kwargs):
            if (budget := _BUDGET.get()) is not None:
                budget.graphic()
            return super().paint_path(*args, **kwargs)

        def render_image(self, *args, **kwargs):
            if (budget := _BUDGET.get()) is not None:
                budget.graphic()
            return super().render_image(*args, **kwargs)

    return CountingAggregator


@functools.cache
def _bound_pdf_reading() -> None:
    """Every filter pdfminer unpacks a stream with that can produce more than it reads, counted; and
    every object pdfplumber lays out a page with. Outside _read_pdf, pdfminer and pdfplumber are as
    they were."""
    from pdfminer import ascii85, ccitt, pdftypes, runlength
    from pdfplumber import page

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
    page.PDFPageAggregatorWithMarkedContent = _counting_aggregator(page.PDFPageAggregatorWithMarkedContent)


def _content_size(page_obj) -> int:
    """The unpacked size of a page's content streams (unpacked once: pdfminer keeps the result)."""
    from pdfminer.pdftypes import PDFStream, resolve1

    streams = (resolve1(stream) for stream in page_obj.contents)
    return sum(len(stream.get_data()) for stream in streams if isinstance(stream, PDFStream))


def _read_pdf(data: bytes) -> list[Line]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfpage import PDFPage

    _bound_pdf_reading()
    budget = _PdfBudget()
    token = _BUDGET.set(budget)
    lines: list[Line] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            # Page by page as the page tree yields them: pdfplumber's `pages` would make every page first.
            for number, page_obj in enumerate(PDFPage.create_pages(pdf.doc), 1):
                budget.start_page(number, _content_size(page_obj))
                page = pdfplumber.page.Page(pdf, page_obj, page_number=number, initial_doctop=0)
                lines.extend(_pdf_page_lines(page))
                # pdfplumber keeps each page's parsed objects; freeing them page by page keeps a
                # long PDF's memory at the size of its largest page.
                page.close()
                if budget.refusal:  # pdfminer passes over some errors, a refusal among them
                    raise budget.refusal
                check_text_size(len(lines), sum(len(line.text) for line in lines))
    except UnreadableDocument:
        raise
    except Exception as exc:  # pdfminer raises many types (PSEOF, PDFSyntaxError, KeyError…) on damage
        if budget.refusal:  # however pdfminer and pdfplumber wrapped it on the way out
            raise budget.refusal from None
        # pdfplumber wraps pdfminer's errors; the password error may sit in args or the context.
        causes = [exc, exc.__cause__, exc.__context__, *(a for a in exc.args if isinstance(a, BaseException))]
        if any(isinstance(c, PDFPasswordIncorrect | PDFEncryptionError) for c in causes):
            raise UnreadableDocument("pdf_encrypted") from None
        raise _refusal(exc, "pdf_damaged") from None
    finally:
        _BUDGET.reset(token)
    if not any(line.text.strip() for line in lines):  # a scan: its text is read from the page images
        from tietovirta.importer.ocr import read_scanned_pdf

        return read_scanned_pdf(data)
    return lines


@dataclass
class _Row:
    top: float
    bottom: float
    words: list[dict]


# The first and last rows of a page that stand this near its top or bottom edge (a share of the page's
# height) may be a running header, a footer or a page number: read_pdf.py decides from what repeats
# over the pages. They are kept out of the table layout below, so a footer is never a table row.
EDGE_ROWS = 3
EDGE_BAND = 0.12
# pdfplumber splits a word where its font changes; a split narrower than this is inside one word.
_SAME_WORD_GAP = 1.0
_BOLD_FONT = re.compile(r"bold|black|heavy|demi|cmbx", re.IGNORECASE)


def _pdf_page_lines(page) -> list[Line]:
    """Lines of one page, each with its layout; a two-column table (heading | value) becomes label +
    value lines.

    Plain text extraction interleaves the columns ("Oikeus suostumuksen  Value…" / "peruuttamiseen
    …"), so rows are rebuilt from word positions: the left column's words of one table row are the
    heading, the right column's words the value.
    """
    words = page.extract_words(
        keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5, extra_attrs=["fontname", "size"]
    )
    if not words:
        return []
    rows = _group_rows(words)
    height = float(page.height)
    tables = _ruled_tables(page.edges)

    def near(row: _Row, edge: bool) -> bool:
        # A table's row is never furniture (a table going on from the page before starts at the top).
        placed = row.top < EDGE_BAND * height if edge else row.bottom > (1 - EDGE_BAND) * height
        return placed and _table_of(row, tables) is None

    top = len(list(itertools.takewhile(lambda row: near(row, True), rows[:EDGE_ROWS])))
    bottom = len(list(itertools.takewhile(lambda row: near(row, False), rows[top:][::-1][:EDGE_ROWS])))
    body = rows[top : len(rows) - bottom]

    def set_line(rows: list[_Row], edge: bool = False, table: tuple[str, Hint] | None = None) -> Line:
        """The rows as a line with their layout; `table` = (text, hint) of a table's line."""
        line = _layout_line(rows, page.page_number, (float(page.width), height), edge)
        if table is None:
            return line
        return Line(table[0], table[1], replace(line.layout, table=True))

    middle = _body_lines(body, tables, page.edges, float(page.width), set_line)
    return [
        *(set_line([row], edge=True) for row in rows[:top]),
        *middle,
        *(set_line([row], edge=True) for row in rows[len(rows) - bottom :]),
    ]


def _words_text(words: list[dict]) -> str:
    parts: list[str] = []
    for previous, word in zip([None, *words], words, strict=False):
        if previous is not None and word["x0"] - previous["x1"] > _SAME_WORD_GAP:
            parts.append(" ")
        parts.append(word["text"])
    return "".join(parts)


def _layout_line(rows: list[_Row], page: int, size: tuple[float, float], edge: bool) -> Line:
    """Rows (one, or a table cell's) as a line, with what their position and type say (`Layout`)."""
    page_width, page_height = size
    row = _Row(min(r.top for r in rows), max(r.bottom for r in rows), [w for r in rows for w in r.words])
    sizes: dict[float, int] = {}
    bold_chars = chars = 0
    for word in row.words:
        size = round(float(word.get("size", 0.0)), 1)
        sizes[size] = sizes.get(size, 0) + len(word["text"])
        chars += len(word["text"])
        if _BOLD_FONT.search(word.get("fontname", "")):
            bold_chars += len(word["text"])
    bold = bold_chars >= 0.6 * chars
    lead: list[dict] = []
    if not bold:
        for word in row.words:
            if not _BOLD_FONT.search(word.get("fontname", "")):
                break
            lead.append(word)
    first = row.words[0]
    # A bullet ("•", "–", Word's Symbol-font dot) stands before where the text starts.
    bullet = len(first["text"]) == 1 and not first["text"].isalnum() and len(row.words) > 1
    layout = Layout(
        page=page,
        top=float(row.top),
        bottom=float(row.bottom),
        left=float(row.words[1]["x0"] if bullet else first["x0"]),
        right=float(row.words[-1]["x1"]),
        page_height=page_height,
        page_width=page_width,
        size=max(sizes, key=lambda s: sizes[s]),
        bold=bold,
        first_word=float(first["x1"] - first["x0"]),
        lead=_words_text(lead) if lead and len(lead) < len(row.words) else "",
        edge=edge,
    )
    return Line(_words_text(row.words), layout=layout)


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


@dataclass
class _Table:
    """A table drawn with cell borders: its columns' edges and the rules between its rows."""

    top: float
    bottom: float
    columns: list[float]  # x of each vertical rule, left to right
    rules: list[float]  # y of each horizontal rule, top to bottom

    def holds(self, row: _Row) -> bool:
        return self.top - 2 <= row.top and row.bottom <= self.bottom + 2

    def column(self, word: dict) -> int:
        middle = (word["x0"] + word["x1"]) / 2
        return min(max(bisect.bisect(self.columns, middle) - 1, 0), len(self.columns) - 2)


def _ruled_tables(edges: list[dict]) -> list[_Table]:
    """The bordered tables of a page: vertical rules that overlap top to bottom are one table's."""
    verticals = sorted(
        (e for e in edges if e["orientation"] == "v" and e["bottom"] - e["top"] > 8), key=lambda e: e["top"]
    )
    groups: list[list[dict]] = []
    reach = 0.0  # the lowest bottom of the group being gathered
    for edge in verticals:
        if groups and edge["top"] <= reach + 2:
            groups[-1].append(edge)
            reach = max(reach, edge["bottom"])
        else:
            groups.append([edge])
            reach = edge["bottom"]
    rules = _row_rules(edges)
    tables = []
    for group in groups:
        xs: list[float] = []
        for x in sorted(float(e["x0"]) for e in group):
            if not xs or x - xs[-1] > 4:  # the two borders of separated cells are one rule
                xs.append(x)
        top, bottom = min(e["top"] for e in group), max(e["bottom"] for e in group)
        if len(xs) >= 3:
            inside = rules[bisect.bisect_left(rules, top - 2) : bisect.bisect_right(rules, bottom + 2)]
            tables.append(_Table(float(top), float(bottom), xs, inside))
    return tables


def _table_of(row: _Row, tables: list[_Table]) -> _Table | None:
    """The table a row is in, if any (the tables do not overlap and come top to bottom)."""
    index = bisect.bisect_right(tables, row.top + 2, key=lambda table: table.top) - 1
    return tables[index] if index >= 0 and tables[index].holds(row) else None


def _body_lines(
    body: list[_Row], tables: list[_Table], edges: list[dict], width: float, set_line
) -> list[Line]:
    """The page's rows as lines: text with its layout; a bordered table's rows as label and value (two
    columns without column headers) or as cells; without borders, two columns of heading and value
    found from the gap."""
    if not tables:
        split = _column_split(body, width)
        if split is None:
            return [set_line([row]) for row in body]
        return _two_column_lines(body, split, _row_rules(edges), set_line)
    lines: list[Line] = []
    i = 0
    while i < len(body):
        table = _table_of(body[i], tables)
        if table is None:
            lines.append(set_line([body[i]]))
            i += 1
            continue
        end = i
        while end < len(body) and table.holds(body[end]):
            end += 1
        if len(table.columns) == 3 and not _has_header(body[i:end], table):
            lines.extend(_two_column_lines(body[i:end], table.columns[1], table.rules, set_line))
        else:
            lines.extend(_grid_lines(body[i:end], table, set_line))
        i = end
    return lines


def _has_header(rows: list[_Row], table: _Table) -> bool:
    """Whether the table's first row is set in bold: column headers over rows of cells (a two-column
    table without them is headings and their values)."""
    first = [rows[0]]
    for row in rows[1:]:
        if _rule_between(table.rules, first[-1].bottom - 1, row.top + 1):
            break
        first.append(row)
    return all(_BOLD_FONT.search(w.get("fontname", "")) for row in first for w in row.words)


def _grid_lines(rows: list[_Row], table: _Table, set_line) -> list[Line]:
    """A table of three or more columns: a line per table row, its cells separated by tabs; a first
    row set in bold is the column headers."""
    grid: list[list[list[str]]] = []  # table row → cell → its text, row by row
    bold: list[bool] = []
    placed: list[list[_Row]] = []  # the rows of text each table row is set in
    previous_bottom: float | None = None
    for row in rows:
        if previous_bottom is None or _rule_between(table.rules, previous_bottom - 1, row.top + 1):
            grid.append([[] for _ in table.columns[1:]])
            bold.append(True)
            placed.append([])
        placed[-1].append(row)
        cells: dict[int, list[dict]] = {}
        for word in row.words:
            cells.setdefault(table.column(word), []).append(word)
        for column, words in cells.items():
            grid[-1][column].append(_words_text(words))
        bold[-1] = bold[-1] and all(_BOLD_FONT.search(w.get("fontname", "")) for w in row.words)
        previous_bottom = row.bottom
    kinds = ["header" if n == 0 and bold[0] else "row" for n in range(len(grid))]
    return [
        set_line(placed[n], table=("\t".join(" ".join(c) for c in cells), kinds[n]))
        for n, cells in enumerate(grid)
        if any(cells)
    ]


def _rule_between(rules: list[float], top: float, bottom: float) -> bool:
    """Whether a horizontal rule (of the sorted `rules`) lies between two rows of text."""
    index = bisect.bisect_left(rules, top)
    return index < len(rules) and rules[index] <= bottom


def _row_rules(edges: list[dict]) -> list[float]:
    """y positions of horizontal table rules (cell borders)."""
    ys = [e["top"] for e in edges if e["orientation"] == "h"]
    return sorted(set(round(y, 1) for y in ys))


def _in_table(row: _Row, split: float, rules: list[float]) -> bool:
    if rules:
        return rules[0] - 2 <= row.top <= rules[-1] + 2
    # Without cell borders: a row belongs to the columns when no word runs across the gap.
    return not any(w["x0"] < split < w["x1"] for w in row.words)


def _two_column_lines(rows: list[_Row], split: float, rules: list[float], set_line) -> list[Line]:
    lines: list[Line] = []
    heading: list[tuple[str, _Row]] = []
    value: list[tuple[str, _Row]] = []
    previous_bottom: float | None = None

    def emit() -> None:
        if heading:
            lines.append(set_line([r for _, r in heading], table=(" ".join(t for t, _ in heading), "label")))
        lines.extend(set_line([r], table=(t, "")) for t, r in value)
        heading.clear()
        value.clear()

    for row in rows:
        if not _in_table(row, split, rules):
            emit()
            lines.append(set_line([row]))
            previous_bottom = None
            continue
        left = [w for w in row.words if w["x0"] < split]
        right = [w for w in row.words if w["x0"] >= split]
        new_cell = (
            previous_bottom is None
            or _rule_between(rules, previous_bottom - 1, row.top + 1)
            or (not rules and row.top - previous_bottom > (row.bottom - row.top) * 0.9)
        )
        if new_cell:
            emit()
        if left:
            heading.append((_words_text(left), _Row(row.top, row.bottom, left)))
        if right:
            value.append((_words_text(right), _Row(row.top, row.bottom, right)))
        previous_bottom = row.bottom
    emit()
    return lines
