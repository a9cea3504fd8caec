"""Looking at a records file (the vault's, or a backup) without changing it.

A read-only SQLCipher connection (``mode=ro``, ``query_only``): no journal-mode switch, no
header written to an empty file, nothing changed in a backup being chosen for a restore. The
checks are the vault's own: the key opens it, its schema is one this version knows, every
page's authentication (``cipher_integrity_check``), SQLite's structure, and the audit chain:
the whole of it (``full``), or what was appended after the audit checkpoint the file holds (the
last event a walk found intact, sealed with the vault key: ``store.head``). A checkpoint whose
seal does not match is damage either way.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from directwork.store import audit, migrations
from directwork.store.head import (
    CHECKPOINT_META,
    Head,
    checkpoint_key,
    read_checkpoint,
    records_head,
    went_back,
)
from directwork.store.schema import MetaRow

PAGE = 4096  # SQLCipher 4's page size: a records file is a whole number of pages


def _quiet_sqlcipher() -> None:
    """SQLCipher logs each page that fails its check to stderr, process-wide; the vault says
    what is wrong in its own words instead, once."""
    conn = sqlcipher.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    except sqlcipher.Error:  # an SQLCipher without the setting logs nothing either
        pass
    finally:
        conn.close()


_quiet_sqlcipher()


def raw_key_pragma(key: bytes | bytearray) -> str:
    return f"PRAGMA key = \"x'{bytes(key).hex()}'\""


def is_not_a_database(exc: BaseException) -> bool:
    text_ = str(getattr(exc, "orig", None) or exc).lower()
    return any(word in text_ for word in ("not a database", "malformed", "encrypted", "corrupt"))


class ProbeFailed(Exception):
    """Why a records file cannot be used. ``kind``: "empty", "key", "unversioned", "newer",
    "damaged" or "foreign" (another vault's)."""

    def __init__(self, kind: str, detail: str, found: str = "") -> None:
        super().__init__(detail)
        self.kind = kind
        self.detail = detail
        self.found = found


@dataclass
class FileFacts:
    """What a readable records file holds."""

    schema: str = ""
    vault_id: str = ""
    head: Head = field(default_factory=lambda: Head(0, "0" * 64))
    counts: dict[str, int] = field(default_factory=dict)
    audit_events: int = 0  # how many events the walk of the chain read
    checkpoint: Head | None = None  # where that walk started (None: from the first event)
    structure_checked: bool = False  # SQLite's check of the whole file ran
    went_back: str | None = None  # why the records are older than the head compared with


def read_only_engine(path: Path, key: bytes | bytearray) -> Engine:
    """An engine that can only read ``path``; each connection is keyed in the connect event."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    key_pragma = raw_key_pragma(key)

    def connect() -> sqlcipher.Connection:
        return sqlcipher.connect(uri, uri=True, isolation_level=None, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, poolclass=NullPool, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        cursor = dbapi_conn.cursor()
        cursor.execute(key_pragma)
        cursor.execute("PRAGMA cipher_compatibility = 4")
        cursor.execute("PRAGMA query_only = 1")
        cursor.execute("PRAGMA temp_store = MEMORY")
        cursor.execute("PRAGMA cache_size = -32768")
        cursor.close()

    return engine


def shape_problem(path: Path) -> str | None:
    """What is wrong with the file itself before it is opened (None: worth opening)."""
    if path.is_dir():
        return "it is a folder, not a file"
    size = path.stat().st_size
    if size == 0:
        return "it is empty"
    if size < PAGE or size % PAGE:
        return f"it is cut short ({size:,} bytes is not a whole number of pages)"
    return None


JOURNAL_SUFFIX = "-journal"


def unsettled_journal(path: Path) -> Path | None:
    """The rollback journal beside ``path`` when SQLite would take it for a change left
    unfinished (there, and its first byte not zero), else None."""
    journal = path.with_name(path.name + JOURNAL_SUFFIX)
    try:
        with open(journal, "rb") as fh:
            first = fh.read(1)
    except OSError:  # none there, or one that cannot be read: the checks that follow say
        return None  # what SQLite makes of it
    return journal if first not in (b"", b"\0") else None


def settle_journal(path: Path, key: bytes | bytearray) -> None:
    """Let SQLite settle a rollback journal left beside ``path`` (a crash while the records
    were not yet in WAL mode, as just after a restore, or one copied in with them): a
    read-write open rolls back the unfinished change a journal of this file holds, and
    discards one that does not read. The read-only checks cannot, and refused the records as
    unwritable. Call with the vault's lock held, on a file that is there; an error is left
    for the checks that follow to word."""
    raw = sqlcipher.connect(str(path), isolation_level=None)
    try:
        raw.execute(raw_key_pragma(key))
        raw.execute("PRAGMA cipher_compatibility = 4")
        raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.Error:
        pass
    finally:
        raw.close()


def probe(path: Path, key: bytes | bytearray, *, full: bool, expected_vault_id: str = "",
          counts: bool = False, against: Head | None = None,
          from_checkpoint: bool = False, file_checks_later: bool = False) -> FileFacts:
    """Check ``path`` read-only and say what it holds; ProbeFailed says why it cannot be used.
    ``full`` runs SQLite's whole integrity check instead of the quick one; ``against`` is a
    stored audit head to compare the records with (``FileFacts.went_back``).

    ``from_checkpoint`` (the vault's own records, at unlock): when the file holds a sealed
    audit checkpoint, the chain is walked from it; with ``file_checks_later`` too, the
    whole file's checks are left to ``check_structure`` after unlocking (every page read is
    still authenticated as it is read). Without a checkpoint (the first unlock, or after
    damage was found), everything runs."""
    problem = shape_problem(path)
    if problem:
        raise ProbeFailed("empty" if "empty" in problem else "damaged", problem)
    # A read-only connection to a WAL file still makes its -wal and -shm when they are not
    # there; those it made (empty, unused once it closes) are removed again, so a file that
    # was only looked at is left exactly as it was found.
    companions = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    absent = [c for c in companions if not os.path.lexists(c)]
    engine = read_only_engine(path, key)
    try:
        return _probe(engine, key, full=full, expected_vault_id=expected_vault_id,
                      counts=counts, against=against, from_checkpoint=from_checkpoint,
                      file_checks_later=file_checks_later)
    finally:
        engine.dispose()
        for made in absent:
            with contextlib.suppress(OSError):
                if made.name.endswith("-shm") or made.stat().st_size == 0:
                    made.unlink()


def _probe(engine: Engine, key: bytes | bytearray, *, full: bool, expected_vault_id: str,
           counts: bool, against: Head | None, from_checkpoint: bool,
           file_checks_later: bool) -> FileFacts:
    facts = FileFacts()
    try:
        # Page 1 is the first read: failing here, the key does not fit (or page 1, with the
        # salt, is gone); failing later, the file is damaged.
        conn = engine.connect()
        conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except (DBAPIError, sqlcipher.Error) as exc:
        if is_not_a_database(exc):
            raise ProbeFailed("key", "it cannot be read with this vault's key (it is "
                              "damaged, or it is not this vault's records file)") from None
        raise
    with conn:
        try:
            meta = _checks(conn, key, facts, full=full, counts=counts, against=against,
                           from_checkpoint=from_checkpoint,
                           file_checks_later=file_checks_later)
        except (DBAPIError, sqlcipher.Error) as exc:
            if is_not_a_database(exc):
                raise ProbeFailed("damaged", "part of it cannot be read (a damaged page)") from None
            raise
    facts.vault_id = meta.get("vault_id", "")
    if expected_vault_id and facts.vault_id != expected_vault_id:
        raise ProbeFailed("foreign", "it belongs to a different key file")
    return facts


def _checks(conn: Connection, key: bytes | bytearray, facts: FileFacts, *, full: bool,
            counts: bool, against: Head | None, from_checkpoint: bool,
            file_checks_later: bool) -> dict[str, str]:
    found = migrations.current_revision(conn)
    if found is None:
        raise ProbeFailed("unversioned", "it has no schema version")
    if not migrations.is_known(found):
        raise ProbeFailed("newer", f"it was written by a newer version (schema {found})", found)
    facts.schema = found
    with Session(bind=conn) as session:
        meta = dict(session.execute(select(MetaRow.key, MetaRow.value)).all())
    vault_id = meta.get("vault_id", "")
    try:
        checkpoint = read_checkpoint(meta.get(CHECKPOINT_META), checkpoint_key(key, vault_id),
                                     vault_id)
    except ValueError as exc:
        raise ProbeFailed("damaged", str(exc)) from None
    if from_checkpoint and not full:
        facts.checkpoint = checkpoint
    if full or facts.checkpoint is None or not file_checks_later:
        _whole_file(conn, full=full)
        facts.structure_checked = True
    facts.head = records_head(conn)
    if against is not None:
        facts.went_back = went_back(conn, against)
    with Session(bind=conn) as session:
        ok, message, facts.audit_events = audit.verify_chain(session, facts.checkpoint)
        if not ok:
            raise ProbeFailed("damaged", message)
        if counts:
            from directwork.store.stats import record_counts

            facts.counts = record_counts(session)
    return meta


def _whole_file(conn: Connection, *, full: bool) -> None:
    """Every page's authentication (``cipher_integrity_check``) and SQLite's structure check
    (the quick one unless ``full``); ProbeFailed says what is wrong."""
    rows = conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
    bad = [f"encryption check: {r[0]}" for r in rows if r and r[0] not in (None, "ok")]
    if bad:
        raise ProbeFailed("damaged", "; ".join(bad[:3]))
    rows = conn.exec_driver_sql("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
    # SQLite says what it found in one row of many lines: the first three say enough.
    lines = [line for r in rows if r and r[0] != "ok" for line in str(r[0]).splitlines()
             if line.strip() and not line.startswith("***")]
    if lines:
        raise ProbeFailed("damaged", "; ".join(f"structure check: {line}" for line in lines[:3]))


def check_structure(path: Path, key: bytes | bytearray) -> str | None:
    """The whole file's checks that an unlock from the audit checkpoint leaves out (every
    page's authentication, SQLite's quick structure check), read-only, on a connection of its
    own (for the check after unlocking, off the vault's worker): what is wrong, or None."""
    engine = read_only_engine(path, key)
    try:
        with engine.connect() as conn:
            _whole_file(conn, full=False)
    except ProbeFailed as exc:
        return exc.detail
    except (DBAPIError, sqlcipher.Error) as exc:
        if is_not_a_database(exc):
            return "part of it cannot be read (a damaged page)"
        raise
    finally:
        engine.dispose()
    return None


# ---------------------------------------------------------------------- backups' names

BACKUP_GLOB = "vault-*.db"
_STAMP = re.compile(r"^vault-(\d{8}T\d{6})(\d{6})?Z(?:-(.+))?\.db$")


def backup_name(reason: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    return f"vault-{stamp}-{reason}.db"


def made_at(path: Path) -> datetime:
    """When a backup was made: from its name, else from the file's time."""
    match = _STAMP.match(path.name)
    if match:
        try:
            return datetime.strptime(match.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
        except ValueError:
            pass
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def reason_of(path: Path) -> str:
    match = _STAMP.match(path.name)
    return (match.group(3) or "") if match else ""
