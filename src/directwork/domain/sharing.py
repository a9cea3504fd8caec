"""Who may see what someone said: asked for each entry, and changed only as a new version.

A voice entry is append-only, so changing who may see it (or keeping it from the speaker)
makes a new version that corrects the one before; the earlier version stays in the entry's
history with who made each version, when and why. The redaction policy
(``domain/redaction.py``) decides what each audience then sees; this module only says what a
valid choice is.
"""

from __future__ import annotations

import dataclasses

from directwork.domain.records import Audience, VoiceEntry
from directwork.domain.redaction import own_audience

# What every new entry starts from, for every child and every visit: the worker who wrote it
# down and their team. Carers, the child (for someone else's words) and other agencies are
# asked each time, never carried over.
SAFE_DEFAULT: tuple[Audience, ...] = (Audience.WORKER, Audience.TEAM)


class SharingRefused(ValueError):
    """A sharing choice that cannot be kept, with a message for the practitioner."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def normalised(entry: VoiceEntry, shared_with: list[Audience] | tuple[Audience, ...]
               ) -> list[Audience]:
    """``shared_with`` in one order, with the worker always in it and the speaker's own
    audience left out (the speaker sees their own words without being asked)."""
    chosen = set(shared_with) | {Audience.WORKER}
    own = own_audience(entry)
    return [a for a in Audience if a in chosen and a is not own]


def problem(entry: VoiceEntry) -> str | None:
    """What is wrong with ``entry``'s sharing choice, or None. Keeping words from the person
    who said them needs a reason."""
    if entry.kept_from_speaker and not entry.kept_reason.strip():
        return "Say why these words are kept from the person who said them."
    return None


def changed(entry: VoiceEntry, *, shared_with: list[Audience] | None = None,
            kept_from_speaker: bool | None = None, kept_reason: str | None = None,
            text: str | None = None, why: str = "", by: str = "") -> VoiceEntry:
    """The next version of ``entry`` with the given parts changed, ready to be saved as a
    correction of it. A change of who may see it (or of keeping it from the speaker) needs
    ``why``; a version that changes nothing is refused rather than saved.

    Raises SharingRefused with a message the practitioner can read; nothing is changed then.
    """
    shared = normalised(entry, shared_with if shared_with is not None else entry.shared_with)
    kept = entry.kept_from_speaker if kept_from_speaker is None else kept_from_speaker
    reason = (entry.kept_reason if kept_reason is None else kept_reason).strip() if kept else ""
    words = entry.text if text is None else text
    sharing_changed = (shared != normalised(entry, entry.shared_with)
                       or kept != entry.kept_from_speaker
                       or (kept and reason != entry.kept_reason.strip()))
    if not sharing_changed and words == entry.text:
        raise SharingRefused("Nothing was changed.")
    if sharing_changed and not why.strip():
        raise SharingRefused("Say why who may see this is changing: it is kept in the history.")
    new = dataclasses.replace(entry, shared_with=shared, kept_from_speaker=kept,
                              kept_reason=reason, text=words, change_reason=why.strip(),
                              changed_by_name=by)
    found = problem(new)
    if found:
        raise SharingRefused(found)
    return new
