"""The practice screens: the practice check, the review form, one concern's page, a child's
level history and one key moment's response."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from directwork.domain.policy import Policy
from directwork.domain.records import (
    AgencyInvolvement,
    EscalationStep,
    LevelSignOff,
    Referral,
    Review,
    SafetyLevelDecision,
    VoiceEntry,
)
from directwork.domain.rules.concerns import EscalationState
from directwork.domain.rules.keymoments import ResponseState
from directwork.domain.rules.levels import LevelDecision, level_history
from directwork.domain.rules.practice_check import DueItem
from directwork.domain.rules.reviews import ReviewDue
from directwork.store import practice, records
from directwork.store.context import actor_of, now_of
from directwork.store.schema import MetaRow


@dataclass(frozen=True)
class DueFacts:
    """The practice check: everything due or overdue, as of ``now``."""

    items: list[DueItem]
    now: datetime


def load_due(session: Session, policy: Policy, *, practitioner_id: str | None = None,
             team: str | None = None) -> DueFacts:
    """What is due for one practitioner's children, one team's, or (neither) everyone's on
    this laptop."""
    items = practice.due_items(session, policy, practitioner_id=practitioner_id, team=team)
    return DueFacts(items, now_of(session))


@dataclass(frozen=True)
class ReviewFacts:
    """What the review form shows beside its fields."""

    now: datetime
    schedule: ReviewDue
    agencies: list[AgencyInvolvement]
    voice_since: list[VoiceEntry]  # what was said since the last review, oldest first
    open_moments: list[ResponseState] = field(default_factory=list)


def load_review_facts(session: Session, child_id: str, policy: Policy) -> ReviewFacts:
    schedule = practice.review_schedule_of(session, child_id, policy)
    reviews = records.list_entries(session, Review, child_id)
    last = max((r.held_at for r in reviews if r.held_at), default=None)
    voice = [v for v in records.list_entries(session, VoiceEntry, child_id)
             if last is None or (v.created_at and v.created_at > last)]
    voice.sort(key=lambda v: v.created_at or now_of(session))
    agencies = [a for a in records.list_documents(session, AgencyInvolvement, child_id) if a.active]
    moments = [s for s in practice.key_moment_states(session, child_id, policy) if s.open]
    return ReviewFacts(now_of(session), schedule, agencies, voice, moments)


@dataclass(frozen=True)
class ConcernFacts:
    """One concern: where it stands on the ladder, its steps in order and its referrals."""

    state: EscalationState
    steps: list[EscalationStep]
    referrals: list[Referral]
    now: datetime


def load_concern(session: Session, concern_id: str, policy: Policy) -> ConcernFacts:
    state = practice.concern_status(session, concern_id, policy)
    child_id = state.concern.child_id
    steps = [s for s in records.list_entries(session, EscalationStep, child_id)
             if s.concern_id == concern_id]
    steps.sort(key=lambda s: (s.at or s.created_at or now_of(session), s.step))
    referrals = [r for r in records.list_documents(session, Referral, child_id)
                 if r.concern_id == concern_id]
    return ConcernFacts(state, steps, referrals, now_of(session))


def load_level_history(session: Session, child_id: str) -> list[LevelDecision]:
    """Every level decision for the child, newest first, each with its latest sign-off."""
    return level_history(records.list_entries(session, SafetyLevelDecision, child_id),
                         records.list_entries(session, LevelSignOff, child_id))


@dataclass(frozen=True)
class KeyMomentFacts:
    """One key moment's response as it stands (None: no such key moment), and the time."""

    state: ResponseState | None
    now: datetime


def load_key_moment(session: Session, child_id: str, key_moment_id: str,
                    policy: Policy) -> KeyMomentFacts:
    states = practice.key_moment_states(session, child_id, policy)
    found = next((s for s in states if s.key_moment.id == key_moment_id), None)
    return KeyMomentFacts(found, now_of(session))


@dataclass(frozen=True)
class Practitioner:
    """Who is using this laptop, and their team: whose children "My children" means."""

    id: str
    name: str
    team: str


def load_practitioner(session: Session) -> Practitioner:
    practitioner_id, _device = actor_of(session)
    meta = {row.key: row.value for row in session.scalars(
        select(MetaRow).where(MetaRow.key.in_(("practitioner_name", "team"))))}
    return Practitioner(practitioner_id, meta.get("practitioner_name", ""), meta.get("team", ""))
