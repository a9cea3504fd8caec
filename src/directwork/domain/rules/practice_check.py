"""The practice check: everything about a child that needs the practitioner's attention.

Given one child's facts (gathered by ``store.practice``) it lists, first, what must be done now
(a disclosure not yet passed on, immediate danger); then reviews overdue or due soon, key-moment
responses still open, concerns and referrals and their clocks, plans that cannot be relied on
(missing owners, dates or contingency, or not agreed), a child not seen for longer than the
policy allows, and a worker change in the last few months.

Each item carries a meaning (``message``), not a sentence: ``what`` is its English, through the
one formatting function in ``rules.messages``. Each deadline names the policy rule behind it
(``rule``), so a screen can say whether the figure is national guidance or a local choice.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from directwork.domain.policy import (
    IMMEDIATE_DANGER_RULE,
    NOT_SEEN_RULE,
    WORKER_CHANGED_RULE,
    Policy,
    referral_rule_key,
)
from directwork.domain.records import (
    ActionStatus,
    Child,
    Concern,
    ConcernStatus,
    EscalationStep,
    KeyMoment,
    KeyMomentResponse,
    KeyMomentType,
    PlanStatus,
    Referral,
    Review,
    SafetyPlan,
    TeamContext,
    Visit,
)
from directwork.domain.rules.concerns import escalation_state, referral_overdue, referral_to
from directwork.domain.rules.keymoments import response_state
from directwork.domain.rules.messages import Listed, Message, english, msg
from directwork.domain.rules.plans import readiness_problems
from directwork.domain.rules.reviews import ReviewDue, add_months, review_schedule
from directwork.domain.rules.workdays import end_of_day, format_due, local_date


class Category(enum.StrEnum):
    """Kinds of item on the practice check, in the order a morning list shows them."""

    NOW = "now"
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
            "now": "Act now",
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
    ``all_day`` says the deadline is the end of a day (show the date only). ``rule`` names
    the policy rule that set the deadline (None where no rule sets one)."""

    child_id: str
    child_name: str
    category: Category
    message: Message
    due: datetime | None
    overdue: bool
    kind: str
    record_id: str
    all_day: bool = False
    rule: str | None = None

    @property
    def what(self) -> str:
        return english(self.message)

    @property
    def link(self) -> str:
        return f"directwork://child/{self.child_id}/{self.kind}/{self.record_id}"

    @property
    def due_text(self) -> str:
        return format_due(self.due, all_day=self.all_day) if self.due is not None else ""

    def to_json(self, policy: Policy | None = None) -> dict[str, object]:
        out: dict[str, object] = {
            "child_id": self.child_id,
            "child_name": self.child_name,
            "category": self.category.value,
            "what": self.what,
            "message": {"id": self.message.id,
                        "params": {k: _jsonable(v) for k, v in self.message.params}},
            "due": self.due.isoformat() if self.due is not None else None,
            "due_date": local_date(self.due).isoformat() if self.due is not None else None,
            "overdue": self.overdue,
            "link": self.link,
            "kind": self.kind,
            "record_id": self.record_id,
            "rule": None,
        }
        basis = policy.rule(self.rule) if policy is not None and self.rule else None
        if basis is not None:
            out["rule"] = {"key": basis.key, "mark": basis.mark.value, "figure": basis.figure,
                           "guidance": basis.guidance,
                           "sources": [{"title": s.title, "section": s.section, "quote": s.quote,
                                        "region": s.region.value if s.region else None}
                                       for s in basis.sources]}
        return out


def _jsonable(value: object) -> object:
    if isinstance(value, Message):
        return {"id": value.id, "params": {k: _jsonable(v) for k, v in value.params}}
    if isinstance(value, Listed):
        return [_jsonable(v) for v in value.parts]
    if isinstance(value, tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float, bool)) or value is None:
        return value
    return str(getattr(value, "value", value))


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


