"""The push's statements, fewer and cheaper, decide what they decided: random series of
pushes (documents in branching revisions and merges, entries sent twice or with their id
taken by other content, references to records the hub lacks, children on another caseload,
numbers sent again or out of order) give the same answers and the same rows on SQLite and on
PostgreSQL, whose statements differ, and send each device the same pages; and after every push each revision is a head exactly when
no other revision of its document names it as a parent, and a change is answered "conflict"
exactly when its document then has more than one head (the rule ``push`` applied by reading
the documents back after inserting, now worked out from what it read before)."""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select
from sqlalchemy.orm import aliased

from directwork.domain.records import Child, Person, SafetyPlan, Topic, Visit, VisitNote, VoiceEntry
from directwork.hub import admin, exchange
from directwork.hub.admin import HubError
from directwork.hub.db import HubDatabase
from directwork.hub.schema import (
    AuditEvent,
    ChildCase,
    Device,
    FeedEvent,
    Inbound,
    Nonce,
    Practitioner,
    RecordCopy,
)
from directwork.store import outbox, records
from directwork.store.keyfile import KdfParams
from directwork.store.vault import Vault
from directwork.sync.protocol import PushRequest
from tests.hub.harness import PASSPHRASE, hub_database

pytestmark = pytest.mark.postgres

DEVICES = 3  # two of Alex's laptops and one of Sam's


def _changes(vault: Vault) -> list[dict[str, Any]]:
    with vault.session() as s:
        return [{"kind": c.kind, "id": c.record_id, "child_id": c.child_id, "rev": c.rev,
                 "base_rev": c.payload.get("base_rev"), "merge_rev": c.payload.get("merge_rev"),
                 "payload": c.payload} for c in outbox.pending(s)]


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """Changes to push, made on a laptop: two children; a plan in branching revisions (two
    made on one base, then merged) and a person in two; a visit and entries naming it; then
    an entry whose id is taken by other content and one whose payload fails the schema."""
    vault, _ = Vault.create(tmp_path_factory.mktemp("pool") / "laptop", PASSPHRASE,
                            practitioner_name="Alex", kdf=KdfParams.fast_for_tests())
    with vault.transaction() as s:
        for name in ("Dafydd", "Rhian"):
            child = records.save_document(s, Child(given_name=name))
            plan = records.save_document(s, SafetyPlan(child_id=child.id, title="Plan"))
            plan = records.save_document(s, SafetyPlan(id=plan.id, rev=plan.rev,
                                                       child_id=child.id, child_section="a"))
            left = records.save_document(s, SafetyPlan(id=plan.id, rev=plan.rev,
                                                       child_id=child.id, child_section="b"))
            right = records.save_document(s, SafetyPlan(id=plan.id, rev=plan.rev,
                                                        child_id=child.id, child_section="c"))
            records.save_document(s, SafetyPlan(id=plan.id, rev=left.rev, child_id=child.id,
                                                child_section="b and c"), merge_rev=right.rev)
            person = records.save_document(s, Person(child_id=child.id, name="Nain"))
            records.save_document(s, Person(id=person.id, rev=person.rev, child_id=child.id,
                                            name="Nain", relationship="grandmother"))
            visit = records.save_document(s, Visit(child_id=child.id, place="Home"))
            records.add_entry(s, VoiceEntry(child_id=child.id, topic=Topic.FEELINGS,
                                            text=f"{name}'s words", visit_id=visit.id))
            records.add_entry(s, VisitNote(child_id=child.id, text=f"A note on {name}"))
    made = _changes(vault)
    vault.lock()
    note = next(c for c in made if c["kind"] == "note")
    taken = copy.deepcopy(note)
    taken["payload"]["text"] = "other words under the same id"
    broken = copy.deepcopy(note)
    broken["id"] = broken["payload"]["id"] = str(uuid.uuid4())
    broken["payload"]["text"] = 42
    return [*made, taken, broken]


@pytest.fixture(scope="module")
def hubs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, HubDatabase]]:
    made = {backend: hub_database(backend, tmp_path_factory.mktemp(backend))
            for backend in ("sqlite", "postgres")}
    for db in made.values():
        with db.writing() as s:
            admin.add_practitioner(s, "Alex")
            admin.add_practitioner(s, "Sam")
    yield made
    for db in made.values():
        db.dispose()


def _fresh(db: HubDatabase, device_ids: list[str]) -> None:
    """The hub emptied of what an earlier example pushed, and this example's devices."""
    with db.writing() as s:
        for table in (FeedEvent, Inbound, RecordCopy, ChildCase, AuditEvent, Nonce, Device):
            s.execute(delete(table))
        for n, device_id in enumerate(device_ids):
            who = admin.find_practitioner(s, "Sam" if n == DEVICES - 1 else "Alex")
            s.add(Device(id=device_id, practitioner_id=who.id, public_key="k" * 64,
                         enrolled_at=datetime.now(UTC), confirmed_at=datetime.now(UTC)))


