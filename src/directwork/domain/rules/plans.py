"""Whether a safety plan can be agreed, and what each version of it is.

A plan answers the inspectors' finding of "unclear roles": every action has an owner (person
and agency) and a date, there is a contingency, and at most three worries, each paired with a
safety goal (Signs of Safety). A plan that breaks these cannot be agreed; each problem names
the part of the plan it is about, so the editor can show it beside that part.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from directwork.domain.records import ActionStatus, Agreement, PlanStatus, SafetyPlan

MAX_WORRIES = 3


@dataclass(frozen=True)
class PlanProblem:
    """One reason a plan cannot be agreed.

    ``part`` is the plan field it is about ("worries", "goals", "actions", "contingency",
    "agreements"); ``index`` is the position in that list (0-based) and ``item_id`` the item's
    id, when it is about one item."""

    part: str
    message: str
    index: int | None = None
    item_id: str | None = None


def _quoted(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return f' ("{text[: limit - 1]}…")' if len(text) > limit else (f' ("{text}")' if text else "")


def readiness_problems(plan: SafetyPlan) -> list[PlanProblem]:
    """What in the plan itself stops it being agreed (whoever agrees it)."""
    problems: list[PlanProblem] = []
    live_worries = [w for w in plan.worries if w.text.strip()]
    if not live_worries:
        problems.append(PlanProblem("worries", "Write what we are worried about (at least one "
                                    "worry statement)."))
    if len(live_worries) > MAX_WORRIES:
        problems.append(PlanProblem("worries", f"Keep to at most {MAX_WORRIES} worry statements "
                                    f"(there are {len(live_worries)}); join or choose the most "
                                    "important."))
    goal_worries = {g.worry_id for g in plan.goals if g.text.strip()}
    for i, worry in enumerate(plan.worries):
        if worry.text.strip() and worry.id not in goal_worries:
            problems.append(PlanProblem("worries", f"Worry {i + 1}{_quoted(worry.text)} has no "
                                        "safety goal: say what safe looks like.", i, worry.id))
    worry_ids = {w.id for w in plan.worries}
    for i, goal in enumerate(plan.goals):
        if goal.text.strip() and goal.worry_id not in worry_ids:
            problems.append(PlanProblem("goals", f"Safety goal {i + 1}{_quoted(goal.text)} is not "
                                        "paired with a worry.", i, goal.id))
    actions = [a for a in plan.actions if a.status is not ActionStatus.DROPPED]
    if not actions:
        problems.append(PlanProblem("actions", "Say what needs to happen: add at least one "
                                    "action."))
    for i, action in enumerate(plan.actions):
        if action.status is ActionStatus.DROPPED:
            continue
        name = f"Action {i + 1}{_quoted(action.what)}"
        if not action.what.strip():
            problems.append(PlanProblem("actions", f"{name}: say what will be done.", i, action.id))
        if not action.owner.strip():
            problems.append(PlanProblem("actions", f"{name} has no owner: say who will do it.",
                                        i, action.id))
        if not action.agency.strip():
            problems.append(PlanProblem("actions", f"{name} has no agency: say which agency "
                                        "(or \"family\") the owner is from.", i, action.id))
        if action.due is None:
            problems.append(PlanProblem("actions", f"{name} has no date: say by when.",
                                        i, action.id))
    if not any(c.if_this.strip() and c.then_that.strip() for c in plan.contingency):
        problems.append(PlanProblem("contingency", "Add a contingency: if this happens, then "
                                    "what, and who to call."))
    return problems


def agreement_problems(plan: SafetyPlan, agreements: Sequence[Agreement]) -> list[PlanProblem]:
    """Every reason the plan cannot be agreed by ``agreements``; empty means it can."""
    problems = readiness_problems(plan)
    if not agreements:
        problems.append(PlanProblem("agreements", "Record who agreed the plan (the child, each "
                                    "carer, each agency)."))
    for i, agreement in enumerate(agreements):
        if not agreement.who.strip():
            problems.append(PlanProblem("agreements", f"Agreement {i + 1}: say who agreed.", i))
    return problems


def version_statuses(revisions: Iterable[SafetyPlan]) -> dict[str, PlanStatus]:
    """Each revision's status as a version of the plan (oldest first in, rev -> status out):
    an agreed revision is superseded once a later revision is agreed; drafts stay drafts."""
    ordered = list(revisions)
    statuses: dict[str, PlanStatus] = {}
    later_agreed = False
    for plan in reversed(ordered):
        if plan.status is PlanStatus.AGREED and later_agreed:
            statuses[plan.rev] = PlanStatus.SUPERSEDED
        else:
            statuses[plan.rev] = plan.status
        if plan.status in (PlanStatus.AGREED, PlanStatus.SUPERSEDED):
            later_agreed = True
    return statuses
