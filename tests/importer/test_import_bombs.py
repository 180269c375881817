"""Hostile uploads (ZIP and XML bombs, malformed PDFs) are refused with a clear reason, in bounded memory.

Each import runs in a child process that reports its own peak RSS, so the bound is that of the
import alone. The bound is generous (a memory bound, not a timing): an unchecked bomb needs
gigabytes.
"""

from __future__ import annotations

import io
import json
import random
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest
from import_support import docx_from, pdf_from_html

from tietovirta.importer import UnreadableDocument, import_bytes

MEMORY_BOUND_MB = 500
UNPACKED_MB = 250

_CHILD = """
import json, sys
from tietovirta.importer import UnreadableDocument, import_bytes

data = open(sys.argv[1], "rb").read()
try:
    import_bytes(data, sys.argv[1])
    outcome = {"error": None}
except UnreadableDocument as exc:
    outcome = {"error": str(exc)}
# VmHWM starts afresh at exec (ru_maxrss would carry over the forking test process's peak).
hwm = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
outcome["peak_mb"] = int(hwm.split()[1]) / 1024
print(json.dumps(outcome))
"""


def _import_in_child(tmp_path: Path, data: bytes) -> dict:
    path = tmp_path / "upload.bin"
    path.write_bytes(data)
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, check=True, timeout=600
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _word_parts() -> dict[str, bytes]:
    word_file = docx_from([("Asiakasrekisteri", "Title"), ("Rekisterinpitäjä", None)])
    archive = zipfile.ZipFile(io.BytesIO(word_file))
    return {name: archive.read(name) for name in archive.namelist()}


