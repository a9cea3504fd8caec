"""The shared chain hashing: the bytes hashed are fixed, and any change shows in the walk."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from directwork.core.hashchain import GENESIS, Link, link_hash, walk
from directwork.core.utc import NaiveDateTimeError

AT = datetime(2026, 1, 31, 9, 0, 0, 123456, tzinfo=timezone(timedelta(hours=1)))


def test_hashes_are_those_earlier_versions_wrote_so_old_chains_still_verify():
    # Hex digests made by the vault's and the hub's own chain code before they were shared.
    vault_event = ("prac-1", "dev-1", "save", "child", "rec-1", "child-1", "2-abc")
    hub_event = ("prac-1", "dev-1", "push", "3 changes, Siân's")
    assert link_hash(GENESIS, AT, *vault_event) == \
        "d24fbfd1749b6c48299f9cae608da4bb5a794ccf712b5324ab2aab88fa2daad4"
    assert link_hash(GENESIS, AT, *hub_event) == \
        "071c4fa1739f8b83801fabb955f8a76fb3039df087917cecc9d4b7229b779717"


def test_a_naive_time_cannot_be_hashed():
    with pytest.raises(NaiveDateTimeError):
        link_hash(GENESIS, datetime(2026, 1, 31, 9), "a")


def _chain(n: int) -> list[Link]:
    links, prev = [], GENESIS
    for seq in range(1, n + 1):
        at = datetime(2026, 2, 1, tzinfo=UTC) + timedelta(minutes=seq)
        fields = (f"actor-{seq}", "push")
        digest = link_hash(prev, at, *fields)
        links.append(Link(seq, at, fields, prev, digest))
        prev = digest
    return links


def test_an_untouched_chain_is_intact_and_every_event_is_counted():
    check = walk(_chain(5))
    assert check.intact and check.count == 5 and check.why == ""
    assert walk([]).intact


def test_an_altered_field_is_named_by_its_event():
    links = _chain(5)
    links[2] = replace(links[2], fields=("someone else", "push"))
    check = walk(links)
    assert not check.intact
    assert (check.broken_at, check.count) == (3, 3)
    assert check.why == "audit event 3 has been altered"


def test_a_removed_event_breaks_the_one_after_it():
    links = _chain(5)
    del links[1]
    check = walk(links)
    assert (check.broken_at, check.why) == (3, "audit event 3 does not follow the one before it")


def test_a_moved_time_breaks_the_chain():
    links = _chain(3)
    links[0] = replace(links[0], at=links[0].at + timedelta(seconds=1))
    assert walk(links).broken_at == 1
