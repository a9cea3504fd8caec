"""Sync through a network that misbehaves, driven by hypothesis: three laptops of one
practitioner make edits and sync through a proxy that drops, delays, duplicates, reorders and
cuts off requests and answers 500 or 503. After one clean round of syncs every laptop holds
exactly the same records: none lost, none twice."""

from __future__ import annotations

import dataclasses
import itertools
import shutil
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from directwork.domain.records import Child, SafetyPlan, VisitNote
from directwork.hub.schema import RecordCopy
from directwork.store import outbox, records
from directwork.sync.client import SyncError
from tests.hub.harness import HubServer, Laptop, holdings, hub_database, tls  # noqa: F401
from tests.sync.faults import FAULTS, FaultProxy

_names = itertools.count()


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def proxied_hub(request, tmp_path_factory, tls):  # noqa: F811
    db = hub_database(request.param, tmp_path_factory.mktemp("hub"))
    with HubServer(db, tls) as hub, FaultProxy(hub.url, str(tls.ca_file)) as proxy:
        yield hub, proxy
    db.dispose()


steps = st.lists(st.tuples(st.integers(0, 2), st.sampled_from(["note", "plan", "sync", "sync"])),
                 min_size=6, max_size=16)
# Every fault at least once per example (in an order hypothesis picks), then a random tail.
fault_plans = st.tuples(st.permutations(FAULTS), st.lists(st.sampled_from(FAULTS), max_size=8)
                        ).map(lambda parts: [*parts[0], *parts[1]])


@settings(max_examples=4, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=steps, plan=fault_plans)
def test_after_a_clean_sync_every_laptop_holds_the_same_records(proxied_hub, tls, steps, plan):  # noqa: F811
    hub, proxy = proxied_hub
    folder = Path(tempfile.mkdtemp(prefix="faults-"))
    name = f"Practitioner {next(_names)}"
    hub.add_practitioner(name)
    laptops = [Laptop(folder, f"l{i}", tls=tls, retries=2, timeout=5) for i in range(3)]
    try:
        proxy.clean()
        for laptop in laptops:
            laptop.client.enrol(proxy.url, hub.enrol_code(name))
        with laptops[0].vault.transaction() as s:
            child = records.save_document(s, Child(given_name="Dafydd"))
            plan_doc = records.save_document(s, SafetyPlan(child_id=child.id))
        for laptop in laptops:
            laptop.sync()
        made_notes: list[str] = []

        proxy.faults(plan)
        for turn, (which, action) in enumerate(steps):
            laptop = laptops[which]
            if action == "note":
                with laptop.vault.transaction() as s:
                    made_notes.append(records.add_entry(
                        s, VisitNote(child_id=child.id, text=f"note {turn}")).id)
            elif action == "plan":
                with laptop.vault.transaction() as s:
                    head = records.get_document(s, SafetyPlan, plan_doc.id)
                    records.save_document(s, dataclasses.replace(head, child_section=f"turn {turn}"))
            else:
                try:
                    laptop.sync()
                except SyncError:
                    pass  # the network failed; the next sync carries on

        proxy.clean()
        for laptop in laptops + laptops:
            assert laptop.sync().complete
        held = [holdings(laptop) for laptop in laptops]
        assert held[0] == held[1] == held[2]
        for laptop in laptops:
            with laptop.vault.session() as s:
                notes = Counter(n.id for n in records.list_entries(s, VisitNote, child.id))
                assert sorted(notes) == sorted(made_notes) and set(notes.values()) <= {1}
                assert outbox.pending_count(s) == 0
        with hub.db.reading() as s:
            on_hub = s.execute(select(func.count()).select_from(RecordCopy)
                               .where(RecordCopy.child_id == child.id)).scalar()
        assert on_hub == len(held[0])
    finally:
        for laptop in laptops:
            laptop.close()
        shutil.rmtree(folder, ignore_errors=True)
