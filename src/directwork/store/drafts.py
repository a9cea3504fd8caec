"""Text being typed, kept inside the vault so that a lock or a crash never loses it.

A draft is keyed by where it was typed (e.g. ``visit:<id>:worries``). Drafts are never synced
and never audited: they are the practitioner's unfinished words, replaced by a real entry the
moment the words are kept.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from directwork.store.context import now_of
from directwork.store.schema import DraftRow

MAX_KEY = 200


def save_draft(session: Session, key: str, text: str, child_id: str = "") -> None:
    """Keep ``text`` under ``key``; an empty text removes the draft."""
    if len(key) > MAX_KEY:
        raise ValueError(f"a draft key is at most {MAX_KEY} characters")
    if not text:
        delete_draft(session, key)
        return
    session.merge(DraftRow(key=key, child_id=child_id, text=text, updated_at=now_of(session)))


def load_draft(session: Session, key: str) -> str:
    row = session.get(DraftRow, key)
    return row.text if row else ""


def load_drafts(session: Session, prefix: str) -> dict[str, str]:
    """Every draft whose key starts with ``prefix`` (a screen restores all of its fields)."""
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = session.execute(
        select(DraftRow.key, DraftRow.text).where(DraftRow.key.like(escaped + "%", escape="\\"))
    ).all()
    return {k: t for k, t in rows}


def delete_draft(session: Session, key: str) -> None:
    session.execute(delete(DraftRow).where(DraftRow.key == key))


def save_drafts(session: Session, drafts: dict[str, tuple[str, str]]) -> None:
    """Save several drafts at once: ``{key: (text, child_id)}`` (what a lock collects)."""
    for key, (text, child_id) in drafts.items():
        save_draft(session, key, text, child_id)
