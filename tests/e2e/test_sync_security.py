"""Security of sync, against a real hub over HTTPS: a laptop reads and writes only its
practitioner's caseload; replayed, tampered, unsigned, stale and oversized requests and a
second use of an enrolment code are refused; a revoked laptop wipes its store."""

from __future__ import annotations

import json
import time

import pytest
from sqlalchemy import select

from directwork.domain import codec
from directwork.domain.records import Child, VisitNote
from directwork.hub import audit
from directwork.hub.schema import AuditEvent
from directwork.store import outbox, records
from directwork.sync.client import DeviceRevoked, SyncError
from directwork.sync.protocol import MAX_BODY_BYTES
from tests.hub.harness import holdings, hub, new_laptop, sqlite_hub, tls  # noqa: F401
from tests.hub.signed import client, signed_headers


def _practitioners_a_and_b(hub, new_laptop):  # noqa: F811
    hub.add_practitioner("Alex")
    hub.add_practitioner("Bea")
    a, b = new_laptop("alex"), new_laptop("bea")
    a.enrol(hub, "Alex")
    b.enrol(hub, "Bea")
    return a, b


def test_a_laptop_can_neither_pull_nor_push_another_practitioners_child(hub, new_laptop, tls):  # noqa: F811
    a, b = _practitioners_a_and_b(hub, new_laptop)
    with b.vault.transaction() as s:
        beas_child = records.save_document(s, Child(given_name="Mali"))
    b.sync()
    # Alex's laptop pulls: nothing of Bea's child arrives
    a.sync()
    assert holdings(a) == set()
    # Alex's laptop tries to write a note into Bea's child's record
    with a.vault.transaction() as s:
        records.add_entry(s, VisitNote(child_id=beas_child.id, text="not my case"))
    result = a.sync()
    assert result.rejected and "not on your caseload" in result.rejected[0][2]
    b.sync()
    with b.vault.session() as s:
        assert records.list_entries(s, VisitNote, beas_child.id) == []


def _push_body(laptop) -> bytes:
    with laptop.vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Dafydd"))
        change = outbox.pending(s)[0]
    return json.dumps({"changes": [{
        "seq": change.seq, "kind": change.kind, "id": child.id, "child_id": child.id,
        "rev": child.rev, "base_rev": None, "merge_rev": None,
        "payload": codec.record_to_dict(child)}]}).encode()


def test_replayed_tampered_unsigned_and_stale_requests_are_refused(sqlite_hub, new_laptop, tls):  # noqa: F811
    a, _ = _practitioners_a_and_b(sqlite_hub, new_laptop)
    body = _push_body(a)
    headers = signed_headers(a, "POST", "/v1/push", body)
    with client(sqlite_hub, tls) as http:
        assert http.post("/v1/push", content=body, headers=headers).status_code == 200
        replay = http.post("/v1/push", content=body, headers=headers)
        assert replay.status_code == 401 and "replayed" in replay.json()["detail"]

        fresh = signed_headers(a, "POST", "/v1/push", body)
        tampered = http.post("/v1/push", content=body.replace(b"Dafydd", b"Dafyde"), headers=fresh)
        assert tampered.status_code == 401 and "Content-Digest" in tampered.json()["detail"]

        unsigned = http.post("/v1/push", content=body, headers={"Content-Type": "application/json"})
        assert unsigned.status_code == 401 and "not signed" in unsigned.json()["detail"]

        stale = http.post("/v1/push", content=body, headers=signed_headers(
            a, "POST", "/v1/push", body, created=int(time.time()) - 600))
        assert stale.status_code == 401 and "stale" in stale.json()["detail"]

        other_path = http.get("/v1/pull", headers=signed_headers(a, "POST", "/v1/push", b""))
        assert other_path.status_code == 401


def test_an_enrolment_code_works_once_and_not_after_it_expires(sqlite_hub, new_laptop):  # noqa: F811
    sqlite_hub.add_practitioner("Alex")
    code = sqlite_hub.enrol_code("Alex")
    first, second = new_laptop("first"), new_laptop("second")
    first.client.enrol(sqlite_hub.url, code, ca_file=str(first.tls.ca_file))
    with pytest.raises(SyncError, match="already been used"):
        second.client.enrol(sqlite_hub.url, code, ca_file=str(second.tls.ca_file))
    with pytest.raises(SyncError, match="not enrolled"):
        second.sync()
    with pytest.raises(SyncError, match="expired"):
        second.client.enrol(sqlite_hub.url, sqlite_hub.enrol_code("Alex", hours=-0.1),
                            ca_file=str(second.tls.ca_file))
    with sqlite_hub.db.reading() as s:
        refusals = s.execute(select(AuditEvent.detail).where(
            AuditEvent.action == "enrol-refused")).scalars().all()
        assert len(refusals) == 2 and "already been used" in refusals[0]
        assert audit.verify(s)[0]


