"""Visit mode: what was captured in a visit so far, and the drafts still being typed."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from directwork.domain.records import Drawing, VisitNote, VoiceEntry
from directwork.store import drafts, records


@dataclass(frozen=True)
class VisitContents:
    """What was captured in one visit, and its drafts keyed ``visit:<id>:<field>``. The lists
    grow as the visit screen keeps more (the screen holds the one copy it was given)."""

    voice: list[VoiceEntry] = field(default_factory=list)
    drawings: list[Drawing] = field(default_factory=list)
    notes: list[VisitNote] = field(default_factory=list)
    drafts: dict[str, str] = field(default_factory=dict)


def draft_prefix(visit_id: str) -> str:
    return f"visit:{visit_id}:"


def load_visit_contents(session: Session, child_id: str, visit_id: str) -> VisitContents:
    return VisitContents(
        voice=[e for e in records.list_entries(session, VoiceEntry, child_id) if e.visit_id == visit_id],
        drawings=[d for d in records.list_entries(session, Drawing, child_id) if d.visit_id == visit_id],
        notes=[n for n in records.list_entries(session, VisitNote, child_id) if n.visit_id == visit_id],
        drafts=drafts.load_drafts(session, draft_prefix(visit_id)),
    )
