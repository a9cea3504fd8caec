"""Key moments and their required responses (a return interview, a plan review, telling
someone about a disclosure...).

Recording a key moment opens its response, due within the policy's window; it stays open until
a KeyMomentResponse closes it. What closes it depends on the moment:

* a missing child's return interview is recorded as offered, then held or declined (with the
  child's reason), or not held with the reason for that decision. Offering it does not close it;
* a disclosure is closed only by saying who was told (the designated safeguarding lead or a
  manager, children's social care, the police) and when. It is never "not done";
* any other response is done, or not done with its reason.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from directwork.domain.policy import ClockStart, KeyMomentRule, Policy
from directwork.domain.records import (
    EARLIEST,
    KeyMoment,
    KeyMomentResponse,
    KeyMomentType,
    ResponseOutcome,
    Telling,
)
from directwork.domain.rules.messages import MOMENT_LABELS, Message, english, msg
from directwork.domain.rules.workdays import due_after

__all__ = ["CLOSING", "MOMENT_LABELS", "ResponseState", "clock_start", "closing_response", "key_moment_problems",
           "required_response", "response_is_review", "response_problem_texts",
           "response_problems", "response_state", "review_forward_due", "with_required_response"]

# The outcomes that close a response; OFFERED does not.
CLOSING = frozenset({ResponseOutcome.DONE, ResponseOutcome.NOT_DONE, ResponseOutcome.HELD,
                     ResponseOutcome.DECLINED})
_INTERVIEW_OUTCOMES = frozenset({ResponseOutcome.OFFERED, ResponseOutcome.HELD,
                                 ResponseOutcome.DECLINED, ResponseOutcome.NOT_DONE})


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


def clock_start(km: KeyMoment, rule: KeyMomentRule) -> datetime | None:
    """When the moment's clocks start: when it happened, or a missing child's return."""
    return km.returned_at if rule.starts_from is ClockStart.RETURNED else km.occurred_at


def required_response(km: KeyMoment, policy: Policy) -> tuple[str, datetime | None]:
    """The response a key moment needs and when it is due. A missing child's return
    interview has no due time until the return is recorded (its clock starts then)."""
    rule = policy.key_moments[km.moment_type]
    start = clock_start(km, rule)
    due = due_after(start, rule.within, policy.region) if start is not None else None
    return rule.response, due


def with_required_response(km: KeyMoment, policy: Policy) -> KeyMoment:
    response, due = required_response(km, policy)
    return dataclasses.replace(km, response=response, response_due=due)


def response_problems(moment_type: KeyMomentType, outcome: ResponseOutcome, reason: str = "",
                      told: Sequence[Telling] = (), *, happened: datetime | None = None,
                      now: datetime | None = None) -> list[Message]:
    """Why this response cannot be recorded for a key moment of ``moment_type``, as meanings
    (``messages.english`` puts them into words)."""
    problems: list[Message] = []
    if moment_type is KeyMomentType.DISCLOSURE:
        if outcome is not ResponseOutcome.DONE:
            return [msg("response.disclosure_always")]
        if not told:
            return [msg("response.disclosure_told")]
        seen = set()
        for telling in told:
            if telling.whom in seen:
                problems.append(msg("response.told_twice", whom=telling.whom.label))
            seen.add(telling.whom)
            if (telling.at is None or (happened is not None and telling.at < happened)
                    or (now is not None and telling.at > now)):
                problems.append(msg("response.told_time", whom=telling.whom.label))
        return problems
    interview = moment_type is KeyMomentType.MISSING
    if not interview and outcome in (ResponseOutcome.OFFERED, ResponseOutcome.HELD,
                                     ResponseOutcome.DECLINED):
        problems.append(msg("response.interview_only"))
    if outcome is ResponseOutcome.DECLINED and not reason.strip():
        problems.append(msg("response.declined_reason"))
    if outcome is ResponseOutcome.NOT_DONE and not reason.strip():
        problems.append(msg("response.reason_needed"))
    return problems


def response_problem_texts(moment_type: KeyMomentType, outcome: ResponseOutcome,
                           reason: str = "", told: Sequence[Telling] = (), *,
                           happened: datetime | None = None,
                           now: datetime | None = None) -> list[str]:
    """``response_problems`` in English words."""
    return [english(m) for m in response_problems(moment_type, outcome, reason, told,
                                                  happened=happened, now=now)]


def _closes(km: KeyMoment, response: KeyMomentResponse) -> bool:
    if response.outcome not in CLOSING:
        return False
    if km.moment_type is KeyMomentType.MISSING:
        # DONE was once written when an interview was only offered: it is not taken as held.
        return response.outcome in _INTERVIEW_OUTCOMES and response.outcome is not \
            ResponseOutcome.OFFERED
    if km.moment_type is KeyMomentType.DISCLOSURE:
        return response.outcome is ResponseOutcome.DONE and bool(response.told)
    return True


@dataclass(frozen=True)
class ResponseState:
    """Where a key moment's required response stands at ``now``."""

    key_moment: KeyMoment
    response: str
    due: datetime | None
    recorded: KeyMomentResponse | None
    overdue: bool
    offered: KeyMomentResponse | None = None

    @property
    def open(self) -> bool:
        return self.recorded is None

    @property
    def waiting_for_return(self) -> bool:
        """A missing child not yet back: the return interview clock has not started."""
        return self.open and self.due is None


def _newest(responses: Iterable[KeyMomentResponse]) -> KeyMomentResponse | None:
    return max(responses, key=lambda r: (r.done_at or r.created_at or EARLIEST,
                                         r.created_at or EARLIEST), default=None)


def closing_response(km: KeyMoment,
                     responses: Iterable[KeyMomentResponse]) -> KeyMomentResponse | None:
    """The response that closed this key moment's required response, if one has."""
    return _newest(r for r in responses if r.key_moment_id == km.id and _closes(km, r))


def response_state(km: KeyMoment, responses: Iterable[KeyMomentResponse], policy: Policy,
                   now: datetime) -> ResponseState:
    """``responses`` may hold responses to other key moments; only this one's count. The
    response text and due time are the ones stored with the key moment when it was recorded
    (the policy then in force), else worked out from the policy now."""
    mine = [r for r in responses if r.key_moment_id == km.id]
    recorded = closing_response(km, mine)
    offered = _newest(r for r in mine if r.outcome in (ResponseOutcome.OFFERED,
                                                       ResponseOutcome.DONE)
                      and km.moment_type is KeyMomentType.MISSING)
    response, due = km.response, km.response_due
    if not response or due is None:
        response, due = required_response(km, policy)
    overdue = recorded is None and due is not None and now > due
    return ResponseState(km, response, due, recorded, overdue, offered)


def review_forward_due(km: KeyMoment, policy: Policy) -> datetime | None:
    """When the plan review falls because of this key moment (None: it does not bring the
    review forward, or its clock has not started). The response's own due time where the
    response is the review; ``review_within`` of the clock's start where it is not."""
    rule = policy.key_moments[km.moment_type]
    if not rule.brings_review_forward:
        return None
    start = clock_start(km, rule)
    if start is None:
        return None
    if rule.review_within is not None:
        return due_after(start, rule.review_within, policy.region)
    if km.response_due is not None and km.response:
        return km.response_due
    return due_after(start, rule.within, policy.region)


def response_is_review(km: KeyMoment, policy: Policy) -> bool:
    """Whether this moment's required response is the plan review itself (so holding a review
    closes it)."""
    rule = policy.key_moments[km.moment_type]
    return rule.brings_review_forward and rule.review_within is None
