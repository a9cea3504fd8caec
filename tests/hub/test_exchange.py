"""Push and pull on a real hub: each change kept as it came, a retry is harmless, gaps are
refused, the feed is read in pages by cursor, and an interrupted pull starts its page again."""

from __future__ import annotations

import dataclasses
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from directwork.domain.records import Child, SafetyPlan, VisitNote
from directwork.hub.schema import FeedEvent, Inbound, RecordCopy
from directwork.store import outbox, records, sync_state
from directwork.sync.client import SyncError, SyncResult, _Signed
from tests.hub.signed import client, signed_headers


def _body(changes: list[outbox.OutboxChange]) -> bytes:
    return json.dumps({"changes": [{
        "seq": c.seq, "kind": c.kind, "id": c.record_id, "child_id": c.child_id, "rev": c.rev,
        "base_rev": c.payload.get("base_rev"), "merge_rev": c.payload.get("merge_rev"),
        "payload": c.payload} for c in changes]}).encode()


def _push(http, laptop, body: bytes):
    return http.post("/v1/push", content=body, headers=signed_headers(laptop, "POST", "/v1/push", body))


def test_a_retried_push_is_answered_duplicate_and_stored_once(sqlite_hub, alex, tls) -> None:
    with alex.vault.session() as s:
        changes = outbox.pending(s)
    body = _body(changes)
    with client(sqlite_hub, tls) as http:
        first = _push(http, alex, body).json()
        again = _push(http, alex, body).json()
    assert [r["status"] for r in first["results"]] == ["accepted"] * 5
    assert [r["status"] for r in again["results"]] == ["duplicate"] * 5
    with sqlite_hub.db.reading() as s:
        assert s.execute(select(func.count()).select_from(RecordCopy)).scalar() == 5
        assert s.execute(select(func.count()).select_from(FeedEvent)).scalar() == 5


def test_a_gap_in_numbers_is_refused_and_nothing_is_kept(sqlite_hub, alex, tls) -> None:
    with alex.vault.session() as s:
        changes = outbox.pending(s)
    with client(sqlite_hub, tls) as http:
        answer = _push(http, alex, _body(changes[2:]))
    assert answer.status_code == 409
    # An RFC 9457 problem answer, with the number the hub expects next.
    assert answer.headers["content-type"] == "application/problem+json"
    problem = answer.json()
    assert (problem["type"], problem["title"], problem["status"]) == ("about:blank", "Conflict", 409)
    assert problem["expected_seq"] == changes[0].seq
    assert f"expected number {changes[0].seq}" in problem["detail"]
    with sqlite_hub.db.reading() as s:
        assert s.execute(select(func.count()).select_from(Inbound)).scalar() == 0


def test_each_change_is_kept_exactly_as_sent_even_when_rejected(sqlite_hub, alex, tls) -> None:
    with alex.vault.session() as s:
        changes = outbox.pending(s)
    forged = dataclasses.replace(changes[1], payload={**changes[1].payload, "text": "changed"})
    forged_rev = dataclasses.replace(changes[0], payload={**changes[0].payload, "given_name": "X"})
    body = _body([forged_rev, forged])
    with client(sqlite_hub, tls) as http:
        results = _push(http, alex, body).json()["results"]
    # A revision whose content does not match its id is refused; the note (an entry has no
    # revision to check) names that child, which the hub does not hold: refused with it.
    assert [r["status"] for r in results] == ["rejected", "rejected"]
    assert "revision id" in results[0]["reason"]
    assert "child_id: names the child" in results[1]["reason"]
    assert "itself refused" in results[1]["reason"]
    with sqlite_hub.db.reading() as s:
        kept = s.execute(select(Inbound).order_by(Inbound.seq)).scalars().all()
    sent = json.loads(body)["changes"]
    assert [json.loads(k.body) for k in kept] == sent
    assert [k.status for k in kept] == ["rejected", "rejected"]


