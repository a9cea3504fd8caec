"""The hash-chained audit trail: who viewed and changed what, and when.

Each event's hash is SHA-256 over the previous event's hash and the event's own fields, so
changing, removing or reordering any event breaks every hash after it. Events hold ids and
actions only, never what was written. Records received from the hub or imported are written
a page at a time, with one event per page holding a hash of what the page stored.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from directwork.core import hashchain
from directwork.core.hashchain import GENESIS
from directwork.store.context import actor_of, now_of
from directwork.store.schema import AuditEventRow


@dataclass(frozen=True, slots=True)
class AuditEvent:
    seq: int
    at: datetime
    actor: str
    device_id: str
    action: str
    kind: str
    record_id: str
    child_id: str
    rev: str


def _fields(actor: str, device_id: str, action: str, kind: str, record_id: str, child_id: str,
            rev: str) -> tuple[str, ...]:
    """An event's own fields, in the order its hash covers them."""
    return (actor, device_id, action, kind, record_id, child_id, rev)


_TAIL = "audit_tail"
# Set in ``session.info`` while a transaction holds events not yet committed (store.vault
# keeps the audit head after each such commit).
TAIL_KEY = _TAIL


def _forget_tail(session: Session, *_args: object) -> None:
    session.info.pop(_TAIL, None)


def record_event(session: Session, action: str, kind: str, record_id: str, child_id: str,
                 rev: str = "") -> None:
    """Append one event in the caller's transaction."""
    prev = session.info.get(_TAIL)
    if prev is None:
        # The query autoflushes the caller's pending insert first, so this transaction already
        # holds SQLite's write lock: no other writer can append between this read and our insert.
        last = session.execute(
            select(AuditEventRow.hash).order_by(AuditEventRow.seq.desc()).limit(1)
        ).scalar()
        prev = last or GENESIS
        if not event.contains(session, "after_commit", _forget_tail):
            event.listen(session, "after_commit", _forget_tail)
            event.listen(session, "after_rollback", _forget_tail)
            event.listen(session, "after_soft_rollback", _forget_tail)
    practitioner, device = actor_of(session)
    at = now_of(session)
    digest = hashchain.link_hash(prev, at, *_fields(practitioner, device, action, kind,
                                                    record_id, child_id, rev))
    session.add(AuditEventRow(at=at, actor=practitioner, device_id=device, action=action, kind=kind,
                              record_id=record_id, child_id=child_id, rev=rev, prev_hash=prev,
                              hash=digest))
    session.info[_TAIL] = digest


PAGE = "page"


def record_page(session: Session, action: str, lines: Sequence[str | None]) -> int:
    """One event for a page of records made elsewhere and stored here (``action``
    "received" or "imported"): its ``record_id`` holds how many were stored and its ``rev``
    the hash of their proof lines in order (``store.received``), so the chain says what
    arrived and in what order without an event per record. Nothing stored, no event.
    Returns how many records the event covers."""
    stored = [line for line in lines if line is not None]
    if stored:
        record_event(session, action, PAGE, str(len(stored)), "", page_digest(stored))
    return len(stored)


def page_digest(lines: Sequence[str]) -> str:
    """The hash a page event holds: SHA-256 over its records' proof lines, in order, as
    URL-safe base64 (43 characters, within the ``rev`` column)."""
    digest = hashlib.sha256("\n".join(lines).encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def verify_chain(session: Session) -> tuple[bool, str, int]:
    """Walk the whole chain. Returns (ok, message, number of events)."""
    # Plain rows, not ORM objects: the walk reads every event at each unlock, and building
    # an object per event was half its time.
    e = AuditEventRow
    rows = session.execute(select(e.seq, e.at, e.actor, e.device_id, e.action, e.kind,
                                  e.record_id, e.child_id, e.rev, e.prev_hash, e.hash)
                           .order_by(e.seq))
    check = hashchain.walk(_links(rows))
    return check.intact, check.why or "audit trail intact", check.count


def _links(rows: Iterable[Any]) -> Iterable[hashchain.Link]:
    for row in rows:
        yield hashchain.Link(row.seq, row.at, _fields(row.actor, row.device_id, row.action,
                                                      row.kind, row.record_id, row.child_id,
                                                      row.rev), row.prev_hash, row.hash)


def events_for_child(session: Session, child_id: str, limit: int = 500) -> list[AuditEvent]:
    rows = session.execute(
        select(AuditEventRow).where(AuditEventRow.child_id == child_id)
        .order_by(AuditEventRow.seq.desc()).limit(limit)
    ).scalars()
    return [AuditEvent(r.seq, r.at, r.actor, r.device_id, r.action, r.kind, r.record_id,
                       r.child_id, r.rev) for r in rows]
