"""The caseload as it was computed before its statements were written out as plain SQL:
through SQLAlchemy's ORM, with ``attention.children_needing_attention``. Kept as the
reference the fast reading is compared with (tests/store/test_caseload_same.py)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, ColumnExpressionArgument, SQLColumnExpression, func, select
from sqlalchemy.orm import Session

from directwork.core.utc import from_utc_text
from directwork.domain.policy import Policy, load_policy
from directwork.domain.records import (
    KeyMoment,
    KeyMomentResponse,
    KeyMomentType,
    Level,
    LevelSignOff,
    PlanStatus,
    ResponseOutcome,
    Review,
    SafetyLevelDecision,
    SafetyPlan,
)
from directwork.domain.revisions import rev_number
from directwork.domain.rules.levels import level_standing
from directwork.domain.rules.reviews import review_schedule
from directwork.domain.rules.workdays import local_date
from directwork.store.attention import children_needing_attention
from directwork.store.caseload import (
    ATTENTION,
    ON_HUB,
    SAVED_HERE,
    WAITING,
    CaseloadRow,
    age_on,
)
from directwork.store.context import now_of
from directwork.store.schema import (
    ChildRow,
    ConcernRow,
    EntryRow,
    KeyMomentResponseRow,
    KeyMomentRow,
    LevelSignOffRow,
    OutboxRow,
    ReviewRow,
    SafetyLevelDecisionRow,
    SafetyPlanRow,
    VisitRow,
)


def _effective(table: type[EntryRow], ids: Collection[str] | None) -> list[ColumnElement[bool]]:
    """Clauses for entries of ``table`` a reader should see now: not corrected, not retracted."""
    replaced = select(table.corrects_id).where(table.corrects_id.is_not(None))
    clauses: list[ColumnElement[bool]] = [table.id.not_in(replaced), table.retracted.is_(False)]
    if ids is not None:
        clauses.append(table.child_id.in_(ids))
    return clauses


def _latest_per_child(session: Session, table: type[EntryRow],
                      columns: Sequence[SQLColumnExpression[Any]],
                      order: Sequence[SQLColumnExpression[Any]],
                      clauses: Sequence[ColumnExpressionArgument[bool]]) -> dict[str, tuple[Any, ...]]:
    """Each child's newest row by ``order``, picked in SQL: times are stored as ISO text that
    sorts in time order, so only one row per child is read back and parsed."""
    rank = func.row_number().over(partition_by=table.child_id, order_by=[o.desc() for o in order])
    ranked = select(table.child_id.label("child_id"), *columns, rank.label("rank")).where(
        *clauses).subquery()
    query = select(*[c for c in ranked.c if c.name != "rank"]).where(ranked.c.rank == 1)
    return {row[0]: tuple(row[1:]) for row in session.execute(query)}


def _day(value: datetime | None) -> date | None:
    """The date in Europe/London, as every screen shows it."""
    return local_date(value) if value else None


def caseload_rows(session: Session, child_ids: Collection[str] | None = None, *,
                  hub_configured: bool = False, today: date | None = None,
                  policy: Policy | None = None) -> list[CaseloadRow]:
    """Summary rows for every child on this laptop (or only ``child_ids``), ordered by name.
    Each row's review date is ``reviews.review_schedule``'s: the one every screen shows."""
    today = today or local_date(now_of(session))
    policy = policy or load_policy()
    scope = list(child_ids) if child_ids is not None else None

    c = ChildRow
    query = select(c.id, c.rev, c.preferred_name, c.given_name, c.family_name,
                   c.date_of_birth, c.next_visit, c.created_at).where(
        c.is_head.is_(True), c.deleted.is_(False))
    if scope is not None:
        query = query.where(c.id.in_(scope))
    children: dict[str, Any] = {}
    for row in session.execute(query):
        held = children.get(row.id)
        if held is None or (rev_number(row.rev), row.rev) > (rev_number(held.rev), held.rev):
            children[row.id] = row
    if not children:
        return []

    standing = _level_standings(session, scope)

    v = VisitRow
    visit_query = (select(v.child_id, func.max(v.started_at))
                   .where(v.is_head.is_(True), v.deleted.is_(False)).group_by(v.child_id))
    if scope is not None:
        visit_query = visit_query.where(v.child_id.in_(scope))
    last_seen = {child: _day(at) for child, at in session.execute(visit_query)}

    r = ReviewRow
    # The schedule goes by the latest review held, so that one is all it needs of the reviews.
    reviews = _latest_per_child(session, r, [r.held_at, r.created_at, r.next_review],
                                [r.held_at, r.created_at],
                                [*_effective(r, scope), r.held_at.is_not(None)])
    moments, responses = _key_moments(session, scope, policy)
    plans = _agreed_plans(session, scope)

    n = ConcernRow
    concern_query = (select(n.child_id, func.count(func.distinct(n.id)))
                     .where(n.is_head.is_(True), n.deleted.is_(False), n.status == "open")
                     .group_by(n.child_id))
    if scope is not None:
        concern_query = concern_query.where(n.child_id.in_(scope))
    open_concerns = dict(session.execute(concern_query).all())

    k = KeyMomentRow
    latest_moments = _latest_per_child(session, k, [k.moment_type, func.coalesce(k.occurred_at,
                                                                          k.created_at)],
                                [func.coalesce(k.occurred_at, k.created_at), k.created_at],
                                _effective(k, scope))

    # From the heads, not the outbox: a merge ends a conflict, and one that came in a pull counts.
    attention = children_needing_attention(session, scope)
    pending = _outbox_children(session, ("pending",), scope) if hub_configured else set()

    rows = []
    for child_id, child in children.items():
        level = standing.get(child_id)
        review = reviews.get(child_id)
        held = ([Review(child_id=child_id, held_at=review[0], created_at=review[1],
                        next_review=review[2])] if review else [])
        due = review_schedule(_day(child.created_at) or today, held, moments.get(child_id, []),
                              responses.get(child_id, []), plans.get(child_id, []),
                              policy).due
        moment = latest_moments.get(child_id)
        moment_at = moment[1] if moment else None
        if isinstance(moment_at, str):  # coalesce() hands back the stored text
            moment_at = from_utc_text(moment_at)
        if child_id in attention:
            state = ATTENTION
        elif not hub_configured:
            state = SAVED_HERE
        else:
            state = WAITING if child_id in pending else ON_HUB
        rows.append(CaseloadRow(
            child_id=child_id,
            name=child.preferred_name or child.given_name or "(no name)",
            full_name=f"{child.given_name} {child.family_name}".strip(),
            date_of_birth=child.date_of_birth,
            age=age_on(child.date_of_birth, today),
            level=level[0] if level else None,
            level_awaiting=level[1] if level else None,
            last_seen=last_seen.get(child_id),
            next_visit=child.next_visit,
            review_due=due,
            review_overdue=due < today,
            open_concerns=int(open_concerns.get(child_id, 0)),
            key_moment=KeyMomentType(moment[0]).value.replace("_", " ") if moment else "",
            key_moment_at=_day(moment_at),
            sync_state=state,
        ))
    rows.sort(key=lambda row: (row.name.lower(), row.child_id))
    return rows


def _level_standings(session: Session, scope: Collection[str] | None
                     ) -> dict[str, tuple[Level | None, Level | None]]:
    """Each child's signed-off level and a newer one awaiting sign-off, by the same rule the
    child record uses (``levels.level_standing``), from two queries for the whole caseload
    (the decisions' few columns, and which were signed off)."""
    t, o = SafetyLevelDecisionRow, LevelSignOffRow
    signed = set(session.execute(select(o.decision_id).where(*_effective(o, scope))).scalars())
    decisions: dict[str, list[SafetyLevelDecision]] = {}
    for row in session.execute(select(t.id, t.child_id, t.level, t.decided_at, t.created_at)
                               .where(*_effective(t, scope))):
        decisions.setdefault(row.child_id, []).append(
            _decision(row.child_id, (row.id, row.level, row.decided_at, row.created_at)))
    out = {}
    for child_id, made in decisions.items():
        found = level_standing(made, [LevelSignOff(child_id=child_id, decision_id=d.id)
                                      for d in made if d.id in signed])
        out[child_id] = (found.signed_off.level if found.signed_off else None,
                         found.awaiting.level if found.awaiting else None)
    return out


def _decision(child_id: str, row: tuple[Any, ...]) -> SafetyLevelDecision:
    decision_id, level, decided_at, created_at = row
    return SafetyLevelDecision(id=decision_id, child_id=child_id, level=Level(level),
                               decided_at=_aware(decided_at), created_at=_aware(created_at))


def _aware(value: Any) -> datetime | None:
    # A window function hands back the stored text rather than the column's type.
    return from_utc_text(value) if isinstance(value, str) else value


def _key_moments(session: Session, scope: Collection[str] | None, policy: Policy
                 ) -> tuple[dict[str, list[KeyMoment]], dict[str, list[KeyMomentResponse]]]:
    """Each child's effective key moments of the kinds that bring the review forward, and the
    responses to them: as much as the review schedule reads."""
    kinds = [kind.value for kind, rule in policy.key_moments.items() if rule.brings_review_forward]
    k, p = KeyMomentRow, KeyMomentResponseRow
    moments: dict[str, list[KeyMoment]] = {}
    for row in session.execute(select(k.child_id, k.id, k.moment_type, k.occurred_at,
                                      k.returned_at, k.response, k.response_due, k.created_at)
                               .where(*_effective(k, scope), k.moment_type.in_(kinds))):
        moments.setdefault(row.child_id, []).append(KeyMoment(
            id=row.id, child_id=row.child_id, moment_type=KeyMomentType(row.moment_type),
            occurred_at=row.occurred_at, returned_at=row.returned_at, response=row.response,
            response_due=row.response_due, created_at=row.created_at))
    answered = select(k.id).where(*_effective(k, scope), k.moment_type.in_(kinds))
    responses: dict[str, list[KeyMomentResponse]] = {}
    for answer in session.execute(select(p.child_id, p.id, p.key_moment_id, p.outcome,
                                         p.done_at, p.created_at)
                                  .where(*_effective(p, scope), p.key_moment_id.in_(answered))):
        # Who was told matters only to a disclosure, which brings no review forward.
        responses.setdefault(answer.child_id, []).append(KeyMomentResponse(
            id=answer.id, child_id=answer.child_id, key_moment_id=answer.key_moment_id,
            outcome=ResponseOutcome(answer.outcome), done_at=answer.done_at,
            created_at=answer.created_at))
    return moments, responses


def _agreed_plans(session: Session, scope: Collection[str] | None
                  ) -> dict[str, list[SafetyPlan]]:
    """Each child's agreed plans (the current revision of each), for their review date."""
    t = SafetyPlanRow
    query = select(t.child_id, t.id, t.rev, t.status, t.next_review).where(
        t.is_head.is_(True), t.deleted.is_(False))
    if scope is not None:
        query = query.where(t.child_id.in_(scope))
    best: dict[str, Any] = {}
    for row in session.execute(query):
        held = best.get(row.id)
        if held is None or (rev_number(row.rev), row.rev) > (rev_number(held.rev), held.rev):
            best[row.id] = row
    plans: dict[str, list[SafetyPlan]] = {}
    for row in best.values():
        plans.setdefault(row.child_id, []).append(SafetyPlan(
            id=row.id, child_id=row.child_id, rev=row.rev, status=PlanStatus(row.status),
            next_review=row.next_review))
    return plans


def _outbox_children(session: Session, states: tuple[str, ...],
                     scope: Collection[str] | None) -> set[str]:
    """Children with an outbox row in one of ``states`` (found through the state index, so
    the payloads are never read)."""
    query = select(OutboxRow.child_id).where(OutboxRow.state.in_(states)).distinct()
    if scope is not None:
        query = query.where(OutboxRow.child_id.in_(scope))
    return set(session.execute(query).scalars())
