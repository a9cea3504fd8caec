"""Adding a child to this laptop's caseload."""

from __future__ import annotations

import dataclasses

from sqlalchemy.orm import Session

from directwork.domain.records import Child
from directwork.store import records
from directwork.store.views.practice import load_practitioner


def add_child(session: Session, child: Child) -> Child:
    """Save a new child on the caseload of the practitioner using this laptop, in their team."""
    me = load_practitioner(session)
    return records.save_document(session, dataclasses.replace(
        child, practitioner_id=me.id, practitioner_name=me.name, team=me.team))
