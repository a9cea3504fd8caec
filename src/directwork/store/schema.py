"""The vault's tables, mapped with SQLAlchemy 2's typed ORM.

One table per kind of record. Versioned documents keep one row per revision (primary key
``(id, rev)``) with ``is_head`` kept up to date; append-only entries keep one row per entry.
Nested parts of a record (a plan's actions, a review's agency inputs) are JSON columns holding
the codec's encoding. Column names are the domain fields' names, so the mapping between a row
and its dataclass is mechanical (see ``store.mapping``); a test checks they agree.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from directwork.core.columns import UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}


class _Common:
    child_id: Mapped[str] = mapped_column(String(36), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(64))


class EntryRow(_Common):
    """Columns every append-only entry has."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    corrects_id: Mapped[str | None] = mapped_column(String(36), index=True)
    retracted: Mapped[bool] = mapped_column(Boolean, default=False)


class DocumentRow(_Common):
    """Columns every revision of a versioned document has."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    rev: Mapped[str] = mapped_column(String(48), primary_key=True)
    base_rev: Mapped[str | None] = mapped_column(String(48))
    merge_rev: Mapped[str | None] = mapped_column(String(48))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    is_head: Mapped[bool] = mapped_column(Boolean, default=True, index=True)


# --------------------------------------------------------------------------- documents


class ChildRow(DocumentRow, Base):
    __tablename__ = "child"
    given_name: Mapped[str] = mapped_column(Text, default="")
    family_name: Mapped[str] = mapped_column(Text, default="")
    preferred_name: Mapped[str] = mapped_column(Text, default="")
    pronouns: Mapped[str] = mapped_column(Text, default="")
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    legal_status: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(Text, default="")
    welsh_preference: Mapped[str] = mapped_column(String(16))
    communication_needs: Mapped[str] = mapped_column(Text, default="")
    what_helps: Mapped[str] = mapped_column(Text, default="")
    education_status: Mapped[str] = mapped_column(Text, default="")
    school: Mapped[str] = mapped_column(Text, default="")
    about_me: Mapped[str] = mapped_column(Text, default="")
    house_names: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    practitioner_id: Mapped[str] = mapped_column(String(64), default="", index=True)
    practitioner_name: Mapped[str] = mapped_column(Text, default="")
    team: Mapped[str] = mapped_column(Text, default="")
    next_visit: Mapped[date | None] = mapped_column(Date)


class PersonRow(DocumentRow, Base):
    __tablename__ = "person"
    name: Mapped[str] = mapped_column(Text, default="")
    relationship: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(String(16))
    agency: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(Text, default="")
    parental_responsibility: Mapped[bool] = mapped_column(Boolean, default=False)
    contact_restriction: Mapped[str] = mapped_column(Text, default="")
    child_view: Mapped[str | None] = mapped_column(String(16))
    child_view_words: Mapped[str] = mapped_column(Text, default="")
    worker_view: Mapped[str | None] = mapped_column(String(16))
    worker_view_notes: Mapped[str] = mapped_column(Text, default="")
    trusted_adult: Mapped[bool] = mapped_column(Boolean, default=False)
    leads_relationship: Mapped[bool] = mapped_column(Boolean, default=False)
    of_concern: Mapped[bool] = mapped_column(Boolean, default=False)
    withheld: Mapped[bool] = mapped_column(Boolean, default=False)


class AgencyInvolvementRow(DocumentRow, Base):
    __tablename__ = "agency"
    agency: Mapped[str] = mapped_column(Text, default="")
    plan_type: Mapped[str] = mapped_column(String(32))
    lead_worker: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(Text, default="")
    plan_summary: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ContextRow(DocumentRow, Base):
    __tablename__ = "context"
    context_type: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(Text, default="")
    concerns: Mapped[str] = mapped_column(Text, default="")
    strengths: Mapped[str] = mapped_column(Text, default="")
    change_first: Mapped[bool] = mapped_column(Boolean, default=False)
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)


class SafetyPlanRow(DocumentRow, Base):
    __tablename__ = "safety_plan"
    title: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16))
    why_working_together: Mapped[str] = mapped_column(Text, default="")
    worries: Mapped[list[Any]] = mapped_column(JSON, default=list)
    working_well: Mapped[list[Any]] = mapped_column(JSON, default=list)
    goals: Mapped[list[Any]] = mapped_column(JSON, default=list)
    actions: Mapped[list[Any]] = mapped_column(JSON, default=list)
    contingency: Mapped[list[Any]] = mapped_column(JSON, default=list)
    safe_people: Mapped[list[Any]] = mapped_column(JSON, default=list)
    safe_places: Mapped[list[Any]] = mapped_column(JSON, default=list)
    helplines: Mapped[list[Any]] = mapped_column(JSON, default=list)
    child_section: Mapped[str] = mapped_column(Text, default="")
    scores: Mapped[list[Any]] = mapped_column(JSON, default=list)
    agreements: Mapped[list[Any]] = mapped_column(JSON, default=list)
    next_review: Mapped[date | None] = mapped_column(Date)
    practitioner_notes: Mapped[str] = mapped_column(Text, default="")


class VisitRow(DocumentRow, Base):
    __tablename__ = "visit"
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    place: Mapped[str] = mapped_column(Text, default="")
    present: Mapped[list[Any]] = mapped_column(JSON, default=list)
    purpose: Mapped[str] = mapped_column(Text, default="")
    tools: Mapped[list[Any]] = mapped_column(JSON, default=list)
    follow_ups: Mapped[list[Any]] = mapped_column(JSON, default=list)


class ConcernRow(DocumentRow, Base):
    __tablename__ = "concern"
    summary: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[str] = mapped_column(Text, default="")
    raised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    raised_by: Mapped[str] = mapped_column(Text, default="")
    severity: Mapped[str] = mapped_column(String(16))
    told: Mapped[list[Any]] = mapped_column(JSON, default=list)
    response_due: Mapped[datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str] = mapped_column(Text, default="")
    child_told: Mapped[bool | None] = mapped_column(Boolean)
    carers_told: Mapped[bool | None] = mapped_column(Boolean)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ReferralRow(DocumentRow, Base):
    __tablename__ = "referral"
    concern_id: Mapped[str | None] = mapped_column(String(36))
    referral_type: Mapped[str] = mapped_column(String(32))
    made_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ack_due: Mapped[datetime | None] = mapped_column(UTCDateTime)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reference: Mapped[str] = mapped_column(Text, default="")


# --------------------------------------------------------------------------- entries


class VoiceEntryRow(EntryRow, Base):
    __tablename__ = "voice_entry"
    visit_id: Mapped[str | None] = mapped_column(String(36), index=True)
    speaker: Mapped[str] = mapped_column(String(16))
    speaker_name: Mapped[str] = mapped_column(Text, default="")
    topic: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text, default="")
    verbatim: Mapped[bool] = mapped_column(Boolean, default=True)
    given_how: Mapped[str] = mapped_column(String(32))
    drawing_id: Mapped[str | None] = mapped_column(String(36))
    recording_id: Mapped[str | None] = mapped_column(String(36))
    scale: Mapped[int | None] = mapped_column(Integer)
    scale_question: Mapped[str] = mapped_column(Text, default="")
    shared_with: Mapped[list[Any]] = mapped_column(JSON, default=list)
    kept_from_speaker: Mapped[bool] = mapped_column(Boolean, default=False)
    kept_reason: Mapped[str] = mapped_column(Text, default="")
    change_reason: Mapped[str] = mapped_column(Text, default="")
    changed_by_name: Mapped[str] = mapped_column(Text, default="")


class DrawingRow(EntryRow, Base):
    __tablename__ = "drawing"
    visit_id: Mapped[str | None] = mapped_column(String(36), index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    png: Mapped[bytes] = mapped_column(LargeBinary)
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)


class RecordingRow(EntryRow, Base):
    __tablename__ = "recording"
    visit_id: Mapped[str | None] = mapped_column(String(36), index=True)
    audio: Mapped[bytes] = mapped_column(LargeBinary)
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)


class PictureChoiceRow(EntryRow, Base):
    __tablename__ = "picture_choice"
    plan_id: Mapped[str] = mapped_column(String(36), index=True)
    item: Mapped[str] = mapped_column(String(64), default="")
    picture: Mapped[str] = mapped_column(String(32), default="")


class VisitNoteRow(EntryRow, Base):
    __tablename__ = "visit_note"
    visit_id: Mapped[str | None] = mapped_column(String(36), index=True)
    text: Mapped[str] = mapped_column(Text, default="")
    practitioner_only: Mapped[bool] = mapped_column(Boolean, default=True)


class SafetyLevelDecisionRow(EntryRow, Base):
    __tablename__ = "safety_level"
    level: Mapped[str] = mapped_column(String(16))
    reasoning: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decided_by_name: Mapped[str] = mapped_column(Text, default="")


class LevelSignOffRow(EntryRow, Base):
    __tablename__ = "level_signoff"
    decision_id: Mapped[str] = mapped_column(String(36), index=True)
    manager: Mapped[str] = mapped_column(Text, default="")
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    comment: Mapped[str] = mapped_column(Text, default="")


class KeyMomentRow(EntryRow, Base):
    __tablename__ = "key_moment"
    moment_type: Mapped[str] = mapped_column(String(32))
    occurred_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    details: Mapped[str] = mapped_column(Text, default="")
    response: Mapped[str] = mapped_column(Text, default="")
    response_due: Mapped[datetime | None] = mapped_column(UTCDateTime)


class KeyMomentResponseRow(EntryRow, Base):
    __tablename__ = "key_moment_response"
    key_moment_id: Mapped[str] = mapped_column(String(36), index=True)
    outcome: Mapped[str] = mapped_column(String(16))
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(Text, default="")
    told: Mapped[list[Any]] = mapped_column(JSON, default=list)


class ReviewRow(EntryRow, Base):
    __tablename__ = "review"
    trigger: Mapped[str] = mapped_column(String(32))
    key_moment_id: Mapped[str | None] = mapped_column(String(36))
    plan_id: Mapped[str | None] = mapped_column(String(36))
    held_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    agency_inputs: Mapped[list[Any]] = mapped_column(JSON, default=list)
    child_views: Mapped[str] = mapped_column(Text, default="")
    carer_views: Mapped[str] = mapped_column(Text, default="")
    what_changed: Mapped[str] = mapped_column(Text, default="")
    new_level: Mapped[str | None] = mapped_column(String(16))
    next_review: Mapped[date | None] = mapped_column(Date)


class EscalationStepRow(EntryRow, Base):
    __tablename__ = "escalation_step"
    concern_id: Mapped[str] = mapped_column(String(36), index=True)
    step: Mapped[int] = mapped_column(Integer, default=0)
    to_whom: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    outcome: Mapped[str] = mapped_column(Text, default="")


class InformationSharingRow(EntryRow, Base):
    __tablename__ = "info_sharing"
    shared: Mapped[bool] = mapped_column(Boolean, default=True)
    what: Mapped[str] = mapped_column(Text, default="")
    with_whom: Mapped[str] = mapped_column(Text, default="")
    why: Mapped[str] = mapped_column(Text, default="")
    basis: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class CoReviewResponseRow(EntryRow, Base):
    __tablename__ = "coreview_response"
    plan_id: Mapped[str] = mapped_column(String(36), index=True)
    plan_rev: Mapped[str] = mapped_column(String(48), default="")
    section: Mapped[str] = mapped_column(String(64), default="")
    responder_name: Mapped[str] = mapped_column(Text, default="")
    responder_role: Mapped[str] = mapped_column(String(16), default="child")
    answer: Mapped[str] = mapped_column(String(16))
    words: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SummaryGivenRow(EntryRow, Base):
    __tablename__ = "summary_given"
    plan_id: Mapped[str | None] = mapped_column(String(36))
    audience: Mapped[str] = mapped_column(String(16))
    given_to: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8))
    given_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    how: Mapped[str | None] = mapped_column(String(16))
    withheld: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


# --------------------------------------------------------------------------- vault bookkeeping


class TeamLinkRow(DocumentRow, Base):
    """A team manager's decision on a suggested link (a team-level record: see domain TeamLink)."""

    __tablename__ = "team_link"
    link_kind: Mapped[str] = mapped_column(String(16))
    first_record: Mapped[str] = mapped_column(String(36), index=True)
    first_child: Mapped[str] = mapped_column(String(36))
    second_record: Mapped[str] = mapped_column(String(36), index=True)
    second_child: Mapped[str] = mapped_column(String(36))
    verdict: Mapped[str] = mapped_column(String(16))
    decided_by: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(Text, default="")
    suggested_because: Mapped[str] = mapped_column(Text, default="")


