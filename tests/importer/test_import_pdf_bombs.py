"""PDF decompression bombs are refused while they unpack, in bounded memory, with a clear reason.

A PDF's streams may be compressed (FlateDecode, LZWDecode) or run-length coded, and pdfminer
unpacks each stream whole in memory: a few hundred kilobytes of FlateDecode become gigabytes. The
importer counts what one file's streams unpack to and stops at reading.MAX_PDF_UNPACKED_BYTES.

The bombs are real PDFs made here, their streams compressed piece by piece, so building one stays
light. Without the bound, the import in the test process would take gigabytes; the CLI test runs
under an address-space limit so that even then it would fail, not exhaust the machine.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import threading
import zlib
from collections.abc import Iterable
from pathlib import Path

import pytest
from django.urls import reverse

from tietovirta.importer import UnreadableDocument, import_bytes
from tietovirta.importer.reading import MAX_PDF_UNPACKED_BYTES

CORPUS = Path(__file__).parent / "corpus"
MB = 1024 * 1024
REFUSED = f"would unpack to more than {MAX_PDF_UNPACKED_BYTES // MB} MB"
ADDRESS_SPACE_LIMIT = 1536 * MB  # all the CLI may map; without the bound, the flate bomb fills any limit
MEMORY_BOUND_MB = 500  # as for the ZIP and XML bombs (test_import_bombs.py)


# --- building PDFs ---------------------------------------------------------------------------

TEXT = (  # three lines: a title, a heading and its value
    b"BT /F1 12 Tf 72 760 Td (Asiakasrekisteri) Tj 0 -20 Td (Rekisterinpit\xe4j\xe4) Tj "
    b"0 -20 Td (Testi Oy) Tj ET\n"
)
REPEATED = b"(a) Tj "  # one glyph: pdfminer makes ~2 kB of layout objects of each
BLANK = b" "  # nothing to lay out: a large stream that is quick to read


def pdf_with_pages(streams: Iterable[tuple[bytes, bytes]]) -> bytes:
    """A PDF with one page per (stream dictionary entries, stream bytes).

    Each stream is a form XObject that its page draws: the bounds on a page's own content (glyphs,
    bytes; tests/importer/test_import_hostile.py) then leave these tests to the bound on unpacking.
    """
    streams = list(streams)
    count = len(streams)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % (4 + 3 * i) for i in range(count)), count),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    draw = b"q /X0 Do Q"
    for i, (entries, content) in enumerate(streams):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> "
            b"/XObject << /X0 %d 0 R >> >> /Contents %d 0 R >>" % (6 + 3 * i, 5 + 3 * i)
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(draw), draw))
        objects.append(
            b"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Length %d %s >>\nstream\n%s\nendstream"
            % (len(content), entries, content)
        )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def deflated(size: int, unit: bytes = REPEATED, head: bytes = b"BT /F1 12 Tf 72 700 Td ") -> bytes:
    """FlateDecode of `head` and `unit` repeated to `size` bytes, compressed a megabyte at a time."""
    packer = zlib.compressobj(9)
    piece = unit * (MB // len(unit))
    parts = [packer.compress(head)]
    for _ in range(size // len(piece) + 1):
        parts.append(packer.compress(piece))
    parts.append(packer.flush())
    return b"".join(parts)


def flate_bomb(size: int = 300 * MB) -> bytes:
    return pdf_with_pages([(b"/Filter /FlateDecode", deflated(size))])


def lzw_bomb(size: int = 300 * MB) -> bytes:
    """LZWDecode of blanks: codes for ever longer runs of them, then the longest run again and again.

    Written for pdfminer's decoder, which widens its codes at table sizes 511, 1023 and 2047.
    """
    bits = [(256, 9), (BLANK[0], 9)]
    table, width, produced = 258, 9, 1
    while table < 4096:  # each code names the entry being made: a run one letter longer
        bits.append((table, width))
        produced += table - 256
        table += 1
        width += table in (511, 1023, 2047)
    longest = 4095 - 256
    bits += [(4095, 12)] * ((size - produced) // longest + 1)
    packed = "".join(format(code, f"0{code_width}b") for code, code_width in bits)
    packed += "0" * (-len(packed) % 8)
    return pdf_with_pages([(b"/Filter /LZWDecode", int(packed, 2).to_bytes(len(packed) // 8, "big"))])


def run_length_bomb(size: int = 300 * MB) -> bytes:
    """RunLengthDecode, no compression at all: two bytes make 128 (a 4.7 MB file, 300 MB unpacked)."""
    return pdf_with_pages([(b"/Filter /RunLengthDecode", b"\x81a" * (size // 128) + b"\x80")])


def fax_bomb() -> bytes:
    """CCITTFaxDecode: a one-bit code repeats the row above, and a row can be 100 million pixels wide."""
    return pdf_with_pages(
        [(b"/Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns 100000000 >>", b"\xff" * 1000)]
    )


def spread_bomb() -> bytes:
    """Each stream under the bound (blank, so quick to parse), together over it: the bound is per file."""
    one = deflated(MAX_PDF_UNPACKED_BYTES // 3 + MB, BLANK, TEXT)
    return pdf_with_pages([(b"/Filter /FlateDecode", one)] * 3)


def chained_bomb() -> bytes:
    """FlateDecode of FlateDecode: a 300 MB stream deflated twice, a few kilobytes on disk."""
    return pdf_with_pages([(b"/Filter [/FlateDecode /FlateDecode]", zlib.compress(deflated(300 * MB), 9))])


def text_pdf(entries: bytes = b"/Filter /FlateDecode", content: bytes = zlib.compress(TEXT)) -> bytes:
    return pdf_with_pages([(entries, content)])


# --- the bombs -------------------------------------------------------------------------------

BOMBS = {
    "flate": flate_bomb,
    "flate-twice": chained_bomb,
    "lzw": lzw_bomb,
    "run-length": run_length_bomb,
    "fax": fax_bomb,
    "spread-over-pages": spread_bomb,
}


def test_the_bombs_are_small_files():
    assert len(flate_bomb()) < MB and len(chained_bomb()) < 10_000 and len(lzw_bomb()) < 200_000
    inflater = zlib.decompressobj()
    inflated = len(inflater.decompress(deflated(300 * MB), MB))
    while not inflater.eof:  # a megabyte at a time: counted without holding 300 MB
        inflated += len(inflater.decompress(inflater.unconsumed_tail, MB))
    assert inflated > 300 * MB


@pytest.mark.parametrize("build", BOMBS.values(), ids=BOMBS.keys())
def test_bomb_is_refused_with_a_clear_reason(build):
    with pytest.raises(UnreadableDocument, match=REFUSED) as refused:
        import_bytes(build(), "bomb.pdf")
    assert "decompression bomb" in str(refused.value)


_CHILD = """
import sys
from tietovirta.cli import main