def _docx_with_document(write_document) -> bytes:
    """A real Word file whose word/document.xml is written by `write_document(stream)`."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, content in _word_parts().items():
            if name == "word/document.xml":
                with archive.open(name, "w", force_zip64=True) as stream:
                    write_document(stream)
            else:
                archive.writestr(name, content)
    return buffer.getvalue()


def _huge_document(stream) -> None:
    # 250 MB of one letter: compresses to a few hundred kilobytes.
    stream.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/')
    stream.write(b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>')
    chunk = b"a" * (1024 * 1024)
    for _ in range(UNPACKED_MB):
        stream.write(chunk)
    stream.write(b"</w:t></w:r></w:p></w:body></w:document>")


def _zip_bomb() -> bytes:
    return _docx_with_document(_huge_document)


def _lying_zip_bomb() -> bytes:
    """The same bomb, but its headers declare 1 000 bytes for the 250 MB part."""
    bomb = _docx_with_document(_huge_document)
    info = zipfile.ZipFile(io.BytesIO(bomb)).getinfo("word/document.xml")
    assert info.file_size > UNPACKED_MB * 1024 * 1024
    raw = bomb[info.header_offset :]
    name_length, extra_length = struct.unpack("<HH", raw[26:30])
    start = 30 + name_length + extra_length
    entry = zipfile.ZipInfo("word/document.xml")
    entry.compress_type = zipfile.ZIP_DEFLATED
    entry.CRC, entry.compress_size, entry.file_size = info.CRC, info.compress_size, 1000
    return _with_raw_entry(entry, raw[start : start + info.compress_size])


def _with_raw_entry(entry: zipfile.ZipInfo, payload: bytes) -> bytes:
    """A Word file whose document part is `payload`, already compressed, with the sizes `entry` declares.

    zipfile always writes true sizes, so the headers are packed by hand.
    """
    body = io.BytesIO()
    central = []
    for filename, content in _word_parts().items():
        if filename == entry.filename:
            continue
        info = zipfile.ZipInfo(filename)
        info.header_offset = body.tell()
        info.CRC = zlib.crc32(content)
        info.compress_size = info.file_size = len(content)
        body.write(info.FileHeader())
        body.write(content)
        central.append(info)
    entry.header_offset = body.tell()
    name = entry.filename.encode()
    body.write(
        struct.pack(
            "<4s5H3L2H",
            b"PK\x03\x04",
            20,
            0,
            entry.compress_type,
            0,
            0,
            entry.CRC,
            entry.compress_size,
            entry.file_size,
            len(name),
            0,
        )
        + name
    )
    body.write(payload)
    central.append(entry)
    directory_start = body.tell()
    for info in central:
        name = info.filename.encode()
        body.write(
            struct.pack(
                "<4s6H3L5H2L",
                b"PK\x01\x02",
                20,
                20,
                0,
                info.compress_type,
                0,
                0,
                info.CRC,
                info.compress_size,
                info.file_size,
                len(name),
                0,
                0,
                0,
                0,
                0,
                info.header_offset,
            )
            + name
        )
    directory_size = body.tell() - directory_start
    body.write(
        struct.pack(
            "<4s4H2LH", b"PK\x05\x06", 0, 0, len(central), len(central), directory_size, directory_start, 0
        )
    )
    return body.getvalue()


def _corrupt_deflate() -> bytes:
    """A document part whose compressed bytes are noise: zlib fails half-way, not zipfile."""
    noise = random.Random(2).randbytes(50_000)
    entry = zipfile.ZipInfo("word/document.xml")
    entry.compress_type = zipfile.ZIP_DEFLATED
    entry.CRC, entry.compress_size, entry.file_size = 0, len(noise), 200_000
    return _with_raw_entry(entry, noise)


def _billion_laughs() -> bytes:
    entities = ['<!ENTITY lol0 "lollollollollollollollollollol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    document = (
        '<?xml version="1.0"?><!DOCTYPE w:document [' + "".join(entities) + "]>"
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    return _docx_with_document(lambda stream: stream.write(document))


def _pdf() -> bytes:
    return pdf_from_html("<h1>Asiakasrekisteri</h1>" + "<p>Rekisterinpitäjä on Testi Oy.</p>" * 200)


def _random_pdf() -> bytes:
    return b"%PDF-1.7\n" + random.Random(1).randbytes(200_000)


def test_zip_bomb_is_small_on_disk():
    bomb = _zip_bomb()
    assert len(bomb) < 2 * 1024 * 1024
    assert zipfile.ZipFile(io.BytesIO(bomb)).getinfo("word/document.xml").file_size > 200 * 1024 * 1024


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (_zip_bomb, "would unpack to more than 100 MB"),
        (_lying_zip_bomb, "damaged"),
        (_corrupt_deflate, "damaged"),
        (_billion_laughs, "entity declarations"),
        (lambda: _pdf()[: len(_pdf()) // 2], "PDF is damaged"),
        (_random_pdf, "PDF is damaged"),
    ],
    ids=[
        "zip bomb",
        "zip bomb with lying sizes",
        "corrupt deflate stream",
        "billion laughs",
        "truncated pdf",
        "random pdf",
    ],
)
def test_hostile_upload_is_refused_in_bounded_memory(tmp_path, build, message):
    outcome = _import_in_child(tmp_path, build())
    assert outcome["error"] is not None and message in outcome["error"], outcome
    assert outcome["peak_mb"] < MEMORY_BOUND_MB, outcome


def test_billion_laughs_is_refused_in_process():
    with pytest.raises(UnreadableDocument, match="entity declarations"):
        import_bytes(_billion_laughs(), "laughs.docx")


def test_an_ordinary_word_file_still_reads():
    data = docx_from([("Asiakasrekisteri", "Title"), ("Rekisterinpitäjä", "Heading 2"), ("Testi Oy", None)])
    assert "Testi Oy" in json.dumps(import_bytes(data, "ok.docx").document.model_dump(mode="json"))


def test_child_reports_a_successful_import(tmp_path):
    # The harness itself: a readable file comes back without an error, so the assertions above can fail.
    outcome = _import_in_child(tmp_path, docx_from([("Asiakasrekisteri", "Title"), ("Testi Oy", None)]))
    assert outcome["error"] is None and 0 < outcome["peak_mb"] < MEMORY_BOUND_MB
