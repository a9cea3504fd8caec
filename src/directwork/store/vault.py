"""The encrypted vault: one SQLCipher 4 database and its key file, in the data folder.

    <data dir>/vault.db         SQLCipher 4, raw 256-bit key, WAL, synchronous=FULL
    <data dir>/vault.key        the key, wrapped in a passphrase slot and a recovery slot
    <data dir>/backups/*.db     encrypted copies under the same key (sqlcipher_export)

Opening checks, in order, and refuses with a readable message (changing nothing) when a check
fails: the folder, the key file, the passphrase, the database, the schema version, the
encryption's page authentication, SQLite's own structure and the audit chain.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, Engine, create_engine, event, func, select, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from directwork.domain.ids import uuid7
from directwork.store import audit, migrations
from directwork.store.errors import (
    DatabaseDamaged,
    DatabaseMissing,
    KeyFileMissing,
    NewerVersion,
    NotWritable,
    NoVault,
    VaultExists,
    VaultLocked,
    WrongPassphrase,
    WrongRecoveryKey,
)
from directwork.store.keyfile import KdfParams, KeyFile, new_recovery_key
from directwork.store.schema import MetaRow

DB_NAME = "vault.db"
KEY_NAME = "vault.key"
BACKUP_DIR = "backups"
DEFAULT_BACKUPS_KEPT = 7
FREE_ATTEMPTS = 3
MAX_DELAY_S = 30.0

# Failed unlock attempts per data folder, in this process. Kept in memory: a refusal must not
# write to disk, and Argon2id is what makes guessing slow; the delay is a second brake.
_failures: dict[Path, int] = {}
_failures_lock = threading.Lock()


def unlock_delay(failures: int) -> float:
    """Seconds to wait before trying again after ``failures`` wrong tries in a row."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY_S, 2.0 ** (failures - FREE_ATTEMPTS))


@dataclass
class CheckReport:
    ok: bool
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    schema_version: str = ""
    audit_events: int = 0


def _raw_key_pragma(key: bytes | bytearray) -> str:
    return f"PRAGMA key = \"x'{bytes(key).hex()}'\""


def _is_not_a_database(exc: BaseException) -> bool:
    text_ = str(exc).lower()
    return "not a database" in text_ or "malformed" in text_ or "encrypted" in text_


