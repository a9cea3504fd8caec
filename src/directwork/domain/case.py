"""Everything about one child, gathered in one object: what summaries and co-review read.

A Case is plain data. The store builds it (store/case.py); the redaction policy
(domain/redaction.py) makes the narrower Case each audience may see; the reports print it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime

from directwork.domain.records import (
    EARLIEST,
    AgencyInvolvement,
    Agreement,
    Child,
    Concern,
    Context,
    CoReviewResponse,
    Drawing,
    EscalationStep,
    InformationSharing,
    KeyMoment,
    KeyMomentResponse,
    LevelSignOff,
    Person,
    PictureChoice,
    PlanStatus,
    Recording,
    Referral,
    Review,
    SafetyLevelDecision,
    SafetyPlan,
    SummaryGiven,
    Visit,
    VisitNote,
    VoiceEntry,
)


class Viewer(enum.StrEnum):
    """Whose view of the case this is: the practitioner's whole record, or one audience's."""

    PRACTITIONER = "practitioner"
    CHILD = "child"
    CARER = "carer"
    AGENCY = "agency"


@dataclass(kw_only=True)
class PlanAgreementRecord:
    """Who had agreed to one saved revision of the safety plan, and its status then."""

    rev: str
    saved_at: datetime | None
    status: PlanStatus
    agreements: list[Agreement] = field(default_factory=list)


@dataclass(kw_only=True)
class Case:
    child: Child
    practitioner_name: str = ""
    practitioner_contact: str = ""
    team: str = ""
    people: list[Person] = field(default_factory=list)
    agencies: list[AgencyInvolvement] = field(default_factory=list)
    contexts: list[Context] = field(default_factory=list)
    plan: SafetyPlan | None = None
    # The other heads of ``plan`` when two laptops changed it and it is not yet settled.
    # Never printed as they are; a child's or carers' copy keeps back every part any of them
    # withholds or holds differently (``redaction.settled_plan``).
    plan_other_heads: list[SafetyPlan] = field(default_factory=list)
    plan_history: list[PlanAgreementRecord] = field(default_factory=list)
    visits: list[Visit] = field(default_factory=list)
    voice: list[VoiceEntry] = field(default_factory=list)
    # Every stored version of every entry of ``voice``: corrected ones and withdrawals too.
    # Never printed; the redaction policy reads them to tell which versions two laptops made
    # of one entry, and whether one withdrew it (domain/redaction.py).
    voice_versions: list[VoiceEntry] = field(default_factory=list)
    drawings: list[Drawing] = field(default_factory=list)
    recordings: list[Recording] = field(default_factory=list)
    pictures: list[PictureChoice] = field(default_factory=list)
    notes: list[VisitNote] = field(default_factory=list)
    level_decisions: list[SafetyLevelDecision] = field(default_factory=list)
    sign_offs: list[LevelSignOff] = field(default_factory=list)
    key_moments: list[KeyMoment] = field(default_factory=list)
    key_moment_responses: list[KeyMomentResponse] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)
    concerns: list[Concern] = field(default_factory=list)
    escalation_steps: list[EscalationStep] = field(default_factory=list)
    referrals: list[Referral] = field(default_factory=list)
    info_sharing: list[InformationSharing] = field(default_factory=list)
    coreview: list[CoReviewResponse] = field(default_factory=list)
    summaries_given: list[SummaryGiven] = field(default_factory=list)
    viewer: Viewer = Viewer.PRACTITIONER
    # When the next review is due: ``rules.reviews.review_schedule``, worked out on the whole
    # case (with the key moments a family copy leaves out), the date every screen shows.
    next_review: date | None = None
    # Every other version of the child's people and places: the other heads of a record two
    # laptops changed, earlier revisions, and records since deleted. Never printed; the
    # redaction policy looks for their names and numbers too (domain/withholding.py).
    other_versions: list[Person | Context] = field(default_factory=list)

    @property
    def current_level(self) -> SafetyLevelDecision | None:
        """The latest level decision: records must show one consistent current level."""
        if not self.level_decisions:
            return None
        return max(self.level_decisions, key=_decided_at)

    def drawing_for(self, entry: VoiceEntry) -> Drawing | None:
        if not entry.drawing_id:
            return None
        return next((d for d in self.drawings if d.id == entry.drawing_id), None)

    def recording_for(self, entry: VoiceEntry) -> Recording | None:
        if not entry.recording_id:
            return None
        return next((r for r in self.recordings if r.id == entry.recording_id), None)

    def sign_off_for(self, decision: SafetyLevelDecision) -> LevelSignOff | None:
        found = [s for s in self.sign_offs if s.decision_id == decision.id]
        return max(found, key=lambda s: s.signed_at or s.created_at or EARLIEST) if found else None

    def response_to(self, moment: KeyMoment) -> KeyMomentResponse | None:
        found = [r for r in self.key_moment_responses if r.key_moment_id == moment.id]
        return found[-1] if found else None

    def steps_for(self, concern: Concern) -> list[EscalationStep]:
        return sorted((s for s in self.escalation_steps if s.concern_id == concern.id),
                      key=lambda s: s.step)


def _decided_at(decision: SafetyLevelDecision) -> datetime:
    return decision.decided_at or decision.created_at or EARLIEST


def current_plan(plans: list[SafetyPlan], plan_id: str | None = None) -> SafetyPlan | None:
    """The plan a summary is about: the one asked for, else the newest that has not been
    replaced (an agreed plan being revised is still the one in force until the new one is
    agreed, so an agreed plan wins over a newer draft)."""
    if plan_id is not None:
        return next((p for p in plans if p.id == plan_id), None)
    live = [p for p in plans if p.status is not PlanStatus.SUPERSEDED]
    pool = live or plans
    if not pool:
        return None
    agreed = [p for p in pool if p.status is PlanStatus.AGREED]
    return max(agreed or pool, key=lambda p: p.updated_at or p.created_at or EARLIEST)
