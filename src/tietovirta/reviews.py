"""The review cycle: when a register is next due for review (pure dates, no database).

A register is reviewed every `review_interval_months` (default 12), counted from the later of its
last modification and its last "reviewed, no changes" mark. The `review-overdue` check, the
dashboard and `tietovirta reviews --due` all use this one rule.
"""

from __future__ import annotations

import calendar
import datetime as dt

DUE_SOON_DAYS = 30


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, or that month's last day."""
    years, month = divmod(day.month - 1 + months, 12)
    year = day.year + years
    return day.replace(year=year, month=month + 1, day=min(day.day, calendar.monthrange(year, month + 1)[1]))


def last_looked_at(modified: dt.datetime | dt.date | None, reviewed_on: dt.date | None) -> dt.date | None:
    modified_day = modified.date() if isinstance(modified, dt.datetime) else modified
    days = [d for d in (modified_day, reviewed_on) if d is not None]
    return max(days) if days else None


def review_due(
    modified: dt.datetime | dt.date | None, reviewed_on: dt.date | None, interval_months: int
) -> dt.date | None:
    base = last_looked_at(modified, reviewed_on)
    return add_months(base, interval_months) if base else None


def review_state(due: dt.date | None, today: dt.date) -> str:
    """ "overdue", "due" (within DUE_SOON_DAYS) or "ok"."""
    if due is None or due < today:
        return "overdue"
    return "due" if (due - today).days <= DUE_SOON_DAYS else "ok"
