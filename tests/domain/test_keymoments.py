"""Key moments open a required response with a due time from the policy; it stays open
until closed: a return interview held or declined (offering it is not enough), a disclosure by
saying who was told and when, anything else done or not done with a reason."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from directwork.domain.policy import load_policy
from directwork.domain.records import (
    KeyMoment,
    KeyMomentResponse,
    KeyMomentType,
    Recipient,
    ResponseOutcome,
    Telling,
)
from directwork.domain.rules.keymoments import (
    MOMENT_LABELS,
    key_moment_problems,
    required_response,
    response_problem_texts,
    response_state,
    with_required_response,
)
from directwork.domain.rules.workdays import LONDON, end_of_day

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


def test_a_bereavement_check_in_is_within_a_week_even_over_easter() -> None:
    # "Within a week" is 7 calendar days, not 5 working days (which ran to Mon 13 Apr, 11 days).
    _, due = required_response(moment(KeyMomentType.BEREAVEMENT, THURSDAY_BEFORE_EASTER), POLICY)
    assert due == end_of_day(datetime(2026, 4, 9).date())


@pytest.mark.parametrize("kind", list(KeyMomentType))
def test_every_key_moment_has_a_required_response_and_a_label(kind: KeyMomentType) -> None:
    km = moment(kind, THURSDAY_BEFORE_EASTER, THURSDAY_BEFORE_EASTER + timedelta(hours=3)
                if kind is KeyMomentType.MISSING else None)
    filled = with_required_response(km, POLICY)
    assert filled.response and filled.response_due is not None
    if kind is KeyMomentType.DISCLOSURE:
        assert filled.response_due == THURSDAY_BEFORE_EASTER  # now, not after Easter
    else:
        assert filled.response_due > THURSDAY_BEFORE_EASTER
    assert MOMENT_LABELS[kind]


def test_a_disclosure_is_due_now_not_after_the_bank_holidays() -> None:
    # The old rule gave 1 working day: a disclosure on Thu 2 Apr 2026 was due Tue 7 Apr.
    response, due = required_response(moment(KeyMomentType.DISCLOSURE, THURSDAY_BEFORE_EASTER),
                                      POLICY)
    assert due == THURSDAY_BEFORE_EASTER
    assert "designated safeguarding lead" in response and "children's social care" in response


def test_a_disclosure_stays_open_until_who_was_told_and_when_is_recorded() -> None:
    km = with_required_response(moment(KeyMomentType.DISCLOSURE, THURSDAY_BEFORE_EASTER), POLICY)
    later = THURSDAY_BEFORE_EASTER + timedelta(minutes=40)
    assert response_state(km, [], POLICY, later).open
    nobody = KeyMomentResponse(id="r0", child_id="c1", key_moment_id=km.id, done_at=later)
    assert response_state(km, [nobody], POLICY, later).open, "done, but told no one: still open"
    told = KeyMomentResponse(id="r1", child_id="c1", key_moment_id=km.id, done_at=later,
                             told=[Telling(whom=Recipient.DSL_MANAGER, at=later, name="Pat Lead")])
    assert not response_state(km, [told], POLICY, later).open


def test_a_disclosure_response_names_who_was_told_and_when_and_is_never_not_done() -> None:
    happened = THURSDAY_BEFORE_EASTER
    now = happened + timedelta(hours=1)
    problems = response_problem_texts
    assert problems(KeyMomentType.DISCLOSURE, ResponseOutcome.NOT_DONE, "no need",
                    happened=happened, now=now) == [
        "A disclosure is always passed on: record who you told and when."]
    assert problems(KeyMomentType.DISCLOSURE, ResponseOutcome.DONE, happened=happened,
                    now=now) == ["Record who you told about the disclosure, and when."]
    before = [Telling(whom=Recipient.POLICE, at=happened - timedelta(minutes=5))]
    assert problems(KeyMomentType.DISCLOSURE, ResponseOutcome.DONE, told=before,
                    happened=happened, now=now) == [
        "Say when you told the police; it cannot be before the disclosure or in the future."]
    twice = [Telling(whom=Recipient.DSL_MANAGER, at=now), Telling(whom=Recipient.DSL_MANAGER, at=now)]
    assert problems(KeyMomentType.DISCLOSURE, ResponseOutcome.DONE, told=twice,
                    happened=happened, now=now) == [
        "Named twice: the designated safeguarding lead or a manager."]
    fine = [Telling(whom=Recipient.DSL_MANAGER, at=now),
            Telling(whom=Recipient.CHILDRENS_SOCIAL_CARE, at=now)]
    assert not problems(KeyMomentType.DISCLOSURE, ResponseOutcome.DONE, told=fine,
                        happened=happened, now=now)


def test_a_return_interview_offered_stays_open_until_held_or_declined() -> None:
    back = datetime(2026, 3, 8, 11, 0, tzinfo=UTC)
    km = with_required_response(moment(KeyMomentType.MISSING, back - timedelta(days=1), back),
                                POLICY)
    offered = KeyMomentResponse(id="o", child_id="c1", key_moment_id=km.id,
                                outcome=ResponseOutcome.OFFERED, done_at=back + timedelta(hours=5))
    state = response_state(km, [offered], POLICY, back + timedelta(hours=73))
    assert state.open and state.overdue and state.offered == offered
    # Before this change an interview recorded "done" meant one offered: it is not taken as held.
    old = KeyMomentResponse(id="d", child_id="c1", key_moment_id=km.id,
                            outcome=ResponseOutcome.DONE, done_at=back + timedelta(hours=5))
    assert response_state(km, [old], POLICY, back + timedelta(hours=6)).open
    for outcome in (ResponseOutcome.HELD, ResponseOutcome.DECLINED, ResponseOutcome.NOT_DONE):
        closing = KeyMomentResponse(id="h", child_id="c1", key_moment_id=km.id, outcome=outcome,
                                    done_at=back + timedelta(hours=30), reason="Jay said no")
        assert not response_state(km, [offered, closing], POLICY, back + timedelta(hours=80)).open


def test_declining_or_not_holding_a_return_interview_needs_a_reason() -> None:
    problems = response_problem_texts
    assert problems(KeyMomentType.MISSING, ResponseOutcome.DECLINED, " ") == [
        "Say why the child declined the return interview."]
    assert problems(KeyMomentType.MISSING, ResponseOutcome.NOT_DONE, "") == [
        "Say why it was not done: a decision not to do it is recorded with its reason."]
    assert not problems(KeyMomentType.MISSING, ResponseOutcome.DECLINED, "Did not want to talk")
    assert not problems(KeyMomentType.MISSING, ResponseOutcome.OFFERED)
    assert problems(KeyMomentType.ARREST, ResponseOutcome.HELD) == [
        "Only a return interview is offered, held or declined."]


def test_the_response_is_overdue_once_its_time_passes_and_closed_once_recorded() -> None:
    back = datetime(2026, 3, 8, 11, 0, tzinfo=UTC)
    km = with_required_response(moment(KeyMomentType.MISSING, back - timedelta(days=1), back),
                                POLICY)
    assert not response_state(km, [], POLICY, back + timedelta(hours=71)).overdue
    assert response_state(km, [], POLICY, back + timedelta(hours=73)).overdue
    held = KeyMomentResponse(id="r1", child_id="c1", key_moment_id=km.id,
                             outcome=ResponseOutcome.HELD, done_at=back + timedelta(hours=80))
    other = KeyMomentResponse(id="r2", child_id="c1", key_moment_id="someone-else",
                              outcome=ResponseOutcome.HELD)
    assert response_state(km, [other], POLICY, back + timedelta(hours=90)).overdue
    state = response_state(km, [other, held], POLICY, back + timedelta(hours=90))
    assert not state.open and not state.overdue and state.recorded == held


def test_not_done_needs_a_reason() -> None:
    assert response_problem_texts(KeyMomentType.ARREST, ResponseOutcome.NOT_DONE, "  ")
    assert not response_problem_texts(KeyMomentType.ARREST, ResponseOutcome.NOT_DONE,
                                      "Reviewed at the strategy meeting")
    assert not response_problem_texts(KeyMomentType.ARREST, ResponseOutcome.DONE, "")


@pytest.mark.parametrize(("back_local", "due_local"), [
    # Spring forward (29 Mar 2026, 01:00 -> 02:00): 72 hours is 72 hours, so the wall clock
    # reads an hour later.
    (datetime(2026, 3, 28, 22, 0, tzinfo=LONDON), datetime(2026, 3, 31, 23, 0, tzinfo=LONDON)),
    # Fall back (25 Oct 2026, 02:00 -> 01:00): the wall clock reads an hour earlier.
    (datetime(2026, 10, 24, 22, 0, tzinfo=LONDON), datetime(2026, 10, 27, 21, 0, tzinfo=LONDON)),
])
def test_a_return_interview_is_72_real_hours_across_the_clock_changes(
        back_local: datetime, due_local: datetime) -> None:
    went = back_local - timedelta(hours=6)
    # Given a London-zone start (not only UTC), the window is counted in UTC.
    _, due = required_response(moment(KeyMomentType.MISSING, went, back_local), POLICY)
    assert due is not None
    assert due == back_local.astimezone(UTC) + timedelta(hours=72)
    assert due == due_local
    assert (due - back_local.astimezone(UTC)).total_seconds() == 72 * 3600


def test_a_key_moment_needs_its_time_and_a_sensible_return() -> None:
    assert key_moment_problems(KeyMoment(moment_type=KeyMomentType.ARREST)) == ["Say when it happened."]
    went = datetime(2026, 3, 6, tzinfo=UTC)
    assert key_moment_problems(moment(KeyMomentType.MISSING, went, went - timedelta(hours=1)))
    assert key_moment_problems(moment(KeyMomentType.ARREST, went, went + timedelta(hours=1)))
    assert not key_moment_problems(moment(KeyMomentType.MISSING, went, went + timedelta(hours=1)))
