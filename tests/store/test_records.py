"""The record services: every kind round-trips; entries are append-only; versioned documents
keep every head; each write leaves its outbox row and audit event."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from directwork.domain import records as r
from directwork.domain.records import DOCUMENT_KINDS, ENTRY_KINDS
from directwork.store import audit
from directwork.store import records as svc
from directwork.store.errors import Conflict, RecordNotFound
from directwork.store.schema import AuditEventRow, OutboxRow
from tests.support import samples


def _comparable(record: r.Record) -> dict:
    return {k: v for k, v in dataclasses.asdict(record).items()}


def test_every_record_kind_round_trips_through_the_services(vault):
    with vault.transaction() as s:
        child = svc.save_document(s, samples.child())
        saved = []
        for rec in samples.everything_for(child.id):
            saved.append(svc.save_document(s, rec) if rec.VERSIONED else svc.add_entry(s, rec))
    kinds = {type(x) for x in saved} | {r.Child}
    assert kinds == set(DOCUMENT_KINDS) | set(ENTRY_KINDS), "a record kind has no round-trip sample"
    vault.lock()
    vault.unlock("a long test passphrase")
    with vault.session() as s:
        assert _comparable(svc.get_document(s, r.Child, child.id)) == _comparable(child)
        for rec in saved:
            if rec.VERSIONED:
                back = svc.get_document(s, type(rec), rec.id)
                assert svc.list_documents(s, type(rec), child.id) == [back]
            else:
                back = svc.get_entry(s, type(rec), rec.id)
                assert svc.list_entries(s, type(rec), child.id) == [back]
            assert _comparable(back) == _comparable(rec), rec.KIND


def test_each_write_commits_with_its_outbox_row_and_audit_event(vault):
    with vault.transaction() as s:
        child = svc.save_document(s, samples.child())
        svc.add_entry(s, r.VoiceEntry(child_id=child.id, text="hello"))
    with vault.session() as s:
        assert s.execute(select(func.count()).select_from(OutboxRow)).scalar_one() == 2
        assert s.execute(select(func.count()).select_from(AuditEventRow)).scalar_one() == 2
    with pytest.raises(RuntimeError), vault.transaction() as s:
        svc.add_entry(s, r.VoiceEntry(child_id=child.id, text="never saved"))
        raise RuntimeError("crash mid-transaction")
    with vault.session() as s:
        assert s.execute(select(func.count()).select_from(OutboxRow)).scalar_one() == 2
        assert s.execute(select(func.count()).select_from(AuditEventRow)).scalar_one() == 2
        assert [e.text for e in svc.list_entries(s, r.VoiceEntry, child.id)] == ["hello"]


def test_records_carry_uuid7_ids_utc_times_author_and_device(vault):
    with vault.transaction() as s:
        child = svc.save_document(s, samples.child())
        entry = svc.add_entry(s, r.VoiceEntry(child_id=child.id, text="x"))
    for rec in (child, entry):
        assert rec.id[14] == "7", "ids are UUIDv7"
        assert rec.created_at.utcoffset().total_seconds() == 0
        assert rec.created_by == vault.practitioner_id and rec.device_id == vault.device_id


def test_a_correction_replaces_an_entry_and_a_retraction_withdraws_it(vault):
    with vault.transaction() as s:
        child = svc.save_document(s, samples.child())
        first = svc.add_entry(s, r.VoiceEntry(child_id=child.id, text="I said tuesday"))
        fixed = svc.correct_entry(s, dataclasses.replace(first, text="I said thursday"))
        other = svc.add_entry(s, r.VoiceEntry(child_id=child.id, text="wrong child's words"))
        svc.retract_entry(s, other)
    with vault.session() as s:
        assert [e.text for e in svc.list_entries(s, r.VoiceEntry, child.id)] == ["I said thursday"]
        everything = svc.list_entries(s, r.VoiceEntry, child.id, effective=False)
        assert len(everything) == 4, "nothing is edited in place or deleted"
        assert fixed.corrects_id == first.id


def test_two_diverging_revisions_of_one_plan_are_both_kept_as_heads(vault):
    with vault.transaction() as s:
        child = svc.save_document(s, samples.child())
        plan = svc.save_document(s, r.SafetyPlan(child_id=child.id, title="v1"))
    # Two edits of the same base, as two laptops would make them.
    with vault.transaction() as s:
        left = svc.save_document(s, dataclasses.replace(plan, child_section="I want to go home by 9"))
    with vault.transaction() as s:
        right = svc.save_document(s, dataclasses.replace(plan, child_section="I want my phone back"))
    with vault.session() as s:
        heads = svc.get_heads(s, r.SafetyPlan, plan.id)
        assert {h.rev for h in heads} == {left.rev, right.rev}
        assert svc.conflicted_ids(s, r.SafetyPlan) == {plan.id}
        assert len(svc.list_revisions(s, r.SafetyPlan, plan.id)) == 3
        with pytest.raises(Conflict):
            svc.get_document(s, r.SafetyPlan, plan.id, single=True)
    with vault.transaction() as s:
        merged = svc.merge_heads(
            s, dataclasses.replace(left, child_section="Home by 9, and my phone back"),
            [left.rev, right.rev])
    with vault.session() as s:
        assert [h.rev for h in svc.get_heads(s, r.SafetyPlan, plan.id)] == [merged.rev]
        assert {merged.base_rev, merged.merge_rev} == {left.rev, right.rev}
        assert svc.conflicted_ids(s, r.SafetyPlan) == set()


def test_saving_the_same_edit_twice_makes_one_revision(vault):
    with vault.transaction() as s:
        child = svc.save_document(s, samples.child())
        a = svc.save_document(s, dataclasses.replace(child, pronouns="they/them"))
        b = svc.save_document(s, dataclasses.replace(child, pronouns="they/them"))
    assert a.rev == b.rev
    with vault.session() as s:
        assert len(svc.list_revisions(s, r.Child, child.id)) == 2


def test_a_tombstone_hides_a_document_but_keeps_its_history(vault):
    with vault.transaction() as s:
        child = svc.save_document(s, samples.child())
        person = svc.save_document(s, r.Person(child_id=child.id, name="Old neighbour"))
        svc.delete_document(s, person)
    with vault.session() as s:
        assert svc.list_documents(s, r.Person, child.id) == []
        assert len(svc.list_revisions(s, r.Person, person.id)) == 2
        assert svc.get_document(s, r.Person, person.id).deleted


def test_unknown_ids_are_refused_clearly(vault):
    with vault.session() as s, pytest.raises(RecordNotFound):
        svc.get_document(s, r.SafetyPlan, "0190a0a0-0000-7000-8000-000000000000")
    with vault.transaction() as s, pytest.raises(svc.InvalidRecord):
        svc.add_entry(s, r.VoiceEntry(child_id="", text="whose?"))


def test_the_audit_chain_holds_across_transactions_and_shows_tampering(vault):
    from sqlalchemy import update

    with vault.transaction() as s:
        child = svc.save_document(s, samples.child())
        for i in range(5):
            svc.add_entry(s, r.VoiceEntry(child_id=child.id, text=str(i)))
    with pytest.raises(RuntimeError), vault.transaction() as s:
        svc.add_entry(s, r.VoiceEntry(child_id=child.id, text="rolled back"))
        raise RuntimeError
    with vault.transaction() as s:
        svc.add_entry(s, r.VoiceEntry(child_id=child.id, text="after the rollback"))
    with vault.session() as s:
        assert audit.verify_chain(s) == (True, "audit trail intact", 7)
        assert [e.action for e in audit.events_for_child(s, child.id)][-1] == "create"
    with vault.transaction() as s:
        s.execute(update(AuditEventRow).where(AuditEventRow.seq == 3).values(actor="someone else"))
    with vault.session() as s:
        ok, message, _ = audit.verify_chain(s)
        assert not ok and "event 3" in message
    assert not vault.check().ok


def test_a_released_savepoint_does_not_commit_the_outer_transaction(vault):
    with vault.transaction() as s:
        child = svc.save_document(s, samples.child(given_name="Outer"))
    with pytest.raises(RuntimeError), vault.transaction() as s:
        with s.begin_nested():  # first thing in the transaction, then released
            svc.add_entry(s, r.VoiceEntry(child_id=child.id, text="inside the savepoint"))
        with pytest.raises(ValueError), s.begin_nested():
            svc.add_entry(s, r.VoiceEntry(child_id=child.id, text="rolled back alone"))
            raise ValueError
        raise RuntimeError("the outer transaction fails")
    with vault.session() as s:
        assert svc.list_entries(s, r.VoiceEntry, child.id) == [], "releasing a savepoint committed"
        assert s.execute(select(func.count()).select_from(OutboxRow)).scalar_one() == 1


def test_events_around_a_rolled_back_savepoint_chain_on_and_the_kept_head_is_the_last(vault):
    """Each save inserts its event at once: an event a savepoint took back with it is gone
    from the chain, the next one follows the event before it, and the head kept after the
    commit (vault.head) is the chain's own last event."""
    from directwork.store.head import records_head

    with vault.transaction() as s:
        child = svc.save_document(s, samples.child(given_name="Outer"))
    with vault.transaction() as s:
        kept = svc.add_entry(s, r.VoiceEntry(child_id=child.id, text="before the savepoint"))
        with pytest.raises(ValueError), s.begin_nested():
            svc.add_entry(s, r.VoiceEntry(child_id=child.id, text="taken back"))
            svc.save_document(s, samples.child(given_name="Taken back too"))
            raise ValueError
        last = svc.add_entry(s, r.VoiceEntry(child_id=child.id, text="after the savepoint"))
    with vault.session() as s:
        ok, message, _ = audit.verify_chain(s)
        assert ok, message
        events = s.execute(select(AuditEventRow.record_id).order_by(AuditEventRow.seq)).scalars()
        assert list(events)[-2:] == [kept.id, last.id]
        assert [e.text for e in svc.list_entries(s, r.VoiceEntry, child.id)] == [
            "before the savepoint", "after the savepoint"]
        assert s.execute(select(OutboxRow.record_id).order_by(OutboxRow.seq)).scalars().all() \
            == [child.id, kept.id, last.id]
    with vault.engine.connect() as conn:
        top = records_head(conn)
    assert vault._head_file is not None
    held = vault._head_file.read()
    assert held is not None and (held.seq, held.hash) == (top.seq, top.hash)


