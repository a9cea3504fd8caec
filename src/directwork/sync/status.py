"""Where each record is, in the words the app shows: saved on this laptop, waiting to sync,
on the team hub, or needs attention (changed in two places, or refused by the hub)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from directwork.domain.records import RECORD_KINDS, Document, kind_of
from directwork.store import attention as attention_list
from directwork.store import outbox, records, sync_state
from directwork.store.errors import RecordNotFound

SAVED_ON_LAPTOP = "saved_on_laptop"
WAITING = "waiting"
ON_HUB = "on_hub"
NEEDS_ATTENTION = "needs_attention"


def record_sync_state(session: Session, kind: str, record_id: str) -> str:
    """One of SAVED_ON_LAPTOP, WAITING, ON_HUB, NEEDS_ATTENTION for this record."""
    cls = kind_of(kind)
    if issubclass(cls, Document):
        try:
            if len(records.get_heads(session, cls, record_id)) > 1:
                return NEEDS_ATTENTION
        except RecordNotFound:
            pass
    state = sync_state.latest_outbox_state(session, record_id)
    if state == "rejected" or (state == "conflict" and not cls.VERSIONED):
        return NEEDS_ATTENTION
    if not sync_state.is_enrolled(session):
        return SAVED_ON_LAPTOP
    if state == outbox.PENDING:
        return WAITING
    return ON_HUB


STATE_WORDS = {
    SAVED_ON_LAPTOP: "saved on this laptop",
    WAITING: "waiting to sync",
    ON_HUB: "on the team hub",
    NEEDS_ATTENTION: "needs attention",
}


@dataclass(frozen=True, slots=True)
class RecordStates:
    """Where each of one child's records is; ``words(record_id)`` is what the app shows."""

    states: dict[str, str]
    otherwise: str  # a record this laptop never queued came from the hub (or, unenrolled, is here)

    def of(self, record_id: str) -> str:
        return self.states.get(record_id, self.otherwise)

    def words(self, record_id: str) -> str:
        return STATE_WORDS[self.of(record_id)]


def child_record_states(session: Session, child_id: str) -> RecordStates:
    """``record_sync_state`` for every record of one child at once (a few queries in all)."""
    enrolled = sync_state.is_enrolled(session)
    states: dict[str, str] = {}
    for record_id, (kind, state) in sync_state.latest_outbox_states(session, child_id).items():
        versioned = kind in RECORD_KINDS and RECORD_KINDS[kind].VERSIONED
        if state == "rejected" or (state == "conflict" and not versioned):
            states[record_id] = NEEDS_ATTENTION
        elif not enrolled:
            states[record_id] = SAVED_ON_LAPTOP
        elif state == outbox.PENDING:
            states[record_id] = WAITING
        else:
            states[record_id] = ON_HUB
    for diverged in attention_list.diverged_documents(session, [child_id]):
        states[diverged.record_id] = NEEDS_ATTENTION
    return RecordStates(states, ON_HUB if enrolled else SAVED_ON_LAPTOP)


@dataclass(frozen=True, slots=True)
class SyncSummary:
    last_synced: datetime | None
    pending: int
    needs_attention: int


def sync_summary(session: Session) -> SyncSummary:
    """For the status line: "last synced 10:42 · 3 changes waiting"."""
    # Counted as the Needs attention list counts them: documents still in two versions,
    # refusals that are still a record's latest change (a merge or a newer change settles
    # them), and records kept aside.
    attention = len(attention_list.diverged_documents(session)) + len(
        attention_list.refused_changes(session)) + attention_list.kept_aside_count(session)
    return SyncSummary(sync_state.last_synced(session), outbox.pending_count(session), attention)