class TeamContextRow(DocumentRow, Base):
    """A place or group several of the team's children are linked to, and its plan (a
    team-level record: see domain TeamContext)."""

    __tablename__ = "team_context"
    title: Mapped[str] = mapped_column(Text, default="")
    context_records: Mapped[list[Any]] = mapped_column(JSON, default=list)
    children: Mapped[list[Any]] = mapped_column(JSON, default=list)
    why: Mapped[str] = mapped_column(Text, default="")
    actions: Mapped[list[Any]] = mapped_column(JSON, default=list)
    next_review: Mapped[date | None] = mapped_column(Date)
    reviews: Mapped[list[Any]] = mapped_column(JSON, default=list)
    closed: Mapped[bool] = mapped_column(Boolean, default=False)


class MetaRow(Base):
    """Facts about this vault and device (its id, the practitioner, sync cursor...)."""

    __tablename__ = "vault_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class OutboxRow(Base):
    """One change waiting to go to the hub. ``seq`` is this device's sequence number."""

    __tablename__ = "outbox"
    # The caseload asks which children have a change still pending: answered from this
    # index alone (migration 0010). The index on state alone serves max(seq) by state.
    __table_args__ = (Index("ix_outbox_state_child", "state", "child_id"),)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    rev: Mapped[str | None] = mapped_column(String(48))
    child_id: Mapped[str] = mapped_column(String(36), index=True)
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # pending -> accepted / duplicate / conflict / rejected (with reason)
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    reason: Mapped[str] = mapped_column(Text, default="")


