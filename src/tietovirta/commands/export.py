import argparse
import sys
import uuid
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("organization", nargs="?", help="organisation id, uuid or Y-tunnus")
    parser.add_argument("-o", "--output", type=Path, help="file to write (default: standard output)")
    parser.add_argument(
        "--all",
        type=Path,
        metavar="DIR",
        help="back up every organisation into DIR (documents plus members, history, notices)",
    )


def _matching(Organization, key: str):
    """The organisations `key` names: an id, a uuid, else a Y-tunnus (which several may share)."""
    if key.isdigit():
        return Organization.objects.filter(pk=int(key))
    try:
        return Organization.objects.filter(uuid=uuid.UUID(key))
    except ValueError:
        return Organization.objects.filter(business_id=key).order_by("pk")


def run(args) -> int:
    from tietovirta.audit.log import COMMAND_LINE, record
    from tietovirta.audit.models import Event
    from tietovirta.interchange import export_document
    from tietovirta.organizations.models import Organization

    if args.all:
        from tietovirta.backup import write_backup

        written = write_backup(args.all)
        record(Event.EXPORT, target=f"backup of {len(written) // 2} organisation(s)", actor=COMMAND_LINE)
        print(f"wrote {len(written)} files to {args.all}", file=sys.stderr)
        return 0
    if not args.organization:
        print(
            "tietovirta export: name an organisation (id, uuid or Y-tunnus), or use --all DIR",
            file=sys.stderr,
        )
        return 2
    key = args.organization.strip()
    found = list(_matching(Organization, key)[:20])
    if not found:
        print(f"tietovirta export: no organisation with id, uuid or Y-tunnus '{key}'", file=sys.stderr)
        return 2
    if len(found) > 1:
        # A Y-tunnus is data, not identity: several organisations may have typed the same one.
        print(
            f"tietovirta export: {len(found)} organisations have the Y-tunnus '{key}'; "
            "name one by its id or uuid:",
            file=sys.stderr,
        )
        for organization in found:
            print(f"  #{organization.pk}  {organization.uuid}  {organization}", file=sys.stderr)
        return 2
    organization = found[0]
    text = export_document(organization).to_json()
    record(Event.EXPORT, organization=organization, target="JSON", actor=COMMAND_LINE)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
        print(f"wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
