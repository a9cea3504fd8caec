"""An entry saved by itself on the driver alone (``operations.add_entry``, the app's most
frequent save) stores exactly what the same save in an ORM session stores, refuses what it
refuses, and keeps nothing of a save that failed part-way."""

from __future__ import annotations

import dataclasses
import itertools
import shutil
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directwork.domain import records as r
from directwork.domain.ids import uuid7
from directwork.store import audit, operations, outbox
from directwork.store import records as svc
from directwork.store.errors import VaultLocked
from directwork.store.head import records_head
from directwork.store.keyfile import KdfParams
from directwork.store.records import InvalidRecord
from directwork.store.vault import Vault
from tests.conftest import PASSPHRASE, FixedClock
from tests.support import samples
from tests.support.linked import fill_child

_RUNS = itertools.count()


@pytest.fixture(scope="module")
def held(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[r.Entry], int]:
    """A locked vault holding a child with a record of every kind (and history), to copy: the
    folder, the entries it holds and how many audit events."""
    folder = tmp_path_factory.mktemp("held") / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams.fast_for_tests())
    with vault.transaction() as s:
        _child, saved = fill_child(s, "Nia")
    with vault.engine.connect() as conn:
        events = records_head(conn).seq
    vault.lock()
    return folder, [rec for rec in saved if isinstance(rec, r.Entry)], events


def _open_copy(held_folder: Path, to: Path, clock: FixedClock) -> Vault:
    shutil.copytree(held_folder, to)
    vault = Vault(to)
    vault.unlock(PASSPHRASE)
    vault.clock = clock
    return vault


def _tables(vault: Vault) -> dict[str, list[tuple]]:
    """Every row of every table, as stored (read back by the plain driver)."""
    connection = vault.engine.raw_connection()
    try:
        cursor = connection.cursor()
        names = [row[0] for row in cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {name: sorted(cursor.execute(f"SELECT * FROM {name}").fetchall(), key=repr)
                for name in names}
    finally:
        connection.close()


_KINDS = sorted({type(rec).__name__ for rec in samples.everything_for("c") if not rec.VERSIONED})
_WORDS = ("text", "title", "details", "reasoning", "comment", "reason", "what_changed", "what",
          "words")


@st.composite
def _steps(draw: st.DrawFn) -> list[tuple]:
    """Saves one after another: new entries of every kind, corrections and retractions of
    entries held or saved just before, and saves the store must refuse."""
    return draw(st.lists(st.one_of(
        st.tuples(st.just("new"), st.sampled_from(_KINDS), st.text(max_size=60)),
        st.tuples(st.just("correct"), st.integers(0, 50), st.text(min_size=1, max_size=40)),
        st.tuples(st.just("retract"), st.integers(0, 50)),
        st.tuples(st.just("refused"), st.sampled_from(
            ["no child", "another child", "not held", "kept without a reason"]))),
        min_size=1, max_size=8))


def _entry(step: tuple, entries: list[r.Entry]) -> r.Entry:
    """The entry a step saves, with its id fixed before either path sees it; a new entry is
    made from the held one of its kind, so that what it names exists."""
    what = step[0]
    if what == "new":
        template = next(e for e in entries if type(e).__name__ == step[1])
        entry = dataclasses.replace(template, id=uuid7(), corrects_id=None, retracted=False)
        words = {name: step[2] for name in _WORDS if hasattr(entry, name) and step[2]}
        return dataclasses.replace(entry, **words)
    if what == "refused":
        voice = next(e for e in entries if isinstance(e, r.VoiceEntry))
        new = dataclasses.replace(voice, id=uuid7(), corrects_id=None, retracted=False)
        return {"no child": dataclasses.replace(new, child_id=""),
                "another child": dataclasses.replace(new, corrects_id=voice.id,
                                                     child_id=uuid7()),
                "not held": dataclasses.replace(new, corrects_id=uuid7()),
                "kept without a reason": dataclasses.replace(new, kept_from_speaker=True,
                                                             kept_reason=" ")}[step[1]]
    target = entries[step[1] % len(entries)]
    if what == "correct":
        words = {"text": step[2]} if hasattr(target, "text") else {}
        return dataclasses.replace(target, corrects_id=target.id, id=uuid7(), retracted=False,
                                   **words)
    return dataclasses.replace(target, corrects_id=target.id, id=uuid7(), retracted=True)


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=_steps())
def test_a_save_on_the_driver_stores_what_the_same_save_in_a_session_stores(
        tmp_path, held, steps) -> None:
    folder, held_entries, held_events = held
    run = next(_RUNS)  # a folder of its own for each example, shrinking included
    entries = list(held_entries)
    saves = []
    for step in steps:
        saves.append(_entry(step, entries))
        if step[0] == "new":
            entries.append(saves[-1])  # later steps may correct or retract it
    outcomes = {}
    for on_driver in (False, True):
        clock = FixedClock(datetime(2026, 3, 2, 9, 30, tzinfo=UTC))
        vault = _open_copy(folder, tmp_path / f"{run}-{on_driver}", clock)
        try:
            answers = []
            for entry in saves:
                clock.advance(seconds=1)
                try:
                    if on_driver:
                        saved = operations.add_entry(vault, entry)
                    else:
                        saved = operations.change(vault, svc.add_entry, entry)
                    answers.append(("kept", saved))
                except InvalidRecord as refused:
                    answers.append(("refused", refused.message))
            with vault.session() as s:
                ok, message, _ = audit.verify_chain(s)
            assert ok, message
            with vault.engine.connect() as conn:
                top = records_head(conn)
            assert vault._head_file is not None
            kept_head = vault._head_file.read()
            assert kept_head is not None and (kept_head.seq, kept_head.hash) == (top.seq, top.hash)
            outcomes[on_driver] = (answers, _tables(vault), (top.seq, top.hash))
            assert vault.check().ok
        finally:
            vault.lock()
    # The same answers, the same rows in every table (the audit chain's hashes included) and
    # the same head: the two paths cannot be told apart by what they leave.
    assert outcomes[True] == outcomes[False]
    # One audit event for each entry kept, none for one refused.
    kept = sum(answer == "kept" for answer, _ in outcomes[True][0])
    assert outcomes[True][2][0] == len(outcomes[True][1]["audit_event"]) \
        == held_events + kept