def _push(db: HubDatabase, device_id: str, changes: list[dict[str, Any]]) -> Any:
    with db.reading() as s:
        found = admin.device_for_request(s, device_id)
    assert found is not None
    device, practitioner = found
    raw = json.loads(json.dumps({"changes": changes, "cursor": 0}))
    request = PushRequest.model_validate(raw)
    batch = exchange.check_batch(request.changes, raw["changes"], request.skipped)
    try:
        with db.writing(shared=True) as s:
            answer = exchange.push(s, device, practitioner, batch, request.cursor)
    except HubError as exc:
        return (exc.status, exc.message)
    return [(r.seq, r.status, r.reason) for r in answer.results]


def _heads_hold(db: HubDatabase, pushed: list[dict[str, Any]], answer: Any) -> None:
    """Every revision is a head exactly when no revision of its document names it; a document
    change this push answered accepted or conflict is a conflict exactly when its document
    has more than one head now."""
    with db.reading() as s:
        rows = s.execute(select(RecordCopy.kind, RecordCopy.record_id, RecordCopy.rev,
                                RecordCopy.base_rev, RecordCopy.merge_rev,
                                RecordCopy.is_head)).all()
    parents: dict[tuple[str, str], set[str]] = {}
    for kind, record_id, _rev, base, merge, _head in rows:
        parents.setdefault((kind, record_id), set()).update(p for p in (base, merge) if p)
    heads: dict[tuple[str, str], int] = {}
    for kind, record_id, rev, _base, _merge, is_head in rows:
        assert is_head == (rev not in parents[(kind, record_id)]), (kind, record_id, rev)
        heads[(kind, record_id)] = heads.get((kind, record_id), 0) + bool(is_head)
    if not isinstance(answer, list):
        return
    by_seq = {c["seq"]: c for c in pushed}
    for seq, status, _reason in answer:
        change = by_seq[seq]
        if change["rev"] and status in ("accepted", "conflict"):
            assert (status == "conflict") == (heads[(change["kind"], change["id"])] > 1)


def _state(db: HubDatabase, device_ids: list[str]) -> dict[str, Any]:
    """Every row the pushes wrote, without what differs by database and not by decision
    (keys drawn from sequences, times, random marks, hashes over times)."""
    index = {d: n for n, d in enumerate(device_ids)}
    fed = aliased(RecordCopy)
    with db.reading() as s:
        name = dict(s.execute(select(Practitioner.id, Practitioner.name)).all())
        return {
            "records": sorted(
                (r.kind, r.record_id, r.rev, r.base_rev or "", r.merge_rev or "", r.child_id,
                 r.payload, index[r.from_device], r.is_head, r.content_hash or "")
                for r in s.execute(select(RecordCopy)).scalars()),
            "feed": [tuple(row) for row in s.execute(
                select(FeedEvent.child_id, fed.kind, fed.record_id, fed.rev,
                       FeedEvent.for_practitioner, FeedEvent.removed_from)
                .join(fed, FeedEvent.record_key == fed.key).order_by(FeedEvent.seq))],
            "inbound": sorted(
                (index[i.device_id], i.seq, i.status, i.reason, i.body, i.digest or "")
                for i in s.execute(select(Inbound)).scalars()),
            "cases": sorted((child_id, name[practitioner_id]) for child_id, practitioner_id
                            in s.execute(select(ChildCase.child_id, ChildCase.practitioner_id))),
            "devices": sorted((index[d.id], d.last_seq, d.pulled_to, d.served_to)
                              for d in s.execute(select(Device)).scalars()),
            "audit": [(name.get(a.actor, a.actor), index.get(a.device_id, -1), a.action, a.detail)
                      for a in s.execute(select(AuditEvent).order_by(AuditEvent.seq))
                      .scalars()],
        }


def _pages(db: HubDatabase, device_ids: list[str]) -> list[Any]:
    """What each device is sent, a few records a page, with and without what it pushed itself
    (feed numbers left out: they differ by database); each record sent is the one stored, and
    each page's position the one ``position_token`` gives."""
    with db.reading() as s:
        stored = {(r.kind, r.record_id, r.rev): r.payload
                  for r in s.execute(select(RecordCopy)).scalars()}
    sent: list[Any] = []
    for device_id in device_ids:
        with db.reading() as s:
            found = admin.device_for_request(s, device_id)
        assert found is not None
        for own in (False, True):
            cursor, more = 0, True
            while more:
                with db.reading() as s:
                    page = exchange.read_page(s, found[0], found[1], cursor, 3, own=own)
                    assert page.epoch == admin.hub_value(s, "epoch")
                    assert page.position == exchange.position_token(s, page.epoch, page.cursor)
                for kind, record_id, _child, rev, payload in page.changes:
                    assert payload == stored[(kind, record_id, rev or "")]
                sent.append((page.changes, page.removed_children, page.more))
                cursor, more = page.cursor, page.more
    return sent


def _pushed(db: HubDatabase, device_ids: list[str], script: list[tuple[int, list[int], int]],
            pool: list[dict[str, Any]]) -> list[Any]:
    """``script``'s pushes (``_PUSH``) into a fresh hub, each checked for the heads rule: the
    answers."""
    _fresh(db, device_ids)
    answers = []
    for device, picks, shift in script:
        with db.reading() as s:
            last = s.get(Device, device_ids[device]).last_seq  # type: ignore[union-attr]
        start = max(1, last + 1 + shift)
        changes = [{**pool[pick % len(pool)], "seq": start + n} for n, pick in enumerate(picks)]
        answer = _push(db, device_ids[device], changes)
        _heads_hold(db, changes, answer)
        answers.append(answer)
    return answers