def review_schedule_for(facts: ChildFacts, policy: Policy) -> ReviewDue:
    """``reviews.review_schedule`` for one child's facts."""
    return review_schedule(facts.case_start, facts.reviews, facts.key_moments, facts.responses,
                           current_plans(facts.plans), policy)


def _key_moment_item(km: KeyMoment, facts: ChildFacts, policy: Policy,
                     now: datetime) -> tuple[Category, Message, datetime | None, bool] | None:
    state = response_state(km, facts.responses, policy, now)
    if not state.open:
        return None
    # The words the key moment was recorded with; in Welsh where they are the policy's English.
    response = policy.response_words(km.moment_type, state.response)
    if state.waiting_for_return:
        since = km.occurred_at if km.occurred_at else msg("key_moment.unknown_time")
        return (Category.KEY_MOMENT, msg("key_moment.waiting_return", moment=km.moment_type,
                                         since=since), None, False)
    assert state.due is not None
    occurred = local_date(km.occurred_at) if km.occurred_at else None
    if km.moment_type is KeyMomentType.DISCLOSURE:
        # A disclosure is acted on now: at the top of the list until who was told is recorded.
        return (Category.NOW, msg("key_moment.disclosure", moment=km.moment_type,
                                  occurred=occurred or msg("key_moment.unknown_time"),
                                  response=response), state.due, True)
    if occurred is None:
        message = msg("key_moment.open_undated", moment=km.moment_type, response=response)
    elif state.offered is not None:
        offered_at = state.offered.done_at or state.offered.created_at
        message = msg("key_moment.interview_offered", moment=km.moment_type, occurred=occurred,
                      response=response,
                      offered=local_date(offered_at) if offered_at else
                      msg("key_moment.unknown_time"))
    else:
        message = msg("key_moment.open", moment=km.moment_type, occurred=occurred,
                      response=response)
    return Category.KEY_MOMENT, message, state.due, state.overdue


