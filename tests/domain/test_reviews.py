"""A next review is always scheduled, never later than the policy interval after the last,
and sooner when a key moment brings it forward."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from directwork.domain.policy import load_policy
from directwork.domain.records import (
    KeyMoment,
    KeyMomentResponse,
    KeyMomentType,
    PlanStatus,
    ResponseOutcome,
    Review,
    SafetyPlan,
)
from directwork.domain.rules.keymoments import with_required_response
from directwork.domain.rules.reviews import (
    ReviewReason,
    add_months,
    chosen_date_problems,
    next_review_date,
    review_due,
    review_schedule,
)

POLICY = load_policy(env={})


def held(on: date, next_review: date | None = None) -> Review:
    at = datetime(on.year, on.month, on.day, 11, tzinfo=UTC)
    return Review(id=f"r{on}", child_id="c1", held_at=at, created_at=at, next_review=next_review)


def test_months_are_added_as_a_practitioner_counts_them() -> None:
    assert add_months(date(2026, 3, 2), 3) == date(2026, 6, 2)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_months(date(2027, 11, 30), 3) == date(2028, 2, 29)  # leap year
    assert add_months(date(2026, 10, 15), 3) == date(2027, 1, 15)
    assert add_months(date(2026, 1, 31), -3) == date(2025, 10, 31)


def test_the_next_review_is_three_months_on_unless_brought_forward() -> None:
    last = date(2026, 3, 2)
    assert next_review_date(last, POLICY) == date(2026, 6, 2)
    assert next_review_date(last, POLICY, brought_forward=[date(2026, 4, 13)]) == date(2026, 4, 13)
    assert next_review_date(last, POLICY, chosen=date(2026, 5, 1)) == date(2026, 5, 1)
    # A later choice cannot push the review past the interval.
    assert next_review_date(last, POLICY, chosen=date(2026, 9, 1)) == date(2026, 6, 2)


def test_a_chosen_date_past_the_interval_or_before_the_review_is_refused() -> None:
    last = date(2026, 3, 2)
    assert "by Tue 2 Jun 2026" in chosen_date_problems(last, date(2026, 6, 3), POLICY)[0]
    assert chosen_date_problems(last, last, POLICY)
    assert not chosen_date_problems(last, date(2026, 6, 2), POLICY)
    assert not chosen_date_problems(last, None, POLICY)


def test_the_first_review_is_due_within_the_interval_of_the_case_starting() -> None:
    due = review_due(date(2026, 1, 10), [], POLICY)
    assert due.due == date(2026, 4, 10) and due.last_held is None


def test_the_latest_review_and_its_chosen_date_set_the_schedule() -> None:
    reviews = [held(date(2026, 1, 5)), held(date(2026, 2, 20), next_review=date(2026, 4, 1))]
    due = review_due(date(2025, 11, 1), reviews, POLICY)
    assert due.due == date(2026, 4, 1) and due.last_held == date(2026, 2, 20)


def test_an_agreed_plan_with_an_earlier_review_date_brings_it_forward() -> None:
    due = review_due(date(2026, 1, 10), [held(date(2026, 2, 1))], POLICY,
                     plan_next_review=date(2026, 3, 15))
    assert due.due == date(2026, 3, 15) and not due.brought_forward


def test_a_key_moment_brings_the_review_forward_and_says_so() -> None:
    due = review_due(date(2026, 1, 10), [held(date(2026, 2, 1))], POLICY,
                     brought_forward=[date(2026, 2, 9)])
    assert due.due == date(2026, 2, 9) and due.brought_forward
    assert "key moment" in due.describe()


def moment(kind: KeyMomentType, at: datetime, back: datetime | None = None) -> KeyMoment:
    return with_required_response(KeyMoment(id=f"k-{at:%d%H}", child_id="c1", moment_type=kind,
                                            occurred_at=at, returned_at=back, created_at=at),
                                  POLICY)


def test_an_exclusion_brings_the_review_forward_to_the_same_date_everywhere_asks() -> None:
    # The case: an exclusion on Mon 2 Mar 2026 in a case that started that day. The
    # caseload said 2 Jun (the interval); the review is due Mon 9 Mar.
    start = date(2026, 3, 2)
    km = moment(KeyMomentType.EXCLUSION, datetime(2026, 3, 2, 10, tzinfo=UTC))
    due = review_schedule(start, [], [km], [], [], POLICY)
    assert due.due == date(2026, 3, 9) and due.brought_forward
    assert due.reason is ReviewReason.KEY_MOMENT and due.key_moment == km
    assert due.rule_key == "key_moments.exclusion"
    # Its response recorded (the review done, or not done with a reason): back to 2 Jun.
    done = KeyMomentResponse(id="r", child_id="c1", key_moment_id=km.id,
                             outcome=ResponseOutcome.NOT_DONE, reason="Reviewed at the meeting")
    assert review_schedule(start, [], [km], [done], [], POLICY).due == date(2026, 6, 2)


def test_an_exclusion_over_easter_brings_the_review_to_the_monday_after() -> None:
    km = moment(KeyMomentType.EXCLUSION, datetime(2026, 4, 2, 14, tzinfo=UTC))
    assert review_schedule(date(2026, 2, 5), [], [km], [], [], POLICY).due == date(2026, 4, 13)


def test_a_review_held_after_a_key_moment_answers_it() -> None:
    km = moment(KeyMomentType.ARREST, datetime(2026, 3, 2, 10, tzinfo=UTC))
    after = held(date(2026, 3, 4))
    due = review_schedule(date(2026, 1, 5), [after], [km], [], [], POLICY)
    assert due.due == date(2026, 6, 4) and not due.brought_forward
    before = held(date(2026, 3, 1))
    assert review_schedule(date(2026, 1, 5), [before], [km], [], [], POLICY).due == date(2026, 3, 9)


def test_a_missing_episode_brings_the_review_forward_from_the_return_not_the_interview() -> None:
    went = datetime(2026, 3, 5, 22, tzinfo=UTC)
    still_away = moment(KeyMomentType.MISSING, went)
    assert not review_schedule(date(2026, 1, 5), [], [still_away], [], [], POLICY).brought_forward
    back = moment(KeyMomentType.MISSING, went, datetime(2026, 3, 7, 11, tzinfo=UTC))  # Saturday
    interview = KeyMomentResponse(id="h", child_id="c1", key_moment_id=back.id,
                                  outcome=ResponseOutcome.HELD)
    due = review_schedule(date(2026, 1, 5), [], [back], [interview], [], POLICY)
    assert due.due == date(2026, 3, 13) and due.rule_key == "key_moments.missing.review"


def test_the_agreed_plans_own_review_date_is_the_schedule_when_sooner() -> None:
    plan = SafetyPlan(id="p", child_id="c1", status=PlanStatus.AGREED, next_review=date(2026, 4, 20))
    draft = SafetyPlan(id="q", child_id="c1", status=PlanStatus.DRAFT, next_review=date(2026, 3, 20))
    due = review_schedule(date(2026, 3, 2), [], [], [], [plan, draft], POLICY)
    assert due.due == date(2026, 4, 20) and due.reason is ReviewReason.CHOSEN
    assert due.rule_key == "reviews"


dates = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))


@given(last=dates, chosen=st.none() | dates, forward=st.lists(dates, max_size=4),
       months=st.integers(min_value=1, max_value=12))
def test_next_review_is_never_later_than_the_interval_after_the_last(
        last: date, chosen: date | None, forward: list[date], months: int) -> None:
    from dataclasses import replace

    policy = replace(POLICY, review_interval_months=months)
    result = next_review_date(last, policy, chosen=chosen, brought_forward=forward)
    assert result <= add_months(last, months)
    assert result <= last + timedelta(days=31 * months)
    # ...and it is one of the dates offered, never invented.
    assert result in {add_months(last, months), chosen, *forward}


@given(case_start=dates, held_on=st.lists(st.tuples(dates, st.none() | dates), max_size=5),
       forward=st.lists(dates, max_size=3))
def test_a_child_always_has_a_review_within_the_interval_of_the_last(
        case_start: date, held_on: list[tuple[date, date | None]], forward: list[date]) -> None:
    reviews = [held(on, chosen) for on, chosen in held_on]
    due = review_due(case_start, reviews, POLICY, brought_forward=forward)
    last = max((on for on, _ in held_on), default=case_start)
    assert due.due <= add_months(last, POLICY.review_interval_months)
