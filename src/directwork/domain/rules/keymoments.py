"""Key moments and their required responses (a return interview, a plan review...).

Recording a key moment opens its response, due within the policy's window; it stays open until
a KeyMomentResponse records it as done, or as not done with a reason.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from directwork.domain.policy import ClockStart, Policy
from directwork.domain.records import KeyMoment, KeyMomentResponse, KeyMomentType, ResponseOutcome
from directwork.domain.rules.workdays import due_after

MOMENT_LABELS: dict[KeyMomentType, str] = {
    KeyMomentType.EXCLUSION: "Exclusion",
    KeyMomentType.MISSING: "Missing episode",
    KeyMomentType.PLACEMENT_MOVE: "Placement move",
    KeyMomentType.ADDRESS_MOVE: "Address move",
    KeyMomentType.ARREST: "Arrest",
    KeyMomentType.COURT: "Court appearance",
    KeyMomentType.DISCLOSURE: "Disclosure",
    KeyMomentType.BEREAVEMENT: "Bereavement",
    KeyMomentType.RELEASE_FROM_CUSTODY: "Release from custody",
    KeyMomentType.TRANSITION_TO_ADULT: "Transition to adult services",
}


def key_moment_problems(km: KeyMoment) -> list[str]:
    """What stops a key moment being recorded, in words for the practitioner."""
    problems = []
    if km.occurred_at is None:
        problems.append("Say when it happened.")
    if km.returned_at is not None:
        if km.moment_type is not KeyMomentType.MISSING:
            problems.append("Only a missing episode has a return time.")
        elif km.occurred_at is not None and km.returned_at < km.occurred_at:
            problems.append("The return cannot be before the child went missing.")
    return problems


def required_response(km: KeyMoment, policy: Policy) -> tuple[str, datetime | None]:
    """The response a key moment needs and when it is due. A missing child's return
    interview has no due time until the return is recorded (its clock starts then)."""
    rule = policy.key_moments[km.moment_type]
    start = km.returned_at if rule.starts_from is ClockStart.RETURNED else km.occurred_at
    due = due_after(start, rule.within, policy.region) if start is not None else None
    return rule.response, due


def with_required_response(km: KeyMoment, policy: Policy) -> KeyMoment:
    response, due = required_response(km, policy)
    return dataclasses.replace(km, response=response, response_due=due)


def response_problems(outcome: ResponseOutcome, reason: str) -> list[str]:
    if outcome is ResponseOutcome.NOT_DONE and not reason.strip():
        return ["Say why it was not done: a decision not to do it is recorded with its reason."]
    return []


@dataclass(frozen=True)
class ResponseState:
    """Where a key moment's required response stands at ``now``."""

    key_moment: KeyMoment
    response: str
    due: datetime | None
    recorded: KeyMomentResponse | None
    overdue: bool

    @property
    def open(self) -> bool:
        return self.recorded is None

    @property
    def waiting_for_return(self) -> bool:
        """A missing child not yet back: the return interview clock has not started."""
        return self.open and self.due is None


def response_state(km: KeyMoment, responses: Iterable[KeyMomentResponse], policy: Policy,
                   now: datetime) -> ResponseState:
    """``responses`` may hold responses to other key moments; only this one's count. The
    response text and due time are the ones stored with the key moment when it was recorded
    (the policy then in force), else worked out from the policy now."""
    recorded = None
    for r in responses:
        if r.key_moment_id == km.id and (recorded is None or
                                         (r.created_at or now) >= (recorded.created_at or now)):
            recorded = r
    response, due = km.response, km.response_due
    if not response or due is None:
        response, due = required_response(km, policy)
    overdue = recorded is None and due is not None and now > due
    return ResponseState(km, response, due, recorded, overdue)
