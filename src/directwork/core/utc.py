"""UTC times as text: one form for the vault, the hub and both audit chains.

The form is ISO 8601 in UTC with microseconds and a ``Z`` (``2026-01-31T09:00:00.000000Z``).
Every stored time has the same width, so text order is time order, which the indexes of both
databases rely on. A naive datetime is refused: without its offset it could be any of several
moments, and a wrong time on a safety record is worse than none.
"""

from __future__ import annotations

from datetime import UTC, datetime


class NaiveDateTimeError(ValueError):
    """A datetime without a timezone, where only an exact moment will do."""


def utc_text(value: datetime) -> str:
    """``value`` as fixed-width UTC text; raises NaiveDateTimeError for a naive datetime."""
    if value.tzinfo is None:
        raise NaiveDateTimeError("a time without its timezone cannot be stored: "
                                 "every time in directwork is timezone-aware")
    return value.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def from_utc_text(text: str) -> datetime:
    """The aware UTC datetime that ``utc_text`` wrote (a ``ValueError`` for anything else)."""
    # fromisoformat reads this form (and its "Z") several times faster than strptime, which
    # matters when a caseload's dates are read for the practice check.
    value = datetime.fromisoformat(text)
    if value.tzinfo is UTC:  # what utc_text writes: nothing to convert
        return value
    if value.tzinfo is None:
        raise NaiveDateTimeError(f"stored time {text!r} has no timezone")
    return value.astimezone(UTC)
