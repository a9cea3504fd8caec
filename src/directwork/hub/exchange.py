"""Push and pull: how changes come up from a device and go down to the others.

Push keeps each change as it came (``inbound``) before applying it, is idempotent by the
device's sequence numbers and refuses gaps, and answers every change with a status. What the
hub cannot vouch for is refused, change by change, with the reason: a payload that fails the
strict record schema, a reference to a record neither on the hub nor in the same push, a child
not on the practitioner's caseload, an entry whose id is taken by other content. The same
revision (or entry) from two laptops is one record: it is recognised by its revision id, or an
entry by its content, never by its stamps.

Pull reads the feed after the device's cursor, only for the children the device's practitioner
may see, leaving out records the administrator has withdrawn; each page carries the hub's epoch
and a position token the hub signed, which ``state`` checks to notice a hub restored from a
backup.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol, cast

from sqlalchemy import (
    ARRAY,
    Connection,
    Integer,
    Select,
    String,
    Table,
    and_,
    any_,
    bindparam,
    case,
    false,
    func,
    insert,
    null,
    or_,
    select,
    text,
    true,
    update,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ClauseElement

from directwork.core.utc import utc_text
from directwork.domain import codec, validation
from directwork.hub import audit, bulk
from directwork.hub.admin import (
    OWN_CASELOAD,
    TEAM_CASELOADS,
    HubError,
    caseloads_seen,
    device_for_request,
    hub_value,
    new_epoch,
    new_marks,
)
from directwork.hub.db import (
    Statement,
    append_and_commit,
    appends_at_once,
    fetch,
    fetch_at_once,
    hold_tail,
    keys_locked,
    lock_keys,
    plain_statement,
    run_plain,
)
from directwork.hub.schema import (
    ChildCase,
    Device,
    FeedEvent,
    HandedInRecord,
    HubState,
    Inbound,
    Practitioner,
    RecordCopy,
)
from directwork.sync.protocol import (
    NOT_ENROLLED,
    Change,
    ChangeRefused,
    ChangeResult,
    ChangeStatus,
    HandedIn,
    PushResponse,
    check_change,
    number_reused,
)
from directwork.sync.protocol import HubState as HubStateAnswer

# A team link's verdict as the interchange format writes it (domain.records.LinkVerdict).
CONFIRMED = "confirmed"

# A change sent again is answered as it was the first time when that was a conflict or a
# refusal; anything else it was is now a duplicate.
_ANSWERED_AGAIN: dict[str, ChangeStatus] = {"conflict": "conflict", "rejected": "rejected"}
# How many feed numbers one query looks at, and how many such windows one pull may read.
WINDOW = 5_000
MAX_WINDOWS = 40
# A refused change is kept as it came, but only so much of it and only for so long: nothing of
# it was accepted, and a hostile device must not be able to fill the hub's disk with refusals.
REJECTED_BODY_MAX = 64 * 1024
REJECTED_BODY_DAYS = 30
_PRUNE_EVERY = timedelta(hours=1)


class SequenceGap(HubError):
    def __init__(self, expected: int, got: int) -> None:
        super().__init__(f"changes must arrive in order: expected number {expected}, got {got}", 409)
        self.expected = expected


def _canonical(payload: Any) -> str:
    return codec.canonical_text(payload)


def _digest(raw: Any) -> str:
    return hashlib.sha256(_canonical(raw).encode()).hexdigest()


def _payload_and_digest(raw: Any) -> tuple[str | None, str]:
    """A change's payload's canonical text (None when the change has no object for payload),
    and the change's digest (``_digest``), with the payload encoded once.

    The canonical text of an object is its items in key order, each written as it would be
    alone: the change's text is its envelope's items before "payload", the payload's text,
    and the envelope's items after it. (The envelope's few small values are encoded in two
    calls, not one a field: a call costs more than the encoding of a short value.)"""
    if type(raw) is not dict or type(raw.get("payload")) is not dict:
        return None, _digest(raw)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for key, value in raw.items():
        if key < "payload":
            before[key] = value
        elif key > "payload":
            after[key] = value
    payload = _canonical(raw["payload"])
    head = _canonical(before)[:-1] + ',"payload":' if before else '{"payload":'
    tail = "," + _canonical(after)[1:] if after else "}"
    digest = hashlib.sha256(head.encode())
    digest.update(payload.encode())
    digest.update(tail.encode())
    return payload, digest.hexdigest()


@dataclass(frozen=True)
class CheckedBatch:
    """What can be known of a batch without the database: which changes are not records
    (with why), each record, its payload's canonical text and each change's digest. Worked
    out before the write lock."""

    changes: list[Change]
    raw: list[Any]
    refused: dict[int, str]
    records: dict[int, validation.ValidRecord]
    canonical: dict[int, str]
    digests: dict[int, str]
    skipped: tuple[int, ...] = ()
    contents: dict[int, str] | None = None  # each record's content hash (codec.content_hash)
    bodies: dict[int, str] | None = None  # each change as ``inbound`` keeps it

    def content(self, seq: int) -> str:
        if self.contents is not None and seq in self.contents:
            return self.contents[seq]
        return codec.content_hash(self.records[seq])

    def body(self, seq: int, raw: Any) -> str:
        if self.bodies is not None and seq in self.bodies:
            return self.bodies[seq]
        return _kept(raw)


def check_batch(changes: list[Change], raw: list[Any], skipped: Sequence[int] = ()) -> CheckedBatch:
    """``changes`` checked, and what a push keeps of them worked out. ``raw``: the same
    changes as sent, the JSON the model was made from (a payload's canonical text is taken
    from it: equal to the model's)."""
    refused: dict[int, str] = {}
    decoded: dict[int, validation.ValidRecord] = {}
    for change in changes:
        try:
            decoded[change.seq] = check_change(change)
        except ChangeRefused as exc:
            refused[change.seq] = str(exc)
    canonical: dict[int, str] = {}
    digests: dict[int, str] = {}
    bodies: dict[int, str] = {}
    for c, r in zip(changes, raw, strict=True):
        payload, digests[c.seq] = _payload_and_digest(r)
        if c.seq not in refused:
            canonical[c.seq] = payload if payload is not None else _canonical(c.payload)
        bodies[c.seq] = _kept(r)
    contents = {seq: codec.content_hash(record) for seq, record in decoded.items()}
    return CheckedBatch(changes, raw, refused, decoded, canonical, digests,
                        tuple(sorted(set(skipped))), contents, bodies)


def _kept(raw: Any) -> str:
    """A change as ``inbound`` keeps it: as it came, in compact JSON."""
    return codec.compact_text(raw)


@dataclass(frozen=True)
class _Held:
    """A record the hub holds, as a push needs it (``payload`` only when it has no content
    hash: rows kept before hashes were)."""

    kind: str
    record_id: str
    rev: str
    child_id: str
    content_hash: str | None
    payload: str
    key: int = 0
    base_rev: str | None = None
    merge_rev: str | None = None
    is_head: bool = True


def _read_held(session: Session, wanted: dict[str, set[str]]) -> list[_Held]:
    """Every revision the hub holds of the records ``wanted`` names (kind -> ids).

    On PostgreSQL in one statement whatever the number, its text always the same: the
    (kind, id) pairs go as two arrays, joined to the table on both columns, so every pair is
    one look-up in the (kind, record_id) index whatever the planner knows of the table. (Two
    ``IN`` lists, one of kinds and one of ids, let a planner with no statistics yet, a hub
    just filled, read every record of those kinds and test each against every id: most of
    the database's time in a push.) Elsewhere one query a chunk of ids."""
    if not wanted:
        return []
    if session.get_bind().dialect.name == "postgresql":
        return [_Held(*row) for row in fetch(session, *_held_statement(wanted))]
    ids = set().union(*wanted.values())
    found: list[_Held] = []
    for chunk in _chunks(ids):
        for row in session.execute(_HELD_IDS, {"kinds": sorted(wanted), "ids": chunk}):
            values: tuple[Any, ...] = tuple(row)
            if values[1] in wanted.get(values[0], ()):
                found.append(_Held(*values))
    return found


def _held_statement(wanted: dict[str, set[str]]) -> Statement:
    """``_read_held``'s statement on PostgreSQL and its values (``wanted`` not empty)."""
    pairs = sorted((kind, record_id) for kind, ids in wanted.items() for record_id in ids)
    kinds, ids = [kind for kind, _ in pairs], [record_id for _, record_id in pairs]
    return _HELD_PAIRS, [bulk.text_array(kinds) or kinds, bulk.text_array(ids) or ids]


# Built once. A held record's columns, its payload only for a row kept before content hashes
# were; on PostgreSQL for the (kind, id) pairs two arrays name, elsewhere for kinds and ids.
_HELD_PAIRS = """
SELECT record.kind, record.record_id, record.rev, record.child_id, record.content_hash,
       CASE WHEN record.content_hash IS NULL OR record.content_hash = '' THEN record.payload
            ELSE '' END,
       record.key, record.base_rev, record.merge_rev, record.is_head
FROM unnest(CAST(%b AS text[]), CAST(%b AS text[])) AS wanted (kind, record_id)
JOIN record ON record.kind = wanted.kind AND record.record_id = wanted.record_id
"""
_RECORD = cast(Table, RecordCopy.__table__)
_HELD_IDS = select(
    _RECORD.c.kind, _RECORD.c.record_id, _RECORD.c.rev, _RECORD.c.child_id,
    _RECORD.c.content_hash,
    case((or_(_RECORD.c.content_hash.is_(None), _RECORD.c.content_hash == ""),
          _RECORD.c.payload), else_=""),
    _RECORD.c.key, _RECORD.c.base_rev, _RECORD.c.merge_rev, _RECORD.c.is_head).where(
    _RECORD.c.kind.in_(bindparam("kinds", expanding=True)),
    _RECORD.c.record_id.in_(bindparam("ids", expanding=True)))


class HubHoldings:
    """``validation.Holdings`` over the hub's records (withdrawn ones too: they exist).
    ``held``: what a push has already read of the records it names, for those kinds and ids
    (``known``); anything else is asked of the database."""

    place = "on the hub or in this push"

    def __init__(self, session: Session, held: Sequence[_Held] = (),
                 known: dict[str, set[str]] | None = None) -> None:
        self.session = session
        self.held = held
        self.known = known or {}

    def _all_known(self, kind: str, ids: Collection[str]) -> bool:
        return set(ids) <= self.known.get(kind, set())

    def owners(self, kind: str, ids: Collection[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        if self._all_known(kind, ids):
            wanted = set(ids)
            return {h.record_id: h.child_id for h in self.held
                    if h.kind == kind and h.record_id in wanted}
        for chunk in _chunks(ids):
            for record_id, child_id in self.session.execute(
                    select(RecordCopy.record_id, RecordCopy.child_id).where(
                        RecordCopy.kind == kind, RecordCopy.record_id.in_(chunk))):
                found[record_id] = child_id
        return found

    def revisions(self, kind: str, ids: Collection[str]) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        if self._all_known(kind, ids):
            wanted = set(ids)
            for h in self.held:
                if h.kind == kind and h.record_id in wanted:
                    found.setdefault(h.record_id, set()).add(h.rev)
            return found
        for chunk in _chunks(ids):
            for record_id, rev in self.session.execute(
                    select(RecordCopy.record_id, RecordCopy.rev).where(
                        RecordCopy.kind == kind, RecordCopy.record_id.in_(chunk))):
                found.setdefault(record_id, set()).add(rev)
        return found


def _chunks(ids: Collection[str], size: int = 500) -> list[list[str]]:
    wanted = sorted(set(ids))
    return [wanted[i:i + size] for i in range(0, len(wanted), size)]


def _numbers(batch: CheckedBatch, last_seq: int) -> None:
    """The changes and the numbers declared void together must run on without a gap."""
    seqs = [c.seq for c in batch.changes]
    if seqs != sorted(set(seqs)):
        raise HubError("the changes in one push must carry different numbers, in order", 422)
    if set(seqs) & set(batch.skipped):
        raise HubError("a number cannot be both sent and skipped", 422)
    numbers = sorted(set(seqs) | set(batch.skipped))
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        raise HubError("the changes in one push, with the numbers skipped, must carry "
                       "consecutive numbers", 422)
    if numbers[0] > last_seq + 1:
        raise SequenceGap(last_seq + 1, numbers[0])


def _allowed_children(session: Session, device: _HeldDevice, practitioner: Practitioner,
                      child_ids: set[str], read: Sequence[Any] | None = None,
                      ) -> tuple[set[str], set[str]]:
    """(children this device may write to, children on no caseload yet). ``read``: what
    ``_ON_CASELOADS_PG`` has already found for these children or more (``_PlainStart``)."""
    # Each child on a caseload, and whether on one this practitioner sees: one statement.
    seen, params = caseloads_seen(practitioner)
    found: Sequence[Any]
    if read is not None:
        found = [row for row in read if row[0] in child_ids]
    elif session.get_bind().dialect.name == "postgresql":
        found = run_plain(session, _ON_CASELOADS_PG[id(seen)],
                          {**params, "children": sorted(child_ids)})
    else:
        found = session.execute(_ON_CASELOADS[id(seen)],
                                {**params, "children": sorted(child_ids)}).all()
    cases = {child_id for child_id, _ in found}
    allowed = {child_id for child_id, visible in found if visible}
    new_children = child_ids - cases
    # A case moved on while its old practitioner's laptop was offline: until the hub has sent
    # that laptop the news (by the hub's own record of what it sent, never the laptop's word),
    # what it sends about the child is delivered to the new practitioner, so nothing typed in
    # good faith is lost. Only a laptop that knew the child: it pushed something of the child,
    # or was sent some of the child's records, before the case moved.
    moved = child_ids - allowed - new_children
    if moved:
        late = set(session.execute(
            select(FeedEvent.child_id).where(
                FeedEvent.removed_from == practitioner.id, FeedEvent.child_id.in_(moved),
                FeedEvent.seq > device.served_to)).scalars())
        for child_id in late:
            pushed_before = session.execute(select(RecordCopy.key).where(
                RecordCopy.child_id == child_id, RecordCopy.from_device == device.id).limit(1)
            ).first() is not None
            sent_before = session.execute(select(FeedEvent.seq).where(
                FeedEvent.child_id == child_id, FeedEvent.record_key.is_not(None),
                FeedEvent.seq <= device.served_to).limit(1)).first() is not None
            if pushed_before or sent_before:
                allowed.add(child_id)
    return allowed | new_children, new_children


# Built once, for each of the two ways a practitioner sees caseloads: the children (of those
# asked about) on any caseload, each with whether it is on one this practitioner sees.
_CASE = cast(Table, ChildCase.__table__)
_ON_CASELOADS = {id(seen): select(_CASE.c.child_id, _CASE.c.child_id.in_(seen)).where(
    _CASE.c.child_id.in_(bindparam("children", expanding=True)))
    for seen in (OWN_CASELOAD, TEAM_CASELOADS)}
# The same on PostgreSQL, the children as one array (``db.run_plain``: one text whatever
# their number, never compiled again).
_ON_CASELOADS_PG = {id(seen): select(_CASE.c.child_id, _CASE.c.child_id.in_(seen)).where(
    _CASE.c.child_id == any_(bindparam("children", type_=ARRAY(String()))))
    for seen in (OWN_CASELOAD, TEAM_CASELOADS)}


def push(session: Session, device: Device, practitioner: Practitioner, batch: CheckedBatch,
         cursor: int = 0) -> PushResponse:
    """Apply a batch from one device (in the hub's write lock). ``raw`` holds each change as
    it was sent, which is what ``inbound`` keeps.

    The batch is worked in a fixed number of statements, whatever its size: what the hub
    already holds is read once, new rows are written in bulk, heads are recomputed once per
    document. A document whose heads are more than one once the batch is in is a conflict.
    """
    changes, raw = batch.changes, batch.raw
    # Pushes run side by side (``db.writing(shared=True)``): this device's row, and every
    # record and child the batch names, are locked until commit, so what is read of them
    # below stays true until the batch is in. The feed and the audit log are appended to
    # last, under the tail lock.
    plain = session.get_bind().dialect.name == "postgresql"
    now = datetime.now(UTC)
    # On PostgreSQL the reads below, the locks first, go in one round trip (``_PlainStart``).
    start = _PlainStart.read(session, device, practitioner, batch, now) if plain else None
    found = start.device if start is not None \
        else _first(session, plain, _HOLD_DEVICE, {"device_id": device.id})
    if found is None:
        raise HubError(NOT_ENROLLED, 401)
    current = _HeldDevice(device.id, *found)  # from here on, the row as read under its lock
    if start is None:
        lock_keys(session, _names(batch))
    _numbers(batch, current.last_seq)
    current.pulled_to = max(current.pulled_to, cursor)
    # What the hub was sent before under these numbers (none when every one is new: no query).
    again = [c.seq for c in changes if c.seq <= current.last_seq]
    seen: dict[int, _Answered]
    if start is not None:
        seen = {row.seq: row for row in start.sent if row.seq in again}
    else:
        seen = {row.seq: row for row in session.execute(select(Inbound).where(
            Inbound.device_id == current.id, Inbound.seq.in_(again))).scalars()} if again \
            else {}
    fresh = [(c, r) for c, r in zip(changes, raw, strict=True) if c.seq > current.last_seq]
    void = [n for n in batch.skipped if n > current.last_seq]
    outcome: dict[int, tuple[ChangeStatus, str]] = {
        c.seq: ("rejected", batch.refused[c.seq]) for c, _ in fresh if c.seq in batch.refused}
    candidates = [c for c, _ in fresh if c.seq not in outcome]
    # A team record names other children (a link's second child, a team context's
    # children): every one must be on the team's caseloads too.
    others = {c.seq: validation.team_children(batch.records[c.seq]) - {c.child_id}
              for c in candidates if c.kind in validation.TEAM_ONLY}
    named = {c.child_id for c in candidates}.union(*others.values())
    allowed, new_children = _allowed_children(session, current, practitioner, named,
                                              start.cases if start is not None else None)
    for change in candidates:
        if change.child_id not in allowed:
            outcome[change.seq] = ("rejected", "this child is not on your caseload")
        elif change.seq in others and not practitioner.is_manager:
            outcome[change.seq] = ("rejected", "only a team manager decides team links")
        elif change.seq in others and (not others[change.seq] <= allowed or (
                {change.child_id} | others[change.seq]) & new_children):
            outcome[change.seq] = ("rejected", "a team link joins two children already on "
                                               "your team's caseloads")
    candidates = [c for c in candidates if c.seq not in outcome]
    # What the hub already holds of these records and of every record they name, read at
    # once: the duplicate check below and the reference checks (``HubHoldings``) use it.
    # (Every record of the batch, most often: then the start has worked it out already.)
    wanted = start.named if start is not None and len(candidates) == len(batch.records) \
        else validation.named_records([batch.records[c.seq] for c in candidates])
    read = start.held_of(wanted) if start is not None else _read_held(session, wanted)
    held = {(h.kind, h.record_id, h.rev): (h.content_hash, h.payload) for h in read}
    taken: tuple[ChangeStatus, str] = ("rejected", "an entry with this id is already on the hub with other content "
                         "(entries are never changed: send a new entry that corrects it)")
    fresh_keys: dict[tuple[str, str, str], str] = {}
    to_link: list[Change] = []
    for change in candidates:
        key = (change.kind, change.id, change.rev or "")
        content = batch.content(change.seq)
        if key in held:
            # A revision id is its content and parents; an entry is recognised by its content.
            held_content, payload = held[key]
            same = bool(change.rev) or _content_of(held_content, payload) == content
            outcome[change.seq] = ("duplicate", "") if same else taken
        elif key in fresh_keys:  # the same record twice in one push
            outcome[change.seq] = ("duplicate", "") if fresh_keys[key] == content else taken
        else:
            fresh_keys[key] = content
            to_link.append(change)
    # Into the feed in an order where no record comes before what it names, so a laptop
    # reading the feed a page at a time never meets a reference it cannot yet resolve.
    to_link = [to_link[i] for i in validation.dependency_order(
        [batch.records[c.seq] for c in to_link])]
    # Every reference names a record on the hub or arriving in this push (and accepted).
    refused_ids = {c.id for c, _ in fresh if outcome.get(c.seq, ("",))[0] == "rejected"}
    problems = validation.link_problems([batch.records[c.seq] for c in to_link],
                                        HubHoldings(session, read, wanted), refused=refused_ids)
    new_rows: list[dict[str, Any]] = []
    for index, change in enumerate(to_link):
        if index in problems:
            first = problems[index][0]
            outcome[change.seq] = ("rejected", f"{first.path.removeprefix('$.')}: {first.message}")
            continue
        outcome[change.seq] = ("accepted", "")
        new_rows.append({"kind": change.kind, "record_id": change.id, "rev": change.rev or "",
                         "base_rev": change.base_rev, "merge_rev": change.merge_rev,
                         "child_id": change.child_id, "payload": batch.canonical[change.seq],
                         "from_device": current.id, "is_head": True,
                         "content_hash": batch.content(change.seq),
                         "quarantine_reason": "", "_seq": change.seq})
    joined = {row["child_id"] for row in new_rows} & new_children
    # A child first recorded on a laptop joins that practitioner's caseload.
    cases = [{"child_id": c, "practitioner_id": practitioner.id} for c in sorted(joined)]
    # Which revisions are heads once these are in, worked out from what was read of the
    # documents above (under their locks: nothing else has written them since): a new row
    # goes in as a head or not, and a held head that a new revision follows stops being one.
    conflicted, followed = _heads(read, new_rows)
    for row in new_rows:
        if (row["kind"], row["record_id"]) in conflicted:
            outcome[row["_seq"]] = ("conflict", "this record was also changed on another "
                                                "laptop; both versions are kept")
    kept = [{k: v for k, v in row.items() if k != "_seq"} for row in new_rows]
    # Each change kept as it came, with what the hub made of it, in the transaction that
    # applies it (a refused one's body cut to REJECTED_BODY_MAX characters).
    inbound = [
        {"device_id": current.id, "seq": c.seq, "received_at": now,
         "status": outcome[c.seq][0], "reason": outcome[c.seq][1],
         "body": _bounded(batch.body(c.seq, r), outcome[c.seq][0]),
         "digest": batch.digests[c.seq]} for c, r in fresh] + [
        {"device_id": current.id, "seq": n, "received_at": now, "status": "skipped",
         "body": "", "reason": "withdrawn on the laptop", "digest": ""} for n in void]
    results, counts = _answers(changes, outcome, seen, batch.digests)
    current.last_seq = max(current.last_seq, max(c.seq for c in changes), *batch.skipped)
    written = {"device_id": current.id, "new_last_seq": current.last_seq,
               "new_pulled_to": current.pulled_to, "new_last_seen": now}
    marks = new_marks(len(new_rows))
    detail = json.dumps(counts, sort_keys=True)
    if start is not None and not start.prune and appends_at_once(session):
        # Everything written in one round trip: the rows, the device's row, the tail lock,
        # the appends and the commit; the tail is held only while the database writes the
        # appends. The feed takes each new record's key in the database, by what makes a
        # record unique (kind, id, revision).
        before: list[Statement] = [
            *([bulk.insert_statement(session, ChildCase, cases)] if cases else []),
            *([(_NOT_HEADS_PG, [followed])] if followed else []),
            *([bulk.insert_statement(session, RecordCopy, kept)] if kept else []),
            *([bulk.insert_statement(session, Inbound, inbound)] if inbound else []),
            plain_statement(session, _WRITE_DEVICE, written)]
        appends = [_feed_by_record(new_rows, marks)] if new_rows else []
        append_and_commit(session, before, [
            *appends, audit.appended("push", actor=practitioner.id, device_id=current.id,
                                     detail=detail)])
        return PushResponse(results=results, last_seq=current.last_seq)
    if cases:
        bulk.insert_many(session, ChildCase, cases)
    if followed:
        session.execute(_NOT_HEADS, {"keys": followed})
    made: dict[tuple[str, str, str], int] = {}
    if kept:
        # Each new record's key, matched by what makes a record unique (kind, id, revision).
        made = {(kind, record_id, rev): key for key, kind, record_id, rev in bulk.insert_many(
            session, RecordCopy, kept, returning=("key", "kind", "record_id", "rev"))}
    if inbound:
        bulk.insert_many(session, Inbound, inbound)
    # Into the feed in the order of ``to_link`` (what a record names comes first).
    feed = [{"child_id": row["child_id"],
             "record_key": made[(row["kind"], row["record_id"], row["rev"])],
             "for_practitioner": None, "removed_from": None, "mark": mark}
            for row, mark in zip(new_rows, marks, strict=True)]
    # Everything but the appends is done before the tail lock (the device's row, locked
    # since the start, is written before it is taken), so the pushes and pulls queued behind
    # this one wait only for the appends and the commit.
    session.flush()
    prune = start.prune if start is not None else _prune_due(session, now)
    if plain:
        run_plain(session, _WRITE_DEVICE, written)
    else:
        session.execute(_WRITE_DEVICE, written)
    # The appends, last: from here to commit this push holds the tail lock.
    hold_tail(session)
    if feed:
        bulk.insert_many(session, FeedEvent, feed)
    if prune:
        _prune_rejected(session, now)
    audit.record(session, "push", actor=practitioner.id, device_id=current.id, detail=detail)
    return PushResponse(results=results, last_seq=current.last_seq)


@dataclass(frozen=True)
class _PlainStart:
    """What a push reads first on PostgreSQL, sent in one round trip (``db.fetch_at_once``),
    in this order: the device's row, locked until commit; the advisory locks of what the
    batch names (``_names``); then, under those locks, the caseloads of every child the
    batch's records name, every revision the hub holds of every record they name, the
    time of the last pruning, and what the device sent before under the batch's numbers.

    Which changes a push goes on to work on depends on what is read (the device's last
    number, the caseloads), so the caseloads, the records and the changes sent before are
    read for every change of the batch, a superset, and what ``push`` asks of them is what a
    read of its own would have found (``_allowed_children``'s ``read``, ``held_of``, the
    numbers sent again). The pruning time is read before the
    tail as before: once not due it stays so (it only moves on); when due, the pruning reads
    it again under the lock."""

    device: tuple[Any, ...] | None
    cases: list[tuple[Any, ...]]
    held: list[_Held]
    prune: bool
    named: dict[str, set[str]]  # ``validation.named_records`` of every record of the batch
    sent: list[_Sent]  # what the device sent before under the batch's numbers, if anything

    @classmethod
    def read(cls, session: Session, device: Device, practitioner: Practitioner,
             batch: CheckedBatch, now: datetime) -> _PlainStart:
        children: set[str] = set()
        records: list[validation.ValidRecord] = []
        for change in batch.changes:
            record = batch.records.get(change.seq)
            if record is None:
                continue
            records.append(record)
            children.add(change.child_id)
            if change.kind in validation.TEAM_ONLY:
                children |= validation.team_children(record)
        seen, params = caseloads_seen(practitioner)
        statements: list[Statement] = [
            plain_statement(session, _HOLD_DEVICE, {"device_id": device.id})]
        locks = keys_locked(session, _names(batch))
        if locks is not None:
            statements.append(locks)
        statements.append(plain_statement(session, _ON_CASELOADS_PG[id(seen)],
                                          {**params, "children": sorted(children)}))
        wanted = validation.named_records(records)
        if wanted:
            statements.append(_held_statement(wanted))
        statements.append(plain_statement(session, _PRUNED_AT, {}))
        numbers = [change.seq for change in batch.changes]
        statements.append(plain_statement(session, _SENT, {
            "device_id": device.id, "low": min(numbers), "high": max(numbers)}))
        found = fetch_at_once(session, statements)
        rows = found[0]
        return cls(device=rows[0] if rows else None, cases=found[2 if locks else 1],
                   held=[_Held(*row) for row in found[-3]] if wanted else [],
                   prune=_due(found[-2][0][0] if found[-2] else None, now), named=wanted,
                   sent=[_Sent(*row) for row in found[-1]])

    def held_of(self, wanted: dict[str, set[str]]) -> list[_Held]:
        """``_read_held(session, wanted)``'s answer: the revisions held of ``wanted``'s
        records (which the start read among others)."""
        if wanted is self.named:
            return self.held
        return [h for h in self.held if h.record_id in wanted.get(h.kind, ())]


def _feed_by_record(new_rows: Sequence[dict[str, Any]], marks: Sequence[str]) -> Statement:
    """The feed's rows for a push's new records (``new_rows``, in their order: ``to_link``'s),
    each naming its record by the key the database gave it, found by (kind, id, revision)."""
    columns = [[row["kind"] for row in new_rows], [row["record_id"] for row in new_rows],
               [row["rev"] for row in new_rows], list(marks)]
    return _FEED_BY_RECORD, [bulk.text_array(column) or column for column in columns]


# Built once: what a device sent before under the numbers from low to high (``_PlainStart``:
# every number of a batch, whichever of them the device's row then says it sent before).
_INBOUND = cast(Table, Inbound.__table__)
_SENT = select(_INBOUND.c.seq, _INBOUND.c.status, _INBOUND.c.reason, _INBOUND.c.digest,
               _INBOUND.c.body).where(_INBOUND.c.device_id == bindparam("device_id"),
                                      _INBOUND.c.seq >= bindparam("low"),
                                      _INBOUND.c.seq <= bindparam("high"))


# Built once: a push's feed rows, numbered in the order given (``ORDER BY`` the position: the
# feed's numbers are drawn as the sorted rows are inserted). Each row names its record and
# takes its child from it; a record not found fails the statement (no record's key is -1:
# the foreign key refuses it), so no row is ever left out.
_FEED_BY_RECORD = """
INSERT INTO feed (child_id, record_key, for_practitioner, removed_from, mark)
SELECT record.child_id, COALESCE(record.key, -1), NULL, NULL, wanted.mark
FROM unnest(CAST(%b AS text[]), CAST(%b AS text[]), CAST(%b AS text[]), CAST(%b AS text[]))
     WITH ORDINALITY AS wanted (kind, record_id, rev, mark, position)
LEFT JOIN record ON record.kind = wanted.kind AND record.record_id = wanted.record_id
                AND record.rev = wanted.rev
ORDER BY wanted.position
"""
# Held revisions that new ones follow are heads no more (``_NOT_HEADS``), their keys as one
# array.
_NOT_HEADS_PG = "UPDATE record SET is_head = false WHERE key = ANY(CAST(%b AS bigint[]))"


@dataclass
class _HeldDevice:
    """A pushing device's row as ``push`` reads it under its row lock, and changes it."""

    id: str
    last_seq: int
    pulled_to: int
    served_to: int


# Plain statements, built once (the ORM's get and unit of work did the same, at more cost):
# the device's row, locked until commit, and its write.
_DEVICE = cast(Table, Device.__table__)
_HOLD_DEVICE = select(_DEVICE.c.last_seq, _DEVICE.c.pulled_to, _DEVICE.c.served_to).where(
    _DEVICE.c.id == bindparam("device_id")).with_for_update()
_WRITE_DEVICE = update(_DEVICE).where(_DEVICE.c.id == bindparam("device_id")).values(
    last_seq=bindparam("new_last_seq"), pulled_to=bindparam("new_pulled_to"),
    last_seen=bindparam("new_last_seen"))


class _Answered(Protocol):
    """A change the hub was sent before under a number (an ``Inbound`` row), as ``push``
    answers it again."""

    @property
    def seq(self) -> int: ...

    @property
    def status(self) -> str: ...

    @property
    def reason(self) -> str: ...

    @property
    def digest(self) -> str | None: ...

    @property
    def body(self) -> str: ...


@dataclass(frozen=True)
class _Sent:
    """An ``Inbound`` row's columns ``_Answered`` names, as ``_PlainStart`` reads them."""

    seq: int
    status: str
    reason: str
    digest: str | None
    body: str


def _answers(changes: Sequence[Change], outcome: dict[int, tuple[ChangeStatus, str]],
             seen: dict[int, _Answered], digests: dict[int, str],
             ) -> tuple[list[ChangeResult], dict[str, int]]:
    """Each change's answer, and how many of each status (for the audit log): what this push
    made of it (``outcome``), or, for a number the hub had already (``seen``), what it was
    answered then."""
    results: list[ChangeResult] = []
    counts: dict[str, int] = {}
    for change in changes:
        if change.seq in outcome:
            status, reason = outcome[change.seq]
        else:
            earlier = seen.get(change.seq)
            if earlier is not None and not _same_change(earlier, digests[change.seq]):
                # A number reused for something else: refusing it says so, where answering
                # "duplicate" would let the device believe a change arrived that never did.
                status, reason = "rejected", number_reused(change.seq)
            else:
                status = _ANSWERED_AGAIN.get(earlier.status, "duplicate") if earlier \
                    else "duplicate"
                reason = earlier.reason if earlier else ""
        counts[status] = counts.get(status, 0) + 1
        results.append(ChangeResult(seq=change.seq, status=status, reason=reason))
    return results, counts


def _names(batch: CheckedBatch) -> list[tuple[str, ...]]:
    """What a push locks (``db.lock_keys``): each record it brings, by kind and id, and each
    child it names (a record's own, a team record's others)."""
    names: list[tuple[str, ...]] = []
    for change in batch.changes:
        names += [("record", change.kind, change.id), ("child", change.child_id)]
        record = batch.records.get(change.seq)
        if record is not None and change.kind in validation.TEAM_ONLY:
            names += [("child", other) for other in validation.team_children(record)]
    return names


def _content_of(content_hash: str | None, payload: str) -> str:
    """A held record's content hash (worked out from its payload for rows kept before the
    hash was)."""
    if content_hash:
        return content_hash
    try:
        return codec.content_hash(codec.record_from_dict(json.loads(payload)))
    except (ValueError, TypeError):
        return ""


def _same_change(earlier: _Answered, digest: str) -> bool:
    if earlier.status == "skipped":
        return False
    if earlier.digest:
        return earlier.digest == digest
    try:  # kept before digests were
        return _digest(json.loads(earlier.body)) == digest
    except ValueError:
        return False


def _bounded(body: str, status: str) -> str:
    """A refused change's body, cut to REJECTED_BODY_MAX characters; any other as it came."""
    return body[:REJECTED_BODY_MAX] if status == "rejected" else body


def _first(session: Session, plain: bool, statement: Any, params: dict[str, Any],
           ) -> tuple[Any, ...] | None:
    """The first row ``statement`` gives (None for none): through ``db.run_plain`` when
    ``plain`` (PostgreSQL), else through the session."""
    if plain:
        rows = run_plain(session, statement, params)
        return rows[0] if rows else None
    row = session.execute(statement, params).first()
    return tuple(row) if row is not None else None


def _prune_due(session: Session, now: datetime, plain: bool = False) -> bool:
    """Whether ``_prune_rejected`` may have anything to do: read before the tail lock. (Once
    not due it stays so until this transaction ends: the time of the last pruning only moves
    on; when due, ``_prune_rejected`` reads it again under the lock.)"""
    found = _first(session, plain, _PRUNED_AT, {})
    return _due(found[0] if found is not None else None, now)


def _due(last: str | None, now: datetime) -> bool:
    """Whether a pruning last done at ``last`` (None: never) is due again at ``now``."""
    return last is None or codec.parse_utc(last) <= now - _PRUNE_EVERY


# The time refused bodies were last emptied (a plain read: the session has nothing pending
# when it is asked, and the row need not be tracked).
_PRUNED_AT = select(HubState.__table__.c.value).where(
    HubState.__table__.c.key == "rejected_pruned_at")


def _prune_rejected(session: Session, now: datetime) -> None:
    """Refused bodies (cut to REJECTED_BODY_MAX as they are kept) are emptied after
    REJECTED_BODY_DAYS (checked at most hourly). The row stays, with its digest, status and
    reason."""
    # Read again (not the copy ``_prune_due`` left in the session): another push may have
    # pruned while this one waited for the tail lock.
    last = session.get(HubState, "rejected_pruned_at", populate_existing=True)
    if last is not None and codec.parse_utc(last.value) > now - _PRUNE_EVERY:
        return
    session.execute(update(Inbound).where(
        Inbound.status == "rejected", Inbound.received_at < now - timedelta(days=REJECTED_BODY_DAYS),
        Inbound.body != "").values(body=""))
    session.merge(HubState(key="rejected_pruned_at", value=codec.utc_iso(now)))


def _heads(held: Sequence[_Held], new_rows: Sequence[dict[str, Any]],
           ) -> tuple[set[tuple[str, str]], list[int]]:
    """The heads of each document a push adds revisions to, from all its revisions: those held
    (``held``, read under the document's lock) and the new ones (``new_rows``, whose
    ``is_head`` is set here). A revision is a head unless another names it as its base or
    merge. Returns the documents with more than one head, and the keys of held heads that
    stop being heads."""
    documents = {(row["kind"], row["record_id"]) for row in new_rows if row["rev"]}
    if not documents:
        return set(), []
    revisions: dict[tuple[str, str], list[tuple[str, str | None, str | None]]] = {}
    for h in held:
        if (h.kind, h.record_id) in documents:
            revisions.setdefault((h.kind, h.record_id), []).append(
                (h.rev, h.base_rev, h.merge_rev))
    for row in new_rows:
        if (row["kind"], row["record_id"]) in documents:
            revisions.setdefault((row["kind"], row["record_id"]), []).append(
                (row["rev"], row["base_rev"], row["merge_rev"]))
    parents = {doc: {p for _, base, merge in rows for p in (base, merge) if p}
               for doc, rows in revisions.items()}
    conflicted = {doc for doc, rows in revisions.items()
                  if sum(rev not in parents[doc] for rev, _, _ in rows) > 1}
    for row in new_rows:
        doc = (row["kind"], row["record_id"])
        if doc in documents:
            row["is_head"] = row["rev"] not in parents[doc]
    followed = sorted(h.key for h in held if h.is_head and (h.kind, h.record_id) in documents
                      and h.rev in parents[(h.kind, h.record_id)])
    return conflicted, followed


# Built once: held revisions that new ones follow are heads no more.
_NOT_HEADS = update(_RECORD).where(_RECORD.c.key.in_(bindparam("keys", expanding=True))).values(
    is_head=False)


# --------------------------------------------------------------------------- positions


def _mac(secret: str, text: str) -> str:
    return hmac.new(bytes.fromhex(secret), text.encode(), hashlib.sha256).hexdigest()[:32]


def mark_at(session: Session, seq: int) -> str:
    """The mark of the newest feed row at or before ``seq`` ("" before the first)."""
    if seq <= 0:
        return ""
    found = session.execute(select(FeedEvent.mark).where(FeedEvent.seq <= seq)
                            .order_by(FeedEvent.seq.desc()).limit(1)).scalar()
    return found or ""


def position_token(session: Session, epoch: str, seq: int) -> str:
    """``epoch.seq.mark.mac``: the hub's signed word that it gave out this feed position."""
    text = f"{epoch}.{seq}.{mark_at(session, seq)}"
    return f"{text}.{_mac(hub_value(session, 'secret'), text)}"


def _position_holds(session: Session, epoch: str, token: str, head: int) -> bool:
    """False only for a token this hub gave out, in this epoch, for a position its feed no
    longer has (past its end, or with another row there): the hub went back in time."""
    return _holds(epoch, hub_value(session, "secret"), token, head,
                  lambda seq: mark_at(session, seq))


def _holds(epoch: str, secret: str, token: str, head: int, mark_of: Callable[[int], str]) -> bool:
    parts = token.split(".")
    if len(parts) != 4 or not parts[1].isdigit():
        return True
    token_epoch, seq_text, mark, mac = parts
    text = f"{token_epoch}.{seq_text}.{mark}"
    if not hmac.compare_digest(mac, _mac(secret, text)):
        return True  # not ours: a device's claim decides nothing
    if token_epoch != epoch:
        return True  # from before the epoch changed: the laptop heals on the epoch anyway
    seq = int(seq_text)
    return seq <= head and mark_of(seq) == mark


def _token_seq(token: str) -> int:
    """The feed position a token names, as far as a query needs it (0: none, or past any)."""
    parts = token.split(".")
    if len(parts) != 4 or not parts[1].isdigit() or len(parts[1]) > 18:
        return 0
    return int(parts[1])


def state_of(session: Session, device: Device, practitioner: Practitioner,
             position: str) -> HubStateAnswer:
    """``state`` for a request whose device and practitioner were read in this same
    transaction (by the signature check), in two statements: the hub's values, the feed's
    head and the mark at the position asked about in one; the team links in the other. It
    never starts a new epoch: a position the hub no longer has is answered
    ``position_known=False``, and the caller asks ``state`` with ``may_rotate``."""
    asked = _token_seq(position)
    mark_sq = (select(FeedEvent.mark).where(FeedEvent.seq <= asked)
               .order_by(FeedEvent.seq.desc()).limit(1).scalar_subquery()) if asked > 0 \
        else null()
    facts = select(
        select(HubState.value).where(HubState.key == "epoch").scalar_subquery().label("epoch"),
        select(HubState.value).where(HubState.key == "secret").scalar_subquery().label("secret"),
        select(func.max(FeedEvent.seq)).scalar_subquery().label("head"),
        mark_sq.label("mark")).subquery()
    # The one row of facts, beside each team link (none on most hubs: then one row, the
    # link's columns empty), so the links cost no statement of their own.
    rows = session.execute(
        select(facts.c.epoch, facts.c.secret, facts.c.head, facts.c.mark, RecordCopy.record_id,
               RecordCopy.payload)
        .select_from(facts.outerjoin(RecordCopy, and_(*_LIVE_TEAM_LINK)))).all()
    epoch, secret, head, mark = rows[0][:4]
    links = [(record_id, payload) for *_facts, record_id, payload in rows
             if record_id is not None]
    for key, value in (("epoch", epoch), ("secret", secret)):
        if value is None:  # made by the migration; only a damaged database lacks it
            raise HubError(f"the hub's {key} is missing from its database", 500)
    head = head or 0
    # mark_at's answer for the one position a valid token can name (a larger one fails
    # ``seq <= head`` before its mark is looked at).
    known = _holds(epoch, secret, position, head,
                   lambda seq: (mark or "") if seq == asked and seq > 0 else "") \
        if position else True
    return HubStateAnswer(epoch=epoch, last_seq=device.last_seq, feed_head=head,
                          position_known=known, accepts_gzip=True, retiring=device.retiring_at is not None,
                          manager=bool(practitioner.is_manager),
                          linked_children=_linked_of(session, practitioner.id, links))


def state(session: Session, device: Device, position: str, *,
          may_rotate: bool) -> HubStateAnswer:
    """What the hub knows of this device, checked against the position it last read. A
    position the hub gave out and no longer has means the hub was restored from a backup:
    with ``may_rotate`` (a writing transaction) that starts a new epoch."""
    # Read together, few statements: this answer is all a sync with nothing to do asks for.
    # (The hub's values, the device and its practitioner land in the session, so the lookups
    # below find them without asking the database again.)
    held = session.execute(select(HubState).where(
        HubState.key.in_(("epoch", "secret")))).scalars().all()
    found = device_for_request(session, device.id)
    assert found is not None
    current, practitioner = found
    epoch = hub_value(session, "epoch")
    head = session.execute(select(func.max(FeedEvent.seq))).scalar() or 0
    known = _position_holds(session, epoch, position, head) if position else True
    if not known and may_rotate:
        epoch = new_epoch(session, f"device {device.id} read up to a feed position this hub "
                                   "no longer has: restored from a backup")
    del held  # kept until here: the session holds what it loaded only while it is referred to
    return HubStateAnswer(epoch=epoch, last_seq=current.last_seq, feed_head=head,
                          position_known=known, accepts_gzip=True, retiring=current.retiring_at is not None,
                          manager=bool(practitioner.is_manager),
                          linked_children=linked_children(session, practitioner))


# A sync with nothing to do, on PostgreSQL, in one statement (autocommit: the statement is its
# own transaction): the device and its practitioner, read only if neither revoked nor awaiting
# confirmation; the nonce claimed (a second use fails the statement: nothing is written); the
# time last seen kept to the minute; the hub's values, the feed's head, the mark at the
# position asked about, and each team link's head beside them.
AT_ONCE = text("""
WITH d AS (
    SELECT device.id, device.last_seq, device.retiring_at, device.last_seen,
           practitioner.id AS practitioner_id, practitioner.is_manager
    FROM device JOIN practitioner ON practitioner.id = device.practitioner_id
    WHERE device.id = :device AND device.revoked_at IS NULL
      AND device.confirmed_at IS NOT NULL),
n AS (INSERT INTO nonce (nonce, seen_at) SELECT :nonce, :now FROM d RETURNING 1),
u AS (UPDATE device SET last_seen = :seen FROM d
      WHERE device.id = d.id AND (d.last_seen IS NULL OR d.last_seen < :stale) RETURNING 1)
SELECT d.last_seq, d.retiring_at, d.practitioner_id, d.is_manager,
       (SELECT count(*) FROM n) AS claimed,
       (SELECT value FROM hub_state WHERE key = 'epoch') AS epoch,
       (SELECT value FROM hub_state WHERE key = 'secret') AS secret,
       (SELECT max(seq) FROM feed) AS head,
       (SELECT mark FROM feed WHERE seq <= :asked ORDER BY seq DESC LIMIT 1) AS mark,
       record.record_id, record.payload
FROM d LEFT JOIN record ON record.kind = 'team_link' AND record.is_head
                        AND record.quarantined_at IS NULL
""")
# Where the nonce's claim is in each of its rows (the columns before it, the hub's four after
# it, and each team link's record id and payload last).
_CLAIMED = 4


def state_at_once(connection: Connection, device_id: str, nonce: str, position: str, *,
                  now: datetime, stale: datetime) -> HubStateAnswer | None:
    """``state_of`` with the nonce claimed, in one statement on an autocommit ``connection``
    (PostgreSQL). None, having written nothing, for a device not found, revoked or not yet
    confirmed: the caller's full path says why. A nonce used before raises IntegrityError."""
    read = read_at_once(on_driver(connection, AT_ONCE, at_once_values(
        device_id, nonce, position, now=now, stale=stale)), position)
    if read is None:
        return None
    mine = on_driver(connection, CASELOAD, {"practitioner": read.practitioner_id}) \
        if read.joined else []
    return read.answer(child_id for (child_id,) in mine)


def at_once_values(device_id: str, nonce: str, position: str, *, now: datetime,
                   stale: datetime) -> dict[str, Any]:
    """``AT_ONCE``'s values: the device, the nonce claimed at ``now``, the time last seen
    kept when older than ``stale``, and the feed position ``position`` names."""
    return {"device": device_id, "nonce": nonce, "now": int(now.timestamp()),
            "seen": utc_text(now), "stale": utc_text(stale), "asked": _token_seq(position)}


@dataclass(frozen=True)
class AtOnceRead:
    """What ``AT_ONCE`` read for a device's state; the children confirmed team links join
    (``joined``; none on most hubs) are told of only where they are on the practitioner's
    own caseload, which is read (``CASELOAD``) only when there are some."""

    epoch: str
    last_seq: int
    head: int
    known: bool
    retiring: bool
    manager: bool
    practitioner_id: str
    joined: frozenset[str]

    def answer(self, caseload: Iterable[str]) -> HubStateAnswer:
        """The state, ``caseload`` being the children on the practitioner's own caseload (all
        of them, or at least those of ``joined``)."""
        linked = sorted(self.joined & set(caseload)) if self.joined else []
        return HubStateAnswer(epoch=self.epoch, last_seq=self.last_seq, feed_head=self.head,
                              position_known=self.known, accepts_gzip=True,
                              retiring=self.retiring, manager=self.manager,
                              linked_children=linked)


def read_at_once(rows: Sequence[Sequence[Any]], position: str) -> AtOnceRead | None:
    """``AT_ONCE``'s rows read for the ``position`` asked about; None when it claimed nothing
    (a device not found, revoked or not yet confirmed)."""
    if not rows or not rows[0][_CLAIMED]:
        return None
    last_seq, retiring_at, practitioner_id, is_manager, _claimed, epoch, secret, head, mark = \
        rows[0][:_CLAIMED + 5]
    for key, value in (("epoch", epoch), ("secret", secret)):
        if value is None:  # made by the migration; only a damaged database lacks it
            raise HubError(f"the hub's {key} is missing from its database", 500)
    head = head or 0
    asked = _token_seq(position)
    known = _holds(epoch, secret, position, head,
                   lambda seq: (mark or "") if seq == asked and seq > 0 else "") \
        if position else True
    joined = _joined_by((row[-2], row[-1]) for row in rows if row[-2] is not None)
    return AtOnceRead(epoch=epoch, last_seq=last_seq, head=head, known=known,
                      retiring=retiring_at is not None, manager=bool(is_manager),
                      practitioner_id=practitioner_id, joined=frozenset(joined))


# The children on a practitioner's own caseload.
CASELOAD = select(ChildCase.child_id).where(ChildCase.practitioner_id == bindparam("practitioner"))


def on_driver(connection: Connection, statement: ClauseElement,
              params: dict[str, Any]) -> list[tuple[Any, ...]]:
    """``statement``'s rows, sent on ``connection`` straight to the driver: the text as
    SQLAlchemy would send it (``driver_text``), without the execution context, events and
    result rows SQLAlchemy builds around it, which cost a sync with nothing to do about as much
    as the statement's own work in PostgreSQL. An error goes through SQLAlchemy's own handling
    of a driver's error, as for any statement it sends: raised as its error (a unique key's is
    an IntegrityError; a connection the server dropped is an OperationalError, a 503), and a
    lost connection discarded with the pool's others of its age."""
    import psycopg  # here: a hub on SQLite never comes here, and needs no PostgreSQL driver

    sql = driver_text(statement, connection.dialect)
    driver = connection.connection.driver_connection
    assert driver is not None
    cursor = driver.cursor()
    try:
        cursor.execute(sql, params)
        return cast(list[tuple[Any, ...]], cursor.fetchall())
    except psycopg.Error as exc:
        connection._handle_dbapi_exception(exc, sql, params, cursor, None)
    finally:
        cursor.close()


def driver_text(statement: ClauseElement, dialect: Dialect) -> str:
    """``statement`` compiled for ``dialect``'s driver (parameters by name), once (each is
    built once and kept for the life of the process, so its id is never another's)."""
    key = (id(statement), dialect.name, dialect.driver)
    if key not in _DRIVER_TEXTS:
        _DRIVER_TEXTS[key] = statement.compile(dialect=dialect).string
    return _DRIVER_TEXTS[key]


_DRIVER_TEXTS: dict[tuple[int, str, str], str] = {}


_LIVE_TEAM_LINK = (RecordCopy.kind == "team_link", RecordCopy.is_head.is_(True),
                   RecordCopy.quarantined_at.is_(None))


def linked_children(session: Session, practitioner: Practitioner) -> list[str]:
    """The children on ``practitioner``'s own caseload that confirmed team links join to
    another child. All a practitioner's laptop is told of team links: that there is one, never
    who or what (the links themselves go to the team's managers alone). A link whose heads
    disagree (two managers deciding differently) joins nothing, as on the laptops."""
    return _linked_of(session, practitioner.id, session.execute(
        select(RecordCopy.record_id, RecordCopy.payload).where(*_LIVE_TEAM_LINK)).all())


def _linked_of(session: Session | Connection, practitioner_id: str,
               links: Iterable[tuple[str, str]]) -> list[str]:
    """``linked_children`` from the team links' heads (record id, payload) already read."""
    linked = _joined_by(links)
    if not linked:  # most hubs: no confirmed link, so no need to read the caseload
        return []
    mine = set(session.execute(select(ChildCase.child_id).where(
        ChildCase.practitioner_id == practitioner_id)).scalars())
    return sorted(linked & mine)


def _joined_by(links: Iterable[tuple[str, str]]) -> set[str]:
    """The children that confirmed team links join, from the links' heads (record id,
    payload): a link whose heads disagree joins nothing."""
    verdicts: dict[str, set[str]] = {}
    joined: dict[str, set[str]] = {}
    for record_id, payload in links:
        data = json.loads(payload)
        verdicts.setdefault(record_id, set()).add(
            "deleted" if data.get("deleted") else str(data.get("verdict", "")))
        joined[record_id] = {str(data.get("first_child", "")), str(data.get("second_child", ""))}
    linked: set[str] = set()
    for record_id, said in verdicts.items():
        if said == {CONFIRMED}:
            linked |= joined[record_id]
    return linked


def note_team_view(session: Session, device: Device, practitioner: Practitioner,
                   opened: list[str]) -> int:
    """Keep each opening of the team view a laptop reports in the hub's audit log, with who
    and which device (the words name a time and a page, never a child)."""
    for line in opened:
        audit.record(session, "team-view", actor=practitioner.id, device_id=device.id,
                     detail=line[:200])
    return len(opened)


# --------------------------------------------------------------------------- pull


@dataclass(frozen=True)
class FeedPage:
    """One page of the feed for a device, with each record's payload as the text the hub
    keeps (already JSON): the answer is written around it, never decoded and encoded again."""

    changes: list[tuple[str, str, str, str | None, str]]  # kind, id, child_id, rev, payload
    removed_children: list[str]
    cursor: int
    more: bool
    epoch: str
    position: str

    def header(self) -> dict[str, Any]:
        return {"cursor": self.cursor, "more": self.more, "epoch": self.epoch,
                "position": self.position, "removed_children": self.removed_children,
                "count": len(self.changes)}

    def change_lines(self) -> Iterator[str]:
        """Each change as one line of JSON (``FeedChange``), in feed order."""
        for kind, record_id, child_id, rev, payload in self.changes:
            yield (f'{{"kind":{_json(kind)},"id":{_json(record_id)},'
                   f'"child_id":{_json(child_id)},"rev":{_json(rev)},"payload":{payload}}}')

    def json_chunks(self, size: int = 64 * 1024) -> Iterator[bytes]:
        """The page as one ``PullResponse`` JSON document, a chunk at a time."""
        head = self.header()
        del head["count"]
        yield b'{"changes":['
        yield from _joined(self.change_lines(), ",\n", size)
        yield ("]," + json.dumps(head)[1:]).encode()

    def ndjson_chunks(self, size: int = 64 * 1024) -> Iterator[bytes]:
        """The page as lines (``NDJSON``): the header (``PullHeader``) first, then one change
        a line, so a laptop decodes each record as it arrives."""
        yield (json.dumps(self.header()) + "\n").encode()
        yield from _joined(self.change_lines(), "\n", size, end="\n")


def _json(value: Any) -> str:
    """``json.dumps(value)``, for a text without the call's own work (what ``json.dumps``
    does for a text with its default options: the same function, called directly)."""
    return _QUOTED(value) if type(value) is str else json.dumps(value)


_QUOTED = json.encoder.encode_basestring_ascii


def _joined(lines: Iterator[str], separator: str, size: int, end: str = "") -> Iterator[bytes]:
    """``lines`` joined by ``separator`` (and ended by ``end``), in chunks of about ``size``."""
    batch: list[str] = []
    length = 0
    first = True
    for line in lines:
        if not first:
            batch.append(separator)
        first = False
        batch.append(line)
        length += len(line)
        if length >= size:
            yield "".join(batch).encode()
            batch, length = [], 0
    if end and not first:
        batch.append(end)
    if batch:
        yield "".join(batch).encode()


def _window_reads(practitioner: Practitioner, *, by_child: bool = False) -> tuple[Any, Any]:
    """``read_page``'s two reads of a window of the feed, for practitioners who see what this
    one sees, built once: records for visible children (a transfer's replayed history for its
    receiver, and team links, for a team manager too), and removals for this practitioner.

    ``by_child`` (PostgreSQL, for caseloads that hold a small share of the hub's children:
    ``_PlainPageReads``): the records read child by child, each child's rows in the window
    taken from the feed's index by child and number (``LATERAL``), then merged in order. The
    rows are the same; the plan is fixed by the statement's form, not by PostgreSQL's guess
    at how many rows the window holds, which went wrong on a feed filled faster than its
    statistics were gathered (or, with them, for the plan a prepared statement keeps): it
    walked every row of the window, joining each to its record, to give the few on this
    practitioner's caseloads. For a caseload of most of the hub's children the window's
    rows are mostly its own, and reading them in order of number, stopping at the page's
    size, reads fewer (a 200-child caseload on a 200-child hub: 8 ms a window read against
    21 ms child by child). (SQLite has no ``LATERAL``; it looks each child up by the same
    index for ``IN`` as it is.)"""
    seen, _params = caseloads_seen(practitioner)
    manager = bool(practitioner.is_manager)
    key = (id(seen), manager, by_child)
    if key not in _WINDOW_READS:
        span = (FeedEvent.seq > bindparam("low"), FeedEvent.seq <= bindparam("high"))
        limit = bindparam("limit", type_=Integer())
        # A transfer's replayed history is for the receiving practitioner; a manager takes it
        # too (the records are the same ones, so receiving them twice changes nothing).
        replay_ok = or_(FeedEvent.for_practitioner.is_(None),
                        FeedEvent.for_practitioner == bindparam("me"),
                        true() if manager else false())
        # Team links join children of several practitioners: a team manager's devices alone
        # receive them, whatever child they are filed under.
        team_ok = true() if manager else RecordCopy.kind.not_in(validation.TEAM_ONLY)
        payload = case((RecordCopy.from_device == bindparam("pushed_by", type_=String()), ""),
                       else_=RecordCopy.payload)
        columns = (FeedEvent.seq, FeedEvent.child_id, FeedEvent.removed_from, RecordCopy.kind,
                   RecordCopy.record_id, RecordCopy.rev, payload.label("payload"),
                   RecordCopy.from_device)
        records: Any
        if by_child:
            children = seen.subquery("seen")
            each = (select(*columns).join(RecordCopy, FeedEvent.record_key == RecordCopy.key)
                    .where(FeedEvent.child_id == children.c.child_id, *span, replay_ok, team_ok,
                           RecordCopy.quarantined_at.is_(None))
                    .order_by(FeedEvent.seq).limit(limit).lateral("visible"))
            records = (select(*each.c).select_from(children).join(each, true())
                       .order_by(each.c.seq).limit(limit))
        else:
            records = (select(*columns).join(RecordCopy, FeedEvent.record_key == RecordCopy.key)
                       .where(*span, FeedEvent.child_id.in_(seen), replay_ok, team_ok,
                              RecordCopy.quarantined_at.is_(None))
                       .order_by(FeedEvent.seq).limit(limit))
        _WINDOW_READS[key] = (
            records,
            select(FeedEvent.seq, FeedEvent.child_id, FeedEvent.removed_from, null(), null(),
                   null(), null(), null())
            .where(*span, FeedEvent.removed_from == bindparam("me"),
                   FeedEvent.child_id.not_in(seen))
            .order_by(FeedEvent.seq).limit(limit))
    return _WINDOW_READS[key]


_WINDOW_READS: dict[tuple[int, bool, bool], tuple[Any, Any]] = {}
_NEWEST = select(func.max(FeedEvent.seq))
# A caseload holding less than this share of the hub's children is read child by child.
BY_CHILD_BELOW = 1 / 3


def _newest_and_shares(seen: Select[tuple[str]]) -> Any:
    """The feed's newest number, how many children the caseloads ``seen`` hold, and how many
    the hub holds, in one statement (built once for each of ``caseloads_seen``'s two)."""
    key = id(seen)
    if key not in _NEWEST_AND_SHARES:
        _NEWEST_AND_SHARES[key] = select(
            select(func.max(FeedEvent.seq)).scalar_subquery(),
            select(func.count()).select_from(seen.subquery()).scalar_subquery(),
            select(func.count()).select_from(ChildCase).scalar_subquery())
    return _NEWEST_AND_SHARES[key]


_NEWEST_AND_SHARES: dict[int, Any] = {}


def read_page(reader: Session | Connection, device: Device, practitioner: Practitioner,
              cursor: int, limit: int, *, own: bool = False) -> FeedPage:
    """One page of the feed after ``cursor`` for this device (reads only). ``own`` includes
    the records this device pushed itself (a laptop restored from a backup takes them back).

    ``reader``: a session, or (PostgreSQL) an autocommit connection. On PostgreSQL the
    statements go straight to the driver (``_PlainPageReads``), their text the one SQLAlchemy
    would send; each is its own snapshot, as under read-committed in a transaction."""
    dialect = reader.get_bind().dialect if isinstance(reader, Session) else reader.dialect
    reads: _PageReads = _PlainPageReads(reader) if dialect.name == "postgresql" \
        else _CorePageReads(reader)
    return _page(reads, device, practitioner, cursor, limit, own=own)


def _page(reads: _PageReads, device: Device, practitioner: Practitioner, cursor: int,
          limit: int, *, own: bool) -> FeedPage:
    """``read_page`` through ``reads``."""
    # Read the newest number first: under PostgreSQL's read-committed each statement has its
    # own snapshot, and feed numbers commit in order, so every row up to it is already visible.
    newest = reads.newest(practitioner)
    _seen, params = caseloads_seen(practitioner)
    # What this device pushed itself is left out of its page (unless ``own``): its text is
    # not read.
    params = {**params, "me": practitioner.id, "limit": limit + 1,
              "pushed_by": None if own else device.id}
    # The feed is read in windows of numbers, each found through the feed's own key, so a
    # page costs about the same whatever the feed's size and whatever plan the database picks
    # (one query over everything after the cursor had to sort all of it for every page). Two
    # narrow reads per window rather than one OR: records for visible children, and removals
    # for this practitioner.
    found: list[Any] = []
    low, windows = cursor, 0
    while low < newest and len(found) <= limit and windows < MAX_WINDOWS:
        high = min(low + WINDOW, newest)
        found += reads.window(practitioner, {**params, "low": low, "high": high})
        low, windows = high, windows + 1
    rows = sorted(found, key=lambda row: row[0])[: limit + 1]
    more = len(rows) > limit
    rows = rows[:limit]
    if more:
        next_cursor = rows[-1][0]
    else:
        # Everything up to ``low`` has been looked at; stopping short of ``newest`` (after
        # MAX_WINDOWS) just means the device asks again from there.
        next_cursor = max(cursor, low)
        more = low < newest
    changes: list[tuple[str, str, str, str | None, str]] = []
    removed: list[str] = []
    for _seq, child_id, removed_from, kind, record_id, rev, payload, from_device in rows:
        if removed_from:
            removed.append(child_id)
            changes = [c for c in changes if c[2] != child_id]
        elif own or from_device != device.id:
            changes.append((kind, record_id, child_id, rev or None, payload))
    # The hub's values and the mark at the new position, in one statement: what
    # ``hub_value`` and ``position_token`` would read in three.
    epoch, secret, mark = reads.facts(next_cursor)
    for key, value in (("epoch", epoch), ("secret", secret)):
        if value is None:  # made by the migration; only a damaged database lacks it
            raise HubError(f"the hub's {key} is missing from its database", 500)
    signed = f"{epoch}.{next_cursor}.{(mark or '') if next_cursor > 0 else ''}"
    return FeedPage(changes=changes, removed_children=removed, cursor=next_cursor, more=more,
                    epoch=epoch, position=f"{signed}.{_mac(secret, signed)}")


class _PageReads(Protocol):
    """A page's three reads: the feed's newest number, one window's rows (records, then
    removals), and the hub's epoch, secret and the mark at a position."""

    def newest(self, practitioner: Practitioner) -> int: ...

    def window(self, practitioner: Practitioner, params: dict[str, Any]) -> list[Any]: ...

    def facts(self, seq: int) -> tuple[Any, ...]: ...


class _CorePageReads:
    """The reads as SQLAlchemy statements in a session (SQLite; and the reference the plain
    reads are tested against)."""

    def __init__(self, session: Session | Connection) -> None:
        self.session = session

    def newest(self, practitioner: Practitioner) -> int:
        return self.session.execute(_NEWEST).scalar() or 0

    def window(self, practitioner: Practitioner, params: dict[str, Any]) -> list[Any]:
        records, removals = _window_reads(practitioner)
        return [*self.session.execute(records, params).all(),
                *self.session.execute(removals, params).all()]

    def facts(self, seq: int) -> tuple[Any, ...]:
        return tuple(self.session.execute(_PAGE_FACTS, {"seq": seq}).one())


class _PlainPageReads:
    """The same statements on PostgreSQL, straight to the driver (``db.run_plain``): a
    window's two reads as one statement (each its own ORDER BY and LIMIT, joined by UNION
    ALL)."""

    def __init__(self, reader: Session | Connection) -> None:
        self.reader = reader
        self.by_child = False

    def newest(self, practitioner: Practitioner) -> int:
        """The newest number; and, read with it, whether this practitioner's caseloads hold
        few enough of the hub's children to be read child by child (``_window_reads``)."""
        seen, params = caseloads_seen(practitioner)
        newest, mine, everyone = run_plain(self.reader, _newest_and_shares(seen), params)[0]
        self.by_child = mine < everyone * BY_CHILD_BELOW
        return newest or 0

    def window(self, practitioner: Practitioner, params: dict[str, Any]) -> list[Any]:
        return run_plain(self.reader, _window_reads(practitioner, by_child=self.by_child),
                         params)

    def facts(self, seq: int) -> tuple[Any, ...]:
        return run_plain(self.reader, _PAGE_FACTS, {"seq": seq})[0]


_PAGE_FACTS = select(
    select(HubState.value).where(HubState.key == "epoch").scalar_subquery(),
    select(HubState.value).where(HubState.key == "secret").scalar_subquery(),
    select(FeedEvent.mark).where(FeedEvent.seq <= bindparam("seq"))
    .order_by(FeedEvent.seq.desc()).limit(1).scalar_subquery())


def note_pull(session: Session, device: Device, practitioner: Practitioner, cursor: int,
              page: FeedPage) -> None:
    """The audit entry for a page given to a device; the position the hub has now sent it up
    to (its own record, for the transfer rule), and the position the device says it holds."""
    # The device's row first, then the audit log's tail: the order a push takes them in.
    noted = {"device_id": device.id, "seen": datetime.now(UTC), "served": page.cursor,
             "pulled": cursor}
    detail = json.dumps({"records": len(page.changes), "removed": len(page.removed_children),
                         "cursor": page.cursor})
    if appends_at_once(session):
        # The row, the tail, the event and the commit in one round trip (``push``'s end).
        append_and_commit(session, [plain_statement(session, _NOTE_PULL, noted)], [
            audit.appended("pull", actor=practitioner.id, device_id=device.id, detail=detail)])
        return
    if session.get_bind().dialect.name == "postgresql":
        run_plain(session, _NOTE_PULL, noted)
    else:
        session.execute(_NOTE_PULL, noted)
    audit.record(session, "pull", actor=practitioner.id, device_id=device.id, detail=detail)


# Built once: the device's row after a pull (its positions only ever move forward).
_NOTE_PULL = update(_DEVICE).where(_DEVICE.c.id == bindparam("device_id")).values(
    last_seen=bindparam("seen"),
    served_to=case((_DEVICE.c.served_to < bindparam("served"), bindparam("served")),
                   else_=_DEVICE.c.served_to),
    pulled_to=case((_DEVICE.c.pulled_to < bindparam("pulled"), bindparam("pulled")),
                   else_=_DEVICE.c.pulled_to))


# --------------------------------------------------------------------------- retiring


def retire(session: Session, device: Device, practitioner: Practitioner,
           items: Sequence[HandedIn]) -> int:
    """A retiring laptop hands in what the hub does not hold, and is then retired: refused
    from now on. A revoked laptop may hand in too, once, before it wipes (what was typed on
    it and never reached the hub goes to the administrator, as a retiring laptop's does): it
    stays revoked. Returns how many items were kept."""
    current = session.get(Device, device.id)
    assert current is not None
    revoked = current.revoked_at is not None
    if current.retiring_at is None and not revoked:
        raise HubError("this laptop is not being retired", 409)
    if current.retired_at is not None:
        raise HubError("this laptop has already handed in what it held", 409)
    now = datetime.now(UTC)
    if items:
        session.execute(insert(HandedInRecord), [
            {"device_id": device.id, "practitioner_id": practitioner.id, "kind": item.kind,
             "record_id": item.id, "child_id": item.child_id, "reason": item.reason,
             "payload": _canonical(item.payload), "handed_in_at": now} for item in items])
    current.retired_at = now
    if not revoked:
        current.revoked_at = now
    audit.record(session, "handed-in-revoked" if revoked else "retired", actor=practitioner.id,
                 device_id=device.id, detail=json.dumps({"handed_in": len(items)}))
    return len(items)
