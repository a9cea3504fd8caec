"""Recording that a printed summary was given: to whom, which one, in which language, when."""

from __future__ import annotations

import dataclasses

from sqlalchemy.orm import Session

from directwork.domain.records import SummaryGiven
from directwork.store import records
from directwork.store.context import now_of


def record_given(session: Session, entry: SummaryGiven) -> SummaryGiven:
    """Keep ``entry``, given now on the vault's clock."""
    return records.add_entry(session, dataclasses.replace(entry, given_at=now_of(session)))
