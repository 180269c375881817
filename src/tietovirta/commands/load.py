import argparse
import sys
from pathlib import Path

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="canonical JSON document (as written by 'tietovirta export')")


def run(args) -> int:
    from tietovirta.canonical.schema import DocumentError, parse_document
    from tietovirta.interchange import load_document

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
    summary = load_document(document)
    print(summary.describe())
    return 0
