"""The practice check lists, for one child, everything that needs attention at a fixed time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from directwork.domain.policy import load_policy
from directwork.domain.records import (
    Child,
    Concern,
    Contingency,
    KeyMoment,
    KeyMomentResponse,
    KeyMomentType,
    PlanAction,
    PlanStatus,
    Recipient,
    Referral,
    ResponseOutcome,
    Review,
    SafetyGoal,
    SafetyPlan,
    Severity,
    Telling,
    Visit,
    Worry,
)
from directwork.domain.rules.concerns import concern_response_due, referral_ack_due
from directwork.domain.rules.keymoments import with_required_response
from directwork.domain.rules.practice_check import Category, ChildFacts, practice_check, sort_items

POLICY = load_policy(env={})
NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)  # a Tuesday
START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def child() -> Child:
    return Child(id="c1", child_id="c1", given_name="Jayden", preferred_name="Jay",
                 family_name="Smith", created_at=START)


def agreed_plan() -> SafetyPlan:
    return SafetyPlan(
        id="p1", child_id="c1", rev="2-x", status=PlanStatus.AGREED,
        worries=[Worry(id="w1", text="Missing at night")],
        goals=[SafetyGoal(id="g1", worry_id="w1", text="Home by 9pm")],
        actions=[PlanAction(id="a1", what="Call at 8.30", owner="Mum", agency="family",
                            due=date(2026, 4, 1))],
        contingency=[Contingency(if_this="Not home", then_that="Call Jay", call="101")],
    )


def settled(**changes: object) -> ChildFacts:
    """A child with nothing to flag: seen last week, reviewed last month, plan agreed."""
    facts = ChildFacts(
        child=child(),
        reviews=[Review(id="r1", child_id="c1", held_at=datetime(2026, 2, 20, tzinfo=UTC),
                        created_at=datetime(2026, 2, 20, tzinfo=UTC))],
        plans=[agreed_plan()],
        visits=[Visit(id="v1", child_id="c1", started_at=NOW - timedelta(days=6))],
    )
    for key, value in changes.items():
        setattr(facts, key, value)
    return facts


def test_a_settled_case_has_nothing_on_the_list() -> None:
    assert practice_check(settled(), POLICY, NOW) == []


def test_a_review_due_within_seven_days_is_listed_and_after_its_date_it_is_overdue() -> None:
    reviews = [Review(id="r1", child_id="c1", held_at=datetime(2025, 12, 15, tzinfo=UTC),
                      created_at=datetime(2025, 12, 15, tzinfo=UTC))]
    facts = settled(reviews=reviews)
    soon = practice_check(facts, POLICY, NOW)  # due 15 March: in 5 days
    assert [(i.category, i.overdue) for i in soon] == [(Category.REVIEW, False)]
    assert soon[0].due_text == "Sun 15 Mar 2026"
    late = practice_check(facts, POLICY, datetime(2026, 3, 16, 9, tzinfo=UTC))
    assert any(i.category is Category.REVIEW and i.overdue for i in late)


def test_an_open_return_interview_is_listed_then_overdue_then_cleared_once_held() -> None:
    back = NOW - timedelta(hours=1)
    km = with_required_response(KeyMoment(id="k1", child_id="c1", moment_type=KeyMomentType.MISSING,
                                          occurred_at=back - timedelta(hours=20),
                                          returned_at=back), POLICY)
    facts = settled(key_moments=[km])
    items = [i for i in practice_check(facts, POLICY, NOW) if i.category is Category.KEY_MOMENT]
    assert [(i.overdue, i.record_id, i.rule) for i in items] == [
        (False, "k1", "key_moments.missing")]
    assert items[0].what == "Missing episode (Mon 9 Mar 2026): Hold a return interview"
    items = practice_check(facts, POLICY, back + timedelta(hours=73))
    assert [i.overdue for i in items if i.category is Category.KEY_MOMENT] == [True]
    facts.responses = [KeyMomentResponse(id="o", child_id="c1", key_moment_id="k1",
                                         outcome=ResponseOutcome.OFFERED, done_at=NOW)]
    [offered] = [i for i in practice_check(facts, POLICY, back + timedelta(hours=73))
                 if i.category is Category.KEY_MOMENT]
    assert offered.overdue and offered.what.endswith("(offered on Tue 10 Mar 2026, not yet held)")
    facts.responses = [*facts.responses, KeyMomentResponse(
        id="x", child_id="c1", key_moment_id="k1", outcome=ResponseOutcome.HELD,
        done_at=back + timedelta(hours=50))]
    assert not [i for i in practice_check(facts, POLICY, back + timedelta(hours=73))
                if i.category is Category.KEY_MOMENT]


def test_a_missing_episode_brings_the_plan_review_forward_from_the_return() -> None:
    back = datetime(2026, 3, 9, 20, tzinfo=UTC)  # Monday evening
    km = with_required_response(KeyMoment(id="k1", child_id="c1", moment_type=KeyMomentType.MISSING,
                                          occurred_at=back - timedelta(hours=20),
                                          returned_at=back), POLICY)
    facts = settled(key_moments=[km])
    [review] = [i for i in practice_check(facts, POLICY, NOW) if i.category is Category.REVIEW]
    assert review.due_text == "Mon 16 Mar 2026"  # 5 working days after the return
    assert review.what == "Review brought forward by a key moment"
    assert review.rule == "key_moments.missing.review"  # a local choice, unlike the 72 hours
    # Holding the return interview does not stand for the review...
    facts.responses = [KeyMomentResponse(id="x", child_id="c1", key_moment_id="k1",
                                         outcome=ResponseOutcome.HELD, done_at=NOW)]
    assert [i for i in practice_check(facts, POLICY, NOW) if i.category is Category.REVIEW]
    # ...a review held after the return does.
    facts.reviews = [*facts.reviews, Review(id="r2", child_id="c1", held_at=NOW, created_at=NOW)]
    assert not [i for i in practice_check(facts, POLICY, NOW) if i.category is Category.REVIEW]


def test_a_disclosure_is_at_the_top_until_who_was_told_is_recorded() -> None:
    said = NOW - timedelta(minutes=30)
    km = with_required_response(KeyMoment(id="d1", child_id="c1",
                                          moment_type=KeyMomentType.DISCLOSURE,
                                          occurred_at=said), POLICY)
    plan = agreed_plan()
    plan.status = PlanStatus.DRAFT
    facts = settled(key_moments=[km], plans=[plan])
    items = sort_items(practice_check(facts, POLICY, NOW))
    assert items[0].category is Category.NOW and items[0].record_id == "d1"
    assert items[0].due == said and items[0].overdue
    assert items[0].rule == "key_moments.disclosure"
    assert items[0].what.startswith("Disclosure (Tue 10 Mar 2026): Tell the designated "
                                    "safeguarding lead or your manager now")
    assert items[0].what.endswith("Record who you told and when.")
    facts.responses = [KeyMomentResponse(
        id="t", child_id="c1", key_moment_id="d1", done_at=NOW,
        told=[Telling(whom=Recipient.DSL_MANAGER, at=said + timedelta(minutes=10))])]
    assert all(i.category is not Category.NOW for i in practice_check(facts, POLICY, NOW))


def test_immediate_danger_is_at_the_top_with_its_steps() -> None:
    raised = NOW - timedelta(minutes=5)
    c = Concern(id="q9", child_id="c1", summary="Threatened with a knife tonight",
                severity=Severity.IMMEDIATE, raised_at=raised,
                response_due=concern_response_due(raised, Severity.IMMEDIATE, POLICY))
    items = sort_items(practice_check(settled(concerns=[c]), POLICY, NOW))
    assert [(i.category, i.rule) for i in items] == [(Category.NOW, "immediate_danger")]
    assert "call 999 now" in items[0].what and "tell the police" in items[0].what
    assert items[0].message.id == "concern.item"


def test_items_carry_meanings_and_the_english_is_one_function_of_them() -> None:
    from directwork.domain.rules.messages import english

    facts = settled(visits=[Visit(id="v1", child_id="c1", started_at=NOW - timedelta(days=20))])
    [item] = practice_check(facts, POLICY, NOW)
    assert item.message.id == "not_seen.since"
    assert item.message["last_seen"] == date(2026, 2, 18)
    assert item.what == english(item.message) == "Not seen since Wed 18 Feb 2026"


def test_an_arrest_brings_the_review_forward() -> None:
    km = with_required_response(KeyMoment(id="k2", child_id="c1", moment_type=KeyMomentType.ARREST,
                                          occurred_at=NOW - timedelta(days=1)), POLICY)
    items = practice_check(settled(key_moments=[km]), POLICY, NOW)
    review = [i for i in items if i.category is Category.REVIEW]
    assert review and "brought forward" in review[0].what


def test_a_concern_past_its_clock_says_where_to_go_next() -> None:
    raised = datetime(2026, 3, 2, 9, tzinfo=UTC)
    c = Concern(id="q1", child_id="c1", summary="Exploitation risk at the park",
                severity=Severity.MEDIUM, raised_at=raised,
                response_due=concern_response_due(raised, Severity.MEDIUM, POLICY))
    items = practice_check(settled(concerns=[c]), POLICY, datetime(2026, 3, 10, 9, tzinfo=UTC))
    assert len(items) == 1 and items[0].overdue and items[0].category is Category.CONCERN
    assert "escalate to line manager" in items[0].what


def test_an_unacknowledged_referral_is_listed_and_overdue_after_its_clock() -> None:
    made = datetime(2026, 3, 9, 15, tzinfo=UTC)
    r = Referral(id="f1", child_id="c1", made_at=made,
                 ack_due=referral_ack_due(made, Referral().referral_type, POLICY))
    now_items = practice_check(settled(referrals=[r]), POLICY, NOW)
    assert [(i.category, i.overdue) for i in now_items] == [(Category.REFERRAL, False)]
    later = practice_check(settled(referrals=[r]), POLICY, datetime(2026, 3, 11, 9, tzinfo=UTC))
    assert later[0].overdue and "follow it up" in later[0].what


def test_a_plan_with_an_ownerless_action_or_not_agreed_is_listed() -> None:
    plan = agreed_plan()
    plan.status = PlanStatus.DRAFT
    plan.actions[0].owner = ""
    items = practice_check(settled(plans=[plan]), POLICY, NOW)
    assert len(items) == 1 and items[0].category is Category.PLAN
    assert "not agreed" in items[0].what and "has no owner" in items[0].what
    assert items[0].kind == "safety_plan" and items[0].record_id == "p1"
    assert "changes not yet agreed" in practice_check(
        settled(plans=[plan], ever_agreed_plan_ids=frozenset({"p1"})), POLICY, NOW)[0].what
    assert practice_check(settled(plans=[]), POLICY, NOW)[0].what == "No safety plan yet"


def test_a_child_not_seen_for_longer_than_the_policy_allows_is_listed() -> None:
    facts = settled(visits=[Visit(id="v1", child_id="c1", started_at=NOW - timedelta(days=14))])
    assert practice_check(facts, POLICY, NOW) == []
    facts.visits = [Visit(id="v1", child_id="c1", started_at=NOW - timedelta(days=15))]
    items = practice_check(facts, POLICY, NOW)
    assert [(i.category, i.overdue) for i in items] == [(Category.NOT_SEEN, True)]
    assert items[0].what == "Not seen since Mon 23 Feb 2026"


def test_a_worker_change_in_the_last_three_months_is_listed() -> None:
    facts = settled(worker_changes=[datetime(2025, 10, 1, tzinfo=UTC), datetime(2026, 1, 20, tzinfo=UTC)])
    items = practice_check(facts, POLICY, NOW)
    assert [i.category for i in items] == [Category.WORKER_CHANGED]
    assert "3 workers so far" in items[0].what
    facts.worker_changes = [datetime(2025, 12, 1, tzinfo=UTC)]
    assert practice_check(facts, POLICY, NOW) == []


def test_the_list_puts_overdue_first_then_soonest() -> None:
    back = NOW - timedelta(hours=80)
    km = with_required_response(KeyMoment(id="k1", child_id="c1", moment_type=KeyMomentType.MISSING,
                                          occurred_at=back - timedelta(hours=5), returned_at=back),
                                POLICY)
    plan = agreed_plan()
    plan.status = PlanStatus.DRAFT
    reviews = [Review(id="r1", child_id="c1", held_at=datetime(2025, 12, 15, tzinfo=UTC),
                      created_at=datetime(2025, 12, 15, tzinfo=UTC))]
    items = sort_items(practice_check(settled(key_moments=[km], plans=[plan], reviews=reviews),
                                      POLICY, NOW))
    assert [i.category for i in items] == [Category.KEY_MOMENT, Category.REVIEW, Category.PLAN]
    assert [i.overdue for i in items] == [True, False, False]
