"""The speaker's recorded voice in the vault: keeping a recording with the voice entry that
points at it, how much a child's recordings take, reading one back to play it, and typing
what was said beside it.

The audio is a column of an encrypted table like every other record: it never exists as a
file, and it syncs, corrects and is seen (or withheld) like the words it belongs to.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from directwork.domain import recordings
from directwork.domain.recordings import RecordingRefused, RecordingUse
from directwork.domain.records import GivenHow, Recording, VoiceEntry
from directwork.store import records, sharing
from directwork.store.mapping import row_class


def recording_use(session: Session, child_id: str) -> RecordingUse:
    """How much of ``child_id``'s allowance their current recordings take."""
    table = row_class(Recording.KIND)
    replaced = select(table.corrects_id).where(table.corrects_id.is_not(None),
                                               table.child_id == child_id)
    count, size, millis = session.execute(
        select(func.count(table.id), func.coalesce(func.sum(func.length(table.audio)), 0),
               func.coalesce(func.sum(table.duration_ms), 0))
        .where(table.child_id == child_id, table.retracted.is_(False),
               table.id.not_in(replaced))).one()
    return RecordingUse(count=int(count), size=int(size), seconds=int(millis) / 1000)


def keep_recording(session: Session, recording: Recording,
                   voice: VoiceEntry) -> tuple[Recording, VoiceEntry]:
    """Keep a recording and the voice entry pointing at it, in the caller's transaction.
    Raises InvalidRecord, with nothing kept, for audio that is not a recording, too long, or
    past the child's allowance."""
    try:
        recordings.check(recording.audio, recording_use(session, recording.child_id))
    except RecordingRefused as refused:
        raise records.InvalidRecord(refused.message) from None
    kept = records.add_entry(session, recording)
    said = dataclasses.replace(voice, recording_id=kept.id, given_how=GivenHow.SAID)
    return kept, records.add_entry(session, said)


def load_recording(session: Session, recording_id: str) -> Recording:
    return records.get_entry(session, Recording, recording_id)


def type_what_was_said(session: Session, entry_id: str, words: str) -> VoiceEntry:
    """The practitioner's typing of what was said in a recording, as the entry's next
    version (who may see it stays as it was). Refused, with nothing changed, when the entry
    changed since it was shown or the words are the same."""
    return sharing.change_entry(session, entry_id, why="", text=words.strip())
