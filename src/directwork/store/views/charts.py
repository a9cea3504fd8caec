"""The progress charts: each person's 0-10 scores over time (from what was said on visits and
the scores on the plan), and a timeline of key moments, reviews and concerns."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from sqlalchemy.orm import Session

from directwork.domain.records import (
    Child,
    Concern,
    KeyMoment,
    KeyMomentType,
    Level,
    Review,
    SafetyPlan,
    Severity,
    Speaker,
    VoiceEntry,
)
from directwork.domain.rules.keymoments import MOMENT_LABELS
from directwork.domain.rules.workdays import local_date
from directwork.store import records
from directwork.store.context import now_of

LANES = ("Key moments", "Reviews", "Concerns")


@dataclass(frozen=True)
class ScorePoint:
    on: date
    who: str
    score: int
    source: str  # "said on a visit" or "on the plan"


@dataclass(frozen=True)
class TimelineEvent:
    """One mark on the timeline. ``label`` is its English words; the parts it is made of
    (the key moment's kind, the review's new level, the concern's own words and whether it was
    immediate danger) are kept too, so the interface can say it in its own language."""

    at: datetime
    lane: str  # one of LANES
    label: str
    moment: KeyMomentType | None = None
    level: Level | None = None
    words: str = ""
    immediate: bool = False


def midday(day: date) -> datetime:
    """Where a day's score sits on a time axis shared with events."""
    return datetime.combine(day, time(12), tzinfo=UTC)


@dataclass(frozen=True)
class ChartData:
    child_name: str
    now: datetime
    scores: list[ScorePoint] = field(default_factory=list)
    events: list[TimelineEvent] = field(default_factory=list)

    def time_range(self) -> tuple[datetime, datetime]:
        """One range for both charts, so a score and a key moment on the same day line up."""
        moments = [midday(p.on) for p in self.scores] + [e.at for e in self.events]
        start = min(moments, default=self.now)
        return start, max([*moments, self.now])

    def series(self) -> dict[str, list[ScorePoint]]:
        """Each person's scores, oldest first."""
        out: dict[str, list[ScorePoint]] = defaultdict(list)
        for p in sorted(self.scores, key=lambda p: (p.on, p.who)):
            out[p.who].append(p)
        return dict(out)


def load_chart_data(session: Session, child_id: str) -> ChartData:
    child = records.get_document(session, Child, child_id)
    points: set[ScorePoint] = set()
    for v in records.list_entries(session, VoiceEntry, child_id):
        if v.scale is not None and v.created_at is not None:
            who = v.speaker_name or ("Child" if v.speaker is Speaker.CHILD else v.speaker.value)
            points.add(ScorePoint(local_date(v.created_at), who, v.scale, "said on a visit"))
    for plan in records.list_documents(session, SafetyPlan, child_id):
        for revision in records.list_revisions(session, SafetyPlan, plan.id):
            for s in revision.scores:
                if s.person and s.on is not None:
                    points.add(ScorePoint(s.on, s.person, s.score, "on the plan"))
    # The same person, day and score said twice (on a visit and on the plan) is one answer.
    unique = {(p.on, p.who, p.score): p for p in sorted(points, key=lambda p: p.source)}
    events = []
    for km in records.list_entries(session, KeyMoment, child_id):
        if km.occurred_at:
            events.append(TimelineEvent(km.occurred_at, "Key moments",
                                        MOMENT_LABELS[km.moment_type], moment=km.moment_type))
    for review in records.list_entries(session, Review, child_id):
        if review.held_at:
            level = f", {review.new_level.label}" if review.new_level else ""
            events.append(TimelineEvent(review.held_at, "Reviews", f"Review{level}",
                                        level=review.new_level))
    for concern in records.list_documents(session, Concern, child_id):
        if concern.raised_at:
            immediate = concern.severity is Severity.IMMEDIATE
            serious = " (immediate danger)" if immediate else ""
            events.append(TimelineEvent(concern.raised_at, "Concerns",
                                        f"{concern.summary}{serious}", words=concern.summary,
                                        immediate=immediate))
    events.sort(key=lambda e: e.at)
    return ChartData(child.display_name, now_of(session), sorted(unique.values(),
                     key=lambda p: (p.on, p.who)), events)