class AuditEventRow(Base):
    """The tamper-evident trail: each event's hash covers the one before it."""

    __tablename__ = "audit_event"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36))
    child_id: Mapped[str] = mapped_column(String(36), index=True)
    rev: Mapped[str] = mapped_column(String(48), default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class DraftRow(Base):
    """Text being typed, kept so that a lock or a crash never loses it. Never synced."""

    __tablename__ = "draft"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    child_id: Mapped[str] = mapped_column(String(36), index=True, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class KeptAsideRow(Base):
    """Something sync could not apply, kept (encrypted, like everything in the vault) with the
    reason, so that sync goes on and nothing is lost: a record received from the hub that
    fails the record schema or names a record not here (``source`` "hub"), or a change of this
    laptop's that could not reach the hub before its case moved on ("laptop")."""

    __tablename__ = "kept_aside"
    key: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(200), index=True)
    child_id: Mapped[str] = mapped_column(String(200), index=True)
    rev: Mapped[str] = mapped_column(String(64), default="")
    payload: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    kept_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ChildSpeechRow(Base):
    """How fast read-aloud speaks to one child, kept on this laptop. Never synced: it is a
    setting of this screen, like a draft, not part of the child's record."""

    __tablename__ = "child_speech"
    child_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    speed: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


ROW_FOR_KIND: dict[str, type[Any]] = {
    "child": ChildRow,
    "person": PersonRow,
    "agency": AgencyInvolvementRow,
    "context": ContextRow,
    "safety_plan": SafetyPlanRow,
    "visit": VisitRow,
    "concern": ConcernRow,
    "referral": ReferralRow,
    "voice": VoiceEntryRow,
    "drawing": DrawingRow,
    "note": VisitNoteRow,
    "safety_level": SafetyLevelDecisionRow,
    "level_signoff": LevelSignOffRow,
    "key_moment": KeyMomentRow,
    "key_moment_response": KeyMomentResponseRow,
    "review": ReviewRow,
    "escalation": EscalationStepRow,
    "info_sharing": InformationSharingRow,
    "coreview": CoReviewResponseRow,
    "summary_given": SummaryGivenRow,
    "recording": RecordingRow,
    "picture_choice": PictureChoiceRow,
    "team_link": TeamLinkRow,
    "team_context": TeamContextRow,
}


def row_for(kind: str) -> type[Any]:
    return ROW_FOR_KIND[kind]
