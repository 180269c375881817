"""The hostile uploads of issue 13, built on the spot: each is small to make and to keep.

    bzip2_docx()        a 1.8 kB Word file whose document.xml is BZIP2 with a forged declared size
    paragraphs_docx()   a ~290 kB Word file of hundreds of thousands of tiny paragraphs
    formatted_docx()    paragraphs of bold runs: within the reading's bounds, heavy all the same
    glyph_pdf()         PDFs whose content streams draw hundreds of thousands of glyphs, plain or
                        FlateDecode (2 MB, 15 MB, 367 kB on disk)
    big_text()          19 MB of plain text (under the 20 MB upload limit)
    utf16be_text()      a register document in UTF-16BE without a byte-order mark

`python tests/importer/hostile.py DIR` writes them all to DIR, for trying them by hand.
"""

from __future__ import annotations

import bz2
import io
import random
import struct
import sys
import zipfile
import zlib
from pathlib import Path

MB = 1024 * 1024

_W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    b"</Types>"
)
_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Target="word/document.xml" '
    b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
    b"</Relationships>"
)


def _zip(entries: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A ZIP of (name, stored payload, method, crc, declared size) entries, headers packed by hand
    (zipfile always writes the true sizes)."""
    body = io.BytesIO()
    central = []
    for name, payload, method, crc, size in entries:
        offset = body.tell()
        encoded = name.encode()
        body.write(
            struct.pack(
                "<4s5H3L2H", b"PK\x03\x04", 46, 0, method, 0, 0, crc, len(payload), size, len(encoded), 0
            )
        )
        body.write(encoded + payload)
        central.append((encoded, method, crc, len(payload), size, offset))
    start = body.tell()
    for encoded, method, crc, packed, size, offset in central:
        body.write(
            struct.pack(
                "<4s6H3L5H2L",
                b"PK\x01\x02",
                46,
                46,
                0,
                method,
                0,
                0,
                crc,
                packed,
                size,
                len(encoded),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + encoded
        )
    end = body.tell()
    body.write(
        struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(central), len(central), end - start, start, 0)
    )
    return body.getvalue()


def _stored(name: str, content: bytes) -> tuple[str, bytes, int, int, int]:
    return (name, content, zipfile.ZIP_STORED, zlib.crc32(content), len(content))


def bzip2_docx(unpacked: int = 1024 * MB) -> bytes:
    """document.xml is `unpacked` bytes of one letter, BZIP2-compressed (a kilobyte or two), declared
    as 1 000 bytes: what the archive says is small, what the stream holds is gigabytes."""
    packer = bz2.BZ2Compressor(9)
    head = b'<?xml version="1.0"?><w:document ' + _W + b"><w:body><w:p><w:r><w:t>"
    parts = [packer.compress(head)]
    chunk = b"a" * (64 * MB)
    for _ in range(unpacked // len(chunk)):
        parts.append(packer.compress(chunk))
    parts.append(packer.compress(b"</w:t></w:r></w:p></w:body></w:document>"))
    parts.append(packer.flush())
    payload = b"".join(parts)
    return _zip(
        [
            _stored("[Content_Types].xml", _CONTENT_TYPES),
            _stored("_rels/.rels", _RELS),
            ("word/document.xml", payload, zipfile.ZIP_BZIP2, 0, 1000),
        ]
    )


def paragraphs_docx(count: int = 240_000) -> bytes:
    """`count` paragraphs of one letter each, deflated: about 290 kB on disk."""
    words = random.Random(13)
    body = b"".join(
        b"<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % bytes(words.choices(b"abcdefghijklmnopqrstuvwxyz"))
        for _ in range(count)
    )
    document = b'<?xml version="1.0"?><w:document ' + _W + b"><w:body>" + body + b"</w:body></w:document>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def formatted_docx(count: int) -> bytes:
    """`count` paragraphs of three bold runs each: within the reading's bounds, yet heavy to read
    (python-docx keeps every element), for the tests of the process limits."""
    runs = b"".join(
        b'<w:r><w:rPr><w:b/><w:sz w:val="22"/><w:lang w:val="fi-FI"/></w:rPr><w:t>sana%d</w:t></w:r>' % i
        for i in range(3)
    )
    paragraph = b'<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>' + runs + b"</w:p>"
    document = (
        b'<?xml version="1.0"?><w:document '
        + _W
        + b"><w:body>"
        + paragraph * count
        + b"</w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def _pdf(streams: list[tuple[bytes, bytes]]) -> bytes:
    """One page per (stream dictionary entries, stream bytes)."""
    count = len(streams)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(count)), count),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i, (entries, content) in enumerate(streams):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents %d 0 R >>" % (5 + 2 * i)
        )
        objects.append(b"<< /Length %d %s >>\nstream\n%s\nendstream" % (len(content), entries, content))
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


def _glyphs(size: int, seed: int = 0) -> bytes:
    """A content stream of about `size` bytes drawing one glyph per `(x) Tj`, letters at random so
    that FlateDecode cannot shrink it to nothing."""
    letters = random.Random(seed).choices(b"abcdefghijklmnopqrstuvwxyz", k=size // 7)
    return b"BT /F1 12 Tf 72 700 Td " + b"".join(b"(%c) Tj " % c for c in letters) + b"ET"


def glyph_pdf(size: int, *, pages: int = 1, flate: bool = False) -> bytes:
    """`pages` pages whose content streams draw glyphs, `size` bytes of them in all (before FlateDecode)."""
    streams = []
    for page in range(pages):
        content = _glyphs(size // pages, page)
        streams.append((b"/Filter /FlateDecode", zlib.compress(content, 9)) if flate else (b"", content))
    return _pdf(streams)


def glyph_pdfs() -> dict[str, bytes]:
    """The three PDFs of the review: 2 MB and 15 MB of plain glyph streams, 367 kB of deflated ones."""
    return {
        "glyphs-2MB.pdf": glyph_pdf(2 * MB),
        "glyphs-15MB.pdf": glyph_pdf(15 * MB, pages=8),
        "glyphs-deflated-367kB.pdf": glyph_pdf(int(2.72 * MB), pages=2, flate=True),
    }


REGISTER_TEXT = (
    "Tietosuojaseloste\n\nRekisterinpitäjä\nTesti Oy, Mannerheimintie 1, 00100 Helsinki\n\n"
    "Rekisterin nimi\nAsiakasrekisteri\n\nHenkilötietojen käsittelyn tarkoitus\n"
    "Asiakassuhteen hoitaminen ja laskutus.\n\n"
)


def big_text(size: int = 19 * MB) -> bytes:
    """A register document followed by prose paragraphs up to `size` bytes of UTF-8."""
    prose = random.Random(16)
    words = [
        "asiakas",
        "tieto",
        "rekisteri",
        "käsittely",
        "sopimus",
        "henkilö",
        "palvelu",
        "laskutus",
        "tarkoitus",
        "peruste",
    ]
    paragraph = " ".join(prose.choices(words, k=120)) + ".\n\n"
    head = REGISTER_TEXT.encode()
    body = paragraph.encode() * ((size - len(head)) // len(paragraph.encode()))
    return head + body


def utf16be_text() -> bytes:
    return REGISTER_TEXT.encode("utf-16-be")


def all_files() -> dict[str, bytes]:
    return {
        "bzip2.docx": bzip2_docx(),
        "paragraphs.docx": paragraphs_docx(),
        **glyph_pdfs(),
        "big-19MB.txt": big_text(),
        "utf16be.txt": utf16be_text(),
    }


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in all_files().items():
        (folder / name).write_bytes(data)
        print(f"{name}: {len(data):,} bytes")
