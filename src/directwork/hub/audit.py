"""The hub's hash-chained audit log: who enrolled, pushed, pulled, was refused or moved a case.

Each event's hash is SHA-256 over the previous hash and the event's fields, so removing,
changing or reordering an event breaks the chain from there on. Events name ids and counts,
never what a record says. Appends happen inside the hub's write lock, or its tail lock
(``db.hold_tail``), so the chain is linear.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from directwork.core import hashchain
from directwork.core.hashchain import GENESIS
from directwork.core.utc import utc_text
from directwork.hub.db import fetch, hold_tail
from directwork.hub.schema import AuditEvent


def record(session: Session, action: str, *, actor: str = "", device_id: str = "",
           detail: str = "") -> None:
    """Append one event to the chain, in the caller's (writing) transaction (holding the
    tail of the log until it commits, when it does not hold the hub-wide lock alone)."""
    hold_tail(session)
    # The tail read flushes what the session holds (as any query of its does), so the event
    # is written after everything before it, as when it was an ORM object flushed in turn.
    plain = session.get_bind().dialect.name == "postgresql"
    if plain:  # straight to the driver: every push and pull appends an event
        found = fetch(session, _TAIL_HASH_TEXT, ())
        prev = (found[0][0] if found else None) or GENESIS
    else:
        prev = session.execute(_TAIL_HASH).scalar() or GENESIS
    at = datetime.now(UTC)
    link = hashchain.link_hash(prev, at, actor, device_id, action, detail)
    if plain:
        fetch(session, _APPEND_TEXT, (utc_text(at), actor, device_id, action, detail, prev, link))
        return
    session.execute(_APPEND, {"at": at, "actor": actor, "device_id": device_id,
                              "action": action, "detail": detail, "prev_hash": prev,
                              "hash": link})


def appended(action: str, *, actor: str = "", device_id: str = "", detail: str = "",
             ) -> tuple[str, list[str]]:
    """One event's append as a statement for ``db.append_and_commit`` (PostgreSQL): the
    database reads the newest hash, takes the time (``utc_text``'s form) and works out the
    event's hash there, after the tail lock, so nothing goes to and fro while the tail is held.
    The hash is ``hashchain.link_hash``'s, byte for byte: SHA-256 of the compact JSON array
    ``[prev_hash, at, actor, device_id, action, detail]``, of which this process writes the
    part after the time."""
    rest = json.dumps([actor, device_id, action, detail], separators=(",", ":"),
                      ensure_ascii=False)[1:]
    return _APPEND_AT_ONCE, [actor, device_id, action, detail, rest, GENESIS]


# Built once: the newest event's hash, and a plain insert of one event (no ORM object to
# track and flush; every request that is not a read appends one).
_TAIL_HASH = select(AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
_APPEND = insert(cast(Table, AuditEvent.__table__))
# The same two on PostgreSQL, as the driver takes them (``at`` as UTCDateTime stores it).
_TAIL_HASH_TEXT = "SELECT hash FROM audit ORDER BY seq DESC LIMIT 1"
# ``appended``'s: the previous hash and the time as JSON strings (``to_json``), then the rest.
_APPEND_AT_ONCE = """
INSERT INTO audit (at, actor, device_id, action, detail, prev_hash, hash)
SELECT now_.at, %b, %b, %b, %b, tail.prev, encode(sha256(convert_to(
    '[' || to_json(tail.prev)::text || ',' || to_json(now_.at)::text || ',' || %b, 'UTF8')),
    'hex')
FROM (SELECT coalesce((SELECT hash FROM audit ORDER BY seq DESC LIMIT 1), %b) AS prev) AS tail,
     (SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC',
                     'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at) AS now_
"""
_APPEND_TEXT = ("INSERT INTO audit (at, actor, device_id, action, detail, prev_hash, hash) "
                "VALUES (%b, %b, %b, %b, %b, %b, %b)")


def verify(session: Session) -> tuple[bool, str, int]:
    """Walk the chain: (ok, message, events checked)."""
    rows = session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars()
    check = hashchain.walk(_links(rows))
    return check.intact, check.why or f"audit log intact ({check.count} events)", check.count


def _links(rows: Iterable[AuditEvent]) -> Iterable[hashchain.Link]:
    for row in rows:
        yield hashchain.Link(row.seq, row.at, (row.actor, row.device_id, row.action, row.detail),
                             row.prev_hash, row.hash)
