"""One process at a time: an operating-system lock on ``vault.lock`` in the data folder.

Held from unlock to lock (and through a restore, a passphrase change or a recovery), so a
second program (the app twice, or a command while the app has the vault open) is refused
instead of writing beside it. The OS drops the lock when its process dies, so a crash never
leaves the vault locked out. The file also says who holds it (a process id and what it is),
which is what the second opener is told.

The lock belongs to the process: Vault objects in one process share it (the last to let go
releases it), and ``exclusive`` says whether one is the only holder, which a restore needs.
POSIX uses ``flock`` on one descriptor per folder (not the ``fcntl`` record lock SQLite keeps on
``vault.db``, which closing any other descriptor of that file would drop). Windows uses
``msvcrt.locking`` on one byte far past the holder's note, so the note stays readable.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

from directwork.store.errors import LockFileUnusable, VaultInUse
from directwork.store.private_files import FILE_MODE

LOCK_NAME = "vault.lock"
_WINDOWS_LOCK_OFFSET = 1 << 20
_NOTE_BYTES = 4096

# What this process is, in the words the second opener reads ("the directwork app", "the
# command `directwork restore`"); the entry points set it.
_description = ""


def describe_this_process(what: str) -> str:
    """Say what this process is; returns what it was said to be before."""
    global _description
    before, _description = _description, what
    return before


def _this_process() -> str:
    if _description:
        return _description
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "a program"
    return f"the program {name}"


def _lock(fd: int) -> bool:
    """Take the lock without waiting; False when another holds it."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    with contextlib.suppress(OSError):
        fcntl.flock(fd, fcntl.LOCK_UN)


@dataclass
class _Held:
    fd: int
    holders: set[int] = field(default_factory=set)


# This process's locks, by lock file: one descriptor each, shared by its holders.
_held: dict[Path, _Held] = {}
_held_lock = threading.Lock()


class ProcessLock:
    """The lock on one data folder. ``acquire`` raises VaultInUse naming the holder."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / LOCK_NAME
        self._holding = False

    @property
    def held(self) -> bool:
        return self._holding

    @property
    def exclusive(self) -> bool:
        """Held, and by nothing else in this process."""
        with _held_lock:
            entry = _held.get(self.path)
            return self._holding and entry is not None and entry.holders == {id(self)}

    def acquire(self) -> None:
        """Take the lock (again taking it is harmless). OSError when the folder cannot hold
        a lock file (read-only, full): the caller words that."""
        with _held_lock:
            if self._holding:
                return
            entry = _held.get(self.path)
            if entry is None:
                entry = _held[self.path] = _Held(self._take())
            entry.holders.add(id(self))
            self._holding = True

    def _take(self) -> int:
        # Not through a link (the holder's note is written into the file opened), and never
        # a folder, pipe or device in the lock file's place: each is refused in words.
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(self.path, flags | getattr(os, "O_NONBLOCK", 0), FILE_MODE)
        except IsADirectoryError:
            raise LockFileUnusable(self.path, "a folder") from None
        except OSError:
            if self.path.is_symlink():
                raise LockFileUnusable(self.path, "a link to somewhere else") from None
            raise
        try:
            kind = os.fstat(fd).st_mode
            if not stat.S_ISREG(kind):
                raise LockFileUnusable(
                    self.path, "a folder" if stat.S_ISDIR(kind) else "a pipe or a device")
            if not _lock(fd):
                raise VaultInUse(self._holder(fd))
            note = json.dumps({"pid": os.getpid(), "what": _this_process()}).encode()
            os.lseek(fd, 0, os.SEEK_SET)
            with contextlib.suppress(OSError):  # a full disk: the lock holds without its note
                os.ftruncate(fd, 0)
                os.write(fd, note[:_NOTE_BYTES])
        except BaseException:
            os.close(fd)
            raise
        return fd

    def release(self) -> None:
        with _held_lock:
            if not self._holding:
                return
            self._holding = False
            entry = _held.get(self.path)
            if entry is None:
                return
            entry.holders.discard(id(self))
            if not entry.holders:
                del _held[self.path]
                _unlock(entry.fd)
                os.close(entry.fd)

    @staticmethod
    def _holder(fd: int) -> str:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            note = json.loads(os.read(fd, _NOTE_BYTES).decode("utf-8"))
            pid, what = int(note["pid"]), str(note["what"])
        except (OSError, ValueError, KeyError, TypeError):
            return "another program (it is starting up or did not say what it is)"
        return f"{what[:200]} (process {pid})"
