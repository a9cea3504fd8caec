"""``sync_outset.read`` answers, in one statement, exactly what the functions it stands for
answer one query at a time, whatever the vault holds; and ``read_vault``, the same statement
run by the driver alone, answers the same."""

from __future__ import annotations

from datetime import UTC, datetime

from directwork.domain.records import Child, VisitNote
from directwork.store import demo, links, outbox, records, sync_outset, sync_state
from directwork.store.schema import KeptAsideRow, MetaRow


def _one_at_a_time(session) -> sync_outset.Outset:
    return sync_outset.Outset(
        sync_state.enrolment_in(session), demo.demo_children(session),
        sync_state.position_in(session), links.is_team_manager(session),
        links.also_linked(session), links.unreported_openings(session),
        outbox.pending_count(session), sync_state.has_kept_aside(session))


def _same(vault) -> sync_outset.Outset:
    with vault.session() as s:
        read = sync_outset.read(s)
        assert read == _one_at_a_time(s)
    assert sync_outset.read_vault(vault) == read
    return read


def test_a_new_vault_and_a_demo_caseload(vault) -> None:
    first = _same(vault)
    assert first.enrolment is None and first.pending == 0 and first.demo_children == 0
    with vault.transaction() as s:
        demo.add_demo_caseload(s, children=2, seed=3)
    assert _same(vault).demo_children == 2


def test_an_enrolled_laptop_through_its_states(vault) -> None:
    sync_state.save_enrolment(vault, hub_url="https://hub.example", device_id="dev-1",
                              private_key=b"k" * 32, practitioner_id="p1",
                              practitioner_name="Sam", team="North", confirmed=False)
    assert _same(vault).enrolment.confirmed is False
    sync_state.set_confirmed(vault)
    with vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Dafydd"))
        for i in range(3):
            records.add_entry(s, VisitNote(child_id=child.id, text=f"note {i}"))
    waiting = _same(vault)
    assert waiting.enrolment.confirmed is True and waiting.pending == 4
    assert waiting.position.highest_seq == 4 and waiting.position.highest_answered == 0
    sync_state.mark_pushed(vault, [(1, "accepted", ""), (2, "rejected", "no")])
    vault.set_meta(sync_state.CURSOR, "17")
    vault.set_meta(sync_state.EPOCH, "e1")
    vault.set_meta(sync_state.POSITION, "e1.17.abc.def")
    answered = _same(vault)
    assert answered.pending == 2 and answered.position.cursor == 17
    with vault.transaction() as s:
        links.set_team_manager(s, True)
        links.set_also_linked(s, ["c2", "c1"])
        links.note_team_view_opened(s)
        s.add(KeptAsideRow(source=sync_state.FROM_HUB, kind="visit_note", record_id="r",
                           child_id="c", rev="", payload="{}", reason="test",
                           kept_at=datetime.now(UTC)))
    told = _same(vault)
    assert told.manager and told.also_linked == ["c1", "c2"] and told.openings
    assert told.kept_aside
    with vault.transaction() as s:  # a flag written before confirmation existed: confirmed
        s.delete(s.get(MetaRow, sync_state.CONFIRMED))
    assert _same(vault).enrolment.confirmed is True
