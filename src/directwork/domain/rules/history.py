"""A child's history as pictures need it: 0-10 scores over time, a timeline of key moments,
reviews and concerns, the voice entries since the last review, and what changed between two
versions of a plan."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime

from directwork.domain import codec
from directwork.domain.records import (
    EARLIEST,
    Concern,
    ConcernStatus,
    EscalationStep,
    KeyMoment,
    Referral,
    Review,
    SafetyPlan,
    Speaker,
    VoiceEntry,
)
from directwork.domain.rules.concerns import REFERRAL_LABELS
from directwork.domain.rules.keymoments import MOMENT_LABELS
from directwork.domain.rules.workdays import local_date


@dataclass(frozen=True)
class ScorePoint:
    """One person's 0-10 answer on one day."""

    on: date
    person: str
    role: str
    score: int
    source: str  # "plan" (the plan's scaling) or "voice" (a scaling answer in a voice entry)


def score_series(plan_revisions: Iterable[SafetyPlan],
                 voice: Iterable[VoiceEntry]) -> dict[str, list[ScorePoint]]:
    """Each person's scores over time, oldest first, keyed by person. The same answer kept
    through several plan revisions counts once."""
    seen: set[tuple[str, date, int]] = set()
    series: dict[str, list[ScorePoint]] = {}

    def add(point: ScorePoint) -> None:
        key = (point.person, point.on, point.score)
        if key not in seen:
            seen.add(key)
            series.setdefault(point.person, []).append(point)

    revisions = list(plan_revisions)
    # The child's own scaling answers join the child's line on the plan's chart.
    child_name = next((s.person for plan in revisions for s in plan.scores
                       if s.role == "child" and s.person), "The child")
    for plan in revisions:
        for s in plan.scores:
            when = s.on or (local_date(plan.updated_at) if plan.updated_at else None)
            if when is not None and 0 <= s.score <= 10:
                add(ScorePoint(when, s.person or s.role or "Someone", s.role, s.score, "plan"))
    for v in voice:
        if v.scale is None or v.created_at is None:
            continue
        person = v.speaker_name or (child_name if v.speaker is Speaker.CHILD else v.speaker.value)
        add(ScorePoint(local_date(v.created_at), person, v.speaker.value, v.scale, "voice"))
    for points in series.values():
        points.sort(key=lambda p: p.on)
    return series


@dataclass(frozen=True)
class TimelineEvent:
    when: datetime
    kind: str  # a record kind: key_moment, review, concern, escalation, referral
    label: str
    record_id: str


def timeline(key_moments: Iterable[KeyMoment], reviews: Iterable[Review],
             concerns: Iterable[Concern], steps: Iterable[EscalationStep] = (),
             referrals: Iterable[Referral] = ()) -> list[TimelineEvent]:
    """Key moments, reviews, concerns (raised and closed), escalations and referrals, in time
    order."""
    events: list[TimelineEvent] = []
    for km in key_moments:
        if km.occurred_at:
            events.append(TimelineEvent(km.occurred_at, km.KIND, MOMENT_LABELS[km.moment_type], km.id))
    for r in reviews:
        if r.held_at:
            events.append(TimelineEvent(r.held_at, r.KIND, "Review", r.id))
    for c in concerns:
        if c.deleted:
            continue
        if c.raised_at:
            events.append(TimelineEvent(c.raised_at, c.KIND, f"Concern raised: {c.summary}", c.id))
        if c.status is ConcernStatus.CLOSED and c.closed_at:
            events.append(TimelineEvent(c.closed_at, c.KIND, f"Concern closed: {c.summary}", c.id))
    for s in steps:
        if s.at and s.to_whom:
            events.append(TimelineEvent(s.at, s.KIND, f"Escalated to {s.to_whom}", s.concern_id))
    for f in referrals:
        if f.made_at and not f.deleted:
            events.append(TimelineEvent(f.made_at, f.KIND,
                                        f"Referral to {REFERRAL_LABELS[f.referral_type]}", f.id))
    events.sort(key=lambda e: (e.when, e.kind, e.record_id))
    return events


def voice_since(voice: Iterable[VoiceEntry], reviews: Iterable[Review]) -> list[VoiceEntry]:
    """What was said since the last review was held (everything, before the first)."""
    last = max((r.held_at for r in reviews if r.held_at), default=EARLIEST)
    return [v for v in voice if (v.created_at or EARLIEST) > last]


@dataclass(frozen=True)
class PlanChange:
    """One part of the plan that differs between two versions."""

    part: str
    before: object
    after: object


# Bookkeeping that differs between any two revisions and says nothing about the plan.
_NOT_CONTENT = {"rev", "base_rev", "merge_rev", "created_at", "updated_at", "created_by",
                "device_id", "id", "child_id", "deleted"}


def plan_differences(before: SafetyPlan, after: SafetyPlan) -> list[PlanChange]:
    """The parts of the plan (in the plan's own order) that differ between two versions,
    compared by content, with each side as plain JSON-like values."""
    changes: list[PlanChange] = []
    for f in fields(SafetyPlan):
        if f.name in _NOT_CONTENT:
            continue
        a = codec.to_jsonable(getattr(before, f.name))
        b = codec.to_jsonable(getattr(after, f.name))
        if a != b:
            changes.append(PlanChange(f.name, a, b))
    return changes


def changed_parts(versions: Sequence[SafetyPlan]) -> list[list[str]]:
    """For each version after the first, the names of the parts it changed."""
    return [[c.part for c in plan_differences(a, b)] for a, b in zip(versions, versions[1:],
                                                                     strict=False)]
