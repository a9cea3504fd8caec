"""Pushes and pulls side by side on PostgreSQL (``db.writing(shared=True)``): the hub-wide
lock is held shared, each push locks what it names, and the feed and the audit log are
appended to under the tail lock. These tests check what that must keep: no change lost or
stored twice, feed numbers in an order where nothing comes before what it names, one audit
chain, a conflict still found when two laptops change one plan at the same moment, and an
exclusive writer (the administrator's commands) still alone."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import func, select

from directwork.domain.records import Child, SafetyPlan, Topic, Visit, VisitNote, VoiceEntry
from directwork.hub import audit
from directwork.hub.db import HubDatabase, hold_tail
from directwork.hub.schema import FeedEvent, Inbound, RecordCopy
from directwork.store import outbox, records
from tests.hub.harness import Laptop, holdings, hub_database

pytestmark = pytest.mark.postgres


def _at_once(jobs: list, timeout: float = 120) -> list:
    """Run each job on its own thread, all released together; their results in order."""
    barrier = threading.Barrier(len(jobs))
    results: list = [None] * len(jobs)
    errors: list[BaseException] = []

    def run(i: int) -> None:
        barrier.wait()
        try:
            results[i] = jobs[i]()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout)
    assert not errors, errors
    return results


def _caseload(laptop: Laptop, seed: int, entries: int) -> str:
    """A child with a plan in three revisions, two visits and ``entries`` entries, some of
    them naming a visit (so the feed must bring the visit first)."""
    with laptop.vault.transaction() as s:
        child = records.save_document(s, Child(given_name=f"Child {seed}"))
        plan = records.save_document(s, SafetyPlan(child_id=child.id, title="Plan"))
        for n in range(2):
            plan = records.save_document(s, SafetyPlan(id=plan.id, rev=plan.rev,
                                                       child_id=child.id, child_section=f"v{n}"))
        visits = [records.save_document(s, Visit(child_id=child.id, place=f"Home {v}"))
                  for v in range(2)]
        for e in range(entries):
            if e % 2:
                records.add_entry(s, VoiceEntry(child_id=child.id, topic=Topic.FEELINGS,
                                                text=f"words {seed}-{e}",
                                                visit_id=visits[e // 2 % 2].id))
            else:
                records.add_entry(s, VisitNote(child_id=child.id, text=f"note {seed}-{e}"))
    return child.id


def _more(laptop: Laptop, child_id: str, seed: int) -> None:
    """More on the laptop's own child: an entry and a plan revision."""
    with laptop.vault.transaction() as s:
        for plan in records.list_documents(s, SafetyPlan, child_id):
            records.add_entry(s, VisitNote(child_id=plan.child_id, text=f"later {seed}"))
            records.save_document(s, SafetyPlan(id=plan.id, rev=plan.rev, child_id=plan.child_id,
                                                child_section=f"later {seed}"))


def test_pushes_side_by_side_lose_nothing_store_nothing_twice_and_keep_the_feed_in_order(
        pg_hub, new_laptop) -> None:
    laptops: list[Laptop] = []
    children: list[str] = []
    for p in range(3):
        pg_hub.add_practitioner(f"Worker {p}")
        for n in range(2):
            laptop = new_laptop(f"w{p}-{n}")
            laptop.enrol(pg_hub, f"Worker {p}")
            children.append(_caseload(laptop, seed=p * 10 + n, entries=30))
            laptops.append(laptop)
    for round_ in range(3):
        results = _at_once([laptop.sync for laptop in laptops])
        assert all(r.complete and not r.rejected for r in results), results
        assert all(set(r.pushed) == {"accepted"} for r in results), [r.pushed for r in results]
        for laptop, child_id in zip(laptops, children, strict=True):
            _more(laptop, child_id, seed=round_)
    _at_once([laptop.sync for laptop in laptops])
    _at_once([laptop.sync for laptop in laptops])  # each brings its partner's last changes

    sent = 0
    for laptop in laptops:
        with laptop.vault.session() as s:
            assert outbox.pending_count(s) == 0
            sent += s.execute(select(func.count()).select_from(outbox.OutboxRow)).scalar_one()
    with pg_hub.db.reading() as s:
        kept = s.execute(select(func.count()).select_from(RecordCopy)).scalar_one()
        inbound = s.execute(select(Inbound.status, func.count()).group_by(Inbound.status)).all()
        feed = s.execute(select(FeedEvent.seq, FeedEvent.record_key).order_by(FeedEvent.seq)).all()
        rows = s.execute(select(RecordCopy.key, RecordCopy.kind, RecordCopy.record_id,
                                RecordCopy.rev, RecordCopy.base_rev, RecordCopy.child_id,
                                RecordCopy.payload)).all()
        chain_ok, why, _count = audit.verify(s)
    # Every change each laptop made arrived once, was accepted, and is stored once.
    assert dict(inbound) == {"accepted": sent}
    assert kept == sent
    # Each record is in the feed exactly once, and the feed's numbers are all different.
    keys = [key for _seq, key in feed]
    assert len(keys) == len(set(keys)) == kept
    assert [seq for seq, _ in feed] == sorted({seq for seq, _ in feed})
    # Nothing comes before what it names: a record after its child, a plan revision after
    # the one it was made from, an entry after the visit it names.
    at = {key: n for n, (_seq, key) in enumerate(feed)}
    place = {(kind, record_id, rev): at[key] for key, kind, record_id, rev, *_ in rows}
    child_at = {record_id: at[key] for key, kind, record_id, *_ in rows if kind == "child"}
    visit_at = {record_id: at[key] for key, kind, record_id, *_ in rows if kind == "visit"}
    for key, kind, record_id, _rev, base_rev, child_id, payload in rows:
        if kind != "child":
            assert child_at[child_id] < at[key]
        if base_rev:
            assert place[(kind, record_id, base_rev)] < at[key]
        visit = '"visit_id":"'
        if kind != "visit" and visit in payload:
            named = payload.split(visit, 1)[1].split('"', 1)[0]
            assert visit_at[named] < at[key]
    assert chain_ok, why
    # And each practitioner's laptops now hold the same records: everything both sent.
    for first, second in zip(laptops[::2], laptops[1::2], strict=True):
        assert holdings(first) == holdings(second)


