"""A push's and a pull's end on PostgreSQL (``db.append_and_commit``): the statements before the
tail, the tail lock, the appends and the commit go in one round trip, and the audit event's
time and hash are worked out by the database. The chain must be exactly what
``hashchain.link_hash`` makes; a failure anywhere must leave nothing committed; a write after
the commit is refused; a lost connection is SQLAlchemy's error, as for any other statement."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, update
from sqlalchemy.exc import DataError, DBAPIError, OperationalError

from directwork.core import hashchain
from directwork.core.utc import from_utc_text, utc_text
from directwork.domain.records import Child
from directwork.hub import audit
from directwork.hub.db import HubDatabase, append_and_commit, appends_at_once
from directwork.hub.schema import AuditEvent, Device, HubState
from directwork.store import records
from tests.hub.harness import HubServer, Laptop, Tls, drop_connections, hub_database

pytestmark = pytest.mark.postgres

# What a text column of PostgreSQL's holds: any character but NUL (and no lone surrogates,
# which no UTF-8 text holds).
_TEXT = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubDatabase]:
    database = hub_database("postgres", tmp_path_factory.mktemp("tail"))
    yield database
    database.dispose()


def _events(db: HubDatabase) -> list[AuditEvent]:
    with db.reading() as s:
        return list(s.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars())


def _count(db: HubDatabase) -> int:
    with db.reading() as s:
        return s.execute(select(func.count()).select_from(AuditEvent)).scalar_one()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(actor=st.text(_TEXT, max_size=64), device_id=st.text(_TEXT, max_size=64),
       action=st.text(_TEXT, max_size=32), detail=st.text(_TEXT, max_size=300))
def test_the_database_makes_the_hash_link_hash_makes(db: HubDatabase, actor: str,
                                                     device_id: str, action: str,
                                                     detail: str) -> None:
    before = _events(db)
    with db.writing(shared=True) as s:
        assert appends_at_once(s)
        append_and_commit(s, [], [audit.appended(action, actor=actor, device_id=device_id,
                                                 detail=detail)])
    events = _events(db)
    assert len(events) == len(before) + 1
    new = events[-1]
    assert (new.actor, new.device_id, new.action, new.detail) == (actor, device_id, action,
                                                                  detail)
    assert new.prev_hash == (before[-1].hash if before else hashchain.GENESIS)
    assert new.hash == hashchain.link_hash(new.prev_hash, new.at, actor, device_id, action,
                                           detail)
    with db.reading() as s:
        assert audit.verify(s)[0]
    if before:
        assert new.at >= before[-1].at


def test_the_stored_time_is_utc_texts_form(db: HubDatabase) -> None:
    with db.writing(shared=True) as s:
        append_and_commit(s, [], [audit.appended("form", actor="a", device_id="d")])
    with db.engine.connect() as conn:
        text = conn.exec_driver_sql("SELECT at FROM audit ORDER BY seq DESC LIMIT 1").scalar_one()
    assert utc_text(from_utc_text(text)) == text and text.endswith("Z") and len(text) == 27


def test_a_failure_leaves_nothing_committed_and_the_tail_free(db: HubDatabase) -> None:
    with db.writing() as s:
        s.merge(HubState(key="tail-test", value="before"))
    events = _count(db)
    with pytest.raises(DataError), db.writing(shared=True) as s:
        append_and_commit(s, [("UPDATE hub_state SET value = 'after' WHERE key = %b",
                               ["tail-test"])],
                          [audit.appended("first", actor="a"), ("SELECT 1 / 0", [])])
    with db.reading() as s:
        assert s.get(HubState, "tail-test").value == "before"
    assert _count(db) == events
    # The tail lock went with the transaction: the next writer appends at once.
    with db.writing(shared=True) as s:
        append_and_commit(s, [], [audit.appended("next", actor="a")])
    assert _count(db) == events + 1
    with db.reading() as s:
        assert audit.verify(s)[0]


def test_a_write_after_the_commit_is_refused(db: HubDatabase) -> None:
    with db.writing() as s:
        s.merge(HubState(key="late-test", value="kept"))
    with pytest.raises(RuntimeError, match="after append_and_commit"), \
            db.writing(shared=True) as s:
        append_and_commit(s, [], [audit.appended("ended", actor="a")])
        s.merge(HubState(key="late-test", value="written too late"))
    with db.reading() as s:
        assert s.get(HubState, "late-test").value == "kept"
        assert s.execute(select(AuditEvent.action).order_by(AuditEvent.seq.desc())
                         .limit(1)).scalar_one() == "ended"


def test_a_statement_after_the_commit_is_refused_by_the_database(db: HubDatabase) -> None:
    with db.writing() as s:
        s.merge(HubState(key="after-test", value="kept"))
    with pytest.raises(DBAPIError, match="read-only transaction"), \
            db.writing(shared=True) as s:
        append_and_commit(s, [], [audit.appended("ended", actor="a")])
        s.execute(update(HubState).where(HubState.key == "after-test")
                  .values(value="written outside the tail"))
    with db.reading() as s:
        assert s.get(HubState, "after-test").value == "kept"
    # The connection went back to the pool able to write again.
    with db.writing(shared=True) as s:
        s.execute(update(HubState).where(HubState.key == "after-test").values(value="next"))
    with db.reading() as s:
        assert s.get(HubState, "after-test").value == "next"


def test_a_lost_connection_is_sqlalchemys_error_and_the_pool_is_told(db: HubDatabase) -> None:
    events = _count(db)
    caught: list[OperationalError] = []
    with pytest.raises(OperationalError), db.writing(shared=True) as s:
        pid = s.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
        drop_connections(db, pid)
        # Raised by append_and_commit itself as SQLAlchemy's (the route answers 503), not
        # only by the transaction's end.
        try:
            append_and_commit(s, [], [audit.appended("lost", actor="a")])
        except OperationalError as exc:
            caught.append(exc)
            raise
    assert caught and caught[0].connection_invalidated
    assert _count(db) == events
    with db.writing(shared=True) as s:  # the pool hands out a working connection again
        append_and_commit(s, [], [audit.appended("after", actor="a")])
    assert _count(db) == events + 1


def test_a_laptops_push_and_pull_keep_their_rows_and_chain(tmp_path: Path, tls: Tls) -> None:
    hub_db = hub_database("postgres", tmp_path)
    with HubServer(hub_db, tls) as server:
        server.add_practitioner("Sam", team="North")
        first, second = (Laptop(tmp_path / "laptops", name, tls=tls) for name in ("a", "b"))
        for laptop in (first, second):
            laptop.enrol(server, "Sam")
            with laptop.vault.transaction() as vs:
                records.save_document(vs, Child(given_name=f"Mali {laptop.vault.root.name}"))
            laptop.sync()
        first.sync()  # brings the second's child
    with hub_db.reading() as s:
        assert audit.verify(s)[0]
        actions = [(e.action, e.device_id, json.loads(e.detail) if e.detail.startswith("{")
                    else e.detail)
                   for e in s.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars()]
        devices = {d.id: d for d in s.execute(select(Device)).scalars()}
        newest = s.execute(select(func.max(AuditEvent.seq))).scalar_one()
    pushes = [a for a in actions if a[0] == "push"]
    pulls = [a for a in actions if a[0] == "pull"]
    assert len(pushes) == 2 and all(detail.get("accepted") for _a, _d, detail in pushes)
    assert pulls and all(set(detail) == {"records", "removed", "cursor"}
                         for _a, _d, detail in pulls)
    # Each device's positions moved to what it was last given (the pull's own update).
    for device_id, device in devices.items():
        given = [detail["cursor"] for _a, d, detail in pulls if d == device_id]
        assert given and device.served_to == max(given) and device.pulled_to <= device.served_to
    assert newest == len(actions)
    hub_db.dispose()


def test_after_a_restart_one_lost_connection_is_the_only_failure(db: HubDatabase) -> None:
    # The server drops every connection (a restart): the push or pull that finds its own
    # lost fails (a 503, which the laptop retries), and the pool's other connections, just as
    # dead, are not handed to the requests after it.
    with db.engine.connect() as a, db.engine.connect() as b:  # two more in the pool
        a.exec_driver_sql("SELECT 1")
        b.exec_driver_sql("SELECT 1")
    events = _count(db)
    with pytest.raises(OperationalError), db.writing(shared=True) as s:
        s.connection().exec_driver_sql("SELECT 1")
        drop_connections(db)
        append_and_commit(s, [], [audit.appended("lost", actor="a")])
    for n in range(3):
        with db.writing(shared=True) as s:
            append_and_commit(s, [], [audit.appended(f"after {n}", actor="a")])
    assert _count(db) == events + 3
