"""A push on PostgreSQL in few round trips: its first reads (the device's row under its lock,
the advisory locks, the caseloads, the records held, the time of the last pruning) in one
(``exchange._PlainStart``, ``db.fetch_at_once``; what the device sent before under the
batch's numbers too), and everything it writes with the appends
and the commit in another (``db.append_and_commit``), the feed taking each new record's key in
the database. What it answers and stores is what the statements one at a time gave
(tests/hub/test_push_statements.py compares random pushes with SQLite's); here: the round
trips counted from the driver's own trace of what it sent and received, the feed's rows in the
order given, a feed row whose record is missing refused, the errors' meanings kept."""

from __future__ import annotations

import contextlib
import json
import tempfile
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import pq
from sqlalchemy import delete, event, func, select
from sqlalchemy.exc import DataError, IntegrityError, OperationalError

from directwork.domain import codec
from directwork.domain.ids import uuid7
from directwork.domain.records import Child, VisitNote
from directwork.hub import admin, audit, exchange
from directwork.hub.admin import HubError
from directwork.hub.db import HubDatabase, append_and_commit, fetch_at_once
from directwork.hub.schema import AuditEvent, Device, FeedEvent, HubState, Inbound, RecordCopy
from directwork.store.records import with_rev
from directwork.sync.protocol import PushRequest
from tests.hub.harness import drop_connections, hub_database

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubDatabase]:
    database = hub_database("postgres", Path(tmp_path_factory.mktemp("pipelined")))
    with database.writing() as s:
        admin.add_practitioner(s, "Alex")
    yield database
    database.dispose()


def _device(db: HubDatabase) -> str:
    device_id = str(uuid.uuid4())
    with db.writing() as s:
        s.add(Device(id=device_id, practitioner_id=admin.find_practitioner(s, "Alex").id,
                     public_key="k" * 64, enrolled_at=datetime.now(UTC),
                     confirmed_at=datetime.now(UTC)))
    return device_id


def _changes(first_seq: int, notes: int) -> list[dict[str, Any]]:
    """A new child and ``notes`` visit notes of it, numbered from ``first_seq``."""
    now = datetime.now(UTC)
    stamps = {"created_at": now, "updated_at": now, "created_by": "x", "device_id": "y"}
    child = uuid7()
    made = [codec.record_to_dict(with_rev(Child(id=child, child_id=child, given_name="Mali",
                                                **stamps)))]
    made += [codec.record_to_dict(VisitNote(id=uuid7(), child_id=child, text=f"note {n}",
                                            **stamps)) for n in range(notes)]
    return json.loads(json.dumps(
        [{"seq": first_seq + n, "kind": r["kind"], "id": r["id"], "child_id": child,
          "rev": r.get("rev"), "base_rev": r.get("base_rev"), "merge_rev": r.get("merge_rev"),
          "payload": r} for n, r in enumerate(made)], default=str))


def _push(db: HubDatabase, device_id: str, changes: list[dict[str, Any]],
          device: Device | None = None, trace: _Trace | None = None,
          ) -> list[tuple[int, str, str]]:
    """The push's answer; ``trace``: on for its transaction alone."""
    with db.reading() as s:
        found = admin.device_for_request(s, device_id)
    assert found is not None
    request = PushRequest.model_validate({"changes": changes})
    batch = exchange.check_batch(request.changes, changes, request.skipped)
    with trace or contextlib.nullcontext(), db.writing(shared=True) as s:
        answer = exchange.push(s, device or found[0], found[1], batch)
    return [(r.seq, r.status, r.reason) for r in answer.results]


class _Trace:
    """The round trips of every connection taken from the pool while on: from the driver's
    (libpq's) trace of the messages it sent (F) and received (B), one each time it turns
    from sending to receiving."""

    def __init__(self, db: HubDatabase) -> None:
        self.db = db
        self.files: list[Any] = []

    def __enter__(self) -> _Trace:
        event.listen(self.db.engine, "checkout", self._checkout)
        event.listen(self.db.engine, "checkin", self._checkin)
        return self

    def __exit__(self, *_exc: object) -> None:
        event.remove(self.db.engine, "checkout", self._checkout)
        event.remove(self.db.engine, "checkin", self._checkin)

    def _checkout(self, driver: Any, _record: Any, _proxy: Any) -> None:
        trace = tempfile.TemporaryFile("w+")
        self.files.append(trace)
        driver.pgconn.trace(trace.fileno())
        driver.pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS | pq.Trace.REGRESS_MODE)

    def _checkin(self, driver: Any, _record: Any) -> None:
        if driver is not None:
            driver.pgconn.untrace()

    def round_trips(self) -> list[int]:
        counts = []
        for trace in self.files:
            trace.flush()
            trace.seek(0)
            turns, last = 0, ""
            for line in trace.read().splitlines():
                side = line[:1]
                turns += side == "B" and last == "F"
                last = side if side in ("F", "B") else last
            counts.append(turns)
            trace.close()
        return counts


def test_a_push_of_new_records_takes_four_round_trips(db: HubDatabase) -> None:
    device_id = _device(db)
    _push(db, device_id, _changes(1, 3))  # the first one of the hub prunes (see below)
    trace = _Trace(db)
    answer = _push(db, device_id, _changes(5, 100), trace=trace)
    assert {status for _seq, status, _reason in answer} == {"accepted"}
    # BEGIN, the hub-wide lock; the first reads; the writes, the appends and the commit.
    # (Before: the device's row, the locks, the caseloads, the records held, the new
    # child's caseload row, the records, the changes kept, the pruning time, one each.)
    assert trace.round_trips() == [4]


