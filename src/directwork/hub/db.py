"""The hub's database: a SQLite file by default, PostgreSQL for a real deployment.

The change feed's cursor is only safe if feed numbers become visible in order: a device that
has read up to 120 must never later find a 119 committed behind it; and the audit log is a
chain, each event naming the one before. So every writing transaction holds a hub-wide write
lock until it commits: on SQLite ``BEGIN IMMEDIATE`` (SQLite has one writer anyway; taking the
lock at the start avoids the upgrade-deadlock a deferred transaction can hit), on PostgreSQL a
transaction-level advisory lock, in one of two ways:

* ``writing()``: the whole lock, alone (the administrator's commands, enrolment, retiring);
* ``writing(shared=True)``: pushes and pulls, many at once. Each holds the lock shared (so an
  exclusive writer waits for all of them, and they for it), locks the rows and keys of what it
  works on (``lock_keys``: a push locks its device's row, each record it names by kind and id
  and each child), and takes the *tail* lock (``hold_tail``) just before it appends to the
  feed or the audit log, holding it until it commits. Feed numbers and audit events are
  therefore still appended, and made visible, one transaction at a time and in order; only
  the work before them runs side by side. A push and a pull send the tail lock, their appends
  and the commit in one round trip (``append_and_commit``), so the tail is held only while
  PostgreSQL writes them, never while a hub process waits for its CPU. A push's first reads,
  its locks first, go in one round trip too (``fetch_at_once``), and its rows are written in
  the round trip of its appends.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, cast

from sqlalchemy import ClauseElement, Connection, Dialect, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, StatementError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry
from sqlalchemy.sql.compiler import SQLCompiler

from directwork.hub import migrations

WRITE_LOCK_ID = 7_460_001
TAIL_LOCK_ID = 7_460_002
_TAIL_TEXT = "SELECT pg_advisory_xact_lock(%b)"
# session.info keys: how the transaction holds the hub-wide lock, whether it holds the tail,
# whether its appends were sent with its commit (``append_and_commit``).
_MODE, _TAIL, _DONE = "dw_lock_mode", "dw_tail_held", "dw_committed"
# connection.info key: the driver's connection an ``append_and_commit`` left read-only.
_ENDED = "dw_ended"


def database_url(db: str | None, data_dir: Path) -> str:
    if db:
        return db
    data_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{(data_dir / 'hub.db').resolve()}"


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
            # Let SQLAlchemy, not the driver, say when transactions begin (see below).
            dbapi_conn.isolation_level = None
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA busy_timeout = 30000")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("writing") else "BEGIN")

        return engine
    # No ping before each use of a pooled connection: that is a round trip to the server on
    # every transaction, a good share of what a sync with nothing to do costs. A connection
    # the server dropped (a restart) fails its request instead (a 503, which laptops retry),
    # and SQLAlchemy then discards the pool's other connections of that age.
    return create_engine(url, pool_size=POOL_SIZE, max_overflow=POOL_OVERFLOW,
                         pool_pre_ping=False)


# How many requests each hub process works on at once, on worker threads (``app`` sets it as
# it starts); the others wait their turn, in order of arrival. The threads share one
# interpreter, and with it the event loop that reads every request and sends every answer: a
# thread more than can use the interpreter only queues for it, and the loop queues behind
# them all. A few are enough to overlap each request's waits for PostgreSQL. (With 50
# laptops at once on two cores, four instead of AnyIO's 40 brought the p95 at the laptops'
# sockets from 477 to 345 ms, the medians of twelve runs of the sync benchmark each.)
WORKER_THREADS = 4
# Each hub process may hold this many connections to PostgreSQL at once: its pool's (every
# statement runs on a worker thread, one transaction at a time: twice the threads leaves
# room), and the one its event loop answers GET /state on (``app._StateOnLoop``).
POOL_SIZE, POOL_OVERFLOW = WORKER_THREADS, WORKER_THREADS
CONNECTIONS_PER_PROCESS = POOL_SIZE + POOL_OVERFLOW + 1
# Connections kept free for the administrator's commands, backups and monitoring.
CONNECTIONS_KEPT_FREE = 10


def usable_cores() -> int:
    """The cores this process may run on (a container or a CPU set may allow fewer than
    the machine has)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def processes_that_fit(cores: int, max_connections: int, reserved: int) -> int:
    """How many hub processes to serve from (``serve --workers auto``): one per core, but
    never more than PostgreSQL has connections for, each process holding up to
    ``CONNECTIONS_PER_PROCESS``, with some kept free; at least one. A server left at
    PostgreSQL's default of 100 connections gets one process: two could each try to open 50 at
    a busy moment, and the last would be refused."""
    room = max_connections - reserved - CONNECTIONS_KEPT_FREE
    return max(1, min(cores, room // CONNECTIONS_PER_PROCESS))


class HubDatabase:
    """Engine and sessions for one hub database, migrated to the current schema."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions = sessionmaker(bind=self.engine, expire_on_commit=False)

    def migrate(self) -> None:
        with self.engine.begin() as conn:
            migrations.upgrade(conn)

    def is_current(self) -> bool:
        with self.engine.connect() as conn:
            return migrations.current_revision(conn) is not None

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def writing(self, *, hub_wide: bool = True, shared: bool = False) -> Iterator[Session]:
        """A transaction holding the hub-wide write lock until it commits or rolls back.

        ``shared=True``: the lock held shared, beside other such writers (see the module's
        words: they lock what they work on, and take the tail lock before appending to the
        feed or the audit log). ``hub_wide=False`` is for a write that touches nothing the
        lock orders (the feed, the audit log, the numbers a device has sent): on PostgreSQL it
        takes only the locks of the rows it writes, so every request's replay check need not
        queue behind another's push. (SQLite has one writer at a time whatever is asked.)"""
        mode = "shared" if shared else "exclusive" if hub_wide else "none"
        with self.engine.connect() as conn:
            conn.info["writing"] = True
            try:
                with conn.begin():
                    if conn.dialect.name == "postgresql" and mode != "none":
                        conn.execute(_TAKE_SHARED if shared else _TAKE, {"k": WRITE_LOCK_ID})
                    with Session(bind=conn, expire_on_commit=False) as session:
                        session.info[_MODE] = mode
                        yield session
                        if session.info.get(_DONE) and (session.new or session.dirty
                                                        or session.deleted):
                            # Written after the commit that ended the transaction.
                            raise RuntimeError("a write after append_and_commit")
                        session.flush()
            finally:
                conn.info.pop("writing", None)
                ended = conn.info.pop(_ENDED, None)
                if ended is not None and not ended.closed:
                    ended.read_only = False  # back to the pool as it came

    @contextlib.contextmanager
    def at_once(self) -> Iterator[Connection]:
        """A connection where each statement is its own transaction (autocommit), for work
        done in one statement."""
        with self.engine.connect() as conn:
            yield conn.execution_options(isolation_level="AUTOCOMMIT")

    def processes_to_serve(self) -> int:
        """``serve --workers auto``: one process on SQLite (one writer at a time); on
        PostgreSQL, one per core this process may run on, as its connection limit allows."""
        if self.engine.dialect.name == "sqlite":
            return 1
        with self.engine.connect() as conn:
            limit = int(conn.exec_driver_sql("SHOW max_connections").scalar_one())
            reserved = int(conn.exec_driver_sql(
                "SHOW superuser_reserved_connections").scalar_one())
        return processes_that_fit(usable_cores(), limit, reserved)

    def dispose(self) -> None:
        self.engine.dispose()


# Built once: the hub-wide lock, exclusive or shared, until the transaction ends.
_TAKE = text("SELECT pg_advisory_xact_lock(:k)")
_TAKE_SHARED = text("SELECT pg_advisory_xact_lock_shared(:k)")


def fetch(session: Session, statement: str, params: Sequence[Any] | Mapping[str, Any],
          ) -> list[tuple[Any, ...]]:
    """One statement on PostgreSQL, straight to the driver in the session's transaction (after
    what the session holds is written, as any query of its would): parameters ``%b``, sent in
    binary (a long array costs no escaping), and one text, which the driver prepares once it
    has seen it a few times. The rows it returns, if any."""
    session.flush()
    driver = session.connection().connection.driver_connection
    assert driver is not None
    with driver.cursor() as cursor:
        cursor.execute(statement, params)
        return [tuple(row) for row in cursor.fetchall()] if cursor.description else []


def run_plain(handle: Session | Connection, statement: ClauseElement | tuple[ClauseElement, ...],
              params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    """A statement built once with SQLAlchemy, run on PostgreSQL as the driver takes it, in
    ``handle``'s transaction (a session's, after what it holds is written) or, on an
    autocommit connection, as a transaction of its own: the text SQLAlchemy would send (made
    once; a list the statement holds written out), its own values and ``params`` (each
    converted as its column's type converts it), without compiling it, looking it up in the
    cache or processing its rows at each run. A tuple of statements is run as one, joined by
    UNION ALL. The rows it returns, if any."""
    if isinstance(handle, Session):
        handle.flush()
        connection = handle.connection()
    else:
        connection = handle
    text, values = plain_statement(connection, statement, params)
    # Through SQLAlchemy's plainest call all the same: an error is its error (a connection
    # the server dropped is a 503, and the pool is told), as for any other statement.
    result = connection.exec_driver_sql(text, values)
    return [tuple(row) for row in result.fetchall()] if result.returns_rows else []


def plain_statement(handle: Session | Connection,
                    statement: ClauseElement | tuple[ClauseElement, ...],
                    params: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """``run_plain``'s text and values for ``statement``, unsent (for ``append_and_commit``)."""
    text, constants, converters = _plain(statement, handle.get_bind().dialect
                                         if isinstance(handle, Session) else handle.dialect)
    values = {**constants, **params}
    for name, convert in converters.items():
        if name in values:
            values[name] = convert(values[name])
    return text, values


def _plain(statement: ClauseElement | tuple[ClauseElement, ...], dialect: Dialect,
           ) -> tuple[str, dict[str, Any], dict[str, Callable[[Any], Any]]]:
    """``run_plain``'s text for a statement, the values it holds itself, and how each value
    given at run time is converted. Made once for each statement (every one is built once
    and kept for the life of the process, so its id is never another's)."""
    key = id(statement)
    if key not in _PLAIN:
        texts: list[str] = []
        constants: dict[str, Any] = {}
        converters: dict[str, Callable[[Any], Any]] = {}
        for part in statement if isinstance(statement, tuple) else (statement,):
            compiled = cast(SQLCompiler, part.compile(dialect=dialect))
            given = {name for name, bind in compiled.binds.items() if bind.required}
            # A list the statement holds itself written out, one parameter an item, so the
            # text is the same at every run.
            expanded = compiled.construct_expanded_state(dict.fromkeys(given))
            texts.append(expanded.statement)
            for name, value in expanded.parameters.items():
                if name not in given:
                    # Two parts naming the same parameter must mean the same value by it.
                    assert constants.get(name, value) == value, name
                    constants[name] = value
            for name in given:
                convert = compiled.binds[name].type.bind_processor(dialect)
                if convert is not None:
                    converters[name] = convert
        text = " UNION ALL ".join(f"({each})" for each in texts) if len(texts) > 1 \
            else texts[0]
        _PLAIN[key] = (text, constants, converters)
    return _PLAIN[key]


_PLAIN: dict[int, tuple[str, dict[str, Any], dict[str, Callable[[Any], Any]]]] = {}


def hold_tail(session: Session) -> None:
    """Before appending to the feed or the audit log: a transaction that does not hold the
    hub-wide lock alone takes the tail lock (PostgreSQL), until it commits, so appends are
    made and become visible one transaction at a time, in order."""
    if session.info.get(_MODE, "exclusive") == "exclusive" or session.info.get(_TAIL):
        return
    if session.get_bind().dialect.name == "postgresql":
        fetch(session, _TAIL_TEXT, [TAIL_LOCK_ID])
    session.info[_TAIL] = True


def appends_at_once(session: Session) -> bool:
    """Whether this transaction's appends go by ``append_and_commit``: a shared writer on
    PostgreSQL that has not taken the tail lock yet."""
    return (session.info.get(_MODE) == "shared" and not session.info.get(_TAIL)
            and session.get_bind().dialect.name == "postgresql")


Statement = tuple[str, Sequence[Any] | Mapping[str, Any]]


def append_and_commit(session: Session, before: Sequence[Statement],
                      appends: Sequence[Statement]) -> None:
    """The end of a shared writer's transaction (``appends_at_once``) in one round trip to
    PostgreSQL (psycopg's pipeline): the ``before`` statements, the tail lock, the ``appends``
    (statements as ``fetch`` takes them), and the commit. The tail is then held only while the
    database works on the appends. Taken the usual way (``hold_tail``, each append, the
    commit when the request's code returns), it was held across four or five round trips,
    each ending with this worker thread waiting for the interpreter among a busy process's
    others: with 50 laptops at once, five requests on average stood waiting for it.

    Each statement runs in order, the appends after the lock (each of PostgreSQL's statements
    sees what was committed before it began, so they see every transaction that held the tail
    before this one). Nothing may be written after this; the transaction is over (``writing``
    refuses a session with anything left to write, a statement that writes is refused by
    PostgreSQL until the connection goes back to the pool, and ``writing``'s own commit finds
    nothing to do).
    Any error (a statement refused, the commit failing, the connection lost) is raised here
    with nothing committed, as SQLAlchemy's error for it (a connection the server dropped is
    a 503, and the pool is told, as for any other statement)."""
    assert appends_at_once(session)
    session.flush()
    session.info[_TAIL] = session.info[_DONE] = True
    connection = session.connection()
    with _driver_errors(connection, "COMMIT") as driver, driver.pipeline(), \
            driver.cursor() as cursor:
        for statement, params in before:
            cursor.execute(statement, params)
        cursor.execute(_TAIL_TEXT, [TAIL_LOCK_ID])
        for statement, params in appends:
            cursor.execute(statement, params)
        cursor.execute("COMMIT")
    # Whatever this transaction's code might still send would begin a transaction of its
    # own, outside the tail's order: until ``writing`` hands the connection back, any write
    # is refused by PostgreSQL ("cannot execute ... in a read-only transaction").
    driver.read_only = True
    connection.info[_ENDED] = driver


def fetch_at_once(session: Session, statements: Sequence[Statement],
                  ) -> list[list[tuple[Any, ...]]]:
    """Statements (as ``fetch`` takes them) in one round trip to PostgreSQL (psycopg's
    pipeline), in order, in the session's transaction (after what the session holds is
    written): each statement's rows (none for one that returns none). Each runs after the one
    before it has finished, as if sent alone, so a lock one takes is held before the next
    reads. Any error is raised as SQLAlchemy's error for it (a connection the server dropped
    is a 503, and the pool is told), the transaction then good only for its rollback."""
    session.flush()
    connection = session.connection()
    with _driver_errors(connection, statements[0][0] if statements else "") as driver:
        with driver.pipeline():
            cursors = [driver.cursor() for _ in statements]
            for cursor, (statement, params) in zip(cursors, statements, strict=True):
                cursor.execute(statement, params)
        found = [[tuple(row) for row in cursor.fetchall()] if cursor.description else []
                 for cursor in cursors]
        for cursor in cursors:
            cursor.close()
    return found


@contextlib.contextmanager
def _driver_errors(connection: Connection, statement: str) -> Iterator[Any]:
    """The connection's psycopg connection, for statements sent to it directly; a psycopg
    error raised meanwhile becomes SQLAlchemy's error for it (``statement`` named in it), with
    the connection invalidated when the server dropped it, and the pool's other connections of
    its age not used again (a restart drops them all), as for a statement sent through
    SQLAlchemy."""
    import psycopg  # here: a hub on SQLite never comes here, and needs no PostgreSQL driver

    driver = connection.connection.driver_connection
    assert driver is not None
    try:
        yield driver
    except psycopg.Error as exc:
        lost = connection.dialect.is_disconnect(cast(Any, exc), driver, None)
        if lost:
            connection.invalidate(exc)
        raise driver_error(connection.engine, exc, statement, None, lost=lost) from exc


def driver_error(engine: Engine, exc: Exception, statement: str | None, params: Any, *,
                 lost: bool) -> StatementError:
    """A psycopg error from a statement sent to the driver directly, as SQLAlchemy raises it
    for its own (an OperationalError for a connection lost: the route answers 503). ``lost``:
    the server dropped the connection (the caller has closed or invalidated it); the pool's
    other connections of its age are then not used again, as a restart drops them all."""
    import psycopg  # here: a hub on SQLite never comes here, and needs no PostgreSQL driver

    if lost:
        engine.dispose(close=False)
    return DBAPIError.instance(statement, params, exc, psycopg.Error, hide_parameters=True,
                               connection_invalidated=lost, dialect=engine.dialect)


def lock_keys(session: Session, names: Iterable[tuple[str, ...]]) -> None:
    """Lock what a shared writer works on (PostgreSQL): each name, e.g. ("record", kind, id)
    or ("child", id), becomes a transaction-level advisory lock, held until commit. All are
    taken in one statement, in one order (their keys sorted), so two writers never wait for
    each other's locks in a circle."""
    statement = keys_locked(session, names)
    if statement is not None:
        fetch(session, *statement)


def keys_locked(session: Session, names: Iterable[tuple[str, ...]]) -> Statement | None:
    """``lock_keys``'s statement, unsent (for ``fetch_at_once``); None when it has nothing to
    lock (no name, or not a shared writer on PostgreSQL)."""
    if session.info.get(_MODE, "exclusive") == "exclusive":
        return None
    if session.get_bind().dialect.name != "postgresql":
        return None
    keys = sorted({_key(name) for name in names})
    if not keys:
        return None
    return ("SELECT count(pg_advisory_xact_lock(k)) FROM "
            "(SELECT unnest(CAST(%b AS bigint[])) AS k) AS wanted", [keys])


def _key(name: tuple[str, ...]) -> int:
    """A name's advisory lock key: 64 bits of its hash (two names sharing a key only wait for
    each other)."""
    digest = hashlib.blake2b("\x1f".join(name).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)
