"""The hub's own tables (the hub never imports the laptop's store).

``record`` keeps every revision and entry once, as the hub accepted it; ``inbound`` keeps each
pushed change exactly as it arrived, before anything is applied; ``feed`` is the change feed
devices read by cursor: its ``seq`` is the hub-wide sequence, and rows are only ever appended.
``hub_state`` holds the hub's epoch (it changes when the hub is found restored from a backup)
and the secret that signs feed positions; ``handed_in`` what retired laptops handed in.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from directwork.core.columns import UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "pk": "pk_%(table_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
}
# SQLite only gives an autoincrementing key to INTEGER PRIMARY KEY; PostgreSQL wants BIGINT.
SeqInt = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Team(Base):
    __tablename__ = "team"
    name: Mapped[str] = mapped_column(String(200), primary_key=True)


class Practitioner(Base):
    __tablename__ = "practitioner"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    team: Mapped[str] = mapped_column(String(200), default="")
    is_manager: Mapped[bool] = mapped_column(Boolean, default=False)


class EnrolCode(Base):
    """A one-time code (only its hash). ``device_id`` is the laptop that asked with it; the
    code is used (``used_at``) only when that laptop confirms with a signed request."""

    __tablename__ = "enrol_code"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    practitioner_id: Mapped[str] = mapped_column(ForeignKey("practitioner.id"))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    device_id: Mapped[str | None] = mapped_column(String(64))


class Device(Base):
    __tablename__ = "device"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    practitioner_id: Mapped[str] = mapped_column(ForeignKey("practitioner.id"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    public_key: Mapped[str] = mapped_column(String(128))
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_seq: Mapped[int] = mapped_column(SeqInt, default=0)
    # The feed position this device has said it holds (the cursor of its latest pull).
    pulled_to: Mapped[int] = mapped_column(SeqInt, default=0)
    # The feed position the hub itself has sent this device up to: what decides whether a
    # late delivery about a transferred child is allowed (never the device's own claim).
    served_to: Mapped[int] = mapped_column(SeqInt, default=0)
    last_seen: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # None until the laptop confirms its enrolment with a signed request.
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # retire-device: the laptop hands in what it holds at its next sync, then wipes.
    retiring_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Nonce(Base):
    """Nonces seen in the last few minutes: a request that comes twice is a replay."""

    __tablename__ = "nonce"
    nonce: Mapped[str] = mapped_column(String(64), primary_key=True)
    seen_at: Mapped[int] = mapped_column(SeqInt, index=True)


class ChildCase(Base):
    """Whose caseload a child is on."""

    __tablename__ = "child_case"
    child_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    practitioner_id: Mapped[str] = mapped_column(ForeignKey("practitioner.id"), index=True)


class Inbound(Base):
    """Each pushed change exactly as it came, with what the hub made of it. ``digest`` (of the
    change as sent) recognises a retry; the body of a refused change is kept only for a while
    and up to a size (``exchange.REJECTED_BODY_*``), since nothing of it was accepted."""

    __tablename__ = "inbound"
    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(SeqInt, primary_key=True, autoincrement=False)
    body: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")
    digest: Mapped[str | None] = mapped_column(String(64))


class RecordCopy(Base):
    """One entry, or one revision of a document, as accepted."""

    __tablename__ = "record"
    # The unique key also finds a document's revisions, by its first two columns (kind, id).
    __table_args__ = (UniqueConstraint("kind", "record_id", "rev", name="uq_record_kind_id_rev"),)
    key: Mapped[int] = mapped_column(SeqInt, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(64))
    # "" for entries, so the unique key works the same on both databases.
    rev: Mapped[str] = mapped_column(String(48), default="")
    base_rev: Mapped[str | None] = mapped_column(String(48))
    merge_rev: Mapped[str | None] = mapped_column(String(48))
    child_id: Mapped[str] = mapped_column(String(64), index=True)
    payload: Mapped[str] = mapped_column(Text)
    # The device that pushed it: it already holds the record, so its pulls leave it out.
    from_device: Mapped[str] = mapped_column(String(64), default="")
    is_head: Mapped[bool] = mapped_column(Boolean, default=True)
    # sha256 of the content (stamps left out): the same entry from two laptops is one entry.
    content_hash: Mapped[str | None] = mapped_column(String(64))
    # Withdrawn by the administrator (`directwork-hub quarantine`): kept, but sent to no one.
    quarantined_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    quarantine_reason: Mapped[str] = mapped_column(Text, default="")


class FeedEvent(Base):
    """The change feed. ``record_key`` names a record for every device that can see the child;
    ``removed_from`` tells one practitioner's devices that the child left their caseload;
    ``for_practitioner`` on a record row limits a transfer's replayed history to its receiver."""

    __tablename__ = "feed"
    # A pull reads, for each child it may see, that child's rows in a window of numbers, and
    # the removals for its practitioner in the window: each found through an index that holds
    # the number after the child (or the practitioner), so a page costs the rows it gives, not
    # every row of the window.
    # (Removals are a few rows among the feed's records: their index holds those rows alone.)
    __table_args__ = (Index("ix_feed_child_seq", "child_id", "seq"),
                      Index("ix_feed_removed_seq", "removed_from", "seq",
                            postgresql_where=text("removed_from IS NOT NULL"),
                            sqlite_where=text("removed_from IS NOT NULL")))
    seq: Mapped[int] = mapped_column(SeqInt, primary_key=True, autoincrement=True)
    child_id: Mapped[str] = mapped_column(String(64))
    record_key: Mapped[int | None] = mapped_column(ForeignKey("record.key"))
    for_practitioner: Mapped[str | None] = mapped_column(String(64))
    removed_from: Mapped[str | None] = mapped_column(String(64))
    # Random per row: a position token names (seq, mark), so a feed rebuilt after a restore,
    # with other rows at the same numbers, is told apart from the one a laptop read.
    mark: Mapped[str | None] = mapped_column(String(16))


class AuditEvent(Base):
    """Who pushed and pulled what; each hash covers the one before it."""

    __tablename__ = "audit"
    seq: Mapped[int] = mapped_column(SeqInt, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class HubState(Base):
    """The hub's own facts: ``epoch`` and ``secret`` (made with the database)."""

    __tablename__ = "hub_state"
    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class HandedInRecord(Base):
    """What a retiring laptop handed in before wiping: changes the hub had refused and records
    it had kept aside, exactly as the laptop held them, for the administrator to look at."""

    __tablename__ = "handed_in"
    key: Mapped[int] = mapped_column(SeqInt, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(String(64), index=True)
    practitioner_id: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(200))
    child_id: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text, default="")
    payload: Mapped[str] = mapped_column(Text)
    handed_in_at: Mapped[datetime] = mapped_column(UTCDateTime)
