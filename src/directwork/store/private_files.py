"""Files only their owner can read (0600) in folders only their owner can enter (0700), and
the words for an operating-system refusal to write.

Everything directwork writes goes through here or is created with these modes: the vault and
its journal (SQLite gives the journal the records file's mode), backups, exports, summaries,
recovery keys and the error log.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
from pathlib import Path

from directwork.core.whole_files import write_whole
from directwork.store.errors import DiskFull, FileTooLarge, NotWritable, VaultError

FILE_MODE = 0o600
DIR_MODE = 0o700
FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


def os_error(exc: OSError, where: Path) -> VaultError:
    """The practitioner's words for an OSError met while writing in ``where``."""
    if exc.errno == errno.EFBIG:
        return FileTooLarge(where)
    if exc.errno in FULL:
        return DiskFull(where)
    return NotWritable(where, exc.strerror or type(exc).__name__)


# Below this much free space a failure to write is put down to a full disk.
NEARLY_FULL = 1024 * 1024
ENVIRONMENT_ERRORS = ("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_READONLY",
                      "SQLITE_PERM")


def sqlite_error_name(exc: BaseException) -> str:
    """SQLite's name for the error (SQLITE_FULL, SQLITE_IOERR_SHMSIZE...), or ""."""
    for source in (exc, getattr(exc, "orig", None)):
        name = getattr(source, "sqlite_errorname", None)
        if name:
            return str(name)
    return ""


def storage_error(exc: BaseException, where: Path) -> VaultError | None:
    """The words for a database error that came from the disk (full, read-only, failing), or
    None when it did not."""
    name = sqlite_error_name(exc)
    if not name.startswith(ENVIRONMENT_ERRORS):
        return None
    free = None
    with contextlib.suppress(OSError):
        free = shutil.disk_usage(where).free
    if name == "SQLITE_FULL" or (free is not None and free < NEARLY_FULL):
        return DiskFull(where)
    return NotWritable(where, name)


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in FULL:
        return True
    return "disk is full" in str(exc).lower() or "disk full" in str(exc).lower()


def make_private_dir(path: Path) -> None:
    """Make ``path`` (and missing parents) as 0700 folders; tighten it if it already exists."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    tighten(path)


def tighten(path: Path) -> None:
    """Make an existing file 0600 or folder 0700, if it is ours; never fails."""
    with contextlib.suppress(OSError):
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode) or (hasattr(os, "getuid") and info.st_uid != os.getuid()):
            return
        wanted = DIR_MODE if stat.S_ISDIR(info.st_mode) else FILE_MODE
        if stat.S_IMODE(info.st_mode) & ~wanted:
            path.chmod(wanted)


def create_private(path: Path) -> int:
    """Create ``path`` (which must not exist) as an empty 0600 file and return its descriptor."""
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                   FILE_MODE)


def write_private(path: Path, data: bytes, *, replace: bool = False) -> None:
    """Write a whole file only its owner can read, synced to disk, through a hidden partial
    file beside it (``core.whole_files``): the name holds the whole file or nothing. Without
    ``replace`` an existing file is refused before writing and never overwritten
    (FileExistsError). A failure leaves nothing behind (or, with ``replace``, the old file as
    it was) and raises the OSError."""
    write_whole(path, data, replace=replace)
