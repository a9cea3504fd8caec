"""Co-review with the child: the plan as the child and as the carers may see it (made by the
redaction policy here, so the window never holds the whole case), and the answers given."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from directwork.domain.case import Case
from directwork.domain.giving import CheckList
from directwork.domain.records import (
    Child,
    CoReviewResponse,
    PersonRole,
    SummaryAudience,
)
from directwork.domain.redaction import family_copy
from directwork.store import records
from directwork.store.case import load_case

ROLES = ("child", "carer")
LANGS = ("en", "cy")


@dataclass(frozen=True)
class CoReviewViews:
    """What the co-review window may show: the child's and the carers' views of the case,
    in English and Welsh, each made by the redaction policy. Nothing else of the case."""

    child_id: str
    plan_id: str
    plan_rev: str
    child_name: str
    carers: list[str]
    views: dict[tuple[str, str], Case] = field(default_factory=dict)
    # What the practitioner checks before co-review starts, for each view (role, language):
    # see gui/summary/check.py.
    checks: dict[tuple[str, str], CheckList] = field(default_factory=dict)

    def view(self, role: str, lang: str) -> Case:
        return self.views[(role, lang)]

    @property
    def child(self) -> Child:
        """The child as the child's own view shows them (their name, their languages)."""
        return self.views[("child", "en")].child


def load_coreview(session: Session, child_id: str, plan_id: str | None = None,
                  edits: dict[str, dict[str, str]] | None = None) -> CoReviewViews:
    """Gather the case and narrow it for the child and for carers. Raises InvalidRecord when
    the child has no plan to look at. ``edits``: the practitioner's changes to lines of each
    copy ("child", "carer"), made at the check before co-review."""
    case = load_case(session, child_id, plan_id=plan_id)
    if case.plan is None:
        raise records.InvalidRecord("This child has no safety plan to look at yet.")
    copies = {(role, lang): family_copy(case, SummaryAudience(role), lang=lang,
                                        edits=(edits or {}).get(role))
              for role in ROLES for lang in LANGS}
    views = {key: copy.view for key, copy in copies.items()}
    carer_view = views[("carer", "en")]
    return CoReviewViews(
        child_id=child_id, plan_id=case.plan.id, plan_rev=case.plan.rev,
        child_name=views[("child", "en")].child.display_name,
        carers=[p.name for p in carer_view.people if p.role is PersonRole.CARER and p.name],
        views=views,
        checks={key: copy.check for key, copy in copies.items()},
    )


def plan_responses(session: Session, child_id: str, plan_id: str) -> list[CoReviewResponse]:
    """Every co-review answer given about one plan."""
    return [r for r in records.list_entries(session, CoReviewResponse, child_id)
            if r.plan_id == plan_id]
