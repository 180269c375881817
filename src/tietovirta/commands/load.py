import argparse
import sys
from pathlib import Path

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        type=Path,
        help="canonical JSON document (from 'tietovirta export'), or a backup directory (export --all)",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="load even if registers were changed after the document was exported",
    )


def _fail(path: Path, message: str) -> int:
    print(f"tietovirta load: {path} was not loaded; nothing was changed: {message}", file=sys.stderr)
    return 2


def run(args) -> int:
    from tietovirta.backup import AUDIT_FILE, backup_files, restore_audit_log, restore_file
    from tietovirta.canonical.schema import DocumentError
    from tietovirta.interchange import StaleDocument

    try:
        files = backup_files(args.file)
        for path in files:
            if path.stat().st_size > MAX_DOCUMENT_BYTES:
                return _fail(path, f"larger than {MAX_DOCUMENT_BYTES // 2**20} MB")
    except OSError as exc:
        print(f"tietovirta load: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    if not files:
        print(f"tietovirta load: no documents (*.json) in {args.file}", file=sys.stderr)
        return 2
    failed = 0
    created = 0
    for path in files:  # each file is its own transaction: one bad file does not undo the others
        try:
            summary = restore_file(path, force=args.force)
            created += summary.created
            print(summary.describe())
        except OSError as exc:
            failed += _fail(path, exc.strerror or str(exc))
        except DocumentError as exc:
            failed += _fail(path, "")
            for where, message in exc.problems:
                print(f"  {where or '(document)'}: {message}", file=sys.stderr)
        except StaleDocument as exc:
            failed += _fail(path, f"{exc}.")
            print("  Export again and reapply your changes, or use --force to overwrite.", file=sys.stderr)
    audit = args.file / AUDIT_FILE if args.file.is_dir() else None
    if audit is not None and audit.exists():
        # The audit log is append-only: it is written again only by the restore that created every
        # organisation of the backup, so loading a backup twice (or over live data) adds nothing.
        if created == len(files):
            print(f"restored {restore_audit_log(audit)} audit log entries (marked as restored)")
        else:
            print(
                f"tietovirta load: the audit log in {audit} was not restored: only a load that creates "
                "every organisation of the backup (into an empty database) restores it",
                file=sys.stderr,
            )
    return 2 if failed else 0
