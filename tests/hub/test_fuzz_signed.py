"""A signed mutation fuzzer against a real hub over HTTPS, on SQLite and PostgreSQL: an
enrolled device sends properly signed pushes, numbered in sequence, whose records hypothesis
mutates (values of any JSON type at any depth, times at the ends of the calendar, huge numbers
and strings, fields added and taken away). The hub never answers 5xx, and a new laptop that
then pulls everything the hub kept still finishes its sync."""

from __future__ import annotations

import copy
import dataclasses
import json
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from directwork.domain import codec
from directwork.domain.ids import uuid7
from directwork.domain.records import Child, Document
from directwork.hub.schema import Device
from directwork.store import records
from directwork.store.records import with_rev
from tests.hub.harness import HubServer, Laptop, hub_database
from tests.hub.signed import client, device_of, push_payloads
from tests.support import samples
from tests.support.linked import fill_child

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
EXAMPLES = 25  # per database: the whole test stays well under a minute

_EDGE_VALUES = st.sampled_from([
    None, True, 0, -1, -5, 11, 10**20, -(10**20), 2**63, 1.5, float("inf"), "", "x" * 100_001,
    "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-23:59", "2026-02-30T10:00:00Z",
    "2026-03-02T09:30:00", "1899-12-31T23:59:59Z", "2201-01-01T00:00:00Z", "20260302T093000Z",
    "2026-03-02", "0000-00-00", "not base64!", "iVBORw0KGgo=", "\x00", "\u2028", "../../etc",
    "01a21840-ff5d-739e-9d75-fd58cd0b9bce", "1-abc", "99999999999999-ffff", [], {}, [None],
    {"kind": "note"}, [[[[[]]]]],
])
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**25), 10**25) | st.text(max_size=20)
    | _EDGE_VALUES,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner,
                                                                max_size=3),
    max_leaves=6,
)


def _mutate(payload: dict, picks: list[int], values: list, drop: bool) -> dict:
    """Set a value at a path chosen by ``picks`` (or take a field away), in a copy."""
    out = copy.deepcopy(payload)
    for pick, value in zip(picks, values, strict=False):
        node = out
        while True:
            keys = sorted(node) if isinstance(node, dict) else list(range(len(node)))
            if not keys:
                break
            key = keys[pick % len(keys)]
            pick //= len(keys)
            inner = node[key]
            if isinstance(inner, dict | list) and inner and pick % 3:
                pick //= 3
                node = inner
                continue
            if drop and isinstance(node, dict):
                del node[key]
            else:
                node[key] = value
            break
    return out


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def fuzz_hub(request, tmp_path_factory, tls):
    folder = tmp_path_factory.mktemp("fuzz-signed")
    db = hub_database(request.param, folder)
    with HubServer(db, tls) as hub:
        hub.add_practitioner("Sam")
        rogue = Laptop(folder, "rogue", tls=tls)
        rogue.enrol(hub, "Sam")
        with rogue.vault.transaction() as s:
            child, made = fill_child(s)
        rogue.sync()
        stamps = {"created_at": NOW, "updated_at": NOW, "created_by": "sam",
                  "device_id": device_of(rogue)}
        own = uuid7()
        bases = [codec.record_to_dict(with_rev(samples.child(id=own, child_id=own, **stamps)))]
        for record in made:
            fresh = dataclasses.replace(record, id=uuid7(), **stamps)
            if isinstance(fresh, Document):
                fresh = with_rev(dataclasses.replace(fresh, rev="", base_rev=None, merge_rev=None))
            bases.append(codec.record_to_dict(fresh))
        yield hub, rogue, bases, folder
        rogue.close()
    db.dispose()


def test_signed_mutated_pushes_never_get_5xx_and_a_laptop_pulling_everything_still_syncs(
        fuzz_hub, tls):
    hub, rogue, bases, folder = fuzz_hub
    statuses: dict[int, int] = {}
    outcomes: dict[str, int] = {}

    with client(hub, tls) as http:
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        @given(batch=st.lists(st.tuples(st.integers(0, 10**6), st.lists(st.integers(0, 10**9),
                                                                        min_size=1, max_size=3),
                                        st.lists(_JSON, min_size=1, max_size=3), st.booleans()),
                              min_size=1, max_size=4))
        def push_mutated(batch) -> None:
            payloads = []
            for which, picks, values, drop in batch:
                payload = _mutate(bases[which % len(bases)], picks, values, drop)
                payload["id"] = payload.get("id") if isinstance(payload.get("id"), str) else uuid7()
                payloads.append(payload)
            with hub.db.reading() as s:
                first = s.execute(select(Device.last_seq).where(
                    Device.id == device_of(rogue))).scalar_one() + 1
            answer = push_mutated_once(http, payloads, first)
            statuses[answer.status_code] = statuses.get(answer.status_code, 0) + 1
            assert answer.status_code < 500, answer.text
            if answer.status_code == 200:
                for result in answer.json()["results"]:
                    outcomes[result["status"]] = outcomes.get(result["status"], 0) + 1
            else:
                assert answer.headers["content-type"].startswith("application/problem+json")

        def push_mutated_once(http_client, payloads, first):
            try:
                return push_payloads(http_client, rogue, payloads, first)
            except ValueError:  # a value json cannot write (the client's own refusal)
                return push_payloads(http_client, rogue, json.loads(json.dumps(
                    payloads, default=str).replace("Infinity", "0")), first)

        push_mutated()
    assert statuses.get(200, 0) > 0 and outcomes.get("rejected", 0) > 0, (statuses, outcomes)

    # Whatever the hub kept, a new laptop of the same practitioner reads all of it and finishes.
    reader = Laptop(folder, f"reader-{len(outcomes)}-{sum(statuses.values())}", tls=tls)
    try:
        reader.enrol(hub, "Sam")
        result = reader.sync()
        assert result.complete
        assert result.received == result.applied + result.kept_aside
        assert reader.sync().received == 0
        with reader.vault.session() as s:
            assert records.list_documents(s, Child)  # the fuzzer's child arrived
    finally:
        reader.close()