# One push: which device sends it, which changes of the pool (by index, maybe one twice),
# and where its numbers start: after the last the hub holds (0), some numbers back (sent
# again, maybe for other changes), or one too far (a gap, refused whole).
_PUSH = st.tuples(st.integers(0, DEVICES - 1),
                  st.lists(st.integers(0, 10_000), min_size=1, max_size=8),
                  st.sampled_from([0, 0, 0, -1, -3, 1]))


def test_random_pushes_answer_and_store_alike_on_both_databases_and_keep_the_heads_rule(
        pool: list[dict[str, Any]], hubs: dict[str, HubDatabase]) -> None:
    @given(script=st.lists(_PUSH, min_size=1, max_size=8))
    @settings(max_examples=60, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture,
                                     HealthCheck.too_slow])
    def alike(script: list[tuple[int, list[int], int]]) -> None:
        device_ids = [str(uuid.uuid4()) for _ in range(DEVICES)]
        answers: dict[str, list[Any]] = {}
        for backend, db in hubs.items():
            answers[backend] = _pushed(db, device_ids, script, pool)
        assert answers["sqlite"] == answers["postgres"]
        assert _state(hubs["sqlite"], device_ids) == _state(hubs["postgres"], device_ids)
        assert _pages(hubs["sqlite"], device_ids) == _pages(hubs["postgres"], device_ids)

    alike()


def test_the_pool_makes_every_answer_a_push_can_give(pool: list[dict[str, Any]],
                                                     hubs: dict[str, HubDatabase]) -> None:
    """The pool reaches every outcome the random test compares: accepted, duplicate,
    conflict, refused for each reason, a number used for something else, a gap."""
    db = hubs["postgres"]
    device_ids = [str(uuid.uuid4()) for _ in range(DEVICES)]
    _fresh(db, device_ids)
    merges = [c for c in pool if c["merge_rev"]]
    every = [{**c, "seq": n + 1} for n, c in enumerate(c for c in pool if not c["merge_rev"])]
    first = _push(db, device_ids[0], every)
    statuses = {status for _seq, status, _reason in first}
    assert {"accepted", "conflict", "rejected"} <= statuses
    reasons = {reason for _seq, status, reason in first if status == "rejected"}
    assert any("already on the hub with other content" in r for r in reasons)
    assert any(r.startswith("payload") for r in reasons)
    merged = _push(db, device_ids[0], [{**c, "seq": len(every) + n + 1}
                                       for n, c in enumerate(merges)])
    assert merged and {status for _seq, status, _reason in merged} == {"accepted"}
    again = _push(db, device_ids[1], [{**c, "seq": n + 1} for n, c in enumerate(pool[:3])])
    assert {status for _seq, status, _reason in again} == {"duplicate"}
    sams = _push(db, device_ids[2], [{**pool[0], "seq": 1}])
    assert sams == [(1, "rejected", "this child is not on your caseload")]
    reused = _push(db, device_ids[0], [{**pool[1], "seq": 1}])
    assert reused == [(1, "rejected", "number 1 was already used for another change")]
    assert _push(db, device_ids[0], [{**pool[0], "seq": len(pool) + 5}])[0] == 409
    orphan = next(c for c in pool if c["kind"] == "voice")
    _fresh(db, device_ids)
    child = next(c for c in pool if c["kind"] == "child" and c["id"] == orphan["child_id"])
    refused = _push(db, device_ids[0], [{**child, "seq": 1}, {**orphan, "seq": 2}])
    assert refused[0][1] == "accepted"
    assert refused[1][1] == "rejected" and "visit" in refused[1][2]


def test_pushes_that_prune_answer_and_store_alike_too(pool: list[dict[str, Any]],
                                                      hubs: dict[str, HubDatabase]) -> None:
    """On PostgreSQL a push whose pruning is due writes its rows one statement at a time,
    the feed from the keys the records' insert returned (any other writes them with the
    appends and the commit, the feed taking the keys in the database): random series pushed
    with every push pruning there answer and store what SQLite's do."""
    @given(script=st.lists(_PUSH, min_size=1, max_size=6))
    @settings(max_examples=20, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture,
                                     HealthCheck.too_slow])
    def alike(script: list[tuple[int, list[int], int]]) -> None:
        device_ids = [str(uuid.uuid4()) for _ in range(DEVICES)]
        answers: dict[str, list[Any]] = {}
        for backend, db in hubs.items():
            with pytest.MonkeyPatch.context() as patch:
                if backend == "postgres":
                    patch.setattr(exchange, "_due", lambda _last, _now: True)
                answers[backend] = _pushed(db, device_ids, script, pool)
        assert answers["sqlite"] == answers["postgres"]
        assert _state(hubs["sqlite"], device_ids) == _state(hubs["postgres"], device_ids)

    alike()
