"""GET /state on PostgreSQL, once a device's key is known to the hub process, is answered from
the event loop (``app._StateOnLoop``: ``exchange.AT_ONCE`` on an asyncio connection of the
process's own) unless that connection is busy, when a worker thread answers as before
(``app._state``). Either must answer what ``exchange.state`` answers, team links included,
claim each nonce once, leave anything unusual to the full check, and fail as SQLAlchemy fails
(a lost connection: a 503, then the next request answered)."""

from __future__ import annotations

import asyncio
import json
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select, text

from directwork.hub import admin, app, exchange
from directwork.hub.db import HubDatabase
from directwork.hub.schema import AuditEvent, ChildCase, Nonce, RecordCopy
from directwork.sync.protocol import HubState
from tests.hub.harness import HubServer
from tests.hub.signed import client, device_of, signed_headers

pytestmark = pytest.mark.postgres


def _ask(http: httpx.Client, laptop, position: str = "") -> httpx.Response:
    query = httpx.QueryParams({"position": position} if position else {})
    headers = signed_headers(laptop, "GET", "/v1/state", b"", str(query))
    return http.get("/v1/state", params=query, headers=headers)


def _expected(hub, laptop, position: str = "") -> HubState:
    with hub.db.reading() as s:
        device, _practitioner = admin.device_for_request(s, device_of(laptop))
        return exchange.state(s, device, position, may_rotate=False)


