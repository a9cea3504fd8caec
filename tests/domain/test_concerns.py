"""Concerns climb the escalation ladder when a clock runs out; immediate danger says call 999,
refer to children's social care and tell the police, with the service's own numbers (the
ladder is for disagreements between professionals); referrals carry their acknowledgement
clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

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
    danger_steps,
    escalation_state,
    referral_ack_due,
    referral_overdue,
)
from directwork.domain.rules.messages import render
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


def test_immediate_danger_says_999_then_childrens_social_care_and_the_police_not_the_ladder() -> None:
    state = escalation_state(concern(Severity.IMMEDIATE), [], [], POLICY, FRIDAY)
    assert state.call_999 and state.step.key == "service_manager"
    advice = state.advice()
    assert advice.startswith("Immediate danger: call 999 now. Then refer to children's social "
                             "care (your local children's social care front door; its number "
                             "is not in the policy file: ask your manager to add it) and tell "
                             "the police (999 in an emergency, else 101) at once")
    assert "escalation ladder is for disagreements between professionals" in advice
    # Not the old advice: the safeguarding partnership's escalation procedure is not where
    # immediate danger is reported.
    assert "partnership" not in advice
    assert "Waiting for the service manager or designated safeguarding lead to answer" in advice


def test_immediate_danger_gives_a_welsh_services_own_numbers_in_english_and_welsh(
        tmp_path: Path) -> None:
    own = tmp_path / "gwynedd.toml"
    own.write_text("""region = "wales"
[immediate_danger.childrens_social_care]
name = "Gwynedd children's services"
name_cy = "Gwasanaethau Plant Gwynedd"
phone = "01766 771000"
out_of_hours = "01248 353551"
""", encoding="utf-8")
    policy = load_policy(own)
    english = render(danger_steps(policy.immediate_danger))
    assert "children's social care (Gwynedd children's services, 01766 771000; out of hours " \
           "01248 353551)" in english
    welsh = render(danger_steps(policy.immediate_danger), "cy")
    assert welsh.startswith("Perygl uniongyrchol: ffoniwch 999 nawr.")
    assert "(Gwasanaethau Plant Gwynedd, 01766 771000; y tu allan i oriau 01248 353551)" in welsh
    state = escalation_state(concern(Severity.IMMEDIATE), [], [], policy, FRIDAY)
    assert "01766 771000" in state.advice()


def test_at_the_top_of_the_ladder_there_is_no_next_step_only_following_up() -> None:
    top = EscalationStep(id="e9", child_id="c1", concern_id="k1", step=POLICY.top_step,
                         to_whom="Safeguarding partnership escalation", at=FRIDAY)
    state = escalation_state(concern(Severity.MEDIUM), [top], [], POLICY,
                             FRIDAY + timedelta(days=5))
    assert state.clock_run_out and state.next_step is None and state.at_top
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
