"""A push's reads on PostgreSQL go straight to the driver (``db.run_plain``), the children it
names as one array; they find what the statements through SQLAlchemy found: which of the
children are on a caseload, and which on one the pushing practitioner sees, for a practitioner
who sees their own caseload and for a team manager who sees the team's, whatever the
caseloads hold. The device's row and the time of the last pruning are read alike too."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from directwork.hub import admin, exchange
from directwork.hub.db import HubDatabase
from directwork.hub.schema import ChildCase, Device, HubState, Practitioner
from tests.hub.harness import hub_database

_CHILDREN = [f"c{n}" for n in range(8)]
_WHO = ["Ann", "Ben", "Cat", "Dev"]  # Ann manages North (Ann, Ben); Cat is in South; Dev in none


@pytest.fixture(scope="module")
def pg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubDatabase]:
    db = hub_database("postgres", Path(tmp_path_factory.mktemp("plain-reads")))
    with db.writing() as s:
        admin.add_team(s, "North")
        admin.add_team(s, "South")
        admin.add_practitioner(s, "Ann", team="North", manager=True)
        admin.add_practitioner(s, "Ben", team="North")
        admin.add_practitioner(s, "Cat", team="South")
        admin.add_practitioner(s, "Dev")
        who = admin.find_practitioner(s, "Ben")
        s.add(Device(id="d1", practitioner_id=who.id, public_key="k" * 64, last_seq=7,
                     pulled_to=3, served_to=5, enrolled_at=datetime.now(UTC)))
    yield db
    db.dispose()


def _core(session, statement, params):  # type: ignore[no-untyped-def]
    return sorted(tuple(row) for row in session.execute(statement, params).all())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                HealthCheck.function_scoped_fixture])
@given(cases=st.dictionaries(st.sampled_from(_CHILDREN), st.sampled_from(_WHO), max_size=8),
       asked=st.sets(st.sampled_from(_CHILDREN), min_size=1))
def test_the_caseload_read_finds_what_the_statement_through_sqlalchemy_found(
        pg: HubDatabase, cases: dict[str, str], asked: set[str]) -> None:
    with pg.writing() as s:
        s.execute(delete(ChildCase))
        for child, name in cases.items():
            s.add(ChildCase(child_id=child, practitioner_id=admin.find_practitioner(s, name).id))
    with pg.writing(shared=True) as s:
        for name in _WHO:
            practitioner = admin.find_practitioner(s, name)
            assert isinstance(practitioner, Practitioner)
            seen, params = admin.caseloads_seen(practitioner)
            values = {**params, "children": sorted(asked)}
            plain = sorted(exchange.run_plain(s, exchange._ON_CASELOADS_PG[id(seen)], values))
            assert plain == _core(s, exchange._ON_CASELOADS[id(seen)], values)
            device = exchange._HeldDevice("d1", 0, 0, 0)
            allowed, new = exchange._allowed_children(s, device, practitioner, set(asked))
            assert new == asked - set(cases)
            visible = {c for c in asked if c in cases and (
                cases[c] == name or (name == "Ann" and cases[c] in ("Ann", "Ben")))}
            assert allowed >= visible | new


def test_the_device_row_and_the_pruning_time_are_read_alike(pg: HubDatabase) -> None:
    with pg.writing(shared=True) as s:
        for params in ({"device_id": "d1"}, {"device_id": "none"}):
            assert exchange._first(s, True, exchange._HOLD_DEVICE, params) == \
                exchange._first(s, False, exchange._HOLD_DEVICE, params)
        assert exchange._first(s, True, exchange._HOLD_DEVICE, {"device_id": "d1"}) == (7, 3, 5)
        now = datetime.now(UTC)
        s.execute(delete(HubState).where(HubState.key == "rejected_pruned_at"))
        assert exchange._prune_due(s, now, True) is exchange._prune_due(s, now, False) is True
        s.add(HubState(key="rejected_pruned_at", value="2026-01-01T00:00:00+00:00"))
        s.flush()
        assert exchange._prune_due(s, now, True) is exchange._prune_due(s, now, False)
        s.rollback()
