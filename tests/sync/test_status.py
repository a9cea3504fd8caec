"""What each record shows about where it is, and the status line's figures."""

from __future__ import annotations

from directwork.domain.records import Child, VisitNote
from directwork.store import records
from directwork.sync import status
from tests.hub.harness import new_laptop, sqlite_hub, tls  # noqa: F401


def test_a_record_goes_from_saved_on_laptop_to_waiting_to_on_the_hub(sqlite_hub, new_laptop):  # noqa: F811
    laptop = new_laptop("alex")
    with laptop.vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Dafydd"))
    with laptop.vault.session() as s:
        assert status.record_sync_state(s, "child", child.id) == status.SAVED_ON_LAPTOP
        assert status.sync_summary(s).last_synced is None
    sqlite_hub.add_practitioner("Alex")
    laptop.enrol(sqlite_hub, "Alex")
    with laptop.vault.session() as s:
        assert status.record_sync_state(s, "child", child.id) == status.WAITING
        assert status.sync_summary(s).pending == 1
    laptop.sync()
    with laptop.vault.session() as s:
        assert status.record_sync_state(s, "child", child.id) == status.ON_HUB
        summary = status.sync_summary(s)
        assert summary.pending == 0 and summary.last_synced is not None


def test_a_change_the_hub_refused_needs_attention(sqlite_hub, new_laptop):  # noqa: F811
    sqlite_hub.add_practitioner("Alex")
    sqlite_hub.add_practitioner("Bea")
    alex, bea = new_laptop("alex"), new_laptop("bea")
    alex.enrol(sqlite_hub, "Alex")
    bea.enrol(sqlite_hub, "Bea")
    with bea.vault.transaction() as s:
        beas = records.save_document(s, Child(given_name="Mali"))
    bea.sync()
    with alex.vault.transaction() as s:
        note = records.add_entry(s, VisitNote(child_id=beas.id, text="wrong child"))
    alex.sync()
    with alex.vault.session() as s:
        assert status.record_sync_state(s, "note", note.id) == status.NEEDS_ATTENTION
        assert status.sync_summary(s).needs_attention == 1


def test_sync_reports_its_progress_for_the_progress_bar(sqlite_hub, new_laptop):  # noqa: F811
    sqlite_hub.add_practitioner("Alex")
    laptop = new_laptop("alex", push_batch=2)
    laptop.enrol(sqlite_hub, "Alex")
    with laptop.vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Dafydd"))
        for n in range(4):
            records.add_entry(s, VisitNote(child_id=child.id, text=f"note {n}"))
    seen: list[tuple[str, int, int | None]] = []
    laptop.client.sync(progress=lambda stage, done, total: seen.append((stage, done, total)))
    assert [s for s in seen if s[0] == "push"] == [
        ("push", 0, 5), ("push", 2, 5), ("push", 4, 5), ("push", 5, 5)]
    assert seen[-1][0] == "pull"


def test_the_status_line_stops_counting_a_conflict_once_it_is_merged(vault):
    import dataclasses

    with vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Mali"))
        left = records.save_document(s, dataclasses.replace(child, pronouns="she/her"))
        right = records.save_document(s, dataclasses.replace(child, pronouns="they/them"))
    with vault.session() as s:
        assert status.sync_summary(s).needs_attention == 1
    with vault.transaction() as s:
        records.merge_heads(s, dataclasses.replace(left, pronouns="she/they"), [left.rev, right.rev])
    with vault.session() as s:
        assert status.sync_summary(s).needs_attention == 0


def test_a_childs_records_states_at_once_agree_with_each_records_own(sqlite_hub, new_laptop):  # noqa: F811
    import dataclasses

    sqlite_hub.add_practitioner("Alex")
    laptop = new_laptop("alex-states")
    with laptop.vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Ifan"))
        note = records.add_entry(s, VisitNote(child_id=child.id, text="before enrolling"))
    with laptop.vault.session() as s:
        before = status.child_record_states(s, child.id)
        assert before.words(note.id) == "saved on this laptop"
    laptop.enrol(sqlite_hub, "Alex")
    laptop.sync()
    with laptop.vault.transaction() as s:
        later = records.add_entry(s, VisitNote(child_id=child.id, text="after syncing"))
        left = records.save_document(s, dataclasses.replace(child, pronouns="he/him"))
        records.save_document(s, dataclasses.replace(child, pronouns="they/them"))
    with laptop.vault.session() as s:
        states = status.child_record_states(s, child.id)
        for record_id in (note.id, later.id, child.id):
            kind = "note" if record_id != child.id else "child"
            assert states.of(record_id) == status.record_sync_state(s, kind, record_id)
        assert states.words(note.id) == "on the team hub"
        assert states.words(later.id) == "waiting to sync"
        assert states.words(left.id) == "needs attention"