def test_the_feed_is_read_in_pages_and_the_cursor_only_moves_with_a_committed_page(
        sqlite_hub, alex, new_laptop, monkeypatch) -> None:
    alex.sync()
    # A commit for each page (pages_per_commit=1), as when the hub is slower than storing.
    other = new_laptop("alex-2", page_size=2, pages_per_commit=1)
    other.enrol(sqlite_hub, "Alex")
    # The third page fails to store: the first two pages and their cursor are kept, the
    # third page's records are not, and the cursor stays at the end of page two.
    calls = {"n": 0}
    real = sync_state.store_many

    def failing(session, page, **kw):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk full")
        return real(session, page, **kw)

    monkeypatch.setattr(sync_state, "store_many", failing)
    with pytest.raises(OSError):
        other.sync()
    with other.vault.session() as s:
        assert len(records.list_entries(s, VisitNote)) == 3
    halfway = sync_state.cursor(other.vault)
    assert halfway > 0
    monkeypatch.setattr(sync_state, "store_many", real)
    result = other.sync()
    assert result.pulled == 1 and result.complete
    with other.vault.session() as s:
        assert len(records.list_entries(s, VisitNote)) == 4


def test_pages_stored_together_are_kept_together_with_their_cursor(
        sqlite_hub, alex, new_laptop, monkeypatch) -> None:
    alex.sync()
    other = new_laptop("alex-2", page_size=2, pages_per_commit=3)
    other.enrol(sqlite_hub, "Alex")
    stored_together: list[list[int]] = []
    real_pages, real_store = sync_state.apply_pages, sync_state.store_many
    calls = {"n": 0}

    def noting(vault, pages, **kw):
        stored_together.append([page.cursor for page in pages])
        return real_pages(vault, pages, **kw)

    def failing(session, page, **kw):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk full")
        return real_store(session, page, **kw)

    monkeypatch.setattr(sync_state, "apply_pages", noting)
    monkeypatch.setattr(sync_state, "store_many", failing)
    with pytest.raises(OSError):
        other.sync()
    # However the pages arrived, the transaction that failed left none of its pages: the
    # cursor is at the end of the pages committed before it, and exactly their records are here.
    assert 1 <= len(stored_together[-1]) <= 3
    committed = [cursor for batch in stored_together[:-1] for cursor in batch]
    assert sync_state.cursor(other.vault) == (committed[-1] if committed else 0)
    with other.vault.session() as s:
        here = len(records.list_entries(s, VisitNote))
    assert here == (0 if not committed else 3 if len(committed) >= 2 else 1)
    monkeypatch.setattr(sync_state, "store_many", real_store)
    result = other.sync()
    assert result.complete
    with other.vault.session() as s:
        assert len(records.list_entries(s, VisitNote)) == 4
    assert all(len(batch) <= 3 for batch in stored_together)


def test_a_pull_never_overwrites_an_edit_waiting_to_go_up(sqlite_hub, alex, new_laptop) -> None:
    alex.sync()
    other = new_laptop("alex-2")
    other.enrol(sqlite_hub, "Alex")
    with alex.vault.transaction() as s:
        plan = records.save_document(s, SafetyPlan(child_id=records.list_documents(s, Child)[0].id))
    alex.sync()
    other.sync()
    with alex.vault.transaction() as s:
        mine = records.save_document(s, dataclasses.replace(plan, child_section="mine"))
    with other.vault.transaction() as s:
        records.save_document(s, dataclasses.replace(plan, child_section="theirs"))
    other.sync()
    # Alex's laptop pulls without pushing first: its own edit stays, beside the other one.
    enrolled = sync_state.enrolment(alex.vault)
    with alex.client._http(enrolled.hub_url, enrolled.ca_file) as http:
        signed = _Signed(http, Ed25519PrivateKey.from_private_bytes(enrolled.private_key),
                         enrolled.device_id, alex.client)
        alex.client._pull(signed, SyncResult(), lambda *_: None)
    with alex.vault.session() as s:
        heads = records.get_heads(s, SafetyPlan, plan.id)
        assert sorted(h.child_section for h in heads) == ["mine", "theirs"]
        assert [c.rev for c in outbox.pending(s)] == [mine.rev]


