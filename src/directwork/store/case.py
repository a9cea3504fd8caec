"""Gathering one child's whole case from the vault, for summaries and co-review."""

from __future__ import annotations

from sqlalchemy.orm import Session

from directwork.domain.case import Case, PlanAgreementRecord, current_plan
from directwork.domain.records import (
    AgencyInvolvement,
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
from directwork.store import records
from directwork.store.schema import MetaRow

# Vault meta keys a summary reads for "who wrote this and how to reach them".
PRACTITIONER_CONTACT_KEY = "practitioner_contact"


def _meta(session: Session, key: str) -> str:
    row = session.get(MetaRow, key)
    return row.value if row else ""


def plan_agreement_history(session: Session, plan_id: str) -> list[PlanAgreementRecord]:
    """Who had agreed at each saved revision of a plan, oldest first."""
    return [PlanAgreementRecord(rev=p.rev, saved_at=p.updated_at, status=p.status,
                                agreements=list(p.agreements))
            for p in records.list_revisions(session, SafetyPlan, plan_id) if not p.deleted]


def load_case(session: Session, child_id: str, *, plan_id: str | None = None) -> Case:
    """The child's current record with everything around it. ``plan_id`` chooses the plan
    (default: the plan in force, see ``current_plan``). Raises RecordNotFound for an unknown
    child."""
    child = records.get_document(session, Child, child_id)
    plans = records.list_documents(session, SafetyPlan, child_id)
    plan = current_plan(plans, plan_id)
    if plan_id is not None and plan is None:
        plan = records.get_document(session, SafetyPlan, plan_id)
        if plan.child_id != child_id or plan.deleted:
            raise records.InvalidRecord("that safety plan is not one of this child's plans")
    coreview = records.list_entries(session, CoReviewResponse, child_id)
    summaries = records.list_entries(session, SummaryGiven, child_id)
    if plan is not None:
        coreview = [r for r in coreview if r.plan_id == plan.id]
    return Case(
        child=child,
        practitioner_name=child.practitioner_name or _meta(session, "practitioner_name"),
        practitioner_contact=_meta(session, PRACTITIONER_CONTACT_KEY),
        team=child.team or _meta(session, "team"),
        people=records.list_documents(session, Person, child_id),
        agencies=records.list_documents(session, AgencyInvolvement, child_id),
        contexts=records.list_documents(session, Context, child_id),
        plan=plan,
        plan_history=plan_agreement_history(session, plan.id) if plan else [],
        visits=records.list_documents(session, Visit, child_id),
        voice=records.list_entries(session, VoiceEntry, child_id),
        drawings=records.list_entries(session, Drawing, child_id),
        recordings=records.list_entries(session, Recording, child_id),
        pictures=[p for p in records.list_entries(session, PictureChoice, child_id)
                  if plan is not None and p.plan_id == plan.id],
        notes=records.list_entries(session, VisitNote, child_id),
        level_decisions=records.list_entries(session, SafetyLevelDecision, child_id),
        sign_offs=records.list_entries(session, LevelSignOff, child_id),
        key_moments=records.list_entries(session, KeyMoment, child_id),
        key_moment_responses=records.list_entries(session, KeyMomentResponse, child_id),
        reviews=records.list_entries(session, Review, child_id),
        concerns=records.list_documents(session, Concern, child_id),
        escalation_steps=records.list_entries(session, EscalationStep, child_id),
        referrals=records.list_documents(session, Referral, child_id),
        info_sharing=records.list_entries(session, InformationSharing, child_id),
        coreview=coreview,
        summaries_given=summaries,
    )
