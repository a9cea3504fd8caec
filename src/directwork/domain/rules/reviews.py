"""When the next review falls.

A next review is always scheduled, never later than the policy interval (3 months) after the
last review (or after the case started, before the first), and sooner when a key moment
brings a plan review forward or the practitioner chooses an earlier date.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from directwork.domain.policy import Policy
from directwork.domain.records import Review
from directwork.domain.rules.workdays import format_day, local_date


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; the month's last day when it has no such day
    (30 November + 3 months = 28 or 29 February)."""
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def latest_next_review(last: date, policy: Policy) -> date:
    """The latest date the next review may be held."""
    return add_months(last, policy.review_interval_months)


def next_review_date(last: date, policy: Policy, *, chosen: date | None = None,
                     brought_forward: Iterable[date] = ()) -> date:
    """The next review after one held (or a case started) on ``last``: the practitioner's
    ``chosen`` date or any key moment's ``brought_forward`` date if sooner, never later than
    the policy interval."""
    candidates = [latest_next_review(last, policy), *brought_forward]
    if chosen is not None:
        candidates.append(chosen)
    return min(candidates)


def chosen_date_problems(held: date, chosen: date | None, policy: Policy) -> list[str]:
    """Why a practitioner's chosen next review date cannot stand."""
    if chosen is None:
        return []
    latest = latest_next_review(held, policy)
    if chosen <= held:
        return ["The next review must come after this one."]
    if chosen > latest:
        return [f"The next review must be within {policy.review_interval_months} months of "
                f"this one: by {format_day(latest)} at the latest."]
    return []


@dataclass(frozen=True)
class ReviewDue:
    due: date
    last_held: date | None
    brought_forward: bool

    def describe(self) -> str:
        if self.brought_forward:
            return "Review brought forward by a key moment"
        return "Review" if self.last_held else "First review"


def review_due(case_start: date, reviews: Iterable[Review], policy: Policy, *,
               plan_next_review: date | None = None,
               brought_forward: Iterable[date] = ()) -> ReviewDue:
    """When this child's next review is due, from the reviews held so far (the next review
    each one set, kept within the interval), the agreed plan's review date, and key moments
    that bring it forward."""
    held = [r for r in reviews if r.held_at is not None]
    last_review = max(held, key=lambda r: (r.held_at, r.created_at or r.held_at), default=None)
    if last_review is not None:
        assert last_review.held_at is not None
        last: date = local_date(last_review.held_at)
        chosen = last_review.next_review
        if chosen is not None and chosen <= last:
            chosen = None
    else:
        last, chosen = case_start, None
    if plan_next_review is not None and plan_next_review > last:
        chosen = plan_next_review if chosen is None else min(chosen, plan_next_review)
    forward = list(brought_forward)
    scheduled = next_review_date(last, policy, chosen=chosen)
    due = min([scheduled, *forward])
    return ReviewDue(due, last if last_review is not None else None, due < scheduled)
