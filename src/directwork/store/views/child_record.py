"""The child record: the whole case (``store.case.load_case``), with the visits newest first,
who viewed and changed what, and today's date on the vault's clock (in London)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from directwork.domain.case import Case
from directwork.domain.recordings import RecordingUse
from directwork.domain.records import (
    AgencyInvolvement,
    Child,
    Concern,
    Context,
    KeyMoment,
    Person,
    Review,
    SafetyLevelDecision,
    SafetyPlan,
    Visit,
    VoiceEntry,
)
from directwork.domain.rules.levels import LevelStanding, level_standing
from directwork.domain.rules.workdays import local_date
from directwork.store import audit, records
from directwork.store.case import load_case
from directwork.store.context import now_of

_EARLIEST = datetime.min.replace(tzinfo=UTC)


@dataclass(frozen=True)
class ChildRecordView:
    """What the child record shows. ``case.plan`` is the newest plan (a draft being written
    shows here before it is agreed); ``visits`` are newest first."""

    case: Case
    today: date
    visits: list[Visit]
    events: list[audit.AuditEvent]

    @property
    def child(self) -> Child:
        return self.case.child

    @property
    def level(self) -> SafetyLevelDecision | None:
        return self.case.current_level

    @property
    def standing(self) -> LevelStanding:
        """The signed-off level, and a newer decision awaiting sign-off."""
        return level_standing(self.case.level_decisions, self.case.sign_offs)

    @property
    def next_review(self) -> date | None:
        """When the next review is due: the date every screen shows."""
        return self.case.next_review

    @property
    def plan(self) -> SafetyPlan | None:
        return self.case.plan

    @property
    def recording_use(self) -> RecordingUse:
        """How much of the child's allowance their current recordings take."""
        found = self.case.recordings
        return RecordingUse(count=len(found), size=sum(len(r.audio) for r in found),
                            seconds=sum(r.duration_ms for r in found) / 1000)

    @property
    def voice(self) -> list[VoiceEntry]:
        return self.case.voice

    @property
    def people(self) -> list[Person]:
        return self.case.people

    @property
    def agencies(self) -> list[AgencyInvolvement]:
        return self.case.agencies

    @property
    def contexts(self) -> list[Context]:
        return self.case.contexts

    @property
    def key_moments(self) -> list[KeyMoment]:
        return self.case.key_moments

    @property
    def reviews(self) -> list[Review]:
        return self.case.reviews

    @property
    def concerns(self) -> list[Concern]:
        return self.case.concerns

    def open_visit(self) -> Visit | None:
        """The most recent visit not yet ended (after a crash, or left to finish later)."""
        return next((v for v in self.visits if v.ended_at is None), None)


def load_child_record(session: Session, child_id: str) -> ChildRecordView:
    """Everything the child record shows, in one read. Raises RecordNotFound for an unknown
    child."""
    plans = records.list_documents(session, SafetyPlan, child_id)
    plans.sort(key=lambda p: p.updated_at or p.created_at or _EARLIEST)
    newest = plans[-1] if plans else None
    case = load_case(session, child_id, plan_id=newest.id if newest else None)
    visits = sorted(case.visits, key=lambda v: v.started_at or v.created_at or _EARLIEST,
                    reverse=True)
    return ChildRecordView(case=case, today=local_date(now_of(session)), visits=visits,
                           events=audit.events_for_child(session, child_id))

