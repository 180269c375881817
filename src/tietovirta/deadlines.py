"""The deadlines the GDPR sets, counted as the law counts them. Pure dates: no database.

Data-subject requests (Art. 12(3)): one month from receipt, extendable by two further months.
Regulation 1182/71 as the EDPB applies it (Guidelines 01/2022, LEGAL.md §2): the period runs from
the day after receipt and ends on the same date of the next month; where that month has no such
date, on its last day; where that day is a Saturday, Sunday or a Finnish public holiday, at the end of
the next working day. The extended period is three months counted the same way from receipt (a
period of months runs from the event, Art. 3(2)(c) of 1182/71), so moving the first month's end
over a holiday does not push the extension later.

Finnish public holidays come from the `holidays` library. It counts juhannusaatto (Midsummer Eve)
and jouluaatto (Christmas Eve) as holidays; so do we: they are non-working days in practice, and the
Finnish act on counting periods (laki säädettyjen määräaikain laskemisesta 150/1930, 5 §) names both,
with vapunpäivä and itsenäisyyspäivä, as days on which a period ending moves to the next working day.

Breaches (Art. 33(1)): 72 hours from becoming aware, real elapsed hours, never moved to a working day.
Times are Europe/Helsinki wall clock; the arithmetic is done in UTC, so a deadline across a daylight
saving change is still 72 hours later (and shows an hour more or less on the wall clock).
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from zoneinfo import ZoneInfo

import holidays

from tietovirta.reviews import add_months

HELSINKI = ZoneInfo("Europe/Helsinki")
REQUEST_MONTHS = 1
EXTENSION_MONTHS = 2
BREACH_HOURS = 72
DUE_SOON_DAYS = 7

__all__ = [
    "BREACH_HOURS",
    "HELSINKI",
    "add_months",
    "breach_deadline",
    "deadline_state",
    "dsr_deadline",
    "format_local",
    "is_working_day",
    "local",
    "next_working_day",
    "non_working_reason",
    "parse_local_datetime",
    "today",
]


def today() -> dt.date:
    """Today in Finland, whatever the server's clock zone: every date the product keeps or counts from is
    a Finnish date (settings.TIME_ZONE is the same zone, so this is Django's `timezone.localdate()`
    where no Django is loaded). On a UTC server `date.today()` is yesterday from 22:00 or 21:00 on."""
    return dt.datetime.now(HELSINKI).date()


_HOLIDAY_LANGUAGE = {"fi": "fi", "sv": "sv_FI", "en": "en_US"}
_WEEKEND = {
    5: {"fi": "lauantai", "sv": "lördag", "en": "Saturday"},
    6: {"fi": "sunnuntai", "sv": "söndag", "en": "Sunday"},
}


@cache
def _finnish_holidays(year: int, lang: str) -> dict[dt.date, str]:
    return dict(holidays.Finland(years=year, language=_HOLIDAY_LANGUAGE[lang]))


def non_working_reason(day: dt.date, lang: str = "fi") -> str | None:
    """Why `day` is not a working day in Finland (the holiday's name, else the weekday), or None."""
    if name := _finnish_holidays(day.year, lang).get(day):
        return name
    weekend = _WEEKEND.get(day.weekday())
    return weekend[lang] if weekend else None


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _finnish_holidays(day.year, "fi")


def next_working_day(day: dt.date) -> dt.date:
    """`day` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def dsr_deadline(received: dt.date, *, extended: bool = False) -> dt.date:
    """The last day to answer a data-subject request received on `received` (Art. 12(3))."""
    months = REQUEST_MONTHS + (EXTENSION_MONTHS if extended else 0)
    return next_working_day(add_months(received, months))


def local(moment: dt.datetime) -> dt.datetime:
    """The moment on the Helsinki wall clock; a naive time is taken to be Helsinki wall clock already."""
    if moment.tzinfo is None:
        # fold=0: a time the autumn change repeats is the first (summer-time) one; a time the spring
        # change skips is read with the offset before the change, i.e. as the hour after the gap.
        return dt.datetime.fromtimestamp(moment.replace(tzinfo=HELSINKI).timestamp(), HELSINKI)
    return moment.astimezone(HELSINKI)


def breach_deadline(aware_at: dt.datetime) -> dt.datetime:
    """72 hours after the organisation became aware of a breach (Art. 33(1)), on the Helsinki clock."""
    # Adding a timedelta to an aware datetime adds wall-clock time in its zone; UTC adds real hours.
    utc = local(aware_at).astimezone(dt.UTC) + dt.timedelta(hours=BREACH_HOURS)
    return utc.astimezone(HELSINKI)


def parse_local_datetime(text: str) -> dt.datetime:
    """An ISO 8601 time such as 2026-12-04T15:30 (Helsinki wall clock) or 2026-12-04T13:30Z."""
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"'{text}' is not a time such as 2026-12-04T15:30") from None
    return local(moment)


def format_local(moment: dt.datetime) -> str:
    """Helsinki wall clock as 2026-12-07T15:30 (seconds only when there are any)."""
    moment = local(moment)
    return moment.strftime("%Y-%m-%dT%H:%M:%S" if moment.second else "%Y-%m-%dT%H:%M")


def deadline_state(due: dt.date, today: dt.date) -> str:
    """ "overdue" after the last day, "due" within DUE_SOON_DAYS of it, else "ok"."""
    if today > due:
        return "overdue"
    return "due" if (due - today).days <= DUE_SOON_DAYS else "ok"