def test_two_laptops_changing_one_plan_at_the_same_moment_still_make_a_conflict(
        pg_hub, new_laptop) -> None:
    pg_hub.add_practitioner("Alex")
    one, two = new_laptop("alex-1"), new_laptop("alex-2")
    for laptop in (one, two):
        laptop.enrol(pg_hub, "Alex")
    with one.vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Dafydd"))
        plan = records.save_document(s, SafetyPlan(child_id=child.id, title="Plan"))
    one.sync()
    two.sync()
    for attempt in range(4):
        for laptop in (one, two):
            with laptop.vault.transaction() as s:
                base = records.get_heads(s, SafetyPlan, plan.id)
                assert len(base) == 1
                records.save_document(s, SafetyPlan(id=plan.id, rev=base[0].rev,
                                                    child_id=child.id,
                                                    child_section=f"{id(laptop)} {attempt}"))
        results = _at_once([one.sync, two.sync])
        # One of the two came first and was accepted; the other found it and is a conflict.
        statuses = sorted(s for r in results for s in r.pushed)
        assert statuses == ["accepted", "conflict"], [r.pushed for r in results]
        with pg_hub.db.reading() as s:
            heads = s.execute(select(func.count()).select_from(RecordCopy).where(
                RecordCopy.record_id == plan.id, RecordCopy.is_head.is_(True))).scalar_one()
        assert heads == 2
        # Resolve on one laptop (a merge of both heads), so the next round starts from one.
        one.sync()
        two.sync()
        with one.vault.transaction() as s:
            heads_here = records.get_heads(s, SafetyPlan, plan.id)
            assert len(heads_here) == 2
            records.merge_heads(s, SafetyPlan(id=plan.id, child_id=child.id,
                                              child_section=f"merged {attempt}"),
                                [h.rev for h in heads_here])
        one.sync()
        two.sync()


def test_shared_writers_work_side_by_side_and_append_one_at_a_time(tmp_path) -> None:
    db: HubDatabase = hub_database("postgres", tmp_path)
    try:
        first_in, release_first = threading.Event(), threading.Event()
        order: list[str] = []

        def first() -> None:
            with db.writing(shared=True) as s:
                hold_tail(s)
                s.add(FeedEvent(child_id="c1", removed_from="p"))
                s.flush()
                first_in.set()
                release_first.wait(10)
                order.append("first commits")

        def second() -> None:
            first_in.wait(10)
            with db.writing(shared=True) as s:
                order.append("second works")  # beside the first: not waiting for it
                hold_tail(s)  # but its append waits for the first to commit
                order.append("second appends")
                s.add(FeedEvent(child_id="c2", removed_from="p"))

        def alone() -> None:
            first_in.wait(10)
            time.sleep(0.2)
            with db.writing() as s:  # an exclusive writer waits for every shared one
                order.append("exclusive writes")
                s.add(FeedEvent(child_id="c3", removed_from="p"))

        threads = [threading.Thread(target=f) for f in (first, second, alone)]
        for t in threads:
            t.start()
        first_in.wait(10)
        time.sleep(0.6)
        assert order == ["second works"]
        release_first.set()
        for t in threads:
            t.join(20)
        assert order == ["second works", "first commits", "second appends", "exclusive writes"]
        with db.reading() as s:
            numbered = s.execute(select(FeedEvent.child_id).order_by(FeedEvent.seq)).scalars().all()
        assert numbered == ["c1", "c2", "c3"]
    finally:
        release_first.set()
        db.dispose()
