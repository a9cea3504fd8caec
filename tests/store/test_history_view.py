"""A child's history as a manager reads it (store/views/history.py): who with their role,
what kind of record and which one in words, which laptop, in time order; filtered by kind and
by person; a record received from the team hub credited to whoever made it, on their laptop;
and the same view written by `directwork history` and `directwork export --history`."""

from __future__ import annotations

import csv
import dataclasses
import io
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from directwork.domain.records import Child, Person, Speaker, Topic, VoiceEntry
from directwork.store import audit, records
from directwork.store.views.history import ELSEWHERE, history_csv, load_history
from tests.conftest import PASSPHRASE

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _child_with_history(vault):
    clock = [T0]
    vault.clock = lambda: clock[0]
    with vault.transaction() as s:
        child = records.save_document(s, Child(preferred_name="Jay", language="English"))
    clock[0] = T0 + timedelta(minutes=5)
    with vault.transaction() as s:
        records.save_document(s, Person(child_id=child.id, name="Nan (Maureen)"))
    clock[0] = T0 + timedelta(minutes=10)
    with vault.transaction() as s:
        records.add_entry(s, VoiceEntry(child_id=child.id, speaker=Speaker.CHILD,
                                        speaker_name="Jay", topic=Topic.WORRIES,
                                        text="when people shout at night"))
    clock[0] = T0 + timedelta(minutes=15)
    with vault.transaction() as s:
        audit.record_event(s, "view", "child", child.id, child.id)
    # A colleague's entry, made on another laptop and received through the hub.
    clock[0] = T0 + timedelta(minutes=20)
    theirs = VoiceEntry(id="0195f000-0000-7000-8000-0000000000aa", child_id=child.id,
                        speaker=Speaker.CARER, speaker_name="Mum", topic=Topic.GOOD_THINGS,
                        text="he helps his nan", created_by="colleague-1",
                        device_id="laptop-of-colleague", changed_by_name="Alex Rees",
                        created_at=T0 + timedelta(minutes=18),
                        updated_at=T0 + timedelta(minutes=18))
    with vault.transaction() as s:
        records.store_received(s, theirs, enqueue=False)
    return child


def test_the_history_says_who_what_which_laptop_and_when_oldest_first(vault) -> None:
    child = _child_with_history(vault)
    with vault.session() as s:
        history = load_history(s, child.id)
    rows = history.rows
    assert [r.at for r in rows] == sorted(r.at for r in rows)
    first = rows[0]
    assert first.who == "Sam Practitioner (practitioner)"
    assert (first.kind_words, first.action, first.label) == ("Child's details", "added", "Jay")
    assert first.device.startswith("this laptop (")
    said = next(r for r in rows if r.kind == "voice" and r.person != "colleague-1")
    assert said.what == "What was said added: when people shout at night"
    assert any(r.action == "viewed" and r.kind == "child" for r in rows)
    received = rows[-1]
    assert received.who == "Alex Rees (practitioner on the team)"
    assert received.device == ELSEWHERE
    assert received.action == "received from the team hub"
    assert not any(len(part) == 8 and part.isalnum() and not part.isalpha()
                   for r in rows for part in (r.who, r.device, r.label))  # no bare hex ids


def test_the_history_is_filtered_by_kind_and_by_person(vault) -> None:
    child = _child_with_history(vault)
    with vault.session() as s:
        voices = load_history(s, child.id, kind="voice")
        alex = load_history(s, child.id, person="colleague-1")
        everything = load_history(s, child.id)
    assert {r.kind for r in voices.rows} == {"voice"} and len(voices.rows) == 2
    assert [r.who for r in alex.rows] == ["Alex Rees (practitioner on the team)"]
    # The choices offered are those of the whole history, whatever is filtered.
    assert voices.kinds == everything.kinds and ("voice", "What was said") in voices.kinds
    assert {p for p, _w in alex.people} == {vault.practitioner_id, "colleague-1"}


def test_the_history_as_a_spreadsheet_is_the_view_as_shown(vault) -> None:
    child = _child_with_history(vault)
    with vault.session() as s:
        history = load_history(s, child.id, kind="person")
    rows = list(csv.reader(io.StringIO(history_csv(history))))
    assert rows[0] == ["When (UTC)", "Who", "What", "Record", "Laptop"]
    assert rows[1][1:4] == ["Sam Practitioner (practitioner)", "Person in the network added",
                            "Nan (Maureen)"]


def test_the_history_is_exported_with_the_record(vault, data_dir: Path, tmp_path: Path) -> None:
    child = _child_with_history(vault)
    vault.lock()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIRECTWORK_")}
    env["DIRECTWORK_PASSPHRASE"] = PASSPHRASE

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "directwork", "--data-dir", str(data_dir),
                               *args], capture_output=True, text=True, env=env, timeout=120,
                              stdin=subprocess.DEVNULL)

    alone = tmp_path / "history.csv"
    done = run("history", child.id, "--kind", "voice", "-o", str(alone))
    assert done.returncode == 0, done.stderr
    assert len(list(csv.reader(alone.open(encoding="utf-8")))) == 3  # header and two
    assert oct(alone.stat().st_mode & 0o777) == "0o600"
    record = tmp_path / "jay.json"
    done = run("export", "--child", child.id, "--history", "-o", str(record))
    assert done.returncode == 0, done.stderr
    beside = tmp_path / "jay.history.csv"
    assert "Nan (Maureen)" in beside.read_text(encoding="utf-8")
    refused = run("history", "no-such-child", "-o", str(tmp_path / "none.csv"))
    assert refused.returncode == 1 and "no child" in refused.stderr
    assert dataclasses.is_dataclass(child)


def test_records_received_a_page_at_a_time_are_in_the_history(vault) -> None:
    # A pull stores a page under one audit event (store/received.py); each record it brought
    # is still in the child's history, credited to whoever made it, when they made it.
    from directwork.store import sync_state

    child = _child_with_history(vault)
    made_at = T0 + timedelta(minutes=30)
    theirs = VoiceEntry(id="0195f000-0000-7000-8000-0000000000bb", child_id=child.id,
                        speaker=Speaker.CHILD, speaker_name="Jay", topic=Topic.DREAMS,
                        text="a bike of my own", created_by="colleague-1",
                        device_id="laptop-of-colleague", changed_by_name="Alex Rees",
                        created_at=made_at, updated_at=made_at)
    outcome = sync_state.apply_page(vault, [sync_state.Received(
        "voice", theirs.id, child.id, "", {}, theirs)], [], 7)
    assert outcome.applied == 1
    with vault.session() as s:
        rows = load_history(s, child.id).rows
    assert [r.at for r in rows] == sorted(r.at for r in rows)
    assert rows[-1].at == made_at
    assert rows[-1].what == "What was said received from the team hub: a bike of my own"
    assert (rows[-1].who, rows[-1].device) == ("Alex Rees (practitioner on the team)", ELSEWHERE)
    # Records with events of their own are not shown twice.
    assert sum(r.label == "he helps his nan" for r in rows) == 1
    assert [r.action for r in rows if r.kind == "child"] == ["added", "viewed"]
