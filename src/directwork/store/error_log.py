"""What went wrong, for IT, without what was written: ``logs/errors.log`` in the data folder.

An entry holds the time, the version, the command, each exception's type (with an errno or
SQLite's error name where there is one) and the traceback's frames (file, line, function).
It never holds an exception's message, a path or an SQL statement's parameters: any of those
may carry a child's words or name. The folder is 0700, the file 0600; it is kept under
256 KiB by starting afresh (the previous one kept as ``errors.log.1``).
"""

from __future__ import annotations

import contextlib
import os
import traceback
from datetime import UTC, datetime
from pathlib import Path

from directwork.store.private_files import FILE_MODE, make_private_dir

LOG_DIR = "logs"
LOG_NAME = "errors.log"
MAX_BYTES = 256 * 1024


def describe(exc: BaseException) -> list[str]:
    """The lines logged for ``exc`` and its causes: types, codes and frames only."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = f"{type(current).__module__}.{type(current).__qualname__}"
        codes = []
        if isinstance(current, OSError) and current.errno is not None:
            codes.append(f"errno {current.errno}")
        orig = getattr(current, "orig", None)
        for source in (current, orig):
            name = getattr(source, "sqlite_errorname", None)
            if name:
                codes.append(str(name))
        lines.append(f"  {kind}{' (' + ', '.join(codes) + ')' if codes else ''}")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"    at {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
        current = current.__cause__ or current.__context__
    return lines


def write(data_dir: Path, command: str, version: str, exc: BaseException) -> Path | None:
    """Append an entry; the log's path, or None when it could not be written (a read-only or
    full disk, no data folder): the caller's one-line message stands on its own."""
    if not Path(data_dir).is_dir():
        return None
    folder = Path(data_dir) / LOG_DIR
    path = folder / LOG_NAME
    entry = "\n".join([f"{datetime.now(UTC).isoformat(timespec='seconds')} directwork "
                       f"{version} {command or 'app'}", *describe(exc)]) + "\n"
    try:
        make_private_dir(folder)
        with contextlib.suppress(FileNotFoundError):
            if path.stat().st_size > MAX_BYTES:
                os.replace(path, folder / (LOG_NAME + ".1"))
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write(entry)
    except OSError:
        return None
    return path
