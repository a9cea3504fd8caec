"""The practitioner's caseload: one summary row per child, built with a handful of grouped
queries (one per column family, never one per child), so 500 children load as fast as 20.

The queries are plain SQL, written out once here and handed to the driver as they are: the
caseload is the first thing read after unlocking, when SQLAlchemy would otherwise build,
compile and cache about twenty statements (and turn every time it reads into a datetime)
while the practitioner waits. Times are stored as ISO text that sorts in time order (see
``core.columns``), dates as ``YYYY-MM-DD``, so the SQL picks the newest row by comparing
text and only the few values shown are parsed. Which children need attention is read as
``attention.children_needing_attention`` reads it, in one statement; tests compare both
with the ORM's answer on random caseloads.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy.orm import Session

from directwork.core.utc import from_utc_text
from directwork.domain.policy import Policy, load_policy
from directwork.domain.records import (
    RECORD_KINDS,
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
from directwork.store import outbox
from directwork.store.context import now_of
from directwork.store.schema import ROW_FOR_KIND

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
    level: Level | None  # the level a manager signed off
    last_seen: date | None
    next_visit: date | None
    review_due: date | None
    review_overdue: bool
    open_concerns: int
    key_moment: str
    key_moment_at: date | None
    sync_state: str
    # A newer level decision no manager has signed off yet (shown as awaiting sign-off).
    level_awaiting: Level | None = None

    @property
    def level_text(self) -> str:
        """"Medium", "Medium (High awaiting sign-off)", "High awaiting sign-off" or ""."""
        if self.level_awaiting is None:
            return self.level.label if self.level else ""
        awaiting = f"{self.level_awaiting.label} awaiting sign-off"
        return f"{self.level.label} ({awaiting})" if self.level else awaiting

    @property
    def search_text(self) -> str:
        """What a search box matches against, lower-cased once."""
        return f"{self.name} {self.full_name} {self.level_text} {self.key_moment}".lower()


def age_on(born: date | None, today: date) -> int | None:
    if born is None:
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


# --------------------------------------------------------------------------- the SQL

# Only these children's rows, when a caseload is read for some children: their ids are one
# parameter, a JSON list, so each statement's text is the same however many there are.
_SCOPE = " AND {column} IN (SELECT value FROM json_each(:scope))"


def _effective(table: str) -> str:
    """Entries of ``table`` a reader should see now: not corrected, not retracted."""
    return (f"{table}.id NOT IN (SELECT corrects_id FROM {table} "
            f"WHERE corrects_id IS NOT NULL) AND {table}.retracted IS 0")


def _scoped(sql: str, scoped: bool, column: str = "child_id") -> str:
    return sql + (_SCOPE.format(column=column) if scoped else "")


def _children_sql(scoped: bool) -> str:
    return _scoped("SELECT id, rev, preferred_name, given_name, family_name, date_of_birth, "
                   "next_visit, created_at FROM child WHERE is_head IS 1 AND deleted IS 0",
                   scoped, "id")


def _last_seen_sql(scoped: bool) -> str:
    return _scoped("SELECT child_id, max(started_at) FROM visit "
                   "WHERE is_head IS 1 AND deleted IS 0", scoped) + " GROUP BY child_id"


def _latest_sql(table: str, columns: str, order: str, where: str, names: str = "") -> str:
    """Each child's newest row of ``table`` by ``order`` (descending), picked in SQL:
    ``columns`` (called ``names`` outside the ranking, when they are expressions)."""
    return (f"SELECT child_id, {names or columns} FROM (SELECT child_id, {columns}, "
            "row_number() OVER "
            f"(PARTITION BY child_id ORDER BY {order}) AS rank FROM {table} WHERE {where}) "
            "WHERE rank = 1")


def _reviews_sql(scoped: bool) -> str:
    # The schedule goes by the latest review held, so that one is all it needs of the reviews.
    return _latest_sql("review", "held_at, created_at, next_review",
                       "held_at DESC, created_at DESC",
                       _scoped(_effective("review") + " AND held_at IS NOT NULL", scoped))


def _latest_moments_sql(scoped: bool) -> str:
    when = "coalesce(occurred_at, created_at)"
    return _latest_sql("key_moment", f"moment_type, {when} AS at", f"{when} DESC, created_at DESC",
                       _scoped(_effective("key_moment"), scoped), "moment_type, at")


def _open_concerns_sql(scoped: bool) -> str:
    return _scoped("SELECT child_id, count(DISTINCT id) FROM concern WHERE is_head IS 1 "
                   "AND deleted IS 0 AND status = 'open'", scoped) + " GROUP BY child_id"


def _sign_offs_sql(scoped: bool) -> str:
    return _scoped("SELECT decision_id FROM level_signoff WHERE " + _effective("level_signoff"),
                   scoped)


def _decisions_sql(scoped: bool) -> str:
    return _scoped("SELECT id, child_id, level, decided_at, created_at FROM safety_level "
                   "WHERE " + _effective("safety_level"), scoped)


# Key moments of the kinds that bring a review forward (one parameter: a JSON list of kinds).
_FORWARD_KINDS = "moment_type IN (SELECT value FROM json_each(:kinds))"


def _moments_sql(scoped: bool) -> str:
    return _scoped("SELECT child_id, id, moment_type, occurred_at, returned_at, response, "
                   "response_due, created_at FROM key_moment WHERE "
                   f"{_effective('key_moment')} AND {_FORWARD_KINDS}", scoped)


def _responses_sql(scoped: bool) -> str:
    answered = _scoped(f"SELECT id FROM key_moment WHERE {_effective('key_moment')} "
                       f"AND {_FORWARD_KINDS}", scoped)
    return _scoped("SELECT child_id, id, key_moment_id, outcome, done_at, created_at "
                   f"FROM key_moment_response WHERE {_effective('key_moment_response')}",
                   scoped) + f" AND key_moment_id IN ({answered})"


def _plans_sql(scoped: bool) -> str:
    return _scoped("SELECT child_id, id, rev, status, next_review FROM safety_plan "
                   "WHERE is_head IS 1 AND deleted IS 0", scoped)


def _document_tables() -> list[str]:
    return [ROW_FOR_KIND[kind].__tablename__ for kind, cls in RECORD_KINDS.items()
            if cls.VERSIONED and kind in ROW_FOR_KIND]


@cache
def _attention_sql(scoped: bool) -> str:
    """The children ``attention.children_needing_attention`` names, in one statement: a
    change the hub refused or found in conflict that is still its record's latest change,
    anything kept aside, and a document with more than one head."""
    states = ", ".join(f"'{state}'" for state in outbox.ATTENTION)
    parts = [_scoped(f"SELECT o.child_id FROM outbox AS o WHERE o.state IN ({states}) AND NOT "
                     "EXISTS (SELECT 1 FROM outbox AS later WHERE later.record_id = o.record_id "
                     "AND later.seq > o.seq)", scoped, "o.child_id"),
             _scoped("SELECT child_id FROM kept_aside WHERE 1", scoped)]
    parts += [_scoped(f"SELECT coalesce(min(child_id), '') FROM {table} WHERE is_head IS 1",
                      scoped) + " GROUP BY id HAVING count(*) > 1"
              for table in _document_tables()]
    return " UNION ".join(parts)


def _pending_sql(scoped: bool) -> str:
    return _scoped(f"SELECT DISTINCT child_id FROM outbox WHERE state = '{outbox.PENDING}'",
                   scoped)


class _Reader:
    """Runs the caseload's statements on the session's connection, as they are written."""

    def __init__(self, session: Session, scope: list[str] | None) -> None:
        self.connection = session.connection()
        self.scoped = scope is not None
        self.params: dict[str, Any] = {"scope": json.dumps(scope)} if scope is not None else {}

    def rows(self, sql: str, **params: Any) -> Sequence[Any]:
        named = {**self.params, **params}
        return self.connection.exec_driver_sql(sql, named).fetchall()


def _when(text: str | None) -> datetime | None:
    return None if text is None else from_utc_text(text)


def _date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _day(value: datetime | None) -> date | None:
    """The date in Europe/London, as every screen shows it."""
    return local_date(value) if value else None


# --------------------------------------------------------------------------- the rows


def caseload_rows(session: Session, child_ids: Collection[str] | None = None, *,
                  hub_configured: bool = False, today: date | None = None,
                  policy: Policy | None = None) -> list[CaseloadRow]:
    """Summary rows for every child on this laptop (or only ``child_ids``), ordered by name.
    Each row's review date is ``reviews.review_schedule``'s: the one every screen shows."""
    today = today or local_date(now_of(session))
    policy = policy or load_policy()
    read = _Reader(session, list(child_ids) if child_ids is not None else None)
    scoped = read.scoped

    children: dict[str, Any] = {}
    for row in read.rows(_children_sql(scoped)):
        held = children.get(row[0])
        if held is None or (rev_number(row[1]), row[1]) > (rev_number(held[1]), held[1]):
            children[row[0]] = row
    if not children:
        return []

    standing = _level_standings(read)
    last_seen = {child: _day(_when(at)) for child, at in read.rows(_last_seen_sql(scoped))}
    reviews = {child: (held_at, created_at, next_review) for child, held_at, created_at,
               next_review in read.rows(_reviews_sql(scoped))}
    moments, responses = _key_moments(read, policy)
    plans = _agreed_plans(read)
    open_concerns = dict(read.rows(_open_concerns_sql(scoped)))
    latest_moments = {child: (kind, at) for child, kind, at
                      in read.rows(_latest_moments_sql(scoped))}
    # From the heads, not the outbox: a merge ends a conflict, and one that came in a pull counts.
    attention = {child for (child,) in read.rows(_attention_sql(scoped))}
    pending = ({child for (child,) in read.rows(_pending_sql(scoped))} if hub_configured
               else set())

    rows = []
    for child_id, child in children.items():
        (_id, _rev, preferred_name, given_name, family_name, born_text, next_visit,
         created_at) = child
        born = _date(born_text)
        level = standing.get(child_id)
        review = reviews.get(child_id)
        held = ([Review(child_id=child_id, held_at=_when(review[0]), created_at=_when(review[1]),
                        next_review=_date(review[2]))] if review else [])
        due = review_schedule(_day(_when(created_at)) or today, held, moments.get(child_id, []),
                              responses.get(child_id, []), plans.get(child_id, []),
                              policy).due
        moment = latest_moments.get(child_id)
        if child_id in attention:
            state = ATTENTION
        elif not hub_configured:
            state = SAVED_HERE
        else:
            state = WAITING if child_id in pending else ON_HUB
        rows.append(CaseloadRow(
            child_id=child_id,
            name=preferred_name or given_name or "(no name)",
            full_name=f"{given_name} {family_name}".strip(),
            date_of_birth=born,
            age=age_on(born, today),
            level=level[0] if level else None,
            level_awaiting=level[1] if level else None,
            last_seen=last_seen.get(child_id),
            next_visit=_date(next_visit),
            review_due=due,
            review_overdue=due < today,
            open_concerns=int(open_concerns.get(child_id, 0)),
            key_moment=KeyMomentType(moment[0]).value.replace("_", " ") if moment else "",
            key_moment_at=_day(_when(moment[1])) if moment else None,
            sync_state=state,
        ))
    rows.sort(key=lambda row: (row.name.lower(), row.child_id))
    return rows


def _level_standings(read: _Reader) -> dict[str, tuple[Level | None, Level | None]]:
    """Each child's signed-off level and a newer one awaiting sign-off, by the same rule the
    child record uses (``levels.level_standing``), from two queries for the whole caseload
    (the decisions' few columns, and which were signed off)."""
    signed = {decision for (decision,) in read.rows(_sign_offs_sql(read.scoped))}
    decisions: dict[str, list[SafetyLevelDecision]] = {}
    for decision_id, child_id, level, decided_at, created_at in read.rows(
            _decisions_sql(read.scoped)):
        decisions.setdefault(child_id, []).append(SafetyLevelDecision(
            id=decision_id, child_id=child_id, level=Level(level), decided_at=_when(decided_at),
            created_at=_when(created_at)))
    out = {}
    for child_id, made in decisions.items():
        found = level_standing(made, [LevelSignOff(child_id=child_id, decision_id=d.id)
                                      for d in made if d.id in signed])
        out[child_id] = (found.signed_off.level if found.signed_off else None,
                         found.awaiting.level if found.awaiting else None)
    return out


def _key_moments(read: _Reader, policy: Policy
                 ) -> tuple[dict[str, list[KeyMoment]], dict[str, list[KeyMomentResponse]]]:
    """Each child's effective key moments of the kinds that bring the review forward, and the
    responses to them: as much as the review schedule reads."""
    kinds = json.dumps([kind.value for kind, rule in policy.key_moments.items()
                        if rule.brings_review_forward])
    moments: dict[str, list[KeyMoment]] = {}
    for (child_id, moment_id, kind, occurred_at, returned_at, response, response_due,
         created_at) in read.rows(_moments_sql(read.scoped), kinds=kinds):
        moments.setdefault(child_id, []).append(KeyMoment(
            id=moment_id, child_id=child_id, moment_type=KeyMomentType(kind),
            occurred_at=_when(occurred_at), returned_at=_when(returned_at), response=response,
            response_due=_when(response_due), created_at=_when(created_at)))
    responses: dict[str, list[KeyMomentResponse]] = {}
    for child_id, answer_id, moment_id, outcome, done_at, created_at in read.rows(
            _responses_sql(read.scoped), kinds=kinds):
        # Who was told matters only to a disclosure, which brings no review forward.
        responses.setdefault(child_id, []).append(KeyMomentResponse(
            id=answer_id, child_id=child_id, key_moment_id=moment_id,
            outcome=ResponseOutcome(outcome), done_at=_when(done_at),
            created_at=_when(created_at)))
    return moments, responses


def _agreed_plans(read: _Reader) -> dict[str, list[SafetyPlan]]:
    """Each child's agreed plans (the current revision of each), for their review date."""
    best: dict[str, Any] = {}
    for row in read.rows(_plans_sql(read.scoped)):
        held = best.get(row[1])
        if held is None or (rev_number(row[2]), row[2]) > (rev_number(held[2]), held[2]):
            best[row[1]] = row
    plans: dict[str, list[SafetyPlan]] = {}
    for child_id, plan_id, rev, status, next_review in best.values():
        plans.setdefault(child_id, []).append(SafetyPlan(
            id=plan_id, child_id=child_id, rev=rev, status=PlanStatus(status),
            next_review=_date(next_review)))
    return plans

