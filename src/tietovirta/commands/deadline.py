"""`tietovirta deadline`: the legal deadlines, for scripts. No database needed.

    tietovirta deadline dsr 2026-03-06              → 2026-04-07 (Art. 12(3), 6.4.2026 is Easter Monday)
    tietovirta deadline dsr 2026-03-06 --extended   → 2026-06-08 (two further months)
    tietovirta deadline breach 2026-12-04T15:30     → 2026-12-07T15:30 (Art. 33(1), 72 hours)
"""

import argparse
import datetime as dt
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    kinds = parser.add_subparsers(dest="kind", metavar="KIND", required=True)
    dsr = kinds.add_parser(
        "dsr",
        help="last day to answer a data-subject request received on DATE (Art. 12(3))",
        description="The last day to answer a data-subject request (Art. 12(3)): one month from receipt, "
        "moved to the next working day from a weekend or a Finnish public holiday.",
    )
    dsr.add_argument("date", help="the day the request was received, e.g. 2026-03-06")
    dsr.add_argument("--extended", action="store_true", help="with the two-month extension")
    breach = kinds.add_parser(
        "breach",
        help="when the notification of a breach is due (Art. 33(1), 72 hours)",
        description="72 hours after becoming aware of a breach, on the Europe/Helsinki clock; "
        "the hours are not moved to working days.",
    )
    breach.add_argument(
        "aware_at", metavar="TIME", help="when the organisation became aware, e.g. 2026-12-04T15:30"
    )


def run(args) -> int:
    from tietovirta import deadlines

    try:
        if args.kind == "dsr":
            try:
                received = dt.date.fromisoformat(args.date.strip())
            except ValueError:
                raise ValueError(f"'{args.date}' is not a date such as 2026-03-06") from None
            print(deadlines.dsr_deadline(received, extended=args.extended).isoformat())
        else:
            aware_at = deadlines.parse_local_datetime(args.aware_at)
            print(deadlines.format_local(deadlines.breach_deadline(aware_at)))
    except ValueError as exc:
        print(f"tietovirta deadline: {exc}", file=sys.stderr)
        return 2
    return 0
