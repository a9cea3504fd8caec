"""POST /push and GET /pull, on PostgreSQL, are answered before FastAPI's routing
(``app._SyncFirst``) for a request as a laptop sends it, and go on to the route for anything
else. Either way the answer and what the database keeps must be what the route alone gives:
the same random requests (valid or not, wrongly signed, replayed, from a device revoked or
not yet confirmed, gzipped or not, any page asked for) are sent to a hub with the layer and to
one without it, each on its own copy of one database, and the answers and the databases
compared after each."""

from __future__ import annotations

import gzip
import json
import re
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from directwork.domain import codec
from directwork.domain.ids import uuid7
from directwork.domain.records import Child, VisitNote
from directwork.hub import app
from directwork.hub.db import HubDatabase
from directwork.hub.schema import AuditEvent, Base, Device
from directwork.store.records import with_rev
from directwork.sync.protocol import LARGEST_PAGE, NDJSON, PAGE_LIMIT_HEADER
from tests.hub import harness, pg
from tests.hub.harness import HubServer, hub_database
from tests.hub.signed import client, device_of, signed_headers
from tests.support.linked import fill_child

pytestmark = pytest.mark.postgres


def _without_sync_first(db: HubDatabase):
    """The hub's app as it was before ``_SyncFirst``: every push and pull goes to the route."""
    made = app.create_app(db)
    made.user_middleware = [m for m in made.user_middleware if m.cls is not app._SyncFirst]
    return made


