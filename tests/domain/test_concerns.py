"""Concerns climb the escalation ladder when a clock runs out; immediate danger goes straight
to the top with "call 999"; referrals carry their acknowledgement clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from directwork.domain.policy import load_policy
from directwork.domain.records import (
    Concern,
    ConcernStatus,
    EscalationStep,
    Referral,
    ReferralType,
    Severity,
)
from directwork.domain.rules.concerns import (
    closing_problems,
    concern_response_due,
    escalation_state,
    referral_ack_due,
    referral_overdue,
)
from directwork.domain.rules.workdays import end_of_day

POLICY = load_policy(env={})
FRIDAY = datetime(2026, 3, 6, 10, 0, tzinfo=UTC)


def concern(severity: Severity, raised: datetime = FRIDAY) -> Concern:
    return Concern(id="k1", child_id="c1", summary="School not sharing attendance",
                   severity=severity, raised_at=raised,
                   response_due=concern_response_due(raised, severity, POLICY))


def test_a_medium_concern_starts_with_the_practitioner_and_five_working_days() -> None:
    c = concern(Severity.MEDIUM)
    state = escalation_state(c, [], [], POLICY, FRIDAY + timedelta(days=1))
    assert state.step.key == "practitioner" and state.step_index == 0
    assert state.due == end_of_day(datetime(2026, 3, 13).date())
    assert not state.clock_run_out and not state.call_999
    assert "Waiting for the practitioner in the other agency" in state.advice()


def test_when_the_clock_runs_out_the_app_names_the_next_step() -> None:
    c = concern(Severity.MEDIUM)
    state = escalation_state(c, [], [], POLICY, datetime(2026, 3, 14, 9, tzinfo=UTC))
    assert state.clock_run_out
    assert state.next_step is not None and state.next_step.key == "line_manager"
    assert "escalate to line manager" in state.advice()


def test_an_escalated_step_has_its_own_clock() -> None:
    c = concern(Severity.MEDIUM)
    up = EscalationStep(id="e1", child_id="c1", concern_id="k1", step=1, to_whom="Line manager",
                        at=datetime(2026, 3, 16, 9, tzinfo=UTC))
    state = escalation_state(c, [up], [], POLICY, datetime(2026, 3, 17, 9, tzinfo=UTC))
    assert state.step.key == "line_manager" and not state.clock_run_out
    assert state.due == end_of_day(datetime(2026, 3, 18).date())  # 2 working days
    later = escalation_state(c, [up], [], POLICY, datetime(2026, 3, 19, 9, tzinfo=UTC))
    assert later.clock_run_out and later.next_step is not None
    assert later.next_step.key == "service_manager"


def test_an_answered_step_stops_the_clock() -> None:
    c = concern(Severity.MEDIUM)
    answered = EscalationStep(id="e0", child_id="c1", concern_id="k1", step=0, at=FRIDAY,
                              outcome="School agreed to share weekly")
    state = escalation_state(c, [answered], [], POLICY, FRIDAY + timedelta(days=30))
    assert state.answered and not state.clock_run_out
    assert "close the concern" in state.advice()


def test_immediate_danger_goes_straight_to_the_top_and_says_call_999() -> None:
    state = escalation_state(concern(Severity.IMMEDIATE), [], [], POLICY, FRIDAY)
    assert state.step_index == POLICY.top_step and state.at_top and state.call_999
    assert state.advice().startswith("Immediate danger: call 999 now")


def test_at_the_top_of_the_ladder_there_is_no_next_step_only_following_up() -> None:
    state = escalation_state(concern(Severity.IMMEDIATE), [], [], POLICY, FRIDAY + timedelta(hours=3))
    assert state.clock_run_out and state.next_step is None
    assert "top of the ladder" in state.advice()


def test_a_high_concern_starts_with_a_line_manager() -> None:
    state = escalation_state(concern(Severity.HIGH), [], [], POLICY, FRIDAY)
    assert state.step.key == "line_manager"
    assert state.due == end_of_day(datetime(2026, 3, 9).date())  # next working day, Monday


def test_a_closed_concern_has_no_clock() -> None:
    c = concern(Severity.IMMEDIATE)
    c.status = ConcernStatus.CLOSED
    state = escalation_state(c, [], [], POLICY, FRIDAY + timedelta(days=9))
    assert not state.clock_run_out and not state.call_999 and state.due is None


def test_closing_needs_the_outcome_and_whether_child_and_carers_were_told() -> None:
    assert len(closing_problems("", None, None)) == 3
    assert closing_problems("Resolved", True, None) == ["Say whether the carers were told the outcome."]
    assert not closing_problems("Resolved", True, False)


def test_a_referral_to_childrens_social_care_expects_an_acknowledgement_next_working_day() -> None:
    thursday_before_easter = datetime(2026, 4, 2, 15, tzinfo=UTC)
    due = referral_ack_due(thursday_before_easter, ReferralType.CHILDRENS_SOCIAL_CARE, POLICY)
    assert due == end_of_day(datetime(2026, 4, 7).date())
    referral = Referral(id="f1", child_id="c1", concern_id="k1", made_at=thursday_before_easter,
                        ack_due=due)
    assert not referral_overdue(referral, datetime(2026, 4, 7, 12, tzinfo=UTC))
    assert referral_overdue(referral, datetime(2026, 4, 8, 9, tzinfo=UTC))
    c = concern(Severity.MEDIUM, thursday_before_easter)
    state = escalation_state(c, [], [referral], POLICY, datetime(2026, 4, 8, 9, tzinfo=UTC))
    assert state.overdue_referrals == (referral,)
    assert "not acknowledged" in state.advice()
    referral.acknowledged_at = datetime(2026, 4, 7, 16, tzinfo=UTC)
    assert not referral_overdue(referral, datetime(2026, 4, 8, 9, tzinfo=UTC))
