"""The sync protocol: what a laptop and the hub say to each other (DESIGN.md "Sync").

These pydantic models are shared by the device client and the hub, so both ends agree on one
shape; the hub publishes them in its OpenAPI schema. A change's payload is the codec's encoding
of a record, and ``check_change`` is the one place that decides whether a payload is a record
that may be kept: it must pass the strict record schema (``domain.validation``), say what the
envelope says, and (for a revision) carry the revision id its content and parents give. The
hub runs it on every change pushed, and a laptop on every record pulled.

Every refusal is a ``Problem`` (RFC 9457, ``application/problem+json``).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

from directwork.domain import validation
from directwork.domain.records import Record

API = "/v1"
PAGE_SIZE = 500
# The largest pull page every hub gives: older hubs refuse a larger ``limit`` (422).
MAX_PAGE_SIZE = 1000
# The largest pull page this hub gives, said in every pull answer (``PAGE_LIMIT_HEADER``) so
# that a laptop asks for more than MAX_PAGE_SIZE only from a hub that said it gives it. No
# larger than laptops ask for (two of the pages every hub gives): the hub holds a page's
# records in memory while it sends them.
LARGEST_PAGE = 2 * MAX_PAGE_SIZE
PAGE_LIMIT_HEADER = "Directwork-Page-Limit"
MAX_BATCH = 500
MAX_SKIPPED = 10_000
MAX_HAND_IN = 2_000
MAX_BODY_BYTES = 16 * 1024 * 1024
MAX_CLOCK_SKEW_S = 300
# A pull page as lines: a PullHeader, then one FeedChange a line.
NDJSON = "application/x-ndjson"

ChangeStatus = Literal["accepted", "duplicate", "conflict", "rejected"]
# Ids are UUIDs and revisions "<n>-<hex>"; holding them to that keeps control characters (a
# NUL, which PostgreSQL refuses) out of the hub's keys.
ID = Field(pattern=r"^[A-Za-z0-9_.:-]{1,64}$")
REV = Field(default=None, pattern=r"^[0-9]{1,12}-[0-9a-f]{1,40}$")
SEQ = Field(ge=1, le=2**62)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Change(_Model):
    """One outbox row on its way up: ``seq`` is the device's own sequence number."""

    seq: int = SEQ
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
    skipped: list[Annotated[int, Field(ge=1, le=2**62)]] = Field(
        default_factory=list, max_length=MAX_SKIPPED,
        description="numbers before or between these changes that this device will never send "
                    "(their changes were withdrawn on the laptop, e.g. a case that moved on)")


class ChangeResult(_Model):
    seq: int
    status: ChangeStatus
    reason: str = ""


# Why the hub refuses a signed request from a device it does not know (never enrolled, or
# enrolled after the backup the hub was restored from): a laptop that reads it may enrol again.
NOT_ENROLLED = "this device is not enrolled with this hub"


def number_reused(seq: int) -> str:
    """Why the hub refuses a change sent under a number it holds another change of this
    device's under: the laptop reused its numbers (it was restored from a backup older than
    what it had sent). A laptop that reads this renumbers the change and sends it again."""
    return f"number {seq} was already used for another change"


def is_number_reused(result: ChangeResult) -> bool:
    return result.status == "rejected" and result.reason == number_reused(result.seq)


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
    epoch: str = Field(default="", description="the hub's epoch; it changes when the hub is "
                                               "restored from a backup")
    position: str = Field(default="", description="a token for this cursor, signed by the hub: "
                                                  "give it back to /state to check the hub still "
                                                  "knows this position")


class PullHeader(_Model):
    """The first line of a page sent as lines (``NDJSON``, asked for with ``Accept``): what
    ``PullResponse`` says besides its changes, and how many changes follow, one a line (each a
    ``FeedChange``). A laptop decodes each record as its line arrives; a page with fewer lines
    than ``count`` was cut off on the way."""

    cursor: int
    more: bool
    epoch: str = ""
    position: str = ""
    removed_children: list[str] = Field(default_factory=list)
    count: int = Field(ge=0)


