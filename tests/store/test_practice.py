"""The practice services on a real vault: each write applies its rule, refuses with the
reasons and writes nothing when the rule is broken, and the practice check sees the result."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest

from directwork.domain.policy import Policy, load_policy
from directwork.domain.records import (
    Agreement,
    Child,
    Concern,
    ConcernStatus,
    Contingency,
    EscalationStep,
    InformationSharing,
    KeyMoment,
    KeyMomentResponse,
    KeyMomentType,
    Level,
    PlanAction,
    PlanStatus,
    Recipient,
    Referral,
    ResponseOutcome,
    Review,
    SafetyGoal,
    SafetyPlan,
    Scaling,
    Severity,
    Telling,
    Visit,
    VoiceEntry,
    Worry,
)
from directwork.domain.rules.practice_check import Category
from directwork.store import practice, records
from directwork.store.practice import PlanNotAgreeable, PracticeRuleError
from directwork.store.vault import Vault


@pytest.fixture
def policy() -> Policy:
    return load_policy(env={})


@pytest.fixture
def ready(vault: Vault, clock):  # the conftest FixedClock
    """A vault on a fixed clock (Monday 2 March 2026, 09:30 UTC) holding one child, Jay."""
    vault.clock = clock
    with vault.transaction() as s:
        jay = records.save_document(s, Child(given_name="Jayden", preferred_name="Jay",
                                             family_name="Smith", team="North",
                                             practitioner_id=vault.practitioner_id))
    return vault, jay


def items_for(vault: Vault, policy: Policy, category: Category):
    with vault.session() as s:
        return [i for i in practice.due_items(s, policy) if i.category is category]


def test_a_missing_episode_shows_its_return_interview_until_it_is_recorded(ready, clock, policy) -> None:
    vault, jay = ready
    back = clock.now - timedelta(hours=2)
    with vault.transaction() as s:
        km = practice.record_key_moment(s, KeyMoment(
            child_id=jay.id, moment_type=KeyMomentType.MISSING, occurred_at=back - timedelta(hours=30),
            returned_at=back), policy)
    assert km.response == "Hold a return interview"
    assert km.response_due == back + timedelta(hours=72)
    [item] = items_for(vault, policy, Category.KEY_MOMENT)
    assert not item.overdue and item.record_id == km.id and item.child_name == "Jay Smith"
    with vault.transaction() as s:
        practice.record_response(s, km.id, ResponseOutcome.OFFERED)
    clock.advance(hours=71)
    [item] = items_for(vault, policy, Category.KEY_MOMENT)
    assert item.overdue and "not yet held" in item.what, "offered is not held"
    with pytest.raises(PracticeRuleError, match="why the child declined"), vault.transaction() as s:
        practice.record_response(s, km.id, ResponseOutcome.DECLINED, reason=" ")
    with vault.transaction() as s:
        practice.record_response(s, km.id, ResponseOutcome.DECLINED,
                                 reason="Jay did not want to talk; offered again with his aunt")
    assert items_for(vault, policy, Category.KEY_MOMENT) == []
    with pytest.raises(PracticeRuleError, match="already recorded"), vault.transaction() as s:
        practice.record_response(s, km.id, ResponseOutcome.HELD)


def test_a_disclosure_stays_at_the_top_until_who_was_told_is_recorded(ready, clock,
                                                                       policy) -> None:
    vault, jay = ready
    said = clock.now - timedelta(minutes=20)
    with vault.transaction() as s:
        km = practice.record_key_moment(s, KeyMoment(
            child_id=jay.id, moment_type=KeyMomentType.DISCLOSURE, occurred_at=said), policy)
    assert km.response_due == said
    with vault.session() as s:
        first = practice.due_items(s, policy)[0]
    assert first.category is Category.NOW and first.record_id == km.id
    with pytest.raises(PracticeRuleError, match="always passed on"), vault.transaction() as s:
        practice.record_response(s, km.id, ResponseOutcome.NOT_DONE, reason="Not serious")
    with pytest.raises(PracticeRuleError, match="Record who you told"), vault.transaction() as s:
        practice.record_response(s, km.id, ResponseOutcome.DONE)
    with vault.session() as s:
        assert records.list_entries(s, KeyMomentResponse, jay.id) == []
    told = [Telling(whom=Recipient.DSL_MANAGER, at=said + timedelta(minutes=10), name=" Pat Lead "),
            Telling(whom=Recipient.CHILDRENS_SOCIAL_CARE, at=clock.now)]
    with vault.transaction() as s:
        practice.record_response(s, km.id, ResponseOutcome.DONE, told=told)
    assert items_for(vault, policy, Category.NOW) == []
    with vault.session() as s:
        [saved] = records.list_entries(s, KeyMomentResponse, jay.id)
    assert [(t.whom, t.at, t.name) for t in saved.told] == [
        (Recipient.DSL_MANAGER, said + timedelta(minutes=10), "Pat Lead"),
        (Recipient.CHILDRENS_SOCIAL_CARE, clock.now, "")]


def test_the_return_interview_clock_starts_when_the_return_is_recorded(ready, clock, policy) -> None:
    vault, jay = ready
    with vault.transaction() as s:
        km = practice.record_key_moment(s, KeyMoment(
            child_id=jay.id, moment_type=KeyMomentType.MISSING, occurred_at=clock.now), policy)
    assert km.response_due is None
    [item] = items_for(vault, policy, Category.KEY_MOMENT)
    assert item.due is None and "record the return" in item.what
    clock.advance(hours=20)
    with vault.transaction() as s:
        practice.record_return(s, km.id, clock.now, policy)
    [item] = items_for(vault, policy, Category.KEY_MOMENT)
    assert item.due == clock.now + timedelta(hours=72)
    with vault.session() as s:  # the first record is kept, corrected, not overwritten
        assert len(records.list_entries(s, KeyMoment, jay.id, effective=False)) == 2


def test_not_done_without_a_reason_is_refused_and_nothing_is_saved(ready, clock, policy) -> None:
    vault, jay = ready
    with vault.transaction() as s:
        km = practice.record_key_moment(s, KeyMoment(
            child_id=jay.id, moment_type=KeyMomentType.ARREST, occurred_at=clock.now), policy)
    with pytest.raises(PracticeRuleError, match="Say why it was not done"), vault.transaction() as s:
        practice.record_response(s, km.id, ResponseOutcome.NOT_DONE, reason="  ")
    with vault.session() as s:
        assert records.list_entries(s, KeyMomentResponse, jay.id) == []
    with vault.transaction() as s:
        practice.record_response(s, km.id, ResponseOutcome.NOT_DONE,
                                 reason="Reviewed at the strategy meeting instead")
    with pytest.raises(PracticeRuleError, match="already recorded"), vault.transaction() as s:
        practice.record_response(s, km.id, ResponseOutcome.DONE)


def plan_for(child_id: str, *, owner: str = "Mum") -> SafetyPlan:
    return SafetyPlan(
        child_id=child_id,
        worries=[Worry(id="w1", text="Jay goes missing at night")],
        goals=[SafetyGoal(id="g1", worry_id="w1", text="Jay is home by 9pm")],
        actions=[PlanAction(id="a1", what="Phone Jay at 8.30pm", owner=owner, agency="family",
                            due=date(2026, 3, 20))],
        contingency=[Contingency(if_this="Jay is not home", then_that="Mum rings Jay", call="101")],
    )


def test_agreeing_a_plan_with_an_ownerless_action_is_refused_naming_the_action(ready, policy) -> None:
    vault, jay = ready
    with vault.transaction() as s:
        draft = records.save_document(s, plan_for(jay.id, owner=""))
    with pytest.raises(PlanNotAgreeable) as caught, vault.transaction() as s:
        practice.agree_plan(s, draft, [Agreement(who="Jay", role="child")], policy)
    [problem] = caught.value.problems
    assert (problem.part, problem.index, problem.item_id) == ("actions", 0, "a1")
    assert "has no owner" in caught.value.message and "Nothing was saved" in caught.value.message
    with vault.session() as s:
        assert [p.status for p in records.list_revisions(s, SafetyPlan, draft.id)] == [PlanStatus.DRAFT]


def test_agreeing_saves_an_agreed_version_and_supersedes_the_one_before(ready, clock, policy) -> None:
    vault, jay = ready
    with vault.transaction() as s:
        first = practice.agree_plan(s, records.save_document(s, plan_for(jay.id)),
                                    [Agreement(who="Jay", role="child")], policy)
    assert first.status is PlanStatus.AGREED
    assert first.agreements[0].agreed_at == clock.now
    assert first.next_review == date(2026, 6, 2)  # the case started today: 3 months on
    clock.advance(days=7)
    with vault.transaction() as s:
        second = records.save_document(s, plan_for(jay.id))
        second = practice.agree_plan(s, second, [Agreement(who="Jay", role="child"),
                                                 Agreement(who="Mum", role="carer")], policy)
    with vault.session() as s:
        statuses = {p.id: p.status for p in records.list_documents(s, SafetyPlan, jay.id)}
        assert statuses == {first.id: PlanStatus.SUPERSEDED, second.id: PlanStatus.AGREED}
        assert [i for i in practice.due_items(s, policy) if i.category is Category.PLAN] == []


def test_agreeing_an_out_of_date_version_is_refused(ready, policy) -> None:
    vault, jay = ready
    with vault.transaction() as s:
        v1 = records.save_document(s, plan_for(jay.id))
        records.save_document(s, dataclasses.replace(v1, child_section="My words"))
    with pytest.raises(PlanNotAgreeable, match="changed since it was opened"), vault.transaction() as s:
        practice.agree_plan(s, v1, [Agreement(who="Jay")], policy)


def test_completing_a_review_schedules_the_next_and_closes_the_plan_review_it_answers(
        ready, clock, policy) -> None:
    vault, jay = ready
    with vault.transaction() as s:
        arrest = practice.record_key_moment(s, KeyMoment(
            child_id=jay.id, moment_type=KeyMomentType.ARREST, occurred_at=clock.now), policy)
    with vault.session() as s:
        assert practice.review_schedule_of(s, jay.id, policy).brought_forward
    clock.advance(days=2)
    with pytest.raises(PracticeRuleError, match="within 3 months"), vault.transaction() as s:
        practice.complete_review(s, Review(child_id=jay.id, next_review=date(2026, 7, 1)), policy)
    with vault.transaction() as s:
        review = practice.complete_review(s, Review(
            child_id=jay.id, what_changed="Curfew added", new_level=Level.HIGH), policy)
    assert review.next_review == date(2026, 6, 4)
    with vault.session() as s:
        [state] = practice.key_moment_states(s, jay.id, policy)
        assert not state.open and state.key_moment.id == arrest.id
        level = practice.current_level_of(s, jay.id)
        assert level is not None and level.level is Level.HIGH and "Curfew added" in level.decision.reasoning
        assert practice.review_schedule_of(s, jay.id, policy).due == date(2026, 6, 4)


def test_a_level_needs_reasoning_and_is_signed_off_once(ready, policy) -> None:
    vault, jay = ready
    with pytest.raises(PracticeRuleError, match="reasoning"), vault.transaction() as s:
        practice.set_level(s, jay.id, Level.MEDIUM, "")
    with vault.transaction() as s:
        decision = practice.set_level(s, jay.id, Level.MEDIUM, "Missing twice this month")
        practice.sign_off_level(s, decision.id, "Pat Manager")
    with pytest.raises(PracticeRuleError, match="already signed off"), vault.transaction() as s:
        practice.sign_off_level(s, decision.id, "Pat Manager")
    with vault.session() as s:
        level = practice.current_level_of(s, jay.id)
        assert level is not None and level.signed_off and level.sign_off.manager == "Pat Manager"
    with vault.transaction() as s:
        practice.set_level(s, jay.id, Level.HIGH, "Threats from older boys")
    with vault.session() as s:
        standing = practice.level_standing_of(s, jay.id)
    assert standing.signed_off is not None and standing.signed_off.level is Level.MEDIUM
    assert standing.awaiting is not None and standing.awaiting.level is Level.HIGH


def test_a_concern_past_its_clock_names_the_next_step_and_escalating_restarts_it(
        ready, clock, policy) -> None:
    vault, jay = ready
    with vault.transaction() as s:
        concern = practice.raise_concern(s, Concern(child_id=jay.id, summary="School not sharing",
                                                    severity=Severity.MEDIUM), policy)
    [item] = items_for(vault, policy, Category.CONCERN)
    assert not item.overdue and "practitioner discussion" in item.what
    clock.advance(days=8)  # Tuesday 10 March: five working days have passed
    [item] = items_for(vault, policy, Category.CONCERN)
    assert item.overdue and "escalate to line manager" in item.what
    with vault.transaction() as s:
        step = practice.escalate(s, concern.id, policy)
    assert step.step == 1 and step.to_whom == "Line manager"
    with vault.session() as s:
        state = practice.concern_status(s, concern.id, policy)
    assert state.step.key == "line_manager" and not state.clock_run_out
    with vault.transaction() as s:
        practice.record_step_outcome(s, step, "Manager agreed a meeting with the school")
    with vault.session() as s:
        assert practice.concern_status(s, concern.id, policy).answered


def test_an_immediate_danger_concern_is_at_the_top_with_999_social_care_and_police(
        ready, policy) -> None:
    vault, jay = ready
    with vault.transaction() as s:
        concern = practice.raise_concern(s, Concern(child_id=jay.id, summary="Threat with a knife",
                                                    severity=Severity.IMMEDIATE), policy)
    with vault.session() as s:
        first = practice.due_items(s, policy)[0]
    assert first.category is Category.NOW and first.record_id == concern.id and first.overdue
    assert "call 999" in first.what and "children's social care" in first.what
    assert "partnership" not in first.what
    with vault.session() as s:
        [step] = records.list_entries(s, EscalationStep, jay.id)
    # The designated safeguarding lead is told at once; the ladder stays for disagreements.
    assert policy.ladder[step.step].key == "service_manager"
    with vault.transaction() as s:
        up = practice.escalate(s, concern.id, policy)
    assert up.step == policy.top_step


def test_closing_a_concern_needs_its_outcome_and_who_was_told(ready, policy) -> None:
    vault, jay = ready
    with vault.transaction() as s:
        concern = practice.raise_concern(s, Concern(child_id=jay.id, summary="Peer threats",
                                                    severity=Severity.LOW), policy)
    with pytest.raises(PracticeRuleError, match="carers were told"), vault.transaction() as s:
        practice.close_concern(s, concern, "Police spoke to the peers", True, None)
    with vault.transaction() as s:
        closed = practice.close_concern(s, concern, "Police spoke to the peers", True, False)
    assert closed.status is ConcernStatus.CLOSED and closed.carers_told is False
    assert items_for(vault, policy, Category.CONCERN) == []


def test_a_referral_carries_its_acknowledgement_clock(ready, clock, policy) -> None:
    vault, jay = ready
    with vault.transaction() as s:
        referral = practice.make_referral(s, Referral(child_id=jay.id), policy)
    assert referral.ack_due == datetime(2026, 3, 3, 23, 59, 59, tzinfo=UTC)
    clock.advance(days=1, hours=15)
    [item] = items_for(vault, policy, Category.REFERRAL)
    assert item.overdue
    with vault.transaction() as s:
        practice.acknowledge_referral(s, referral, reference="CSC-123")
    assert items_for(vault, policy, Category.REFERRAL) == []


def test_a_decision_not_to_share_needs_its_reason(ready, policy) -> None:
    vault, jay = ready
    entry = InformationSharing(child_id=jay.id, shared=False, what="Address of new placement",
                               with_whom="Mum's partner")
    with pytest.raises(PracticeRuleError, match="why it was not shared"), vault.transaction() as s:
        practice.log_information_sharing(s, entry)
    with pytest.raises(PracticeRuleError, match="on what basis"), vault.transaction() as s:
        practice.log_information_sharing(s, dataclasses.replace(entry, shared=True, why="Asked"))
    with vault.transaction() as s:
        saved = practice.log_information_sharing(s, dataclasses.replace(
            entry, why="Court order restricts contact"))
    assert saved.at is not None and not saved.shared


def test_the_check_filters_by_practitioner_and_team_and_sees_worker_changes_and_visits(
        ready, clock, policy) -> None:
    vault, jay = ready
    with vault.transaction() as s:
        other = records.save_document(s, Child(given_name="Alex", team="South",
                                               practitioner_id="someone-else"))
        records.save_document(s, Visit(child_id=jay.id, started_at=clock.now))
    clock.advance(days=16)
    with vault.transaction() as s:
        current = records.get_document(s, Child, other.id)
        records.save_document(s, dataclasses.replace(current, practitioner_id="new-worker"))
    with vault.session() as s:
        mine = practice.due_items(s, policy, practitioner_id=vault.practitioner_id)
        south = practice.due_items(s, policy, team="South")
    assert {i.child_id for i in mine} == {jay.id}
    assert {i.child_id for i in south} == {other.id}
    assert any(i.category is Category.NOT_SEEN and i.what == "Not seen since Mon 2 Mar 2026"
               for i in mine)
    assert any(i.category is Category.WORKER_CHANGED for i in south)
    assert not any(i.category is Category.WORKER_CHANGED for i in mine)


def test_plan_versions_scores_and_timeline_come_from_the_vault(ready, clock, policy) -> None:
    vault, jay = ready
    with vault.transaction() as s:
        plan = records.save_document(s, dataclasses.replace(
            plan_for(jay.id), scores=[Scaling(person="Jay", role="child", score=3, on=date(2026, 3, 2))]))
        first = practice.agree_plan(s, plan, [Agreement(who="Jay")], policy)
        practice.record_key_moment(s, KeyMoment(child_id=jay.id, moment_type=KeyMomentType.ARREST,
                                                occurred_at=clock.now), policy)
    clock.advance(days=1)
    with vault.transaction() as s:
        records.add_entry(s, VoiceEntry(child_id=jay.id, text="I feel safer", scale=6))
        second = practice.agree_plan(s, dataclasses.replace(first, child_section="My words"),
                                     [Agreement(who="Jay")], policy)
        practice.complete_review(s, Review(child_id=jay.id), policy)
    with vault.session() as s:
        versions = practice.plan_versions(s, plan.id)
        scores = practice.score_history(s, jay.id)
        events = practice.case_timeline(s, jay.id)
        since = practice.voice_since_last_review(s, jay.id)
    assert [status for _p, status in versions] == [PlanStatus.DRAFT, PlanStatus.SUPERSEDED,
                                                   PlanStatus.AGREED]
    assert versions[-1][0].rev == second.rev
    assert [p.score for p in scores["Jay"]] == [3, 6]
    assert [e.label for e in events] == ["Arrest", "Review"]
    assert since == []
