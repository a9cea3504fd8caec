"""The practice rules applied to the vault: the practice check, and the services the screens
call when a practitioner records a key moment, agrees a plan, holds a review, sets a level,
raises or escalates a concern, makes a referral or logs information sharing.

Every function works inside the caller's session and transaction (``with vault.transaction()
as session: ...``); nothing here commits. "Now" is ``store.context.now_of(session)``, so a
test's fixed clock (``vault.clock``) decides every due time. A write that breaks a practice
rule raises ``PracticeRuleError`` with each problem, before anything is written.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from directwork.domain.policy import Policy
from directwork.domain.records import (
    Agreement,
    Child,
    Concern,
    ConcernStatus,
    Document,
    Entry,
    EscalationStep,
    InformationSharing,
    KeyMoment,
    KeyMomentResponse,
    KeyMomentType,
    Level,
    LevelSignOff,
    PlanStatus,
    Referral,
    ResponseOutcome,
    Review,
    ReviewTrigger,
    SafetyLevelDecision,
    SafetyPlan,
    Telling,
    Visit,
    VoiceEntry,
)
from directwork.domain.rules import concerns as concern_rules
from directwork.domain.rules.history import (
    ScorePoint,
    TimelineEvent,
    score_series,
    timeline,
    voice_since,
)
from directwork.domain.rules.keymoments import (
    ResponseState,
    closing_response,
    key_moment_problems,
    response_is_review,
    response_problem_texts,
    response_state,
    with_required_response,
)
from directwork.domain.rules.levels import (
    LevelDecision,
    LevelStanding,
    current_level,
    level_standing,
)
from directwork.domain.rules.plans import PlanProblem, agreement_problems, version_statuses
from directwork.domain.rules.practice_check import (
    ChildFacts,
    DueItem,
    practice_check,
    review_schedule_for,
    sort_items,
    team_context_check,
)
from directwork.domain.rules.reviews import (
    ReviewDue,
    add_months,
    chosen_date_problems,
    next_review_date,
)
from directwork.domain.rules.workdays import format_day, local_date
from directwork.store import links, records
from directwork.store.context import now_of
from directwork.store.errors import RecordNotFound, VaultError
from directwork.store.mapping import row_class

_E = TypeVar("_E", bound=Entry)
_D = TypeVar("_D", bound=Document)


class PracticeRuleError(VaultError):
    """A write refused because it breaks a practice rule. ``problems`` lists each reason
    (strings, or PlanProblem for a plan, which names the part of the plan)."""

    def __init__(self, lead: str, problems: Sequence[str | PlanProblem]) -> None:
        self.problems = list(problems)
        texts = [p.message if isinstance(p, PlanProblem) else p for p in self.problems]
        super().__init__(f"{lead} Nothing was saved. " + " ".join(texts))


class PlanNotAgreeable(PracticeRuleError):
    """A plan that cannot be agreed; each problem names its part of the plan."""

    def __init__(self, problems: Sequence[PlanProblem]) -> None:
        super().__init__("The plan cannot be agreed yet.", problems)


# --------------------------------------------------------------------------- the practice check


def gather_facts(session: Session, child_ids: Sequence[str] | None = None, *,
                 practitioner_id: str | None = None, team: str | None = None) -> list[ChildFacts]:
    """What the practice check needs about each child on this laptop (or only ``child_ids``,
    or one practitioner's or team's caseload), in a fixed handful of queries."""
    child_table = row_class(Child.KIND)
    where = []
    if child_ids is not None:
        where.append(child_table.id.in_(list(child_ids)))
    if practitioner_id is not None:
        where.append(child_table.practitioner_id == practitioner_id)
    if team is not None:
        where.append(child_table.team == team)
    children = records.list_documents(session, Child, where=where)
    if not children:
        return []
    ids = [c.id for c in children]

    def entries(cls: type[_E]) -> dict[str, list[_E]]:
        table = row_class(cls.KIND)
        grouped: dict[str, list[_E]] = defaultdict(list)
        for e in records.list_entries(session, cls, where=[table.child_id.in_(ids)]):
            grouped[e.child_id].append(e)
        return grouped

    def documents(cls: type[_D]) -> dict[str, list[_D]]:
        table = row_class(cls.KIND)
        grouped: dict[str, list[_D]] = defaultdict(list)
        for d in records.list_documents(session, cls, where=[table.child_id.in_(ids)]):
            grouped[d.child_id].append(d)
        return grouped

    reviews, moments, responses = entries(Review), entries(KeyMoment), entries(KeyMomentResponse)
    steps = entries(EscalationStep)
    concerns, referrals = documents(Concern), documents(Referral)
    plans, visits = documents(SafetyPlan), documents(Visit)

    plan_table = row_class(SafetyPlan.KIND)
    ever_agreed = set(session.execute(
        select(plan_table.id).where(plan_table.child_id.in_(ids),
                                    plan_table.status == PlanStatus.AGREED.value).distinct()
    ).scalars())

    # A change of worker is a revision of the child's profile naming a different practitioner.
    changes: dict[str, list[datetime]] = defaultdict(list)
    held: dict[str, str] = {}
    for child_id, practitioner, updated in session.execute(
        select(child_table.id, child_table.practitioner_id, child_table.updated_at)
        .where(child_table.id.in_(ids)).order_by(child_table.updated_at, child_table.rev)
    ):
        before = held.get(child_id, "")
        if practitioner and before and practitioner != before:
            changes[child_id].append(updated)
        if practitioner:
            held[child_id] = practitioner

    return [ChildFacts(
        child=c,
        reviews=reviews[c.id],
        key_moments=moments[c.id],
        responses=responses[c.id],
        concerns=concerns[c.id],
        escalation_steps=steps[c.id],
        referrals=referrals[c.id],
        plans=plans[c.id],
        ever_agreed_plan_ids=frozenset(ever_agreed),
        visits=visits[c.id],
        worker_changes=changes[c.id],
    ) for c in children]


def due_items(session: Session, policy: Policy, now: datetime | None = None, *,
              practitioner_id: str | None = None, team: str | None = None,
              child_ids: Sequence[str] | None = None) -> list[DueItem]:
    """The practice check for this laptop's children (or one practitioner's or team's, or the
    given children): overdue first, then soonest."""
    now = now or now_of(session)
    items: list[DueItem] = []
    for facts in gather_facts(session, child_ids, practitioner_id=practitioner_id, team=team):
        items.extend(practice_check(facts, policy, now))
    # A team manager's laptop: the team contexts' plans too, like a child's plan (theirs,
    # whichever children the check is of: the manager's own, the team's or everyone's).
    if child_ids is None and links.is_team_manager(session):
        for context in links.team_contexts(session):
            items.extend(team_context_check(context, policy, now))
    return sort_items(items)


def children_checked(session: Session, *, practitioner_id: str | None = None,
                     team: str | None = None) -> int:
    """How many children a practice check of this scope looks at."""
    child_table = row_class(Child.KIND)
    where = []
    if practitioner_id is not None:
        where.append(child_table.practitioner_id == practitioner_id)
    if team is not None:
        where.append(child_table.team == team)
    return len(records.list_documents(session, Child, where=where))


def _facts_for(session: Session, child_id: str) -> ChildFacts:
    found = gather_facts(session, [child_id])
    if not found:
        raise RecordNotFound(Child.KIND, child_id)
    return found[0]


def review_schedule_of(session: Session, child_id: str, policy: Policy) -> ReviewDue:
    """When this child's next review is due (never more than the interval after the last):
    the same answer the caseload, the child record and the summaries give."""
    return review_schedule_for(_facts_for(session, child_id), policy)


# --------------------------------------------------------------------------- key moments


def record_key_moment(session: Session, km: KeyMoment, policy: Policy) -> KeyMoment:
    """Record a key moment with its required response and due time from the policy."""
    records.get_document(session, Child, km.child_id)
    problems = key_moment_problems(km)
    if problems:
        raise PracticeRuleError("The key moment was not recorded.", problems)
    return records.add_entry(session, with_required_response(km, policy))


def record_return(session: Session, key_moment_id: str, returned_at: datetime,
                  policy: Policy) -> KeyMoment:
    """A missing child is back: the return-interview clock starts now (a correction of the
    key moment, so its history stays)."""
    km = records.get_entry(session, KeyMoment, key_moment_id)
    if km.moment_type is not KeyMomentType.MISSING:
        raise PracticeRuleError("The return was not recorded.", ["Only a missing episode has a return."])
    back = dataclasses.replace(km, returned_at=returned_at)
    problems = key_moment_problems(back)
    if problems:
        raise PracticeRuleError("The return was not recorded.", problems)
    return records.correct_entry(session, with_required_response(back, policy))


def key_moment_states(session: Session, child_id: str, policy: Policy) -> list[ResponseState]:
    """Each of the child's key moments with its response: open, overdue or recorded."""
    moments = records.list_entries(session, KeyMoment, child_id)
    responses = records.list_entries(session, KeyMomentResponse, child_id)
    now = now_of(session)
    return [response_state(km, responses, policy, now) for km in moments]


