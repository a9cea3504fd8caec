"""Changing who may see a voice entry, and reading an entry's versions back.

A change is a new version of the entry that corrects the one before (``records.correct_entry``),
so it syncs like any other entry and the earlier version stays in the history with who made
each version, when and why. Summaries and co-review read the current versions only
(``store.case.load_case``), so a narrower choice holds everywhere from the moment it commits.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import select
from sqlalchemy.orm import Session

from directwork.domain import sharing
from directwork.domain.records import Audience, VoiceEntry
from directwork.store import records
from directwork.store.context import actor_of
from directwork.store.mapping import row_class
from directwork.store.schema import MetaRow


def _practitioner_name(session: Session) -> str:
    row = session.get(MetaRow, "practitioner_name")
    return row.value if row else ""


def _newer_version(session: Session, entry_id: str) -> str | None:
    table = row_class(VoiceEntry.KIND)
    return session.execute(select(table.id).where(table.corrects_id == entry_id).limit(1)
                           ).scalar_one_or_none()


def change_entry(session: Session, entry_id: str, *, why: str,
                 shared_with: list[Audience] | None = None, kept_from_speaker: bool | None = None,
                 kept_reason: str | None = None, text: str | None = None) -> VoiceEntry:
    """Save a new version of the entry ``entry_id`` with who may see it (and/or its words)
    changed, and return it. Refuses, with a message and nothing changed: an entry that has a
    newer version already (changed here or on another laptop since it was shown), a withdrawn
    one, a change of sharing without a reason, keeping words from the speaker without a
    reason, and a change that changes nothing."""
    current = records.get_entry(session, VoiceEntry, entry_id)
    if current.retracted or _newer_version(session, entry_id) is not None:
        raise records.InvalidRecord("This entry has been changed since it was shown, perhaps on "
                                    "another laptop. Nothing was changed: open it again.")
    try:
        new = sharing.changed(current, shared_with=shared_with,
                              kept_from_speaker=kept_from_speaker, kept_reason=kept_reason,
                              text=text, why=why, by=_practitioner_name(session))
    except sharing.SharingRefused as refused:
        raise records.InvalidRecord(refused.message) from None
    return records.correct_entry(session, new)


def entry_versions(session: Session, entry_id: str) -> list[VoiceEntry]:
    """Every version of an entry up to ``entry_id``, oldest first (the first as it was
    kept, then each change). A version made on this laptop by its practitioner that does not
    say who made it in words is given their name."""
    found: list[VoiceEntry] = []
    seen: set[str] = set()
    next_id: str | None = entry_id
    me, _device = actor_of(session)
    name = _practitioner_name(session)
    while next_id is not None and next_id not in seen:
        seen.add(next_id)
        entry = records.get_entry(session, VoiceEntry, next_id)
        if not entry.changed_by_name and me and entry.created_by == me:
            entry = dataclasses.replace(entry, changed_by_name=name)
        found.append(entry)
        next_id = entry.corrects_id
    return list(reversed(found))
