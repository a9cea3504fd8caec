"""The hub's HTTP API (FastAPI). Every route but enrolment needs a signed request.

Every refusal is a Problem (RFC 9457, ``application/problem+json``, ``core.problems``): 400
for a body that is not JSON, 401 for a request that does not prove who sent it (unsigned, stale, replayed,
wrongly signed), 403 for a device that is revoked (with ``wipe: true``), not yet confirmed, or
a code that may not be used, 404 and 405 for what the hub does not serve, 409 for a gap in a
device's numbers, 413 for an oversized body (sent or decoded), 415 for a body encoded other
than plain or gzip, 422 for a body that is not what the schema says.
A record the hub cannot vouch for is not a refusal of the request: it is answered, change by
change, in the push's results. Bad input never gets a 5xx.

A request's nonce is claimed in a transaction of its own, committed before the request does
anything, so a request refused later (a gap, a replay of a refused body) can never be replayed.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
import zlib
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any, TypeVar, cast

import anyio.to_thread
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse, Response, StreamingResponse
from sqlalchemy import Connection, Table, delete, insert, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from starlette.concurrency import iterate_in_threadpool, run_in_threadpool
from starlette.datastructures import URL, Headers, QueryParams
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from directwork import __version__
from directwork.core.problems import PROBLEM_MEDIA_TYPE, ProblemAnswer
from directwork.hub import admin, audit, exchange
from directwork.hub.admin import HubError
from directwork.hub.db import WORKER_THREADS, HubDatabase, driver_error
from directwork.hub.schema import Device, Nonce, Practitioner
from directwork.sync import signing
from directwork.sync.protocol import (
    API,
    LARGEST_PAGE,
    MAX_BODY_BYTES,
    MAX_CLOCK_SKEW_S,
    NDJSON,
    NOT_ENROLLED,
    PAGE_LIMIT_HEADER,
    PAGE_SIZE,
    EnrolRequest,
    EnrolResponse,
    HubState,
    Problem,
    PullResponse,
    PushRequest,
    PushResponse,
    RetireRequest,
    RetireResponse,
    TeamViewAnswer,
    TeamViewOpened,
)

REFUSAL_STATUSES = (400, 401, 403, 409, 413, 415, 422)
REFUSALS: dict[int | str, dict[str, Any]] = {code: {"model": Problem} for code in REFUSAL_STATUSES}


class Refused(HubError):
    def __init__(self, message: str, status: int, *, wipe: bool = False) -> None:
        super().__init__(message, status)
        self.wipe = wipe


@dataclass(frozen=True)
class Caller:
    device: Device
    practitioner: Practitioner
    body: bytes
    nonce: str


T = TypeVar("T")
DB_URL_VARIABLE = "DIRECTWORK_HUB_DB"
# Pull pages are sent gzipped to a laptop that asks for it. Level 5 makes them about a tenth
# larger than level 9 but compresses several times faster, and the hub's time is the scarcer.
GZIP_LEVEL = 5


def app_from_environment() -> FastAPI:
    """The app for one of several worker processes (``serve --workers``)."""
    from directwork.hub.serving import ready_to_serve

    app = create_app(HubDatabase(os.environ[DB_URL_VARIABLE]))
    ready_to_serve()
    return app


def problem(status: int, detail: str, *, wipe: bool = False,
            expected_seq: int | None = None) -> JSONResponse:
    """An RFC 9457 Problem answer."""
    answer = ProblemAnswer(status, detail, wipe=wipe, expected_seq=expected_seq)
    return JSONResponse(status_code=status, content=answer.to_json(), media_type=PROBLEM_MEDIA_TYPE)


def _hub_error_problem(exc: HubError) -> JSONResponse:
    return problem(exc.status, exc.message, wipe=getattr(exc, "wipe", False),
                   expected_seq=getattr(exc, "expected", None))


def _busy_problem() -> JSONResponse:
    # The database is locked or unreachable for a moment: the laptop retries.
    return problem(503, "the hub's database is busy; try again in a moment")


class _HubApp(FastAPI):
    def openapi(self) -> dict[str, Any]:
        # FastAPI documents every response model as application/json; refusals are sent as
        # application/problem+json, so the schema says that instead.
        if self.openapi_schema is None:
            self.openapi_schema = _refusals_as_problem_json(super().openapi())
        return self.openapi_schema


class _RefuseOversized:
    """A body said to be larger than the hub takes is refused before it is read; one sent
    without a length (chunked) is read here up to that size, and refused as soon as it passes
    it, so no route, not even one anyone may call, reads more into memory. (Plain ASGI,
    not ``@app.middleware``: that wraps every request in streams and a task of its own, a
    good share of what a sync with nothing to do costs the hub.)"""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers = Headers(scope=scope)
            length = headers.get("content-length")
            if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
                await _too_large()(scope, receive, send)
                return
            if length is None and "transfer-encoding" in headers:
                messages, body = await _body_of(receive)
                if body is None and messages[-1]["type"] == "http.request":
                    await _too_large()(scope, receive, send)
                    return
                # Read whole, or the client went away: the app is given what came, as sent.
                receive = _replaying(messages, receive)
        await self.app(scope, receive, send)


class _Gunzip:
    """A request body sent gzipped (``Content-Encoding: gzip``) is decoded before the app
    reads it: the app, and the signature (which covers the body as decoded), see it as if it
    had been sent plain. Refused, with a Problem, before anything reads it: another encoding
    (415), a body that is not one whole gzip stream (400), one that is larger than the hub
    takes, sent or decoded (413: a small body that would decode to gigabytes stops there)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        encoding = Headers(scope=scope).get("content-encoding", "").strip().lower()
        if encoding in ("", "identity"):
            await self.app(scope, receive, send)
            return
        if encoding != "gzip":
            await problem(415, f"the hub takes request bodies plain or gzipped, not "
                               f"{encoding[:40]!r}")(scope, receive, send)
            return
        chunks: list[bytes] = []
        size, more = 0, True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                await _too_large()(scope, receive, send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        try:
            decoded = _gunzipped(b"".join(chunks))
        except _BadBody as bad:
            await problem(bad.status, bad.detail)(scope, receive, send)
            return
        headers = [(k, v) for k, v in scope["headers"]
                   if k.lower() not in (b"content-encoding", b"content-length")]
        headers.append((b"content-length", str(len(decoded)).encode()))
        given = False

        async def replay() -> Message:
            nonlocal given
            if not given:
                given = True
                return {"type": "http.request", "body": decoded, "more_body": False}
            return await receive()

        await self.app({**scope, "headers": headers}, replay, send)


class _BadBody(Exception):
    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status, self.detail = status, detail


def _too_large() -> JSONResponse:
    return problem(413, f"the request is larger than {MAX_BODY_BYTES // 2**20} MB; send fewer "
                        "changes at a time")


def _gunzipped(data: bytes) -> bytes:
    """One gzip stream, decoded, at most MAX_BODY_BYTES long."""
    stream = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        decoded = stream.decompress(data, MAX_BODY_BYTES + 1)
    except zlib.error:
        raise _BadBody(400, "the body is not valid gzip") from None
    if len(decoded) > MAX_BODY_BYTES or stream.unconsumed_tail:
        raise _BadBody(413, f"the request, decoded, is larger than {MAX_BODY_BYTES // 2**20} "
                            "MB; send fewer changes at a time")
    if not stream.eof:
        raise _BadBody(400, "the gzipped body stops short")
    if stream.unused_data:
        raise _BadBody(400, "the gzipped body has more after its end")
    return decoded


def _refusals_as_problem_json(schema: dict[str, Any]) -> dict[str, Any]:
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            for status, response in operation.get("responses", {}).items():
                content = response.get("content", {})
                if status.isdigit() and int(status) in REFUSAL_STATUSES \
                        and "application/json" in content:
                    content[PROBLEM_MEDIA_TYPE] = content.pop("application/json")
    return schema


def create_app(db: HubDatabase) -> FastAPI:
    on_loop = _StateOnLoop(db)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # The worker threads' limit is the event loop's own: set here, on that loop.
        anyio.to_thread.current_default_thread_limiter().total_tokens = WORKER_THREADS
        yield
        await on_loop.close()

    app = _HubApp(title="directwork hub", version=__version__, lifespan=lifespan,
                  description="The team's sync hub: push and pull of records, by signed request.")
    app.add_middleware(_SyncFirst, db=db)
    app.add_middleware(_StateFirst, on_loop=on_loop)
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=GZIP_LEVEL)
    app.state.db = db

    app.add_middleware(_Gunzip)
    app.add_middleware(_RefuseOversized)

    @app.exception_handler(HubError)
    async def _hub_error(_request: Request, exc: HubError) -> JSONResponse:
        return _hub_error_problem(exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        first = errors[0] if errors else {"loc": (), "msg": "invalid request"}
        if first.get("type") == "json_invalid":
            return problem(400, "the body is not JSON")
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        return problem(422, f"{where or 'request'}: {first.get('msg', 'invalid')}")

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return problem(exc.status_code, str(exc.detail))

    @app.exception_handler(OperationalError)
    async def _busy(_request: Request, _exc: OperationalError) -> JSONResponse:
        return _busy_problem()

    @app.exception_handler(Exception)
    async def _failed(_request: Request, _exc: Exception) -> JSONResponse:
        return problem(500, "the hub failed to answer; nothing was changed")

    @app.get(f"{API}/health", summary="Is the hub up")
    def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    @app.post(f"{API}/enrol", response_model=EnrolResponse, responses=REFUSALS,
              summary="Register a device's public key with a one-time code (then confirm)")
    def enrol(body: EnrolRequest, _text: Annotated[None, Depends(plain_unicode)]) -> EnrolResponse:
        try:
            signing.load_public_key(body.public_key)
        except ValueError as exc:
            raise HubError(f"public_key: {exc}", 422) from None
        try:
            with db.writing() as session:
                device, who = admin.enrol(session, body.code, body.public_key,
                                          body.device_name, body.next_seq)
                return EnrolResponse(device_id=device.id, practitioner_id=who.id,
                                     practitioner_name=who.name, team=who.team,
                                     confirmed=device.confirmed_at is not None)
        except HubError as exc:
            with db.writing() as session:
                audit.record(session, "enrol-refused", detail=exc.message)
            raise

    @app.post(f"{API}/enrol/confirm", response_model=EnrolResponse, responses=REFUSALS,
              summary="The laptop has its enrolment: the code is used")
    def confirm(caller: Annotated[Caller, Depends(signed_unconfirmed)]) -> EnrolResponse:
        with acting_for(db, caller) as session:
            device = admin.confirm(session, caller.device)
            return EnrolResponse(device_id=device.id, practitioner_id=caller.practitioner.id,
                                 practitioner_name=caller.practitioner.name,
                                 team=caller.practitioner.team, confirmed=True)

    @app.get(f"{API}/state", response_model=HubState, responses=REFUSALS,
             summary="What the hub knows of this device, and whether it still has its position")
    async def hub_state(request: Request,
                        position: Annotated[str, Query(max_length=MAX_POSITION)] = "",
                        ) -> Response:
        # All a sync with nothing to do asks: proven, answered and its nonce claimed in one
        # statement from the event loop (PostgreSQL), or else in one transaction on one worker
        # thread, and the answer sent as it is (already a HubState).
        body = await request.body()
        if len(body) > MAX_BODY_BYTES:
            raise Refused("the request is too large", 413)
        headers = {k.lower(): v for k, v in request.headers.items()}
        path, query = request.url.path, request.url.query
        answer = await on_loop.state(headers, body, path, query, position)
        if answer is None:
            answer = await run_in_threadpool(_state, db, headers, body, path, query, position)
        return Response(answer.model_dump_json(), media_type="application/json")

    @app.post(f"{API}/push", response_model=PushResponse, responses=REFUSALS,
              summary="Send changes up, numbered by the device")
    def push(body: PushRequest, caller: Annotated[Caller, Depends(signed)],
             sent: Annotated[Any, Depends(decoded_body)]) -> Response:
        # Decoding and checking each record takes longest: done before taking the write lock.
        # The changes as sent are the JSON FastAPI decoded the body into (the model was
        # checked from it), not the body decoded a second time.
        raw = sent if isinstance(sent, dict) else json.loads(caller.body)
        return _pushed(db, caller, body, raw)

    @app.get(f"{API}/pull", response_model=PullResponse, responses={**REFUSALS, 200: {
                 "description": "The page as one JSON document, or as lines (a PullHeader, "
                                "then one FeedChange a line) when asked for with "
                                f"Accept: {NDJSON}",
                 "content": {NDJSON: {"schema": {"type": "string"}}}}},
             summary="Read the change feed after a cursor, for this device's caseload")
    def pull(request: Request, caller: Annotated[Caller, Depends(signed)],
             cursor: Annotated[int, Query(ge=0, le=2**62)] = 0,
             limit: Annotated[int, Query(ge=1, le=LARGEST_PAGE)] = PAGE_SIZE,
             own: Annotated[bool, Query(description="include what this device pushed "
                                                    "(a laptop restored from a backup)")] = False,
             ) -> Response:
        return _pulled(db, caller, cursor, limit, own, request.headers.get("accept", ""))

    @app.post(f"{API}/team-view", response_model=TeamViewAnswer, responses=REFUSALS,
              summary="A team manager's laptop reports when it opened the team view")
    def team_view(body: TeamViewOpened,
                  caller: Annotated[Caller, Depends(signed)]) -> TeamViewAnswer:
        with acting_for(db, caller) as session:
            count = exchange.note_team_view(session, caller.device, caller.practitioner,
                                            body.opened)
        return TeamViewAnswer(recorded=count)

    @app.post(f"{API}/retire", response_model=RetireResponse, responses=REFUSALS,
              summary="A retiring laptop, or one revoked (once), hands in what the hub does "
                      "not hold, then wipes")
    def retire(body: RetireRequest,
               caller: Annotated[Caller, Depends(signed_handing_in)]) -> RetireResponse:
        with acting_for(db, caller) as session:
            count = exchange.retire(session, caller.device, caller.practitioner, body.handed_in)
        return RetireResponse(handed_in=count)

    return app


def _pushed(db: HubDatabase, caller: Caller, body: PushRequest, raw: dict[str, Any]) -> Response:
    """A push's work once its caller is proven: ``raw``, the body as JSON, is what ``body``
    was checked from."""
    batch = exchange.check_batch(body.changes, raw["changes"], body.skipped)
    with acting_for(db, caller, shared=True) as session:
        answer = exchange.push(session, caller.device, caller.practitioner, batch, body.cursor)
    return push_answer(answer)


def _pulled(db: HubDatabase, caller: Caller, cursor: int, limit: int, own: bool,
            accept: str) -> Response:
    """A pull's work once its caller is proven: the page read, then noted."""
    # The page is read outside the write lock (pulls are most of the traffic); only the
    # audit entry and the position sent need it. Each record goes out as the text the hub
    # keeps: the answer is written around it, not decoded and encoded. (On PostgreSQL each
    # of its statements is its own transaction: under read-committed each would see its own
    # snapshot in one transaction all the same.)
    reader: contextlib.AbstractContextManager[Session | Connection] = \
        db.at_once() if db.engine.dialect.name == "postgresql" else db.reading()
    with reader as handle:
        page = exchange.read_page(handle, caller.device, caller.practitioner, cursor, limit,
                                  own=own)
    with acting_for(db, caller, shared=True) as session:
        exchange.note_pull(session, caller.device, caller.practitioner, cursor, page)
    return page_answer(page, accept)


def push_answer(answer: PushResponse) -> Response:
    """A push's answer, sent as it is (already a PushResponse, built by ``exchange.push`` from
    its own statuses): the JSON FastAPI would write for the route's ``response_model``, without
    checking the answer against the model again (on a worker thread of its own: a hop between
    threads, and the hub's CPU, for each push) before writing it."""
    return Response(answer.model_dump_json(), media_type="application/json")


# A page whose records' text is at most this long is written out whole on the route's worker
# thread and sent as one body; a longer one a chunk at a time, each made on a worker thread,
# so a large page never holds the event loop.
PAGE_WRITTEN_WHOLE = 256 * 1024


def page_answer(page: exchange.FeedPage, accept: str) -> Response:
    """A pull's answer for ``page``: lines (``NDJSON``) when ``accept`` asks for them, else one
    JSON document. A page of up to PAGE_WRITTEN_WHOLE characters of records is made here (on
    the route's worker thread) and sent as one body (``Content-Length``): a StreamingResponse
    runs a task group of its own for every answer, a good share of the event loop's time for
    a pull. A longer page is made as it is sent, each chunk on a worker thread (every hop
    between the threads costs the hub's CPU). Every answer says the largest page this hub
    gives: a laptop asks for more than the MAX_PAGE_SIZE every hub gives only once a hub has
    said so (older hubs refuse it)."""
    lines = NDJSON in accept
    chunks = page.ndjson_chunks() if lines else page.json_chunks()
    kind = NDJSON if lines else "application/json"
    said = {PAGE_LIMIT_HEADER: str(LARGEST_PAGE)}
    if sum(len(change[4]) for change in page.changes) > PAGE_WRITTEN_WHOLE:
        return StreamingResponse(iterate_in_threadpool(chunks), media_type=kind, headers=said)
    return Response(b"".join(chunks), media_type=kind, headers=said)


async def plain_unicode(request: Request) -> None:
    """Refuse JSON text that cannot be stored: escapes of lone UTF-16 surrogates (``\\ud800``)
    decode in Python but no database will take them."""
    if not _plain_text(await request.body()):
        raise HubError("the request holds text that is not valid Unicode", 422)


def _plain_text(body: bytes) -> bool:
    """False for a JSON body that escapes a lone surrogate; True for anything else (a body
    that is not JSON at all is the body's own validation's to refuse)."""
    if b"\\u" not in body:
        return True
    try:
        json.dumps(json.loads(body), ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    except (ValueError, RecursionError):
        return True
    return True


async def decoded_body(request: Request) -> Any:
    """The request's body as JSON, as FastAPI decoded it to check the route's model (Starlette
    keeps it: asked again, it is not decoded again); None for a body that is not JSON, whose
    refusal is the body's own validation's (after the signature's, as for any request)."""
    try:
        return await request.json()
    except (ValueError, RecursionError):
        return None


async def _caller(request: Request, *, confirmed: bool, handing_in: bool = False) -> Caller:
    body = await request.body()
    if len(body) > MAX_BODY_BYTES:
        raise Refused("the request is too large", 413)
    headers = {k.lower(): v for k, v in request.headers.items()}
    if handing_in:
        caller = await run_in_threadpool(_authenticate, request.app.state.db, headers, body,
                                         request.method, request.url.path, request.url.query,
                                         confirmed, handing_in=True)
    else:
        caller = await run_in_threadpool(_authenticate, request.app.state.db, headers, body,
                                         request.method, request.url.path, request.url.query,
                                         confirmed)
    await plain_unicode(request)
    return caller


async def signed(request: Request) -> Caller:
    """The dependency every signed route has: who sent this request, proven, and enrolled."""
    return await _caller(request, confirmed=True)


async def signed_handing_in(request: Request) -> Caller:
    """``signed``, and a revoked laptop too, once, for what it hands in before it wipes: what
    was typed on it and never reached the hub goes to the administrator, not nowhere."""
    return await _caller(request, confirmed=True, handing_in=True)


async def signed_unconfirmed(request: Request) -> Caller:
    """Who sent this request, proven; the enrolment may still await its confirmation."""
    return await _caller(request, confirmed=False)


def _authenticate(db: HubDatabase, headers: dict[str, str], body: bytes, method: str, path: str,
                  query: str, confirmed: bool, *, handing_in: bool = False) -> Caller:
    """Who sent this request, proven, and its nonce claimed: one transaction, committed before
    the request does anything (the device is read, the signature checked, the nonce and the
    time last seen written). A refusal writes nothing there; it is noted on its own.

    On PostgreSQL, a confirmed device whose key this process has seen is proven in one
    statement (``_caller_at_once``); anything unusual takes the full path."""
    if confirmed and db.engine.dialect.name == "postgresql":
        quick = _caller_at_once(db, headers, body, method, path, query)
        if quick is not None:
            return quick
    return _proven(db, headers, body, method, path, query, confirmed,
                   handing_in=handing_in)[0]


def _caller_at_once(db: HubDatabase, headers: dict[str, str], body: bytes, method: str,
                    path: str, query: str) -> Caller | None:
    """``_authenticate`` on PostgreSQL in one statement (``admin.device_at_once``): the
    device and its practitioner read, the nonce claimed and the time last seen kept, committed
    (autocommit) before the request does anything, as the full path commits them. None, with
    nothing written, for anything else (unknown key, a signature that fails, a device revoked
    or unconfirmed, a nonce used before, the minute's clearing of old nonces due): the full
    path then answers, or refuses and notes why."""
    signature = _signed_by_known_key(headers, body, method, path, query)
    if signature is None:
        return None
    seen = datetime.now(UTC)
    try:
        with db.at_once() as conn:
            found = admin.device_at_once(conn, signature.keyid, signature.nonce,
                                         now=int(time.time()), seen=seen,
                                         stale=seen - LAST_SEEN_STEP)
    except IntegrityError:
        return None
    if found is None:
        return None
    return Caller(found[0], found[1], body, signature.nonce)


def _signed_by_known_key(headers: dict[str, str], body: bytes, method: str, path: str,
                         query: str) -> signing.SignedRequest | None:
    """The request's signature, when it holds under a key this process has already seen
    proven and the minute's clearing of old nonces is not due; None otherwise (and then the
    full path decides, and notes a refusal)."""
    try:
        signature = signing.read_signature(headers, body)
    except signing.SignatureRefused:
        return None
    key = _public_keys.get(signature.keyid)
    if key is None or time.time() - _nonces_pruned_at >= 60:
        return None
    try:
        signing.verify(signature, key, method, path, query, headers["content-digest"],
                       max_skew_s=MAX_CLOCK_SKEW_S)
    except signing.SignatureRefused:
        return None
    return signature


def _proven(db: HubDatabase, headers: dict[str, str], body: bytes, method: str, path: str,
            query: str, confirmed: bool,
            then: Callable[[Session, Caller], T] | None = None, *,
            handing_in: bool = False) -> tuple[Caller, T | None]:
    """``_authenticate``; and ``then(session, caller)``, for a request that only reads, in
    the same transaction once the nonce is claimed (committed with the claim: answered once,
    and one round of the database's fewer). Not for an enrolment not yet confirmed.
    ``handing_in``: a revoked device that has not handed in yet is let through too (its
    hand-in, ``exchange.retire``, is all it may do)."""
    try:
        signature = signing.read_signature(headers, body)
    except signing.SignatureRefused as exc:
        raise Refused(exc.reason, exc.status) from None
    # Who to note a refusal against, kept as plain values: a rolled-back transaction leaves
    # what it loaded unreadable.
    refusal: tuple[tuple[str, str], str, Refused] | None = None
    who = ("", "")
    answer: T | None = None
    try:
        with db.writing(hub_wide=False) as session:
            found = admin.device_for_request(session, signature.keyid)
            if found is None:
                raise Refused(NOT_ENROLLED, 401)
            device, practitioner = found
            who = (device.id, device.practitioner_id)
            public_key = signing.load_public_key(device.public_key)
            try:
                signing.verify(signature, public_key, method, path, query,
                               headers["content-digest"], max_skew_s=MAX_CLOCK_SKEW_S)
            except signing.SignatureRefused as exc:
                raise _Unproven(exc.reason, Refused(exc.reason, exc.status)) from None
            if len(_public_keys) >= _KEYS_KEPT:
                _public_keys.clear()
            _public_keys[device.id] = public_key
            if device.revoked_at is not None and not (handing_in and device.retired_at is None):
                raise _Unproven("revoked", Refused(
                    "this laptop's access to the hub has been withdrawn; its records are "
                    "being removed from it", 403, wipe=True))
            caller = Caller(device, practitioner, body, signature.nonce)
            claim_nonce(session, caller)
            if then is not None and device.confirmed_at is not None:
                answer = then(session, caller)
    except _Unproven as unproven:
        refusal = (who, unproven.reason, unproven.refused)
    except IntegrityError:  # this nonce has been used before
        refusal = (who, "replayed", Replayed())
    if refusal is not None:
        _note_refusal(db, refusal[0], refusal[1])
        raise refusal[2]
    if confirmed and device.confirmed_at is None:
        raise Refused("this laptop has not confirmed its enrolment yet", 403)
    return caller, answer


def _state(db: HubDatabase, headers: dict[str, str], body: bytes, path: str, query: str,
           position: str) -> HubState:
    if db.engine.dialect.name == "postgresql":
        quick = _state_at_once(db, headers, body, path, query, position)
        if quick is not None:
            return quick
    caller, answer = _proven(db, headers, body, "GET", path, query, True,
                             lambda session, caller: exchange.state_of(
                                 session, caller.device, caller.practitioner, position))
    if answer is not None and answer.position_known:
        return answer
    # A position this hub gave out and no longer has: it was restored from a backup.
    with acting_for(db, caller) as session:
        return exchange.state(session, caller.device, position, may_rotate=True)


def _state_at_once(db: HubDatabase, headers: dict[str, str], body: bytes, path: str, query: str,
                   position: str) -> HubState | None:
    """The state, on PostgreSQL, in one statement (``exchange.state_at_once``) for a device
    whose key this process has seen before and a request whose signature holds. None, with
    nothing written, for anything else (unknown key, a signature that fails, a device revoked
    or unconfirmed, a nonce used before, the minute's clearing of old nonces due): the full
    path then answers, or refuses and notes why."""
    signature = _signed_by_known_key(headers, body, "GET", path, query)
    if signature is None:
        return None
    seen = datetime.now(UTC)
    try:
        with db.at_once() as conn:
            answer = exchange.state_at_once(conn, signature.keyid, signature.nonce, position,
                                            now=seen, stale=seen - LAST_SEEN_STEP)
    except IntegrityError:
        return None
    if answer is None or answer.position_known:
        return answer
    return _state_after_restore(db, signature.keyid, position)


def _state_after_restore(db: HubDatabase, device_id: str, position: str) -> HubState:
    """The state for a position this hub gave out and no longer has: it was restored from a
    backup. (The nonce is claimed: the answer is given here, not by the full path.)"""
    with db.writing() as session:
        found = admin.device_for_request(session, device_id)
        if found is None:
            raise Refused(NOT_ENROLLED, 401)
        return exchange.state(session, found[0], position, may_rotate=True)


class _StateFirst:
    """GET /state answered before FastAPI's routing, its dependencies and its exception
    middleware, which cost a sync with nothing to do a good share of what the statement costs:
    for a request as a laptop sends it (no body, ``position`` no longer than the route takes),
    read as the route reads it (the URL's path and query, the headers, the last ``position``
    given), by ``_StateOnLoop``, or where it leaves the request (its connection out, or
    anything unusual) by a worker thread's ``_state``, as the route does: with 50 laptops at
    once most state requests found the loop's connection out, and each then went through the
    framework too. Anything else goes on to the route untouched (nothing of it read), which
    answers or refuses as before; a refusal here is the Problem the route's handlers give.
    Inside the hub's own middleware (oversized bodies, gzip), as the route is."""

    def __init__(self, app: ASGIApp, on_loop: _StateOnLoop) -> None:
        self.app, self.on_loop = app, on_loop

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"] != _STATE \
                or not self.on_loop.usable:
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        position = QueryParams(scope["query_string"]).get("position", "")
        if headers.get("content-length", "0") != "0" or "transfer-encoding" in headers \
                or len(position) > MAX_POSITION:
            await self.app(scope, receive, send)
            return
        url = URL(scope=scope)
        fields = {k.lower(): v for k, v in headers.items()}
        try:
            answer = await self.on_loop.state(fields, b"", url.path, url.query, position)
            if answer is None:
                answer = await run_in_threadpool(_state, self.on_loop.db, fields, b"", url.path,
                                                 url.query, position)
        except HubError as exc:
            response: Response = _hub_error_problem(exc)
        except OperationalError:
            response = _busy_problem()
        else:
            response = Response(answer.model_dump_json(), media_type="application/json")
        await response(scope, receive, send)


_STATE = f"{API}/state"
# The longest position GET /state takes.
MAX_POSITION = 200


class _SyncFirst:
    """POST /push and GET /pull answered before FastAPI's routing, its dependencies and its
    exception middleware, which cost the event loop about as much again as each request's
    own work there: for a request as a laptop sends it, on one worker thread (a hop fewer
    than the route's two), proven in one statement (``_caller_at_once``), then the route's
    own work (``_pushed``, ``_pulled``). Decided before anything is written: PostgreSQL;
    nothing sent with ``Expect`` or ``Transfer-Encoding``; a push's body read whole, JSON
    (``Content-Type: application/json``), its text plain and valid as a ``PushRequest``
    (``_push_checked``); a pull's query as a laptop writes it (``_pull_query``) and no body;
    the signature holding under a key this process has seen proven; the one statement
    proving the caller (a device revoked or unconfirmed, a nonce used before: nothing
    written). Anything else goes on to the route untouched (a body read here is given to it
    as it came), which answers or refuses and notes why, as before. Once the nonce is
    claimed the answer is given here: a refusal is the Problem the route's handlers give, and
    an error they do not handle goes on to the app's last handler (a 500), as the route's
    does. Inside the hub's own middleware (oversized bodies, gzip in and out), as the route
    is."""

    def __init__(self, app: ASGIApp, db: HubDatabase) -> None:
        self.app, self.db = app, db
        self.usable = db.engine.dialect.name == "postgresql"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.usable:
            await self.app(scope, receive, send)
            return
        method, path = scope["method"], scope["path"]
        if method == "POST" and path == _PUSH:
            await self._push(scope, receive, send)
        elif method == "GET" and path == _PULL:
            await self._pull(scope, receive, send)
        else:
            await self.app(scope, receive, send)

    async def _push(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = Headers(scope=scope)
        if headers.get("content-type") != "application/json" or _sent_oddly(headers) \
                or not headers.get("content-length", "").isdigit():
            await self.app(scope, receive, send)
            return
        messages, body = await _body_of(receive)
        if body is None:
            await self.app(scope, _replaying(messages, receive), send)
            return
        url = URL(scope=scope)
        fields = {k.lower(): v for k, v in headers.items()}
        try:
            answer = await run_in_threadpool(_push_at_once, self.db, fields, body, url.path,
                                             url.query)
        except HubError as exc:
            answer = _hub_error_problem(exc)
        except OperationalError:
            answer = _busy_problem()
        if answer is None:
            await self.app(scope, _replaying(messages, receive), send)
            return
        await answer(scope, receive, send)

    async def _pull(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = Headers(scope=scope)
        asked = _pull_query(scope["query_string"])
        if asked is None or _sent_oddly(headers) or headers.get("content-length", "0") != "0":
            await self.app(scope, receive, send)
            return
        url = URL(scope=scope)
        fields = {k.lower(): v for k, v in headers.items()}
        try:
            answer = await run_in_threadpool(_pull_at_once, self.db, fields, url.path,
                                             url.query, asked, headers.get("accept", ""))
        except HubError as exc:
            answer = _hub_error_problem(exc)
        except OperationalError:
            answer = _busy_problem()
        if answer is None:
            await self.app(scope, receive, send)
            return
        await answer(scope, receive, send)


_PUSH, _PULL = f"{API}/push", f"{API}/pull"


def _push_at_once(db: HubDatabase, headers: dict[str, str], body: bytes, path: str,
                  query: str) -> Response | None:
    """POST /push for ``_SyncFirst``, on one worker thread: the body checked as the route
    checks it, the caller proven and the nonce claimed in one statement (``_caller_at_once``),
    then the route's work; None, with nothing written, for anything else."""
    checked = _push_checked(body)
    if checked is None:
        return None
    caller = _caller_at_once(db, headers, body, "POST", path, query)
    return None if caller is None else _pushed(db, caller, *checked)


def _pull_at_once(db: HubDatabase, headers: dict[str, str], path: str, query: str,
                  asked: tuple[int, int, bool], accept: str) -> Response | None:
    """GET /pull for ``_SyncFirst``, as ``_push_at_once``."""
    caller = _caller_at_once(db, headers, b"", "GET", path, query)
    return None if caller is None else _pulled(db, caller, *asked, accept)


def _sent_oddly(headers: Headers) -> bool:
    """A request framed otherwise than a laptop frames it: left to the route (and uvicorn)."""
    return "expect" in headers or "transfer-encoding" in headers


async def _body_of(receive: Receive) -> tuple[list[Message], bytes | None]:
    """The messages read of a request, and its body: None where it did not come whole (the
    client went away) or is larger than the hub takes (for the route to refuse)."""
    messages: list[Message] = []
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request":
            return messages, None
        chunk = message.get("body", b"")
        chunks.append(chunk)
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return messages, None
        if not message.get("more_body", False):
            return messages, b"".join(chunks)


def _replaying(messages: list[Message], receive: Receive) -> Receive:
    """``receive`` for the route, as if nothing had been read: ``messages`` first."""
    waiting = list(messages)

    async def replay() -> Message:
        if waiting:
            return waiting.pop(0)
        return await receive()

    return replay


def _push_checked(body: bytes) -> tuple[PushRequest, dict[str, Any]] | None:
    """A push's body as the route takes it (JSON as ``request.json()`` decodes it, checked as
    FastAPI checks the route's model, its text plain); None for anything the route would
    refuse, which the route then does, after proving who sent it, as before."""
    if not body or not _plain_text(body):
        return None
    try:
        raw = json.loads(body)
    except (ValueError, RecursionError):
        return None
    if not isinstance(raw, dict):
        return None
    try:
        return PushRequest.model_validate(raw), raw
    except ValueError:  # pydantic's ValidationError
        return None


def _pull_query(query: bytes) -> tuple[int, int, bool] | None:
    """A pull's ``cursor``, ``limit`` and ``own`` where the query is as a laptop writes it:
    each at most once, a number in the route's range written plainly, ``own`` ``true`` or
    ``false``; None for anything else (another key, an escape, a sign, a leading zero), left
    to the route's own parsing and checks."""
    asked: dict[str, str] = {}
    for part in query.split(b"&") if query else []:
        key, equals, value = part.partition(b"=")
        if not equals or key not in _PULL_KEYS or key.decode() in asked \
                or not _PLAIN_VALUE.fullmatch(value):
            return None
        asked[key.decode()] = value.decode()
    cursor, limit = asked.get("cursor", "0"), asked.get("limit", str(PAGE_SIZE))
    own = asked.get("own", "false")
    if not (_NUMBER.fullmatch(cursor) and _NUMBER.fullmatch(limit)) \
            or own not in ("true", "false"):
        return None
    if int(cursor) > 2**62 or not 1 <= int(limit) <= LARGEST_PAGE:
        return None
    return int(cursor), int(limit), own == "true"


_PULL_KEYS = (b"cursor", b"limit", b"own")
_PLAIN_VALUE = re.compile(rb"[a-z0-9]{1,20}")
_NUMBER = re.compile(r"0|[1-9][0-9]{0,18}")


class _StateOnLoop:
    """GET /state on PostgreSQL from the event loop: ``exchange.AT_ONCE`` (what
    ``_state_at_once`` sends) on a connection of this process's own, psycopg's asyncio one in
    autocommit, for a request whose signature holds under a key this process has seen proven.
    Handing the request to a worker thread and back cost a sync with nothing to do about as
    much as the statement itself; the loop waits for PostgreSQL's answer as for any socket,
    serving other requests meanwhile, and the signature check is the same work on either.

    One statement at a time: a request that comes while one is out, and anything unusual (a
    key not yet seen, a signature that fails, the minute's clearing of old nonces due, a nonce
    used before, a device revoked or unconfirmed) take the worker thread's path (``_state``),
    which answers, or refuses and notes why, as before. The statement claims the nonce and
    commits as ``_state_at_once``'s does; an error is raised as SQLAlchemy raises the driver's
    (a connection lost is a 503; it is then closed, and a new one made at the next request,
    with the pool's connections of its age discarded, as SQLAlchemy discards them)."""

    def __init__(self, db: HubDatabase) -> None:
        self.db = db
        self.connection: Any = None  # psycopg.AsyncConnection, made at the first request
        self.busy = False
        # False where psycopg cannot run on this event loop (Windows' proactor loop).
        self.usable = db.engine.dialect.name == "postgresql"

    async def state(self, headers: dict[str, str], body: bytes, path: str, query: str,
                    position: str) -> HubState | None:
        """The state, its nonce claimed; None, having written nothing, to leave the request
        to ``_state``."""
        if self.busy or not self.usable:
            return None
        signature = _signed_by_known_key(headers, body, "GET", path, query)
        if signature is None:
            return None
        self.busy = True
        try:
            seen = datetime.now(UTC)
            try:
                rows = await self._rows(exchange.AT_ONCE, exchange.at_once_values(
                    signature.keyid, signature.nonce, position, now=seen,
                    stale=seen - LAST_SEEN_STEP))
            except IntegrityError:
                return None
            if rows is None:
                return None
            read = exchange.read_at_once(rows, position)
            if read is None:
                return None
            mine = await self._rows(exchange.CASELOAD, {"practitioner": read.practitioner_id}) \
                if read.joined else []
        finally:
            self.busy = False
        answer = read.answer(child_id for (child_id,) in mine or [])
        if answer.position_known:
            return answer
        return await run_in_threadpool(_state_after_restore, self.db, signature.keyid, position)

    async def _rows(self, statement: Any, values: dict[str, Any]) -> list[tuple[Any, ...]] | None:
        """``statement``'s rows; None, having sent nothing, where psycopg cannot run on this
        loop."""
        import psycopg  # here: a hub on SQLite never comes here, and needs no PostgreSQL driver

        dialect = self.db.engine.dialect
        sql = exchange.driver_text(statement, dialect)
        if self.connection is None:
            # As the engine connects (the same arguments from the same URL), in autocommit.
            args, options = dialect.create_connect_args(self.db.engine.url)
            try:
                self.connection = await psycopg.AsyncConnection.connect(
                    *args, **{**options, "autocommit": True})
            except psycopg.InterfaceError:
                self.usable = False
                return None
            except psycopg.Error as exc:
                raise driver_error(self.db.engine, exc, None, None, lost=False) from exc
        try:
            cursor = await self.connection.execute(sql, values)
            return cast(list[tuple[Any, ...]], await cursor.fetchall())
        except psycopg.Error as exc:
            lost = bool(self.connection.broken or self.connection.closed)
            if lost:
                await self.close()
            raise driver_error(self.db.engine, exc, sql, values, lost=lost) from exc
        except BaseException:
            # Cancelled with the statement out: the connection's state is not known.
            await self.close()
            raise

    async def close(self) -> None:
        connection, self.connection = self.connection, None
        if connection is not None:
            await connection.close()


# Each device's public key, by device id, once a request of its has been proven: a device's
# key never changes (a new key is a new device), and whether the device may still sync is
# read from the database at every request all the same.
_public_keys: dict[str, Ed25519PublicKey] = {}
_KEYS_KEPT = 10_000


class _Unproven(Exception):
    def __init__(self, reason: str, refused: Refused) -> None:
        super().__init__(reason)
        self.reason, self.refused = reason, refused


class Replayed(Refused):
    def __init__(self) -> None:
        super().__init__("this request has been seen before (replayed)", 401)


def claim_nonce(session: Session, caller: Caller) -> None:
    """First use of a nonce, in the transaction that proves who sent the request and is
    committed before the request does anything: whatever happens to the request afterwards
    (refused, rolled back), the same bytes never count again. A second use fails the insert
    (``IntegrityError``, here or in another worker at the same moment)."""
    global _nonces_pruned_at
    now = int(time.time())
    # The nonce is the table's key. Only the nonce's row and the device's are written, so
    # the hub-wide write lock is not needed, and every request does not queue for it.
    session.execute(_CLAIM, {"nonce": caller.nonce, "seen_at": now})
    # The time last seen is kept to the minute (list-devices shows it): a device syncing
    # again within the minute costs no write of its row.
    seen = datetime.now(UTC)
    if caller.device.last_seen is None or seen - caller.device.last_seen >= LAST_SEEN_STEP:
        session.execute(update(Device).where(Device.id == caller.device.id)
                        .values(last_seen=seen))
    # Nonces older than the freshness window can go (a request that old is stale anyway);
    # once a minute is soon enough, and keeping one longer changes nothing.
    if now - _nonces_pruned_at >= 60:
        session.execute(delete(Nonce).where(Nonce.seen_at < now - 2 * MAX_CLOCK_SKEW_S - 60))
        _nonces_pruned_at = now


_nonces_pruned_at = 0
# A plain insert, built once: the session has nothing else to write at that point, and the
# row need not be tracked.
_CLAIM = insert(cast(Table, Nonce.__table__))
LAST_SEEN_STEP = timedelta(minutes=1)


@contextlib.contextmanager
def acting_for(db: HubDatabase, caller: Caller, *, shared: bool = False) -> Iterator[Session]:
    """The writing transaction of a signed request (``shared``: beside others, as pushes and
    pulls are; see ``db``). A refusal (a gap) is noted in the audit log on its own, since its
    transaction is rolled back."""
    try:
        with db.writing(shared=shared) as session:
            yield session
    except HubError as exc:
        _note_refusal(db, (caller.device.id, caller.device.practitioner_id), exc.message)
        raise


def _note_refusal(db: HubDatabase, who: tuple[str, str], reason: str) -> None:
    """A refused request in the audit log; ``who``: (device id, its practitioner's id)."""
    device_id, practitioner_id = who
    with db.writing() as session:
        audit.record(session, "refused", actor=practitioner_id, device_id=device_id,
                     detail=reason)