def record_response(session: Session, key_moment_id: str, outcome: ResponseOutcome, *,
                    reason: str = "", done_at: datetime | None = None,
                    told: Sequence[Telling] = ()) -> KeyMomentResponse:
    """Record a key moment's required response: done, or not done with its reason; a return
    interview offered (it stays open), held, or declined with the child's reason; a disclosure
    with who was told and when. Refused once a response has closed it."""
    km = records.get_entry(session, KeyMoment, key_moment_id)
    now = now_of(session)
    problems = response_problem_texts(km.moment_type, outcome, reason, told,
                                      happened=km.occurred_at, now=now)
    responses = records.list_entries(session, KeyMomentResponse, km.child_id)
    if closing_response(km, responses) is not None:
        problems.append("A response is already recorded; correct that one instead.")
    if problems:
        raise PracticeRuleError("The response was not recorded.", problems)
    return records.add_entry(session, KeyMomentResponse(
        child_id=km.child_id, key_moment_id=km.id, outcome=outcome, reason=reason.strip(),
        done_at=done_at or now, told=[dataclasses.replace(t, name=t.name.strip())
                                      for t in told]))


# --------------------------------------------------------------------------- plans


def agree_plan(session: Session, plan: SafetyPlan, agreements: Sequence[Agreement],
               policy: Policy) -> SafetyPlan:
    """Save ``plan`` (built on the revision it carries) as agreed by ``agreements``, and mark
    any other agreed plan of the child superseded. Refuses with PlanNotAgreeable, naming each
    part of the plan that stops it, while an action lacks an owner or a date, there is no
    contingency, a worry has no goal, or there are more than three worries."""
    now = now_of(session)
    today = local_date(now)
    problems = agreement_problems(plan, agreements)
    if plan.id:
        heads = records.get_heads(session, SafetyPlan, plan.id)
        if len(heads) > 1:
            problems.append(PlanProblem("plan", "This plan was changed on two laptops: compare "
                                        "and merge the two versions first."))
        elif plan.rev and plan.rev != heads[0].rev:
            problems.append(PlanProblem("plan", "This plan was changed since it was opened: "
                                        "open the latest version and agree that."))
    latest = add_months(today, policy.review_interval_months)
    next_review = plan.next_review
    if next_review is None:
        next_review = max(review_schedule_of(session, plan.child_id, policy).due, today)
    elif next_review < today or next_review > latest:
        problems.append(PlanProblem("next_review", "The next review must be between today and "
                                    f"{format_day(latest)}."))
    if problems:
        raise PlanNotAgreeable(problems)
    stamped = [dataclasses.replace(a, who=a.who.strip(), agreed_at=a.agreed_at or now)
               for a in agreements]
    saved = records.save_document(session, dataclasses.replace(
        plan, status=PlanStatus.AGREED, agreements=stamped, next_review=next_review))
    for other in records.list_documents(session, SafetyPlan, plan.child_id):
        if other.id != saved.id and other.status is PlanStatus.AGREED:
            records.save_document(session, dataclasses.replace(other, status=PlanStatus.SUPERSEDED))
    return saved


