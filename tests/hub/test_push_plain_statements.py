"""The push's plain statements write what the ORM wrote: an audit event appended with a plain
insert is the event the ORM appended (same row, same hash, the chain intact), on SQLite and
PostgreSQL; the pushing device's row, read and written with plain statements, moves as it did
(its numbers, the position it holds only ever forward, a refused push changing nothing); and
the changes a push keeps are the ones sent, read from the JSON the request was checked from."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from directwork.core import hashchain
from directwork.core.hashchain import GENESIS
from directwork.hub import audit, exchange
from directwork.hub.db import HubDatabase, hold_tail
from directwork.hub.schema import AuditEvent, Device, Inbound
from directwork.store import outbox
from tests.hub.harness import hub_database
from tests.hub.signed import client, device_of, signed_headers

_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                max_size=30)
_EVENT = st.tuples(st.sampled_from(["push", "pull", "refused", "team-view", "retired"]),
                   _TEXT, _TEXT, _TEXT)


def _orm_record(session: Session, action: str, *, actor: str, device_id: str, detail: str,
                at: datetime) -> None:
    """The append as it was made before: an ORM object, added and flushed."""
    hold_tail(session)
    prev = session.execute(
        select(AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).scalar() or GENESIS
    session.add(AuditEvent(at=at, actor=actor, device_id=device_id, action=action, detail=detail,
                           prev_hash=prev,
                           hash=hashchain.link_hash(prev, at, actor, device_id, action, detail)))
    session.flush()


class _Clock:
    """Stands in for ``datetime`` in ``audit``: ``now`` gives the times given, in turn."""

    def __init__(self, times: list[datetime]) -> None:
        self.times = iter(times)

    def now(self, _tz: Any = None) -> datetime:
        return next(self.times)


def _rows(db: HubDatabase) -> list[tuple[Any, ...]]:
    with db.reading() as s:
        return [tuple(row) for row in s.execute(select(
            AuditEvent.seq, AuditEvent.at, AuditEvent.actor, AuditEvent.device_id,
            AuditEvent.action, AuditEvent.detail, AuditEvent.prev_hash, AuditEvent.hash)
            .order_by(AuditEvent.seq))]


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_an_audit_event_appended_plainly_is_the_one_the_orm_appended(
        backend: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    plain, orm = hub_database(backend, tmp_path / "a"), hub_database(backend, tmp_path / "b")
    start = datetime(2026, 3, 1, 9, 30, 15, 123456, tzinfo=UTC)

    @given(batches=st.lists(st.lists(_EVENT, min_size=1, max_size=4), min_size=1, max_size=3),
           shared=st.booleans())
    @settings(max_examples=20, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
    def appended_alike(batches: list[list[tuple[str, str, str, str]]], shared: bool) -> None:
        for batch in batches:
            base = start + timedelta(seconds=len(_rows(plain)))
            times = [base + timedelta(microseconds=7 * i) for i in range(len(batch))]
            monkeypatch.setattr(audit, "datetime", _Clock(times))
            with plain.writing(shared=shared) as s:
                for action, actor, device, detail in batch:
                    audit.record(s, action, actor=actor, device_id=device, detail=detail)
            with orm.writing(shared=shared) as s:
                for (action, actor, device, detail), at in zip(batch, times, strict=True):
                    _orm_record(s, action, actor=actor, device_id=device, detail=detail, at=at)
        assert _rows(plain) == _rows(orm)
        with plain.reading() as s:
            ok, why, _count = audit.verify(s)
        assert ok, why

    try:
        appended_alike()
    finally:
        plain.dispose()
        orm.dispose()


def _body(changes: list[dict[str, Any]], cursor: int = 0) -> bytes:
    return json.dumps({"changes": changes, "cursor": cursor}, ensure_ascii=False).encode()


def _changes(laptop) -> list[dict[str, Any]]:
    with laptop.vault.session() as s:
        return [{"seq": c.seq, "kind": c.kind, "id": c.record_id, "child_id": c.child_id,
                 "rev": c.rev, "base_rev": c.payload.get("base_rev"),
                 "merge_rev": c.payload.get("merge_rev"), "payload": c.payload}
                for c in outbox.pending(s)]


def _device_row(hub, device_id: str) -> tuple[Any, ...]:
    with hub.db.reading() as s:
        row = s.execute(select(Device.last_seq, Device.pulled_to, Device.served_to,
                               Device.last_seen).where(Device.id == device_id)).one()
        return tuple(row)


def test_the_pushing_devices_row_moves_as_it_did(sqlite_hub, alex, tls) -> None:
    changes = _changes(alex)
    device = device_of(alex)
    before = _device_row(sqlite_hub, device)
    with client(sqlite_hub, tls) as http:
        def push(body: bytes):
            return http.post("/v1/push", content=body,
                             headers=signed_headers(alex, "POST", "/v1/push", body))

        # A gap is refused: the row is as it was.
        assert push(_body(changes[2:], cursor=9)).status_code == 409
        assert _device_row(sqlite_hub, device)[:3] == before[:3]
        first = push(_body(changes[:2], cursor=7))
        assert first.status_code == 200 and first.json()["last_seq"] == changes[1]["seq"]
        last_seq, pulled_to, served_to, seen = _device_row(sqlite_hub, device)
        assert (last_seq, pulled_to, served_to) == (changes[1]["seq"], 7, before[2])
        assert seen is not None and (before[3] is None or seen >= before[3])
        # A lower position said later never moves the held one back; the numbers go on.
        second = push(_body(changes[2:], cursor=3))
        assert second.status_code == 200 and second.json()["last_seq"] == changes[-1]["seq"]
        assert _device_row(sqlite_hub, device)[:3] == (changes[-1]["seq"], 7, before[2])
        # Sent again, all duplicates: the numbers stay, a higher position is kept.
        again = push(_body(changes, cursor=11))
        assert {r["status"] for r in again.json()["results"]} == {"duplicate"}
        assert again.json()["last_seq"] == changes[-1]["seq"]
        assert _device_row(sqlite_hub, device)[:3] == (changes[-1]["seq"], 11, before[2])


def test_each_change_is_kept_as_sent_from_the_json_read_once(sqlite_hub, alex, tls) -> None:
    """Text that is not ASCII, escapes, numbers written other ways, keys in any order: what
    is kept of each change (its body and digest) is the change as the sent JSON says."""
    changes = _changes(alex)
    first = dict(reversed(list(changes[0].items())))  # the envelope's keys in another order
    body = (b'{"cursor": 0, "changes": [' + json.dumps(first, ensure_ascii=True).encode()
            + b"," + b",".join(json.dumps(c, ensure_ascii=False).encode()
                               for c in changes[1:]) + b"]}")
    with client(sqlite_hub, tls) as http:
        answer = http.post("/v1/push", content=body,
                           headers=signed_headers(alex, "POST", "/v1/push", body))
    assert answer.status_code == 200, answer.text
    sent = json.loads(body)["changes"]
    with sqlite_hub.db.reading() as s:
        kept = {row.seq: (row.body, row.digest) for row in s.execute(
            select(Inbound).where(Inbound.device_id == device_of(alex))).scalars()}
    assert kept == {c["seq"]: (exchange._kept(c), exchange._digest(c)) for c in sent}