def test_each_kind_of_refusal_is_refused_in_words_and_writes_nothing(vault, clock) -> None:
    vault.clock = clock
    child = operations.change(vault, svc.save_document, samples.child(given_name="Refused"))
    kept = operations.add_entry(vault, r.VoiceEntry(child_id=child.id, text="kept"))
    before = _tables(vault)
    for entry, words in (
            (r.VoiceEntry(child_id="", text="whose?"), "must belong to a child"),
            (dataclasses.replace(kept, id="", corrects_id=uuid7()), "same kind and child"),
            (dataclasses.replace(kept, id="", corrects_id=kept.id, child_id=uuid7()),
             "same kind and child"),
            (r.VoiceEntry(child_id=child.id, text="kept from", kept_from_speaker=True),
             "Say why")):
        with pytest.raises(InvalidRecord) as refused:
            operations.add_entry(vault, entry)
        assert words in refused.value.message
    with pytest.raises(TypeError):
        operations.add_entry(vault, samples.child(given_name="A document"))  # type: ignore[arg-type]
    assert _tables(vault) == before


def test_a_save_that_fails_part_way_keeps_none_of_it_and_the_next_save_works(
        vault, monkeypatch) -> None:
    child = operations.change(vault, svc.save_document, samples.child(given_name="Part way"))
    before = _tables(vault)
    head_before = vault._head_file.read() if vault._head_file else None

    def broken(record, now):
        raise sqlite3.OperationalError("the outbox could not be written")

    # The entry's row is in when the outbox row fails: it must not stay.
    monkeypatch.setattr(outbox, "enqueued", broken)
    with pytest.raises(sqlite3.OperationalError):
        operations.add_entry(vault, r.VoiceEntry(child_id=child.id, text="lost with its save"))
    monkeypatch.undo()
    assert _tables(vault) == before
    assert (vault._head_file.read() if vault._head_file else None) == head_before

    after = operations.add_entry(vault, r.VoiceEntry(child_id=child.id, text="the next one"))
    with vault.session() as s:
        assert [e.text for e in svc.list_entries(s, r.VoiceEntry, child.id)] == ["the next one"]
        assert audit.verify_chain(s)[0]
        assert [c.record_id for c in outbox.pending(s)][-1] == after.id


def test_a_save_waits_for_another_writer_and_then_keeps_its_entry(vault) -> None:
    child = operations.change(vault, svc.save_document, samples.child(given_name="Waiting"))
    other = vault.engine.raw_connection()
    cursor = other.cursor()
    cursor.execute("BEGIN IMMEDIATE")  # another writer holds the write lock
    done: list[object] = []
    saver = threading.Thread(target=lambda: done.append(operations.add_entry(
        vault, r.VoiceEntry(child_id=child.id, text="after the other writer"))))
    saver.start()
    saver.join(0.3)
    assert saver.is_alive() and not done  # it waits (SQLite's busy timeout), it does not fail
    cursor.execute("COMMIT")
    other.close()
    saver.join(30)
    assert len(done) == 1 and isinstance(done[0], r.VoiceEntry)
    with vault.session() as s:
        assert [e.text for e in svc.list_entries(s, r.VoiceEntry, child.id)] == [
            "after the other writer"]


def test_a_locked_vault_refuses_the_save(vault) -> None:
    child = operations.change(vault, svc.save_document, samples.child(given_name="Locked"))
    vault.lock()
    with pytest.raises(VaultLocked):
        operations.add_entry(vault, r.VoiceEntry(child_id=child.id, text="too late"))