# --------------------------------------------------------------------------- reviews and levels


def complete_review(session: Session, review: Review, policy: Policy) -> Review:
    """Record a review held and schedule the next: the practitioner's date if given (it must be
    within the interval), else the interval. A review counts as the plan review every open key
    moment before it asked for; a new level is recorded as a level decision."""
    now = now_of(session)
    records.get_document(session, Child, review.child_id)
    held_at = review.held_at or now
    held_day = local_date(held_at)
    problems = chosen_date_problems(held_day, review.next_review, policy)
    if held_at > now:
        problems.append("A review cannot be recorded before it is held.")
    if review.trigger is ReviewTrigger.KEY_MOMENT and not review.key_moment_id:
        problems.append("Say which key moment this review follows.")
    states = key_moment_states(session, review.child_id, policy)
    if review.key_moment_id and not any(s.key_moment.id == review.key_moment_id for s in states):
        problems.append("That key moment is not one of this child's.")
    if problems:
        raise PracticeRuleError("The review was not saved.", problems)
    next_review = next_review_date(held_day, policy, chosen=review.next_review)
    saved = records.add_entry(session, dataclasses.replace(review, held_at=held_at,
                                                           next_review=next_review))
    for state in states:
        km = state.key_moment
        # Only a response that is the plan review itself is answered by holding one: a return
        # interview or a disclosure is not.
        answers = response_is_review(km, policy) and (
            km.id == review.key_moment_id or
            (km.occurred_at is not None and km.occurred_at <= held_at))
        if state.open and answers:
            records.add_entry(session, KeyMomentResponse(
                child_id=km.child_id, key_moment_id=km.id, outcome=ResponseOutcome.DONE,
                done_at=held_at, reason=f"Review held on {format_day(held_day)}"))
    if review.new_level is not None:
        reasoning = review.what_changed.strip() or "Level set at the review."
        set_level(session, review.child_id, review.new_level,
                  f"At the review on {format_day(held_day)}: {reasoning}", decided_at=held_at)
    return saved


