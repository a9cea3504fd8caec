"""A child's history as a manager reads it: who (name and role), what (the kind of record and
a readable label), on which laptop, and when, oldest first, from the audit trail.

The audit trail holds ids only (store/audit.py). Here each event is joined with what it is
about: the record's own words for its label, and, for a record received from the team hub,
who made it and on which laptop (the record's stamps), since the local event only says that
this laptop received it. Records received a page at a time (a pull or an import: one audit
event for the whole page, holding the hash of what it stored, store/received.py) have no event
of their own: each is shown as received, when it was made, from its own stamps. The same view
is shown on the History tab and exported with the record (``directwork history``)."""

from __future__ import annotations

import csv
import io
import platform
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from directwork.store.mapping import row_class
from directwork.store.schema import AuditEventRow, MetaRow

# The kinds of record, as a practitioner calls them.
KIND_WORDS = {
    "child": "Child's details", "person": "Person in the network", "agency": "Agency",
    "context": "Place or group", "safety_plan": "Safety plan", "visit": "Visit",
    "concern": "Concern", "referral": "Referral", "voice": "What was said",
    "drawing": "Drawing", "note": "Practitioner's note", "safety_level": "Safety level",
    "level_signoff": "Level signed off", "key_moment": "Key moment",
    "key_moment_response": "Response to a key moment", "review": "Review",
    "escalation": "Escalation step", "info_sharing": "Information shared",
    "coreview": "Co-review answer", "summary_given": "Summary given",
    "team_link": "Team link", "team_view": "Team view", "team_context": "Team context",
}
ACTION_WORDS = {
    "view": "viewed", "create": "added", "revise": "changed", "merge": "merged",
    "delete": "deleted", "correct": "put right", "retract": "taken back",
    "received": "received from the team hub", "imported": "imported",
    "removed_from_caseload": "removed from this laptop's caseload",
}
# Where a record's readable label comes from, first found first.
LABEL_FIELDS = ("title", "summary", "name", "preferred_name", "given_name", "text", "details",
                "place", "moment_type", "trigger", "agency", "audience", "section", "level",
                "with_whom", "response", "what_changed")
LABEL_CHARS = 60
THIS_LAPTOP = "this laptop"
ELSEWHERE = "another laptop (through the team hub)"


@dataclass(frozen=True)
class HistoryRow:
    """One thing done to the child's record."""

    at: datetime
    who: str  # name and role
    person: str  # the practitioner's id, to filter by
    action: str  # what was done, in words
    kind: str  # the kind of record (its key, to filter by)
    kind_words: str
    label: str  # which record, in words
    device: str  # the laptop's name

    @property
    def what(self) -> str:
        return f"{self.kind_words} {self.action}" + (f": {self.label}" if self.label else "")


@dataclass(frozen=True)
class ChildHistory:
    child_id: str
    rows: list[HistoryRow]  # oldest first
    kinds: list[tuple[str, str]]  # (kind, words) found in the whole history
    people: list[tuple[str, str]]  # (practitioner id, name and role) found in it


def _meta(session: Session) -> dict[str, str]:
    return {m.key: m.value for m in session.execute(select(MetaRow)).scalars()}


def _label(row: Any) -> str:
    for name in LABEL_FIELDS:
        value = getattr(row, name, None)
        if value is None or value == "":
            continue
        words = str(getattr(value, "value", value)).replace("_", " ").strip()
        if words:
            words = " ".join(words.split())
            return words if len(words) <= LABEL_CHARS else words[:LABEL_CHARS - 1] + "…"
    return ""


