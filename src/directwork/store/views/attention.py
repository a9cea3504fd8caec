"""Needs attention: records changed on two laptops, changes the hub refused, and records kept
aside by sync, each with its child's name and the record's title."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from directwork.domain.records import Child, Document, kind_of
from directwork.store import attention, records
from directwork.store.errors import RecordNotFound


@dataclass(frozen=True, slots=True)
class AttentionItem:
    kind: str
    record_id: str
    child_id: str
    child_name: str
    title: str
    diverged: bool  # True: two versions to merge; False: a change the hub refused
    reason: str = ""  # the hub's reason, for a refused change; why, for one kept aside
    kept_aside: bool = False  # received but not applied here, or not sent (the case moved on)
    from_hub: bool = True  # for one kept aside: it came from the hub


def record_title(record: Any) -> str:
    """A few words that say which record this is (its title, name, summary…)."""
    for name in ("title", "preferred_name", "given_name", "name", "summary", "agency",
                 "place", "referral_type", "purpose"):
        value = getattr(record, name, "")
        if value:
            return str(value.value if isinstance(value, enum.Enum) else value)
    return ""


def load_attention(session: Session) -> list[AttentionItem]:
    """Every diverged document, refused change and record kept aside, with the child's name."""
    names: dict[str, str] = {}

    def child_name(child_id: str) -> str:
        if child_id not in names:
            try:
                child = records.get_document(session, Child, child_id)
                names[child_id] = child.preferred_name or child.given_name or "(no name)"
            except RecordNotFound:
                names[child_id] = ""
        return names[child_id]

    def title(kind: str, record_id: str) -> str:
        cls: Any = kind_of(kind)
        try:
            found = (records.get_document(session, cls, record_id) if cls.VERSIONED
                     else records.get_entry(session, cls, record_id))
        except RecordNotFound:
            return ""
        return record_title(found)

    items = [AttentionItem(d.kind, d.record_id, d.child_id, child_name(d.child_id),
                           title(d.kind, d.record_id), True)
             for d in attention.diverged_documents(session)]
    items += [AttentionItem(r.kind, r.record_id, r.child_id, child_name(r.child_id),
                            title(r.kind, r.record_id), False, r.reason)
              for r in attention.refused_changes(session)]
    items += [AttentionItem(k.kind, k.record_id, k.child_id, child_name(k.child_id), "", False,
                            k.reason, kept_aside=True, from_hub=k.from_hub)
              for k in attention.kept_aside(session)]
    return items


def load_heads(session: Session, kind: str, record_id: str) -> list[Document]:
    """Every head of a document of this kind, highest first: two or more are to be merged."""
    cls: Any = kind_of(kind)
    heads: list[Document] = records.get_heads(session, cls, record_id)
    return heads