def set_level(session: Session, child_id: str, level: Level, reasoning: str, *,
              decided_by_name: str = "", decided_at: datetime | None = None) -> SafetyLevelDecision:
    """Record a safety and wellbeing level decision, with its reasoning (required)."""
    records.get_document(session, Child, child_id)
    if not reasoning.strip():
        raise PracticeRuleError("The level was not set.", ["Write the reasoning for the level."])
    return records.add_entry(session, SafetyLevelDecision(
        child_id=child_id, level=Level(level), reasoning=reasoning.strip(),
        decided_at=decided_at or now_of(session), decided_by_name=decided_by_name))


def sign_off_level(session: Session, decision_id: str, manager: str,
                   comment: str = "") -> LevelSignOff:
    """A manager's sign-off of a level decision (once per decision)."""
    decision = records.get_entry(session, SafetyLevelDecision, decision_id)
    problems = []
    if not manager.strip():
        problems.append("Say which manager signed it off.")
    if any(s.decision_id == decision.id
           for s in records.list_entries(session, LevelSignOff, decision.child_id)):
        problems.append("This level decision is already signed off.")
    if problems:
        raise PracticeRuleError("The sign-off was not saved.", problems)
    return records.add_entry(session, LevelSignOff(
        child_id=decision.child_id, decision_id=decision.id, manager=manager.strip(),
        signed_at=now_of(session), comment=comment.strip()))


