"""A scanned PDF → lines of text, read by Tesseract (OCR).

    lines = read_scanned_pdf(data)   # list[Line], as the PDF reader gives; UnreadableDocument otherwise

reading.py calls this when a PDF has no text layer. Each page is rasterised by PDFium (pypdfium2) to a
grey image of at most MAX_PAGE_PIXELS and given to the `tesseract` program (Debian's tesseract-ocr,
with the Finnish, Swedish and English data) on its standard input; its TSV answer gives words, lines
and their heights. One page is in memory at a time, Tesseract is a process of its own with a time
limit per page, and the whole reading has OCR_SECONDS, so that it ends inside the sandbox's wall time.

Tesseract runs in the import's sandbox and inherits its limits: the address space (Tesseract with
three languages maps ~250 MB), no files written, and CPU time — counted per process, so each page's
Tesseract has the limit of its own.

Whoever runs the import decides whether OCR is wanted (a web upload first tries without, and reads a
scan in the background with progress shown) and who hears of the pages read: `ocr_options`.
"""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
import os
import shutil
import statistics
import subprocess
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass

from tietovirta.importer.refusals import UnreadableDocument
from tietovirta.importer.values import detect_language

MAX_OCR_PAGES = 10  # a scanned register document has a few pages; ~3 s a page on one core
DPI = 300  # what Tesseract reads best; a 200 dpi scan gains from it too
MAX_PAGE_PIXELS = 12_000_000  # A4 at 300 dpi is 8.7 Mpx: one byte each in grey
OCR_SECONDS = 55  # all pages: the sandbox's wall time (75 s) less starting, reading and extraction
# Tesseract's language data, by the importer's language codes. The first of several weighs most: read
# with Finnish first, Swedish "på" comes out as "pä"; so a document's own language goes first.
TESSERACT_LANGUAGES = {"fi": "fin", "sv": "swe", "en": "eng"}
LANGUAGES_READ = "Finnish, Swedish and English (the document's own first)"
MIN_WORD_CONFIDENCE = 30  # below this a "word" is mostly dust or a stroke of a letter
HEADING_HEIGHT = 1.3  # a line this much taller than the page's usual line is set in a heading size
HEADING_WORDS = 12
HEADING_GAP = 1.6  # times the usual space between lines

Progress = Callable[[int, int], None]  # (page being read, pages)


@dataclass(frozen=True)
class _Options:
    enabled: bool = True
    progress: Progress | None = None
    language: str = "auto"  # the document's language if the user named it (fi, sv, en)


_OPTIONS: ContextVar[_Options | None] = ContextVar("ocr_options", default=None)


@contextlib.contextmanager
def ocr_options(
    enabled: bool = True, progress: Progress | None = None, language: str = "auto"
) -> Iterator[None]:
    """Within this block a scan is read by OCR only if `enabled`, `progress(page, pages)` is called before
    each page, and a `language` other than "auto" is read first."""
    token = _OPTIONS.set(_Options(enabled, progress, language))
    try:
        yield
    finally:
        _OPTIONS.reset(token)


def tesseract() -> str | None:
    """The path of the tesseract program, or None when OCR is not installed."""
    return shutil.which("tesseract")


def read_scanned_pdf(data: bytes) -> list:
    """The text of a PDF without a text layer, line by line; UnreadableDocument when it cannot be had."""
    import pypdfium2

    from tietovirta.importer.reading import Line

    options = _OPTIONS.get() or _Options()
    if not options.enabled:
        raise UnreadableDocument("pdf_no_text")
    program = tesseract()
    if program is None:
        raise UnreadableDocument("ocr_not_installed")
    deadline = time.monotonic() + OCR_SECONDS
    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError:
        raise UnreadableDocument("pdf_damaged") from None
    lines: list[Line] = []
    try:
        pages = len(pdf)
        if pages > MAX_OCR_PAGES:
            raise UnreadableDocument("ocr_too_many_pages", limit=MAX_OCR_PAGES)
        language = options.language if options.language in TESSERACT_LANGUAGES else None
        for number in range(pages):
            if options.progress:
                options.progress(number + 1, pages)
            image = _page_image(pdf, number)
            tsv = _recognise(program, image, _languages(language or "fi"), deadline)
            if language is None:  # the first page tells the language; read again if it is not Finnish
                language = detect_language(" ".join(line.text for line in _lines(tsv)))
                if language != "fi":
                    tsv = _recognise(program, image, _languages(language), deadline)
            lines.extend(_lines(tsv))
            del image
    finally:
        pdf.close()
    if not any(line.text.strip() for line in lines):
        raise UnreadableDocument("ocr_no_text")
    return lines


