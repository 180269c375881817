"""File → canonical draft: read a register document (txt, md, html, pdf, docx) into the canonical format.

    result = import_file("tietosuojaseloste.pdf")
    result.document      # OrganizationDocument, one register per register found
    result.fields        # every value with its confidence and source text
    result.warnings      # what the user should check

Anything that cannot be imported raises `UnreadableDocument` with a message for the user.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from tietovirta.canonical.schema import OrganizationDocument
from tietovirta.importer.document import read_document
from tietovirta.importer.extract import FieldResult, extract
from tietovirta.importer.reading import MAX_BYTES, SourceFormat, UnreadableDocument
from tietovirta.importer.values import LITERAL_MARKUP, detect_language

LANGUAGES = ("fi", "sv", "en")


@dataclass
class ImportResult:
    document: OrganizationDocument
    fields: list[FieldResult]
    warnings: list[str] = field(default_factory=list)
    detected_format: str = ""
    language: str = "fi"
    # Values the importer found but is not sure enough of to fill in: offered on the review page.
    suggestions: list[FieldResult] = field(default_factory=list)


def import_bytes(data: bytes, filename: str = "", lang: str = "auto") -> ImportResult:
    """Import one file's content. `lang` is "auto" or one of fi/sv/en (names of categories, defaults)."""
    if lang != "auto" and lang not in LANGUAGES:
        raise ValueError(f"lang must be 'auto' or one of {', '.join(LANGUAGES)}")
    source_format, blocks, encoding = read_document(data, filename)
    warnings: list[str] = []
    if encoding in ("cp1252", "latin-1"):
        warnings.append(f"The text was not UTF-8; it was decoded as {encoding}.")
    if lang == "auto":
        lang = detect_language("\n".join(b.full_text() for b in blocks.blocks))
    token = LITERAL_MARKUP.set(source_format in (SourceFormat.TEXT, SourceFormat.MARKDOWN))
    try:
        document, fields, suggestions = extract(blocks, lang, warnings)
    finally:
        LITERAL_MARKUP.reset(token)
    return ImportResult(document, fields, warnings, source_format.value, lang, suggestions)


def import_file(path: str | os.PathLike[str], lang: str = "auto") -> ImportResult:
    """Import a file from disk; a file over the size limit is refused before it is read."""
    return import_bytes(read_file(path), os.path.basename(os.fspath(path)), lang)


def read_file(path: str | os.PathLike[str]) -> bytes:
    """A file's bytes, or UnreadableDocument if it is missing, unreadable or over the size limit."""
    try:
        if os.stat(path).st_size > MAX_BYTES:
            raise UnreadableDocument("too_large", mb=MAX_BYTES // 2**20)
        with open(path, "rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise UnreadableDocument("no_such_file", path=os.fspath(path)) from None
    except IsADirectoryError:
        raise UnreadableDocument("is_directory", path=os.fspath(path)) from None
    except PermissionError:
        raise UnreadableDocument("no_permission", path=os.fspath(path)) from None


__all__ = [
    "MAX_BYTES",
    "FieldResult",
    "ImportResult",
    "SourceFormat",
    "UnreadableDocument",
    "import_bytes",
    "import_file",
    "read_file",
]
