"""`tietovirta requests`: data-subject requests and their deadlines for scripts, and the purge of expired
ones (a cron job can run `tietovirta requests --purge` every night)."""

import argparse
import json
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--due", action="store_true", help="only open requests due within 7 days or overdue")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument(
        "--purge",
        action="store_true",
        help="delete the requests whose retention has run out (closed more than REQUEST_RETENTION_YEARS "
        "ago, default 3; web-form requests never confirmed within 30 days), with their history",
    )


def _purge(args) -> int:
    from tietovirta.requests.services import purge

    purged = purge()
    rows = [
        {"organization": str(org), "organization_id": org.pk, "deleted": references}
        for org, references in purged
    ]
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for row in rows:
            print(f"{row['organization']}: deleted {len(row['deleted'])}: {', '.join(row['deleted'])}")
        if not rows:
            print("No request has expired.")
    return 0


def run(args) -> int:
    if args.purge:
        return _purge(args)
    from django.utils import timezone

    from tietovirta.requests.models import SubjectRequest
    from tietovirta.requests.services import due_requests

    today = timezone.localdate()
    rows = SubjectRequest.objects.select_related("organization").order_by("organization__name")
    rows = [
        {
            "organization": str(row.organization),
            "organization_id": row.organization_id,
            "business_id": row.organization.business_id,
            "reference": row.reference,
            "request_id": row.pk,
            "kinds": row.kinds,
            "received_on": row.received_on.isoformat(),
            "due_on": row.due_on.isoformat(),
            "extended": row.extension_notified_on is not None,
            "state": state,
        }
        for row, state in due_requests(rows, today, only_due=args.due)
    ]
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for row in rows:
            print(f"{row['due_on']}  {row['state']:<8} {row['organization']} / {row['reference']}")
        if not rows:
            print("No request is due." if args.due else "No open requests.")
    return 0
