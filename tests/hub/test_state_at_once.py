"""A sync with nothing to do asks only GET /state. On PostgreSQL, once a device's key is known
to the hub process, it is answered in one statement (``exchange.state_at_once``); otherwise,
and on SQLite, in one transaction. Both must answer what ``exchange.state`` answers, claim
the nonce once, and refuse what the full check refuses."""

from __future__ import annotations

from sqlalchemy import func, select

from directwork.domain.records import Child, VisitNote
from directwork.hub import admin, exchange
from directwork.hub.schema import AuditEvent
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
