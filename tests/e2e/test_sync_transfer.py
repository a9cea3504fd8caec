"""A case transferred to another practitioner arrives on their laptop with its whole history,
and leaves the first practitioner's laptop; a team manager reads the team's cases."""

from __future__ import annotations

import dataclasses

from directwork.domain.records import Child, SafetyPlan, VoiceEntry
from directwork.hub import admin
from directwork.store import records
from tests.hub.harness import holdings, hub, new_laptop, tls  # noqa: F401


def test_transfer_moves_the_whole_history_and_the_old_laptop_drops_it(hub, new_laptop):  # noqa: F811
    hub.add_practitioner("Alex", team="North")
    hub.add_practitioner("Bea", team="North")
    hub.add_practitioner("Cai", team="North", manager=True)
    alex, bea, manager = new_laptop("alex"), new_laptop("bea"), new_laptop("cai")
    alex.enrol(hub, "Alex")
    bea.enrol(hub, "Bea")
    manager.enrol(hub, "Cai")
    with alex.vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Dafydd"))
        plan = records.save_document(s, SafetyPlan(child_id=child.id, title="Weekends"))
        records.save_document(s, dataclasses.replace(plan, child_section="Call Nan"))
        records.add_entry(s, VoiceEntry(child_id=child.id, text="I like football"))
        kept = records.save_document(s, Child(given_name="Mali"))
    alex.sync()
    bea.sync()
    assert holdings(bea) == set()
    manager.sync()
    assert holdings(manager) == holdings(alex)

    with hub.db.writing() as s:
        moved = admin.transfer(s, child.id, "Alex", "Bea")
    assert moved == 4  # the child, two plan revisions and a voice entry; nothing of Mali's
    # Alex, offline and not yet told, writes one more thing about the child: it is not lost
    with alex.vault.transaction() as s:
        records.add_entry(s, VoiceEntry(child_id=child.id, text="Said before I knew"))
    alex_result = alex.sync()
    bea_result = bea.sync()

    assert alex_result.pushed == {"accepted": 1}
    assert bea_result.pulled == 5
    with bea.vault.session() as s:
        assert len(records.list_revisions(s, SafetyPlan, plan.id)) == 2
        assert sorted(v.text for v in records.list_entries(s, VoiceEntry, child.id)) == [
            "I like football", "Said before I knew"]
    assert alex_result.removed_children == [child.id]
    with alex.vault.session() as s:
        assert records.list_documents(s, Child) == [records.get_document(s, Child, kept.id)]
        assert records.list_entries(s, VoiceEntry) == []
    # Bea's laptop can now write to the case; Alex's, having been told, can no longer
    with bea.vault.transaction() as s:
        records.add_entry(s, VoiceEntry(child_id=child.id, text="New worker is nice"))
    assert bea.sync().pushed == {"accepted": 1}
    with alex.vault.transaction() as s:
        late = records.add_entry(s, VoiceEntry(child_id=child.id, text="After I was told"))
    assert alex.sync().rejected == [("voice", late.id, "this child is not on your caseload")]
    manager.sync()
    alex_accepted = {r for r in holdings(alex) if late.id.encode() not in r}
    assert holdings(manager) == alex_accepted | holdings(bea)


def test_a_laptop_that_never_held_a_transferred_child_cannot_write_to_it(hub, new_laptop):  # noqa: F811
    hub.add_practitioner("Alex")
    hub.add_practitioner("Bea")
    alex, bea = new_laptop("alex"), new_laptop("bea")
    alex.enrol(hub, "Alex")
    bea.enrol(hub, "Bea")
    with alex.vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Dafydd"))
    alex.sync()
    with hub.db.writing() as s:
        admin.transfer(s, child.id, "Alex", "Bea")
    # A laptop of Alex's enrolled after the transfer was never sent the child: the grace for
    # late deliveries, decided on what the hub itself sent each laptop, is not for it.
    fresh = new_laptop("alex-new")
    fresh.enrol(hub, "Alex")
    with fresh.vault.transaction() as s:
        late = records.add_entry(s, VoiceEntry(child_id=child.id, text="not my case any more"))
    result = fresh.sync()
    assert result.rejected == [("voice", late.id, "this child is not on your caseload")]
    bea.sync()
    with bea.vault.session() as s:
        assert records.list_entries(s, VoiceEntry, child.id) == []
