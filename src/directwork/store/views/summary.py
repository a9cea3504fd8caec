"""The summary preview: the case a printed summary is built from, and the day it is made."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from directwork.domain.case import Case
from directwork.store.case import load_case
from directwork.store.context import now_of


@dataclass(frozen=True)
class SummaryCase:
    case: Case
    now: datetime


def load_summary_case(session: Session, child_id: str, plan_id: str | None = None) -> SummaryCase:
    return SummaryCase(load_case(session, child_id, plan_id=plan_id), now_of(session))