def _page_image(pdf, number: int) -> bytes:
    """Page `number` as a binary PGM image, at DPI or smaller if the page is large."""
    page = pdf[number]
    try:
        width, height = page.get_size()  # points, 1/72 inch
        scale = DPI / 72
        if width * height * scale * scale > MAX_PAGE_PIXELS:
            scale = (MAX_PAGE_PIXELS / max(width * height, 1.0)) ** 0.5
        bitmap = page.render(scale=scale, grayscale=True)
        image = bitmap.to_pil().convert("L")
        out = io.BytesIO()
        image.save(out, format="PPM")  # grey: PGM, which Tesseract reads without a decoder
        return out.getvalue()
    finally:
        page.close()


def _languages(first: str) -> str:
    """All three, the document's own first: "swe+fin+eng" for Swedish."""
    own = TESSERACT_LANGUAGES[first]
    return "+".join([own, *(t for t in TESSERACT_LANGUAGES.values() if t != own)])


def _recognise(program: str, image: bytes, languages: str, deadline: float) -> str:
    """Tesseract's TSV for one page image."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise UnreadableDocument("out_of_time", seconds=OCR_SECONDS)
    # One thread: the machine's cores serve other requests, and each OpenMP thread maps its own stacks.
    env = {"PATH": os.environ.get("PATH", "/usr/bin"), "OMP_THREAD_LIMIT": "1"}
    if "TESSDATA_PREFIX" in os.environ:  # language data installed elsewhere than Debian puts it
        env["TESSDATA_PREFIX"] = os.environ["TESSDATA_PREFIX"]
    try:
        done = subprocess.run(
            [program, "stdin", "stdout", "-l", languages, "--dpi", str(DPI), "--psm", "3", "tsv"],
            input=image,
            capture_output=True,
            timeout=left,
            env=env,
        )
    except subprocess.TimeoutExpired:  # run() has killed it
        raise UnreadableDocument("out_of_time", seconds=OCR_SECONDS) from None
    if done.returncode != 0:
        stderr = done.stderr.decode("utf-8", "replace")
        if "Failed loading language" in stderr or "Error opening data file" in stderr:
            raise UnreadableDocument("ocr_not_installed")
        if "std::bad_alloc" in stderr or done.returncode < 0:  # killed by a limit of the sandbox
            raise UnreadableDocument("stopped")
        raise UnreadableDocument("unexpected")
    return done.stdout.decode("utf-8", "replace")


@dataclass
class _OcrLine:
    words: list[str]
    top: int = 0
    bottom: int = 0
    height: int = 0  # of its tallest word


def _lines(tsv: str) -> list:
    """One page's words from Tesseract, grouped into its lines. A short line set larger than the rest is a
    heading; a short line after a wider gap than between lines of text may be one (a label), as a bold
    line would, unless it is the page's first or last: there stand running headers and footers."""
    from tietovirta.importer.reading import Line

    found: dict[tuple[str, str, str], _OcrLine] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        try:
            confident = float(row["conf"]) >= MIN_WORD_CONFIDENCE
            top, height = int(row["top"]), int(row["height"])
        except (KeyError, TypeError, ValueError):
            continue
        if row["level"] == "5" and text and confident and text != "|":  # "|": a dust streak at an edge
            line = found.setdefault((row["block_num"], row["par_num"], row["line_num"]), _OcrLine([], top))
            line.words.append(text)
            line.top, line.bottom = min(line.top, top), max(line.bottom, top + height)
            line.height = max(line.height, height)
    kept = [line for line in found.values() if any(c.isalnum() for word in line.words for c in word)]
    if not kept:
        return []
    usual = statistics.median(line.height for line in kept)
    gaps = [b.top - a.bottom for a, b in itertools.pairwise(kept)]
    leading = statistics.median([g for g in gaps if g > 0] or [0])
    lines = []
    for index, line in enumerate(kept):
        short = len(line.words) <= HEADING_WORDS and not line.words[-1].endswith((".", ",", ";"))
        gap_before = gaps[index - 1] if index else leading * HEADING_GAP
        hint = ""
        if short and line.height >= HEADING_HEIGHT * usual:
            hint = "heading"
        elif (
            short
            and 0 < index < len(kept) - 1
            and gap_before >= HEADING_GAP * leading
            and line.words[0][:1].isupper()
        ):
            hint = "label"
        lines.append(Line(" ".join(line.words), hint))
    return lines