def _copy(db: HubDatabase) -> HubDatabase:
    """A second database, made from ``db`` as it stands (no connection to it may be open)."""
    db.engine.dispose()
    name = f"{db.engine.url.database}_copy"
    cluster = pg.cluster()
    with psycopg.connect(f"host=127.0.0.1 port={cluster.port} user=postgres dbname=postgres",
                         autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{db.engine.url.database}"')
    return HubDatabase(cluster.url(name))


# What each hub draws for itself: the time (a nonce's seen_at), the audit chain's hashes
# (which cover the time), a feed row's mark (at random).
_DRAWN = ("seen_at", "hash", "prev_hash", "mark")


def _held(db: HubDatabase) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, in key order, times shown only as set or not (each hub takes its
    own clock), the audit chain's hashes (which cover the time) checked as a chain instead."""
    held: dict[str, list[tuple[Any, ...]]] = {}
    with db.reading() as s:
        for table in Base.metadata.sorted_tables:
            rows = s.execute(select(table).order_by(*table.primary_key.columns)).all()
            masked = []
            for row in rows:
                values = []
                for column, value in zip(table.columns, row, strict=True):
                    if isinstance(value, datetime) or column.name in _DRAWN:
                        value = value is not None
                    values.append(value)
                masked.append(tuple(values))
            held[table.name] = masked
        chain = s.execute(select(AuditEvent.prev_hash, AuditEvent.hash)
                          .order_by(AuditEvent.seq)).all()
    assert all(later[0] == earlier[1] for earlier, later in zip(chain, chain[1:], strict=False))
    return held


def _counted(real: Any, answered: list[str], name: str) -> Any:
    def counted(*args: Any) -> Any:
        answer = real(*args)
        answered.append(name if answer is not None else "route")
        return answer

    return counted


def _answer(response: httpx.Response) -> tuple[Any, ...]:
    return (response.status_code, response.headers.get("content-type"),
            response.headers.get(PAGE_LIMIT_HEADER), _POSITION.sub(rb'\1"', response.content))


# A position's mark and its MAC: each feed row's mark is drawn at random.
_POSITION = re.compile(rb'("[0-9a-f]+\.[0-9]+\.)[^."]*\.[0-9a-f]+"')


def _records(child: str, count: int) -> list[dict[str, Any]]:
    now = datetime.now(UTC)
    stamp = {"created_at": now, "updated_at": now, "created_by": "x", "device_id": "y"}
    found = [codec.record_to_dict(with_rev(Child(id=child, child_id=child, given_name="Mali",
                                                 **stamp)))]
    found += [codec.record_to_dict(VisitNote(id=uuid7(), child_id=child, text=f"Visit {n}.",
                                             **stamp)) for n in range(count - 1)]
    return found


# What a push's body is: as a laptop sends it, or otherwise.
_BODIES = st.sampled_from(["valid", "valid", "valid", "garbled payload", "not json", "empty list",
                           "list", "lone surrogate", "unknown field", "bad cursor"])
_TYPES = st.sampled_from(["application/json"] * 4 + ["text/plain", None,
                                                     "application/json; charset=utf-8"])
_SIGNED = st.sampled_from(["fresh"] * 4 + ["replayed", "other body", "other path"])
_DEVICE = st.sampled_from(["enrolled"] * 5 + ["revoked", "unconfirmed"])
_QUERY_VALUES = st.one_of(st.sampled_from(["0", "1", "3", "7", "20", "100", str(LARGEST_PAGE),
                                           str(LARGEST_PAGE + 1), "01", "-1", "+1", "1.0",
                                           "true", "false", "True", "1", "", "%31", "x",
                                           str(2**62), str(2**62 + 1)]),
                          st.integers(0, 60).map(str))
_JSON = "application/json"
_ACCEPTS = st.sampled_from([NDJSON, _JSON, ""])
# A push: its first number off by, its body, which child, how many records, its
# Content-Type, and whether it is sent gzipped.
_PUSHES = st.tuples(st.sampled_from([0, 0, 0, 1, -1]), _BODIES, st.integers(0, 2),
                    st.integers(1, 4), _TYPES, st.booleans())
_QUERIES = st.lists(st.tuples(st.sampled_from(["cursor", "limit", "own", "other", "Cursor"]),
                              _QUERY_VALUES), max_size=4)


def test_push_and_pull_answered_first_as_the_route_answers_them(
        tmp_path: Path, tls, new_laptop, monkeypatch) -> None:
    first = hub_database("postgres", tmp_path)
    with HubServer(first, tls) as hub:
        hub.add_practitioner("Alex", team="North")
        hub.add_practitioner("Bea", team="North")
        laptops = [new_laptop("alex"), new_laptop("bea")]
        for laptop, name in zip(laptops, ("Alex", "Bea"), strict=True):
            laptop.enrol(hub, name)
        with laptops[0].vault.transaction() as s:
            for name in ("Dafydd", "Rhian"):
                fill_child(s, name)
        for laptop in laptops:
            laptop.sync()
    second = _copy(first)
    fast = HubServer(first, tls).__enter__()
    monkeypatch.setattr(harness, "create_app", _without_sync_first)
    route = HubServer(second, tls).__enter__()
    hubs = (fast, route)
    http = {hub: client(hub, tls) for hub in hubs}
    try:
        for laptop in laptops:  # each key known to the hubs' process
            headers = signed_headers(laptop, "GET", "/v1/state", b"", "")
            for hub in hubs:
                assert http[hub].get("/v1/state", headers=headers).status_code == 200
        assert _held(first) == _held(second)
        children = [uuid7() for _ in range(3)]

        @settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
        @given(who=st.sampled_from([0, 1]), device=_DEVICE, signed=_SIGNED, zipped=st.booleans(),
               push=st.one_of(st.none(), _PUSHES), query=_QUERIES, accept=_ACCEPTS,
               chunked=st.booleans())
        # The cases each run (who sends, the device, the signature, gzip accepted, the push or
        # None for a pull, the pull's query, its Accept, the body sent chunked): a laptop's
        # own requests, and each kind of refusal the layer must leave to the route.
        @example(0, "enrolled", "fresh", False,
                 (0, "lone surrogate", 0, 2, _JSON, False), [], "", False)
        @example(0, "enrolled", "fresh", True, (0, "valid", 0, 3, _JSON, True), [], "", False)
        @example(0, "enrolled", "fresh", False, (1, "valid", 0, 2, _JSON, False), [], "", False)
        @example(0, "enrolled", "fresh", False, (0, "not json", 0, 1, _JSON, False), [], "", False)
        @example(0, "enrolled", "fresh", False, (0, "valid", 0, 2, _JSON, False), [], "", True)
        @example(1, "revoked", "fresh", False, (0, "valid", 1, 2, _JSON, False), [], "", False)
        @example(1, "unconfirmed", "fresh", False, (0, "valid", 1, 2, _JSON, False), [], "", False)
        @example(0, "enrolled", "replayed", False, (0, "valid", 2, 2, _JSON, False), [], "", False)
        @example(0, "enrolled", "other body", False,
                 (0, "valid", 2, 2, _JSON, False), [], "", False)
        @example(0, "enrolled", "fresh", True,
                 None, [("cursor", "0"), ("own", "true")], NDJSON, False)
        @example(0, "enrolled", "fresh", False,
                 None, [("limit", "3"), ("own", "true")], _JSON, False)
        @example(0, "enrolled", "fresh", False, None, [("limit", str(LARGEST_PAGE + 1))], "", False)
        @example(0, "enrolled", "fresh", False, None, [("cursor", "01")], NDJSON, False)
        @example(0, "enrolled", "fresh", False, None, [("own", "1")], NDJSON, False)
        @example(1, "revoked", "fresh", False, None, [], NDJSON, False)
        @example(1, "unconfirmed", "fresh", False, None, [], NDJSON, False)
        @example(0, "enrolled", "replayed", False, None, [("cursor", "5")], NDJSON, False)
        def same(who: int, device: str, signed: str, zipped: bool,
                 push: tuple[int, str, int, int, str | None, bool] | None,
                 query: list[tuple[str, str]], accept: str, chunked: bool) -> None:
            laptop = laptops[who]
            headers: dict[str, str] = {"Accept-Encoding": "gzip" if zipped else "identity"}
            zip_sent = False
            if push is not None:
                off_by, kind, child, count, kind_sent, zip_sent = push
                method, path, query_text = "POST", "/v1/push", ""
                with first.reading() as s:
                    seq = s.execute(select(Device.last_seq).where(
                        Device.id == device_of(laptop))).scalar_one() + 1 + off_by
                records = _records(children[child], count)
                changes = [{"seq": seq + n, "kind": r["kind"], "id": r["id"],
                            "child_id": r["child_id"], "rev": r.get("rev"),
                            "base_rev": r.get("base_rev"), "merge_rev": r.get("merge_rev"),
                            "payload": r} for n, r in enumerate(records)]
                sent: Any = {"changes": changes}
                if kind == "garbled payload":
                    changes[-1]["payload"] = {"kind": "visit_note", "id": "x"}
                elif kind == "empty list":
                    sent = {"changes": []}
                elif kind == "list":
                    sent = changes
                elif kind == "lone surrogate":
                    changes[-1]["payload"]["text"] = "\ud800"
                elif kind == "unknown field":
                    sent["extra"] = 1
                elif kind == "bad cursor":
                    sent["cursor"] = -1
                body = b"{not json" if kind == "not json" else json.dumps(sent).encode()
            else:
                method, path, body = "GET", "/v1/pull", b""
                query_text = str(httpx.QueryParams(query))
                kind_sent = None
                headers["Accept"] = accept
            headers |= signed_headers(
                laptop, method, path, b"{}" if signed == "other body" else body,
                "x=1" if signed == "other path" else query_text)
            headers.pop("Content-Type")
            if kind_sent is not None:
                headers["Content-Type"] = kind_sent
            content = body
            if zip_sent:
                content, headers["Content-Encoding"] = gzip.compress(body), "gzip"
            target = path + (f"?{query_text}" if query_text else "")
            changed = {"revoked": {"revoked_at": datetime.now(UTC) - timedelta(minutes=1)},
                       "unconfirmed": {"confirmed_at": None}}.get(device)
            answers = []
            for hub in hubs:
                was = {}
                if changed:
                    with hub.db.writing() as s:
                        row = s.get(Device, device_of(laptop))
                        was = {k: getattr(row, k) for k in changed}
                        s.execute(update(Device).where(Device.id == device_of(laptop))
                                  .values(**changed))
                # Sent chunked (Transfer-Encoding), a push's body is the route's to read.
                sending: Any = iter([content]) if chunked and content else content or None
                request = http[hub].build_request(method, target, headers=headers,
                                                  content=sending)
                answers.append([_answer(http[hub].send(request))])
                if signed == "replayed":
                    answers[-1].append(_answer(http[hub].send(request)))
                if changed:
                    with hub.db.writing() as s:
                        s.execute(update(Device).where(Device.id == device_of(laptop))
                                  .values(**was))
            assert answers[0] == answers[1]
            assert _held(first) == _held(second)

        answered: list[str] = []
        for name in ("_push_at_once", "_pull_at_once"):
            monkeypatch.setattr(app, name, _counted(getattr(app, name), answered, name))
        same()
        # Both ways were taken: by the layer, and on to the route.
        assert {"_push_at_once", "_pull_at_once", "route"} <= set(answered)
    finally:
        for hub in hubs:
            http[hub].close()
            hub.__exit__(None, None, None)
        second.dispose()
        first.dispose()


def test_a_laptops_push_and_pull_are_answered_before_the_route(
        pg_hub, enrolled_laptop, monkeypatch) -> None:
    """The layer answers them (the route's authentication is not reached), and leaves the
    unusual to the route."""
    laptop = enrolled_laptop(pg_hub, "Alex")
    routed: list[str] = []
    real = app._authenticate

    def counted(db, headers, body, method, path, query, confirmed):
        routed.append(path)
        return real(db, headers, body, method, path, query, confirmed)

    monkeypatch.setattr(app, "_authenticate", counted)
    # The minute's clearing of old nonces not due (when it is, the route's full path runs).
    monkeypatch.setattr(app, "_nonces_pruned_at", int(time.time()))
    for name in ("Dafydd", "Rhian"):  # the key is known from the enrolment's confirmation
        with laptop.vault.transaction() as s:
            fill_child(s, name)
        result = laptop.sync()
        assert sum(result.pushed.values()) > 0 and result.complete
    assert routed == []  # pushed and pulled before the route
    tls = laptop.tls
    with client(pg_hub, tls) as http:
        query = "cursor=01"  # not as a laptop writes it: the route's
        headers = signed_headers(laptop, "GET", "/v1/pull", b"", query)
        assert http.get(f"/v1/pull?{query}", headers=headers).status_code == 200
    assert routed[-1] == "/v1/pull"
