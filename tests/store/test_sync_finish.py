"""``sync_outset.finish``: the end of a sync keeps the time it finished without waiting for the
disk (``synchronous = NORMAL`` for that one commit) and counts the changes still waiting in the
same transaction; every connection goes back to waiting for the disk afterwards, whether the
write worked or not, so no other commit is ever made lighter."""

from __future__ import annotations

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import text

from directwork.domain.records import Child, VisitNote
from directwork.store import outbox, records, sync_outset, sync_state
from directwork.store.schema import MetaRow
from tests.support.statements import statements_during

FULL = 2


def _synchronous(vault) -> int:
    with vault.session() as s:
        return int(s.execute(text("PRAGMA synchronous")).scalar_one())


def test_the_time_is_kept_and_the_waiting_changes_counted(vault) -> None:
    assert sync_outset.finish(vault, "2026-01-01T10:00:00+00:00") == 0
    assert vault.meta(sync_state.LAST_SYNCED) == "2026-01-01T10:00:00+00:00"
    with vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Dafydd"))
        records.add_entry(s, VisitNote(child_id=child.id, text="a note"))
    assert sync_outset.finish(vault, "2026-01-01T11:00:00+00:00") == 2
    sync_state.mark_pushed(vault, [(1, "accepted", "")])
    assert sync_outset.finish(vault, "2026-01-01T12:00:00+00:00") == 1
    with vault.session() as s:
        assert outbox.pending_count(s) == 1
    assert vault.meta(sync_state.LAST_SYNCED) == "2026-01-01T12:00:00+00:00"


def test_only_that_commit_is_made_without_waiting_for_the_disk(vault) -> None:
    assert _synchronous(vault) == FULL
    ran = statements_during(vault, lambda: sync_outset.finish(vault, "then"))
    assert ran[0] == "PRAGMA synchronous = NORMAL"
    assert ran[1] == "BEGIN IMMEDIATE"
    assert ran[2].startswith("INSERT OR REPLACE INTO vault_meta")
    assert ran[-2:] == ["COMMIT", "PRAGMA synchronous = FULL"]
    assert _synchronous(vault) == FULL
    with vault.transaction() as s:  # an ordinary write after it still commits as before
        s.merge(MetaRow(key="other", value="x"))
    assert vault.meta("other") == "x"


def test_a_write_that_fails_keeps_nothing_and_leaves_the_connection_waiting_for_the_disk(
        vault) -> None:
    vault.set_meta(sync_state.LAST_SYNCED, "before")
    with vault.transaction() as s:
        s.execute(text("CREATE TRIGGER refuse_test BEFORE INSERT ON vault_meta "
                       "WHEN NEW.value = 'refused' BEGIN SELECT RAISE(ABORT, 'refused'); END"))
    with pytest.raises(sqlcipher.DatabaseError):
        sync_outset.finish(vault, "refused")
    assert vault.meta(sync_state.LAST_SYNCED) == "before"
    assert _synchronous(vault) == FULL
    assert sync_outset.finish(vault, "after") == 0
    assert vault.meta(sync_state.LAST_SYNCED) == "after"
