"""Gathering a child's case from the vault, and choosing the summary language."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from directwork.domain.records import (
    Agreement,
    Child,
    CoReviewResponse,
    PlanStatus,
    SafetyPlan,
    SummaryLanguage,
    WelshPreference,
)
from directwork.reports import default_language
from directwork.store import records
from directwork.store.case import load_case
from directwork.store.errors import RecordNotFound


def test_case_holds_the_plan_in_force_its_agreement_history_and_its_coreview(vault, clock
                                                                              ) -> None:
    vault.clock = clock
    with vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Rhys"))
        draft = records.save_document(s, SafetyPlan(child_id=child.id, title="first"))
        agreed = records.save_document(s, dataclasses.replace(
            draft, status=PlanStatus.AGREED,
            agreements=[Agreement(who="Rhys", role="child", agreed_at=clock())]))
        clock.advance(hours=1)
        newer_draft = records.save_document(s, SafetyPlan(child_id=child.id, title="next"))
        records.add_entry(s, CoReviewResponse(child_id=child.id, plan_id=agreed.id,
                                              words="about the agreed plan"))
        records.add_entry(s, CoReviewResponse(child_id=child.id, plan_id=newer_draft.id,
                                              words="about the draft"))
    with vault.session() as s:
        case = load_case(s, child.id)
        chosen = load_case(s, child.id, plan_id=newer_draft.id)
    # An agreed plan stays the plan in force until a newer one is agreed.
    assert case.plan is not None and case.plan.title == "first"
    assert [h.status for h in case.plan_history] == [PlanStatus.DRAFT, PlanStatus.AGREED]
    assert [a.who for a in case.plan_history[1].agreements] == ["Rhys"]
    assert [r.words for r in case.coreview] == ["about the agreed plan"]
    assert case.practitioner_name == "Sam Practitioner"  # from the vault when the child has none
    assert chosen.plan is not None and chosen.plan.title == "next"
    assert [r.words for r in chosen.coreview] == ["about the draft"]


def test_an_unknown_child_is_reported_not_an_empty_case(vault) -> None:
    with vault.session() as s, pytest.raises(RecordNotFound):
        load_case(s, "no-such-child")


@pytest.mark.parametrize(("preference", "language", "expected"), [
    (WelshPreference.WELSH, "English", SummaryLanguage.CY),
    (WelshPreference.BILINGUAL, "English", SummaryLanguage.BOTH),
    (WelshPreference.ENGLISH, "Welsh", SummaryLanguage.EN),
    (WelshPreference.NOT_ASKED, "Cymraeg", SummaryLanguage.CY),
    (WelshPreference.NOT_ASKED, "Polish", SummaryLanguage.EN),
])
def test_summary_language_follows_the_childs_preference(preference, language, expected) -> None:
    child = Child(welsh_preference=preference, language=language,
                  created_at=datetime(2026, 3, 2, tzinfo=UTC))
    assert default_language(child) is expected


def test_the_agency_summary_shows_the_signed_off_level_and_a_newer_one_awaiting_sign_off() -> None:
    from datetime import date

    from directwork.domain.case import Case
    from directwork.domain.records import (
        Child,
        Level,
        LevelSignOff,
        SafetyLevelDecision,
        SummaryLanguage,
    )
    from directwork.domain.redaction import for_agency
    from directwork.reports.agency import build_agency_summary
    from tests.reports.markers import pdf_text

    signed = SafetyLevelDecision(id="d1", child_id="c1", level=Level.MEDIUM, reasoning="Settled",
                                 decided_by_name="Sam", decided_at=datetime(2026, 1, 5, tzinfo=UTC))
    newer = SafetyLevelDecision(id="d2", child_id="c1", level=Level.HIGH, reasoning="Threats",
                                decided_by_name="Sam", decided_at=datetime(2026, 3, 2, tzinfo=UTC))
    case = Case(child=Child(id="c1", child_id="c1", given_name="Jay"),
                level_decisions=[signed, newer],
                sign_offs=[LevelSignOff(id="s1", child_id="c1", decision_id="d1", manager="Priya",
                                        signed_at=datetime(2026, 1, 6, tzinfo=UTC))])
    text = pdf_text(build_agency_summary(for_agency(case), SummaryLanguage.EN, date(2026, 3, 3)))
    assert "Current level: Medium" in text and "Signed off by Priya" in text
    assert "A newer decision is waiting for a manager's sign-off: High" in text
    assert "Current level: High" not in text