def test_a_page_stored_at_once_equals_the_same_records_stored_one_by_one(vault, tmp_path):
    from directwork.domain import codec
    from directwork.domain.records import RECORD_KINDS
    from directwork.store import demo
    from directwork.store.keyfile import KdfParams
    from directwork.store.vault import Vault

    with vault.transaction() as s:
        demo.generate(s, children=3, seed=11)
        child = svc.list_documents(s, r.Child)[0]
        plan = svc.list_documents(s, r.SafetyPlan, child.id)[0]
        # two heads, so the batch has a conflict to keep
        svc.save_document(s, dataclasses.replace(plan, child_section="left"))
        svc.save_document(s, dataclasses.replace(plan, child_section="right"))
    with vault.session() as s:
        made = list(svc.iter_all(s, RECORD_KINDS.values()))
    one, _ = Vault.create(tmp_path / "one", "one by one passphrase", kdf=KdfParams.fast_for_tests())
    many, _ = Vault.create(tmp_path / "many", "all at once passphrase", kdf=KdfParams.fast_for_tests())
    with one.transaction() as s:
        for record in made:
            svc.store_received(s, record, enqueue=False)
    with many.transaction() as s:
        assert all(svc.store_received_many(s, made, enqueue=False))
    with many.transaction() as s:
        assert not any(svc.store_received_many(s, made[:50], enqueue=False)), "second time: all held"

    def held(v):
        with v.session() as s:
            rows = {codec.canonical_json(codec.record_to_dict(x)) for x in svc.iter_all(s, RECORD_KINDS.values())}
            heads = {(d.id, d.rev) for cls in r.DOCUMENT_KINDS
                     for d in svc.list_documents(s, cls, include_deleted=True)}
            return rows, heads, svc.conflicted_ids(s, r.SafetyPlan)

    assert held(one) == held(many)
    assert held(many)[2] == {plan.id}
    assert many.check().ok
    one.lock()
    many.lock()
