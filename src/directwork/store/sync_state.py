"""The laptop's side of sync, as SQL: the enrolment (device key, hub address), the feed cursor
and the hub's epoch, storing pulled pages (a few bulk statements a page, several pages to a
transaction when they arrive together), keeping aside what cannot be applied, marking pushed
changes, healing after a restore on either side, dropping a child that left the caseload, and
wiping the store when the hub revokes or retires this laptop.

Everything lives inside the encrypted vault (``vault_meta``, ``outbox``, ``kept_aside``), the
device's private key too: it is only as readable as the records it protects.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import functools
import hashlib
import json
import shutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import CursorResult, delete, func, select, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ClauseElement

from directwork.domain import codec, validation
from directwork.domain.records import DOCUMENT_KINDS, ENTRY_KINDS, TEAM_KINDS, Child, Record
from directwork.domain.revisions import rev_number
from directwork.store import audit, outbox, received
from directwork.store.context import now_of
from directwork.store.errors import VaultError
from directwork.store.holdings import VaultHoldings
from directwork.store.mapping import from_row
from directwork.store.schema import ROW_FOR_KIND, DraftRow, KeptAsideRow, MetaRow, OutboxRow
from directwork.store.vault import BACKUP_DIR, DB_NAME, KEY_NAME, Vault

HUB_URL = "sync.hub_url"
DEVICE_ID = "sync.device_id"
PRIVATE_KEY = "sync.private_key"
CA_FILE = "sync.ca_file"
CONFIRMED = "sync.confirmed"
CURSOR = "sync.cursor"
EPOCH = "sync.epoch"
POSITION = "sync.position"
LAST_SYNCED = "sync.last_synced_at"
# Set while this laptop, restored from a backup, reads the feed again with its own records in
# it (what it had sent since the backup): kept until a pull reaches the feed's end, so a pull
# cut off on the way goes on at the next sync, its own records still asked for.
OWN_PULL = "sync.own_pull"
# Set when the hub said it does not know this laptop (restored from a backup made before it
# enrolled): it may then enrol again, keeping its records, and sends back what the hub lost.
FORGOTTEN = "sync.forgotten"
ENROLLED_AGAIN = "enrolled again"  # the epoch kept then: no hub's, so the first sync heals
PENDING_KEY = "sync.enrol.private_key"
PENDING_CODE = "sync.enrol.code_hash"
REMOVED = outbox.REMOVED
FROM_HUB = "hub"
FROM_LAPTOP = "laptop"
# How many kept-aside records one sync tries again (they are few; this keeps a sync short).
RETRY_LIMIT = 500


@dataclass(frozen=True, slots=True)
class Enrolment:
    hub_url: str
    device_id: str
    private_key: bytes
    ca_file: str
    confirmed: bool = True


def enrolment(vault: Vault) -> Enrolment | None:
    """How this laptop talks to its hub, or None before it has enrolled."""
    with vault.session() as session:
        return enrolment_in(session)


def enrolment_in(session: Session) -> Enrolment | None:
    meta = _meta(session, HUB_URL, DEVICE_ID, PRIVATE_KEY, CA_FILE, CONFIRMED)
    if not meta[HUB_URL] or not meta[DEVICE_ID] or not meta[PRIVATE_KEY]:
        return None
    # Laptops enrolled before confirmation existed have no flag: they were confirmed then.
    return Enrolment(meta[HUB_URL], meta[DEVICE_ID], base64.b64decode(meta[PRIVATE_KEY]),
                     meta[CA_FILE], meta[CONFIRMED] != "0")


def enrolment_key(vault: Vault, code: str, make_key: Any) -> bytes:
    """The private key to enrol with this code: kept in the vault before the first attempt,
    so that every retry, even after the app was closed, offers the hub the same key and gets
    the same device back. A new code starts a new key."""
    code_hash = hashlib.sha256(code.strip().lower().encode()).hexdigest()
    with vault.transaction() as session:
        meta = _meta(session, PENDING_KEY, PENDING_CODE)
        if meta[PENDING_KEY] and meta[PENDING_CODE] == code_hash:
            return base64.b64decode(meta[PENDING_KEY])
        key: bytes = make_key()
        session.merge(MetaRow(key=PENDING_KEY, value=base64.b64encode(key).decode()))
        session.merge(MetaRow(key=PENDING_CODE, value=code_hash))
    return key


def save_enrolment(vault: Vault, *, hub_url: str, device_id: str, private_key: bytes,
                   practitioner_id: str, practitioner_name: str, team: str,
                   ca_file: str = "", confirmed: bool = True) -> None:
    """Keep the enrolment, and take the hub's identity for this practitioner so that every
    laptop of theirs stamps records with the same practitioner id."""
    values = {HUB_URL: hub_url, DEVICE_ID: device_id, CA_FILE: ca_file, CURSOR: "0",
              PRIVATE_KEY: base64.b64encode(private_key).decode(),
              CONFIRMED: "1" if confirmed else "0",
              "practitioner_id": practitioner_id, "practitioner_name": practitioner_name,
              "team": team}
    with vault.transaction() as session:
        if is_forgotten(session):
            # The hub had lost this laptop: its first sync reads everything again and offers
            # back every record the hub does not send (as after any restore of the hub).
            values.update({EPOCH: ENROLLED_AGAIN, POSITION: "", FORGOTTEN: ""})
        for key, value in values.items():
            session.merge(MetaRow(key=key, value=value))
        if confirmed:
            _forget_pending(session)
    vault.practitioner_id = practitioner_id
    vault.practitioner_name = practitioner_name


def set_confirmed(vault: Vault) -> None:
    """The hub has the confirmation: the code is used, and the key kept for retries goes."""
    with vault.transaction() as session:
        session.merge(MetaRow(key=CONFIRMED, value="1"))
        _forget_pending(session)


def _forget_pending(session: Session) -> None:
    session.execute(delete(MetaRow).where(MetaRow.key.in_((PENDING_KEY, PENDING_CODE))))


def is_enrolled(session: Session) -> bool:
    """Whether this laptop has a hub to sync with (not one that no longer knows it)."""
    row = session.get(MetaRow, DEVICE_ID)
    return bool(row and row.value) and not is_forgotten(session)


def is_forgotten(session: Session) -> bool:
    """Whether the hub has said it does not know this laptop (``set_forgotten``)."""
    row = session.get(MetaRow, FORGOTTEN)
    return bool(row and row.value)


def set_forgotten(vault: Vault) -> None:
    """The hub does not know this laptop (it was restored from a backup made before this
    laptop enrolled): it may enrol again with a new code, keeping everything it holds."""
    _keep(vault, {FORGOTTEN: "1"})


def next_seq(session: Session) -> int:
    """The number the hub should expect first from this laptop: its oldest change not yet
    sent, or the next one it will make."""
    first_pending = session.execute(
        select(func.min(OutboxRow.seq)).where(OutboxRow.state == outbox.PENDING)).scalar()
    if first_pending is not None:
        return int(first_pending)
    return int(session.execute(select(func.max(OutboxRow.seq))).scalar() or 0) + 1


def cursor(vault: Vault) -> int:
    return int(vault.meta(CURSOR, "0") or 0)


# --------------------------------------------------------------------------- by the driver
#
# A sync's own reads and writes of its place (the cursor, the hub's epoch, the outbox's
# numbers) are a few small statements each, run many times a sync: through a Session each
# cost several times what the vault took to answer it (a session, its transaction's events,
# the statement's cache key, ORM objects for rows only read). So they are written once as SQL
# and run on a connection of the vault's pool by the driver alone (as ``sync_outset`` does),
# in the same transactions as before: what is committed together, and when, is unchanged.
# None of them writes to the audit trail, which only a Session's commit may seal.

_META = MetaRow.__tablename__
_OUTBOX = OutboxRow.__tablename__
KEEP_META = f"INSERT OR REPLACE INTO {_META} (key, value) VALUES (?, ?)"
_READ_META = f"SELECT value FROM {_META} WHERE key = ?"


def _literal(statement: ClauseElement) -> str:
    """``statement`` as SQLite's text, its values (this module's constants, never anything a
    person typed) written into it."""
    return str(statement.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))


@functools.cache
def _position_sql() -> str:
    """What ``position`` reads, in one statement."""
    meta = [select(MetaRow.value).where(MetaRow.key == key).scalar_subquery()
            for key in (CURSOR, EPOCH, POSITION, OWN_PULL)]
    return _literal(select(
        *meta, select(func.max(OutboxRow.seq)).scalar_subquery(),
        select(func.max(OutboxRow.seq)).where(
            OutboxRow.state.in_(outbox.ANSWERED)).scalar_subquery()))


@contextlib.contextmanager
def _by_driver(vault: Vault, begin: str = "BEGIN") -> Iterator[Any]:
    """A cursor on a connection of ``vault``'s pool, in one transaction (``begin``: "BEGIN
    IMMEDIATE" for one that writes, which takes the write lock at its start as
    ``Vault.transaction`` does): committed when the block ends, rolled back when it raises.
    Commits wait for the disk (the connection's ``synchronous = FULL``)."""
    connection = vault.engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute(begin)
        try:
            yield cursor
            cursor.execute("COMMIT")
        except BaseException:
            connection.rollback()
            raise
    finally:
        connection.close()


def _keep(vault: Vault, values: dict[str, str]) -> None:
    """Keep these meta values, in one transaction."""
    with _by_driver(vault, "BEGIN IMMEDIATE") as cursor:
        cursor.executemany(KEEP_META, list(values.items()))


@dataclass(frozen=True, slots=True)
class Position:
    """What this laptop knows of its place with the hub."""

    cursor: int
    epoch: str
    token: str
    highest_seq: int  # the highest number this laptop has given a change
    highest_answered: int  # the highest number the hub has answered
    own_pull: bool = False  # reading the feed again with its own records (``OWN_PULL``)


def position(vault: Vault) -> Position:
    """``position_in``, read by the driver (one statement, its own read transaction)."""
    with _by_driver(vault) as cursor:
        return _position(cursor.execute(_position_sql()).fetchone())


def position_in(session: Session) -> Position:
    return _position(session.connection().exec_driver_sql(_position_sql()).one())


def _position(row: Sequence[Any]) -> Position:
    cursor_value, epoch, token, own, highest, answered = row
    return Position(int(cursor_value or 0), epoch or "", token or "", int(highest or 0),
                    int(answered or 0), own == "1")


def set_epoch(vault: Vault, epoch: str) -> None:
    _keep(vault, {EPOCH: epoch})


def restart_pull(vault: Vault, *, own: bool = False) -> None:
    """Read the feed again from its start (after a restore on either side); ``own``: with
    this laptop's own records in it, until a pull reaches the feed's end (``own_pulled``)."""
    _keep(vault, {CURSOR: "0", POSITION: "", **({OWN_PULL: "1"} if own else {})})


def own_pulled(vault: Vault) -> None:
    """A pull with this laptop's own records in it reached the feed's end: the next reads
    leave them out again."""
    _keep(vault, {OWN_PULL: ""})


def last_synced(session: Session) -> datetime | None:
    row = session.get(MetaRow, LAST_SYNCED)
    return codec.parse_utc(row.value) if row and row.value else None


def set_last_synced(vault: Vault, when: datetime) -> None:
    vault.set_meta(LAST_SYNCED, codec.utc_iso(when))


def finish_sync(vault: Vault, when: datetime) -> int:
    """The end of a sync: the time it finished kept, and how many changes still wait to go
    up, in one transaction."""
    with vault.transaction() as session:
        session.merge(MetaRow(key=LAST_SYNCED, value=codec.utc_iso(when)))
        return outbox.pending_count(session)


# --------------------------------------------------------------------------- pushing


_FIRST_PENDING = f"SELECT min(seq) FROM {_OUTBOX} WHERE state = ?"
_STATES_BETWEEN = f"SELECT seq, state FROM {_OUTBOX} WHERE seq > ? AND seq < ?"
_SENDABLE = (outbox.PENDING, *outbox.NO_CHANGE)
_TO_SEND = (f"SELECT seq, kind, record_id, rev, child_id, payload, state, reason FROM {_OUTBOX} "
            f"WHERE seq >= ? AND state IN ({', '.join('?' * len(_SENDABLE))}) ORDER BY seq")
# Runs one statement with its values and gives its rows: a Session's connection's or the
# driver's own.
_Run = Callable[[str, tuple[Any, ...]], Iterable[Sequence[Any]]]


def pending_batch(session: Session, *, limit: int, max_bytes: int, after: int = 0,
                  max_skipped: int = 10_000) -> tuple[list[outbox.OutboxChange], list[int]]:
    """The oldest unsent changes, within a size the hub accepts, and the void numbers between
    them and before them down to ``after`` (the highest number the hub holds): together they
    run on without a gap. A change the hub may already hold (its answer was lost) is sent
    again: the hub answers it duplicate. Nothing to send gives two empty lists."""
    connection = session.connection()
    return _pending_batch(connection.exec_driver_sql, limit=limit, max_bytes=max_bytes,
                          after=after, max_skipped=max_skipped)


def _pending_batch(run: _Run, *, limit: int, max_bytes: int, after: int, max_skipped: int,
                   ) -> tuple[list[outbox.OutboxChange], list[int]]:
    first = next(iter(run(_FIRST_PENDING, (outbox.PENDING,))))[0]
    if first is None:
        return [], []
    start = int(first)
    # Numbers between the hub's last and the first change waiting that this laptop holds no
    # row for were given up when it renumbered its changes after a restore (they never come
    # back): declared void with the void rows, so a hub that lost everything after ``after``
    # (restored too) gets no gap.
    given_up: set[int] = set()
    if after + 1 < start:
        between: dict[int, str] = {seq: state for seq, state in run(_STATES_BETWEEN,
                                                                    (after, start))}
        if all(s in outbox.NO_CHANGE for s in between.values()):
            given_up = set(range(after + 1, start)) - between.keys()
            start = after + 1
    batch: list[outbox.OutboxChange] = []
    skipped: list[int] = []
    size = 0
    expected = start
    for seq, kind, record_id, rev, child_id, payload, state, reason in run(
            _TO_SEND, (start, *_SENDABLE)):
        while expected in given_up and expected < seq and len(skipped) < max_skipped:
            skipped.append(expected)
            expected += 1
        if seq != expected:
            break
        expected = seq + 1
        if state != outbox.PENDING:
            if len(skipped) >= max_skipped:
                break
            skipped.append(seq)
            continue
        change_size = len(payload)
        if batch and (len(batch) >= limit or size + change_size > max_bytes):
            break
        batch.append(outbox.OutboxChange(seq, kind, record_id, rev, child_id,
                                         json.loads(payload), state, reason))
        size += change_size
    if not batch:  # more numbers to declare void than one push takes
        return [], []
    last = batch[-1].seq
    return batch, [n for n in skipped if n < last]


@dataclass(frozen=True, slots=True)
class PushBatch:
    """What a push sends next: ``pending_batch``'s changes and void numbers, and the feed
    cursor the push tells the hub, read together."""

    changes: list[outbox.OutboxChange]
    skipped: list[int]
    cursor: int


def push_batch(vault: Vault, *, limit: int, max_bytes: int, after: int = 0,
               max_skipped: int = 10_000) -> PushBatch:
    """The next batch to push (``pending_batch``) and the cursor (``cursor``), in one read
    transaction by the driver."""
    with _by_driver(vault) as cursor:
        return _push_batch(cursor, limit=limit, max_bytes=max_bytes, after=after,
                           max_skipped=max_skipped)


def _push_batch(cursor: Any, *, limit: int, max_bytes: int, after: int, max_skipped: int,
                ) -> PushBatch:
    changes, skipped = _pending_batch(cursor.execute, limit=limit, max_bytes=max_bytes,
                                      after=after, max_skipped=max_skipped)
    held = cursor.execute(_READ_META, (CURSOR,)).fetchone()
    return PushBatch(changes, skipped, int((held[0] if held else "0") or 0))


def mark_pushed(vault: Vault, results: Iterable[tuple[int, str, str]]) -> None:
    """Record what the hub said about each change, all in one transaction."""
    answers = list(results)
    with _by_driver(vault, "BEGIN IMMEDIATE") as cursor:
        if answers:
            cursor.executemany(outbox.MARK, [(state, reason, seq)
                                             for seq, state, reason in answers])


def mark_pushed_then_next(vault: Vault, results: Iterable[tuple[int, str, str]], *, limit: int,
                          max_bytes: int, after: int = 0, max_skipped: int = 10_000,
                          ) -> PushBatch:
    """``mark_pushed`` (committed first, in its own transaction, as it is alone), then
    ``push_batch`` in a read transaction of its own."""
    mark_pushed(vault, results)
    return push_batch(vault, limit=limit, max_bytes=max_bytes, after=after,
                      max_skipped=max_skipped)


def resend_from(vault: Vault, seq: int) -> int:
    """The hub has lost this laptop's changes from ``seq`` on (it was restored from a backup):
    send them again, with the same numbers. Returns how many."""
    with vault.transaction() as session:
        result = session.execute(update(OutboxRow).where(
            OutboxRow.seq >= seq, OutboxRow.state.in_(outbox.ANSWERED)).values(
            state=outbox.PENDING, reason=""))
    assert isinstance(result, CursorResult)  # an UPDATE's result, which counts what it changed
    return int(result.rowcount or 0)


def renumber_after(vault: Vault, last_seq: int) -> int:
    """This laptop was restored from a backup: the hub already holds its numbers up to
    ``last_seq``. Changes waiting to go up under those numbers take new numbers after every
    number this laptop has given, and the ones after ``last_seq`` (never sent: the hub
    holds none of them) move after them too, so every change keeps its place in the order it
    was made; ``last_seq`` itself is kept from reuse, so numbering goes on from there.
    Returns how many changes waiting to go up were renumbered."""
    with vault.transaction() as session:
        waiting = list(session.execute(select(OutboxRow.seq).where(
            OutboxRow.state == outbox.PENDING, OutboxRow.seq <= last_seq)
            .order_by(OutboxRow.seq)).scalars())
        above = list(session.execute(select(OutboxRow.seq, OutboxRow.state).where(
            OutboxRow.seq > last_seq).order_by(OutboxRow.seq)))
        start = max([last_seq, *(seq for seq, _state in above)]) + 1
        moving = [*waiting, *(seq for seq, _state in above)] if waiting else []
        # Every new number is above every old one, so no two rows ever share a number; then,
        # when rows after ``last_seq`` moved too, down to follow it without a gap (lowest
        # first: each lands where none is left).
        for offset, seq in enumerate(moving):
            session.execute(update(OutboxRow).where(OutboxRow.seq == seq)
                            .values(seq=start + offset))
        if moving and start != last_seq + 1:
            for offset in range(len(moving)):
                session.execute(update(OutboxRow).where(OutboxRow.seq == start + offset)
                                .values(seq=last_seq + 1 + offset))
        outbox.void_number(session, last_seq)
    return len(waiting) + (sum(state == outbox.PENDING for _seq, state in above) if waiting else 0)


# --------------------------------------------------------------------------- pulling


@dataclass(frozen=True, slots=True)
class Received:
    """One record of a pulled page: the decoded record, or why it could not be read."""

    kind: str
    record_id: str
    child_id: str
    rev: str
    payload: dict[str, Any]
    record: Record | None = None
    problem: str = ""


@dataclass
class PageOutcome:
    received: int = 0
    applied: int = 0
    kept_aside: int = 0
    seen: set[tuple[str, str, str]] = dataclasses.field(default_factory=set)


@dataclass(frozen=True, slots=True)
class Page:
    """One pulled page: its records (decoded and checked, or carrying why not), the children
    who left the caseload, and the feed position after it."""

    items: Sequence[Received]
    removed_children: Sequence[str]
    cursor: int
    position_token: str = ""


def apply_page(vault: Vault, page: Sequence[Received], removed_children: Sequence[str],
               new_cursor: int, *, position_token: str = "", one_by_one: bool = False,
               ) -> PageOutcome:
    """Store one pulled page and move the cursor, in one transaction: either the page and its
    cursor are both kept, or neither is, so an interrupted pull starts the page again. A record
    that cannot be applied (it fails the record schema, names a record not here, or the store
    refuses it) is kept aside with the reason and the page goes on. Records already here are
    left as they are, and revisions are never replaced, so a pull cannot overwrite an edit
    still waiting to go up.

    The page goes in as a few bulk statements (``store.received``); only when the store
    refuses them is it stored again record by record, to keep aside just what it refuses.
    ``one_by_one`` stores record by record from the start: the same rows, heads and audit
    event, more slowly. One audit event covers what the page stored."""
    return apply_pages(vault, [Page(page, removed_children, new_cursor, position_token)],
                       one_by_one=one_by_one)[0]


def apply_pages(vault: Vault, pages: Sequence[Page], *, one_by_one: bool = False,
                ) -> list[PageOutcome]:
    """Store pulled pages that follow one another, each as ``apply_page`` stores it (its own
    checks against what the pages before it stored, its own audit event), and the cursor
    after the last, in one transaction: all of them and the cursor are kept, or none, so an
    interrupted pull starts again from the first. One commit for several pages: the pull
    stores together the pages that arrived while it was storing."""
    if not pages:
        return []
    last = pages[-1]
    if not any(page.items or page.removed_children for page in pages):
        # Pages with nothing to store (this laptop's own records, passed over): only the
        # cursor and position after them, the same rows in one transaction, by the driver.
        _keep(vault, {CURSOR: str(last.cursor), POSITION: last.position_token})
        return [PageOutcome() for _page in pages]
    outcomes: list[PageOutcome] = []
    with vault.transaction() as session:
        for page in pages:
            outcomes.append(_apply_page(session, page, one_by_one=one_by_one))
        session.connection().exec_driver_sql(
            KEEP_META, [(CURSOR, str(last.cursor)), (POSITION, last.position_token)])
    return outcomes


def _apply_page(session: Session, page: Page, *, one_by_one: bool) -> PageOutcome:
    outcome = PageOutcome(received=len(page.items))
    for item in page.items:
        outcome.seen.add((item.kind, item.record_id, item.rev))
    usable = [item for item in page.items if item.record is not None]
    for item in page.items:
        if item.record is None:
            outcome.kept_aside += _keep_aside(session, item, item.problem)
    outcome.applied, kept = _apply(session, usable, one_by_one=one_by_one)
    outcome.kept_aside += kept
    for child_id in page.removed_children:
        drop_child(session, child_id)
    return outcome


# Where the page's rows are stored (a name of this module's own, so a test can make the
# store fail part way through a pull).
store_many = received.store_many
_STORE_REFUSED = (SQLAlchemyError, VaultError, ValueError)


def _apply(session: Session, items: Sequence[Received], *,
           one_by_one: bool = False) -> tuple[int, int]:
    """(records new here, records kept aside) for decoded records: links checked against the
    vault and the page, then stored together, or one by one when the store refuses some.
    Writes the page's audit event. The link check's read of the vault serves the bulk store
    too (nothing is stored between them)."""
    records = [item.record for item in items if item.record is not None]
    held = received.PageHoldings(session, "on this laptop or in the same page")
    problems = validation.link_problems(records, held)
    kept = 0
    for index, found in problems.items():
        first = found[0]
        kept += _keep_aside(session, items[index],
                            f"{first.path.removeprefix('$.')}: {first.message}")
    good = [item for index, item in enumerate(items) if index not in problems]
    lines: list[str | None] = []
    if good and not one_by_one:
        try:
            with session.begin_nested():
                lines = store_many(session, [i.record for i in good if i.record], held=held)
        except _STORE_REFUSED:
            lines = []
        else:
            good = []
    for item in good:
        try:
            with session.begin_nested():
                stored = store_many(session, [item.record] if item.record else [])
        except _STORE_REFUSED as exc:
            kept += _keep_aside(session, item, f"this laptop could not store it "
                                               f"({str(exc).splitlines()[0][:300]})")
        else:
            lines += stored
    return audit.record_page(session, "received", lines), kept


def _keep_aside(session: Session, item: Received, reason: str, *, source: str = FROM_HUB) -> int:
    """Keep one record aside (once: the same record kept again is not kept twice)."""
    payload = codec.canonical_json(item.payload).decode()
    kind = item.kind[:32]
    held = session.execute(select(KeptAsideRow.key).where(
        KeptAsideRow.kind == kind, KeptAsideRow.record_id == item.record_id[:200],
        KeptAsideRow.rev == item.rev[:64], KeptAsideRow.payload == payload).limit(1)).first()
    if held is not None:
        return 0
    session.add(KeptAsideRow(source=source, kind=kind, record_id=item.record_id[:200],
                             child_id=item.child_id[:200], rev=item.rev[:64], payload=payload,
                             reason=reason[:2000], kept_at=now_of(session)))
    audit.record_event(session, "kept_aside", kind, item.record_id[:36], item.child_id[:36],
                       item.rev[:48])
    return 1


def has_kept_aside(session: Session) -> bool:
    """Whether anything from the hub is kept aside, waiting to be tried again."""
    return session.execute(select(KeptAsideRow.key).where(KeptAsideRow.source == FROM_HUB)
                           .limit(1)).first() is not None


def retry_kept_aside(vault: Vault) -> int:
    """Try again what was kept aside from the hub: a record that named one not here yet may
    fit now. Returns how many were applied (and left the list)."""
    with vault.session() as session:
        if not has_kept_aside(session):
            return 0  # nothing kept aside: no transaction to open
    with vault.transaction() as session:
        rows = list(session.execute(select(KeptAsideRow).where(KeptAsideRow.source == FROM_HUB)
                                    .order_by(KeptAsideRow.key).limit(RETRY_LIMIT)).scalars())
        items: list[Received] = []
        keys: list[int] = []
        for row in rows:
            try:
                record = validation.validate(json.loads(row.payload))
            except (validation.RecordRefused, ValueError):
                continue
            if (record.KIND, record.id, record.child_id) != (row.kind, row.record_id, row.child_id):
                continue
            items.append(Received(row.kind, row.record_id, row.child_id, row.rev,
                                  json.loads(row.payload), record))
            keys.append(row.key)
        if not items:
            return 0
        records = [item.record for item in items if item.record is not None]
        problems = validation.link_problems(records, VaultHoldings(session))
        fit = [(item, key) for index, (item, key) in enumerate(zip(items, keys, strict=True))
               if index not in problems]
        lines: list[str | None] = []
        for item, key in fit:
            try:
                with session.begin_nested():
                    stored = store_many(session, [item.record] if item.record else [])
                    session.execute(delete(KeptAsideRow).where(KeptAsideRow.key == key))
            except _STORE_REFUSED:
                continue
            lines += stored
        return audit.record_page(session, "received", lines)


# --------------------------------------------------------------------------- healing


def held_keys(session: Session) -> set[tuple[str, str, str]]:
    """(kind, id, rev) of every record here (rev "" for entries)."""
    found: set[tuple[str, str, str]] = set()
    for cls in DOCUMENT_KINDS + TEAM_KINDS:
        table = ROW_FOR_KIND[cls.KIND]
        found.update((cls.KIND, i, r) for i, r in session.execute(select(table.id, table.rev)))
    for entry_cls in ENTRY_KINDS:
        table = ROW_FOR_KIND[entry_cls.KIND]
        found.update((entry_cls.KIND, i, "") for i in session.execute(select(table.id)).scalars())
    return found


def offer_back(vault: Vault, hub_has: set[tuple[str, str, str]]) -> int:
    """The hub was restored and lacks records this laptop holds (its own, or others' it had
    received): queue every one the hub did not send back, children first, a document's
    revisions in order, entries oldest first, so what each names goes up before it. Returns
    how many."""
    with vault.transaction() as session:
        waiting = {(k, i, r or "") for k, i, r in session.execute(
            select(OutboxRow.kind, OutboxRow.record_id, OutboxRow.rev)
            .where(OutboxRow.state == outbox.PENDING))}
        missing = held_keys(session) - hub_has - waiting
        if not missing:
            return 0
        documents: list[Record] = []
        entries: list[Record] = []
        for kind, record_id, rev in missing:
            table = ROW_FOR_KIND[kind]
            row = session.get(table, (record_id, rev) if rev else record_id)
            if row is not None:
                (documents if rev else entries).append(from_row(kind, row))
        documents.sort(key=lambda d: (not isinstance(d, Child), rev_number(getattr(d, "rev", "")),
                                      _when(d), d.id))
        entries.sort(key=lambda e: (_when(e), e.id))
        offered = documents + entries
        for index in validation.dependency_order(offered):
            outbox.enqueue(session, offered[index])
    return len(documents) + len(entries)


def _when(record: Record) -> float:
    return record.created_at.timestamp() if record.created_at else 0.0


# --------------------------------------------------------------------------- leaving


def drop_child(session: Session, child_id: str) -> None:
    """A child who has left this practitioner's caseload: their records leave this laptop.
    A change of this laptop's that had not reached the hub (still waiting, or refused) is
    kept aside first, with why, so nothing typed is lost. The audit trail keeps that it
    happened (ids only)."""
    unsent = session.execute(select(OutboxRow).where(
        OutboxRow.child_id == child_id,
        OutboxRow.state.in_((outbox.PENDING, "rejected")))).scalars().all()
    for row in unsent:
        _keep_aside(session, Received(row.kind, row.record_id, row.child_id, row.rev or "",
                                      json.loads(row.payload)),
                    "the case moved to another practitioner before this change reached the "
                    "team hub: give it to them or to your manager", source=FROM_LAPTOP)
    for table in ROW_FOR_KIND.values():
        session.execute(delete(table).where(table.child_id == child_id))
    # Outbox rows stay, emptied: their numbers must never be used again, or the hub would take
    # a new change for a retry of the old one.
    session.execute(update(OutboxRow).where(OutboxRow.child_id == child_id)
                    .values(payload="{}", state=REMOVED, reason="the case moved on"))
    # What the hub sent that could not be applied here is on the hub: it goes with the child.
    session.execute(delete(KeptAsideRow).where(KeptAsideRow.child_id == child_id,
                                               KeptAsideRow.source == FROM_HUB))
    session.execute(delete(DraftRow).where(DraftRow.child_id == child_id))
    audit.record_event(session, "removed_from_caseload", "child", child_id, child_id)


@dataclass(frozen=True, slots=True)
class Unsettled:
    """Something this laptop holds that the hub does not: handed in when it is retired."""

    kind: str
    record_id: str
    child_id: str
    reason: str
    payload: dict[str, Any]


def unsettled(session: Session) -> list[Unsettled]:
    """Changes the hub refused (still the latest word on their record) and everything kept
    aside, oldest first."""
    latest = (select(func.max(OutboxRow.seq)).group_by(OutboxRow.record_id)).scalar_subquery()
    found = [Unsettled(r.kind, r.record_id, r.child_id, r.reason, json.loads(r.payload))
             for r in session.execute(select(OutboxRow).where(
                 OutboxRow.state == "rejected", OutboxRow.seq.in_(latest))
                 .order_by(OutboxRow.seq)).scalars()]
    for row in session.execute(select(KeptAsideRow).order_by(KeptAsideRow.key)).scalars():
        try:
            payload = json.loads(row.payload)
        except ValueError:
            payload = {}
        found.append(Unsettled(row.kind, row.record_id, row.child_id, row.reason,
                               payload if isinstance(payload, dict) else {}))
    return found


WITHDRAWN_UNSENT = "not yet sent to the hub when this laptop's access was withdrawn"


def not_on_hub(session: Session) -> list[Unsettled]:
    """Everything this laptop holds that the hub does not: the changes still waiting to go
    up, oldest first, then ``unsettled``. What a revoked laptop hands in before it wipes."""
    waiting = [Unsettled(r.kind, r.record_id, r.child_id, WITHDRAWN_UNSENT, json.loads(r.payload))
               for r in session.execute(select(OutboxRow).where(
                   OutboxRow.state == outbox.PENDING).order_by(OutboxRow.seq)).scalars()]
    return waiting + unsettled(session)


def latest_outbox_states(session: Session, child_id: str) -> dict[str, tuple[str, str]]:
    """For each of a child's records that was ever queued for the hub: (kind, state) of its
    newest change."""
    newest = (select(func.max(OutboxRow.seq)).where(OutboxRow.child_id == child_id)
              .group_by(OutboxRow.record_id)).scalar_subquery()
    rows = session.execute(select(OutboxRow.record_id, OutboxRow.kind, OutboxRow.state)
                           .where(OutboxRow.seq.in_(newest)))
    return {record_id: (kind, state) for record_id, kind, state in rows}


def latest_outbox_state(session: Session, record_id: str) -> str | None:
    """The state of the newest change of this record that was queued for the hub, if any."""
    return session.execute(
        select(OutboxRow.state).where(OutboxRow.record_id == record_id)
        .order_by(OutboxRow.seq.desc()).limit(1)).scalar()


def _meta(session: Session, *keys: str) -> dict[str, str]:
    rows: dict[str, str] = {key: value for key, value in session.execute(
        select(MetaRow.key, MetaRow.value).where(MetaRow.key.in_(keys)))}
    return {k: rows.get(k, "") for k in keys}


def wipe(vault: Vault) -> None:
    """Remove this laptop's records for good: the database, its journal files, the backups and
    the key file. Only after the hub has said this laptop's access is withdrawn, or has taken
    in what a retiring laptop handed over."""
    vault.lock()
    for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", KEY_NAME, "vault.head",
                 "vault.lock"):
        with contextlib.suppress(FileNotFoundError):
            (vault.root / name).unlink()
    for folder in (BACKUP_DIR, "kept-aside", "logs"):  # kept-aside: records a restore replaced
        shutil.rmtree(vault.root / folder, ignore_errors=True)
