"""Two laptops and a hub over HTTPS (a CA the test made), on SQLite and on PostgreSQL: offline
edits on both, then sync, and both hold the same records; concurrent edits of one plan keep
both heads everywhere until a merge makes one head everywhere."""

from __future__ import annotations

import dataclasses

from directwork.domain.records import Child, SafetyPlan, VisitNote, VoiceEntry
from directwork.store import records
from directwork.sync import status
from tests.hub.harness import holdings, hub, new_laptop, tls  # noqa: F401


def _two_laptops_of_one_practitioner(hub, new_laptop):  # noqa: F811
    hub.add_practitioner("Sam Practitioner", team="North")
    a, b = new_laptop("a"), new_laptop("b")
    a.enrol(hub, "Sam Practitioner")
    b.enrol(hub, "Sam Practitioner")
    return a, b


def test_offline_edits_on_two_laptops_end_up_the_same_on_both(hub, new_laptop) -> None:  # noqa: F811
    a, b = _two_laptops_of_one_practitioner(hub, new_laptop)
    # Given each laptop records things offline
    with a.vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Dafydd"))
        records.add_entry(s, VoiceEntry(child_id=child.id, text="I want to stay at Nan's"))
    with b.vault.transaction() as s:
        other = records.save_document(s, Child(given_name="Mali"))
        records.add_entry(s, VisitNote(child_id=other.id, text="Walked to the park"))
    # When both sync (a, b, then a again to collect b's)
    first = a.sync()
    b.sync()
    a.sync()
    # Then both hold exactly the same records, and nothing is left waiting
    assert first.complete and first.pushed == {"accepted": 2}
    assert holdings(a) == holdings(b)
    assert len(holdings(a)) == 4
    with a.vault.session() as s:
        assert status.record_sync_state(s, "child", other.id) == status.ON_HUB
        assert status.sync_summary(s).pending == 0


def test_concurrent_plan_edits_keep_both_heads_then_a_merge_is_one_head_everywhere(
        hub, new_laptop) -> None:  # noqa: F811
    a, b = _two_laptops_of_one_practitioner(hub, new_laptop)
    with a.vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Dafydd"))
        plan = records.save_document(s, SafetyPlan(child_id=child.id, title="Weekends"))
    a.sync()
    b.sync()
    # Both laptops change the same revision of the plan while offline
    with a.vault.transaction() as s:
        records.save_document(s, dataclasses.replace(plan, child_section="Call Nan"))
    with b.vault.transaction() as s:
        records.save_document(s, dataclasses.replace(plan, child_section="Go to the youth club"))
    a.sync()
    second = b.sync()
    a.sync()
    assert second.conflicts == 1
    for laptop in (a, b):
        with laptop.vault.session() as s:
            heads = records.get_heads(s, SafetyPlan, plan.id)
            assert sorted(h.child_section for h in heads) == ["Call Nan", "Go to the youth club"]
            assert status.record_sync_state(s, "safety_plan", plan.id) == status.NEEDS_ATTENTION
    # The practitioner merges on laptop b; after syncing both laptops have one head
    with b.vault.transaction() as s:
        heads = records.get_heads(s, SafetyPlan, plan.id)
        merged = dataclasses.replace(heads[0], child_section="Call Nan, or go to the youth club")
        records.merge_heads(s, merged, [h.rev for h in heads])
    b.sync()
    a.sync()
    for laptop in (a, b):
        with laptop.vault.session() as s:
            (head,) = records.get_heads(s, SafetyPlan, plan.id)
            assert head.child_section == "Call Nan, or go to the youth club"
            assert status.record_sync_state(s, "safety_plan", plan.id) == status.ON_HUB
    assert holdings(a) == holdings(b)
