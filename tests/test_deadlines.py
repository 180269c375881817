"""The deadlines the law sets: Art. 12(3) months (Regulation 1182/71 as the EDPB applies it) and the
72 hours of Art. 33(1), counted in Europe/Helsinki time. Pure dates, no database."""

import datetime as dt

import pytest

from tietovirta import deadlines
from tietovirta.deadlines import HELSINKI, breach_deadline, dsr_deadline, non_working_reason

D = dt.date


def test_the_issue_example_moves_past_easter_monday():
    assert dsr_deadline(D(2026, 3, 6)) == D(2026, 4, 7)
    assert non_working_reason(D(2026, 4, 6), "en") == "Easter Monday"


def test_same_date_next_month():
    assert dsr_deadline(D(2026, 3, 9)) == D(2026, 4, 9)  # the EDPB's example: 9 March → 9 April
    assert dsr_deadline(D(2026, 9, 15)) == D(2026, 10, 15)
    assert dsr_deadline(D(2026, 12, 15)) == D(2027, 1, 15)  # over the year end


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (D(2025, 1, 31), D(2025, 2, 28)),  # no 31 February: the month's last day (a Friday)
        (D(2025, 1, 29), D(2025, 2, 28)),
        (D(2025, 3, 31), D(2025, 4, 30)),  # no 31 April
        (D(2025, 8, 31), D(2025, 9, 30)),
        (D(2025, 2, 28), D(2025, 3, 28)),  # the last of February is not "the last day of the month" rule
    ],
)
def test_month_ends(received, due):
    assert dsr_deadline(received) == due


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (D(2028, 1, 31), D(2028, 2, 29)),  # leap year: 29 February exists (a Tuesday)
        (D(2028, 1, 29), D(2028, 2, 29)),
        (D(2028, 2, 29), D(2028, 3, 29)),  # received on the leap day itself
        (D(2027, 1, 31), D(2027, 3, 1)),  # 28 February 2027 is a Sunday
        # Leap day 2024 + one month is Good Friday 29.3.2024; Easter weekend and Monday follow.
        (D(2024, 2, 29), D(2024, 4, 2)),
    ],
)
def test_leap_years(received, due):
    assert dsr_deadline(received) == due


def test_weekends_move_to_monday():
    assert dsr_deadline(D(2026, 2, 7)) == D(2026, 3, 9)  # 7.3.2026 is a Saturday
    assert dsr_deadline(D(2026, 2, 8)) == D(2026, 3, 9)  # 8.3.2026 is a Sunday
    assert dsr_deadline(D(2026, 2, 6)) == D(2026, 3, 6)  # a Friday stays


@pytest.mark.parametrize(
    ("received", "due", "holiday"),
    [
        (D(2026, 12, 1), D(2027, 1, 4), "New Year's Day"),  # Fri 1.1.2027, then the weekend
        (D(2025, 12, 6), D(2026, 1, 7), "Epiphany"),  # Tue 6.1.2026
        (D(2026, 3, 3), D(2026, 4, 7), "Good Friday"),  # Fri 3.4., Easter Sunday, Easter Monday
        (D(2026, 3, 6), D(2026, 4, 7), "Easter Monday"),
        (D(2026, 4, 1), D(2026, 5, 4), "May Day"),  # Fri 1.5.2026
        (D(2026, 4, 14), D(2026, 5, 15), "Ascension Day"),  # Thu 14.5.2026
        (D(2026, 5, 19), D(2026, 6, 22), "Midsummer Eve"),  # Fri 19.6., Midsummer Day Sat 20.6.
        (D(2027, 11, 6), D(2027, 12, 7), "Independence Day"),  # Mon 6.12.2027
        (D(2026, 11, 24), D(2026, 12, 28), "Christmas Eve"),  # Thu 24.12., Fri 25.12., Sat 26.12.
        (D(2025, 11, 25), D(2025, 12, 29), "Christmas Day"),  # Thu 25.12.2025, Fri 26.12.
        (D(2025, 11, 26), D(2025, 12, 29), "Second Day of Christmas"),  # Boxing Day, Fri 26.12.2025
    ],
)
def test_every_finnish_public_holiday_on_a_weekday_moves_the_deadline(received, due, holiday):
    first = deadlines.add_months(received, 1)
    assert non_working_reason(first, "en") == holiday
    assert dsr_deadline(received) == due


def test_holidays_that_fall_on_weekends_are_named_as_holidays():
    # All Saints' Day and Midsummer Day are always Saturdays, Pentecost a Sunday: the holiday is the reason.
    assert non_working_reason(D(2026, 10, 31), "en") == "All Saints' Day"
    assert non_working_reason(D(2026, 6, 20), "fi") == "Juhannuspäivä"
    assert non_working_reason(D(2026, 6, 19), "sv") == "Midsommarafton"
    assert non_working_reason(D(2026, 10, 30)) is None  # the Friday before All Saints' Day


def test_every_kind_of_finnish_holiday_is_known():
    names = {non_working_reason(day, "en") for day in (D(2026, 1, 1) + dt.timedelta(n) for n in range(365))}
    expected = {
        "New Year's Day", "Epiphany", "Good Friday", "Easter Sunday", "Easter Monday", "May Day",
        "Ascension Day", "Pentecost", "Midsummer Eve", "Midsummer Day", "All Saints' Day",
        "Independence Day", "Christmas Eve", "Christmas Day", "Second Day of Christmas",
    }
    assert expected <= names