def test_a_push_that_prunes_takes_its_statements_one_at_a_time_and_one_sent_again_not(
        db: HubDatabase) -> None:
    device_id = _device(db)
    changes = _changes(1, 5)
    with db.writing() as s:
        s.execute(delete(HubState).where(HubState.key == "rejected_pruned_at"))
    trace = _Trace(db)
    first = _push(db, device_id, changes, trace=trace)
    assert {status for _seq, status, _reason in first} == {"accepted"}
    assert trace.round_trips()[0] > 4
    with db.reading() as s:
        assert s.get(HubState, "rejected_pruned_at") is not None
    trace = _Trace(db)
    again = _push(db, device_id, changes, trace=trace)
    assert again == [(seq, "duplicate", "") for seq, _status, _reason in first]
    # What the hub answered before under these numbers is read with the rest.
    assert trace.round_trips() == [4]


def test_the_feed_follows_the_order_of_the_records_as_given(db: HubDatabase) -> None:
    device_id = _device(db)
    _push(db, device_id, _changes(1, 1))
    changes = _changes(3, 40)
    answer = _push(db, device_id, changes)
    assert {status for _seq, status, _reason in answer} == {"accepted"}
    with db.reading() as s:
        fed = s.execute(select(FeedEvent.child_id, RecordCopy.kind, RecordCopy.record_id,
                               RecordCopy.child_id, RecordCopy.from_device, FeedEvent.mark,
                               FeedEvent.for_practitioner, FeedEvent.removed_from)
                        .join(RecordCopy, FeedEvent.record_key == RecordCopy.key)
                        .where(RecordCopy.from_device == device_id)
                        .order_by(FeedEvent.seq)).all()
    # The child first (it is named by the notes), then the notes in the order sent.
    assert [(kind, record_id) for _c, kind, record_id, *_ in fed[2:]] == \
        [(c["kind"], c["id"]) for c in changes]
    assert all(feed_child == record_child for feed_child, _k, _i, record_child, *_ in fed)
    assert all(len(mark) == len(fed[0][5]) for *_, mark, _f, _r in fed)
    assert {(f, r) for *_, f, r in fed} == {(None, None)}


def test_a_feed_row_whose_record_is_missing_is_refused_and_nothing_is_kept(
        db: HubDatabase) -> None:
    with db.reading() as s:
        feed = s.execute(select(func.count()).select_from(FeedEvent)).scalar_one()
        events = s.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
    row = {"kind": "note", "record_id": str(uuid.uuid4()), "rev": ""}
    with pytest.raises(IntegrityError), db.writing(shared=True) as s:
        append_and_commit(s, [], [exchange._feed_by_record([row], ["m"]),
                                  audit.appended("push", actor="a")])
    with db.reading() as s:
        assert s.execute(select(func.count()).select_from(FeedEvent)).scalar_one() == feed
        assert s.execute(select(func.count()).select_from(AuditEvent)).scalar_one() == events
        assert audit.verify(s)[0]


def test_a_device_not_enrolled_is_still_refused_and_nothing_is_written(db: HubDatabase) -> None:
    device_id = _device(db)
    ghost = Device(id=str(uuid.uuid4()), practitioner_id="nobody", public_key="k" * 64)
    with pytest.raises(HubError) as refused:
        _push(db, device_id, _changes(1, 2), device=ghost)
    assert refused.value.status == 401
    with db.reading() as s:
        assert s.execute(select(func.count()).select_from(Inbound)
                         .where(Inbound.device_id == ghost.id)).scalar_one() == 0
    # The locks went with the transaction: the device itself pushes at once.
    assert {status for _seq, status, _reason in _push(db, device_id, _changes(1, 2))} == \
        {"accepted"}


def test_a_lost_connection_in_the_first_reads_is_sqlalchemys_error(db: HubDatabase) -> None:
    caught: list[OperationalError] = []
    with pytest.raises(OperationalError), db.writing(shared=True) as s:
        pid = s.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
        drop_connections(db, pid)
        try:
            fetch_at_once(s, [("SELECT 1", []), ("SELECT 2", [])])
        except OperationalError as exc:
            caught.append(exc)
            raise
    assert caught and caught[0].connection_invalidated
    # The pool hands out a working connection next.
    with db.writing(shared=True) as s:
        assert fetch_at_once(s, [("SELECT %b", [1]), ("SELECT 2 WHERE false", [])]) == \
            [[(1,)], []]


def test_a_statement_refused_in_the_first_reads_leaves_nothing_and_frees_the_locks(
        db: HubDatabase) -> None:
    with db.writing() as s:
        s.merge(HubState(key="start-test", value="before"))
    with pytest.raises(DataError), db.writing(shared=True) as s:
        fetch_at_once(s, [("UPDATE hub_state SET value = 'after' WHERE key = %b",
                           ["start-test"]),
                          ("SELECT pg_advisory_xact_lock(%b)", [7]), ("SELECT 1 / 0", []),
                          ("SELECT 1", [])])
    with db.reading() as s:
        assert s.get(HubState, "start-test").value == "before"
    # The lock went with the transaction (another connection takes it at once), and the
    # pool hands out a working connection.
    with psycopg.connect(db.engine.url.render_as_string(hide_password=False).replace(
            "postgresql+psycopg", "postgresql"), autocommit=True) as other:
        assert other.execute("SELECT pg_try_advisory_lock(7)").fetchone() == (True,)
        other.execute("SELECT pg_advisory_unlock(7)")
    with db.writing(shared=True) as s:
        assert fetch_at_once(s, [("SELECT %b", [2])]) == [[(2,)]]
