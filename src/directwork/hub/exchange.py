"""Push and pull: how changes come up from a device and go down to the others.

Push keeps each change as it came (``inbound``) before applying it, is idempotent by the
device's sequence numbers and refuses gaps, and answers every change with a status. Pull reads
the feed after the device's cursor, only for the children the device's practitioner may see.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, false, func, or_, select, true, update
from sqlalchemy.orm import Session

from directwork.hub import audit
from directwork.hub.admin import HubError, can_see, visible_children
from directwork.hub.schema import ChildCase, Device, FeedEvent, Inbound, Practitioner, RecordCopy
from directwork.sync.protocol import (
    Change,
    ChangeRefused,
    ChangeResult,
    FeedChange,
    PullResponse,
    PushResponse,
    check_change,
)


class SequenceGap(HubError):
    def __init__(self, expected: int, got: int) -> None:
        super().__init__(f"changes must arrive in order: expected number {expected}, got {got}", 409)
        self.expected = expected


def _canonical(payload: dict[str, Any]) -> str:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def push(session: Session, device: Device, practitioner: Practitioner,
         changes: list[Change], raw: list[Any]) -> PushResponse:
    """Apply a batch from one device (in the hub's write lock). ``raw`` holds each change as
    it was sent, which is what ``inbound`` keeps."""
    device = session.get(Device, device.id)  # type: ignore[assignment]
    seqs = [c.seq for c in changes]
    if seqs != list(range(seqs[0], seqs[0] + len(seqs))):
        raise HubError("the changes in one push must carry consecutive numbers, in order", 422)
    if seqs[0] > device.last_seq + 1:
        raise SequenceGap(device.last_seq + 1, seqs[0])
    results: list[ChangeResult] = []
    counts: dict[str, int] = {}
    now = datetime.now(UTC)
    for change, original in zip(changes, raw, strict=True):
        if change.seq <= device.last_seq:
            seen = session.get(Inbound, (device.id, change.seq))
            status = seen.status if seen and seen.status in ("conflict", "rejected") else "duplicate"
            result = ChangeResult(seq=change.seq, status=status, reason=seen.reason if seen else "")
        else:
            inbound = Inbound(device_id=device.id, seq=change.seq, received_at=now, status="received",
                              body=json.dumps(original, separators=(",", ":"), ensure_ascii=False))
            session.add(inbound)
            session.flush()
            status, reason = _apply(session, device, practitioner, change)
            inbound.status, inbound.reason = status, reason
            device.last_seq = change.seq
            result = ChangeResult(seq=change.seq, status=status, reason=reason)
        counts[result.status] = counts.get(result.status, 0) + 1
        results.append(result)
    device.last_seen = now
    audit.record(session, "push", actor=practitioner.id, device_id=device.id,
                 detail=json.dumps(counts, sort_keys=True))
    return PushResponse(results=results, last_seq=device.last_seq)


def _apply(session: Session, device: Device, practitioner: Practitioner,
           change: Change) -> tuple[str, str]:
    try:
        check_change(change)
    except ChangeRefused as exc:
        return "rejected", str(exc)
    case = session.get(ChildCase, change.child_id)
    if case is None:
        # A child first recorded on a laptop joins that practitioner's caseload.
        session.add(ChildCase(child_id=change.child_id, practitioner_id=practitioner.id))
        session.flush()
    elif not can_see(session, practitioner, change.child_id):
        return "rejected", "this child is not on your caseload"
    rev = change.rev or ""
    payload = _canonical(change.payload)
    held = session.execute(select(RecordCopy).where(
        RecordCopy.kind == change.kind, RecordCopy.record_id == change.id, RecordCopy.rev == rev)
    ).scalar()
    if held is not None:
        if held.payload != payload:
            return "rejected", "a record with this id already exists with other content"
        return "duplicate", ""
    other = session.execute(select(RecordCopy.child_id).where(
        RecordCopy.kind == change.kind, RecordCopy.record_id == change.id).limit(1)).scalar()
    if other is not None and other != change.child_id:
        return "rejected", "a record cannot move to another child"
    copy = RecordCopy(kind=change.kind, record_id=change.id, rev=rev, base_rev=change.base_rev,
                      merge_rev=change.merge_rev, child_id=change.child_id, payload=payload,
                      from_device=device.id, is_head=True)
    session.add(copy)
    session.flush()
    session.add(FeedEvent(child_id=change.child_id, record_key=copy.key))
    if rev and len(_refresh_heads(session, change.kind, change.id)) > 1:
        return "conflict", "this record was also changed on another laptop; both versions are kept"
    return "accepted", ""


def _refresh_heads(session: Session, kind: str, record_id: str) -> list[str]:
    where = and_(RecordCopy.kind == kind, RecordCopy.record_id == record_id)
    links = session.execute(select(RecordCopy.rev, RecordCopy.base_rev, RecordCopy.merge_rev)
                            .where(where)).all()
    parents = {p for _, b, m in links for p in (b, m) if p}
    heads = [r for r, _, _ in links if r not in parents]
    session.execute(update(RecordCopy).where(where).values(is_head=RecordCopy.rev.in_(heads)))
    return heads


def pull(session: Session, device: Device, practitioner: Practitioner, cursor: int,
         limit: int) -> PullResponse:
    """One page of the feed after ``cursor`` for this device."""
    # Read the newest number first: under PostgreSQL's read-committed each statement has its
    # own snapshot, and feed numbers commit in order, so every row up to it is already visible.
    newest = session.execute(select(func.max(FeedEvent.seq))).scalar() or 0
    visible = visible_children(practitioner)
    # A transfer's replayed history is for the receiving practitioner; a manager takes it too
    # (the records are the same ones, so receiving them twice changes nothing).
    replay_ok = or_(FeedEvent.for_practitioner.is_(None),
                    FeedEvent.for_practitioner == practitioner.id, true() if practitioner.is_manager
                    else false())
    query = (
        select(FeedEvent.seq, FeedEvent.child_id, FeedEvent.removed_from, RecordCopy.kind,
               RecordCopy.record_id, RecordCopy.rev, RecordCopy.payload, RecordCopy.from_device)
        .outerjoin(RecordCopy, FeedEvent.record_key == RecordCopy.key)
        .where(FeedEvent.seq > cursor, FeedEvent.seq <= newest)
        .where(or_(
            and_(FeedEvent.record_key.is_not(None), FeedEvent.child_id.in_(visible), replay_ok),
            and_(FeedEvent.removed_from == practitioner.id, FeedEvent.child_id.not_in(visible)),
        ))
        .order_by(FeedEvent.seq).limit(limit + 1)
    )
    rows = session.execute(query).all()
    more = len(rows) > limit
    rows = rows[:limit]
    changes: list[FeedChange] = []
    removed: list[str] = []
    for _seq, child_id, removed_from, kind, record_id, rev, payload, from_device in rows:
        if removed_from:
            removed.append(child_id)
            changes = [c for c in changes if c.child_id != child_id]
        elif from_device != device.id:
            changes.append(FeedChange(kind=kind, id=record_id, child_id=child_id, rev=rev or None,
                                      payload=json.loads(payload)))
    next_cursor = rows[-1][0] if more else max(cursor, newest)
    audit.record(session, "pull", actor=practitioner.id, device_id=device.id,
                 detail=json.dumps({"records": len(changes), "removed": len(removed),
                                    "cursor": next_cursor}))
    session.execute(update(Device).where(Device.id == device.id)
                    .values(last_seen=datetime.now(UTC)))
    return PullResponse(changes=changes, removed_children=removed, cursor=next_cursor, more=more)

