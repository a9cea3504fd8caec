"""A pull's read of a window of the feed on PostgreSQL costs the rows it gives, not every row of
the window: each child's rows are found through the feed's index by child and number, and a
practitioner's removals through the index by practitioner and number, whatever PostgreSQL
knows of the tables (a feed filled faster than its statistics were gathered, or analysed)
and whichever plan it keeps for the statement (one for the values given, or the one generic
plan a prepared statement is given after a few runs).

Before, on a feed of thousands of rows of other practitioners' children, the read walked the
whole window, joining each row to its record, for the few it gave: a new laptop's first pull
cost the database milliseconds for every thousand rows of the feed."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from psycopg import sql
from sqlalchemy import insert
from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg

from directwork.hub import admin, exchange
from directwork.hub.db import HubDatabase
from directwork.hub.schema import ChildCase, FeedEvent, Practitioner, RecordCopy, Team
from tests.hub.harness import hub_database

pytestmark = pytest.mark.postgres

OTHERS = 150  # children on other practitioners' caseloads
EACH = 20  # rows of the feed for each of them
MINE = 12  # rows for each of the practitioner's own two children, spread through the feed
FEED_INDEXES = {"pk_feed", "ix_feed_child_seq", "ix_feed_removed_seq"}


@pytest.fixture(scope="module")
def feed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[HubDatabase, dict[str, Any]]]:
    """A hub whose feed holds 3,000 rows of other practitioners' children, 24 rows of Alex's
    two, and two removals for Alex, interleaved; never analysed (as a hub is between a large
    push and the autovacuum's next look)."""
    db = hub_database("postgres", Path(tmp_path_factory.mktemp("by-child")))
    alex = Practitioner(id=str(uuid.uuid4()), name="Alex", team="North", is_manager=False)
    morgan = Practitioner(id=str(uuid.uuid4()), name="Morgan", team="South", is_manager=True)
    rhys = Practitioner(id=str(uuid.uuid4()), name="Rhys", team="East", is_manager=False)
    with db.writing() as s:
        s.add_all([Team(name="North"), Team(name="South"), Team(name="East"), alex, morgan,
                   rhys])
        s.flush()
        mine = ["alex-0", "alex-1"]
        others = [f"other-{n}" for n in range(OTHERS)]
        s.execute(insert(ChildCase), [{"child_id": c, "practitioner_id": alex.id} for c in mine]
                  + [{"child_id": c, "practitioner_id": rhys.id} for c in others])
        order = [c for _ in range(EACH) for c in others]
        step = len(order) // (MINE * len(mine))
        for n, child in enumerate(c for _ in range(MINE) for c in mine):
            order.insert(n * (step + 1), child)
        records = [{"kind": "voice_entry", "record_id": str(uuid.uuid4()), "rev": "",
                    "child_id": child, "payload": json.dumps({"child": child}),
                    "from_device": "elsewhere", "is_head": True, "quarantine_reason": ""}
                   for child in order]
        keys = s.execute(insert(RecordCopy).returning(RecordCopy.key, sort_by_parameter_order=True),
                         records).scalars().all()
        rows: list[dict[str, Any]] = [
            {"child_id": r["child_id"], "record_key": key, "for_practitioner": None,
             "removed_from": None, "mark": admin.new_mark()}
            for r, key in zip(records, keys, strict=True)]
        # Two children who left Alex's caseload, told in the middle and near the end.
        for at, child in ((len(rows) // 2, "gone-0"), (len(rows) - 5, "gone-1")):
            rows.insert(at, {"child_id": child, "record_key": None, "for_practitioner": None,
                             "removed_from": alex.id, "mark": admin.new_mark()})
        s.execute(insert(FeedEvent), rows)
    yield db, {"alex": alex, "rhys": rhys, "head": len(rows)}
    db.dispose()


def _examined(plan: dict[str, Any]) -> int:
    """Rows of the feed a plan's nodes took from the table or its indexes, those filtered out
    after too."""
    found = 0
    if plan.get("Relation Name") == "feed" or plan.get("Index Name") in FEED_INDEXES:
        loops = plan.get("Actual Loops", 1)
        found += (plan.get("Actual Rows", 0) + plan.get("Rows Removed by Filter", 0)
                  + plan.get("Rows Removed by Index Recheck", 0)) * loops
    return found + sum(_examined(child) for child in plan.get("Plans", []))


def _explained(db: HubDatabase, statement: Any, values: dict[str, Any], mode: str,
               ) -> tuple[int, int]:
    """(rows given, feed rows examined) of ``statement`` run as a prepared statement with
    PostgreSQL's plan cache set to ``mode``."""
    dialect = PGDialect_psycopg(paramstyle="numeric_dollar")
    # The statement with its values, lists written out, its parameters numbered ($1, $2…).
    state = statement.params(**values).compile(dialect=dialect).construct_expanded_state()
    names = state.positiontup
    assert names is not None
    with db.at_once() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute(f"SET plan_cache_mode = {mode}")
        raw.execute(f"PREPARE window_read AS {state.statement}")
        args = sql.SQL(", ").join(sql.Literal(state.parameters[name]) for name in names)
        run = sql.SQL("EXECUTE window_read ({})").format(args)
        for _ in range(6):  # past the runs after which a generic plan may be kept
            raw.execute(run)
        given = len(raw.execute(run).fetchall())
        plan = raw.execute(sql.SQL("EXPLAIN (ANALYZE, FORMAT JSON) ") + run).fetchone()
        raw.execute("DEALLOCATE window_read")
        raw.execute("RESET plan_cache_mode")
    assert plan is not None
    return given, _examined(plan[0][0]["Plan"])


@pytest.mark.parametrize("mode", ["force_custom_plan", "force_generic_plan"])
def test_a_window_read_examines_the_rows_it_gives(feed, mode: str) -> None:
    db, known = feed
    alex: Practitioner = known["alex"]
    for analysed in (False, True):
        if analysed:
            with db.at_once() as conn:
                conn.exec_driver_sql("ANALYZE")
        _seen, caseload = admin.caseloads_seen(alex)
        values = {**caseload, "me": alex.id, "limit": 501, "pushed_by": None, "low": 0,
                  "high": known["head"]}
        records, removals = exchange._window_reads(alex, by_child=True)
        given, examined = _explained(db, records, values, mode)
        assert given == 2 * MINE
        assert examined <= 2 * given + 10, (analysed, examined)
        given, examined = _explained(db, removals, values, mode)
        assert given == 2
        assert examined <= 2 * given + 10, (analysed, examined)


def test_a_caseload_of_most_of_the_children_is_read_in_order_of_number(feed) -> None:
    """Alex's 2 children of 152 are read child by child; Rhys's 150 in order of number (his
    window's rows are nearly all his: reading them in order stops at the page's size)."""
    db, known = feed
    with db.at_once() as conn:
        for who, by_child in ((known["alex"], True), (known["rhys"], False)):
            reads = exchange._PlainPageReads(conn)
            assert reads.newest(who) == known["head"]
            assert reads.by_child is by_child, who.name
