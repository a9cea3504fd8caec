"""Changing who may see a kept entry, in a real vault: a new version each time, the earlier
one kept with who, when and why; what summaries read is the current version at once."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from directwork.domain.records import Audience, Child, Speaker, VoiceEntry
from directwork.domain.redaction import for_carer, for_child
from directwork.store import records, sharing
from directwork.store.case import load_case
from directwork.store.records import InvalidRecord
from tests.conftest import FixedClock

WORKER, TEAM, CHILD, CARERS = Audience.WORKER, Audience.TEAM, Audience.CHILD, Audience.CARERS


def _child_and_entry(vault, **entry) -> tuple[Child, VoiceEntry]:
    with vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Iolo", preferred_name="Iolo"))
        kept = records.add_entry(s, VoiceEntry(child_id=child.id, speaker=Speaker.CHILD,
                                               speaker_name="Iolo", **entry))
    return child, kept


def test_narrowing_and_widening_make_new_versions_with_who_when_and_why(vault, clock: FixedClock
                                                                        ) -> None:
    vault.clock = clock
    child, first = _child_and_entry(vault, text="Dad's girlfriend scares me",
                                    shared_with=[WORKER, TEAM, CARERS])
    clock.advance(minutes=5)
    with vault.transaction() as s:
        narrowed = sharing.change_entry(s, first.id, shared_with=[WORKER, TEAM],
                                        why="Iolo did not want carers to see this")
    clock.advance(days=1)
    with vault.transaction() as s:
        widened = sharing.change_entry(s, narrowed.id, shared_with=[WORKER, TEAM, CARERS],
                                       why="Iolo asked us to tell Mum")
    with vault.session() as s:
        versions = sharing.entry_versions(s, widened.id)
        current = records.list_entries(s, VoiceEntry, child.id)
    assert [v.shared_with for v in versions] == [[WORKER, TEAM, CARERS], [WORKER, TEAM],
                                                 [WORKER, TEAM, CARERS]]
    assert [v.change_reason for v in versions] == ["", "Iolo did not want carers to see this",
                                                   "Iolo asked us to tell Mum"]
    assert {v.changed_by_name for v in versions[1:]} == {"Sam Practitioner"}
    assert versions[1].created_at == first.created_at + timedelta(minutes=5)
    assert [v.id for v in current] == [widened.id], "only the newest version is in force"
    assert all(v.text == "Dad's girlfriend scares me" for v in versions)


def test_a_narrowed_entry_is_gone_from_what_carers_are_given_at_once(vault) -> None:
    child, first = _child_and_entry(vault, text="Dad's girlfriend scares me",
                                    shared_with=[WORKER, CARERS])
    with vault.session() as s:
        assert [v.text for v in for_carer(load_case(s, child.id)).voice] == [
            "Dad's girlfriend scares me"]
    with vault.transaction() as s:
        sharing.change_entry(s, first.id, shared_with=[WORKER], why="asked to keep it private")
    with vault.session() as s:
        case = load_case(s, child.id)
    assert for_carer(case).voice == []
    assert [v.text for v in for_child(case).voice] == ["Dad's girlfriend scares me"]


def test_keeping_words_from_the_child_needs_a_reason_and_is_recorded(vault) -> None:
    child, first = _child_and_entry(vault, text="words", shared_with=[WORKER])
    with pytest.raises(InvalidRecord, match="Say why these words are kept"), \
            vault.transaction() as s:
        sharing.change_entry(s, first.id, kept_from_speaker=True, why="safety")
    with vault.transaction() as s:
        kept = sharing.change_entry(s, first.id, kept_from_speaker=True,
                                    kept_reason="names a person of concern", why="safety")
    with vault.session() as s:
        assert for_child(load_case(s, child.id)).voice == []
        assert records.get_entry(s, VoiceEntry, kept.id).kept_reason == "names a person of concern"


def test_refusals_change_nothing(vault) -> None:
    child, first = _child_and_entry(vault, text="words", shared_with=[WORKER, CARERS])
    with vault.transaction() as s:
        newer = sharing.change_entry(s, first.id, shared_with=[WORKER], why="asked")
    for attempt in (
        lambda s: sharing.change_entry(s, first.id, shared_with=[WORKER, TEAM], why="stale"),
        lambda s: sharing.change_entry(s, newer.id, shared_with=[WORKER, TEAM], why=""),
        lambda s: sharing.change_entry(s, newer.id, shared_with=[WORKER], why="same again"),
        lambda s: records.add_entry(s, VoiceEntry(child_id=child.id, text="x",
                                                  kept_from_speaker=True)),
    ):
        with pytest.raises(InvalidRecord), vault.transaction() as s:
            attempt(s)
    with vault.session() as s:
        assert records.list_entries(s, VoiceEntry, child.id) == [newer]
        assert len(records.list_entries(s, VoiceEntry, child.id, effective=False)) == 2


def test_entries_in_a_vault_from_before_sharing_changes_are_read_as_seen_by_their_speaker(
        vault) -> None:
    from alembic import command
    from sqlalchemy import text

    from directwork.store import migrations
    from tests.conftest import PASSPHRASE

    child, first = _child_and_entry(vault, text="words", shared_with=[WORKER])
    with vault.engine.begin() as conn:
        command.downgrade(migrations._config(conn), "0001")
        assert "kept_from_speaker" not in {
            row[1] for row in conn.execute(text("PRAGMA table_info(voice_entry)"))}
    vault.lock()
    vault.unlock(PASSPHRASE)  # backs up, then migrates to the newest schema
    with vault.session() as s:
        back = records.get_entry(s, VoiceEntry, first.id)
        case = load_case(s, child.id)
    assert back == first and not back.kept_from_speaker and back.kept_reason == ""
    assert [v.text for v in for_child(case).voice] == ["words"]


def test_two_laptops_a_narrowing_holds_against_two_changes_made_offline(vault) -> None:
    child, first = _child_and_entry(vault, text="I am scared of going home",
                                    shared_with=[WORKER, CARERS])
    with vault.transaction() as s:  # laptop B, twice
        typo = sharing.change_entry(s, first.id, why="typo", text="I am scared of going home.")
        sharing.change_entry(s, typo.id, why="typo", text="I am scared of going home!")
    with vault.transaction() as s:  # laptop A's narrowing of the first version arrives
        narrowed = dataclasses.replace(first, shared_with=[WORKER], change_reason="asked")
        records.correct_entry(s, narrowed)
    with vault.session() as s:
        case = load_case(s, child.id)
    assert len(case.voice) == 2
    assert for_carer(case).voice == []
    assert len(for_child(case).voice) == 2


def test_two_laptops_a_withdrawal_withdraws_the_other_laptops_change(vault) -> None:
    child, first = _child_and_entry(vault, text="he was at the flat again",
                                    shared_with=[WORKER, CARERS])
    with vault.transaction() as s:  # laptop B
        sharing.change_entry(s, first.id, why="typo", text="he was at the flat again!")
    with vault.transaction() as s:  # laptop A's withdrawal arrives
        records.retract_entry(s, first)
    with vault.session() as s:
        case = load_case(s, child.id)
    assert case.voice == []
    assert for_child(case).voice == [] and for_carer(case).voice == []


def test_a_withdrawal_on_one_laptop_leaves_other_entries_alone(vault) -> None:
    child, first = _child_and_entry(vault, text="first words", shared_with=[WORKER, CARERS])
    with vault.transaction() as s:
        second = records.add_entry(s, VoiceEntry(child_id=child.id, speaker=Speaker.CHILD,
                                                 text="second words",
                                                 shared_with=[WORKER, CARERS]))
        records.retract_entry(s, first)
    with vault.session() as s:
        case = load_case(s, child.id)
    assert [v.id for v in case.voice] == [second.id]
    assert [v.text for v in for_carer(case).voice] == ["second words"]
