"""A sync with nothing to do: one request to the hub, one write to the vault (the time it
finished), and nothing else changed; what the hub says that is new is still kept, and a
change saved since the last sync still goes up."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import inspect, select, text

from directwork.domain.records import Child, VisitNote
from directwork.hub import admin
from directwork.store import links, records, sync_state
from directwork.store.schema import MetaRow
from tests.hub.harness import enrolled_laptop, hub, new_laptop, tls  # noqa: F401
from tests.support.statements import statements_during, writes_among

LONG_AGO = "2020-01-01T00:00:00+00:00"


def _everything(laptop) -> dict[str, list[tuple]]:
    """Every row of every table in the vault, but the time of the last sync."""
    with laptop.vault.session() as s:
        tables = inspect(s.connection()).get_table_names()
        held = {t: [tuple(r) for r in s.execute(text(f'SELECT * FROM "{t}" ORDER BY 1'))]
                for t in tables}
    held["vault_meta"] = [r for r in held.get("vault_meta", []) if r[0] != sync_state.LAST_SYNCED]
    return held


def _last_synced(laptop) -> str:
    with laptop.vault.session() as s:
        return s.execute(select(MetaRow.value).where(
            MetaRow.key == sync_state.LAST_SYNCED)).scalar_one()


def test_a_sync_with_nothing_to_do_writes_only_the_time_it_finished(
        hub, enrolled_laptop) -> None:  # noqa: F811
    laptop = enrolled_laptop(hub, "Sam", "a", team="North")
    with laptop.vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Dafydd"))
        records.add_entry(s, VisitNote(child_id=child.id, text="Walked to the park"))
    laptop.sync()
    laptop.sync()
    laptop.vault.set_meta(sync_state.LAST_SYNCED, LONG_AGO)
    before = _everything(laptop)
    started = datetime.now(UTC)

    result = {}
    ran = statements_during(laptop.vault, lambda: result.setdefault("r", laptop.sync()))

    assert result["r"].complete and result["r"].sent == 0 and result["r"].pulled == 0
    # The time it finished, and nothing else, in one commit.
    written = writes_among(ran)
    assert len(written) == 1 and written[0].startswith("INSERT OR REPLACE INTO vault_meta")
    assert sync_state.LAST_SYNCED in written[0]
    assert ran.count("COMMIT") == 1
    assert _everything(laptop) == before
    assert datetime.fromisoformat(_last_synced(laptop)) >= started.replace(microsecond=0)


def test_what_is_new_still_moves_after_syncs_with_nothing_to_do(
        hub, enrolled_laptop) -> None:  # noqa: F811
    a = enrolled_laptop(hub, "Sam", "a", team="North")
    b = enrolled_laptop(hub, "Sam", "b")
    a.sync()
    b.sync()
    a.sync()
    # A change saved on one laptop goes up, and comes down on the other.
    with a.vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Mali"))
    assert a.sync().sent == 1
    assert b.sync().pulled == 1
    with b.vault.session() as s:
        assert records.get_document(s, Child, child.id).given_name == "Mali"
    # The hub making Sam a manager reaches the laptop on a sync that has nothing else to do.
    with b.vault.session() as s:
        assert not links.is_team_manager(s)
    with hub.db.writing() as s:
        admin.find_practitioner(s, "Sam").is_manager = True
    b.sync()
    with b.vault.session() as s:
        assert links.is_team_manager(s)
