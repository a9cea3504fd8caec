"""The practice check: everything about a child that needs the practitioner's attention.

Given one child's facts (gathered by ``store.practice``) it lists reviews overdue or due
soon, key-moment responses still open, concerns and referrals and their clocks, plans that
cannot be relied on (missing owners, dates or contingency, or not agreed), a child not seen
for longer than the policy allows, and a worker change in the last few months.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from directwork.domain.policy import Policy
from directwork.domain.records import (
    Child,
    Concern,
    ConcernStatus,
    EscalationStep,
    KeyMoment,
    KeyMomentResponse,
    PlanStatus,
    Referral,
    Review,
    SafetyPlan,
    Visit,
)
from directwork.domain.rules.concerns import REFERRAL_LABELS, escalation_state, referral_overdue
from directwork.domain.rules.keymoments import MOMENT_LABELS, response_state
from directwork.domain.rules.plans import readiness_problems
from directwork.domain.rules.reviews import ReviewDue, add_months, review_due
from directwork.domain.rules.workdays import end_of_day, format_day, format_due, local_date


class Category(enum.StrEnum):
    """Kinds of item on the practice check, in the order a morning list shows them."""

    CONCERN = "concern"
    REFERRAL = "referral"
    KEY_MOMENT = "key_moment"
    REVIEW = "review"
    PLAN = "plan"
    NOT_SEEN = "not_seen"
    WORKER_CHANGED = "worker_changed"

    @property
    def label(self) -> str:
        return {
            "concern": "Concerns",
            "referral": "Referrals",
            "key_moment": "Key-moment responses",
            "review": "Reviews",
            "plan": "Safety plans",
            "not_seen": "Not seen",
            "worker_changed": "Worker changed",
        }[self.value]

    @property
    def order(self) -> int:
        return list(Category).index(self)


@dataclass(frozen=True)
class DueItem:
    """One thing on the practice check, with where to open it.

    ``kind`` and ``record_id`` name the record to open (``kind`` is a record kind such as
    "review", "key_moment", "concern", "safety_plan", or "child" for the child's page).
    ``due`` is None for things with no deadline (a plan not agreed, a worker change);
    ``all_day`` says the deadline is the end of a day (show the date only)."""

    child_id: str
    child_name: str
    category: Category
    what: str
    due: datetime | None
    overdue: bool
    kind: str
    record_id: str
    all_day: bool = False

    @property
    def link(self) -> str:
        return f"directwork://child/{self.child_id}/{self.kind}/{self.record_id}"

    @property
    def due_text(self) -> str:
        return format_due(self.due, all_day=self.all_day) if self.due is not None else ""

    def to_json(self) -> dict[str, object]:
        return {
            "child_id": self.child_id,
            "child_name": self.child_name,
            "category": self.category.value,
            "what": self.what,
            "due": self.due.isoformat() if self.due is not None else None,
            "due_date": local_date(self.due).isoformat() if self.due is not None else None,
            "overdue": self.overdue,
            "link": self.link,
            "kind": self.kind,
            "record_id": self.record_id,
        }


@dataclass
class ChildFacts:
    """What the practice check needs to know about one child (effective entries, current
    document revisions)."""

    child: Child
    reviews: Sequence[Review] = ()
    key_moments: Sequence[KeyMoment] = ()
    responses: Sequence[KeyMomentResponse] = ()
    concerns: Sequence[Concern] = ()
    escalation_steps: Sequence[EscalationStep] = ()
    referrals: Sequence[Referral] = ()
    plans: Sequence[SafetyPlan] = ()
    ever_agreed_plan_ids: frozenset[str] = frozenset()
    visits: Sequence[Visit] = ()
    worker_changes: Sequence[datetime] = field(default_factory=list)

    @property
    def name(self) -> str:
        c = self.child
        return " ".join(p for p in (c.preferred_name or c.given_name, c.family_name) if p) or "(no name)"

    @property
    def case_start(self) -> date:
        assert self.child.created_at is not None
        return local_date(self.child.created_at)


def current_plans(plans: Iterable[SafetyPlan]) -> list[SafetyPlan]:
    return [p for p in plans if not p.deleted and p.status is not PlanStatus.SUPERSEDED]


def review_schedule(facts: ChildFacts, policy: Policy, now: datetime) -> ReviewDue:
    """When the child's next review is due: the reviews held, the agreed plan's review date,
    and open key-moment responses that bring the plan review forward."""
    forward = []
    for km in facts.key_moments:
        if not policy.key_moments[km.moment_type].brings_review_forward:
            continue
        state = response_state(km, facts.responses, policy, now)
        if state.open and state.due is not None:
            forward.append(local_date(state.due))
    agreed = [p for p in current_plans(facts.plans) if p.status is PlanStatus.AGREED]
    plan_review = min((p.next_review for p in agreed if p.next_review), default=None)
    return review_due(facts.case_start, facts.reviews, policy, plan_next_review=plan_review,
                      brought_forward=forward)


def practice_check(facts: ChildFacts, policy: Policy, now: datetime) -> list[DueItem]:
    """Everything about this child that needs attention at ``now``, in list order."""
    items: list[DueItem] = []
    child_id, name = facts.child.id, facts.name

    def add(category: Category, what: str, due: datetime | None, overdue: bool, kind: str,
            record_id: str, all_day: bool = False) -> None:
        items.append(DueItem(child_id, name, category, what, due, overdue, kind, record_id, all_day))

    today = local_date(now)

    # Key-moment responses stay on the list until recorded as done or not done.
    for km in facts.key_moments:
        state = response_state(km, facts.responses, policy, now)
        if not state.open:
            continue
        label = MOMENT_LABELS[km.moment_type]
        if state.waiting_for_return:
            away_since = format_due(km.occurred_at) if km.occurred_at else "unknown"
            add(Category.KEY_MOMENT, f"{label} since {away_since}: record the return (the "
                f"return-interview clock starts then)", None, False, km.KIND, km.id)
            continue
        assert state.due is not None
        when = f" ({format_day(local_date(km.occurred_at))})" if km.occurred_at else ""
        add(Category.KEY_MOMENT, f"{label}{when}: {state.response}", state.due, state.overdue,
            km.KIND, km.id)

    # Reviews: the schedule, never more than the interval apart.
    schedule = review_schedule(facts, policy, now)
    soon = today + timedelta(days=policy.review_due_soon_days)
    if schedule.due <= soon:
        overdue = schedule.due < today
        add(Category.REVIEW, schedule.describe(), end_of_day(schedule.due), overdue, "review",
            "", all_day=True)

    # Concerns and their ladder; referrals and their acknowledgement clock.
    for concern in facts.concerns:
        if concern.deleted or concern.status is ConcernStatus.CLOSED:
            continue
        ladder = escalation_state(concern, facts.escalation_steps, (), policy, now)
        summary = concern.summary.strip() or "Concern"
        text = f"{summary}: {ladder.step.title.lower()}. {ladder.advice()}"
        add(Category.CONCERN, text, ladder.due, ladder.clock_run_out or ladder.call_999,
            concern.KIND, concern.id)
    for referral in facts.referrals:
        if referral.deleted or referral.acknowledged_at is not None:
            continue
        late = referral_overdue(referral, now)
        to = REFERRAL_LABELS[referral.referral_type]
        what = (f"Referral to {to} not acknowledged: follow it up and escalate" if late
                else f"Referral to {to}: acknowledgement expected")
        add(Category.REFERRAL, what, referral.ack_due, late, referral.KIND, referral.id)

    # Plans: one that cannot be relied on, or none at all.
    plans = current_plans(facts.plans)
    if not plans:
        add(Category.PLAN, "No safety plan yet", None, False, "child", child_id)
    for plan in plans:
        problems = readiness_problems(plan)
        parts = []
        if plan.status is not PlanStatus.AGREED:
            parts.append("changes not yet agreed" if plan.id in facts.ever_agreed_plan_ids
                         else "not agreed")
        parts.extend(p.message.rstrip(".") for p in problems)
        if parts:
            add(Category.PLAN, f"{plan.title or 'Safety plan'}: " + "; ".join(parts), None,
                False, plan.KIND, plan.id)

    # Seen: the latest visit (or the start of the case, for a child never visited).
    visits = [v.started_at for v in facts.visits if v.started_at and not v.deleted
              and v.started_at <= now]
    last_seen = local_date(max(visits)) if visits else None
    since = last_seen or facts.case_start
    limit = since + timedelta(days=policy.not_seen_days)
    if today > limit:
        what = (f"Not seen since {format_day(last_seen)}" if last_seen
                else f"Not seen since the case started ({format_day(since)})")
        add(Category.NOT_SEEN, what, end_of_day(limit), True, "visit", "", all_day=True)

    # A new worker in the last few months.
    if facts.worker_changes and policy.worker_changed_months:
        latest = max(facts.worker_changes)
        if local_date(latest) > add_months(today, -policy.worker_changed_months):
            workers = len(facts.worker_changes) + 1
            add(Category.WORKER_CHANGED, f"Worker changed on {format_day(local_date(latest))} "
                f"({workers} workers so far)", None, False, "child", child_id)
    return items


def sort_items(items: Iterable[DueItem]) -> list[DueItem]:
    """Overdue first, then by due time (no deadline last), then by category and child."""
    far = datetime.max.replace(tzinfo=UTC)
    return sorted(items, key=lambda i: (not i.overdue, i.due or far, i.category.order,
                                        i.child_name, i.what))
