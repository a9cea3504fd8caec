"""Key moments open a required response with a due time from the policy; it stays open
until recorded as done, or not done with a reason."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from directwork.domain.policy import load_policy
from directwork.domain.records import KeyMoment, KeyMomentResponse, KeyMomentType, ResponseOutcome
from directwork.domain.rules.keymoments import (
    MOMENT_LABELS,
    key_moment_problems,
    required_response,
    response_problems,
    response_state,
    with_required_response,
)
from directwork.domain.rules.workdays import end_of_day

POLICY = load_policy(env={})
THURSDAY_BEFORE_EASTER = datetime(2026, 4, 2, 14, 0, tzinfo=UTC)


def moment(kind: KeyMomentType, occurred: datetime, returned: datetime | None = None) -> KeyMoment:
    return KeyMoment(id=f"km-{kind.value}", child_id="c1", moment_type=kind, occurred_at=occurred,
                     returned_at=returned, created_at=occurred)


def test_a_return_interview_is_due_72_hours_after_the_return_not_the_going_missing() -> None:
    went = datetime(2026, 3, 6, 22, 0, tzinfo=UTC)
    back = datetime(2026, 3, 8, 11, 15, tzinfo=UTC)
    response, due = required_response(moment(KeyMomentType.MISSING, went, back), POLICY)
    assert "return interview" in response.lower()
    assert due == back + timedelta(hours=72)


def test_a_child_still_missing_has_no_interview_clock_yet() -> None:
    km = moment(KeyMomentType.MISSING, datetime(2026, 3, 6, 22, 0, tzinfo=UTC))
    state = response_state(km, [], POLICY, datetime(2026, 3, 20, tzinfo=UTC))
    assert state.open and state.waiting_for_return and not state.overdue


@pytest.mark.parametrize("kind", [KeyMomentType.EXCLUSION, KeyMomentType.PLACEMENT_MOVE,
                                  KeyMomentType.ADDRESS_MOVE, KeyMomentType.ARREST,
                                  KeyMomentType.RELEASE_FROM_CUSTODY])
def test_a_plan_review_is_due_within_5_working_days_skipping_easter(kind: KeyMomentType) -> None:
    response, due = required_response(moment(kind, THURSDAY_BEFORE_EASTER), POLICY)
    assert response == "Review the safety plan"
    # Good Friday and Easter Monday do not count: Tue 7, Wed 8, Thu 9, Fri 10, Mon 13.
    assert due == end_of_day(datetime(2026, 4, 13).date())


@pytest.mark.parametrize("kind", list(KeyMomentType))
def test_every_key_moment_has_a_required_response_and_a_label(kind: KeyMomentType) -> None:
    km = moment(kind, THURSDAY_BEFORE_EASTER, THURSDAY_BEFORE_EASTER + timedelta(hours=3)
                if kind is KeyMomentType.MISSING else None)
    filled = with_required_response(km, POLICY)
    assert filled.response and filled.response_due is not None
    assert filled.response_due > THURSDAY_BEFORE_EASTER
    assert MOMENT_LABELS[kind]


def test_the_response_is_overdue_once_its_time_passes_and_closed_once_recorded() -> None:
    back = datetime(2026, 3, 8, 11, 0, tzinfo=UTC)
    km = with_required_response(moment(KeyMomentType.MISSING, back - timedelta(days=1), back),
                                POLICY)
    assert not response_state(km, [], POLICY, back + timedelta(hours=71)).overdue
    assert response_state(km, [], POLICY, back + timedelta(hours=73)).overdue
    done = KeyMomentResponse(id="r1", child_id="c1", key_moment_id=km.id,
                             outcome=ResponseOutcome.DONE, done_at=back + timedelta(hours=80))
    other = KeyMomentResponse(id="r2", child_id="c1", key_moment_id="someone-else")
    assert response_state(km, [other], POLICY, back + timedelta(hours=90)).overdue
    state = response_state(km, [other, done], POLICY, back + timedelta(hours=90))
    assert not state.open and not state.overdue and state.recorded == done


def test_not_done_needs_a_reason() -> None:
    assert response_problems(ResponseOutcome.NOT_DONE, "  ")
    assert not response_problems(ResponseOutcome.NOT_DONE, "Child declined; offered again")
    assert not response_problems(ResponseOutcome.DONE, "")


def test_a_key_moment_needs_its_time_and_a_sensible_return() -> None:
    assert key_moment_problems(KeyMoment(moment_type=KeyMomentType.ARREST)) == ["Say when it happened."]
    went = datetime(2026, 3, 6, tzinfo=UTC)
    assert key_moment_problems(moment(KeyMomentType.MISSING, went, went - timedelta(hours=1)))
    assert key_moment_problems(moment(KeyMomentType.ARREST, went, went + timedelta(hours=1)))
    assert not key_moment_problems(moment(KeyMomentType.MISSING, went, went + timedelta(hours=1)))
