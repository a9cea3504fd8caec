"""What sync has left for the practitioner to settle: documents changed in two places (more than
one head) and changes the hub refused, with the hub's reason.

A document's conflict is read from its heads, not from the outbox: a merge ends it, and a
conflict that arrived in a pull (the other laptop pushed first) counts as much as one this
laptop's push was told about. A refusal counts while it is the latest word on that record.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from directwork.domain.records import RECORD_KINDS
from directwork.store import outbox
from directwork.store.schema import ROW_FOR_KIND, OutboxRow

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
    latest = (select(func.max(OutboxRow.seq)).group_by(OutboxRow.record_id)).scalar_subquery()
    query = select(OutboxRow.seq, OutboxRow.kind, OutboxRow.record_id, OutboxRow.child_id,
                   OutboxRow.reason).where(OutboxRow.state.in_(states), OutboxRow.seq.in_(latest))
    if scope is not None:
        query = query.where(OutboxRow.child_id.in_(scope))
    return query.order_by(OutboxRow.seq)


def refused_changes(session: Session, scope: Collection[str] | None = None) -> list[Refusal]:
    """Changes the hub refused, where the refusal is still the latest change of that record."""
    return [Refusal(*row) for row in session.execute(_latest_in((REJECTED,), scope))]


def children_needing_attention(session: Session, scope: Collection[str] | None = None) -> set[str]:
    """Children with a diverged document, or whose latest change of a record the hub refused or
    found in conflict (its other version may not have come down yet)."""
    flagged = {row.child_id for row in session.execute(_latest_in(outbox.ATTENTION, scope))}
    return flagged | {d.child_id for d in diverged_documents(session, scope)}
