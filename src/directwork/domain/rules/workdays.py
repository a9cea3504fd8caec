"""Working days and due times, in Europe/London, with the bank holidays of England or Wales.

Every due time is an aware UTC datetime (what the vault stores). Windows in hours are exact
elapsed time, counted in UTC whatever zone the start is given in (a London-zone start plus 72
hours across a clock change is still 72 hours); windows in days or working days end at the end
of the last day, local time, so that "within 5 working days" means what a practitioner means by
it, across clock changes too.
"""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays

from directwork.domain.policy import Region, Unit, Window

LONDON = ZoneInfo("Europe/London")

# England and Wales share their bank holidays today (the `holidays` package's UK subdivisions
# ENG and WLS); they are kept apart so that a Welsh bank holiday, if one is made, follows.
_SUBDIVISION = {Region.ENGLAND: "ENG", Region.WALES: "WLS"}


@functools.lru_cache(maxsize=64)
def bank_holidays(region: Region, year: int) -> frozenset[date]:
    """The bank holidays of ``region`` in ``year`` (substitute days included)."""
    return frozenset(_uk_holidays(region, year).keys())


def bank_holiday_name(day: date, region: Region) -> str | None:
    return _uk_holidays(region, day.year).get(day)


def _uk_holidays(region: Region, year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("GB", subdiv=_SUBDIVISION[Region(region)], years=year)


def is_working_day(day: date, region: Region) -> bool:
    return day.weekday() < 5 and day not in bank_holidays(region, day.year)


def add_working_days(day: date, n: int, region: Region) -> date:
    """The ``n``th working day after ``day`` (``day`` itself does not count). With ``n`` = 0,
    ``day`` if it is a working day, else the next one."""
    if n < 0:
        raise ValueError("a number of working days cannot be negative")
    current = day
    if n == 0:
        while not is_working_day(current, region):
            current += timedelta(days=1)
        return current
    while n:
        current += timedelta(days=1)
        if is_working_day(current, region):
            n -= 1
    return current


def working_days_between(start: date, end: date, region: Region) -> int:
    """How many working days come after ``start`` up to and including ``end`` (0 if none)."""
    count, current = 0, start
    while current < end:
        current += timedelta(days=1)
        if is_working_day(current, region):
            count += 1
    return count


def local_date(moment: datetime) -> date:
    """The calendar date of ``moment`` in Europe/London."""
    _require_aware(moment)
    return moment.astimezone(LONDON).date()


def end_of_day(day: date) -> datetime:
    """The last second of ``day`` in Europe/London, as UTC."""
    return datetime.combine(day, time(23, 59, 59), tzinfo=LONDON).astimezone(UTC)


def due_after(start: datetime, window: Window, region: Region) -> datetime:
    """When a clock that started at ``start`` runs out."""
    _require_aware(start)
    if window.unit is Unit.HOURS:
        # In UTC: aware arithmetic in a zone with clock changes adds wall-clock time.
        return start.astimezone(UTC) + timedelta(hours=window.amount)
    day = local_date(start)
    if window.unit is Unit.DAYS:
        return end_of_day(day + timedelta(days=window.amount))
    return end_of_day(add_working_days(day, window.amount, region))


# The years over which "no later than" is checked for every possible start: wide enough to
# hold every arrangement of weekends, Easter and Christmas the calendar repeats.
_SPAN_YEARS = range(2020, 2046)


@functools.lru_cache(maxsize=256)
def longest_working_span(n: int, region: Region) -> int:
    """The most calendar days ``n`` working days can take, over every start day in
    2020-2045 (Christmas and Easter included)."""
    first, last = date(_SPAN_YEARS[0], 1, 1), date(_SPAN_YEARS[-1], 12, 31)
    longest, day = 0, first
    while day <= last:
        longest = max(longest, (add_working_days(day, n, region) - day).days)
        day += timedelta(days=1)
    return longest


def no_later_than(local: Window, limit: Window, region: Region) -> bool:
    """Whether a clock of ``local`` always runs out no later than one of ``limit`` started at
    the same moment, whatever that moment (day of the week, bank holidays, clock changes).

    Across units this is judged at the worst start: hours against days are compared from a
    start just before midnight, days against hours from just after it, and working days by the
    longest stretch of calendar days they can take."""
    if local.immediate:
        return True
    if limit.immediate:
        return False
    if local.unit is limit.unit:
        return local.amount <= limit.amount
    hour = 1  # a clock change can take an hour from a day, or add one
    if local.unit is Unit.HOURS:
        # limit in days or working days: from 23:59:59, n of them is n days (an hour less in
        # March).
        return local.amount <= 24 * limit.amount - hour
    if limit.unit is Unit.HOURS:
        days = (local.amount if local.unit is Unit.DAYS
                else longest_working_span(local.amount, region))
        # From 00:00, to the end of the last day: (days + 1) x 24 hours (an hour more in October).
        return (days + 1) * 24 + hour <= limit.amount
    if local.unit is Unit.DAYS:  # limit in working days: never fewer calendar days
        return local.amount <= limit.amount
    # local in working days, limit in calendar days
    return longest_working_span(local.amount, region) <= limit.amount


def _require_aware(moment: datetime) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("a time without a time zone cannot be placed on the clock")


def format_day(day: date) -> str:
    """``Mon 9 Mar 2026`` (portable: no platform-specific strftime flags)."""
    return f"{day:%a} {day.day} {day:%b %Y}"


def format_due(moment: datetime, *, all_day: bool = False) -> str:
    """A due time as a practitioner reads it, in Europe/London: ``Mon 9 Mar 2026`` for a
    deadline at the end of a day, else ``Mon 9 Mar 2026 14:30``."""
    local = moment.astimezone(LONDON)
    if all_day or (local.hour, local.minute, local.second) == (23, 59, 59):
        return format_day(local.date())
    return f"{format_day(local.date())} {local:%H:%M}"