def _records(session: Session, events: list[AuditEventRow]) -> dict[tuple[str, ...], Any]:
    """The record each event is about, by (kind, id) for its head and by (kind, id, rev) for
    each revision: read kind by kind, a few statements in all."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for event in events:
        wanted[event.kind].add(event.record_id)
    found: dict[tuple[str, ...], Any] = {}
    for kind, ids in wanted.items():
        try:
            table = row_class(kind)
        except KeyError:
            continue
        for row in session.execute(select(table).where(table.id.in_(list(ids)))).scalars():
            if (kind, row.id) not in found or getattr(row, "is_head", False):
                found[(kind, row.id)] = row
            found[(kind, row.id, getattr(row, "rev", "") or "")] = row
    return found


def _received_in_pages(session: Session, child_id: str,
                       events: list[AuditEventRow]) -> list[Any]:
    """The child's records that no event of the child's names (stored a page at a time)."""
    named = {(event.kind, event.record_id, event.rev or "") for event in events}
    named_ids = {(event.kind, event.record_id) for event in events}
    found: list[Any] = []
    for kind in KIND_WORDS:
        try:
            table = row_class(kind)
        except KeyError:
            continue
        for row in session.execute(select(table).where(table.child_id == child_id)).scalars():
            rev = getattr(row, "rev", "") or ""
            if (kind, row.id, rev) in named or (not rev and (kind, row.id) in named_ids):
                continue
            found.append((kind, row))
    return found


def _names(session: Session, meta: dict[str, str]) -> dict[str, str]:
    """Practitioners' names this laptop knows: its own, and those written on the records."""
    names: dict[str, str] = {}
    voice = row_class("voice")
    for created_by, name in session.execute(
            select(voice.created_by, voice.changed_by_name).where(voice.changed_by_name != "")
            .distinct()):
        names.setdefault(created_by, name)
    if meta.get("practitioner_id"):
        names[meta["practitioner_id"]] = meta.get("practitioner_name", "") or "me"
    return names


def load_history(session: Session, child_id: str, *, kind: str = "", person: str = "",
                 limit: int = 5000) -> ChildHistory:
    """The child's history, oldest first, optionally only one kind of record (``kind``, a
    key of KIND_WORDS) and one practitioner (``person``, their id)."""
    meta = _meta(session)
    me, my_device = meta.get("practitioner_id", ""), meta.get("device_id", "")
    team = meta.get("team", "")
    names = _names(session, meta)
    events = list(session.execute(
        select(AuditEventRow).where(AuditEventRow.child_id == child_id)
        .order_by(AuditEventRow.at, AuditEventRow.seq).limit(limit)).scalars())
    held = _records(session, events)
    laptop = f"{THIS_LAPTOP} ({meta.get('device_name') or platform.node() or 'unnamed'})"

    def role(practitioner: str) -> str:
        if practitioner == me:
            return f"practitioner, {team}" if team else "practitioner"
        return "practitioner on the team"

    rows: list[HistoryRow] = []
    for event in events:
        record = held.get((event.kind, event.record_id, event.rev)) \
            or held.get((event.kind, event.record_id))
        actor, device = event.actor, event.device_id
        if event.action in ("received", "imported") and record is not None:
            actor = getattr(record, "created_by", "") or actor
            device = getattr(record, "device_id", "") or device
        name = names.get(actor) or ("a colleague" if actor else "unknown")
        rows.append(HistoryRow(
            at=event.at, who=f"{name} ({role(actor)})", person=actor,
            action=ACTION_WORDS.get(event.action, event.action.replace("_", " ")),
            kind=event.kind, kind_words=KIND_WORDS.get(event.kind,
                                                       event.kind.replace("_", " ").capitalize()),
            label=_label(record) if record is not None else "",
            device=laptop if device == my_device else ELSEWHERE))
    for record_kind, record in _received_in_pages(session, child_id, events):
        actor = getattr(record, "created_by", "") or ""
        name = names.get(actor) or ("a colleague" if actor else "unknown")
        rows.append(HistoryRow(
            at=getattr(record, "updated_at", None) or record.created_at,
            who=f"{name} ({role(actor)})", person=actor, action=ACTION_WORDS["received"],
            kind=record_kind, kind_words=KIND_WORDS[record_kind], label=_label(record),
            device=laptop if getattr(record, "device_id", "") == my_device else ELSEWHERE))
    rows.sort(key=lambda row: row.at)
    kinds = sorted({(r.kind, r.kind_words) for r in rows}, key=lambda k: k[1])
    people = sorted({(r.person, r.who) for r in rows}, key=lambda p: p[1])
    shown = [r for r in rows if (not kind or r.kind == kind) and (not person or r.person == person)]
    return ChildHistory(child_id, shown, kinds, people)


CSV_HEADER = ("When (UTC)", "Who", "What", "Record", "Laptop")


def history_csv(history: ChildHistory) -> str:
    """The history as the History tab shows it, one row a line, for a spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for row in history.rows:
        writer.writerow((row.at.isoformat(timespec="seconds"), row.who,
                         f"{row.kind_words} {row.action}", row.label, row.device))
    return out.getvalue()
