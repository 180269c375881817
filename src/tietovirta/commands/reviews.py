"""`tietovirta reviews`: registers and their next review date, for scripts (a cron job can mail them)."""

import argparse
import json
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--due", action="store_true", help="only registers overdue or due within 30 days")
    parser.add_argument("--format", choices=["text", "json"], default="text")


def run(args) -> int:
    from django.utils import timezone

    from tietovirta.registers.models import Register

    today = timezone.localdate()
    rows = []
    for register in (
        Register.objects.active().select_related("organization").order_by("organization__name", "id")
    ):
        state = register.review_state(today)
        if args.due and state == "ok":
            continue
        rows.append(
            {
                "organization": str(register.organization),
                "organization_id": register.organization_id,
                "business_id": register.organization.business_id,
                "register": register.name,
                "register_id": register.pk,
                "review_due": register.review_due.isoformat() if register.review_due else None,
                "state": state,
            }
        )
    rows.sort(key=lambda row: row["review_due"] or "")
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for row in rows:
            print(f"{row['review_due']}  {row['state']:<8} {row['organization']} / {row['register']}")
        if not rows:
            print("No register is due for review." if args.due else "No registers.")
    return 0