class _Counted:
    """How many requests the worker thread's path (``app._state``) answered."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        self._lock = threading.Lock()
        real = app._state

        def counted(*args, **kwargs):
            with self._lock:
                self.calls += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(app, "_state", counted)


def _token_at_head(hub) -> str:
    with hub.db.reading() as s:
        epoch = admin.hub_value(s, "epoch")
        head = s.execute(select(func.max(exchange.FeedEvent.seq))).scalar_one() or 0
        return exchange.position_token(s, epoch, head) if head else ""


# A team link's head as a manager's laptop sends it: two children, a verdict, or deleted.
_VERDICTS = st.sampled_from(["confirmed", "rejected", "unsure", "deleted"])


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_the_loop_answers_what_the_full_state_answers_team_links_and_all(
        pg_hub, enrolled_laptop, tls, monkeypatch, data) -> None:
    if not hasattr(pg_hub, "_alex"):
        pg_hub._alex = enrolled_laptop(pg_hub, "Alex")
        pg_hub._counted = _Counted(monkeypatch)
    laptop, counted = pg_hub._alex, pg_hub._counted
    children = [f"child-{n}" for n in range(6)]
    mine = data.draw(st.sets(st.sampled_from(children)), label="on Alex's caseload")
    links = data.draw(st.lists(st.tuples(
        st.sampled_from(children), st.sampled_from(children),
        st.lists(_VERDICTS, min_size=1, max_size=2)), max_size=4), label="links")
    alex = pg_hub.db
    with alex.writing() as s:
        s.execute(delete(RecordCopy).where(RecordCopy.kind == "team_link"))
        s.execute(delete(ChildCase))
        practitioner = admin.device_for_request(s, device_of(laptop))[1].id
        s.add_all(ChildCase(child_id=c, practitioner_id=practitioner) for c in mine)
        for n, (first, second, heads) in enumerate(links):
            for h, verdict in enumerate(heads):
                payload = {"first_child": first, "second_child": second}
                payload |= {"deleted": True} if verdict == "deleted" else {"verdict": verdict}
                s.add(RecordCopy(kind="team_link", record_id=f"link-{n}", rev=f"{h}-r",
                                 child_id="", payload=json.dumps(payload), is_head=True))
    position = data.draw(st.sampled_from(["", _token_at_head(pg_hub)]), label="position")
    expected = _expected(pg_hub, laptop, position)
    with client(pg_hub, tls) as http:
        _ask(http, laptop)  # the device's key known to the process (the first time)
        before = counted.calls
        answer = _ask(http, laptop, position)
    assert answer.status_code == 200, answer.text
    assert HubState.model_validate_json(answer.content) == expected
    assert counted.calls == before  # answered from the loop
    # And the worker thread's one statement answers the same.
    now = datetime.now(UTC)
    with alex.at_once() as conn:
        assert exchange.state_at_once(conn, device_of(laptop), uuid.uuid4().hex, position,
                                      now=now, stale=now) == expected


def test_requests_at_once_are_answered_by_the_loop_or_a_worker_thread_each_claimed_once(
        pg_hub, enrolled_laptop, tls, monkeypatch) -> None:
    laptops = [enrolled_laptop(pg_hub, name) for name in ("Alex", "Bea", "Cai")]
    counted = _Counted(monkeypatch)
    with client(pg_hub, tls) as http:
        for laptop in laptops:
            assert _ask(http, laptop).status_code == 200  # each key known
    with pg_hub.db.reading() as s:
        before = s.execute(select(func.count()).select_from(Nonce)).scalar_one()
    threads_before = counted.calls

    def ask(laptop) -> tuple[int, HubState | None]:
        with client(pg_hub, tls) as http:
            answer = _ask(http, laptop)
            ok = answer.status_code == 200
            return answer.status_code, HubState.model_validate_json(answer.content) if ok \
                else None

    with ThreadPoolExecutor(max_workers=8) as pool:
        asked = [laptops[n % 3] for n in range(48)]
        answers = list(pool.map(ask, asked))
    for laptop, (status, state) in zip(asked, answers, strict=True):
        assert status == 200
        assert state == _expected(pg_hub, laptop)
    with pg_hub.db.reading() as s:
        assert s.execute(select(func.count()).select_from(Nonce)).scalar_one() == before + 48
    # Some came while the loop's connection was out: a worker thread answered them.
    assert 0 <= counted.calls - threads_before < 48


def test_a_replay_and_a_revoked_laptop_answered_on_the_loop_are_refused_and_noted(
        pg_hub, enrolled_laptop, tls) -> None:
    laptop = enrolled_laptop(pg_hub, "Alex")
    with client(pg_hub, tls) as http:
        assert _ask(http, laptop).status_code == 200  # the device's key is now known
        headers = signed_headers(laptop, "GET", "/v1/state", b"", "")
        assert http.get("/v1/state", headers=headers).status_code == 200
        again = http.get("/v1/state", headers=headers)
        assert again.status_code == 401
        assert again.json()["detail"] == "this request has been seen before (replayed)"
        with pg_hub.db.writing() as s:
            admin.revoke_device(s, device_of(laptop))
        revoked = _ask(http, laptop)
        assert revoked.status_code == 403
        assert revoked.json()["wipe"] is True
    with pg_hub.db.reading() as s:
        refusals = s.execute(select(AuditEvent.detail).where(
            AuditEvent.action == "refused").order_by(AuditEvent.seq)
        ).scalars().all()
    assert refusals == ["replayed", "revoked"]


def test_connections_lost_are_a_503_once_then_state_and_pull_are_answered(
        pg_hub, enrolled_laptop, tls) -> None:
    laptop = enrolled_laptop(pg_hub, "Alex")
    db = pg_hub.db
    with client(pg_hub, tls) as http:
        assert _ask(http, laptop).status_code == 200  # the loop's connection is made
        with db.engine.connect() as a, db.engine.connect() as b:  # two in the pool
            a.exec_driver_sql("SELECT 1")
            b.exec_driver_sql("SELECT 1")
        other = HubDatabase(db.url)
        try:
            with other.at_once() as conn:  # the server drops them all (a restart)
                conn.exec_driver_sql(
                    "SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()")
        finally:
            other.dispose()
        lost = _ask(http, laptop)
        assert lost.status_code == 503
        assert lost.json()["detail"] == "the hub's database is busy; try again in a moment"
        again = _ask(http, laptop)
        assert again.status_code == 200, again.text
        assert HubState.model_validate_json(again.content) == _expected(pg_hub, laptop)
        # The pool's connections of that age went too: a pull is answered at once.
        query = "cursor=0"
        pulled = http.get(f"/v1/pull?{query}",
                          headers=signed_headers(laptop, "GET", "/v1/pull", b"", query))
        assert pulled.status_code == 200, pulled.text


# Built once, as the hub's own statements are (their compiled text is kept by the object's id).
_ONE, _TWO, _SLEEP = text("SELECT 1"), text("SELECT 2"), text("SELECT pg_sleep(30)")


def test_a_statement_cancelled_on_the_loop_leaves_no_connection_in_doubt(pg_hub) -> None:
    on_loop = app._StateOnLoop(pg_hub.db)

    async def cancelled() -> None:
        assert await on_loop._rows(_ONE, {}) == [(1,)]
        first = on_loop.connection
        task = asyncio.create_task(on_loop._rows(_SLEEP, {}))
        await asyncio.sleep(0.3)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert on_loop.connection is None and first.closed
        assert await on_loop._rows(_TWO, {}) == [(2,)]  # a new one
        await on_loop.close()
        assert on_loop.connection is None

    asyncio.run(cancelled())


def test_the_loops_connection_is_closed_when_the_hub_stops(pg_hub, enrolled_laptop, tls) -> None:
    laptop = enrolled_laptop(pg_hub, "Alex")
    hub = HubServer(pg_hub.db, tls)

    def connections() -> int:
        other = HubDatabase(pg_hub.db.url)
        try:
            with other.at_once() as conn:
                return conn.exec_driver_sql(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND pid <> pg_backend_pid() AND application_name = ''").scalar_one()
        finally:
            other.dispose()

    pg_hub.db.engine.dispose()
    with hub, client(hub, tls) as http:
        assert _ask(http, laptop).status_code == 200
        assert _ask(http, laptop).status_code == 200  # from the loop
        pg_hub.db.engine.dispose()  # the pool's, closed: the loop's is left
        assert connections() == 1
    assert connections() == 0


def _without_state_first(db):
    """The hub's app as it was before ``_StateFirst``: every GET /state goes to the route."""
    made = app.create_app(db)
    made.user_middleware = [m for m in made.user_middleware if m.cls is not app._StateFirst]
    return made


