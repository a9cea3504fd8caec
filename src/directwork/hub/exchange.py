"""Push and pull: how changes come up from a device and go down to the others.

Push keeps each change as it came (``inbound``) before applying it, is idempotent by the
device's sequence numbers and refuses gaps, and answers every change with a status. Pull reads
the feed after the device's cursor, only for the children the device's practitioner may see.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import case, false, func, insert, null, or_, select, true, update
from sqlalchemy.orm import Session

from directwork.hub import audit
from directwork.hub.admin import HubError, visible_children
from directwork.hub.schema import ChildCase, Device, FeedEvent, Inbound, Practitioner, RecordCopy
from directwork.sync.protocol import (
    Change,
    ChangeRefused,
    ChangeResult,
    ChangeStatus,
    FeedChange,
    PullResponse,
    PushResponse,
    check_change,
)

# A change sent again is answered as it was the first time when that was a conflict or a
# refusal; anything else it was is now a duplicate.
_ANSWERED_AGAIN: dict[str, ChangeStatus] = {"conflict": "conflict", "rejected": "rejected"}
# How many feed numbers one query looks at, and how many such windows one pull may read.
WINDOW = 5_000
MAX_WINDOWS = 40


class SequenceGap(HubError):
    def __init__(self, expected: int, got: int) -> None:
        super().__init__(f"changes must arrive in order: expected number {expected}, got {got}", 409)
        self.expected = expected


def _canonical(payload: dict[str, Any]) -> str:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True)
class CheckedBatch:
    """What can be known of a batch without the database: which changes are not records
    (with why), and each payload's canonical text. Worked out before the write lock."""

    changes: list[Change]
    raw: list[Any]
    refused: dict[int, str]
    canonical: dict[int, str]


def check_batch(changes: list[Change], raw: list[Any]) -> CheckedBatch:
    refused: dict[int, str] = {}
    for change in changes:
        try:
            check_change(change)
        except ChangeRefused as exc:
            refused[change.seq] = str(exc)
    canonical = {c.seq: _canonical(c.payload) for c in changes if c.seq not in refused}
    return CheckedBatch(changes, raw, refused, canonical)


