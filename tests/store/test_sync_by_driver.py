"""A sync's reads and writes of its place run by the driver (``sync_state``'s push batch, the
cursor read with it, the marks of a push, the position): for any outbox, they answer and
write exactly what the ORM queries they replaced did (kept here as the reference), and the
marks are committed before the next batch is read."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from directwork.store import outbox, sync_state
from directwork.store.schema import MetaRow, OutboxRow
from directwork.store.vault import Vault
from tests.support.statements import statements_during, writes_among

STATES = (outbox.PENDING, *outbox.ANSWERED, *outbox.NO_CHANGE)
# Drawn more often: changes to send, with void numbers among them.
OFTEN = (*[outbox.PENDING] * 4, *outbox.ANSWERED, *outbox.NO_CHANGE * 2)


def _pending_batch_before(session: Session, *, limit: int, max_bytes: int, after: int = 0,
                          max_skipped: int = 10_000,
                          ) -> tuple[list[outbox.OutboxChange], list[int]]:
    """``sync_state.pending_batch`` as it was written with the ORM (and, since, declaring void
    the numbers a renumbering gave up, and giving nothing where it once raised IndexError)."""
    first = session.execute(select(func.min(OutboxRow.seq)).where(
        OutboxRow.state == outbox.PENDING)).scalar()
    if first is None:
        return [], []
    start = int(first)
    given_up: set[int] = set()  # numbers with no row, given up by a renumbering
    if after + 1 < start:
        between = {seq: state for seq, state in session.execute(
            select(OutboxRow.seq, OutboxRow.state).where(
                OutboxRow.seq > after, OutboxRow.seq < start))}
        if all(s in outbox.NO_CHANGE for s in between.values()):
            given_up = set(range(after + 1, start)) - between.keys()
            start = after + 1
    batch: list[outbox.OutboxChange] = []
    skipped: list[int] = []
    size = 0
    expected = start
    rows = session.execute(
        select(OutboxRow).where(OutboxRow.seq >= start,
                                OutboxRow.state.in_((outbox.PENDING, *outbox.NO_CHANGE)))
        .order_by(OutboxRow.seq).execution_options(yield_per=500)).scalars()
    for row in rows:
        while expected in given_up and expected < row.seq and len(skipped) < max_skipped:
            skipped.append(expected)
            expected += 1
        if row.seq != expected:
            break
        expected = row.seq + 1
        if row.state != outbox.PENDING:
            if len(skipped) >= max_skipped:
                break
            skipped.append(row.seq)
            continue
        change_size = len(row.payload)
        if batch and (len(batch) >= limit or size + change_size > max_bytes):
            break
        batch.append(outbox.OutboxChange(row.seq, row.kind, row.record_id, row.rev,
                                         row.child_id, json.loads(row.payload), row.state,
                                         row.reason))
        size += change_size
    if not batch:
        return [], []
    last = batch[-1].seq
    return batch, [n for n in skipped if n < last]


def _position_before(session: Session) -> sync_state.Position:
    """``sync_state.position_in`` as it was written with the ORM."""
    meta = {key: session.get(MetaRow, key) for key in
            (sync_state.CURSOR, sync_state.EPOCH, sync_state.POSITION)}
    values = {key: row.value if row else "" for key, row in meta.items()}
    highest = session.execute(select(func.max(OutboxRow.seq))).scalar() or 0
    answered = session.execute(select(func.max(OutboxRow.seq)).where(
        OutboxRow.state.in_(outbox.ANSWERED))).scalar() or 0
    return sync_state.Position(int(values[sync_state.CURSOR] or 0), values[sync_state.EPOCH],
                               values[sync_state.POSITION], int(highest), int(answered))


def _outbox(vault: Vault, rows: list[tuple[int, str, int, str | None]],
            meta: dict[str, str]) -> None:
    """The outbox holding exactly ``rows`` (seq, state, payload padding, rev), and ``meta``."""
    with vault.transaction() as s:
        s.execute(delete(OutboxRow))
        s.execute(delete(MetaRow).where(MetaRow.key.in_(
            (sync_state.CURSOR, sync_state.EPOCH, sync_state.POSITION))))
        for seq, state, padding, rev in rows:
            payload = "{}" if state in outbox.NO_CHANGE else json.dumps(
                {"n": seq, "text": "é" * padding})
            s.add(OutboxRow(seq=seq, kind="visit_note", record_id=f"r{seq}", rev=rev,
                            child_id=f"c{seq % 3}", payload=payload,
                            created_at=datetime(2026, 1, 1, tzinfo=UTC), state=state,
                            reason="" if state == outbox.PENDING else f"why {seq}"))
        for key, value in meta.items():
            s.add(MetaRow(key=key, value=value))


@st.composite
def outboxes(draw: st.DrawFn) -> list[tuple[int, str, int, str | None]]:
    rows = []
    seq = 0
    for _ in range(draw(st.integers(0, 30))):
        seq += draw(st.sampled_from((1, 1, 1, 1, 2, 3)))  # now and then a number never given
        rows.append((seq, draw(st.sampled_from(OFTEN)), draw(st.integers(0, 300)),
                     draw(st.none() | st.just("1-abc"))))
    return rows


metas = st.fixed_dictionaries({}, optional={
    sync_state.CURSOR: st.sampled_from(("0", "7", "1234", "")),
    sync_state.EPOCH: st.sampled_from(("", "e1")),
    sync_state.POSITION: st.sampled_from(("", "e1.7.abc"))})


P, R, V, A = outbox.PENDING, outbox.REMOVED, outbox.VOID, "accepted"


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=outboxes(), meta=metas, limit=st.integers(1, 12),
       max_bytes=st.integers(1, 3000), after=st.integers(0, 40), max_skipped=st.integers(0, 3))
# Void numbers within a batch, as many as may be skipped, and one more.
@example(rows=[(1, P, 3, None), (2, R, 0, None), (3, V, 0, None), (4, P, 3, None)], meta={},
         limit=5, max_bytes=1000, after=0, max_skipped=1)
@example(rows=[(1, P, 3, None), (2, R, 0, None), (3, V, 0, None), (4, P, 3, None)], meta={},
         limit=5, max_bytes=1000, after=0, max_skipped=2)
# More void numbers in a row than may be skipped, before the first change to send.
@example(rows=[(1, R, 0, None), (2, V, 0, None), (3, P, 3, None)], meta={},
         limit=5, max_bytes=1000, after=0, max_skipped=1)
# Void numbers between the hub's last and the first waiting, all of them or not.
@example(rows=[(1, A, 3, None), (2, R, 0, None), (3, V, 0, None), (4, P, 3, None)], meta={},
         limit=5, max_bytes=1000, after=1, max_skipped=5)
@example(rows=[(1, A, 3, None), (3, V, 0, None), (4, P, 3, None)], meta={},
         limit=5, max_bytes=1000, after=1, max_skipped=5)
@example(rows=[(2, R, 0, None), (3, A, 0, None), (4, P, 3, None)], meta={},
         limit=5, max_bytes=1000, after=1, max_skipped=5)
@example(rows=[(1, A, 0, None), (2, R, 0, None), (3, P, 3, None)], meta={},
         limit=5, max_bytes=1000, after=0, max_skipped=5)
# Numbers given up by a renumbering (no row) between the hub's last and the first waiting.
@example(rows=[(1, A, 3, None), (4, V, 0, None), (6, P, 3, None)], meta={},
         limit=5, max_bytes=1000, after=1, max_skipped=5)
@example(rows=[(5, V, 0, None), (6, P, 3, None)], meta={},
         limit=5, max_bytes=1000, after=0, max_skipped=2)
# A batch ended by its size or its count, at the first change or later.
@example(rows=[(1, P, 30, None), (2, P, 30, "1-abc"), (3, P, 30, None)], meta={},
         limit=5, max_bytes=200, after=0, max_skipped=5)
@example(rows=[(1, P, 30, None), (2, P, 30, "1-abc"), (3, P, 30, None)], meta={},
         limit=2, max_bytes=10_000, after=0, max_skipped=5)
@example(rows=[(1, P, 300, None), (2, P, 3, None)], meta={},
         limit=2, max_bytes=10, after=0, max_skipped=5)
@example(rows=[(1, P, 0, None), (2, P, 0, None), (3, P, 0, None)], meta={},  # 20 + 20 + 20
         limit=5, max_bytes=40, after=0, max_skipped=5)
def test_the_push_batch_is_what_the_orm_read_gave(vault, rows, meta, limit, max_bytes, after,
                                                  max_skipped) -> None:
    _outbox(vault, rows, meta)
    sizes = {"limit": limit, "max_bytes": max_bytes, "after": after, "max_skipped": max_skipped}
    cursor = int(meta.get(sync_state.CURSOR, "0") or 0)
    assert cursor == sync_state.cursor(vault)
    with vault.session() as s:
        assert sync_state.position_in(s) == _position_before(s)
        assert sync_state.position(vault) == _position_before(s)
        before = _answer(lambda: _pending_batch_before(s, **sizes))
        assert _answer(lambda: sync_state.pending_batch(s, **sizes)) == before
    pushed = _answer(lambda: sync_state.push_batch(vault, **sizes))
    if before[0] == "raised":
        assert pushed == before
    else:
        assert pushed == ("gave", sync_state.PushBatch(*before[1], cursor))


def _answer(read) -> tuple[str, object]:
    """What ``read`` gave, or the kind of error it raised (more void numbers in a row than
    may be skipped, before any change to send, was an IndexError: it now gives nothing)."""
    try:
        return "gave", read()
    except IndexError:
        return "raised", IndexError


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=outboxes(), data=st.data())
def test_marking_then_reading_the_next_batch_is_marking_then_reading(vault, rows, data) -> None:
    _outbox(vault, rows, {sync_state.CURSOR: "5"})
    answers = [(seq, data.draw(st.sampled_from(outbox.ANSWERED)), data.draw(st.text(max_size=5)))
               for seq, state, _padding, _rev in rows
               if state == outbox.PENDING and data.draw(st.booleans())]
    sizes = {"limit": data.draw(st.integers(1, 12)), "max_bytes": 2000,
             "after": data.draw(st.integers(0, 40))}
    found = sync_state.mark_pushed_then_next(vault, answers, **sizes)
    with vault.session() as s:
        marked = {row.seq: (row.state, row.reason) for row in s.execute(select(OutboxRow))
                  .scalars()}
        expected = {seq: (state, "" if state == outbox.PENDING else f"why {seq}")
                    for seq, state, _padding, _rev in rows}
        expected.update({seq: (state, reason) for seq, state, reason in answers})
        assert marked == expected
        assert found == sync_state.PushBatch(*_pending_batch_before(s, **sizes), 5)


def test_the_marks_are_committed_before_the_next_batch_is_read(vault) -> None:
    _outbox(vault, [(1, outbox.PENDING, 3, None), (2, outbox.PENDING, 3, None)], {})
    ran = statements_during(vault, lambda: sync_state.mark_pushed_then_next(
        vault, [(1, "accepted", "")], limit=10, max_bytes=1000, after=1))
    assert ran[0] == "BEGIN IMMEDIATE"
    assert writes_among(ran) == ["UPDATE outbox SET state = 'accepted', reason = '' "
                                 "WHERE seq = 1"]
    committed = ran.index("COMMIT")
    assert committed == 2 and ran[committed + 1] == "BEGIN"
    assert all(s.startswith("SELECT") for s in ran[committed + 2:-1]) and ran[-1] == "COMMIT"


def test_a_read_that_fails_after_the_marks_keeps_the_marks(vault, monkeypatch) -> None:
    _outbox(vault, [(1, outbox.PENDING, 3, None), (2, outbox.PENDING, 3, None)], {})

    def broken(*_args, **_kwargs):
        raise RuntimeError("the read failed")

    monkeypatch.setattr(sync_state, "_pending_batch", broken)
    with pytest.raises(RuntimeError):
        sync_state.mark_pushed_then_next(vault, [(1, "accepted", "")], limit=10,
                                         max_bytes=1000, after=1)
    with vault.session() as s:
        assert s.get(OutboxRow, 1).state == "accepted" and s.get(OutboxRow, 2).state == "pending"
    # The connection went back to the pool with no transaction open: a write still works.
    sync_state.mark_pushed(vault, [(2, "duplicate", "")])
    with vault.session() as s:
        assert s.get(OutboxRow, 2).state == "duplicate"


def test_marks_that_fail_keep_none_of_them(vault) -> None:
    _outbox(vault, [(1, outbox.PENDING, 3, None), (2, outbox.PENDING, 3, None)], {})
    with pytest.raises(Exception, match="refused"):
        with vault.transaction() as s:  # a trigger refusing the second mark
            s.connection().exec_driver_sql(
                "CREATE TRIGGER refuse_mark BEFORE UPDATE ON outbox WHEN NEW.seq = 2 "
                "BEGIN SELECT RAISE(ABORT, 'refused'); END")
        sync_state.mark_pushed(vault, [(1, "accepted", ""), (2, "accepted", "")])
    with vault.session() as s:
        assert [r.state for r in s.execute(select(OutboxRow).order_by(OutboxRow.seq))
                .scalars()] == ["pending", "pending"]


def test_the_epoch_and_a_restarted_pull_are_kept(vault) -> None:
    vault.set_meta(sync_state.CURSOR, "40")
    vault.set_meta(sync_state.POSITION, "e1.40.x")
    sync_state.set_epoch(vault, "e2")
    here = sync_state.position(vault)
    assert (here.cursor, here.epoch, here.token) == (40, "e2", "e1.40.x")
    ran = statements_during(vault, lambda: sync_state.restart_pull(vault))
    assert ran[0] == "BEGIN IMMEDIATE" and ran[-1] == "COMMIT" and len(writes_among(ran)) == 2
    here = sync_state.position(vault)
    assert (here.cursor, here.epoch, here.token) == (0, "e2", "")


def _audit_and_meta(vault: Vault) -> tuple[list[tuple], dict[str, str]]:
    with vault.session() as s:
        events = [tuple(r) for r in s.connection().exec_driver_sql(
            "SELECT seq, hash FROM audit_event ORDER BY seq")]
        meta = {r.key: r.value for r in s.execute(select(MetaRow)).scalars()}
    return events, meta


def test_pages_with_nothing_to_store_move_the_cursor_and_position_in_one_transaction(
        vault) -> None:
    vault.set_meta(sync_state.CURSOR, "3")
    events, meta = _audit_and_meta(vault)
    pages = [sync_state.Page([], [], 7, "e1.7.a"), sync_state.Page([], [], 9, "e1.9.b")]
    outcomes: list = []
    ran = statements_during(vault, lambda: outcomes.extend(sync_state.apply_pages(vault, pages)))
    assert outcomes == [sync_state.PageOutcome(), sync_state.PageOutcome()]
    assert ran[0] == "BEGIN IMMEDIATE" and ran[-1] == "COMMIT" and ran.count("COMMIT") == 1
    assert len(writes_among(ran)) == 2
    after_events, after_meta = _audit_and_meta(vault)
    assert after_events == events  # nothing stored, no audit event: as before
    assert after_meta == {**meta, sync_state.CURSOR: "9", sync_state.POSITION: "e1.9.b"}


def test_a_cursor_that_cannot_be_kept_keeps_neither_it_nor_the_position(vault) -> None:
    sync_state.apply_pages(vault, [sync_state.Page([], [], 4, "e1.4.a")])
    with vault.transaction() as s:
        s.connection().exec_driver_sql(
            "CREATE TRIGGER refuse_position BEFORE INSERT ON vault_meta "
            "WHEN NEW.value = 'e1.8.refused' BEGIN SELECT RAISE(ABORT, 'refused'); END")
    with pytest.raises(Exception, match="refused"):
        sync_state.apply_pages(vault, [sync_state.Page([], [], 8, "e1.8.refused")])
    here = sync_state.position(vault)
    assert (here.cursor, here.token) == (4, "e1.4.a")
