"""Gathering one child's whole case from the vault, for summaries and co-review."""

from __future__ import annotations

from typing import TypeVar, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from directwork.domain.case import Case, PlanAgreementRecord, current_plan
from directwork.domain.policy import Policy, load_policy
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
from directwork.domain.redaction import in_force
from directwork.domain.revisions import rev_number
from directwork.domain.rules.reviews import review_schedule
from directwork.domain.rules.workdays import local_date
from directwork.domain.withholding import safest_head
from directwork.store import records
from directwork.store.mapping import from_row, row_class
from directwork.store.schema import MetaRow

D = TypeVar("D", Person, Context)

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


def _newest_first(doc: Person | Context) -> tuple[int, str]:
    return (-rev_number(doc.rev), doc.rev)


def people_or_places(session: Session, cls: type[D], child_id: str) -> tuple[list[D], list[D]]:
    """The child's people (or places), failing closed for what a child or carer may see:
    one version of each live record, with the marks of every head joined (any head that marks
    it of concern, withheld or restricted makes it so: ``withholding.safest_head``); and every
    other version (other heads, earlier revisions, deleted records), whose names the redaction
    policy looks for too."""
    table = row_class(cls.KIND)
    rows = session.execute(select(table).where(table.child_id == child_id)
                           .order_by(table.created_at, table.id)).scalars().all()
    versions: dict[str, list[D]] = {}
    heads: dict[str, list[D]] = {}
    for row in rows:
        doc = cast(D, from_row(cls.KIND, row))
        versions.setdefault(doc.id, []).append(doc)
        if row.is_head:
            heads.setdefault(doc.id, []).append(doc)
    current: list[D] = []
    others: list[D] = []
    for doc_id, every in versions.items():
        tops: list[D] = sorted(heads.get(doc_id, []), key=_newest_first)
        live: list[D] = [h for h in tops if not h.deleted]
        if not live:
            others += every
            continue
        chosen = safest_head([live[0]] + [h for h in tops if h is not live[0]])
        current.append(chosen)
        others += [v for v in every if v.rev != chosen.rev]
    return current, others


def load_case(session: Session, child_id: str, *, plan_id: str | None = None,
              policy: Policy | None = None) -> Case:
    """The child's current record with everything around it. ``plan_id`` chooses the plan
    (default: the plan in force, see ``current_plan``). ``next_review`` is the date every
    screen shows (``reviews.review_schedule`` under ``policy``, default the service's).
    Raises RecordNotFound for an unknown child."""
    child = records.get_document(session, Child, child_id)
    plans = records.list_documents(session, SafetyPlan, child_id)
    plan = current_plan(plans, plan_id)
    if plan_id is not None and plan is None:
        plan = records.get_document(session, SafetyPlan, plan_id)
        if plan.child_id != child_id or plan.deleted:
            raise records.InvalidRecord("that safety plan is not one of this child's plans")
    plan_other_heads = ([h for h in records.get_heads(session, SafetyPlan, plan.id)
                         if h.rev != plan.rev] if plan is not None else [])
    coreview = records.list_entries(session, CoReviewResponse, child_id)
    summaries = records.list_entries(session, SummaryGiven, child_id)
    if plan is not None:
        coreview = [r for r in coreview if r.plan_id == plan.id]
    moments = records.list_entries(session, KeyMoment, child_id)
    responses = records.list_entries(session, KeyMomentResponse, child_id)
    reviews = records.list_entries(session, Review, child_id)
    next_review = None
    if child.created_at is not None:
        next_review = review_schedule(local_date(child.created_at), reviews, moments, responses,
                                      plans, policy or load_policy()).due
    voice = records.list_entries(session, VoiceEntry, child_id, effective=False)
    people, other_people = people_or_places(session, Person, child_id)
    contexts, other_contexts = people_or_places(session, Context, child_id)
    return Case(
        child=child,
        practitioner_name=child.practitioner_name or _meta(session, "practitioner_name"),
        practitioner_contact=_meta(session, PRACTITIONER_CONTACT_KEY),
        team=child.team or _meta(session, "team"),
        people=people,
        agencies=records.list_documents(session, AgencyInvolvement, child_id),
        contexts=contexts,
        plan=plan,
        plan_other_heads=plan_other_heads,
        plan_history=plan_agreement_history(session, plan.id) if plan else [],
        visits=records.list_documents(session, Visit, child_id),
        voice=in_force(voice),
        voice_versions=voice,
        drawings=records.list_entries(session, Drawing, child_id),
        recordings=records.list_entries(session, Recording, child_id),
        pictures=[p for p in records.list_entries(session, PictureChoice, child_id)
                  if plan is not None and p.plan_id == plan.id],
        notes=records.list_entries(session, VisitNote, child_id),
        level_decisions=records.list_entries(session, SafetyLevelDecision, child_id),
        sign_offs=records.list_entries(session, LevelSignOff, child_id),
        key_moments=moments,
        key_moment_responses=responses,
        reviews=reviews,
        concerns=records.list_documents(session, Concern, child_id),
        escalation_steps=records.list_entries(session, EscalationStep, child_id),
        referrals=records.list_documents(session, Referral, child_id),
        info_sharing=records.list_entries(session, InformationSharing, child_id),
        coreview=coreview,
        summaries_given=summaries,
        next_review=next_review,
        other_versions=[*other_people, *other_contexts],
    )