def current_level_of(session: Session, child_id: str) -> LevelDecision | None:
    """The newest level decision, signed off or not (``level_standing_of`` says which)."""
    return current_level(records.list_entries(session, SafetyLevelDecision, child_id),
                         records.list_entries(session, LevelSignOff, child_id))


def level_standing_of(session: Session, child_id: str) -> LevelStanding:
    """The signed-off level, and a newer decision awaiting sign-off."""
    return level_standing(records.list_entries(session, SafetyLevelDecision, child_id),
                          records.list_entries(session, LevelSignOff, child_id))


# --------------------------------------------------------------------------- concerns


def raise_concern(session: Session, concern: Concern, policy: Policy) -> Concern:
    """Save a new concern with its response clock, on the ladder step its severity starts at
    (immediate danger: the top, with "call 999")."""
    if concern.id:
        raise PracticeRuleError("The concern was not raised.", ["This concern is already raised."])
    records.get_document(session, Child, concern.child_id)
    if not concern.summary.strip():
        raise PracticeRuleError("The concern was not raised.", ["Say what the concern is."])
    raised_at = concern.raised_at or now_of(session)
    saved = records.save_document(session, dataclasses.replace(
        concern, summary=concern.summary.strip(), raised_at=raised_at, status=ConcernStatus.OPEN,
        response_due=concern_rules.concern_response_due(raised_at, concern.severity, policy)))
    start = policy.ladder_index(policy.concerns[concern.severity].start_at)
    records.add_entry(session, EscalationStep(child_id=saved.child_id, concern_id=saved.id,
                                              step=start, to_whom=policy.ladder[start].title,
                                              at=raised_at))
    return saved


def concern_status(session: Session, concern_id: str,
                   policy: Policy) -> concern_rules.EscalationState:
    """Where the concern stands on the ladder now, and what to do next."""
    concern = records.get_document(session, Concern, concern_id)
    steps = records.list_entries(session, EscalationStep, concern.child_id)
    referrals = records.list_documents(session, Referral, concern.child_id)
    return concern_rules.escalation_state(concern, steps, referrals, policy, now_of(session))


def escalate(session: Session, concern_id: str, policy: Policy, *,
             to_whom: str = "") -> EscalationStep:
    """Move the concern one step up the ladder, starting that step's clock."""
    state = concern_status(session, concern_id, policy)
    if state.closed:
        raise PracticeRuleError("Not escalated.", ["The concern is closed."])
    if state.next_step is None:
        raise PracticeRuleError("Not escalated.", [
            f"The concern is already at the top of the ladder ({state.step.title}): keep "
            "following up and record each contact."])
    return records.add_entry(session, EscalationStep(
        child_id=state.concern.child_id, concern_id=concern_id, step=state.step_index + 1,
        to_whom=to_whom.strip() or state.next_step.title, at=now_of(session)))


def record_step_outcome(session: Session, step: EscalationStep, outcome: str) -> EscalationStep:
    """What the step's answer was (this stops its clock)."""
    if not outcome.strip():
        raise PracticeRuleError("The answer was not saved.", ["Write what the answer was."])
    return records.correct_entry(session, dataclasses.replace(step, outcome=outcome.strip()))


def close_concern(session: Session, concern: Concern, outcome: str, child_told: bool | None,
                  carers_told: bool | None) -> Concern:
    """Close a concern with its outcome and whether the child and the carers were told."""
    problems = concern_rules.closing_problems(outcome, child_told, carers_told)
    if concern.status is ConcernStatus.CLOSED:
        problems.append("The concern is already closed.")
    if problems:
        raise PracticeRuleError("The concern was not closed.", problems)
    return records.save_document(session, dataclasses.replace(
        concern, status=ConcernStatus.CLOSED, outcome=outcome.strip(), child_told=child_told,
        carers_told=carers_told, closed_at=now_of(session)))


