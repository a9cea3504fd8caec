"""The safety plan screens: what the editor needs to open a plan, and a plan's versions."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from directwork.domain import codec
from directwork.domain.records import (
    AgencyInvolvement,
    Child,
    Person,
    PersonRole,
    PlanStatus,
    SafetyPlan,
)
from directwork.domain.revisions import rev_number
from directwork.domain.rules.plans import version_statuses
from directwork.domain.rules.workdays import local_date
from directwork.store import drafts, records
from directwork.store.context import now_of

_EARLIEST = datetime.min.replace(tzinfo=UTC)


@dataclass(frozen=True)
class PlanFacts:
    """What the editor needs: the child, the plan's current revision (None for a new plan),
    how many heads it has, and who could agree it."""

    child: Child
    plan: SafetyPlan | None
    heads: int
    now: datetime
    carers: list[Person] = field(default_factory=list)
    agencies: list[AgencyInvolvement] = field(default_factory=list)
    draft: SafetyPlan | None = None  # changes typed but not saved, kept in the vault

    @property
    def today(self) -> date:
        return local_date(self.now)


def plan_draft_key(child_id: str, base: SafetyPlan | None) -> str:
    """Unsaved changes are kept per child and per revision they were typed on."""
    return f"plan:{child_id}:{base.rev if base else 'new'}"


def working_plan(session: Session, child_id: str) -> SafetyPlan | None:
    """The plan being worked on: the newest one not superseded (a new draft revising an
    agreed plan, once there is one)."""
    plans = [p for p in records.list_documents(session, SafetyPlan, child_id)
             if p.status is not PlanStatus.SUPERSEDED]
    plans.sort(key=lambda p: p.updated_at or p.created_at or _EARLIEST)
    return plans[-1] if plans else None


def load_plan_facts(session: Session, child_id: str, plan_id: str | None = None) -> PlanFacts:
    """Open ``plan_id`` (default: the plan being worked on) in the editor, with any changes
    typed on it and not yet saved."""
    child = records.get_document(session, Child, child_id)
    plan = (records.get_document(session, SafetyPlan, plan_id) if plan_id
            else working_plan(session, child_id))
    heads = len(records.get_heads(session, SafetyPlan, plan.id)) if plan else 0
    people = records.list_documents(session, Person, child_id)
    carers = [p for p in people if p.role is PersonRole.CARER and not p.of_concern]
    agencies = [a for a in records.list_documents(session, AgencyInvolvement, child_id) if a.active]
    kept = drafts.load_draft(session, plan_draft_key(child_id, plan))
    draft = None
    if kept:
        try:
            found = codec.record_from_dict(json.loads(kept))
            draft = found if isinstance(found, SafetyPlan) else None
        except (ValueError, codec.DecodeError):
            draft = None  # a draft from an older version that no longer fits: the plan stands
    return PlanFacts(child, plan, heads, now_of(session), carers, agencies, draft)


@dataclass(frozen=True)
class PlanVersions:
    """Every revision of one plan, the heads (two laptops' edits of one version), and each
    revision's status as a version."""

    revisions: list[SafetyPlan]  # oldest first
    heads: list[SafetyPlan]  # highest first
    statuses: dict[str, PlanStatus]

    def name(self, plan: SafetyPlan) -> str:
        """"Version 3 (agreed)", with "laptop A"/"laptop B" on two laptops' edits."""
        number = rev_number(plan.rev)
        mark = ""
        if len(self.heads) > 1 and any(h.rev == plan.rev for h in self.heads):
            mark = f", laptop {'AB'[[h.rev for h in self.heads].index(plan.rev)]}" \
                if len(self.heads) == 2 else ", one of the heads"
        return f"Version {number} ({self.statuses[plan.rev].value}{mark})"


def load_versions(session: Session, plan_id: str) -> PlanVersions:
    revisions = records.list_revisions(session, SafetyPlan, plan_id)
    return PlanVersions(revisions, records.get_heads(session, SafetyPlan, plan_id),
                        version_statuses(revisions))
