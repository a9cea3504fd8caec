"""When the next review falls: one function, ``review_schedule``, that every screen asks.

A next review is always scheduled, never later than the policy interval (3 months) after the
last review (or after the case started, before the first), and sooner when a key moment
brings a plan review forward or the practitioner (or the agreed plan) chose an earlier date.
"""

from __future__ import annotations

import calendar
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from directwork.domain.policy import REVIEW_RULE, Policy
from directwork.domain.records import KeyMoment, KeyMomentResponse, PlanStatus, Review, SafetyPlan
from directwork.domain.rules.keymoments import (
    clock_start,
    response_is_review,
    response_state,
    review_forward_due,
)
from directwork.domain.rules.messages import Message, english, msg
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


class ReviewReason(enum.StrEnum):
    """What set the date of the next review."""

    INTERVAL = "interval"  # the policy interval after the last review (or the case starting)
    CHOSEN = "chosen"  # the date the last review set, or the agreed plan's own review date
    KEY_MOMENT = "key_moment"  # a key moment brought it forward


@dataclass(frozen=True)
class ReviewDue:
    """The next review: when, after which review, and what set the date."""

    due: date
    last_held: date | None
    brought_forward: bool
    reason: ReviewReason = ReviewReason.INTERVAL
    key_moment: KeyMoment | None = None
    # The policy rule behind the date: the key moment's (its review rule), else the interval's.
    rule_key: str = REVIEW_RULE

    def message(self) -> Message:
        if self.brought_forward:
            return msg("review.brought_forward")
        return msg("review.next" if self.last_held else "review.first")

    def describe(self) -> str:
        return english(self.message())


def review_due(case_start: date, reviews: Iterable[Review], policy: Policy, *,
               plan_next_review: date | None = None,
               brought_forward: Iterable[date] = ()) -> ReviewDue:
    """When this child's next review is due, from the reviews held so far (the next review
    each one set, kept within the interval), the agreed plan's review date, and key moments
    that bring it forward (dates only; ``review_schedule`` finds them)."""
    return _schedule(case_start, reviews, policy, plan_next_review,
                     [(day, None) for day in brought_forward])


def _last_review(reviews: Iterable[Review]) -> Review | None:
    held = [r for r in reviews if r.held_at is not None]
    return max(held, key=lambda r: (r.held_at, r.created_at or r.held_at), default=None)


def _schedule(case_start: date, reviews: Iterable[Review], policy: Policy,
              plan_next_review: date | None,
              forward: Sequence[tuple[date, KeyMoment | None]]) -> ReviewDue:
    """The schedule from the dates alone; ``forward`` pairs each brought-forward date with the
    key moment behind it."""
    last_review = _last_review(reviews)
    last: date
    if last_review is not None:
        assert last_review.held_at is not None
        last = local_date(last_review.held_at)
        chosen = last_review.next_review
        if chosen is not None and chosen <= last:
            chosen = None
    else:
        last, chosen = case_start, None
    if plan_next_review is not None and plan_next_review > last:
        chosen = plan_next_review if chosen is None else min(chosen, plan_next_review)
    scheduled = next_review_date(last, policy, chosen=chosen)
    reason = ReviewReason.CHOSEN if chosen is not None and scheduled == chosen \
        else ReviewReason.INTERVAL
    earliest = min(forward, key=lambda f: f[0], default=None)
    held = last if last_review is not None else None
    if earliest is not None and earliest[0] < scheduled:
        moment = earliest[1]
        rule = (policy.key_moments[moment.moment_type].review_rule_key if moment is not None
                else REVIEW_RULE)
        return ReviewDue(earliest[0], held, True, ReviewReason.KEY_MOMENT, moment, rule)
    return ReviewDue(scheduled, held, False, reason)


def agreed_plan_review(plans: Iterable[SafetyPlan]) -> date | None:
    """The review date the plan in force set: the earliest of the agreed, current plans."""
    return min((p.next_review for p in plans
                if not p.deleted and p.status is PlanStatus.AGREED and p.next_review),
               default=None)


def review_schedule(case_start: date, reviews: Iterable[Review], key_moments: Iterable[KeyMoment],
                    responses: Iterable[KeyMomentResponse], plans: Iterable[SafetyPlan],
                    policy: Policy) -> ReviewDue:
    """The one answer to "when is this child's next review?", which the caseload, the child
    record, the practice check, ``directwork due`` and the summaries all show.

    The next review is the date the last review set (or the interval after it, or after the case
    started), or the agreed plan's own review date if sooner, never later than the interval; and
    sooner still while a key moment that brings the review forward has not been answered: until a
    review is held after the moment (or, where the moment's response is the review itself, until
    that response is recorded). ``reviews`` and ``key_moments`` are the effective entries;
    ``plans`` the current revision of each plan."""
    reviews = list(reviews)
    responses = list(responses)
    last_review = _last_review(reviews)
    last_at = last_review.held_at if last_review is not None else None
    forward: list[tuple[date, KeyMoment | None]] = []
    for km in key_moments:
        due = review_forward_due(km, policy)
        if due is None:
            continue
        start = clock_start(km, policy.key_moments[km.moment_type])
        if last_at is not None and start is not None and last_at >= start:
            continue  # a review was held after the moment
        if response_is_review(km, policy) and not response_state(km, responses, policy,
                                                                 due).open:
            continue  # its response, the review, was recorded (done, or not with a reason)
        forward.append((local_date(due), km))
    return _schedule(case_start, reviews, policy, agreed_plan_review(plans), forward)
