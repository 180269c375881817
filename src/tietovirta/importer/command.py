"""`tietovirta import FILE [--format json|text] [--lang auto|fi|sv|en]`.

JSON (the canonical document) goes to stdout; warnings to stderr. Exit 0 when the file was
imported, 2 when it cannot be used (the reason on stderr).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any, TextIO

from tietovirta.importer import LANGUAGES, ImportResult, UnreadableDocument, read_file
from tietovirta.importer.sandbox import run_import

EXIT_OK = 0
EXIT_UNUSABLE = 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", help="a .txt, .md, .html, .pdf or .docx file (the type is read from the content)"
    )
    parser.add_argument(
        "--format",
        choices=("json", "text"),
        default="json",
        help="json: the canonical document; text: a readable summary with a confidence per field",
    )
    parser.add_argument(
        "--lang",
        choices=("auto", *LANGUAGES),
        default="auto",
        help="language of the document (default: detect)",
    )


def run(args: argparse.Namespace, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    try:
        # In a process of its own with memory and time limits, as every import (sandbox.py).
        result = run_import(read_file(args.file), os.path.basename(args.file), lang=args.lang)
    except UnreadableDocument as exc:
        print(f"tietovirta import: {args.file}: {exc}", file=stderr)
        return EXIT_UNUSABLE
    if args.format == "json":
        stdout.write(result.document.to_json())
        for warning in result.warnings:
            print(f"warning: {warning}", file=stderr)
    else:
        stdout.write(summary(result, args.file))
    return EXIT_OK


def _short(value: Any, width: int = 70) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def summary(result: ImportResult, filename: str = "") -> str:
    """Every imported value with its confidence, grouped by organisation and register."""
    doc = result.document
    lines = [
        f"{filename or 'document'}: {result.detected_format}, language {result.language}, "
        f"{len(doc.registers)} register(s), {len(doc.systems)} system(s), {len(doc.parties)} party(ies)",
        "",
    ]
    groups: list[tuple[str, int | None]] = [("Organisation, systems and parties", None)]
    groups += [(f"Register {i + 1}: {register.name}", i) for i, register in enumerate(doc.registers)]
    for title, index in groups:
        fields = [f for f in result.fields if f.register == index]
        lines.append(title)
        if not fields:
            lines.append("  (nothing found)")
        for f in fields:
            lines.append(f"  {f.field:<32} {f.confidence:>4.0%}  {_short(f.value)}")
        lines.append("")
    if result.warnings:
        lines.append("Warnings")
        lines.extend(f"  - {w}" for w in result.warnings)
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tietovirta import", description=__doc__.splitlines()[0])
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
