"""Dates in the interface language, for the practitioner's screens: the catalogue's long date
("2 March 2026", "2 Mawrth 2026", ``catalogue.long_date``) and the practice rules' short Welsh
day and month names. Numbers-only dates (02/03/2026) read the same in both languages."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from directwork.domain import catalogue
from directwork.gui.common.retranslate import interface_language

LONDON = ZoneInfo("Europe/London")
DAYS_CY = ("Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn",
           "Dydd Sul")
SHORT_MONTHS_CY = ("Ion", "Chwef", "Maw", "Ebr", "Mai", "Meh", "Gorff", "Awst", "Medi", "Hyd",
                   "Tach", "Rhag")


def long_day(day: date) -> str:
    """``2 March 2026`` or ``2 Mawrth 2026``."""
    return catalogue.long_date(day, interface_language())


def long_when(moment: datetime) -> str:
    """``Monday 2 March 2026, 10:30`` or ``Dydd Llun 2 Mawrth 2026, 10:30``, in London time."""
    local = moment.astimezone(LONDON)
    if interface_language() == "cy":
        return f"{DAYS_CY[local.weekday()]} {long_day(local.date())}, {local:%H:%M}"
    return f"{local:%A} {local.day} {local:%B %Y, %H:%M}"


def month_year(day: date) -> str:
    """``Mar 2026`` or ``Maw 2026`` (a chart's axis)."""
    if interface_language() == "cy":
        return f"{SHORT_MONTHS_CY[day.month - 1]} {day.year}"
    return day.strftime("%b %Y")