def make_engine(db_path: Path, key: bytearray | None) -> Engine:
    """An engine on the vault (``key`` given) or on plain SQLite (``key=None``: the benchmarks'
    baseline). The key goes in by the connect event, never through the URL."""
    module = sqlcipher if key is not None else None
    kwargs = {"module": module} if module is not None else {}
    engine = create_engine(f"sqlite:///{db_path}", **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
        # dbapi_conn is sqlite3's connection, or sqlcipher3's copy of it (the same API).
        # The DB-API driver's own transaction handling is switched off and SQLAlchemy's BEGIN
        # used instead (SQLAlchemy's documented recipe for pysqlite), so that a transaction
        # starts where the code says and SAVEPOINTs nest inside it instead of committing it.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        if key is not None:
            if not any(key):
                raise VaultLocked()
            cursor.execute(_raw_key_pragma(key))
            cursor.execute("PRAGMA cipher_compatibility = 4")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute("PRAGMA temp_store = MEMORY")
        cursor.execute("PRAGMA busy_timeout = 5000")
        # A 32 MiB page cache: SQLCipher decrypts each page once per cache fill, so a cache
        # that holds a caseload's working set keeps reads close to plain SQLite.
        cursor.execute("PRAGMA cache_size = -32768")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


class Vault:
    """A data folder holding one vault. Create it once; unlock it each time it is used."""

    sleep: Callable[[float], None] = staticmethod(time.sleep)

    def __init__(self, data_dir: Path | str) -> None:
        self.root = Path(data_dir).expanduser().resolve()
        self.db_path = self.root / DB_NAME
        self.key_path = self.root / KEY_NAME
        self.backup_dir = self.root / BACKUP_DIR
        self._key: bytearray | None = None
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self.device_id = ""
        self.practitioner_id = ""
        self.practitioner_name = ""
        self.vault_id = ""
        self.clock: Callable[[], datetime] | None = None

    # ------------------------------------------------------------------ state

    def exists(self) -> bool:
        return self.key_path.exists() or self.db_path.exists()

    @property
    def is_unlocked(self) -> bool:
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise VaultLocked()
        return self._engine

    def newest_backup(self) -> Path | None:
        found = self.list_backups()
        return found[-1] if found else None

    def list_backups(self) -> list[Path]:
        if not self.backup_dir.is_dir():
            return []
        return sorted(self.backup_dir.glob("vault-*.db"))

    # ------------------------------------------------------------------ creating

    @classmethod
    def create(cls, data_dir: Path | str, passphrase: str, *, practitioner_name: str = "",
               practitioner_id: str = "", team: str = "", practitioner_contact: str = "",
               kdf: KdfParams | None = None) -> tuple[Vault, str]:
        """Make a new vault and return it unlocked, with its recovery key (shown once)."""
        vault = cls(data_dir)
        if vault.exists():
            raise VaultExists(vault.root)
        try:
            vault.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise NotWritable(vault.root, exc.strerror or "") from None
        vault._require_writable()
        raw_key = bytearray(secrets.token_bytes(32))
        recovery = new_recovery_key()
        vault_id = uuid7()
        keyfile = KeyFile.create(vault_id, bytes(raw_key), passphrase, recovery, kdf or KdfParams())
        engine = make_engine(vault.db_path, raw_key)
        try:
            with engine.begin() as conn:
                migrations.upgrade(conn)
            with Session(engine) as session, session.begin():
                for key, value in {
                    "vault_id": vault_id,
                    "device_id": uuid7(),
                    "practitioner_id": practitioner_id or uuid7(),
                    "practitioner_name": practitioner_name,
                    "team": team,
                    # How the child and carers reach their worker: printed on their summaries.
                    "practitioner_contact": practitioner_contact,
                    "created_at": datetime.now(UTC).isoformat(),
                }.items():
                    session.add(MetaRow(key=key, value=value))
        except Exception:
            engine.dispose()
            for path in (vault.db_path, vault.db_path.with_name(DB_NAME + "-wal"),
                         vault.db_path.with_name(DB_NAME + "-shm")):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
            raise
        engine.dispose()
        keyfile.write(vault.key_path)
        vault._open(raw_key)
        return vault, recovery

    # ------------------------------------------------------------------ unlocking

    def _require_present(self) -> None:
        if not self.root.is_dir():
            raise NoVault(self.root)
        has_key, has_db = self.key_path.exists(), self.db_path.exists()
        if not has_key and not has_db:
            raise NoVault(self.root)
        if not has_key:
            raise KeyFileMissing(self.key_path)
        if not has_db:
            raise DatabaseMissing(self.db_path, self.newest_backup())

    def _require_writable(self) -> None:
        if not os.access(self.root, os.W_OK | os.X_OK):
            raise NotWritable(self.root)
        probe = self.root / f".write-test-{secrets.token_hex(4)}"
        try:
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise NotWritable(self.root, exc.strerror or "") from None

    def _wait_for_turn(self) -> None:
        with _failures_lock:
            failures = _failures.get(self.root, 0)
        delay = unlock_delay(failures)
        if delay:
            self.sleep(delay)

    def _note_failure(self, failed: bool) -> None:
        with _failures_lock:
            if failed:
                _failures[self.root] = _failures.get(self.root, 0) + 1
            else:
                _failures.pop(self.root, None)

    def unlock(self, passphrase: str) -> None:
        self._require_present()
        keyfile = KeyFile.read(self.key_path)
        self._wait_for_turn()
        try:
            raw_key = keyfile.unwrap_with_passphrase(passphrase)
        except WrongPassphrase:
            self._note_failure(True)
            raise
        self._note_failure(False)
        self._open(raw_key, expected_vault_id=keyfile.vault_id)

    def unlock_with_recovery_key(self, recovery_key: str) -> None:
        self._require_present()
        keyfile = KeyFile.read(self.key_path)
        self._wait_for_turn()
        try:
            raw_key = keyfile.unwrap_with_recovery_key(recovery_key)
        except WrongRecoveryKey:
            self._note_failure(True)
            raise
        self._note_failure(False)
        self._open(raw_key, expected_vault_id=keyfile.vault_id)

    def _open(self, raw_key: bytearray, expected_vault_id: str | None = None) -> None:
        self._require_writable()
        engine = make_engine(self.db_path, raw_key)
        try:
            try:
                with engine.connect() as conn:
                    conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
                    found = migrations.current_revision(conn)
            except (DatabaseError, OperationalError) as exc:
                if _is_not_a_database(exc):
                    raise DatabaseDamaged(
                        "it cannot be read with this vault's key (it is damaged, or it is not "
                        "this vault's records file)", self.newest_backup()) from None
                raise
            if found is None:
                raise DatabaseDamaged("it has no schema version", self.newest_backup())
            if not migrations.is_known(found):
                raise NewerVersion(found)
            problems = self._integrity_problems(engine, quick=True)
            if problems:
                raise DatabaseDamaged("; ".join(problems), self.newest_backup())
            with Session(engine) as session:
                meta = dict(session.execute(select(MetaRow.key, MetaRow.value)).all())
            if expected_vault_id and meta.get("vault_id") != expected_vault_id:
                raise DatabaseDamaged("it belongs to a different key file", self.newest_backup())
            if migrations.needs_upgrade(found):
                # Back up first, so a failed migration can always be undone by `restore`.
                self._key, self._engine = raw_key, engine
                self.backup(reason="pre-migration")
                with engine.begin() as conn:
                    migrations.upgrade(conn)
        except BaseException:
            engine.dispose()
            self._key, self._engine = None, None
            raise
        self._key = raw_key
        self._engine = engine
        self.vault_id = meta.get("vault_id", "")
        self.device_id = meta.get("device_id", "")
        self.practitioner_id = meta.get("practitioner_id", "")
        self.practitioner_name = meta.get("practitioner_name", "")
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)

    def lock(self) -> None:
        """Close the database and drop the key from memory."""
        if self._engine is not None:
            self._engine.dispose()
        if self._key is not None:
            for i in range(len(self._key)):
                self._key[i] = 0
        self._key = None
        self._engine = None
        self._sessions = None

    # ------------------------------------------------------------------ sessions

    def session(self) -> Session:
        """A new Session that knows who is acting on this device (see store.context)."""
        if self._sessions is None:
            raise VaultLocked()
        session = self._sessions()
        session.info["practitioner_id"] = self.practitioner_id
        session.info["device_id"] = self.device_id
        if self.clock is not None:
            session.info["clock"] = self.clock
        return session

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error."""
        with self.session() as session, session.begin():
            yield session

    def meta(self, key: str, default: str = "") -> str:
        with self.session() as session:
            row = session.get(MetaRow, key)
            return row.value if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as session:
            session.merge(MetaRow(key=key, value=value))

    # ------------------------------------------------------------------ passphrase and recovery

    @classmethod
    def change_passphrase(cls, data_dir: Path | str, old_passphrase: str, new_passphrase: str,
                          kdf: KdfParams | None = None) -> None:
        """Rewrap the key under a new passphrase. The database itself is not touched."""
        vault = cls(data_dir)
        vault._require_present()
        vault._require_writable()
        keyfile = KeyFile.read(vault.key_path)
        vault._wait_for_turn()
        try:
            raw_key = keyfile.unwrap_with_passphrase(old_passphrase)
        except WrongPassphrase:
            vault._note_failure(True)
            raise
        vault._note_failure(False)
        keyfile.with_passphrase(new_passphrase, bytes(raw_key), kdf).write(vault.key_path)

    @classmethod
    def recover(cls, data_dir: Path | str, recovery_key: str, new_passphrase: str,
                kdf: KdfParams | None = None) -> None:
        """Set a new passphrase using the recovery key. The recovery key stays valid."""
        vault = cls(data_dir)
        vault._require_present()
        vault._require_writable()
        keyfile = KeyFile.read(vault.key_path)
        vault._wait_for_turn()
        try:
            raw_key = keyfile.unwrap_with_recovery_key(recovery_key)
        except WrongRecoveryKey:
            vault._note_failure(True)
            raise
        vault._note_failure(False)
        keyfile.with_passphrase(new_passphrase, bytes(raw_key), kdf).write(vault.key_path)

    def replace_recovery_key(self) -> str:
        """Make a new recovery key (for one that was lost, or never kept) and return it, to be
        shown once. The old recovery key no longer opens the vault; the database is untouched."""
        if self._key is None:
            raise VaultLocked()
        self._require_writable()
        recovery = new_recovery_key()
        KeyFile.read(self.key_path).with_recovery_key(recovery, bytes(self._key)).write(self.key_path)
        return recovery

    # ------------------------------------------------------------------ checking

    def _integrity_problems(self, engine: Engine, *, quick: bool) -> list[str]:
        problems: list[str] = []
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
            problems += [f"encryption check: {r[0]}" for r in rows if r and r[0] not in (None, "ok")]
            if problems:
                return problems
            pragma = "PRAGMA quick_check" if quick else "PRAGMA integrity_check"
            rows = conn.exec_driver_sql(pragma).fetchall()
            problems += [f"structure check: {r[0]}" for r in rows if r and r[0] != "ok"]
        if not problems:
            with Session(engine) as session:
                ok, message, _ = audit.verify_chain(session)
            if not ok:
                problems.append(message)
        return problems

    def check(self) -> CheckReport:
        """Full checks on an unlocked vault: encryption, structure, audit chain, counts."""
        from directwork.store.stats import record_counts

        engine = self.engine
        try:
            problems = self._integrity_problems(engine, quick=False)
        except (DatabaseError, OperationalError) as exc:
            problems = [f"database error: {exc.orig if hasattr(exc, 'orig') else exc}"]
        report = CheckReport(ok=not problems, problems=problems)
        if not problems:
            with self.session() as session:
                report.counts = record_counts(session)
                _, _, report.audit_events = audit.verify_chain(session)
            with engine.connect() as conn:
                report.schema_version = migrations.current_revision(conn) or ""
        return report

    # ------------------------------------------------------------------ backups

    def backup(self, dest: Path | None = None, *, reason: str = "manual",
               keep: int = DEFAULT_BACKUPS_KEPT) -> Path:
        """An encrypted copy under the same key (``sqlcipher_export``), consistent even while
        the app is in use. Without ``dest`` it goes to backups/, keeping the newest ``keep``."""
        if self._key is None:
            raise VaultLocked()
        rotating = dest is None
        if dest is None:
            self.backup_dir.mkdir(exist_ok=True)
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
            dest = self.backup_dir / f"vault-{stamp}-{reason}.db"
        dest = Path(dest)
        if dest.exists():
            raise NotWritable(dest.parent, f"{dest.name} already exists")
        partial = dest.with_name(dest.name + ".partial")
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raw = sqlcipher.connect(str(self.db_path))
        try:
            raw.execute(_raw_key_pragma(self._key))
            raw.execute("PRAGMA cipher_compatibility = 4")
            raw.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{bytes(self._key).hex()}'\"", (str(partial),))
            raw.execute("SELECT sqlcipher_export('backup')")
            version = raw.execute("PRAGMA main.user_version").fetchone()[0]
            raw.execute(f"PRAGMA backup.user_version = {int(version)}")
            raw.execute("DETACH DATABASE backup")
        except sqlcipher.Error as exc:
            with contextlib.suppress(FileNotFoundError):
                partial.unlink()
            raise NotWritable(dest.parent, str(exc)) from None
        finally:
            raw.close()
        with open(partial, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, dest)
        if rotating:
            for old in self.list_backups()[:-keep]:
                old.unlink()
        return dest

    def backup_if_due(self, max_age_hours: float = 24.0) -> Path | None:
        newest = self.newest_backup()
        if newest is not None and time.time() - newest.stat().st_mtime < max_age_hours * 3600:
            return None
        return self.backup(reason="daily")

    def restore(self, backup_file: Path) -> Path:
        """Replace the records with a backup made under this vault's key. The current records
        are first kept as a backup themselves, so a restore can be undone."""
        if self._key is None:
            raise VaultLocked()
        backup_file = Path(backup_file)
        if not backup_file.is_file():
            raise DatabaseMissing(backup_file, None)
        probe = make_engine(backup_file, self._key)
        try:
            try:
                with probe.connect() as conn:
                    found = migrations.current_revision(conn)
            except (DatabaseError, OperationalError) as exc:
                if _is_not_a_database(exc):
                    raise DatabaseDamaged(
                        f"the backup {backup_file.name} cannot be read with this vault's key",
                        None) from None
                raise
            if found is None or not migrations.is_known(found):
                raise NewerVersion(found or "unknown")
            problems = self._integrity_problems(probe, quick=False)
            if problems:
                raise DatabaseDamaged(f"the backup {backup_file.name}: " + "; ".join(problems), None)
        finally:
            probe.dispose()
        key = bytearray(self._key)  # lock() wipes the original
        kept = self.backup(reason="before-restore")
        self.lock()
        staged = self.db_path.with_name(DB_NAME + ".restoring")
        staged.write_bytes(backup_file.read_bytes())
        with open(staged, "rb") as fh:
            os.fsync(fh.fileno())
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                self.db_path.with_name(DB_NAME + suffix).unlink()
        os.replace(staged, self.db_path)
        self._open(key)
        return kept

    # ------------------------------------------------------------------ helpers for tests/tools

    def count(self, row_cls: type) -> int:
        with self.session() as session:
            return session.execute(select(func.count()).select_from(row_cls)).scalar_one()
