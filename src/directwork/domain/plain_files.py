"""A file a person named, read whole only when it is a plain file of a sensible size: the
service's policy file, an interchange file to import. A pipe would be waited on for ever,
and a device such as /dev/zero read without end (its size is given as 0), so neither is
read; a file larger than its limit is refused unread when its size says so, and read no
further than the limit when it does not (it is growing, or a system file that gives none)."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class NotAPlainFile(OSError):
    """A device, a pipe or a socket where a file was expected."""

    def __init__(self) -> None:
        super().__init__(errno.EINVAL, "not a file (a device or a pipe)")


class LargerThan(OSError):
    """A file larger than the reader's limit; ``limit`` in bytes."""

    def __init__(self, limit: int) -> None:
        super().__init__(errno.EFBIG, f"larger than {limit} bytes")
        self.limit = limit


def read_plain_file(path: Path | str, limit: int) -> bytes:
    """The file's bytes. Raises IsADirectoryError for a folder, NotAPlainFile for anything
    else that is not a plain file, LargerThan past ``limit``, and OSError as opening or
    reading it does. Opened without waiting: a pipe is refused, not waited on."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "Is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise NotAPlainFile()
        raw = b"" if info.st_size > limit else fh.read(limit + 1)
    if info.st_size > limit or len(raw) > limit:
        raise LargerThan(limit)
    return raw


def why_not_read(named: str, exc: OSError, kind: str) -> str:
    """Why ``read_plain_file`` did not read a file, in words: ``named`` is how the sentence
    names the file (its path, or "policy file PATH"), ``kind`` what it should have been ("a
    policy file")."""
    if isinstance(exc, FileNotFoundError):
        return f"{named} was not found"
    if isinstance(exc, IsADirectoryError):
        return f"{named} is a folder, not a file"
    if isinstance(exc, NotAPlainFile):
        return f"{named} is not a file (a device or a pipe), so it cannot be {kind}"
    if isinstance(exc, LargerThan):
        return f"{named} is larger than {exc.limit // (1024 * 1024)} MB, too large to be {kind}"
    return f"cannot read {named} ({exc.strerror})"