def push(session: Session, device: Device, practitioner: Practitioner, batch: CheckedBatch,
         cursor: int = 0) -> PushResponse:
    """Apply a batch from one device (in the hub's write lock). ``raw`` holds each change as
    it was sent, which is what ``inbound`` keeps.

    The batch is worked in a fixed number of statements, whatever its size: what the hub
    already holds is read once, new rows are written in bulk, heads are recomputed once per
    document. A document whose heads are more than one once the batch is in is a conflict.
    """
    changes, raw = batch.changes, batch.raw
    held_device = session.get(Device, device.id)
    if held_device is None:
        raise HubError("this device is not enrolled with this hub", 401)
    device = held_device
    seqs = [c.seq for c in changes]
    if seqs != list(range(seqs[0], seqs[0] + len(seqs))):
        raise HubError("the changes in one push must carry consecutive numbers, in order", 422)
    if seqs[0] > device.last_seq + 1:
        raise SequenceGap(device.last_seq + 1, seqs[0])
    now = datetime.now(UTC)
    device.pulled_to = max(device.pulled_to, cursor)
    seen = {row.seq: row for row in session.execute(select(Inbound).where(
        Inbound.device_id == device.id, Inbound.seq.in_([s for s in seqs if s <= device.last_seq]))
    ).scalars()}
    fresh = [(c, r) for c, r in zip(changes, raw, strict=True) if c.seq > device.last_seq]
    # Each change is kept as it came before anything it says is applied.
    if fresh:
        session.execute(insert(Inbound), [
            {"device_id": device.id, "seq": c.seq, "received_at": now, "status": "received",
             "body": json.dumps(r, separators=(",", ":"), ensure_ascii=False), "reason": ""}
            for c, r in fresh])
    outcome: dict[int, tuple[ChangeStatus, str]] = {
        c.seq: ("rejected", batch.refused[c.seq]) for c, _ in fresh if c.seq in batch.refused}
    child_ids = {c.child_id for c, _ in fresh if c.seq not in outcome}
    cases = set(session.execute(select(ChildCase.child_id).where(
        ChildCase.child_id.in_(child_ids))).scalars())
    allowed = set(session.execute(visible_children(practitioner).where(
        ChildCase.child_id.in_(child_ids))).scalars())
    new_children = child_ids - cases
    if new_children:
        # A child first recorded on a laptop joins that practitioner's caseload.
        session.execute(insert(ChildCase), [
            {"child_id": c, "practitioner_id": practitioner.id} for c in sorted(new_children)])
        allowed |= new_children
    # A case moved on while its old practitioner was offline: until their laptop has been told
    # (its pulls have passed the removal), what it sends is delivered to the new practitioner,
    # so nothing typed in good faith is lost.
    if child_ids - allowed:
        allowed |= set(session.execute(
            select(FeedEvent.child_id).where(FeedEvent.removed_from == practitioner.id,
                                             FeedEvent.child_id.in_(child_ids - allowed),
                                             FeedEvent.seq > device.pulled_to)).scalars())
    record_ids = {c.id for c, _ in fresh if c.seq not in outcome}
    held: dict[tuple[str, str, str], str] = {}
    child_of: dict[tuple[str, str], str] = {}
    for kind, record_id, rev, payload, child_id in session.execute(
            select(RecordCopy.kind, RecordCopy.record_id, RecordCopy.rev, RecordCopy.payload,
                   RecordCopy.child_id).where(RecordCopy.record_id.in_(record_ids))):
        held[(kind, record_id, rev)] = payload
        child_of[(kind, record_id)] = child_id
    new_rows: list[dict[str, Any]] = []
    for change, _ in fresh:
        if change.seq in outcome:
            continue
        if change.child_id not in allowed:
            outcome[change.seq] = ("rejected", "this child is not on your caseload")
            continue
        key = (change.kind, change.id, change.rev or "")
        payload = batch.canonical[change.seq]
        if key in held:
            outcome[change.seq] = ("duplicate", "") if held[key] == payload else (
                "rejected", "a record with this id already exists with other content")
            continue
        if child_of.setdefault((change.kind, change.id), change.child_id) != change.child_id:
            outcome[change.seq] = ("rejected", "a record cannot move to another child")
            continue
        held[key] = payload
        outcome[change.seq] = ("accepted", "")
        new_rows.append({"kind": change.kind, "record_id": change.id, "rev": change.rev or "",
                         "base_rev": change.base_rev, "merge_rev": change.merge_rev,
                         "child_id": change.child_id, "payload": payload,
                         "from_device": device.id, "is_head": True, "_seq": change.seq})
    if new_rows:
        keys = session.execute(
            insert(RecordCopy).returning(RecordCopy.key, sort_by_parameter_order=True),
            [{k: v for k, v in row.items() if k != "_seq"} for row in new_rows]).scalars().all()
        session.execute(insert(FeedEvent), [
            {"child_id": row["child_id"], "record_key": key, "for_practitioner": None,
             "removed_from": None} for row, key in zip(new_rows, keys, strict=True)])
        documents = {(row["kind"], row["record_id"]) for row in new_rows if row["rev"]}
        conflicted = _refresh_heads(session, documents)
        for row in new_rows:
            if (row["kind"], row["record_id"]) in conflicted:
                outcome[row["_seq"]] = ("conflict", "this record was also changed on another "
                                                    "laptop; both versions are kept")
    by_outcome: dict[tuple[ChangeStatus, str], list[int]] = {}
    for c, _ in fresh:
        by_outcome.setdefault(outcome[c.seq], []).append(c.seq)
    for (status, reason), numbers in by_outcome.items():
        session.execute(update(Inbound).where(Inbound.device_id == device.id,
                                              Inbound.seq.in_(numbers))
                        .values(status=status, reason=reason))
    results: list[ChangeResult] = []
    counts: dict[str, int] = {}
    for change, original in zip(changes, raw, strict=True):
        if change.seq in outcome:
            status, reason = outcome[change.seq]
        else:
            earlier = seen.get(change.seq)
            if earlier is not None and json.loads(earlier.body) != original:
                # A number reused for something else: refusing it says so, where answering
                # "duplicate" would let the device believe a change arrived that never did.
                status, reason = "rejected", f"number {change.seq} was already used for " \
                                             "another change"
            else:
                status = _ANSWERED_AGAIN.get(earlier.status, "duplicate") if earlier \
                    else "duplicate"
                reason = earlier.reason if earlier else ""
        counts[status] = counts.get(status, 0) + 1
        results.append(ChangeResult(seq=change.seq, status=status, reason=reason))
    device.last_seq = max(device.last_seq, seqs[-1])
    device.last_seen = now
    audit.record(session, "push", actor=practitioner.id, device_id=device.id,
                 detail=json.dumps(counts, sort_keys=True))
    return PushResponse(results=results, last_seq=device.last_seq)


