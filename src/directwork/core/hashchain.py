"""Hash chains for audit trails: the vault's and the hub's.

Each event's hash is SHA-256 over the previous event's hash, the event's time and its own
fields, as compact UTF-8 JSON. Changing, removing or reordering any event breaks every hash
after it. The first event follows ``GENESIS``. The bytes hashed are fixed: chains written by
earlier versions must still verify (tests/core/test_hashchain.py pins them).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from directwork.core.utc import utc_text

GENESIS = "0" * 64


def link_hash(prev_hash: str, at: datetime, *fields: str) -> str:
    """The hash of one event that follows ``prev_hash``."""
    body = json.dumps([prev_hash, utc_text(at), *fields], separators=(",", ":"),
                      ensure_ascii=False)
    return hashlib.sha256(body.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Link:
    """One stored event, as the chain sees it."""

    seq: int
    at: datetime
    fields: tuple[str, ...]
    prev_hash: str
    hash: str


@dataclass(frozen=True, slots=True)
class ChainCheck:
    """What a walk of the chain found: ``broken_at`` is None when every event holds."""

    count: int
    broken_at: int | None = None
    why: str = ""

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def walk(links: Iterable[Link], after: str = GENESIS) -> ChainCheck:
    """Check that each event follows the one before it and holds its own hash; the first
    follows ``after`` (the hash of an event already checked, or ``GENESIS``).

    Stops at the first break, which it names in words; ``count`` is the events read so far.
    """
    prev = after
    count = 0
    for link in links:
        count += 1
        if link.prev_hash != prev:
            return ChainCheck(count, link.seq,
                              f"audit event {link.seq} does not follow the one before it")
        if link.hash != link_hash(prev, link.at, *link.fields):
            return ChainCheck(count, link.seq, f"audit event {link.seq} has been altered")
        prev = link.hash
    return ChainCheck(count)
