"""Recording that a summary was given: to whom, which one, in which language, when, and how.

A summary counts as given only once the practitioner confirms the child or carer has it:
the paper handed over, or the saved PDF given. Printing or saving alone records nothing.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy.orm import Session

from directwork.domain.records import SummaryGiven
from directwork.store import records
from directwork.store.context import now_of
from directwork.store.records import InvalidRecord


def record_given(session: Session, entry: SummaryGiven) -> SummaryGiven:
    """Keep ``entry``, given now on the vault's clock. Refused (InvalidRecord, nothing kept)
    without who it was given to, or how."""
    if entry.how is None:
        raise InvalidRecord("say how the summary was given: printed and handed over, or "
                            "saved and given")
    if not entry.given_to.strip():
        raise InvalidRecord("say who the summary was given to")
    return records.add_entry(session, dataclasses.replace(
        entry, given_to=entry.given_to.strip(), given_at=now_of(session)))
