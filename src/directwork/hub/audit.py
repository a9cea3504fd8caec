"""The hub's hash-chained audit log: who enrolled, pushed, pulled, was refused or moved a case.

Each event's hash is SHA-256 over the previous hash and the event's fields, so removing,
changing or reordering an event breaks the chain from there on. Events name ids and counts,
never what a record says. Appends happen inside the hub's write lock, so the chain is linear.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from directwork.hub.schema import AuditEvent

GENESIS = "0" * 64


def _hash(prev: str, at: datetime, actor: str, device_id: str, action: str, detail: str) -> str:
    body = json.dumps([prev, at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"), actor,
                       device_id, action, detail], separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(body.encode()).hexdigest()


def record(session: Session, action: str, *, actor: str = "", device_id: str = "",
           detail: str = "") -> None:
    """Append one event to the chain, in the caller's (writing) transaction."""
    prev = session.execute(
        select(AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).scalar() or GENESIS
    at = datetime.now(UTC)
    session.add(AuditEvent(at=at, actor=actor, device_id=device_id, action=action, detail=detail,
                           prev_hash=prev, hash=_hash(prev, at, actor, device_id, action, detail)))
    session.flush()


def verify(session: Session) -> tuple[bool, str, int]:
    """Walk the chain: (ok, message, events checked)."""
    prev, count = GENESIS, 0
    for row in session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars():
        count += 1
        if row.prev_hash != prev:
            return False, f"audit event {row.seq} does not follow the one before it", count
        if row.hash != _hash(prev, row.at, row.actor, row.device_id, row.action, row.detail):
            return False, f"audit event {row.seq} has been altered", count
        prev = row.hash
    return True, f"audit log intact ({count} events)", count