def test_a_revoked_laptop_is_told_and_wipes_its_store(sqlite_hub, new_laptop):  # noqa: F811
    from directwork.hub import admin

    told: list[str] = []
    sqlite_hub.add_practitioner("Alex")
    laptop = new_laptop("alex", on_revoked=told.append)
    laptop.enrol(sqlite_hub, "Alex")
    with laptop.vault.transaction() as s:
        records.save_document(s, Child(given_name="Dafydd"))
    laptop.sync()
    laptop.vault.backup()
    with sqlite_hub.db.writing() as s:
        (device,) = admin.list_devices(s)
        admin.revoke_device(s, device.id)
    with pytest.raises(DeviceRevoked):
        laptop.sync()
    assert told and "withdrawn" in told[0]
    assert not laptop.vault.is_unlocked
    assert sorted(p.name for p in laptop.vault.root.iterdir()) == []


def test_a_laptop_revoked_while_holding_unsent_work_hands_it_in_before_it_wipes(hub, new_laptop, tls):  # noqa: F811
    """Revoked (lost, then found; or revoked by mistake) while it holds work that never
    reached the hub: what was typed is handed in to the hub's administrator before the wipe,
    never dropped unsaid, and the practitioner is told. It can do so once only."""
    from directwork.hub import admin

    told: list[str] = []
    hub.add_practitioner("Alex")
    hub.add_practitioner("Bea")
    laptop = new_laptop("alex", on_revoked=told.append)
    laptop.enrol(hub, "Alex")
    other = new_laptop("bea")
    other.enrol(hub, "Bea")
    with other.vault.transaction() as s:
        beas_child = records.save_document(s, Child(given_name="Mali"))
    other.sync()
    with laptop.vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Dafydd"))
        records.add_entry(s, VisitNote(child_id=beas_child.id, text="refused: not my case"))
    laptop.sync()
    with laptop.vault.transaction() as s:
        records.add_entry(s, VisitNote(child_id=child.id, text="typed offline, never sent"))
    headers = signed_headers(laptop, "POST", "/v1/retire", b'{"handed_in": []}')
    with hub.db.writing() as s:
        device = next(d for d in admin.list_devices(s) if d.practitioner == "Alex")
        admin.revoke_device(s, device.id)
    with pytest.raises(DeviceRevoked) as raised:
        laptop.sync()
    assert told == [str(raised.value)]
    assert "withdrawn" in told[0] and "2 changes" in told[0] and "handed in" in told[0]
    assert not laptop.vault.is_unlocked
    assert sorted(p.name for p in laptop.vault.root.iterdir()) == []
    with hub.db.reading() as s:
        kept = admin.handed_in(s)
        assert sorted(json.loads(h.payload)["text"] for h in kept) == [
            "refused: not my case", "typed offline, never sent"]
        assert all(h.device_id == device.id for h in kept)
        assert audit.verify(s)[0]
        (after,) = [d for d in admin.list_devices(s) if d.id == device.id]
        assert after.state == "revoked"
    # A second hand-in from the same key is refused, as everything else from it
    with client(hub, tls) as http:
        again = http.post("/v1/retire", content=b'{"handed_in": []}', headers=headers)
        assert again.status_code == 403 and again.json()["wipe"] is True
    with hub.db.reading() as s:
        assert len(admin.handed_in(s)) == 2


def test_oversized_and_invalid_requests_get_413_and_422_with_a_message(hub, new_laptop, tls):  # noqa: F811
    a, _ = _practitioners_a_and_b(hub, new_laptop)
    with client(hub, tls) as http:
        big = b"x" * (MAX_BODY_BYTES + 1)
        too_big = http.post("/v1/push", content=big, headers=signed_headers(a, "POST", "/v1/push", big))
        assert too_big.status_code == 413 and "larger than" in too_big.json()["detail"]
        bad = b'{"changes": [{"seq": 0}]}'
        invalid = http.post("/v1/push", content=bad, headers=signed_headers(a, "POST", "/v1/push", bad))
        assert invalid.status_code == 422 and "seq" in invalid.json()["detail"]
        # Text no database can store (a lone surrogate) is refused, not a server error
        broken = _push_body(a).replace(b"Dafydd", b"Daf\\ud800")
        refused = http.post("/v1/push", content=broken,
                            headers=signed_headers(a, "POST", "/v1/push", broken))
        assert refused.status_code == 422 and "Unicode" in refused.json()["detail"]
        code = b'{"code": "\\udfff", "public_key": "AAAA"}'
        assert http.post("/v1/enrol", content=code,
                         headers={"Content-Type": "application/json"}).status_code == 422


def test_a_vault_holding_the_demo_caseload_never_reaches_the_hub(sqlite_hub, new_laptop):  # noqa: F811
    from directwork.store import demo

    sqlite_hub.add_practitioner("Alex")
    laptop = new_laptop("alex-demo")
    with laptop.vault.transaction() as s:
        demo.generate(s, children=1, seed=1)
    with pytest.raises(SyncError, match="demo caseload"):
        laptop.enrol(sqlite_hub, "Alex")
    # Enrolled first and the demo loaded afterwards: the sync itself refuses.
    other = new_laptop("alex-later")
    other.enrol(sqlite_hub, "Alex")
    with other.vault.transaction() as s:
        demo.generate(s, children=1, seed=2)
    with pytest.raises(SyncError, match="demo caseload"):
        other.sync()