def test_ordinary_days_are_working_days():
    assert deadlines.is_working_day(D(2026, 4, 7))
    assert not deadlines.is_working_day(D(2026, 4, 6))
    assert not deadlines.is_working_day(D(2026, 3, 7))
    assert deadlines.next_working_day(D(2026, 4, 3)) == D(2026, 4, 7)
    assert deadlines.next_working_day(D(2026, 4, 7)) == D(2026, 4, 7)


def test_extension_adds_two_further_months_counted_from_receipt():
    assert dsr_deadline(D(2026, 3, 6), extended=True) == D(2026, 6, 8)  # 6.6.2026 is a Saturday
    # The first month's end was moved to 7.4. by Easter; the extended period still runs from receipt.
    assert dsr_deadline(D(2026, 3, 3), extended=True) == D(2026, 6, 3)
    assert dsr_deadline(D(2026, 1, 31), extended=True) == D(2026, 4, 30)
    assert dsr_deadline(D(2025, 11, 30), extended=True) == D(2026, 3, 2)  # 28.2.2026 Sat → Mon 2.3.


def test_breach_deadline_is_72_hours_not_moved_to_working_days():
    aware = dt.datetime(2026, 12, 4, 15, 30, tzinfo=HELSINKI)
    assert breach_deadline(aware) == dt.datetime(2026, 12, 7, 15, 30, tzinfo=HELSINKI)
    # Thursday + 72 h is Sunday 6.12., Independence Day: the hours run on regardless.
    thursday = dt.datetime(2026, 12, 3, 10, 0, tzinfo=HELSINKI)
    assert breach_deadline(thursday) == dt.datetime(2026, 12, 6, 10, 0, tzinfo=HELSINKI)


def test_breach_deadline_across_the_spring_dst_change_is_72_real_hours():
    # Clocks go from 03:00 EET to 04:00 EEST on 29.3.2026: 72 hours later the wall clock shows 13:00.
    aware = dt.datetime(2026, 3, 27, 12, 0, tzinfo=HELSINKI)
    due = breach_deadline(aware)
    assert (due.date(), due.hour, due.minute) == (D(2026, 3, 30), 13, 0)
    assert due.utcoffset() == dt.timedelta(hours=3)
    assert due.astimezone(dt.UTC) - aware.astimezone(dt.UTC) == dt.timedelta(hours=72)


def test_breach_deadline_across_the_autumn_dst_change_is_72_real_hours():
    # Clocks go back from 04:00 EEST to 03:00 EET on 25.10.2026.
    aware = dt.datetime(2026, 10, 23, 12, 0, tzinfo=HELSINKI)
    due = breach_deadline(aware)
    assert (due.date(), due.hour) == (D(2026, 10, 26), 11)
    assert due.utcoffset() == dt.timedelta(hours=2)
    assert due.astimezone(dt.UTC) - aware.astimezone(dt.UTC) == dt.timedelta(hours=72)


def test_naive_and_other_zone_times_are_read_as_helsinki_wall_clock_or_converted():
    naive = dt.datetime(2026, 12, 4, 15, 30)
    assert breach_deadline(naive) == dt.datetime(2026, 12, 7, 15, 30, tzinfo=HELSINKI)
    utc = dt.datetime(2026, 12, 4, 13, 30, tzinfo=dt.UTC)
    due = breach_deadline(utc)
    assert due.tzinfo is HELSINKI and (due.day, due.hour, due.minute) == (7, 15, 30)


def test_wall_clock_times_in_the_dst_changes_are_parsed_sensibly():
    # 03:30 on 25.10.2026 happens twice: the first (summer time) is meant.
    first = deadlines.parse_local_datetime("2026-10-25T03:30")
    assert first.utcoffset() == dt.timedelta(hours=3)
    # 03:30 on 29.3.2026 never happened: the clock jumped from 03:00 to 04:00; read it as 04:30.
    gap = deadlines.parse_local_datetime("2026-03-29T03:30")
    assert (gap.hour, gap.minute, gap.utcoffset()) == (4, 30, dt.timedelta(hours=3))
    assert deadlines.parse_local_datetime("2026-12-04T13:30Z").hour == 15
    with pytest.raises(ValueError):
        deadlines.parse_local_datetime("4.12.2026 klo 15")


def test_format_local_datetime_is_minutes_unless_seconds_matter():
    due = breach_deadline(deadlines.parse_local_datetime("2026-12-04T15:30"))
    assert deadlines.format_local(due) == "2026-12-07T15:30"
    assert deadlines.format_local(dt.datetime(2026, 1, 1, 10, 0, 5, tzinfo=HELSINKI)) == "2026-01-01T10:00:05"


def test_request_state():
    due = D(2026, 4, 7)
    assert deadlines.deadline_state(due, D(2026, 4, 8)) == "overdue"
    assert deadlines.deadline_state(due, D(2026, 4, 7)) == "due"
    assert deadlines.deadline_state(due, D(2026, 3, 31)) == "due"
    assert deadlines.deadline_state(due, D(2026, 3, 30)) == "ok"


@pytest.mark.parametrize(
    ("utc", "finnish_date"),
    [
        (dt.datetime(2026, 12, 3, 21, 59, tzinfo=dt.UTC), D(2026, 12, 3)),  # 23:59 in Helsinki (UTC+2)
        (dt.datetime(2026, 12, 3, 22, 30, tzinfo=dt.UTC), D(2026, 12, 4)),  # 00:30 the next day
        (dt.datetime(2026, 7, 1, 21, 30, tzinfo=dt.UTC), D(2026, 7, 2)),  # summer time: UTC+3
    ],
)
def test_today_is_the_date_in_finland_whatever_the_servers_clock_zone(clock_at, utc, finnish_date):
    clock_at(utc)
    assert deadlines.today() == finnish_date
