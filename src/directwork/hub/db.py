"""The hub's database: a SQLite file by default, PostgreSQL for a real deployment.

The change feed's cursor is only safe if feed numbers become visible in order: a device that
has read up to 120 must never later find a 119 committed behind it. So every writing
transaction holds one hub-wide write lock until it commits: on PostgreSQL a transaction-level
advisory lock, on SQLite ``BEGIN IMMEDIATE`` (SQLite has one writer anyway; taking the lock at
the start avoids the upgrade-deadlock a deferred transaction can hit).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from directwork.hub import migrations

WRITE_LOCK_ID = 7_460_001


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
    return create_engine(url, pool_size=10, max_overflow=40, pool_pre_ping=True)


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
    def writing(self, *, hub_wide: bool = True) -> Iterator[Session]:
        """A transaction holding the hub-wide write lock until it commits or rolls back.

        ``hub_wide=False`` is for a write that touches nothing the lock orders (the feed, the
        numbers a device has sent): on PostgreSQL it takes only the locks of the rows it
        writes, so every request's replay check need not queue behind another's push. (SQLite
        has one writer at a time whatever is asked.)"""
        with self.engine.connect() as conn:
            conn.info["writing"] = True
            try:
                with conn.begin():
                    if conn.dialect.name == "postgresql" and hub_wide:
                        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK_ID})
                    with Session(bind=conn, expire_on_commit=False) as session:
                        yield session
                        session.flush()
            finally:
                conn.info.pop("writing", None)

    def dispose(self) -> None:
        self.engine.dispose()
