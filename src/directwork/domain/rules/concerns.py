"""Concerns, referrals and the escalation ladder.

A concern starts on the ladder step its severity names (immediate danger: the top, and
"call 999") with a response clock. When a step has not answered in time the concern should
move up, and the app says to whom. Referrals carry their own acknowledgement clock; when it
runs out the referrer follows up and escalates.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from directwork.domain.policy import ImmediateDanger, LadderStep, Policy
from directwork.domain.records import (
    EARLIEST,
    Concern,
    ConcernStatus,
    EscalationStep,
    Referral,
    ReferralType,
    Severity,
)
from directwork.domain.rules.messages import Message, english, msg
from directwork.domain.rules.workdays import due_after

REFERRAL_LABELS = {
    ReferralType.CHILDRENS_SOCIAL_CARE: "children's social care",
    ReferralType.NRM: "the National Referral Mechanism",
}


def referral_to(kind: ReferralType) -> Message:
    return msg(f"referral.to.{kind.value}")


def danger_steps(danger: ImmediateDanger) -> Message:
    """Immediate danger: 999, then children's social care and the police at once, with the
    service's own numbers (a number not set says so) and its local name in each language."""
    name = danger.csc_name_words
    if not danger.csc_phone:
        csc = msg("danger.csc_not_set", name=name)
    elif danger.csc_out_of_hours:
        csc = msg("danger.csc_out_of_hours", name=name, phone=danger.csc_phone,
                  out_of_hours=danger.csc_out_of_hours)
    else:
        csc = msg("danger.csc", name=name, phone=danger.csc_phone)
    police = (msg("danger.police", emergency=danger.emergency,
                  non_emergency=danger.police_non_emergency) if danger.police_non_emergency
              else msg("danger.police_emergency_only", emergency=danger.emergency))
    return msg("danger.steps", emergency=danger.emergency, csc=csc, police=police)



def concern_response_due(raised_at: datetime, severity: Severity, policy: Policy) -> datetime:
    return due_after(raised_at, policy.concerns[severity].respond_within, policy.region)


def referral_ack_due(made_at: datetime, referral_type: ReferralType, policy: Policy) -> datetime:
    return due_after(made_at, policy.referral_ack[referral_type], policy.region)


def closing_problems(outcome: str, child_told: bool | None, carers_told: bool | None) -> list[str]:
    """A concern is closed only with its outcome and whether the child and carers were told."""
    problems = []
    if not outcome.strip():
        problems.append("Write the outcome.")
    if child_told is None:
        problems.append("Say whether the child was told the outcome.")
    if carers_told is None:
        problems.append("Say whether the carers were told the outcome.")
    return problems


@dataclass(frozen=True)
class EscalationState:
    """Where a concern stands on the ladder at ``now``."""

    concern: Concern
    step_index: int
    step: LadderStep
    step_since: datetime
    due: datetime | None
    answered: bool
    clock_run_out: bool
    next_step: LadderStep | None
    call_999: bool
    overdue_referrals: tuple[Referral, ...]
    danger: ImmediateDanger | None = None

    @property
    def closed(self) -> bool:
        return self.concern.status is ConcernStatus.CLOSED

    @property
    def at_top(self) -> bool:
        return self.next_step is None

    def advice_messages(self) -> tuple[Message, ...]:
        """What to do now, as meanings: in immediate danger the 999 / children's social care /
        police steps first; then where the concern stands on the ladder."""
        if self.closed:
            return (msg("concern.closed"),)
        parts: list[Message] = []
        if self.call_999 and self.danger is not None:
            parts.append(danger_steps(self.danger))
        if self.clock_run_out and self.due is not None:
            if self.next_step is not None:
                parts.append(msg("concern.no_answer_next", step=self.step.title_words.lower(),
                                 due=self.due, next_step=self.next_step.title_words.lower(),
                                 next_who=self.next_step.who_words))
            else:
                parts.append(msg("concern.no_answer_top", due=self.due))
        elif self.answered:
            parts.append(msg("concern.answered", step=self.step.title_words))
        elif self.due is not None:
            parts.append(msg("concern.waiting", who=self.step.who_words, due=self.due))
        for referral in self.overdue_referrals:
            assert referral.ack_due is not None
            parts.append(msg("concern.referral_late", to=referral_to(referral.referral_type),
                             due=referral.ack_due))
        return tuple(parts)

    def advice(self) -> str:
        """What to do now, in English sentences."""
        return " ".join(english(m) for m in self.advice_messages())


def referral_overdue(referral: Referral, now: datetime) -> bool:
    return (referral.acknowledged_at is None and referral.ack_due is not None
            and now > referral.ack_due and not referral.deleted)


def escalation_state(concern: Concern, steps: Iterable[EscalationStep],
                     referrals: Iterable[Referral], policy: Policy, now: datetime) -> EscalationState:
    """The concern's current step (the latest one recorded; the severity's starting step if
    none was), whether its clock has run out, and the next step up."""
    rule = policy.concerns[concern.severity]
    start_index = policy.ladder_index(rule.start_at)
    mine = [s for s in steps if s.concern_id == concern.id]
    raised = concern.raised_at or concern.created_at or now
    if mine:
        latest = max(mine, key=lambda s: (s.at or s.created_at or EARLIEST, s.step,
                                          s.created_at or EARLIEST))
        index = min(max(latest.step, 0), policy.top_step)
        since = latest.at or latest.created_at or raised
        answered = bool(latest.outcome.strip())
    else:
        index, since, answered = start_index, raised, False
    step = policy.ladder[index]
    if index == start_index and not any(s.step > start_index for s in mine):
        due = concern.response_due or concern_response_due(raised, concern.severity, policy)
    else:
        due = due_after(since, step.answer_within, policy.region)
    closed = concern.status is ConcernStatus.CLOSED
    run_out = not closed and not answered and now > due
    next_step = policy.ladder[index + 1] if index < policy.top_step else None
    overdue = tuple(r for r in referrals if r.concern_id == concern.id and referral_overdue(r, now))
    return EscalationState(
        concern=concern,
        step_index=index,
        step=step,
        step_since=since,
        due=None if closed else due,
        answered=answered,
        clock_run_out=run_out,
        next_step=next_step,
        call_999=rule.call_999 and not closed,
        overdue_referrals=() if closed else overdue,
        danger=policy.immediate_danger,
    )