# Requests as a laptop sends them, and others: the query (position given, none, twice, empty,
# longer than the route takes, with other parameters), a body said to come, the signature
# fresh, replayed, or made for another query.
_QUERIES = st.one_of(
    st.just([]),
    st.lists(st.tuples(st.sampled_from(["position", "cursor", "Position"]),
                       st.one_of(st.sampled_from(["", "a.b.c.d", "x" * 200, "x" * 201, "HEAD"]),
                                 st.text(st.characters(codec="utf-8"), max_size=30))),
             max_size=3))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(query=_QUERIES, length=st.sampled_from([None, "0", "2"]),
       signed=st.sampled_from(["fresh", "replayed", "other query"]))
@example(query=[("position", "x" * 201)], length=None, signed="fresh")
@example(query=[("position", "x" * 201), ("position", "HEAD")], length=None, signed="fresh")
@example(query=[("position", "HEAD"), ("position", "x" * 201)], length="0", signed="fresh")
@example(query=[("position", "HEAD")], length="2", signed="fresh")
@example(query=[("position", "HEAD")], length=None, signed="replayed")
@example(query=[("cursor", "1"), ("position", "HEAD")], length=None, signed="other query")
def test_state_first_answers_and_refuses_exactly_as_the_route(
        pg_hub, enrolled_laptop, tls, monkeypatch, request, query, length, signed) -> None:
    if not hasattr(pg_hub, "_route_only"):
        import tests.hub.harness as harness

        pg_hub._alex = enrolled_laptop(pg_hub, "Alex")
        monkeypatch.setattr(harness, "create_app", _without_state_first)
        pg_hub._route_only = HubServer(pg_hub.db, tls).__enter__()
        request.addfinalizer(lambda: pg_hub._route_only.__exit__(None, None, None))
    laptop, route_only = pg_hub._alex, pg_hub._route_only
    head = _token_at_head(pg_hub)
    params = httpx.QueryParams([(k, head if v == "HEAD" else v) for k, v in query])

    def answer(hub) -> tuple[int, str, object]:
        with client(hub, tls) as http:
            _ask(http, laptop)  # the key known to the process
            headers = signed_headers(laptop, "GET", "/v1/state", b"",
                                     str(params) if signed != "other query" else "x=1")
            extra = {} if length is None else {"content-length": length}
            body = b"{}" if length == "2" else b""
            request = http.build_request("GET", "/v1/state", params=params,
                                         headers={**headers, **extra}, content=body or None)
            first = http.send(request)
            if signed == "replayed":
                first = http.send(request)
            kind = first.headers.get("content-type", "")
            return first.status_code, kind, first.json()

    assert answer(pg_hub) == answer(route_only)


def test_state_first_answers_a_laptops_request_before_the_route(
        pg_hub, enrolled_laptop, tls, monkeypatch) -> None:
    laptop = enrolled_laptop(pg_hub, "Alex")
    asked: list[int] = []
    real = app._StateOnLoop.state

    async def counted(self, *args, **kwargs):
        asked.append(1)
        return await real(self, *args, **kwargs)

    monkeypatch.setattr(app._StateOnLoop, "state", counted)
    with client(pg_hub, tls) as http:
        head = _token_at_head(pg_hub)
        answer = _ask(http, laptop, head)
        assert answer.status_code == 200
        assert HubState.model_validate_json(answer.content) == _expected(pg_hub, laptop, head)
        assert len(asked) == 1  # answered before the route, which was not reached
        # A position longer than the route takes: the route refuses it, as before.
        too_long = _ask(http, laptop, "x" * 201)
        assert too_long.status_code == 422
        assert len(asked) == 1
        # A signature that does not hold: left by the loop to a worker thread's path, which
        # refuses it, still before the route (which would have asked the loop again).
        headers = signed_headers(laptop, "GET", "/v1/state", b"", "position=other")
        refused = http.get("/v1/state", params={"position": "mine"}, headers=headers)
        assert refused.status_code == 401
        assert len(asked) == 2