code = main(["import", sys.argv[1]])
# VmHWM starts afresh at exec (ru_maxrss would carry over the forking test process's peak).
hwm = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(int(hwm.split()[1]) / 1024)
sys.exit(code)
"""


def _limit_address_space() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_LIMIT, ADDRESS_SPACE_LIMIT))


def _cli_import(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)],
        capture_output=True,
        text=True,
        timeout=600,
        preexec_fn=_limit_address_space,
    )


@pytest.mark.parametrize("build", [flate_bomb, lzw_bomb], ids=["flate", "lzw"])
def test_cli_refuses_a_bomb_in_bounded_memory(tmp_path, build):
    path = tmp_path / "bomb.pdf"
    path.write_bytes(build())
    done = _cli_import(path)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"tietovirta import: {path}: The PDF {REFUSED}"), done.stderr
    assert "Traceback" not in done.stderr and "MemoryError" not in done.stderr
    assert float(done.stdout) < MEMORY_BOUND_MB, done.stdout


def test_cli_harness_imports_an_ordinary_pdf(tmp_path):
    # The harness itself: under the same limit a readable PDF imports, so the test above can fail.
    path = tmp_path / "ok.pdf"
    path.write_bytes((CORPUS / "fi_cafe_table.pdf").read_bytes())
    done = _cli_import(path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout[: done.stdout.rindex("}") + 1])["registers"]


def test_web_upload_shows_the_reason(owner_client, org, tmp_path):
    path = tmp_path / "bomb.pdf"
    path.write_bytes(flate_bomb())
    with path.open("rb") as handle:
        url = reverse("import", kwargs={"org_id": org.pk})
        response = owner_client.post(url, {"file": handle, "lang": "auto"})
    page = response.content.decode()
    assert response.status_code == 200
    # In the interface's language (Finnish until the user picks another).
    assert UnreadableDocument("pdf_bomb", mb=MAX_PDF_UNPACKED_BYTES // MB).message("fi") in page
    assert "purkupommi" in page and "Traceback" not in page


# --- what still reads ------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(path.name for path in CORPUS.glob("*.pdf")))
def test_corpus_pdf_still_imports(name):
    result = import_bytes((CORPUS / name).read_bytes(), name)
    assert result.detected_format == "pdf" and result.document.registers


@pytest.mark.parametrize(
    ("entries", "content"),
    [
        (b"/Filter /FlateDecode", zlib.compress(TEXT)),
        (b"/Filter /FlateDecode", deflated(MAX_PDF_UNPACKED_BYTES // 2, BLANK, TEXT)),  # under the bound
        (b"/Filter /FlateDecode", zlib.compress(TEXT)[:-4] + b"\0\0\0\0"),  # a wrong checksum
        (b"/Filter /FlateDecode", zlib.compress(TEXT + BLANK * 1000)[:-10]),  # cut short
        (b"/Filter /RunLengthDecode", bytes([len(TEXT) - 1]) + TEXT + b"\x80"),
        (b"", TEXT),
    ],
    ids=["flate", "flate-50MB", "flate-wrong-checksum", "flate-truncated", "run-length", "plain"],
)
def test_compressed_text_still_reads(entries, content):
    result = import_bytes(text_pdf(entries, content), "ok.pdf")
    assert "Testi Oy" in result.document.organization.name


def test_the_bound_is_per_import_and_per_thread():
    # A bomb read in one thread does not use up the bound of an ordinary PDF read beside it or after it.
    outcomes: dict[str, object] = {}

    def read(name: str, data: bytes) -> None:
        try:
            outcomes[name] = import_bytes(data, f"{name}.pdf").document.organization.name
        except UnreadableDocument as exc:
            outcomes[name] = str(exc)

    large = text_pdf(content=deflated(MAX_PDF_UNPACKED_BYTES * 2 // 3, BLANK, TEXT))
    threads = [threading.Thread(target=read, args=args) for args in (("bomb", spread_bomb()), ("ok", large))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert REFUSED in outcomes["bomb"] and "Testi Oy" in outcomes["ok"], outcomes
    assert "Testi Oy" in import_bytes(large, "again.pdf").document.organization.name
