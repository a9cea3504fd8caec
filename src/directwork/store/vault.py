"""The encrypted vault: one SQLCipher 4 database and its key file, in the data folder.

    <data dir>/vault.db         SQLCipher 4, raw 256-bit key, WAL, synchronous=FULL
    <data dir>/vault.key        the key, wrapped in a passphrase slot and a recovery slot, and
                                the audit head sealed at the last lock (store.head)
    <data dir>/vault.head       the audit head after the last commit (store.head)
    <data dir>/vault.lock       held by the one process that has the vault open
    <data dir>/backups/*.db     encrypted copies under the same key (store.backups)
    <data dir>/kept-aside/      records files a restore replaced, never deleted

Opening checks, in order, and refuses with a readable message (changing nothing) when a check
fails: the folder, the key file, the passphrase, no other process holding the vault, the
records file's shape, the key, the schema version, the encryption's page authentication,
SQLite's own structure, the audit chain, and that the records have not gone back in time.
Those checks run on a read-only connection, so a refused file is left exactly as it was.

The audit chain is walked at unlock only from its checkpoint (the last event a walk found
intact, sealed with the vault key, kept in the records' meta table): what was appended since.
With a checkpoint, the app (``checks_after_unlock``) leaves the whole file's checks (every
page's authentication, SQLite's structure) to a thread of its own once the caseload is shown
(``check_structure``); every page read is authenticated as it is read all the same. Only the
app's unlocks move the checkpoint on: a command-line unlock writes nothing. The whole chain is walked by ``check`` (``directwork
check``) and, every ``audit.FULL_WALK_DAYS`` days, by the app in the background after
unlocking (``walk_part``). Damage found after unlocking drops the checkpoint, so the next unlock
runs every check and refuses the records.

Every file is 0600 and every folder 0700. Writes begin ``BEGIN IMMEDIATE`` with a busy
timeout, so two writers wait for each other instead of failing.
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
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, Engine, create_engine, delete, event, func, select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from directwork.core.whole_files import fsync_dir
from directwork.domain.ids import uuid7
from directwork.store import audit, backups, migrations
from directwork.store.driver_write import DriverWrite
from directwork.store.error_log import LOG_DIR
from directwork.store.errors import (
    DatabaseDamaged,
    DatabaseMissing,
    KeyFileDamaged,
    KeyFileMissing,
    NewerVersion,
    NotWritable,
    NoVault,
    RecordsWentBack,
    VaultExists,
    VaultInUse,
    VaultLocked,
    WrongPassphrase,
    WrongRecoveryKey,
)
from directwork.store.head import (
    CHECKPOINT_META,
    GENESIS,
    HEAD_NAME,
    Head,
    HeadFile,
    checkpoint_key,
    head_key,
    now_iso,
    read_checkpoint,
    records_head,
    seal,
    sealed_checkpoint,
    unseal,
)
from directwork.store.keyfile import KdfParams, KeyFile, new_recovery_key
from directwork.store.private_files import (
    create_private,
    make_private_dir,
    os_error,
    storage_error,
    tighten,
)
from directwork.store.process_lock import LOCK_NAME, ProcessLock
from directwork.store.records_file import (
    FileFacts,
    ProbeFailed,
    check_structure,
    made_at,
    probe,
    raw_key_pragma,
    settle_journal,
    shape_problem,
    unsettled_journal,
)
from directwork.store.schema import MetaRow
from directwork.store.setting_up import SETTING_UP_NAME, setting_up_unfinished

DB_NAME = "vault.db"
KEY_NAME = "vault.key"
# Where setting up again keeps what a cut-off setting up left (``Vault.create``).
LEFT_ASIDE_PREFIX = "set-up-cut-off-"
BACKUP_DIR = "backups"
DEFAULT_BACKUPS_KEPT = backups.DEFAULT_BACKUPS_KEPT
FREE_ATTEMPTS = 3
MAX_DELAY_S = 30.0
BUSY_TIMEOUT_MS = 10_000

# Failed unlock attempts per data folder, in this process. Kept in memory: a refusal must not
# write to disk, and Argon2id is what makes guessing slow; the delay is a second brake.
_failures: dict[Path, int] = {}
_failures_lock = threading.Lock()


def unlock_delay(failures: int) -> float:
    """Seconds to wait before trying again after ``failures`` wrong tries in a row."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY_S, 2.0 ** (failures - FREE_ATTEMPTS))


def prepare_for_unlock() -> None:
    """Build what the first unlock would otherwise build while the practitioner waits: the
    mappers, the SQLite dialect, the known schema revisions (read from the migration scripts).
    For the app's worker, while the passphrase is typed."""
    import sqlalchemy.dialects.sqlite.pysqlite  # noqa: F401
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
    migrations.is_known(migrations.head())


def encryption_library() -> str:
    """Which SQLCipher this install encrypts with, on which SQLite and crypto library (for
    IT's self-test: which versions a laptop runs). Read from an in-memory database under a
    throwaway key; nothing touches a disk."""
    connection = sqlcipher.connect(":memory:")
    try:
        connection.execute(raw_key_pragma(os.urandom(32)))
        facts = [connection.execute(f"PRAGMA {name}").fetchone()
                 for name in ("cipher_version", "cipher_provider", "cipher_provider_version")]
    finally:
        connection.close()
    version, provider, provider_version = (str(row[0]) if row else "unknown" for row in facts)
    crypto = (provider_version if provider_version.lower().startswith(provider.lower())
              else f"{provider} {provider_version}")  # OpenSSL names itself; others may not
    return f"SQLCipher {version} on SQLite {sqlcipher.sqlite_version}, {crypto}"


