import argparse
import sys
from pathlib import Path

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="canonical JSON document (as written by 'tietovirta export')")
    parser.add_argument(
        "--force",
        action="store_true",
        help="load even if registers were changed after the document was exported",
    )


def run(args) -> int:
    from tietovirta.canonical.schema import DocumentError, parse_document
    from tietovirta.interchange import StaleDocument, load_document

    try:
        if args.file.stat().st_size > MAX_DOCUMENT_BYTES:
            print(
                f"tietovirta load: {args.file} is larger than {MAX_DOCUMENT_BYTES // 2**20} MB",
                file=sys.stderr,
            )
            return 2
        document = parse_document(args.file.read_bytes(), strict=True)
    except OSError as exc:
        print(f"tietovirta load: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    except DocumentError as exc:
        print(f"tietovirta load: {args.file} was not loaded; nothing was changed:", file=sys.stderr)
        for path, message in exc.problems:
            print(f"  {path or '(document)'}: {message}", file=sys.stderr)
        return 2
    try:
        summary = load_document(document, force=args.force)
    except StaleDocument as exc:
        print(f"tietovirta load: {args.file} was not loaded; nothing was changed: {exc}.", file=sys.stderr)
        print("  Export again and reapply your changes, or use --force to overwrite.", file=sys.stderr)
        return 2
    print(summary.describe())
    return 0