def _refresh_heads(session: Session, documents: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """Recompute which revisions are heads for these documents; return those with several."""
    if not documents:
        return set()
    ids = {record_id for _, record_id in documents}
    links: dict[tuple[str, str], list[tuple[int, str, str | None, str | None]]] = {}
    for key, kind, record_id, rev, base, merge in session.execute(
            select(RecordCopy.key, RecordCopy.kind, RecordCopy.record_id, RecordCopy.rev,
                   RecordCopy.base_rev, RecordCopy.merge_rev).where(RecordCopy.record_id.in_(ids))):
        if (kind, record_id) in documents:
            links.setdefault((kind, record_id), []).append((key, rev, base, merge))
    head_keys: list[int] = []
    not_head_keys: list[int] = []
    conflicted: set[tuple[str, str]] = set()
    for doc, rows in links.items():
        parents = {p for _, _, b, m in rows for p in (b, m) if p}
        heads = [key for key, rev, _, _ in rows if rev not in parents]
        head_keys += heads
        not_head_keys += [key for key, rev, _, _ in rows if rev in parents]
        if len(heads) > 1:
            conflicted.add(doc)
    if not_head_keys:
        session.execute(update(RecordCopy).where(RecordCopy.key.in_(not_head_keys))
                        .values(is_head=False))
    return conflicted


def read_page(session: Session, device: Device, practitioner: Practitioner, cursor: int,
              limit: int) -> PullResponse:
    """One page of the feed after ``cursor`` for this device (reads only)."""
    # Read the newest number first: under PostgreSQL's read-committed each statement has its
    # own snapshot, and feed numbers commit in order, so every row up to it is already visible.
    newest = session.execute(select(func.max(FeedEvent.seq))).scalar() or 0
    visible = visible_children(practitioner)
    # A transfer's replayed history is for the receiving practitioner; a manager takes it too
    # (the records are the same ones, so receiving them twice changes nothing).
    replay_ok = or_(FeedEvent.for_practitioner.is_(None),
                    FeedEvent.for_practitioner == practitioner.id, true() if practitioner.is_manager
                    else false())
    # The feed is read in windows of numbers, each found through the feed's own key, so a
    # page costs about the same whatever the feed's size and whatever plan the database picks
    # (one query over everything after the cursor had to sort all of it for every page). Two
    # narrow reads per window rather than one OR: records for visible children, and removals
    # for this practitioner.
    found: list[Any] = []
    low, windows = cursor, 0
    while low < newest and len(found) <= limit and windows < MAX_WINDOWS:
        high = min(low + WINDOW, newest)
        span = (FeedEvent.seq > low, FeedEvent.seq <= high)
        found += session.execute(
            select(FeedEvent.seq, FeedEvent.child_id, FeedEvent.removed_from, RecordCopy.kind,
                   RecordCopy.record_id, RecordCopy.rev, RecordCopy.payload,
                   RecordCopy.from_device)
            .join(RecordCopy, FeedEvent.record_key == RecordCopy.key)
            .where(*span, FeedEvent.child_id.in_(visible), replay_ok)
            .order_by(FeedEvent.seq).limit(limit + 1)
        ).all()
        found += session.execute(
            select(FeedEvent.seq, FeedEvent.child_id, FeedEvent.removed_from, null(), null(),
                   null(), null(), null())
            .where(*span, FeedEvent.removed_from == practitioner.id,
                   FeedEvent.child_id.not_in(visible))
            .order_by(FeedEvent.seq).limit(limit + 1)
        ).all()
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
    changes: list[FeedChange] = []
    removed: list[str] = []
    for _seq, child_id, removed_from, kind, record_id, rev, payload, from_device in rows:
        if removed_from:
            removed.append(child_id)
            changes = [c for c in changes if c.child_id != child_id]
        elif from_device != device.id:
            changes.append(FeedChange(kind=kind, id=record_id, child_id=child_id, rev=rev or None,
                                      payload=json.loads(payload)))
    return PullResponse(changes=changes, removed_children=removed, cursor=next_cursor, more=more)


def note_pull(session: Session, device: Device, practitioner: Practitioner, cursor: int,
              page: PullResponse) -> None:
    """The audit entry for a page given to a device, and the position the device says it
    holds (the cursor it asked from), in the writing transaction."""
    audit.record(session, "pull", actor=practitioner.id, device_id=device.id,
                 detail=json.dumps({"records": len(page.changes),
                                    "removed": len(page.removed_children), "cursor": page.cursor}))
    session.execute(update(Device).where(Device.id == device.id).values(
        last_seen=datetime.now(UTC),
        pulled_to=case((Device.pulled_to < cursor, cursor), else_=Device.pulled_to)))