def practice_check(facts: ChildFacts, policy: Policy, now: datetime) -> list[DueItem]:
    """Everything about this child that needs attention at ``now``, in list order."""
    items: list[DueItem] = []
    child_id, name = facts.child.id, facts.name

    def add(category: Category, message: Message, due: datetime | None, overdue: bool,
            kind: str, record_id: str, all_day: bool = False, rule: str | None = None) -> None:
        items.append(DueItem(child_id, name, category, message, due, overdue, kind, record_id,
                             all_day, rule))

    today = local_date(now)

    # Key-moment responses stay on the list until recorded as done or not done; a disclosure
    # stays at the top until who was told is recorded.
    for km in facts.key_moments:
        found = _key_moment_item(km, facts, policy, now)
        if found is not None:
            category, message, due, overdue = found
            add(category, message, due, overdue, km.KIND, km.id,
                rule=policy.key_moments[km.moment_type].rule_key)

    # Reviews: the one schedule every screen shows, never more than the interval apart.
    schedule = review_schedule_for(facts, policy)
    soon = today + timedelta(days=policy.review_due_soon_days)
    if schedule.due <= soon:
        overdue = schedule.due < today
        add(Category.REVIEW, schedule.message(), end_of_day(schedule.due), overdue, "review",
            "", all_day=True, rule=schedule.rule_key)

    # Concerns and their ladder (immediate danger: its steps at the top); referrals and their
    # acknowledgement clock.
    for concern in facts.concerns:
        if concern.deleted or concern.status is ConcernStatus.CLOSED:
            continue
        ladder = escalation_state(concern, facts.escalation_steps, (), policy, now)
        summary = concern.summary.strip() or msg("concern.untitled")
        message = msg("concern.item", summary=summary, step=ladder.step.title_words.lower(),
                      advice=ladder.advice_messages())
        if ladder.call_999:
            add(Category.NOW, message, ladder.due, True, concern.KIND, concern.id,
                rule=IMMEDIATE_DANGER_RULE)
        else:
            add(Category.CONCERN, message, ladder.due, ladder.clock_run_out, concern.KIND,
                concern.id, rule=policy.concerns[concern.severity].rule_key)
    for referral in facts.referrals:
        if referral.deleted or referral.acknowledged_at is not None:
            continue
        late = referral_overdue(referral, now)
        to = referral_to(referral.referral_type)
        add(Category.REFERRAL, msg("referral.late" if late else "referral.waiting", to=to),
            referral.ack_due, late, referral.KIND, referral.id,
            rule=referral_rule_key(referral.referral_type))

    # Plans: one that cannot be relied on, or none at all.
    plans = current_plans(facts.plans)
    if not plans:
        add(Category.PLAN, msg("plan.none"), None, False, "child", child_id)
    for plan in plans:
        problems = readiness_problems(plan)
        parts: list[Message] = []
        if plan.status is not PlanStatus.AGREED:
            parts.append(msg("plan.changes_not_agreed" if plan.id in facts.ever_agreed_plan_ids
                             else "plan.not_agreed"))
        parts.extend(msg("plan.problem", text=p.message.rstrip(".")) for p in problems)
        if parts:
            title = plan.title or msg("plan.untitled")
            add(Category.PLAN, msg("plan.problems", title=title, parts=Listed(tuple(parts))),
                None, False, plan.KIND, plan.id)

    # Seen: the latest visit (or the start of the case, for a child never visited).
    visits = [v.started_at for v in facts.visits if v.started_at and not v.deleted
              and v.started_at <= now]
    last_seen = local_date(max(visits)) if visits else None
    since = last_seen or facts.case_start
    limit = since + timedelta(days=policy.not_seen_days)
    if today > limit:
        message = (msg("not_seen.since", last_seen=last_seen) if last_seen
                   else msg("not_seen.never", start=since))
        add(Category.NOT_SEEN, message, end_of_day(limit), True, "visit", "", all_day=True,
            rule=NOT_SEEN_RULE)

    # A new worker in the last few months.
    if facts.worker_changes and policy.worker_changed_months:
        latest = max(facts.worker_changes)
        if local_date(latest) > add_months(today, -policy.worker_changed_months):
            workers = len(facts.worker_changes) + 1
            add(Category.WORKER_CHANGED, msg("worker_changed", on=local_date(latest),
                                             workers=workers),
                None, False, "child", child_id, rule=WORKER_CHANGED_RULE)
    return items


def team_context_check(context: TeamContext, policy: Policy, now: datetime) -> list[DueItem]:
    """A team context's plan on a team manager's practice check, like a child's plan: no
    plan yet, an action with no owner or date, an action late, the review due or overdue."""
    if context.deleted or context.closed:
        return []
    title = context.title.strip() or "Team context"
    name = f"{title} (team context)"
    items: list[DueItem] = []

    def add(message: Message, due: datetime | None, overdue: bool) -> None:
        items.append(DueItem(context.child_id, name, Category.PLAN, message, due, overdue,
                             context.KIND, context.id, all_day=due is not None))

    today = local_date(now)
    live = [a for a in context.actions
            if a.status not in (ActionStatus.DONE, ActionStatus.DROPPED)]
    if not context.actions:
        add(msg("team_context.no_plan", title=title), None, False)
    for action in live:
        what = action.what.strip() or "an action"
        if not action.owner.strip() or action.due is None:
            add(msg("team_context.action_unowned", title=title, what=what), None, False)
        elif action.due < today:
            add(msg("team_context.action_late", title=title, what=what,
                    owner=action.owner.strip(), due=action.due),
                end_of_day(action.due), True)
    if context.next_review is not None and \
            context.next_review <= today + timedelta(days=policy.review_due_soon_days):
        add(msg("team_context.review", title=title), end_of_day(context.next_review),
            context.next_review < today)
    return items


def sort_items(items: Iterable[DueItem]) -> list[DueItem]:
    """What must be done now first, then overdue, then by due time (no deadline last), then by
    category and child."""
    far = datetime.max.replace(tzinfo=UTC)
    return sorted(items, key=lambda i: (i.category is not Category.NOW, not i.overdue,
                                        i.due or far, i.category.order, i.child_name, i.what))
