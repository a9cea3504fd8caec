"""Working days in England and in Wales: weekends, bank holidays and their substitute days,
and due times at the end of the local day across the clock changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import holidays
import pytest

from directwork.domain.policy import Region, Unit, Window
from directwork.domain.rules.workdays import (
    LONDON,
    add_working_days,
    bank_holidays,
    due_after,
    end_of_day,
    format_due,
    is_working_day,
    local_date,
    longest_working_span,
    no_later_than,
    working_days_between,
)

BOTH = pytest.mark.parametrize("region", [Region.ENGLAND, Region.WALES])


def london(y: int, m: int, d: int, hh: int = 10, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=LONDON)


def test_england_and_wales_share_their_bank_holidays_today() -> None:
    # What the holidays package gives: the two regions differ in no year. They stay separate
    # settings so that a Welsh bank holiday, if one is made, follows without a code change.
    for year in range(2020, 2036):
        assert bank_holidays(Region.ENGLAND, year) == bank_holidays(Region.WALES, year)
    # ...while Scotland, which the app does not serve, differs (2 January), so the
    # subdivision really is being passed.
    scotland = set(holidays.UK(subdiv="SCT", years=2026))
    assert date(2026, 1, 2) in scotland
    assert date(2026, 1, 2) not in bank_holidays(Region.ENGLAND, 2026)


@BOTH
@pytest.mark.parametrize("day", [
    date(2026, 4, 3),    # Good Friday
    date(2026, 4, 6),    # Easter Monday
    date(2026, 12, 25),  # Christmas Day (a Friday)
    date(2026, 12, 28),  # Boxing Day falls on Saturday: substitute Monday
    date(2027, 12, 27),  # Christmas Day falls on Saturday: substitute Monday
    date(2027, 12, 28),  # Boxing Day falls on Sunday: substitute Tuesday
    date(2027, 1, 1),    # New Year's Day
    date(2026, 5, 25),   # Spring bank holiday
])
def test_bank_holidays_are_not_working_days(region: Region, day: date) -> None:
    assert not is_working_day(day, region)


@BOTH
def test_weekends_are_not_working_days_and_ordinary_weekdays_are(region: Region) -> None:
    assert not is_working_day(date(2026, 3, 7), region)  # Saturday
    assert not is_working_day(date(2026, 3, 8), region)  # Sunday
    assert is_working_day(date(2026, 3, 9), region)      # Monday
    assert is_working_day(date(2026, 12, 29), region)    # Tuesday between Christmas and New Year


@BOTH
@pytest.mark.parametrize(("start", "n", "expected"), [
    (date(2026, 3, 5), 1, date(2026, 3, 6)),     # Thursday -> Friday
    (date(2026, 3, 6), 1, date(2026, 3, 9)),     # Friday -> Monday
    (date(2026, 3, 7), 1, date(2026, 3, 9)),     # Saturday -> Monday
    (date(2026, 3, 2), 5, date(2026, 3, 9)),     # Monday -> next Monday
    (date(2026, 4, 2), 1, date(2026, 4, 7)),     # Thursday before Easter -> Tuesday after
    (date(2026, 4, 2), 5, date(2026, 4, 13)),    # an arrest before Easter: review by the 13th
    (date(2027, 12, 24), 1, date(2027, 12, 29)), # Christmas Eve 2027 -> Wednesday 29th
    (date(2026, 12, 24), 2, date(2026, 12, 30)), # over Christmas and the Boxing Day substitute
    (date(2026, 4, 4), 0, date(2026, 4, 7)),     # zero days from Easter Saturday: next working day
    (date(2026, 3, 4), 0, date(2026, 3, 4)),
])
def test_add_working_days_skips_weekends_and_bank_holidays(region: Region, start: date, n: int,
                                                           expected: date) -> None:
    assert add_working_days(start, n, region) == expected


def test_working_days_between_counts_those_after_the_start() -> None:
    assert working_days_between(date(2026, 4, 2), date(2026, 4, 13), Region.ENGLAND) == 5
    assert working_days_between(date(2026, 4, 2), date(2026, 4, 2), Region.ENGLAND) == 0


def test_negative_working_days_are_refused() -> None:
    with pytest.raises(ValueError):
        add_working_days(date(2026, 3, 2), -1, Region.ENGLAND)


def test_hours_are_exact_elapsed_time_across_the_spring_clock_change() -> None:
    # Clocks go forward on Sunday 29 March 2026; 72 hours is still 72 hours.
    start = datetime(2026, 3, 27, 12, 0, tzinfo=UTC)
    assert due_after(start, Window(72, Unit.HOURS), Region.ENGLAND) == start + timedelta(hours=72)


@pytest.mark.parametrize("start", [london(2026, 3, 28, 12), london(2026, 10, 24, 12)])
def test_hours_from_a_london_zone_start_are_counted_in_utc(start: datetime) -> None:
    # Aware arithmetic in a zone with clock changes adds wall-clock time; the window must not.
    due = due_after(start, Window(24, Unit.HOURS), Region.ENGLAND)
    assert due.tzinfo is UTC
    assert (due - start).total_seconds() == 24 * 3600
    assert due == start.astimezone(UTC) + timedelta(hours=24)


@BOTH
def test_christmas_makes_one_working_day_five_calendar_days(region: Region) -> None:
    # Thu 24 Dec 2026: Christmas Day is a Friday, Boxing Day's substitute the Monday.
    assert add_working_days(date(2026, 12, 24), 1, region) == date(2026, 12, 29)
    assert longest_working_span(1, region) == 5


@pytest.mark.parametrize(("local", "limit", "ok"), [
    (Window(48, Unit.HOURS), Window(72, Unit.HOURS), True),
    (Window(73, Unit.HOURS), Window(72, Unit.HOURS), False),
    (Window(1, Unit.DAYS), Window(72, Unit.HOURS), True),   # at most 49 hours
    (Window(2, Unit.DAYS), Window(72, Unit.HOURS), False),  # up to 73 hours
    (Window(2, Unit.WORKING_DAYS), Window(72, Unit.HOURS), False),
    (Window(23, Unit.HOURS), Window(1, Unit.WORKING_DAYS), True),
    (Window(24, Unit.HOURS), Window(1, Unit.WORKING_DAYS), False),  # March loses an hour
    (Window(0, Unit.DAYS), Window(1, Unit.WORKING_DAYS), True),
    (Window(1, Unit.DAYS), Window(1, Unit.WORKING_DAYS), True),
    (Window(2, Unit.DAYS), Window(1, Unit.WORKING_DAYS), False),
    (Window(1, Unit.WORKING_DAYS), Window(7, Unit.DAYS), True),
    (Window(5, Unit.WORKING_DAYS), Window(7, Unit.DAYS), False),  # 11 days over Easter
    (Window(0, Unit.HOURS), Window(0, Unit.HOURS), True),
    (Window(1, Unit.HOURS), Window(0, Unit.HOURS), False),
])
def test_a_window_is_no_later_than_another_only_if_it_is_so_from_every_start(
        local: Window, limit: Window, ok: bool) -> None:
    assert no_later_than(local, limit, Region.ENGLAND) is ok


def test_working_days_end_at_midnight_london_time_in_summer_and_winter() -> None:
    # A referral on a Friday in summer: acknowledged by the end of Monday, 23:59:59 BST.
    summer = due_after(london(2026, 7, 3, 16), Window(1, Unit.WORKING_DAYS), Region.ENGLAND)
    assert summer == datetime(2026, 7, 6, 22, 59, 59, tzinfo=UTC)
    winter = due_after(london(2026, 1, 9, 16), Window(1, Unit.WORKING_DAYS), Region.WALES)
    assert winter == datetime(2026, 1, 12, 23, 59, 59, tzinfo=UTC)


def test_a_late_evening_in_summer_counts_as_that_london_day() -> None:
    # 23:30 UTC on Friday is already 00:30 BST on Saturday: the clock starts on the London date.
    saturday_early = datetime(2026, 7, 3, 23, 30, tzinfo=UTC)  # 00:30 BST Saturday
    assert local_date(saturday_early) == date(2026, 7, 4)
    due = due_after(saturday_early, Window(1, Unit.WORKING_DAYS), Region.ENGLAND)
    assert local_date(due) == date(2026, 7, 6)


def test_calendar_days_end_at_the_end_of_the_last_day() -> None:
    due = due_after(london(2026, 3, 2, 9), Window(14, Unit.DAYS), Region.ENGLAND)
    assert due == end_of_day(date(2026, 3, 16))


def test_a_time_without_a_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        due_after(datetime(2026, 3, 2, 9), Window(1, Unit.DAYS), Region.ENGLAND)


def test_due_times_read_in_london_time() -> None:
    assert format_due(end_of_day(date(2026, 3, 9))) == "Mon 9 Mar 2026"
    assert format_due(datetime(2026, 7, 6, 13, 30, tzinfo=UTC)) == "Mon 6 Jul 2026 14:30"