def make_referral(session: Session, referral: Referral, policy: Policy) -> Referral:
    """Save a referral with its acknowledgement clock."""
    records.get_document(session, Child, referral.child_id)
    if referral.concern_id is not None:
        concern = records.get_document(session, Concern, referral.concern_id)
        if concern.child_id != referral.child_id:
            raise PracticeRuleError("The referral was not saved.",
                                    ["That concern is not one of this child's."])
    made_at = referral.made_at or now_of(session)
    return records.save_document(session, dataclasses.replace(
        referral, made_at=made_at,
        ack_due=concern_rules.referral_ack_due(made_at, referral.referral_type, policy)))


def acknowledge_referral(session: Session, referral: Referral, *,
                         acknowledged_at: datetime | None = None, reference: str = "") -> Referral:
    """The agency confirmed receipt: the acknowledgement clock stops."""
    at = acknowledged_at or now_of(session)
    problems = []
    if referral.acknowledged_at is not None:
        problems.append("The referral is already acknowledged.")
    if referral.made_at is not None and at < referral.made_at:
        problems.append("The acknowledgement cannot come before the referral.")
    if problems:
        raise PracticeRuleError("The acknowledgement was not saved.", problems)
    return records.save_document(session, dataclasses.replace(
        referral, acknowledged_at=at, reference=reference.strip() or referral.reference))


def log_information_sharing(session: Session, entry: InformationSharing) -> InformationSharing:
    """Log information shared (what, with whom, why, on what basis) or a decision not to
    share (what, with whom, and the reason, in ``why``)."""
    records.get_document(session, Child, entry.child_id)
    problems = []
    if not entry.what.strip():
        problems.append("Say what information it was.")
    if not entry.with_whom.strip():
        problems.append("Say who it was shared with." if entry.shared
                        else "Say who asked for it or who it was not shared with.")
    if not entry.why.strip():
        problems.append("Say why it was shared." if entry.shared else "Say why it was not shared.")
    if entry.shared and not entry.basis.strip():
        problems.append("Say on what basis it was shared (for example consent, or to "
                        "safeguard the child).")
    if problems:
        raise PracticeRuleError("The information-sharing entry was not saved.", problems)
    return records.add_entry(session, dataclasses.replace(entry, at=entry.at or now_of(session)))


# --------------------------------------------------------------------------- history, for charts and the review form


def plan_versions(session: Session, plan_id: str) -> list[tuple[SafetyPlan, PlanStatus]]:
    """Every revision of a plan, oldest first, each with its status as a version (an agreed
    revision reads as superseded once a later one is agreed)."""
    revisions = [p for p in records.list_revisions(session, SafetyPlan, plan_id) if not p.deleted]
    statuses = version_statuses(revisions)
    return [(p, statuses[p.rev]) for p in revisions]


def score_history(session: Session, child_id: str) -> dict[str, list[ScorePoint]]:
    """Each person's 0-10 scores over time, from every plan revision and scaling answer."""
    revisions = [rev for plan in records.list_documents(session, SafetyPlan, child_id)
                 for rev in records.list_revisions(session, SafetyPlan, plan.id)]
    return score_series(revisions, records.list_entries(session, VoiceEntry, child_id))


def case_timeline(session: Session, child_id: str) -> list[TimelineEvent]:
    """Key moments, reviews, concerns, escalations and referrals in time order."""
    return timeline(records.list_entries(session, KeyMoment, child_id),
                    records.list_entries(session, Review, child_id),
                    records.list_documents(session, Concern, child_id),
                    records.list_entries(session, EscalationStep, child_id),
                    records.list_documents(session, Referral, child_id))


def voice_since_last_review(session: Session, child_id: str) -> list[VoiceEntry]:
    """What the child and others said since the last review, for the review form."""
    return voice_since(records.list_entries(session, VoiceEntry, child_id),
                       records.list_entries(session, Review, child_id))
