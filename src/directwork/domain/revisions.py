"""Revision ids and heads of versioned documents (DESIGN.md "Data and identity").

A revision id is ``"<n>-<hash>"``: ``n`` is one more than the highest parent's number and
``hash`` covers the content and the parents, so the same edit of the same base made twice gives
the same id (harmless to receive twice), while different edits of one base give different ids.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RevisionLink:
    rev: str
    base_rev: str | None
    merge_rev: str | None = None


def rev_number(rev: str | None) -> int:
    if not rev:
        return 0
    head, _, _ = rev.partition("-")
    try:
        return int(head)
    except ValueError:
        return 0


def make_rev(content_hash: str, base_rev: str | None, merge_rev: str | None = None) -> str:
    n = max(rev_number(base_rev), rev_number(merge_rev)) + 1
    digest = hashlib.sha256(
        f"{content_hash}|{base_rev or ''}|{merge_rev or ''}".encode()
    ).hexdigest()[:20]
    return f"{n}-{digest}"


def heads(links: Iterable[RevisionLink]) -> list[str]:
    """Revisions that no other revision builds on, highest number first (ties by id)."""
    links = list(links)
    parents = {p for link in links for p in (link.base_rev, link.merge_rev) if p}
    found = {link.rev for link in links if link.rev not in parents}
    return sorted(found, key=lambda r: (-rev_number(r), r))
