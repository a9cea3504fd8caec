"""The practitioner's caseload: one summary row per child, built with a handful of grouped
queries (one per column family, never one per child), so 500 children load as fast as 20.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from directwork.domain.policy import Policy, load_policy
from directwork.domain.records import KeyMomentType, Level, Review
from directwork.domain.revisions import rev_number
from directwork.domain.rules.reviews import review_due
from directwork.store.context import now_of
from directwork.store.schema import (
    ChildRow,
    ConcernRow,
    KeyMomentRow,
    OutboxRow,
    ReviewRow,
    SafetyLevelDecisionRow,
    VisitRow,
)

# Sync states shown beside each child (DESIGN.md "Sync").
SAVED_HERE = "saved on this laptop"
WAITING = "waiting to sync"
ON_HUB = "on the team hub"
ATTENTION = "needs attention"


@dataclass(frozen=True, slots=True)
class CaseloadRow:
    child_id: str
    name: str
    full_name: str
    date_of_birth: date | None
    age: int | None
    level: Level | None
    last_seen: date | None
    next_visit: date | None
    review_due: date | None
    review_overdue: bool
    open_concerns: int
    key_moment: str
    key_moment_at: date | None
    sync_state: str

    @property
    def search_text(self) -> str:
        """What a search box matches against, lower-cased once."""
        level = self.level.label if self.level else ""
        return f"{self.name} {self.full_name} {level} {self.key_moment}".lower()


def age_on(born: date | None, today: date) -> int | None:
    if born is None:
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _effective(table, ids: Collection[str] | None):  # noqa: ANN001, ANN202 - an entry table
    """Clauses for entries a reader should see now: not corrected, not retracted."""
    replaced = select(table.corrects_id).where(table.corrects_id.is_not(None))
    clauses = [table.id.not_in(replaced), table.retracted.is_(False)]
    if ids is not None:
        clauses.append(table.child_id.in_(ids))
    return clauses


def _day(value: datetime | None) -> date | None:
    return value.astimezone(UTC).date() if value else None


def caseload_rows(session: Session, child_ids: Collection[str] | None = None, *,
                  hub_configured: bool = False, today: date | None = None,
                  policy: Policy | None = None) -> list[CaseloadRow]:
    """Summary rows for every child on this laptop (or only ``child_ids``), ordered by name."""
    today = today or now_of(session).date()
    policy = policy or load_policy()
    ids = list(child_ids) if child_ids is not None else None

    children: dict[str, ChildRow] = {}
    query = select(ChildRow).where(ChildRow.is_head.is_(True), ChildRow.deleted.is_(False))
    if ids is not None:
        query = query.where(ChildRow.id.in_(ids))
    for row in session.execute(query).scalars():
        held = children.get(row.id)
        if held is None or (rev_number(row.rev), row.rev) > (rev_number(held.rev), held.rev):
            children[row.id] = row
    if not children:
        return []
    scope = ids

    levels: dict[str, tuple[datetime, str]] = {}
    t = SafetyLevelDecisionRow
    for child_id, level, decided, created in session.execute(
        select(t.child_id, t.level, t.decided_at, t.created_at).where(*_effective(t, scope))
    ):
        when = decided or created
        if child_id not in levels or when >= levels[child_id][0]:
            levels[child_id] = (when, level)

    v = VisitRow
    visit_query = (select(v.child_id, func.max(v.started_at))
                   .where(v.is_head.is_(True), v.deleted.is_(False)).group_by(v.child_id))
    if scope is not None:
        visit_query = visit_query.where(v.child_id.in_(scope))
    last_seen = {c: _day(at) for c, at in session.execute(visit_query)}

    reviews: dict[str, list[Review]] = defaultdict(list)
    r = ReviewRow
    for child_id, held, created, next_review in session.execute(
        select(r.child_id, r.held_at, r.created_at, r.next_review).where(*_effective(r, scope))
    ):
        reviews[child_id].append(Review(child_id=child_id, held_at=held, created_at=created,
                                        next_review=next_review))

    c = ConcernRow
    concern_query = (select(c.child_id, func.count(func.distinct(c.id)))
                     .where(c.is_head.is_(True), c.deleted.is_(False), c.status == "open")
                     .group_by(c.child_id))
    if scope is not None:
        concern_query = concern_query.where(c.child_id.in_(scope))
    open_concerns = dict(session.execute(concern_query).all())

    moments: dict[str, tuple[datetime, str]] = {}
    k = KeyMomentRow
    for child_id, kind, occurred, created in session.execute(
        select(k.child_id, k.moment_type, k.occurred_at, k.created_at).where(*_effective(k, scope))
    ):
        when = occurred or created
        if child_id not in moments or when >= moments[child_id][0]:
            moments[child_id] = (when, kind)

    sync: dict[str, dict[str, int]] = defaultdict(dict)
    o = OutboxRow
    outbox_query = select(o.child_id, o.state, func.count()).group_by(o.child_id, o.state)
    if scope is not None:
        outbox_query = outbox_query.where(o.child_id.in_(scope))
    for child_id, state, count in session.execute(outbox_query):
        sync[child_id][state] = count

    rows = []
    for child_id, child in children.items():
        level = levels.get(child_id)
        due = review_due(_day(child.created_at) or today, reviews.get(child_id, ()), policy).due
        moment = moments.get(child_id)
        rows.append(CaseloadRow(
            child_id=child_id,
            name=child.preferred_name or child.given_name or "(no name)",
            full_name=f"{child.given_name} {child.family_name}".strip(),
            date_of_birth=child.date_of_birth,
            age=age_on(child.date_of_birth, today),
            level=Level(level[1]) if level else None,
            last_seen=last_seen.get(child_id),
            next_visit=child.next_visit,
            review_due=due,
            review_overdue=due < today,
            open_concerns=int(open_concerns.get(child_id, 0)),
            key_moment=KeyMomentType(moment[1]).value.replace("_", " ") if moment else "",
            key_moment_at=_day(moment[0]) if moment else None,
            sync_state=sync_state(sync.get(child_id, {}), hub_configured),
        ))
    rows.sort(key=lambda row: (row.name.lower(), row.child_id))
    return rows


def sync_state(states: dict[str, int], hub_configured: bool) -> str:
    """Where a child's records are, from the states of their outbox rows."""
    if any(states.get(s) for s in ("conflict", "rejected")):
        return ATTENTION
    if not hub_configured:
        return SAVED_HERE
    return WAITING if states.get("pending") else ON_HUB


def child_ids(session: Session) -> Sequence[str]:
    return list(session.execute(
        select(ChildRow.id).where(ChildRow.is_head.is_(True), ChildRow.deleted.is_(False))
        .distinct()).scalars())
