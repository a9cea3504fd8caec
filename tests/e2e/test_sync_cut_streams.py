"""Sync through a network cut part way through its byte stream, driven by hypothesis: a TCP
proxy between two laptops and a real hub over HTTPS closes the connection, or stops forwarding
(a stall), after a chosen number of bytes of the request or of the answer, for pushes small
and large (gzipped) and for pulls. After one sync through a good connection, nothing is lost,
nothing is there twice, nothing is kept aside, and the hub's audit chain verifies."""

from __future__ import annotations

import dataclasses
import itertools
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from directwork.domain.records import Child, SafetyPlan, VisitNote
from directwork.hub import audit
from directwork.hub.schema import RecordCopy
from directwork.store import outbox, records
from directwork.store.schema import KeptAsideRow
from directwork.sync.client import GZIP_FROM, SyncError
from tests.hub.harness import HubServer, Laptop, holdings, hub_database, tls  # noqa: F401
from tests.sync.cutting import Cut, CuttingProxy

# 120 notes of 2,400 characters: a push large enough to go gzipped.
assert 120 * 2_400 > GZIP_FROM

_names = itertools.count()


@pytest.fixture(scope="module")
def cut_hub(tmp_path_factory, tls):  # noqa: F811
    db = hub_database("sqlite", tmp_path_factory.mktemp("hub"))
    with HubServer(db, tls) as hub, CuttingProxy(hub.port) as proxy:
        yield hub, proxy
    db.dispose()


cuts = st.builds(Cut, way=st.sampled_from(["up", "down"]),
                 after=st.one_of(st.integers(0, 4_000), st.integers(4_000, 400_000)),
                 stall=st.booleans(), times=st.integers(1, 2))


@settings(max_examples=3, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(turns=st.lists(st.tuples(st.integers(0, 1), st.sampled_from([1, 3, 120]), cuts),
                      min_size=2, max_size=3))
def test_a_sync_cut_anywhere_in_its_bytes_loses_nothing_and_doubles_nothing(cut_hub, tls, turns):  # noqa: F811
    hub, proxy = cut_hub
    folder = Path(tempfile.mkdtemp(prefix="cut-"))
    name = f"Practitioner {next(_names)}"
    hub.add_practitioner(name)
    laptops = [Laptop(folder, f"l{i}", tls=tls, retries=0, timeout=1) for i in range(2)]
    try:
        proxy.cut = Cut()
        for laptop in laptops:
            laptop.enrol(hub, name, url=proxy.url)
        with laptops[0].vault.transaction() as s:
            child = records.save_document(s, Child(given_name="Dafydd"))
            plan = records.save_document(s, SafetyPlan(child_id=child.id))
        for laptop in laptops:
            laptop.sync()
        made = 0
        for turn, (which, notes, cut) in enumerate(turns):
            laptop = laptops[which]
            with laptop.vault.transaction() as s:
                for _ in range(notes):  # 120 long notes: a push sent gzipped
                    made += 1
                    records.add_entry(s, VisitNote(child_id=child.id,
                                                   text=f"note {made} " + "words " * 400))
                head = records.get_heads(s, SafetyPlan, plan.id)[0]
                records.save_document(s, dataclasses.replace(head, child_section=f"turn {turn}"))
            proxy.cut = cut
            try:
                laptop.sync()
            except SyncError as exc:
                assert str(exc).startswith(("could not reach", "the hub's answer was cut off"))
            proxy.cut = Cut()
        for laptop in (*laptops, *laptops):
            assert laptop.sync().complete
        assert holdings(laptops[0]) == holdings(laptops[1])
        for laptop in laptops:
            with laptop.vault.session() as s:
                assert len(records.list_entries(s, VisitNote, child.id)) == made
                assert outbox.pending_count(s) == 0
                assert s.execute(select(func.count()).select_from(KeptAsideRow)).scalar() == 0
        with hub.db.reading() as s:
            assert s.execute(select(func.count()).select_from(RecordCopy).where(
                RecordCopy.kind == "note", RecordCopy.child_id == child.id)).scalar() == made
            assert audit.verify(s)[0]
    finally:
        for laptop in laptops:
            laptop.close()
        shutil.rmtree(folder, ignore_errors=True)
