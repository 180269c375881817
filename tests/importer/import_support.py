"""Builders for the importer tests: small files made on the spot, so each test shows its input."""

from __future__ import annotations

import io


def encrypted_pdf() -> bytes:
    """A one-page PDF with a Standard security handler whose user password is not empty."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -4 >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 4 0 R /ID [<%s><%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        b"ab" * 16,
        b"ab" * 16,
        xref,
    )
    return bytes(out)


def pdf_from_html(markup: str) -> bytes:
    import weasyprint

    return weasyprint.HTML(string=markup).write_pdf()


def docx_from(paragraphs: list[tuple[str, str | None]], table: list[tuple[str, str]] | None = None) -> bytes:
    """(text, style) paragraphs, then an optional two-column table."""
    import docx

    document = docx.Document()
    for text, style in paragraphs:
        document.add_paragraph(text, style=style)
    if table:
        grid = document.add_table(rows=0, cols=2)
        for left, right in table:
            cells = grid.add_row().cells
            cells[0].text, cells[1].text = left, right
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
