"""On PostgreSQL a pull's page is read straight through the driver (``exchange._PlainPageReads``,
``db.run_plain``), on an autocommit connection. It must be the page SQLAlchemy's statements
read (``exchange._CorePageReads``, what SQLite uses) for any feed: records and removals,
transfers' replayed histories, team links (a manager's alone), withdrawn records, what the
device pushed itself, any cursor, page size and number of windows."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from starlette.responses import StreamingResponse

from directwork.hub import admin, app, exchange
from directwork.hub.db import HubDatabase, run_plain
from directwork.hub.schema import (
    ChildCase,
    Device,
    FeedEvent,
    Nonce,
    Practitioner,
    RecordCopy,
    Team,
)
from directwork.sync.protocol import LARGEST_PAGE, NDJSON, PAGE_LIMIT_HEADER
from tests.hub.harness import hub_database

pytestmark = pytest.mark.postgres

# Alex and Sam work in North, Morgan manages North; Rhys works in South.
PEOPLE = [("Alex", "North", False), ("Sam", "North", False), ("Morgan", "North", True),
          ("Rhys", "South", False)]
CHILDREN = 4
KINDS = ["note", "voice", "team_link", "team_context"]

_RECORD = st.tuples(st.just("record"), st.integers(0, CHILDREN - 1), st.integers(0, 3),
                    st.sampled_from(KINDS), st.booleans())
_TRANSFER = st.tuples(st.just("transfer"), st.integers(0, CHILDREN - 1), st.integers(0, 3))
_WITHDRAW = st.tuples(st.just("withdraw"), st.integers(0, 50))
_RELEASE = st.tuples(st.just("release"), st.integers(0, 50))
_SCRIPT = st.lists(st.one_of(_RECORD, _RECORD, _RECORD, _TRANSFER, _WITHDRAW, _RELEASE),
                   min_size=1, max_size=30)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubDatabase]:
    hub = hub_database("postgres", Path(tmp_path_factory.mktemp("plain-pages")))
    yield hub
    hub.dispose()


def _fresh(db: HubDatabase) -> tuple[list[Practitioner], list[str]]:
    """Four practitioners, a device each, and each child on a caseload; nothing fed yet."""
    with db.writing() as s:
        for table in (FeedEvent, RecordCopy, ChildCase, Device, Practitioner, Team):
            s.execute(delete(table))
        s.add_all([Team(name="North"), Team(name="South")])
        people = [Practitioner(id=str(uuid.uuid4()), name=name, team=team, is_manager=manager)
                  for name, team, manager in PEOPLE]
        s.add_all(people)
        s.flush()
        devices = [str(uuid.uuid4()) for _ in people]
        s.execute(insert(Device), [
            {"id": d, "practitioner_id": p.id, "name": p.name, "public_key": "k",
             "enrolled_at": admin._now(), "last_seq": 0, "pulled_to": 0, "served_to": 0}
            for d, p in zip(devices, people, strict=True)])
        s.execute(insert(ChildCase), [{"child_id": f"child-{c}",
                                       "practitioner_id": people[c % 2].id}
                                      for c in range(CHILDREN)])
    return people, devices


def _play(db: HubDatabase, people: list[Practitioner], devices: list[str],
          script: list[tuple[Any, ...]]) -> None:
    with db.writing() as s:
        for step in script:
            if step[0] == "record":
                _, child, device, kind, withdrawn = step
                record_id = str(uuid.uuid4())
                key = s.execute(insert(RecordCopy).returning(RecordCopy.key), [{
                    "kind": kind, "record_id": record_id, "rev": "", "child_id": f"child-{child}",
                    "payload": json.dumps({"id": record_id, "kind": kind}),
                    "from_device": devices[device], "is_head": True,
                    "quarantine_reason": "",
                    "quarantined_at": admin._now() if withdrawn else None}]).scalar_one()
                s.add(FeedEvent(child_id=f"child-{child}", record_key=key,
                                mark=admin.new_mark()))
                s.flush()
            elif step[0] == "transfer":
                _, child, to = step
                held = s.get(ChildCase, f"child-{child}")
                assert held is not None
                if held.practitioner_id != people[to].id:
                    holder = next(p for p in people if p.id == held.practitioner_id)
                    admin.transfer(s, f"child-{child}", holder.name, people[to].name)
                    s.flush()
            else:
                keys = s.execute(select(RecordCopy.key).order_by(RecordCopy.key)).scalars().all()
                if keys:
                    key = keys[step[1] % len(keys)]
                    s.execute(update(RecordCopy).where(RecordCopy.key == key).values(
                        quarantined_at=admin._now() if step[0] == "withdraw" else None))


def _pages_alike(db: HubDatabase, people: list[Practitioner], devices: list[str]) -> int:
    """Every device's pages, both ways, from several cursors and in several sizes; returns
    how many records the pages held (so the test knows it compared something)."""
    with db.reading() as s:
        newest = s.execute(select(FeedEvent.seq).order_by(FeedEvent.seq.desc())).scalar() or 0
    sent = 0
    for practitioner, device_id in zip(people, devices, strict=True):
        device = Device(id=device_id, practitioner_id=practitioner.id)
        for own in (False, True):
            for limit in (1, 2, 5, 500):
                for cursor in sorted({0, 1, newest // 2, max(newest - 1, 0), newest,
                                      newest + 3}):
                    with db.reading() as s:
                        core = exchange._page(exchange._CorePageReads(s), device, practitioner,
                                              cursor, limit, own=own)
                    with db.at_once() as conn:
                        plain = exchange.read_page(conn, device, practitioner, cursor, limit,
                                                   own=own)
                    assert plain == core, (practitioner.name, own, limit, cursor)
                    sent += len(plain.changes) + len(plain.removed_children)
    return sent


@pytest.mark.parametrize("by_child", [False, True])
@pytest.mark.parametrize("window", [exchange.WINDOW, 3])
def test_plain_pages_are_the_pages_sqlalchemy_reads(db, monkeypatch, window: int,
                                                    by_child: bool) -> None:
    # Narrow windows, and few of them, make a page span several windows and stop short.
    monkeypatch.setattr(exchange, "WINDOW", window)
    # Every caseload read child by child, or none (by its share of the children, here none
    # would be: each holds half of them or all). Thirteen feeds for each of the four: as many
    # in all as the two before, when there was one form.
    monkeypatch.setattr(exchange, "BY_CHILD_BELOW", 2 if by_child else 0)
    monkeypatch.setattr(exchange, "MAX_WINDOWS", exchange.MAX_WINDOWS if window > 3 else 2)
    compared = []

    @given(script=_SCRIPT)
    # A child moved away and back: the history replayed for the practitioner between is
    # not for the one who has the child again (a script random ones seldom make).
    @example(script=[("record", 0, 0, "note", False), ("transfer", 0, 1),
                     ("record", 0, 1, "voice", False), ("transfer", 0, 0)])
    @settings(max_examples=13, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    def alike(script: list[tuple[Any, ...]]) -> None:
        people, devices = _fresh(db)
        _play(db, people, devices, script)
        compared.append(_pages_alike(db, people, devices))

    alike()
    assert sum(compared) > 0


def test_run_plain_fails_as_sqlalchemy_does(db) -> None:
    """An error of a plain statement is SQLAlchemy's (the app answers a database that is
    busy or gone with a 503, and a nonce used before is told by IntegrityError)."""
    _fresh(db)
    claim = insert(Nonce)
    with db.at_once() as conn:
        run_plain(conn, claim, {"nonce": "n", "seen_at": 1})
        with pytest.raises(IntegrityError):
            run_plain(conn, claim, {"nonce": "n", "seen_at": 2})
        backend = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
        with db.at_once() as other:  # as a restart of the server would
            other.exec_driver_sql(f"SELECT pg_terminate_backend({int(backend or 0)})")
        with pytest.raises(OperationalError):
            run_plain(conn, exchange._NEWEST, {})
    with db.at_once() as conn:  # the pool was told: the next connection works
        assert run_plain(conn, exchange._NEWEST, {}) == [(None,)]


def test_run_plain_converts_what_it_is_given_as_the_column_would(db) -> None:
    """A time given to a plain statement is stored as SQLAlchemy would store it (the
    column's own text form), not as the driver would write a datetime."""
    people, devices = _fresh(db)
    seen = admin._now()
    with db.writing() as s:
        run_plain(s, exchange._NOTE_PULL, {"device_id": devices[0], "seen": seen,
                                           "served": 7, "pulled": 5})
        run_plain(s, exchange._NOTE_PULL, {"device_id": devices[0], "seen": seen,
                                           "served": 3, "pulled": 9})
    with db.reading() as s:
        device = s.get(Device, devices[0])
        assert device is not None
        assert (device.last_seen, device.served_to, device.pulled_to) == (seen, 7, 9)


@given(fields=st.lists(st.tuples(st.text(), st.text(), st.text(), st.one_of(st.none(), st.text())),
                       max_size=5))
def test_each_change_line_is_the_json_the_protocol_reads(
        fields: list[tuple[str, str, str, str | None]]) -> None:
    """A page's lines are written around each record's text, their fields quoted as
    ``json.dumps`` quotes them (any text: quotes, back-slashes, controls, accents)."""
    page = exchange.FeedPage(changes=[(kind, record_id, child_id, rev, '{"a": [1, "b"]}')
                                      for kind, record_id, child_id, rev in fields],
                             removed_children=[], cursor=0, more=False, epoch="e", position="p")
    dumps = json.dumps
    assert list(page.change_lines()) == [
        f'{{"kind":{dumps(kind)},"id":{dumps(record_id)},"child_id":{dumps(child_id)},'
        f'"rev":{dumps(rev)},"payload":{{"a": [1, "b"]}}}}'
        for kind, record_id, child_id, rev in fields]


@pytest.mark.parametrize("records", [0, 3, 400])
@pytest.mark.parametrize("lines", [True, False])
def test_a_page_is_sent_as_written_whether_made_whole_or_a_chunk_at_a_time(
        records: int, lines: bool) -> None:
    """A short page is written out whole before it is sent, a long one (more than
    PAGE_WRITTEN_WHOLE characters of records) a chunk at a time: the bytes are the same."""
    import asyncio

    payload = json.dumps({"text": "x" * 1000})
    page = exchange.FeedPage(changes=[("note", str(n), "c", None, payload)
                                      for n in range(records)],
                             removed_children=["gone"], cursor=9, more=True, epoch="e",
                             position="p")

    answer = app.page_answer(page, "application/x-ndjson" if lines else "application/json")

    async def sent() -> bytes:
        if not isinstance(answer, StreamingResponse):
            return bytes(answer.body)
        return b"".join([cast(bytes, chunk) async for chunk in answer.body_iterator])

    whole = (records * len(payload)) <= app.PAGE_WRITTEN_WHOLE
    assert whole == (records < 400)
    assert isinstance(answer, StreamingResponse) == (not whole)
    assert answer.media_type == (NDJSON if lines else "application/json")
    assert answer.headers[PAGE_LIMIT_HEADER] == str(LARGEST_PAGE)
    expected = b"".join(page.ndjson_chunks() if lines else page.json_chunks())
    assert asyncio.run(sent()) == expected
