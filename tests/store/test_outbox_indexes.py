"""The outbox's reads are served by its indexes, whatever the outbox holds: the caseload's
"waiting to sync" read from (state, child_id) alone, and a sync's highest answered number from
the index on state, whose last entries hold it (with (state, child_id) SQLite walks every
answered change). Checked on the statements the code really runs, by SQLite's own plan."""

from __future__ import annotations

from directwork.domain.records import Child, VisitNote
from directwork.store import records, sync_state
from directwork.store.caseload import caseload_rows
from tests.support.statements import statements_during


def _plans(vault, run) -> dict[str, str]:
    """Each statement ``run`` sends that reads the outbox, with SQLite's plan for it."""
    seen = [s for s in statements_during(vault, run) if "FROM outbox" in s
            and s.lstrip().upper().startswith("SELECT")]
    assert seen, "nothing read the outbox"
    with vault.session() as s:
        connection = s.connection()
        return {sql: " / ".join(row[-1] for row in connection.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {sql}")) for sql in seen}


def _with_changes(vault) -> None:
    with vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Rhys"))
        for n in range(5):
            records.add_entry(s, VisitNote(child_id=child.id, text=f"note {n}"))


def test_the_waiting_to_sync_read_is_the_state_and_child_index_alone(vault) -> None:
    _with_changes(vault)

    def read() -> None:
        with vault.session() as s:
            caseload_rows(s, hub_configured=True)

    pending = {sql: plan for sql, plan in _plans(vault, read).items() if "DISTINCT" in sql}
    assert pending
    for sql, plan in pending.items():
        assert "COVERING INDEX ix_outbox_state_child" in plan, (sql, plan)
        assert "TEMP B-TREE" not in plan, (sql, plan)


def test_the_highest_answered_number_is_read_from_the_state_index(vault) -> None:
    _with_changes(vault)

    def read() -> None:
        with vault.session() as s:
            sync_state.position_in(s)

    highest = {sql: plan for sql, plan in _plans(vault, read).items() if "state IN" in sql}
    assert highest
    for sql, plan in highest.items():
        assert "INDEX ix_outbox_state " in f"{plan} ", (sql, plan)
