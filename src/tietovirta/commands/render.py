import argparse
import sys
from pathlib import Path

from tietovirta.commands.load import MAX_DOCUMENT_BYTES
from tietovirta.language import DEFAULT_LANGUAGE, LANGUAGES


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "input", type=Path, help="canonical JSON document (as written by 'tietovirta export')"
    )
    parser.add_argument(
        "--doc",
        required=True,
        choices=["tietovirtakuvaus", "tietosuojaseloste", "seloste", "diagram", "riskiarvio"],
    )
    parser.add_argument(
        "--format", required=True, dest="fmt", choices=["html", "pdf", "docx", "md", "xlsx", "csv", "svg"]
    )
    parser.add_argument("--lang", default=DEFAULT_LANGUAGE, choices=LANGUAGES)
    parser.add_argument(
        "--register", help="register name or index (0 is the first); needed for one-register documents"
    )
    parser.add_argument("-o", "--output", type=Path, required=True, help="file to write")


def _register_index(document, wanted: str | None) -> int | None:
    if wanted is None:
        return None
    if wanted.isdigit():
        return int(wanted)
    for index, register in enumerate(document.registers):
        if register.name.casefold() == wanted.casefold():
            return index
    names = ", ".join(f"'{r.name}'" for r in document.registers) or "none"
    raise LookupError(f"no register named '{wanted}' (registers: {names})")


def run(args) -> int:
    from tietovirta.canonical.schema import DocumentError, parse_document
    from tietovirta.documents import RenderError, render

    try:
        if args.input.stat().st_size > MAX_DOCUMENT_BYTES:
            raise OSError(0, f"larger than {MAX_DOCUMENT_BYTES // 2**20} MB")
        document = parse_document(args.input.read_bytes(), strict=False)
        register = _register_index(document, args.register)
        if (
            register is None
            and args.doc in ("tietovirtakuvaus", "tietosuojaseloste", "riskiarvio")
            and len(document.registers) == 1
        ):
            register = 0
        content = render(document, kind=args.doc, fmt=args.fmt, lang=args.lang, register=register)
        args.output.write_bytes(content)
    except OSError as exc:
        print(f"tietovirta render: {args.input}: {exc.strerror}", file=sys.stderr)
        return 2
    except DocumentError as exc:
        print(f"tietovirta render: {args.input} is not a usable document: {exc}", file=sys.stderr)
        return 2
    except (RenderError, LookupError) as exc:
        print(f"tietovirta render: {exc.args[0]}", file=sys.stderr)
        return 2
    print(f"wrote {args.output}", file=sys.stderr)
    return 0
