"""Counts for `directwork check` and the self-test."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from directwork.domain.records import ENTRY_KINDS
from directwork.store.schema import ChildRow, DocumentRow, SafetyPlanRow, row_for


def record_counts(session: Session) -> dict[str, int]:
    def heads(table: type[DocumentRow]) -> int:
        return session.execute(
            select(func.count(func.distinct(table.id)))
            .where(table.is_head.is_(True), table.deleted.is_(False))
        ).scalar_one()

    entries = 0
    for cls in ENTRY_KINDS:
        table = row_for(cls.KIND)
        entries += session.execute(select(func.count()).select_from(table)).scalar_one()
    return {"children": heads(ChildRow), "entries": entries, "plans": heads(SafetyPlanRow)}