def test_sync_without_enrolment_says_so(new_laptop) -> None:
    laptop = new_laptop("lonely")
    with pytest.raises(SyncError, match="not enrolled"):
        laptop.sync()


def test_pull_pages_come_compressed(sqlite_hub, alex, new_laptop, tls) -> None:
    alex.sync()
    second = new_laptop("alex-2")
    second.enrol(sqlite_hub, "Alex")
    with client(sqlite_hub, tls) as http:
        other = signed_headers(second, "GET", "/v1/pull", b"", "cursor=0")
        answer = http.get("/v1/pull", params={"cursor": "0"},
                          headers={**other, "Accept-Encoding": "gzip"})
    assert answer.status_code == 200
    assert answer.headers.get("content-encoding") == "gzip"
    assert len(answer.json()["changes"]) == 5


def test_a_number_reused_for_another_change_is_refused_not_called_a_duplicate(
        sqlite_hub, alex, tls) -> None:
    with alex.vault.session() as s:
        changes = outbox.pending(s)
    other = dataclasses.replace(changes[1], payload={**changes[1].payload, "text": "different"})
    with client(sqlite_hub, tls) as http:
        _push(http, alex, _body(changes[:2]))
        results = _push(http, alex, _body([changes[0], other])).json()["results"]
    assert [r["status"] for r in results] == ["duplicate", "rejected"]
    assert "already used" in results[1]["reason"]


def test_a_hub_restored_from_an_older_backup_gets_the_lost_changes_again(sqlite_hub, alex) -> None:
    from sqlalchemy import delete, update

    from directwork.hub.schema import Device

    alex.sync()
    # The hub loses everything after the laptop's second change (restored from a backup)
    with sqlite_hub.db.writing() as s:
        lost = s.execute(select(RecordCopy.key).where(RecordCopy.key > 2)).scalars().all()
        s.execute(delete(FeedEvent).where(FeedEvent.record_key.in_(lost)))
        s.execute(delete(RecordCopy).where(RecordCopy.key.in_(lost)))
        s.execute(delete(Inbound).where(Inbound.seq > 2))
        s.execute(update(Device).values(last_seq=2))
    with alex.vault.transaction() as s:
        child = records.list_documents(s, Child)[0]
        records.add_entry(s, VisitNote(child_id=child.id, text="after the restore"))
    result = alex.sync()
    assert result.complete
    with sqlite_hub.db.reading() as s:
        assert s.execute(select(func.count()).select_from(RecordCopy)).scalar() == 6


def test_the_feed_is_read_in_windows_that_skip_other_caseloads(
        sqlite_hub, alex, new_laptop, monkeypatch) -> None:
    from directwork.hub import exchange

    sqlite_hub.add_practitioner("Bea")
    bea = new_laptop("bea")
    bea.enrol(sqlite_hub, "Bea")
    with bea.vault.transaction() as s:
        beas = records.save_document(s, Child(given_name="Mali"))
        for n in range(12):
            records.add_entry(s, VisitNote(child_id=beas.id, text=f"bea {n}"))
    bea.sync()
    alex.sync()
    # Tiny windows, few per request: Alex's second laptop must ask several times, moving past
    # Bea's records without receiving them, and still get all of Alex's.
    monkeypatch.setattr(exchange, "WINDOW", 3)
    monkeypatch.setattr(exchange, "MAX_WINDOWS", 2)
    second = new_laptop("alex-2", page_size=2)
    second.enrol(sqlite_hub, "Alex")
    assert second.sync().complete
    with second.vault.session() as s:
        assert [c.given_name for c in records.list_documents(s, Child)] == ["Dafydd"]
        assert len(records.list_entries(s, VisitNote)) == 4
