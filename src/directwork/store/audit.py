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
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, event, select
from sqlalchemy.orm import Session

from directwork.core import hashchain
from directwork.core.hashchain import GENESIS
from directwork.core.utc import utc_text
from directwork.store.context import actor_of, now_of
from directwork.store.head import Head, records_head
from directwork.store.schema import AuditEventRow, MetaRow


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


# (number, hash) of the last event this transaction added, in ``session.info`` until its
# transaction ends: the next event's link, and the head store.vault keeps after the commit.
_TAIL = "audit_tail"


def _forget_tail(session: Session, *_args: object) -> None:
    session.info.pop(_TAIL, None)


# Every session forgets the tail when its transaction ends (or a savepoint's does, which may
# have taken events with it): listened for once, on the class, not on each session as it
# first records an event (three listeners cost a save more than the event's own insert).
for _end in ("after_commit", "after_rollback", "after_soft_rollback"):
    event.listen(Session, _end, _forget_tail)

# An event, by the driver (its time as ``UTCDateTime`` stores it); its number is SQLite's.
_APPEND = (f"INSERT INTO {cast(Table, AuditEventRow.__table__).name} (at, actor, device_id, "
           "action, kind, record_id, child_id, rev, prev_hash, hash) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def record_event(session: Session, action: str, kind: str, record_id: str, child_id: str,
                 rev: str = "") -> None:
    """Append one event in the caller's transaction, inserted at once."""
    connection = session.connection()
    tail: tuple[int, str] | None = session.info.get(_TAIL)
    # Another writer cannot append between reading the chain's head and this insert: a write
    # transaction (``Vault.transaction``) holds SQLite's write lock from its start, and in WAL
    # mode a transaction that read can no longer write once another has committed since
    # (SQLITE_BUSY_SNAPSHOT: the insert fails, the chain never forks).
    prev = tail[1] if tail is not None else records_head(connection).hash
    practitioner, device = actor_of(session)
    sql, values, digest = appended(prev, now_of(session), practitioner, device, action, kind,
                                   record_id, child_id, rev)
    added = connection.exec_driver_sql(sql, values)
    session.info[_TAIL] = (int(added.lastrowid), digest)


def appended(prev: str, at: datetime, practitioner: str, device: str, action: str, kind: str,
             record_id: str, child_id: str, rev: str = "") -> tuple[str, tuple[str, ...], str]:
    """The statement and values that append one event after the event whose hash is
    ``prev``, and the new event's hash (``record_event``, and a save made on the driver
    alone: ``store.driver_write``)."""
    digest = hashchain.link_hash(prev, at, *_fields(practitioner, device, action, kind,
                                                    record_id, child_id, rev))
    return _APPEND, (utc_text(at), practitioner, device, action, kind, record_id, child_id,
                     rev, prev, digest), digest


def last_added(session: Session) -> tuple[int, str] | None:
    """(number, hash) of the last event this transaction added: the chain's head once it
    commits. None when it added none, or a rolled-back savepoint may have taken it."""
    found: tuple[int, str] | None = session.info.get(_TAIL)
    return found


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


def verify_chain(session: Session, since: Head | None = None) -> tuple[bool, str, int]:
    """Walk the chain: the whole of it, or only what was appended after ``since``, a
    checkpoint (``store.head``) a walk found intact before. From a checkpoint, its own event
    must still be there, unchanged, and the walk goes on from its hash. Returns (ok, message,
    number of events walked)."""
    # Plain rows, not ORM objects: the walk reads every event it checks, and building an
    # object per event was half its time.
    e = AuditEventRow
    columns = (e.seq, e.at, e.actor, e.device_id, e.action, e.kind, e.record_id, e.child_id,
               e.rev, e.prev_hash, e.hash)
    after = GENESIS
    query = select(*columns).order_by(e.seq)
    if since is not None and since.seq > 0:
        anchor = session.execute(select(*columns).where(e.seq == since.seq)).first()
        if anchor is None:
            return False, f"audit event {since.seq} has been removed", 0
        link = next(iter(_links([anchor])))
        if anchor.hash != since.hash or hashchain.link_hash(
                anchor.prev_hash, link.at, *link.fields) != anchor.hash:
            return False, f"audit event {since.seq} has been altered", 1
        after = since.hash
        query = query.where(e.seq > since.seq)
    check = hashchain.walk(_links(session.execute(query)), after)
    return check.intact, check.why or "audit trail intact", check.count


# The whole chain is walked at least this often: by ``directwork check``, or by the app in the
# background after unlocking (unlocking itself walks only what was appended since the last
# checkpoint, see ``store.records_file``). A week: the walk costs seconds for a full caseload.
FULL_WALK_DAYS = 7
WALKED_META = "audit_walked_at"  # when the whole chain was last found intact (UTC, ISO 8601)


def full_walk_due(session: Session, now: datetime | None = None) -> Head | None:
    """The last event, when the whole chain is due a walk (None: not due, or no events).
    A time that cannot be read, or one in the future, counts as due."""
    row = session.get(MetaRow, WALKED_META)
    current = now or datetime.now(UTC)  # the walk's time is the computer's, as it was written
    try:
        walked = datetime.fromisoformat(row.value) if row else None
    except ValueError:
        walked = None
    if walked is not None and walked.tzinfo is not None and (
            timedelta(0) <= current - walked < timedelta(days=FULL_WALK_DAYS)):
        return None
    e = AuditEventRow
    top = session.execute(select(e.seq, e.hash).order_by(e.seq.desc()).limit(1)).first()
    return Head(top.seq, top.hash) if top else None


@dataclass(frozen=True, slots=True)
class WalkPart:
    """What one part of a background walk found: ``last`` is the last event it read intact
    (carry on after it), ``done`` that the walk reached the event it was going to."""

    intact: bool
    why: str
    last: Head | None
    done: bool


def walk_part(session: Session, after: Head | None, up_to: int, limit: int) -> WalkPart:
    """Walk up to ``limit`` events after ``after`` (None: from the first), no further than
    ``up_to``. A walk in parts, so that other reads wait for one part at most."""
    e = AuditEventRow
    query = (select(e.seq, e.at, e.actor, e.device_id, e.action, e.kind, e.record_id,
                    e.child_id, e.rev, e.prev_hash, e.hash)
             .where(e.seq > (after.seq if after else 0), e.seq <= up_to)
             .order_by(e.seq).limit(limit))
    rows = session.execute(query).all()
    check = hashchain.walk(_links(rows), after.hash if after else GENESIS)
    if not check.intact:
        return WalkPart(False, check.why, after, True)
    last = Head(rows[-1].seq, rows[-1].hash) if rows else after
    return WalkPart(True, "", last, len(rows) < limit or (last is not None and last.seq >= up_to))


def _links(rows: Iterable[Any]) -> Iterable[hashchain.Link]:
    for row in rows:
        yield hashchain.Link(row.seq, row.at, _fields(row.actor, row.device_id, row.action,
                                                      row.kind, row.record_id, row.child_id,
                                                      row.rev), row.prev_hash, row.hash)


def events_for_child(session: Session, child_id: str, limit: int = 500) -> list[AuditEvent]:
    e = AuditEventRow  # plain rows: the hashes are not shown, and objects cost more
    rows = session.execute(
        select(e.seq, e.at, e.actor, e.device_id, e.action, e.kind, e.record_id, e.child_id,
               e.rev).where(e.child_id == child_id).order_by(e.seq.desc()).limit(limit))
    return [AuditEvent(*row) for row in rows]
