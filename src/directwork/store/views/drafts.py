"""Text being typed, given back to the fields on screen after an unlock."""

from __future__ import annotations

from sqlalchemy.orm import Session

from directwork.store import drafts


def load_drafts_for(session: Session, keys: list[str]) -> dict[str, str]:
    """The draft kept under each key (an empty text where none is kept)."""
    return {key: drafts.load_draft(session, key) for key in keys}
