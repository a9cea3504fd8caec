"""The sync protocol: what a laptop and the hub say to each other (DESIGN.md "Sync").

These pydantic models are shared by the device client and the hub, so both ends agree on one
shape; the hub publishes them in its OpenAPI schema. A change's payload is the codec's encoding
of a record, and ``check_change`` is the one place that decides whether a payload is a record
the hub may keep: it must decode, say what the envelope says, and (for a revision) carry the
revision id its content and parents give.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from directwork.domain import codec
from directwork.domain.records import Child, Document, Record
from directwork.domain.revisions import make_rev

API = "/v1"
PAGE_SIZE = 500
MAX_PAGE_SIZE = 1000
MAX_BATCH = 500
MAX_BODY_BYTES = 16 * 1024 * 1024
MAX_CLOCK_SKEW_S = 300

ChangeStatus = Literal["accepted", "duplicate", "conflict", "rejected"]
# Ids are UUIDs and revisions "<n>-<hex>"; holding them to that keeps control characters (a
# NUL, which PostgreSQL refuses) out of the hub's keys.
ID = Field(pattern=r"^[A-Za-z0-9_.:-]{1,64}$")
REV = Field(default=None, pattern=r"^[0-9]{1,12}-[0-9a-f]{1,40}$")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Change(_Model):
    """One outbox row on its way up: ``seq`` is the device's own sequence number."""

    seq: int = Field(ge=1, le=2**62)
    kind: str = Field(pattern=r"^[a-z_]{1,32}$")
    id: str = ID
    child_id: str = ID
    rev: str | None = REV
    base_rev: str | None = REV
    merge_rev: str | None = REV
    payload: dict[str, Any]


class PushRequest(_Model):
    changes: list[Change] = Field(min_length=1, max_length=MAX_BATCH)
    cursor: int = Field(default=0, ge=0, le=2**62,
                        description="the feed position this device holds (its pull cursor)")


class ChangeResult(_Model):
    seq: int
    status: ChangeStatus
    reason: str = ""


class PushResponse(_Model):
    results: list[ChangeResult]
    last_seq: int = Field(description="the highest sequence number the hub holds from this device")


class FeedChange(_Model):
    """One record as the hub holds it, on its way down."""

    kind: str
    id: str
    child_id: str
    rev: str | None = None
    payload: dict[str, Any]


class PullResponse(_Model):
    changes: list[FeedChange]
    removed_children: list[str] = Field(
        default_factory=list, description="children no longer on this device's caseload")
    cursor: int = Field(description="give this back to read the next page")
    more: bool


class EnrolRequest(_Model):
    code: str = Field(min_length=1, max_length=64)
    public_key: str = Field(min_length=1, max_length=128, description="raw Ed25519 key, base64")
    device_name: str = Field(default="", max_length=200)
    next_seq: int = Field(default=1, ge=1, le=2**62,
                          description="the device's next outbox sequence number")


class EnrolResponse(_Model):
    device_id: str
    practitioner_id: str
    practitioner_name: str
    team: str


class Problem(_Model):
    """Every refusal, as an RFC 9457 problem document (``application/problem+json``): what
    went wrong in words, and whether the device must wipe its store.

    The schema the hub documents; ``directwork.core.problems`` builds and reads the answers.
    """

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    wipe: bool = False
    expected_seq: int | None = None


class ChangeRefused(ValueError):
    """A change whose payload is not the record its envelope describes."""


def envelope(seq: int, kind: str, record_id: str, child_id: str, rev: str | None,
             payload: dict[str, Any]) -> Change:
    return Change(seq=seq, kind=kind, id=record_id, child_id=child_id, rev=rev,
                  base_rev=payload.get("base_rev"), merge_rev=payload.get("merge_rev"),
                  payload=payload)


def check_change(change: Change | FeedChange) -> Record:
    """Decode ``change.payload`` and check it against the envelope; raise ChangeRefused."""
    try:
        record = codec.record_from_dict(change.payload)
    except codec.DecodeError as exc:
        raise ChangeRefused(f"payload {exc}") from None
    if record.KIND != change.kind:
        raise ChangeRefused(f"payload is a {record.KIND}, envelope says {change.kind}")
    if record.id != change.id or record.child_id != change.child_id:
        raise ChangeRefused("payload id or child id differs from the envelope")
    if isinstance(record, Child) and record.child_id != record.id:
        raise ChangeRefused("a child's child id must be its own id")
    if isinstance(record, Document):
        expected = make_rev(codec.content_hash(dataclasses.replace(record, rev="")),
                            record.base_rev, record.merge_rev)
        if record.rev != expected or change.rev != record.rev:
            raise ChangeRefused("revision id does not match its content")
        if isinstance(change, Change) and (
                change.base_rev != record.base_rev or change.merge_rev != record.merge_rev):
            raise ChangeRefused("parent revisions differ from the envelope")
    elif change.rev:
        raise ChangeRefused(f"a {record.KIND} is append-only and has no revision")
    return record