class HubState(_Model):
    """What the hub knows of this device, asked before each sync, so that a hub or a laptop
    restored from a backup is noticed and healed before anything is sent."""

    epoch: str = Field(description="changes when the hub is restored from a backup")
    last_seq: int = Field(description="the highest sequence number the hub holds from this device")
    feed_head: int = Field(description="the newest position in the change feed")
    position_known: bool = Field(
        default=True, description="false when the position this device gave is one the hub "
                                  "no longer has (it was restored): the epoch has then changed")
    retiring: bool = Field(default=False, description="the administrator is retiring this "
                                                      "laptop: hand in, then wipe")
    manager: bool = Field(default=False, description="this device's practitioner manages a "
                                                     "team: the laptop may show the team view")
    accepts_gzip: bool = Field(default=False, description="the hub takes request bodies sent "
                                                          "gzipped (Content-Encoding: gzip)")
    linked_children: list[str] = Field(
        default_factory=list, max_length=100_000,
        description="children on this practitioner's own caseload that confirmed team links "
                    "join to other children: a flag for each, never who or what")


# Openings of the team view reported in one request: each is an event in the hub's audit chain.
MAX_OPENINGS = 200


class TeamViewOpened(_Model):
    """When a team manager's laptop opened the team view or a team context's page, sent at
    its next sync for the hub's own audit log (the laptop keeps its own)."""

    opened: list[Annotated[str, Field(min_length=1, max_length=200)]] = Field(
        max_length=MAX_OPENINGS, description="one line for each opening: when, and which "
                                             "page (more are sent in several requests)")


class TeamViewAnswer(_Model):
    recorded: int


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
    confirmed: bool = Field(default=False, description="true once the laptop has confirmed "
                                                       "(a signed request): the code is then used")


class HandedIn(_Model):
    """Something a retiring laptop holds that is not on the hub (a change the hub refused, a
    record kept aside), handed in so that nothing typed is lost when it wipes."""

    kind: str = Field(pattern=r"^[a-z_]{1,32}$")
    id: str = Field(max_length=200)
    child_id: str = Field(max_length=200)
    reason: str = Field(default="", max_length=2_000)
    payload: dict[str, Any]


class RetireRequest(_Model):
    handed_in: list[HandedIn] = Field(default_factory=list, max_length=MAX_HAND_IN)


class RetireResponse(_Model):
    handed_in: int


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
    """A change whose payload is not a record that may be kept; ``str()`` says why."""


def envelope(seq: int, kind: str, record_id: str, child_id: str, rev: str | None,
             payload: dict[str, Any]) -> Change:
    return Change(seq=seq, kind=kind, id=record_id, child_id=child_id, rev=rev,
                  base_rev=payload.get("base_rev"), merge_rev=payload.get("merge_rev"),
                  payload=payload)


class Enveloped(Protocol):
    """What ``check_change`` reads of a change that came down: a ``FeedChange``, or a line of
    one a laptop read without making the model (``sync.client``)."""

    @property
    def kind(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def child_id(self) -> str: ...
    @property
    def rev(self) -> str | None: ...
    @property
    def payload(self) -> dict[str, Any]: ...


def check_change(change: Change | FeedChange | Enveloped) -> Record:
    """The record ``change.payload`` holds, checked against the strict schema and the
    envelope; raises ChangeRefused with the reason."""
    try:
        record = validation.validate(change.payload)
    except validation.RecordRefused as exc:
        raise ChangeRefused(f"payload {exc.reason}") from None
    if record.KIND != change.kind:
        raise ChangeRefused(f"payload is a {record.KIND}, envelope says {change.kind}")
    if record.id != change.id or record.child_id != change.child_id:
        raise ChangeRefused("payload id or child id differs from the envelope")
    if record.VERSIONED:
        if change.rev != getattr(record, "rev", None):
            raise ChangeRefused("revision id does not match its content")
        if isinstance(change, Change) and (
                change.base_rev != getattr(record, "base_rev", None)
                or change.merge_rev != getattr(record, "merge_rev", None)):
            raise ChangeRefused("parent revisions differ from the envelope")
    elif change.rev:
        raise ChangeRefused(f"a {record.KIND} is append-only and has no revision")
    return record
