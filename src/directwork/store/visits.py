"""Visit mode's writes that are more than one record: ending a visit on the vault's clock, and
keeping a drawing with the voice entry that says what it shows."""

from __future__ import annotations

import dataclasses

from sqlalchemy.orm import Session

from directwork.domain.records import Drawing, Visit, VoiceEntry
from directwork.store import records
from directwork.store.context import now_of


def end_visit(session: Session, visit: Visit, follow_ups: list[str]) -> Visit:
    """Save the visit as ended now (or when it was already ended), with its follow-ups."""
    return records.save_document(session, dataclasses.replace(
        visit, ended_at=visit.ended_at or now_of(session), follow_ups=follow_ups))


def keep_drawing(session: Session, drawing: Drawing,
                 voice: VoiceEntry) -> tuple[Drawing, VoiceEntry]:
    """Keep a drawing and the voice entry pointing at it, in the caller's transaction."""
    kept = records.add_entry(session, drawing)
    return kept, records.add_entry(session, dataclasses.replace(voice, drawing_id=kept.id))
