"""Backups of the vault's records, and restoring one.

A backup is an encrypted copy under the same key (``sqlcipher_export``), written to a
``.partial`` file (0600), synced, checked page by page read-only, and only then given its
name. The vault keeps the newest seven in ``backups/``: one made at unlock when the newest is a
day old, one after each visit, and any made by hand; partial files left by a killed backup are
removed before the next one. A backup of what a restore replaced is kept beside them until a
person deletes it.

A restore works from any state of the records file (damaged, cut short, missing, a folder,
or older than the vault's audit head): it needs only the key, which the caller unwrapped from
the key file. The backup is copied in beside the vault and verified in full there (so the
chosen file is never changed); the records it replaces are kept, never deleted: a healthy file
as a backup of its own ("before-restore"), anything else moved aside into ``kept-aside/``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

import sqlcipher3.dbapi2 as sqlcipher

from directwork.core.whole_files import fsync_dir, move_without_replacing
from directwork.store.errors import BackupUnusable, DatabaseDamaged, VaultError
from directwork.store.private_files import (
    NEARLY_FULL,
    create_private,
    is_disk_full,
    make_private_dir,
    os_error,
)
from directwork.store.records_file import (
    BACKUP_GLOB,
    FileFacts,
    ProbeFailed,
    backup_name,
    made_at,
    probe,
    raw_key_pragma,
    reason_of,
)

DEFAULT_BACKUPS_KEPT = 7
KEPT_ASIDE_DIR = "kept-aside"
RESTORING_SUFFIX = ".restoring"
MAX_BACKUP_AGE_HOURS = 24.0


@dataclass
class BackupInfo:
    """One backup as the restore screens list it."""

    path: Path
    made_at: datetime
    reason: str
    usable: bool = True
    problem: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    holds_last_head: bool | None = None  # None: no head to compare with


def list_backups(backup_dir: Path) -> list[Path]:
    """The rotating backups, oldest first."""
    if not backup_dir.is_dir():
        return []
    return sorted(p for p in backup_dir.glob(BACKUP_GLOB) if p.is_file())


def remove_partials(backup_dir: Path) -> None:
    """Remove what killed backups left: partial files and their journals (SQLCipher's, for
    the file it was exporting into). Only called with the vault's process lock held, so no
    backup is being written meanwhile."""
    if backup_dir.is_dir():
        for pattern in ("*.partial", "*.partial-journal", "*.partial-wal", "*.partial-shm"):
            for leftover in backup_dir.glob(pattern):
                with contextlib.suppress(OSError):
                    leftover.unlink()


def write_backup(db_path: Path, key: bytes | bytearray, dest: Path, vault_id: str) -> FileFacts:
    """Export the records in ``db_path`` to ``dest`` (which must not exist), verified before
    it takes its name. Raises NotWritable/DiskFull (nothing left behind) or DatabaseDamaged."""
    dest = Path(dest)
    if dest.exists():
        raise BackupUnusable(dest, "a file of that name is already there; choose a new name")
    partial = dest.with_name(dest.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    try:
        os.close(create_private(partial))  # 0600 before SQLCipher writes a byte into it
    except OSError as exc:
        raise os_error(exc, dest.parent) from None
    try:
        _export(db_path, key, partial)
        with open(partial, "rb+") as fh:
            os.fsync(fh.fileno())
        try:
            facts = probe(partial, key, full=False, expected_vault_id=vault_id)
        except ProbeFailed as exc:
            raise DatabaseDamaged(f"the backup just written does not read back ({exc.detail})",
                                  None) from None
        move_without_replacing(partial, dest)  # never over a file that appeared meanwhile
    except FileExistsError:
        raise BackupUnusable(dest, "a file of that name is already there; choose a new name"
                             ) from None
    except OSError as exc:
        raise os_error(exc, dest.parent) from None
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    fsync_dir(dest.parent)
    return facts


def _export(db_path: Path, key: bytes | bytearray, target: Path) -> None:
    raw = sqlcipher.connect(str(db_path), isolation_level=None)
    try:
        raw.execute(raw_key_pragma(key))
        raw.execute("PRAGMA cipher_compatibility = 4")
        raw.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{bytes(key).hex()}'\"", (str(target),))
        raw.execute("SELECT sqlcipher_export('backup')")
        version = raw.execute("PRAGMA main.user_version").fetchone()[0]
        raw.execute(f"PRAGMA backup.user_version = {int(version)}")
        raw.execute("DETACH DATABASE backup")
    except sqlcipher.Error as exc:
        if is_disk_full(exc):
            raise OSError(28, "No space left on device") from None
        if "readonly" in str(exc).lower() or "read-only" in str(exc).lower():
            raise OSError(30, "Read-only file system") from None
        _refuse_if_the_copy_failed(target)
        raise DatabaseDamaged(f"the backup could not be made ({exc})", None) from None
    finally:
        raw.close()


# FAT32 (most USB sticks) takes no file of 4 GiB or more; a copy that stopped this close to it
# stopped there.
_FAT_LARGEST = 2**32 - 1
_NEAR = 2**20


def _refuse_if_the_copy_failed(target: Path) -> None:
    """After sqlcipher_export failed with an error that does not say which side (it reports
    "disk I/O error" for the vault read and the copy written alike): raises OSError when the
    copy's side is the cause, so that a copy that could not be written is not put down to the
    vault's records being damaged. EFBIG when the copy stopped at the size its disk or this
    process may write (a FAT32 stick's 4 GiB, RLIMIT_FSIZE); the error met when the copy or
    its folder can no longer be reached or written (a stick pulled out, a failing disk)."""
    if target.stat().st_size + _NEAR >= _largest_file():
        raise OSError(errno.EFBIG, "File too large")
    # A small file in the copy's folder, written and synced: a name no other file has, ending
    # as a partial file does, so that the next backup there clears it if this one is killed.
    probe_file = target.with_name(f".{target.name}-probe-{secrets.token_hex(4)}.partial")
    descriptor = create_private(probe_file)
    try:
        os.write(descriptor, b"directwork")
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
        with contextlib.suppress(OSError):
            probe_file.unlink()


def _largest_file() -> int:
    """The largest file a copy may be here: FAT32's, or this process's limit if lower."""
    if sys.platform == "win32":  # no per-process limit on a file's size there
        return _FAT_LARGEST
    import resource

    soft = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    return _FAT_LARGEST if soft == resource.RLIM_INFINITY else min(_FAT_LARGEST, soft)


# A backup made of the records a restore replaced: they may be held nowhere else (saves made
# after the backup restored), so it is never rotated away; only a person deletes it.
BEFORE_RESTORE = "before-restore"


def rotate(backup_dir: Path, keep: int = DEFAULT_BACKUPS_KEPT) -> None:
    """Keep the newest ``keep`` backups, leaving out of the count (and never removing) those
    made of what a restore replaced."""
    rotating = [p for p in list_backups(backup_dir) if reason_of(p) != BEFORE_RESTORE]
    for old in rotating[:-keep] if keep > 0 else []:
        with contextlib.suppress(OSError):
            old.unlink()


def make_rotating_backup(db_path: Path, key: bytes | bytearray, backup_dir: Path, vault_id: str,
                         reason: str, keep: int = DEFAULT_BACKUPS_KEPT) -> Path:
    try:
        make_private_dir(backup_dir)
    except OSError as exc:
        raise os_error(exc, backup_dir) from None
    remove_partials(backup_dir)
    dest = backup_dir / backup_name(reason)
    write_backup(db_path, key, dest, vault_id)
    rotate(backup_dir, keep)
    return dest


def describe(path: Path, key: bytes | bytearray, vault_id: str,
             holds: Callable[[Path], bool | None] | None = None) -> BackupInfo:
    """A backup's date, reason, record counts and whether it can be restored."""
    info = BackupInfo(path=path, made_at=made_at(path), reason=reason_of(path))
    try:
        facts = probe(path, key, full=False, expected_vault_id=vault_id, counts=True)
    except ProbeFailed as exc:
        info.usable, info.problem = False, exc.detail
        return info
    except Exception as exc:  # one unreadable backup must not hide the others
        info.usable, info.problem = False, f"it cannot be read ({type(exc).__name__})"
        return info
    info.counts = facts.counts
    if holds is not None:
        info.holds_last_head = holds(path)
    return info


# ---------------------------------------------------------------------- restoring


@dataclass
class RestoreOutcome:
    facts: FileFacts
    kept: Path | None  # where the replaced records are: a backup, or a kept-aside file


def stage(backup_file: Path, root: Path, db_name: str) -> Path:
    """Copy the chosen backup in beside the vault (0600), synced; the original is only read."""
    backup_file = Path(backup_file)
    if not backup_file.exists():
        raise BackupUnusable(backup_file, "there is no such file")
    if backup_file.is_dir():
        raise BackupUnusable(backup_file, "it is a folder, not a backup file")
    if not backup_file.is_file():  # a pipe would be waited on for ever, a device read endlessly
        raise BackupUnusable(backup_file, "it is not a file (a device or a pipe), so it cannot "
                                          "be a backup")
    staged = root / (db_name + RESTORING_SUFFIX)
    with contextlib.suppress(FileNotFoundError):
        staged.unlink()
    try:
        source = open(backup_file, "rb")  # closed below, errors worded apart
    except OSError as exc:
        raise BackupUnusable(backup_file, f"it cannot be read ({exc.strerror})") from None
    try:
        _room_for(os.fstat(source.fileno()).st_size, root)
        fd = create_private(staged)
        with source, os.fdopen(fd, "wb") as out:
            while chunk := _read(source, backup_file):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        with contextlib.suppress(OSError):
            staged.unlink()
        raise os_error(exc, root) from None
    except BackupUnusable:
        with contextlib.suppress(OSError):
            staged.unlink()
        raise
    return staged


# Left free beside a copied-in backup: below this much, a write is put down to a full disk
# anyway (private_files.NEARLY_FULL).
_ROOM_LEFT = NEARLY_FULL


def _room_for(size: int, root: Path) -> None:
    """Refuses (ENOSPC, before a byte is copied) a backup larger than the room left on the
    vault's disk: copying it would only fill the disk to its last byte and then fail."""
    try:
        free = shutil.disk_usage(root).free
    except OSError:
        return  # the copy itself will say what is wrong
    if size + _ROOM_LEFT > free:
        raise OSError(errno.ENOSPC, "No space left on device")


def _read(source: BinaryIO, backup_file: Path) -> bytes:
    """The next part of the chosen backup. A read that fails (a stick pulled out, a failing
    disk) is the backup's fault, worded as such: not the vault's folder, which was writable."""
    try:
        return source.read(1024 * 1024)
    except OSError as exc:
        raise BackupUnusable(backup_file, f"it cannot be read ({exc.strerror})") from None


def verify_staged(staged: Path, original: Path, key: bytes | bytearray, vault_id: str) -> FileFacts:
    """The whole check on the staged copy; BackupUnusable (staged copy removed) if it fails."""
    try:
        return probe(staged, key, full=True, expected_vault_id=vault_id, counts=True)
    except ProbeFailed as exc:
        with contextlib.suppress(OSError):
            staged.unlink()
        if exc.kind == "newer":  # the backup is newer, not this vault: say so of the backup
            raise BackupUnusable(original, "it was written by a newer version of directwork "
                                           f"(schema {exc.found}); restore it with that version"
                                 ) from None
        damaged = exc.kind in ("damaged", "unversioned")
        why = {"key": "it does not open with this vault's key (it is another vault's backup, or "
                      "damaged)",
               "foreign": "it is a backup of a different vault"}.get(exc.kind, exc.detail)
        raise BackupUnusable(original, why, damaged=damaged) from None
    except BaseException:
        with contextlib.suppress(OSError):
            staged.unlink()
        raise


def keep_aside(root: Path, names: list[str]) -> Path | None:
    """Move the named files (those that exist) into kept-aside/, stamped; return where the
    records file went."""
    present = [n for n in names if os.path.lexists(root / n)]
    if not present:
        return None
    aside = root / KEPT_ASIDE_DIR
    make_private_dir(aside)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    moved: Path | None = None
    for name in present:
        target = aside / f"{stamp}-{name}"
        os.replace(root / name, target)
        if moved is None:
            moved = target
    fsync_dir(aside)
    return moved


def keep_copy_aside(root: Path, name: str) -> Path:
    """Copy ``name`` (0600, synced) into kept-aside/, stamped, leaving it where it is."""
    aside = root / KEPT_ASIDE_DIR
    make_private_dir(aside)
    target = aside / f"{datetime.now(UTC).strftime('%Y%m%dT%H%M%S%fZ')}-{name}"
    fd = create_private(target)
    try:
        with open(root / name, "rb") as source, os.fdopen(fd, "wb") as out:
            shutil.copyfileobj(source, out, 1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    fsync_dir(aside)
    return target


def place(staged: Path, db_path: Path) -> None:
    os.replace(staged, db_path)
    fsync_dir(db_path.parent)


def cleanup_staged(root: Path, db_name: str) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            (root / (db_name + RESTORING_SUFFIX + suffix)).unlink()


def words_for(exc: BaseException, where: Path) -> VaultError | None:
    """A VaultError for an OSError met while restoring, or None to let it pass."""
    if isinstance(exc, OSError):
        return os_error(exc, where)
    return None
