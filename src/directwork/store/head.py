"""The audit head: how far the records had got, kept outside them, so that records which went
back in time (an older copy put in place of ``vault.db``, or saves lost with the journal after
a crash) are noticed at unlock instead of being taken for the truth.

The head is the last audit event's sequence number and hash. It is sealed (HMAC-SHA256 with a
key derived from the vault key, bound to the vault id) in two places:

* ``vault.key``, beside the key slots, written and synced at each lock;
* ``vault.head``, overwritten in place (one write of a fixed-size block, no rename, no sync)
  after every commit that added audit events: it costs microseconds, survives the app being
  killed, and after a power cut it may lag or be torn (the records are synced before it is
  written, so it is never ahead of them; a torn one fails its seal and the key file's is used).

At unlock the newer of the two is compared with the records: records that reach the head and
hold the same event at its sequence are fine (newer records are the normal case after a
crash); records that stop short of it, or hold another event there, went back in time.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Connection, text

from directwork.core.hashchain import GENESIS
from directwork.domain.plain_files import read_plain_file
from directwork.store.private_files import FILE_MODE

HEAD_NAME = "vault.head"
# The vault meta key holding the audit checkpoint (see ``checkpoint_key``).
CHECKPOINT_META = "audit_checkpoint"
__all__ = ["CHECKPOINT_META", "GENESIS", "HEAD_NAME", "Head", "HeadFile", "checkpoint_key",
           "head_key", "read_checkpoint", "seal", "sealed_checkpoint", "unseal"]


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str
    at: str = ""  # when it was recorded (UTC, ISO 8601)

    @property
    def when(self) -> str:
        try:
            return datetime.fromisoformat(self.at).strftime("%d %B %Y at %H:%M UTC")
        except ValueError:
            return "an earlier time"


def head_key(raw_key: bytes | bytearray, vault_id: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=b"directwork audit head v1",
                info=vault_id.encode("utf-8")).derive(bytes(raw_key))


def checkpoint_key(raw_key: bytes | bytearray, vault_id: str) -> bytes:
    """The key sealing the audit checkpoint: the last event a walk of the chain found intact,
    kept in the records' own meta table so that a backup carries its own. Its own key (not
    the head's), so a head can never be passed off as a checkpoint or the other way round."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=b"directwork audit checkpoint v1",
                info=vault_id.encode("utf-8")).derive(bytes(raw_key))


def sealed_checkpoint(head: Head, key: bytes, vault_id: str) -> str:
    """The meta value recording ``head`` as verified."""
    return json.dumps(seal(head, key, vault_id), separators=(",", ":"))


def read_checkpoint(value: str | None, key: bytes, vault_id: str) -> Head | None:
    """The checkpoint in a meta value; None when there is none. Raises ValueError when one
    is there but is malformed or its seal does not match (it was not written with this
    vault's key): the caller refuses, as for any other damage."""
    if not value:
        return None
    try:
        data = json.loads(value)
    except ValueError:
        data = None
    head = unseal(data, key, vault_id)
    if head is None:
        raise ValueError("the record of how far its audit trail was last checked does not "
                         "match this vault's key")
    return head


def _body(head: Head, vault_id: str) -> bytes:
    return json.dumps([vault_id, head.seq, head.hash, head.at], separators=(",", ":")).encode()


def seal(head: Head, key: bytes, vault_id: str) -> dict[str, Any]:
    mac = hmac.new(key, _body(head, vault_id), hashlib.sha256).hexdigest()
    return {"seq": head.seq, "hash": head.hash, "at": head.at, "mac": mac}


def unseal(data: Any, key: bytes, vault_id: str) -> Head | None:
    """The head in ``data``, or None when it is malformed or its seal does not match."""
    if not isinstance(data, dict):
        return None
    seq, digest, at, mac = data.get("seq"), data.get("hash"), data.get("at", ""), data.get("mac")
    if not (isinstance(seq, int) and not isinstance(seq, bool) and seq >= 0
            and isinstance(digest, str) and isinstance(at, str) and isinstance(mac, str)):
        return None
    head = Head(seq, digest, at)
    expected = hmac.new(key, _body(head, vault_id), hashlib.sha256).hexdigest()
    return head if hmac.compare_digest(expected, mac) else None


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# ---------------------------------------------------------------------- the records' side


# The audit chain's last event: (seq, hash), or no row before the first event.
LAST_EVENT = "SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1"


def records_head(conn: Connection) -> Head:
    """The audit chain's last event as the records hold it (read by every save that starts
    an event: handed to the driver as written)."""
    row = conn.exec_driver_sql(LAST_EVENT).first()
    return Head(int(row[0]), str(row[1])) if row else Head(0, GENESIS)


def went_back(conn: Connection, stored: Head) -> str | None:
    """Why the records are older than ``stored``, or None when they reach it."""
    if stored.seq == 0:
        return None
    top = records_head(conn)
    if top.seq < stored.seq:
        missing = stored.seq - top.seq
        return (f"{missing} change(s) recorded by {stored.when} are not in them (an older copy "
                "of the records file, or saves lost with its journal after a crash)")
    found = conn.execute(text("SELECT hash FROM audit_event WHERE seq = :seq"),
                         {"seq": stored.seq}).scalar()
    if found != stored.hash:
        return (f"the change recorded as number {stored.seq} by {stored.when} is not the one in "
                "them (the records file was replaced by a different copy)")
    return None


def holds(conn: Connection, stored: Head) -> bool:
    """Whether records (a backup's) hold everything up to ``stored``."""
    try:
        return went_back(conn, stored) is None
    except Exception:  # a file that cannot answer does not hold it
        return False


# ---------------------------------------------------------------------- the fast file


class HeadFile:
    """``vault.head``: the head after each commit (see the module's docstring)."""

    BLOCK = 512

    def __init__(self, folder: Path, key: bytes, vault_id: str) -> None:
        self.path = Path(folder) / HEAD_NAME
        self._key = key
        self._vault_id = vault_id
        self._lock = threading.Lock()
        self._written = -1
        self._fd: int | None = None

    def read(self) -> Head | None:
        try:
            # Opened without waiting: a pipe under its name is not waited on for ever (it is
            # no head, as a damaged file is none).
            data = json.loads(read_plain_file(self.path, self.BLOCK).decode("utf-8"))
        except (OSError, ValueError):
            return None
        return unseal(data, self._key, self._vault_id)

    def write(self, head: Head) -> None:
        """Record ``head`` unless a later one is already written. Never raises: the commit it
        follows is already safe, and a head that lags is allowed for."""
        block = json.dumps(seal(head, self._key, self._vault_id)).encode().ljust(self.BLOCK)
        with self._lock:
            if head.seq < self._written:
                return
            try:
                if self._fd is None:
                    self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT
                                       | getattr(os, "O_BINARY", 0), FILE_MODE)
                if hasattr(os, "pwrite"):
                    os.pwrite(self._fd, block, 0)
                else:  # pragma: no cover - Windows
                    os.lseek(self._fd, 0, os.SEEK_SET)
                    os.write(self._fd, block)
                self._written = head.seq
            except OSError:
                self._close()

    def _close(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)

    def close(self) -> None:
        with self._lock:
            self._close()

    def remove(self) -> None:
        with self._lock:
            self._close()
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            self._written = -1
