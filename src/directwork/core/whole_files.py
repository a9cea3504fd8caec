"""Files written whole or not at all, for the laptop and the hub alike.

What the practitioner or the administrator asks for (a summary PDF, an export, a history, a
recovery key) is first written to a hidden file beside it, ``.<name>.partial-<random>`` (0600,
created exclusively), flushed and synced, and only then moved to its name in one step:
``os.replace`` where replacing is allowed; otherwise an existing name is refused before a byte
is written, and the move cannot overwrite a file that appears meanwhile (a hard link, which
fails on an existing name, then the hidden name removed; on Windows a rename, which refuses an
existing name). So the real name holds the whole file or nothing: never a cut PDF that looks
whole.

A failure (full disk, read-only folder, refused permission) removes the hidden file and raises
the ``OSError``; the callers put it into their own words. A process killed while writing can
only leave a hidden ``.partial-`` file. Each writer holds a lock on its hidden file
(``flock``, released by the system when the process ends), so the next write of the same name
removes the leftovers of killed writers, and never the file of one still writing.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import sys
from pathlib import Path

FILE_MODE = 0o600
PARTIAL = ".partial-"
# The errors a hard link meets on a file system that has none (FAT on a memory stick).
NO_LINKS = {errno.EPERM, errno.EOPNOTSUPP, getattr(errno, "ENOTSUP", errno.EOPNOTSUPP),
            errno.ENOSYS, errno.EMLINK}


def partial_prefix(path: Path) -> str:
    """The start of every hidden file written on the way to ``path``."""
    return f".{path.name}{PARTIAL}"


def write_whole(path: Path, data: bytes, *, replace: bool = False) -> None:
    """Write ``data`` as the file ``path`` (0600), whole or not at all.

    Without ``replace`` an existing ``path`` is refused (``FileExistsError``) before anything
    is written, and is never overwritten. Any failure leaves ``path`` as it was and no hidden
    file behind, and raises the ``OSError``.
    """
    folder = path.parent
    if not replace and os.path.lexists(path):
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path))
    remove_leftovers(path)
    fd, partial = _create_partial(path)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
            if sys.platform == "win32":  # Windows renames no file that is open
                os.close(fd)
                fd = -1
            if replace:
                os.replace(partial, path)
            else:
                move_without_replacing(partial, path)
        finally:
            if fd >= 0:
                os.close(fd)  # and so lets go of the lock, once the hidden name is gone
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    fsync_dir(folder)


def remove_leftovers(path: Path) -> list[Path]:
    """Remove the hidden files that killed writers of ``path`` left beside it (ours, not
    locked by a writer still running); returns what was removed."""
    removed: list[Path] = []
    prefix = partial_prefix(path)
    try:
        names = [n for n in os.listdir(path.parent) if n.startswith(prefix)]
    except OSError:
        return removed
    for name in names:
        leftover = path.parent / name
        if sys.platform == "win32":  # a file still open in its writer cannot be removed
            with contextlib.suppress(OSError):
                if _ours(leftover.lstat()):
                    leftover.unlink()
                    removed.append(leftover)
            continue
        try:
            fd = os.open(leftover, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            continue
        try:
            if not _ours(os.fstat(fd)):
                continue
            if not _lock(fd):
                continue  # its writer is still running
            with contextlib.suppress(OSError):
                leftover.unlink()
                removed.append(leftover)
        finally:
            os.close(fd)
    return removed


def _lock(fd: int) -> bool:
    """Hold an exclusive lock on ``fd`` until it is closed or the process ends; False when
    another process holds one (or locks are not to be had here)."""
    if sys.platform == "win32":
        return False
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _ours(info: os.stat_result) -> bool:
    return stat.S_ISREG(info.st_mode) and (not hasattr(os, "getuid")
                                           or info.st_uid == os.getuid())


def _create_partial(path: Path) -> tuple[int, Path]:
    flags = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
             | getattr(os, "O_BINARY", 0))
    for _ in range(16):
        partial = path.with_name(partial_prefix(path) + secrets.token_hex(6))
        try:
            fd = os.open(partial, flags, FILE_MODE)
        except FileExistsError:
            continue
        _lock(fd)  # without locks (Windows, some network folders) it is still ours alone
        return fd, partial
    raise FileExistsError(errno.EEXIST, "no free name for a partial file", str(path))


def move_without_replacing(partial: Path, path: Path) -> None:
    """Give ``partial`` the name ``path``, failing (FileExistsError) if the name is taken, even
    by a file that appeared a moment ago."""
    if os.name == "nt":
        os.rename(partial, path)  # refuses an existing name on Windows
        return
    try:
        os.link(partial, path)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in NO_LINKS:
            raise
        # No hard links here (FAT): the name was free a moment ago; look again just before.
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path)) from None
        os.rename(partial, path)
        return
    try:
        partial.unlink()
    except OSError:
        with contextlib.suppress(OSError):
            path.unlink()  # the link just made: not a second copy left under a hidden name
        raise


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` survive power loss (where the OS allows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
