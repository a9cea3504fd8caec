"""What sync has left for the practitioner to settle: documents changed in two places (more than
one head), changes the hub refused, with the hub's reason, and records kept aside (received but
not applied here, or a change of this laptop's whose case moved on first), with why.

A document's conflict is read from its heads, not from the outbox: a merge ends it, and a
conflict that arrived in a pull (the other laptop pushed first) counts as much as one this
laptop's push was told about. A refusal counts while it is the latest word on that record.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, exists, func, select
from sqlalchemy.orm import Session, aliased

from directwork.domain.records import RECORD_KINDS
from directwork.store import outbox
from directwork.store.schema import ROW_FOR_KIND, KeptAsideRow, OutboxRow

REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class Refusal:
    seq: int
    kind: str
    record_id: str
    child_id: str
    reason: str


@dataclass(frozen=True, slots=True)
class Diverged:
    kind: str
    record_id: str
    child_id: str


def _document_kinds() -> list[str]:
    return [kind for kind, cls in RECORD_KINDS.items() if cls.VERSIONED and kind in ROW_FOR_KIND]


def diverged_documents(session: Session, scope: Collection[str] | None = None) -> list[Diverged]:
    """Every document with more than one head (optionally only these children's)."""
    found: list[Diverged] = []
    for kind in _document_kinds():
        table = ROW_FOR_KIND[kind]
        query = (select(table.id, func.min(table.child_id)).where(table.is_head.is_(True))
                 .group_by(table.id).having(func.count() > 1))
        if scope is not None:
            query = query.where(table.child_id.in_(scope))
        found += [Diverged(kind, record_id, child_id or "")
                  for record_id, child_id in session.execute(query)]
    return found


def _latest_in(states: tuple[str, ...], scope: Collection[str] | None,
               ) -> Select[int, str, str, str, str]:
    """Outbox rows in ``states`` that are still the latest change of their record."""
    # No later change of the same record: found through the record's index for the few rows
    # in these states, rather than the latest change of every record in the outbox.
    later = aliased(OutboxRow)
    newer = exists().where(later.record_id == OutboxRow.record_id, later.seq > OutboxRow.seq)
    query = select(OutboxRow.seq, OutboxRow.kind, OutboxRow.record_id, OutboxRow.child_id,
                   OutboxRow.reason).where(OutboxRow.state.in_(states), ~newer)
    if scope is not None:
        query = query.where(OutboxRow.child_id.in_(scope))
    return query.order_by(OutboxRow.seq)


def refused_changes(session: Session, scope: Collection[str] | None = None) -> list[Refusal]:
    """Changes the hub refused, where the refusal is still the latest change of that record."""
    return [Refusal(*row) for row in session.execute(_latest_in((REJECTED,), scope))]


@dataclass(frozen=True, slots=True)
class KeptAside:
    """A record kept aside: ``from_hub`` (received, not applied here) or this laptop's own
    change that could not reach the hub before its case moved on."""

    key: int
    kind: str
    record_id: str
    child_id: str
    reason: str
    from_hub: bool
    kept_at: datetime


def kept_aside(session: Session, scope: Collection[str] | None = None) -> list[KeptAside]:
    """Everything kept aside, oldest first (optionally only these children's)."""
    query = select(KeptAsideRow).order_by(KeptAsideRow.key)
    if scope is not None:
        query = query.where(KeptAsideRow.child_id.in_(scope))
    return [KeptAside(r.key, r.kind, r.record_id, r.child_id, r.reason, r.source == "hub",
                      r.kept_at) for r in session.execute(query).scalars()]


def kept_aside_count(session: Session) -> int:
    return int(session.execute(select(func.count()).select_from(KeptAsideRow)).scalar_one())


def children_needing_attention(session: Session, scope: Collection[str] | None = None) -> set[str]:
    """Children with a diverged document, or whose latest change of a record the hub refused or
    found in conflict (its other version may not have come down yet), or with something kept
    aside."""
    flagged = {row.child_id for row in session.execute(_latest_in(outbox.ATTENTION, scope))}
    flagged |= {k.child_id for k in kept_aside(session, scope)}
    return flagged | {d.child_id for d in diverged_documents(session, scope)}
