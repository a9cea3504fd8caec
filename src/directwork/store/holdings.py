"""What the vault already holds, as the strict schema's batch check asks for it
(``domain.validation.Holdings``): used by an import and by a pull alike."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from directwork.store.schema import ROW_FOR_KIND

_CHUNK = 500


def _chunks(ids: Collection[str]) -> Iterator[list[str]]:
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), _CHUNK):
        yield wanted[start:start + _CHUNK]


class VaultHoldings:
    """``owners`` and ``revisions`` over the vault's record tables, in the caller's session.
    ``place`` finishes the sentence "no visit with id ... " in messages."""

    def __init__(self, session: Session, place: str = "in this vault") -> None:
        self.session = session
        self.place = place

    def owners(self, kind: str, ids: Collection[str]) -> dict[str, str]:
        table = ROW_FOR_KIND.get(kind)
        found: dict[str, str] = {}
        if table is None:
            return found
        for chunk in _chunks(ids):
            for record_id, child_id in self.session.execute(
                    select(table.id, table.child_id).where(table.id.in_(chunk))):
                found[record_id] = child_id
        return found

    def revisions(self, kind: str, ids: Collection[str]) -> dict[str, set[str]]:
        table = ROW_FOR_KIND.get(kind)
        found: dict[str, set[str]] = defaultdict(set)
        if table is None or not hasattr(table, "rev"):
            return found
        for chunk in _chunks(ids):
            for record_id, rev in self.session.execute(
                    select(table.id, table.rev).where(table.id.in_(chunk))):
                found[record_id].add(rev)
        return found
