"""A sync with nothing to do asks only GET /state. On PostgreSQL, once a device's key is known
to the hub process, it is answered in one statement (``exchange.state_at_once``); otherwise,
and on SQLite, in one transaction. Both must answer what ``exchange.state`` answers, claim
the nonce once, and refuse what the full check refuses."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from directwork.domain.records import Child, VisitNote
from directwork.hub import admin, app, exchange
from directwork.hub.db import HubDatabase
from directwork.hub.schema import AuditEvent, Device, Nonce
from directwork.store import records
from directwork.sync.protocol import HubState
from tests.hub.signed import client, device_of, signed_headers


def _ask(http, laptop, position: str):
    query = f"position={position}" if position else ""
    headers = signed_headers(laptop, "GET", "/v1/state", b"", query)
    return http.get("/v1/state", params={"position": position} if position else None,
                    headers=headers), headers


def _expected(hub, laptop, position: str) -> HubState:
    with hub.db.reading() as s:
        device, _practitioner = admin.device_for_request(s, device_of(laptop))
        return exchange.state(s, device, position, may_rotate=False)


def test_the_state_is_what_the_full_check_answers_for_any_position(hub, enrolled_laptop, tls) -> None:
    laptop = enrolled_laptop(hub, "Alex")
    with laptop.vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Dafydd"))
        records.add_entry(s, VisitNote(child_id=child.id, text="a note"))
    laptop.sync()
    with hub.db.reading() as s:
        epoch = admin.hub_value(s, "epoch")
        good = exchange.position_token(s, epoch, 1)
    forged = good[:-1] + ("0" if good[-1] != "0" else "1")
    positions = ["", good, forged, "nonsense", "a.b.c.d", f"{epoch}.{'9' * 40}.x.y"]
    with client(hub, tls) as http:
        for _round in range(2):  # the first request of a device takes the full path
            for position in positions:
                answer, _ = _ask(http, laptop, position)
                assert answer.status_code == 200, answer.text
                assert HubState.model_validate_json(answer.content) == \
                    _expected(hub, laptop, position)


def test_a_replayed_state_request_is_refused_and_a_revoked_laptop_told_to_wipe(
        hub, enrolled_laptop, tls) -> None:
    laptop = enrolled_laptop(hub, "Alex")
    with client(hub, tls) as http:
        assert _ask(http, laptop, "")[0].status_code == 200  # the device's key is now known
        answer, headers = _ask(http, laptop, "")
        assert answer.status_code == 200
        again = http.get("/v1/state", headers=headers)
        assert again.status_code == 401
        assert "replayed" in again.json()["detail"]
        with hub.db.writing() as s:
            admin.revoke_device(s, device_of(laptop))
        revoked, _ = _ask(http, laptop, "")
        assert revoked.status_code == 403
        assert revoked.json()["wipe"] is True
    with hub.db.reading() as s:
        refusals = s.execute(select(AuditEvent.detail).where(
            AuditEvent.action == "refused").order_by(AuditEvent.seq)).scalars().all()
    assert refusals == ["replayed", "revoked"]


def test_a_position_past_the_feeds_end_starts_a_new_epoch_once(hub, enrolled_laptop, tls) -> None:
    laptop = enrolled_laptop(hub, "Alex")
    with laptop.vault.transaction() as s:
        records.save_document(s, Child(given_name="Dafydd"))
    laptop.sync()
    with hub.db.reading() as s:
        epoch = admin.hub_value(s, "epoch")
        head = s.execute(select(func.max(exchange.FeedEvent.seq))).scalar_one()
        # What a hub restored from an older backup finds: a position it gave out, further on
        # than its feed now goes.
        ahead = exchange.position_token(s, epoch, head + 5)
    with client(hub, tls) as http:
        assert _ask(http, laptop, "")[0].status_code == 200  # the device's key is now known
        answer, _ = _ask(http, laptop, ahead)
    assert answer.status_code == 200
    told = HubState.model_validate_json(answer.content)
    assert told.position_known is False
    assert told.epoch != epoch
    with hub.db.reading() as s:
        assert admin.hub_value(s, "epoch") == told.epoch
        assert s.execute(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "new-epoch")).scalar_one() == 1


def _at_once(db, device_id: str, nonce: str, position: str = "", now: datetime | None = None):
    """``exchange.state_at_once`` as ``app._state_at_once`` calls it; with the driver's
    connection it was sent on."""
    now = now or datetime.now(UTC)
    with db.at_once() as conn:
        driver = conn.connection.driver_connection
        return exchange.state_at_once(conn, device_id, nonce, position, now=now,
                                      stale=now - app.LAST_SEEN_STEP), driver


def _last_seen(db, device_id: str) -> datetime | None:
    with db.reading() as s:
        return s.get(Device, device_id).last_seen


@pytest.mark.postgres
def test_the_one_statement_commits_its_claim_at_once_and_a_replay_writes_nothing(
        pg_hub, enrolled_laptop) -> None:
    laptop = enrolled_laptop(pg_hub, "Alex")
    db, device_id = pg_hub.db, device_of(laptop)
    long_ago = datetime.now(UTC) - timedelta(minutes=5)
    with db.writing() as s:
        s.execute(update(Device).where(Device.id == device_id).values(last_seen=long_ago))
    now = datetime.now(UTC)
    answer, driver = _at_once(db, device_id, "first-nonce-0123456789", now=now)
    assert answer == _expected(pg_hub, laptop, "")
    # Handed back to the pool as it came: not in a transaction, not autocommit (the next
    # transaction on it is one).
    assert driver.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
    assert driver.autocommit is False
    # Committed: another engine, on connections of its own, sees the claim and the time.
    other = HubDatabase(db.url)
    try:
        with other.reading() as s:
            assert s.get(Nonce, "first-nonce-0123456789") is not None
        assert _last_seen(other, device_id) == now
    finally:
        other.dispose()
    # The same nonce again: the database refuses it, as SQLAlchemy's error, and nothing is
    # written (the time last seen, put back an hour, stays there).
    with db.writing() as s:
        s.execute(update(Device).where(Device.id == device_id).values(last_seen=long_ago))
    with pytest.raises(IntegrityError):
        _at_once(db, device_id, "first-nonce-0123456789")
    assert _last_seen(db, device_id) == long_ago
    with db.reading() as s:
        assert s.execute(select(func.count()).select_from(Nonce)).scalar_one() == \
            len(set(s.execute(select(Nonce.nonce)).scalars()))
    # A device not found, or revoked: None, and nothing claimed.
    assert _at_once(db, "no-such-device", "second-nonce-0123456789")[0] is None
    with db.writing() as s:
        admin.revoke_device(s, device_id)
    assert _at_once(db, device_id, "third-nonce-0123456789")[0] is None
    with db.reading() as s:
        claimed = set(s.execute(select(Nonce.nonce)).scalars())
    assert not {"second-nonce-0123456789", "third-nonce-0123456789"} & claimed


@pytest.mark.postgres
def test_connections_the_server_dropped_fail_one_state_request_with_a_503_then_all_go(
        pg_hub, enrolled_laptop, tls) -> None:
    laptop = enrolled_laptop(pg_hub, "Alex")
    db = pg_hub.db
    with client(pg_hub, tls) as http:
        assert _ask(http, laptop, "")[0].status_code == 200  # the device's key is now known
        # Three connections in the pool, then the server drops them all (a restart).
        with db.engine.connect() as a, db.engine.connect() as b, db.engine.connect() as c:
            for each in (a, b, c):
                each.exec_driver_sql("SELECT 1")
        other = HubDatabase(db.url)
        try:
            with other.at_once() as conn:
                conn.exec_driver_sql(
                    "SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()")
        finally:
            other.dispose()
        lost, _ = _ask(http, laptop, "")
        assert lost.status_code == 503
        assert "busy" in lost.json()["detail"]
        # The pool's other connections of that age went with the lost one: the next request
        # is answered, on a new connection.
        again, _ = _ask(http, laptop, "")
        assert again.status_code == 200, again.text
        assert HubState.model_validate_json(again.content) == _expected(pg_hub, laptop, "")


_SEQS = st.one_of(st.integers(0, 12), st.integers(0, 10**20), st.just(-1))


@pytest.mark.postgres
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_the_one_statement_answers_what_the_full_state_answers_for_any_position(
        pg_hub, enrolled_laptop, data) -> None:
    """Tokens the hub gave out, for any place in the feed (held, past its end), with their
    parts changed one at a time (another epoch, another mark, a forged MAC, a number that is
    not one), and text that is not a token at all."""
    if not hasattr(pg_hub, "_alex"):
        laptop = enrolled_laptop(pg_hub, "Alex")
        with laptop.vault.transaction() as s:
            for n in range(3):
                child = records.save_document(s, Child(given_name=f"Dafydd {n}"))
                records.add_entry(s, VisitNote(child_id=child.id, text="a note"))
        laptop.sync()
        pg_hub._alex = laptop
    laptop = pg_hub._alex
    with pg_hub.db.reading() as s:
        epoch = admin.hub_value(s, "epoch")
        head = s.execute(select(func.max(exchange.FeedEvent.seq))).scalar_one()
        seq = data.draw(st.integers(0, head + 3), label="seq")
        token = exchange.position_token(s, epoch, seq) if seq <= head else \
            exchange.position_token(s, epoch, head).replace(f".{head}.", f".{seq}.")
    parts = token.split(".")
    change = data.draw(st.sampled_from(["none", "epoch", "seq", "mark", "mac", "text"]),
                       label="change")
    if change == "epoch":
        parts[0] = data.draw(st.sampled_from(["", "other-epoch", epoch + "x"]))
    elif change == "seq":
        parts[1] = str(data.draw(_SEQS))
    elif change == "mark":
        parts[2] = data.draw(st.text("0123456789abcdef", max_size=16))
    elif change == "mac":
        parts[3] = data.draw(st.text("0123456789abcdef", min_size=64, max_size=64))
    position = ".".join(parts) if change != "text" else data.draw(
        st.text(st.characters(codec="ascii"), max_size=60))
    expected = _expected(pg_hub, laptop, position)
    nonce = f"prop-{uuid.uuid4().hex}"  # never the same twice, whatever hypothesis replays
    answer, _driver = _at_once(pg_hub.db, device_of(laptop), nonce, position)
    assert answer == expected
