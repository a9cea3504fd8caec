"""The outbox: every local change, in order, waiting to go up to the hub.

Written in the same transaction as the change itself (so a change is never saved without its
outbox row, nor the other way round). ``seq`` is this device's own sequence number. A number
once given is never given again: a change withdrawn on the laptop (its case moved on) keeps
its row, emptied, as a void number, and so does a number the hub already had from this laptop
before it was restored from a backup.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from directwork.core.utc import utc_text
from directwork.domain import codec
from directwork.domain.records import Record
from directwork.store.context import now_of
from directwork.store.schema import OutboxRow

PENDING = "pending"
SETTLED = ("accepted", "duplicate")
ATTENTION = ("conflict", "rejected")
ANSWERED = SETTLED + ATTENTION
REMOVED = "removed"  # the case moved on: what it held went with it, or was kept aside
VOID = "void"  # a number used before this laptop was restored from a backup
NO_CHANGE = (REMOVED, VOID)


@dataclass(frozen=True, slots=True)
class OutboxChange:
    seq: int
    kind: str
    record_id: str
    rev: str | None
    child_id: str
    payload: dict[str, Any]
    state: str
    reason: str


_OUTBOX = cast(Table, OutboxRow.__table__)
# One change waiting to go up, by the driver (``enqueued`` gives its values).
ENQUEUE = (f"INSERT INTO {_OUTBOX.name} (kind, record_id, rev, child_id, payload, created_at, "
           "state, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")


def enqueue(session: Session, record: Record) -> None:
    """One change waiting to go up, inserted at once, by the driver: numbered in the order
    changes are made (no outbox row is ever left to the session to flush later, in an order
    of its own, so none can take a number given meanwhile)."""
    session.connection().exec_driver_sql(ENQUEUE, enqueued(record, now_of(session)))


def enqueued(record: Record, now: datetime) -> tuple[Any, ...]:
    """The values ``ENQUEUE`` inserts for ``record``, changed at ``now``."""
    payload = json.dumps(codec.record_to_dict(record), separators=(",", ":"), ensure_ascii=False)
    return (record.KIND, record.id, getattr(record, "rev", None), record.child_id, payload,
            utc_text(now), PENDING, "")


def enqueue_many(session: Session, records: Sequence[Record]) -> None:
    """``enqueue`` for many records at once (an import, an offer back to a restored hub): one
    executemany, in the order given, which is the order their numbers follow."""
    if not records:
        return
    now = now_of(session)
    session.execute(insert(OutboxRow), [
        {"kind": record.KIND, "record_id": record.id, "rev": getattr(record, "rev", None),
         "child_id": record.child_id, "created_at": now, "state": PENDING, "reason": "",
         "payload": json.dumps(codec.record_to_dict(record), separators=(",", ":"),
                               ensure_ascii=False)} for record in records])


# ``mark`` as SQL, for an executemany of (state, reason, seq).
MARK = f"UPDATE {OutboxRow.__tablename__} SET state = ?, reason = ? WHERE seq = ?"


def mark_many(session: Session, answers: Sequence[tuple[int, str, str]]) -> None:
    """``mark`` for a whole push's answers: one executemany."""
    if answers:
        session.connection().exec_driver_sql(
            MARK, [(state, reason, seq) for seq, state, reason in answers])


def pending(session: Session, limit: int = 500, after_seq: int = 0) -> list[OutboxChange]:
    rows = session.execute(
        select(OutboxRow).where(OutboxRow.state == PENDING, OutboxRow.seq > after_seq)
        .order_by(OutboxRow.seq).limit(limit)
    ).scalars()
    return [_change(r) for r in rows]


def pending_count(session: Session) -> int:
    return int(session.execute(select(func.count()).where(OutboxRow.state == PENDING)).scalar_one())


def void_number(session: Session, seq: int) -> None:
    """Keep ``seq`` from ever being given to a change (numbering goes on after it)."""
    if session.get(OutboxRow, seq) is None:
        session.connection().execute(_OUTBOX.insert(), {
            "seq": seq, "kind": "", "record_id": "", "rev": None, "child_id": "",
            "payload": "{}", "created_at": now_of(session), "state": VOID,
            "reason": "a number this laptop used before it was restored"})


def mark(session: Session, seq: int, state: str, reason: str = "") -> None:
    session.execute(update(OutboxRow).where(OutboxRow.seq == seq).values(state=state, reason=reason))


def _change(r: OutboxRow) -> OutboxChange:
    return OutboxChange(r.seq, r.kind, r.record_id, r.rev, r.child_id, json.loads(r.payload),
                        r.state, r.reason)
