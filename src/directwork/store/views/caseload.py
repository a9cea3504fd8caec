"""The caseload list: its rows, with the sync column once this laptop is joined to a hub."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy.orm import Session

from directwork.domain.policy import Policy
from directwork.store import sync_state
from directwork.store.caseload import CaseloadRow, caseload_rows


def load_caseload(session: Session, child_ids: Collection[str] | None = None, *,
                  policy: Policy | None = None) -> list[CaseloadRow]:
    """The caseload's rows (only ``child_ids``' when given), ordered by name."""
    return caseload_rows(session, child_ids, hub_configured=sync_state.is_enrolled(session),
                         policy=policy)