@dataclass
class CheckReport:
    ok: bool
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    schema_version: str = ""
    audit_events: int = 0


def make_engine(db_path: Path, key: bytearray | None) -> Engine:
    """An engine on the vault (``key`` given) or on plain SQLite (``key=None``: the benchmarks'
    baseline). The key goes in by the connect event, never through the URL; SQL errors never
    carry their parameters (``hide_parameters``), which may be a child's words."""
    module = sqlcipher if key is not None else None
    kwargs: dict[str, Any] = {"module": module} if module is not None else {}
    engine = create_engine(f"sqlite:///{db_path}", hide_parameters=True, **kwargs)

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
            cursor.execute(raw_key_pragma(key))
            cursor.execute("PRAGMA cipher_compatibility = 4")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute("PRAGMA temp_store = MEMORY")
        # A 32 MiB page cache: SQLCipher decrypts each page once per cache fill, so a cache
        # that holds a caseload's working set keeps reads close to plain SQLite.
        cursor.execute("PRAGMA cache_size = -32768")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # A write transaction takes the write lock at its start (``transaction()`` asks for
        # it): one that reads first and writes later would otherwise fail at once, without
        # waiting, when another writer got in between.
        conn.exec_driver_sql(f"BEGIN {conn.get_execution_options().get('dw_begin', '')}".strip())

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
        self._writing_sessions: sessionmaker[Session] | None = None
        self._process_lock = ProcessLock(self.root)
        self._head_file: HeadFile | None = None
        self._head_key = b""
        self.device_id = ""
        self.practitioner_id = ""
        self.practitioner_name = ""
        self.vault_id = ""
        self.clock: Callable[[], datetime] | None = None
        # Set by a caller that keeps checking after unlocking (the app: ``check_structure`` on a
        # thread of its own once the caseload is shown, and the weekly walk of the whole chain):
        # an unlock from the audit checkpoint then leaves the whole file's checks to it, and
        # moves the checkpoint on to the last event it walked. The command line leaves it
        # unset: each command's unlock checks the whole file, and writes nothing.
        self.checks_after_unlock = False
        # Where ``create`` kept what a cut-off setting up left here, if it did: for the
        # practitioner to be told.
        self.left_aside: Path | None = None
        # The last unlock left the whole file's checks to ``check_structure``.
        self.structure_unchecked = False

    # ------------------------------------------------------------------ state

    def exists(self) -> bool:
        if self._setting_up_unfinished():
            return False
        return self.key_path.exists() or os.path.lexists(self.db_path)

    def _setting_up_unfinished(self) -> bool:
        return setting_up_unfinished(self.root)

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
        """The rotating backups, oldest first."""
        return backups.list_backups(self.backup_dir)

    def last_backup_made(self) -> datetime | None:
        newest = self.newest_backup()
        return made_at(newest) if newest is not None else None

    # ------------------------------------------------------------------ creating

    @classmethod
    def create(cls, data_dir: Path | str, passphrase: str, *, practitioner_name: str = "",
               practitioner_id: str = "", team: str = "", practitioner_contact: str = "",
               kdf: KdfParams | None = None,
               keep_recovery_key: Callable[[str], None] | None = None) -> tuple[Vault, str]:
        """Make a new vault and return it unlocked, with its recovery key (shown once).
        ``keep_recovery_key`` is given the key before anything is written: if it fails, no
        vault is made. On any failure nothing is left behind."""
        vault = cls(data_dir)
        if vault.exists():
            raise VaultExists(vault.root)
        recovery = new_recovery_key()
        if keep_recovery_key is not None:
            keep_recovery_key(recovery)
        made_root = not vault.root.exists()
        try:
            make_private_dir(vault.root)
        except OSError as exc:
            raise NotWritable(vault.root, exc.strerror or "") from None
        try:
            vault._require_writable()
            vault._take_process_lock()
            # Again under the lock: another process may have set one up here meanwhile.
            if vault.exists():
                raise VaultExists(vault.root)
        except BaseException:
            # Until the lock is this call's, nothing in the folder is: another process may be
            # setting up a vault here (its mark makes it no vault yet), and keeps its files.
            vault._process_lock.release()
            if made_root:
                with contextlib.suppress(OSError):
                    vault.root.rmdir()
            raise
        try:
            # Under the lock: what a setting up cut off part way left (no process is still
            # setting up here, or the lock would not have been taken), kept aside, not
            # deleted: a mark that came back beside a vault in use (a folder copied or
            # restored whole while one was set up) must not cost its records.
            if vault._setting_up_unfinished():
                vault.left_aside = vault._keep_aside_what_setting_up_left()
        except BaseException:
            vault._process_lock.release()
            raise
        try:
            os.close(create_private(vault.root / SETTING_UP_NAME))
            fsync_dir(vault.root)
            raw_key = bytearray(secrets.token_bytes(32))
            vault_id = uuid7()
            keyfile = KeyFile.create(vault_id, bytes(raw_key), passphrase, recovery, kdf or KdfParams())
            vault._build_new_database(raw_key, vault_id, practitioner_name=practitioner_name,
                                      practitioner_id=practitioner_id, team=team,
                                      practitioner_contact=practitioner_contact)
            keyfile = keyfile.with_head(seal(Head(0, GENESIS, now_iso()),
                                             head_key(raw_key, vault_id), vault_id))
            keyfile.write(vault.key_path)
            # The vault is whole: from here on it is one (synced, so a power cut cannot bring
            # the mark back over records typed after).
            (vault.root / SETTING_UP_NAME).unlink()
            fsync_dir(vault.root)
        except BaseException:
            vault._process_lock.release()
            vault._remove_new_files(made_root)
            raise
        vault._open(raw_key, keyfile)
        return vault, recovery

    def _build_new_database(self, raw_key: bytearray, vault_id: str, **who: str) -> None:
        try:
            os.close(create_private(self.db_path))  # 0600; SQLite gives its journal the same
        except OSError as exc:
            raise os_error(exc, self.root) from None
        engine = make_engine(self.db_path, raw_key)
        try:
            with engine.begin() as conn:
                migrations.upgrade(conn)
            with Session(engine) as session, session.begin():
                for key, value in {
                    "vault_id": vault_id,
                    "device_id": uuid7(),
                    "practitioner_id": who["practitioner_id"] or uuid7(),
                    "practitioner_name": who["practitioner_name"],
                    "team": who["team"],
                    # How the child and carers reach their worker: printed on their summaries.
                    "practitioner_contact": who["practitioner_contact"],
                    "created_at": datetime.now(UTC).isoformat(),
                }.items():
                    session.add(MetaRow(key=key, value=value))
        except (DatabaseError, OperationalError) as exc:
            raise os_error(OSError(28 if "full" in str(exc.orig).lower() else 5,
                                   str(exc.orig)), self.root) from None
        finally:
            engine.dispose()

    def _keep_aside_what_setting_up_left(self) -> Path:
        """Move a cut-off setting up's files (records, key, journal, mark) into a folder of
        their own beside them (``set-up-cut-off-<time>``), then sync: the folder is then
        ready for a new vault, and nothing that was there is lost. An error moves what is
        left no further, and is raised in words."""
        names = [n for n in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", KEY_NAME,
                             KEY_NAME + ".new", HEAD_NAME, SETTING_UP_NAME)
                 if os.path.lexists(self.root / n)]
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        aside = self.root / f"{LEFT_ASIDE_PREFIX}{stamp}"
        try:
            make_private_dir(aside)
            # The mark last: until it goes, the folder is still no vault.
            for name in sorted(names, key=lambda n: n == SETTING_UP_NAME):
                os.replace(self.root / name, aside / name)
            fsync_dir(aside)
            fsync_dir(self.root)
        except OSError as exc:
            raise os_error(exc, self.root) from None
        return aside

    def _remove_new_files(self, made_root: bool) -> None:
        """What setting up a vault makes, removed, its process lock file too; the folder too
        when setting up made it."""
        for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", KEY_NAME, KEY_NAME + ".new",
                     SETTING_UP_NAME, LOCK_NAME):
            with contextlib.suppress(OSError):
                (self.root / name).unlink()
        if made_root:
            with contextlib.suppress(OSError):
                self.root.rmdir()

    # ------------------------------------------------------------------ unlocking

    def _require_present(self) -> None:
        if not self.root.is_dir() or self._setting_up_unfinished():
            raise NoVault(self.root)
        has_key, has_db = self.key_path.exists(), os.path.lexists(self.db_path)
        if not has_key and not has_db:
            raise NoVault(self.root)
        if not has_key:
            raise KeyFileMissing(self.key_path)
        if not has_db:
            raise DatabaseMissing(self.db_path, self.newest_backup())

    def require_key_file(self) -> None:
        """What opening with the key alone needs (a new passphrase, a restore): the folder
        and its key file, whatever state the records file is in."""
        if not self.root.is_dir() or not self.key_path.exists():
            self._require_present()

    def _require_writable(self) -> None:
        if not os.access(self.root, os.W_OK | os.X_OK):
            raise NotWritable(self.root)
        probe_file = self.root / f".write-test-{secrets.token_hex(4)}"
        try:
            os.close(create_private(probe_file))
            probe_file.unlink()
        except OSError as exc:
            with contextlib.suppress(OSError):
                probe_file.unlink()
            raise os_error(exc, self.root) from None

    def _take_process_lock(self) -> None:
        try:
            self._process_lock.acquire()
        except OSError as exc:
            raise os_error(exc, self.root) from None

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

    def _unwrap(self, keyfile: KeyFile, *, passphrase: str | None = None,
                recovery_key: str | None = None) -> bytearray:
        self._wait_for_turn()
        try:
            if recovery_key is not None:
                raw_key = keyfile.unwrap_with_recovery_key(recovery_key)
            else:
                raw_key = keyfile.unwrap_with_passphrase(passphrase or "")
        except (WrongPassphrase, WrongRecoveryKey):
            self._note_failure(True)
            raise
        self._note_failure(False)
        return raw_key

    def unlock(self, passphrase: str) -> None:
        self._require_present()
        keyfile = KeyFile.read(self.key_path)
        self._open(self._unwrap(keyfile, passphrase=passphrase), keyfile)

    def unlock_with_recovery_key(self, recovery_key: str) -> None:
        self._require_present()
        keyfile = KeyFile.read(self.key_path)
        self._open(self._unwrap(keyfile, recovery_key=recovery_key), keyfile)

    def _tidy(self) -> None:
        """With the lock held: owner-only modes on what is ours, and what killed writers left."""
        names = (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", KEY_NAME, LOCK_NAME, HEAD_NAME)
        folders = [self.backup_dir, self.root / backups.KEPT_ASIDE_DIR, self.root / LOG_DIR]
        for path in (self.root, *(self.root / n for n in names), *folders,
                     *(p for folder in folders if folder.is_dir() for p in folder.iterdir())):
            tighten(path)
        backups.remove_partials(self.backup_dir)
        backups.cleanup_staged(self.root, DB_NAME)
        with contextlib.suppress(OSError):
            (self.root / (KEY_NAME + ".new")).unlink()

    def _settle_journal(self, raw_key: bytearray) -> None:
        """With the lock held: a rollback journal left beside the records is kept aside (a
        copy) and settled by SQLite (``records_file.settle_journal``); one that still will
        not settle is damage, worded as such, not a folder that cannot be written."""
        if not self.db_path.is_file() or shape_problem(self.db_path):
            return  # the checks say what is wrong with the file itself
        journal = unsettled_journal(self.db_path)
        if journal is None:
            return
        try:
            backups.keep_copy_aside(self.root, journal.name)
        except OSError as exc:
            raise os_error(exc, self.root) from None
        settle_journal(self.db_path, raw_key)
        if unsettled_journal(self.db_path) is not None:
            raise DatabaseDamaged(f"a change left unfinished in {journal.name} cannot be "
                                  "applied to it", self.newest_backup())

    def _stored_head(self, keyfile: KeyFile, raw_key: bytearray) -> Head | None:
        """The newest sealed head (key file or vault.head), or None in a vault made before
        heads were kept. A key-file head whose seal fails is damage, not a reason to skip."""
        key = head_key(raw_key, keyfile.vault_id)
        stored: Head | None = None
        if keyfile.head is not None:
            stored = unseal(keyfile.head, key, keyfile.vault_id)
            if stored is None:
                raise KeyFileDamaged(self.key_path, "its record of the last lock does not match "
                                                    "this vault's key")
        fast = HeadFile(self.root, key, keyfile.vault_id).read()
        if fast is not None and (stored is None or fast.seq > stored.seq):
            stored = fast
        return stored

    def _check_records(self, raw_key: bytearray, keyfile: KeyFile
                       ) -> tuple[Head | None, FileFacts]:
        """The read-only checks of the live records file; returns the stored head and what
        the checks found."""
        if self.db_path.is_dir() or not self.db_path.exists():
            what = "is a folder, not a file" if self.db_path.is_dir() else "is missing"
            raise DatabaseMissing(self.db_path, self.newest_backup(), what)
        problem = shape_problem(self.db_path)
        if problem:
            raise DatabaseDamaged(problem, self.newest_backup())
        stored = self._stored_head(keyfile, raw_key)
        try:
            facts = probe(self.db_path, raw_key, full=False, expected_vault_id=keyfile.vault_id,
                          against=stored, from_checkpoint=True,
                          file_checks_later=self.checks_after_unlock)
        except ProbeFailed as exc:
            if exc.kind == "newer":
                raise NewerVersion(exc.found) from None
            raise DatabaseDamaged(exc.detail, self.newest_backup()) from None
        if facts.went_back:
            raise RecordsWentBack(facts.went_back, self._newest_backup_holding(raw_key, keyfile,
                                                                               stored))
        return stored, facts

    def _newest_backup_holding(self, raw_key: bytearray, keyfile: KeyFile,
                               stored: Head | None) -> Path | None:
        for candidate in reversed(self.list_backups()):
            try:
                facts = probe(candidate, raw_key, full=False, expected_vault_id=keyfile.vault_id,
                              against=stored)
            except Exception:  # an unreadable backup is simply not offered
                continue
            if not facts.went_back:
                return candidate
        return None

    def _open(self, raw_key: bytearray, keyfile: KeyFile | None = None) -> None:
        self._require_writable()
        self._take_process_lock()
        engine: Engine | None = None
        try:
            keyfile = keyfile or KeyFile.read(self.key_path)
            self._tidy()
            self._settle_journal(raw_key)
            stored, facts = self._check_records(raw_key, keyfile)
            engine = make_engine(self.db_path, raw_key)
            with engine.connect() as conn:
                found = migrations.current_revision(conn) or ""
            with Session(engine) as session:
                meta = dict(session.execute(select(MetaRow.key, MetaRow.value)).all())
            self._key, self._engine = raw_key, engine
            self._head_key = head_key(raw_key, keyfile.vault_id)
            self._head_file = HeadFile(self.root, self._head_key, keyfile.vault_id)
            self.vault_id = meta.get("vault_id", "")
            if migrations.needs_upgrade(found):
                # Back up first, so a failed migration can always be undone by `restore`.
                self.backup(reason="pre-migration")
                with engine.begin() as conn:
                    migrations.upgrade(conn)
            if stored is None:
                self._store_head(keyfile)  # a vault from before heads were kept: start now
            if self.checks_after_unlock and (facts.checkpoint is None
                                             or facts.checkpoint.seq != facts.head.seq):
                # What the checks just walked is the checkpoint for the next unlock.
                self._store_checkpoint(facts.head, whole=facts.checkpoint is None)
            self.structure_unchecked = not facts.structure_checked
        except BaseException as exc:
            if engine is not None:
                engine.dispose()
            if self._head_file is not None:
                self._head_file.close()
            self._key, self._engine, self._head_file = None, None, None
            self._process_lock.release()
            worded = storage_error(exc, self.root)
            if worded is not None:
                raise worded from None
            raise
        self.device_id = meta.get("device_id", "")
        self.practitioner_id = meta.get("practitioner_id", "")
        self.practitioner_name = meta.get("practitioner_name", "")
        self._sessions = self._session_maker(engine)
        self._writing_sessions = self._session_maker(engine.execution_options(dw_begin="IMMEDIATE"))

    def _session_maker(self, bind: Engine) -> sessionmaker[Session]:
        maker = sessionmaker(bind=bind, expire_on_commit=False)
        event.listen(maker, "before_commit", self._before_commit)
        event.listen(maker, "after_commit", self._after_commit)
        return maker

    # The head after each commit that added audit events (store.head): read inside the
    # transaction, written once it has committed.
    _NEXT_HEAD = "dw_next_head"

    def _before_commit(self, session: Session) -> None:
        # The last event this transaction added is the chain's head once it commits (the
        # write lock was held from that event on).
        added = audit.last_added(session)
        if added is not None and session.in_transaction():
            session.info[self._NEXT_HEAD] = added

    def _after_commit(self, session: Session) -> None:
        found = session.info.pop(self._NEXT_HEAD, None)
        head_file = self._head_file
        if found is not None and head_file is not None:
            head_file.write(Head(found[0], found[1], now_iso()))

    def _store_head(self, keyfile: KeyFile | None = None) -> None:
        """Seal the records' head into the key file (synced) and vault.head; the key file is
        left untouched when it already holds that head (a session that only read)."""
        with self.engine.connect() as conn:
            top = records_head(conn)
        keyfile = keyfile or KeyFile.read(self.key_path)
        if keyfile.head is not None:
            stored = unseal(keyfile.head, self._head_key, keyfile.vault_id)
            if stored is not None and (stored.seq, stored.hash) == (top.seq, top.hash):
                return
        head = Head(top.seq, top.hash, now_iso())
        keyfile.with_head(seal(head, self._head_key, keyfile.vault_id)).write(self.key_path)
        if self._head_file is not None:
            self._head_file.write(head)

    def _store_checkpoint(self, head: Head, *, whole: bool) -> None:
        """Record ``head`` as the audit checkpoint: every event up to it was found intact
        (``whole``: by a walk of the whole chain, which starts the next ``FULL_WALK_DAYS``)."""
        if self._engine is None or head.seq == 0:
            return
        key = checkpoint_key(self._key or b"", self.vault_id)
        value = sealed_checkpoint(Head(head.seq, head.hash, now_iso()), key, self.vault_id)
        # The engine's own session: at unlock this runs before the vault's sessions exist.
        with Session(self._engine) as session, session.begin():
            session.merge(MetaRow(key=CHECKPOINT_META, value=value))
            if whole:
                session.merge(MetaRow(key=audit.WALKED_META, value=now_iso()))

    def walk_part(self, after: Head | None, up_to: int, limit: int = 2000) -> audit.WalkPart:
        """One part of a walk of the whole audit chain, in the background: up to ``limit``
        events after ``after`` (None: from the first). When the walk reaches ``up_to`` intact,
        that event becomes the checkpoint and the next whole walk is due in
        ``audit.FULL_WALK_DAYS`` days; when it finds damage, the checkpoint is dropped, so
        that the next unlock walks the whole chain and refuses the records, as it refuses
        any damage."""
        with self.session() as session:
            part = audit.walk_part(session, after, up_to, limit)
        if not part.intact:
            self.forget_checkpoint()
        elif part.done and part.last is not None:
            self._store_checkpoint(part.last, whole=True)
        return part

    def forget_checkpoint(self) -> None:
        """After damage was found: no checkpoint, so the next unlock runs every check (the
        whole audit chain, the whole file's structure) and refuses the records."""
        with self.transaction() as session:
            session.execute(delete(MetaRow).where(MetaRow.key == CHECKPOINT_META))

    def check_structure(self) -> str | None:
        """SQLite's quick check of the whole records file, left out of an unlock that started
        from the audit checkpoint (``structure_unchecked``): what is wrong, or None. On a
        read-only connection of its own, so it runs on a thread of its own beside the vault's
        worker; the caller drops the checkpoint (``forget_checkpoint``) when it finds damage."""
        if self._key is None:
            raise VaultLocked()
        key = bytearray(self._key)  # the lock wipes the vault's own while this may still run
        try:
            return check_structure(self.db_path, key)
        finally:
            for i in range(len(key)):
                key[i] = 0

    def lock(self, *, keep_process_lock: bool = False) -> None:
        """Checkpoint the journal into the records file (so nothing rests in the WAL), keep
        the audit head beside the key slots, close the database, drop the key from memory and
        let other processes have the vault, unless ``keep_process_lock`` (the app, locked
        while idle, is still the one using it: a restore meanwhile would pull its records from
        under it)."""
        try:
            if self._engine is not None:
                try:
                    with self._engine.connect() as conn:
                        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                    self._store_head()
                except Exception:  # the head may lag (store.head); the lock must not fail
                    pass
                self._engine.dispose()
        finally:
            if self._key is not None:
                for i in range(len(self._key)):
                    self._key[i] = 0
            self._key = None
            self._engine = None
            self._sessions = None
            self._writing_sessions = None
            if self._head_file is not None:
                self._head_file.close()
            self._head_file = None
            self._head_key = b""
            if not keep_process_lock:
                self._process_lock.release()

    # ------------------------------------------------------------------ sessions

    def session(self) -> Session:
        """A new Session that knows who is acting on this device (see store.context)."""
        return self._new_session(self._sessions)

    def _new_session(self, maker: sessionmaker[Session] | None) -> Session:
        if maker is None:
            raise VaultLocked()
        session = maker()
        session.info["practitioner_id"] = self.practitioner_id
        session.info["device_id"] = self.device_id
        if self.clock is not None:
            session.info["clock"] = self.clock
        return session

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one write transaction (``BEGIN IMMEDIATE``): committed on success,
        rolled back on error."""
        with self._new_session(self._writing_sessions) as session, session.begin():
            yield session

    @contextlib.contextmanager
    def driver_transaction(self) -> Iterator[DriverWrite]:
        """One write transaction on the driver alone (``store.driver_write``): ``BEGIN
        IMMEDIATE``, committed on success, rolled back on error, and the audit head kept after
        the commit as ``transaction()`` keeps it."""
        engine = self._engine
        if engine is None:
            raise VaultLocked()
        connection = engine.raw_connection()  # the pool's, with the vault's key and pragmas
        try:
            cursor = connection.cursor()
            cursor.execute("BEGIN IMMEDIATE")
            write = DriverWrite(cursor, self.practitioner_id, self.device_id,
                                self.clock() if self.clock is not None else datetime.now(UTC),
                                engine.dialect)
            try:
                yield write
                cursor.execute("COMMIT")
            except BaseException:
                # A failed statement or COMMIT may already have ended the transaction; if the
                # ROLLBACK fails too, the pool rolls back (or discards) the connection on close.
                with contextlib.suppress(sqlcipher.Error):
                    cursor.execute("ROLLBACK")
                raise
        finally:
            connection.close()
        head_file = self._head_file
        if write.tail is not None and head_file is not None:
            head_file.write(Head(write.tail[0], write.tail[1], now_iso()))

    def meta(self, key: str, default: str = "") -> str:
        with self.session() as session:
            row = session.get(MetaRow, key)
            return row.value if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as session:
            session.merge(MetaRow(key=key, value=value))

    # ------------------------------------------------------------------ passphrase and recovery

    @contextlib.contextmanager
    def _holding(self) -> Iterator[None]:
        """The process lock for an operation on a locked vault (a new passphrase, a restore)."""
        self._require_writable()
        self._take_process_lock()
        try:
            yield
        finally:
            self._process_lock.release()

    @classmethod
    def change_passphrase(cls, data_dir: Path | str, old_passphrase: str, new_passphrase: str,
                          kdf: KdfParams | None = None) -> None:
        """Rewrap the key under a new passphrase. The database itself is not touched (nor
        needed: a damaged or missing records file is restored afterwards)."""
        vault = cls(data_dir)
        vault.require_key_file()
        with vault._holding():
            keyfile = KeyFile.read(vault.key_path)
            raw_key = vault._unwrap(keyfile, passphrase=old_passphrase)
            keyfile.with_passphrase(new_passphrase, bytes(raw_key), kdf).write(vault.key_path)

    @classmethod
    def recover(cls, data_dir: Path | str, recovery_key: str, new_passphrase: str,
                kdf: KdfParams | None = None) -> None:
        """Set a new passphrase using the recovery key. The recovery key stays valid."""
        vault = cls(data_dir)
        vault.require_key_file()
        with vault._holding():
            keyfile = KeyFile.read(vault.key_path)
            raw_key = vault._unwrap(keyfile, recovery_key=recovery_key)
            keyfile.with_passphrase(new_passphrase, bytes(raw_key), kdf).write(vault.key_path)

    def replace_recovery_key(self, keep: Callable[[str], None] | None = None) -> str:
        """Make a new recovery key (for one that was lost, or never kept) and return it. The
        new key is handed to ``keep`` (which writes, syncs or shows it) before the key file
        changes: if ``keep`` fails, nothing changed. The old recovery key then no longer opens
        the vault; the database is untouched."""
        if self._key is None:
            raise VaultLocked()
        self._require_writable()
        recovery = new_recovery_key()
        keyfile = KeyFile.read(self.key_path)
        if keep is not None:
            keep(recovery)
        keyfile.with_recovery_key(recovery, bytes(self._key)).write(self.key_path)
        return recovery

    def accept_records(self, passphrase: str) -> Head:
        """After RecordsWentBack, when IT decides so: take the records as they are, sealing
        their head as the new last-seen one. Nothing in the records changes."""
        self.require_key_file()
        with self._holding():
            keyfile = KeyFile.read(self.key_path)
            raw_key = self._unwrap(keyfile, passphrase=passphrase)
            if self.db_path.is_dir() or not self.db_path.exists():
                what = "is a folder, not a file" if self.db_path.is_dir() else "is missing"
                raise DatabaseMissing(self.db_path, self.newest_backup(), what)
            if shape_problem(self.db_path):
                raise DatabaseDamaged(shape_problem(self.db_path) or "", self.newest_backup())
            self._settle_journal(raw_key)
            try:
                facts = probe(self.db_path, raw_key, full=True, expected_vault_id=keyfile.vault_id)
            except ProbeFailed as exc:
                raise DatabaseDamaged(exc.detail, self.newest_backup()) from None
            # The journal may hold saves SQLite cannot read (after damage): once the records
            # are accepted, the next save starts it again, so a copy is kept aside first.
            wal = self.root / (DB_NAME + "-wal")
            try:
                if wal.is_file() and wal.stat().st_size:
                    backups.keep_copy_aside(self.root, wal.name)
            except OSError as exc:
                raise os_error(exc, self.root) from None
            head = Head(facts.head.seq, facts.head.hash, now_iso())
            key = head_key(raw_key, keyfile.vault_id)
            keyfile.with_head(seal(head, key, keyfile.vault_id)).write(self.key_path)
            HeadFile(self.root, key, keyfile.vault_id).remove()
            return head

    # ------------------------------------------------------------------ checking

    def _integrity_problems(self, engine: Engine, report: CheckReport) -> list[str]:
        """Every page's authentication, SQLite's whole integrity check, the audit checkpoint's
        seal and the whole audit chain. An intact chain becomes the checkpoint (and starts the
        next ``audit.FULL_WALK_DAYS``); a broken one drops it, so the next unlock walks the
        whole chain and refuses the records."""
        problems: list[str] = []
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
            problems += [f"encryption check: {r[0]}" for r in rows if r and r[0] not in (None, "ok")]
            if problems:
                return problems
            rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
            problems += [f"structure check: {r[0]}" for r in rows if r and r[0] != "ok"]
        if problems:
            return problems
        with Session(engine) as session:
            try:
                read_checkpoint(self.meta(CHECKPOINT_META) or None,
                                checkpoint_key(self._key or b"", self.vault_id), self.vault_id)
            except ValueError as exc:
                problems.append(str(exc))
            ok, message, report.audit_events = audit.verify_chain(session)
            top = records_head(session.connection())
        if not ok:
            problems.append(message)
        with contextlib.suppress(DatabaseError, OperationalError):
            if problems:
                self.forget_checkpoint()
            else:
                self._store_checkpoint(top, whole=True)
        return problems

    def check(self) -> CheckReport:
        """Full checks on an unlocked vault: encryption, structure, audit chain, counts."""
        from directwork.store.stats import record_counts

        engine = self.engine
        report = CheckReport(ok=False)
        try:
            problems = self._integrity_problems(engine, report)
        except (DatabaseError, OperationalError) as exc:
            problems = [f"database error: {exc.orig if hasattr(exc, 'orig') else exc}"]
        report.ok, report.problems = not problems, problems
        if not problems:
            with self.session() as session:
                report.counts = record_counts(session)
            with engine.connect() as conn:
                report.schema_version = migrations.current_revision(conn) or ""
        return report

    # ------------------------------------------------------------------ backups

    def backup(self, dest: Path | None = None, *, reason: str = "manual",
               keep: int = DEFAULT_BACKUPS_KEPT) -> Path:
        """An encrypted copy under the same key, consistent even while the app is in use, read
        back and checked before it takes its name. Without ``dest`` it goes to backups/,
        keeping the newest ``keep``."""
        if self._key is None:
            raise VaultLocked()
        if dest is None:
            return backups.make_rotating_backup(self.db_path, self._key, self.backup_dir,
                                                self.vault_id, reason, keep)
        dest = Path(dest).expanduser().absolute()
        backups.write_backup(self.db_path, self._key, dest, self.vault_id)
        return dest

    def backup_if_due(self, max_age_hours: float = backups.MAX_BACKUP_AGE_HOURS) -> Path | None:
        """A rotating backup when the newest is older than ``max_age_hours`` (or there is none)."""
        made = self.last_backup_made()
        if made is not None and (datetime.now(UTC) - made).total_seconds() < max_age_hours * 3600:
            return None
        return self.backup(reason="daily")

    def describe_backups(self, passphrase: str | None,
                         recovery_key: str | None = None) -> list[backups.BackupInfo]:
        """Every rotating backup, newest first, with its record counts, whether it can be
        restored, and whether it holds everything up to the last lock. Needs only the key
        file and the passphrase (or the recovery key): the records file may be damaged or
        missing."""
        self.require_key_file()
        keyfile = KeyFile.read(self.key_path)
        raw_key = self._unwrap(keyfile, passphrase=passphrase, recovery_key=recovery_key)
        try:
            try:
                stored = self._stored_head(keyfile, raw_key)
            except KeyFileDamaged:
                stored = None

            def holds(path: Path) -> bool | None:
                if stored is None:
                    return None
                facts = probe(path, raw_key, full=False, against=stored)
                return not facts.went_back

            return [backups.describe(path, raw_key, keyfile.vault_id, holds)
                    for path in reversed(self.list_backups())]
        finally:
            for i in range(len(raw_key)):
                raw_key[i] = 0

    def restore(self, backup_file: Path, *, passphrase: str | None = None,
                recovery_key: str | None = None, open_after: bool | None = None
                ) -> backups.RestoreOutcome:
        """Replace the records with a backup made under this vault's key, from any state of
        the records file. Unlocked, the vault's own key is used and it is open again after;
        locked, the key is unwrapped from the key file with ``passphrase`` (or
        ``recovery_key``) without opening the records, and the vault stays locked unless
        ``open_after``. The backup is verified in full before anything changes; the records it
        replaces are kept (a healthy file as a backup, anything else in kept-aside/)."""
        was_open = self._key is not None
        if was_open:
            assert self._key is not None
            raw_key = bytearray(self._key)  # lock() wipes the original
            keyfile = KeyFile.read(self.key_path)
        else:
            self.require_key_file()
            keyfile = KeyFile.read(self.key_path)
            raw_key = self._unwrap(keyfile, passphrase=passphrase, recovery_key=recovery_key)
            self._require_writable()
            self._take_process_lock()
        reopen = was_open if open_after is None else open_after
        try:
            if not self._process_lock.exclusive:
                raise VaultInUse("another part of this program")
            backups.cleanup_staged(self.root, DB_NAME)
            backup_file = Path(backup_file).expanduser()
            staged = backups.stage(backup_file, self.root, DB_NAME)
            facts = backups.verify_staged(staged, backup_file, raw_key, keyfile.vault_id)
            if was_open:
                self._close_keeping_lock()
            kept = self._replace_records(staged, facts, raw_key, keyfile)
        except BaseException:
            backups.cleanup_staged(self.root, DB_NAME)
            if was_open and not self.is_unlocked:
                with contextlib.suppress(Exception):
                    self._open(raw_key)
            if not self.is_unlocked:
                self._process_lock.release()
            raise
        if reopen:
            self._open(raw_key)
        else:
            self._process_lock.release()
        return backups.RestoreOutcome(facts=facts, kept=kept)

    def _close_keeping_lock(self) -> None:
        if self._engine is not None:
            with contextlib.suppress(Exception), self._engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            self._engine.dispose()
        self._engine = self._sessions = self._writing_sessions = None
        if self._head_file is not None:
            self._head_file.close()
        self._head_file, self._key = None, None

    def _replace_records(self, staged: Path, facts: FileFacts, raw_key: bytearray,
                         keyfile: KeyFile) -> Path | None:
        """Put the verified ``staged`` copy in place of the records; return where the records
        it replaced are kept."""
        try:
            # The records it replaces: a healthy file becomes a backup of its own; a damaged,
            # cut or missing one is moved aside whole, with its journal.
            healthy = False
            if self.db_path.is_file() and not shape_problem(self.db_path):
                try:
                    probe(self.db_path, raw_key, full=False, expected_vault_id=keyfile.vault_id)
                    healthy = True
                except Exception:  # whatever is wrong, it is kept aside below
                    healthy = False
            kept: Path | None = None
            wal = self.root / (DB_NAME + "-wal")
            if healthy and wal.is_file() and wal.stat().st_size:
                # A journal a crash left may hold saves SQLite cannot read (after damage): the
                # backup below holds what it can read, then checkpoints it away; a copy of it
                # is kept aside first.
                backups.keep_copy_aside(self.root, wal.name)
            if healthy:
                kept = backups.make_rotating_backup(self.db_path, raw_key, self.backup_dir,
                                                    keyfile.vault_id, backups.BEFORE_RESTORE)
            # The head becomes the backup's before the file changes: a crash in between leaves
            # the old records, which reach that head, so they still open.
            key = head_key(raw_key, keyfile.vault_id)
            head_file = HeadFile(self.root, key, keyfile.vault_id)
            newest = head_file.read()
            head = Head(facts.head.seq, facts.head.hash, now_iso())
            keyfile.with_head(seal(head, key, keyfile.vault_id)).write(self.key_path)
            head_file.remove()
            try:
                # A rollback journal (settled or not) belongs to the file it is beside, never to
                # the one put in its place.
                journal = [DB_NAME + "-wal", DB_NAME + "-shm", DB_NAME + "-journal"]
                if healthy:
                    for name in journal:  # emptied by the backup's checkpoint; never applied to the new file
                        with contextlib.suppress(FileNotFoundError):
                            (self.root / name).unlink()
                else:
                    kept = backups.keep_aside(self.root, [DB_NAME, *journal])
                backups.place(staged, self.db_path)
            except OSError:
                if staged.exists():
                    # The records were not replaced: their own heads go back (the key file's
                    # and the newest), or the guard against records going back in time would
                    # stay lowered to the backup's, letting an older copy put in by hand open.
                    with contextlib.suppress(OSError, NotWritable):
                        keyfile.write(self.key_path)
                    if newest is not None:
                        head_file.write(newest)
                        head_file.close()
                raise
        except OSError as exc:
            raise os_error(exc, self.root) from None
        return kept

    # ------------------------------------------------------------------ helpers for tests/tools

    def count(self, row_cls: type) -> int:
        with self.session() as session:
            return session.execute(select(func.count()).select_from(row_cls)).scalar_one()
