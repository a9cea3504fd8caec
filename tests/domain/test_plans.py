"""A plan cannot be agreed while an action lacks an owner or a date, without a contingency,
or with more than three worries or a worry without its goal; each problem names its part."""

from __future__ import annotations

from datetime import date

from directwork.domain.records import (
    ActionStatus,
    Agreement,
    Contingency,
    PlanAction,
    PlanStatus,
    SafetyGoal,
    SafetyPlan,
    Worry,
)
from directwork.domain.rules.plans import agreement_problems, readiness_problems, version_statuses

CHILD = [Agreement(who="Jay", role="child")]


def good_plan() -> SafetyPlan:
    return SafetyPlan(
        worries=[Worry(id="w1", text="Jay goes missing at night with older boys")],
        goals=[SafetyGoal(id="g1", worry_id="w1", text="Jay is home by 9pm every night")],
        actions=[PlanAction(id="a1", what="Phone Jay at 8.30pm", owner="Mum", agency="family",
                            due=date(2026, 3, 20))],
        contingency=[Contingency(if_this="Jay is not home by 9.30pm", then_that="Mum calls Jay",
                                 call="Police on 101")],
    )


def test_a_complete_plan_with_someone_agreeing_has_no_problems() -> None:
    assert agreement_problems(good_plan(), CHILD) == []


def test_an_ownerless_action_is_named_with_its_position_and_id() -> None:
    plan = good_plan()
    plan.actions.append(PlanAction(id="a2", what="Talk to the school about the timetable",
                                   agency="YJS", due=date(2026, 3, 20)))
    problems = agreement_problems(plan, CHILD)
    assert len(problems) == 1
    p = problems[0]
    assert (p.part, p.index, p.item_id) == ("actions", 1, "a2")
    assert p.message.startswith('Action 2 ("Talk to the school about the timetable") has no owner')


def test_an_action_without_a_date_or_agency_is_named() -> None:
    plan = good_plan()
    plan.actions[0].due = None
    plan.actions[0].agency = ""
    messages = [p.message for p in agreement_problems(plan, CHILD)]
    assert any("has no date" in m for m in messages)
    assert any("has no agency" in m for m in messages)


def test_a_dropped_action_does_not_block_agreement() -> None:
    plan = good_plan()
    plan.actions.append(PlanAction(id="a2", what="Old idea", status=ActionStatus.DROPPED))
    assert agreement_problems(plan, CHILD) == []


def test_no_contingency_is_refused() -> None:
    plan = good_plan()
    plan.contingency = [Contingency(if_this="Jay is not home", then_that="")]
    problems = agreement_problems(plan, CHILD)
    assert [p.part for p in problems] == ["contingency"]


def test_more_than_three_worries_and_a_worry_without_a_goal_are_refused() -> None:
    plan = good_plan()
    plan.worries += [Worry(id=f"w{i}", text=f"Worry {i}") for i in range(2, 5)]
    plan.goals += [SafetyGoal(id=f"g{i}", worry_id=f"w{i}", text="Goal") for i in range(2, 4)]
    problems = readiness_problems(plan)
    assert any("at most 3 worry statements" in p.message for p in problems)
    unpaired = [p for p in problems if p.item_id == "w4"]
    assert unpaired and unpaired[0].part == "worries" and "no safety goal" in unpaired[0].message


def test_nobody_agreeing_is_refused() -> None:
    assert [p.part for p in agreement_problems(good_plan(), [])] == ["agreements"]
    assert [p.part for p in agreement_problems(good_plan(), [Agreement(who=" ")])] == ["agreements"]


def test_an_empty_plan_lists_what_it_lacks() -> None:
    parts = {p.part for p in readiness_problems(SafetyPlan())}
    assert parts == {"worries", "actions", "contingency"}


def test_an_earlier_agreed_version_reads_as_superseded() -> None:
    revs = [SafetyPlan(rev="1-a", status=PlanStatus.AGREED), SafetyPlan(rev="2-b"),
            SafetyPlan(rev="3-c", status=PlanStatus.AGREED), SafetyPlan(rev="4-d")]
    assert version_statuses(revs) == {"1-a": PlanStatus.SUPERSEDED, "2-b": PlanStatus.DRAFT,
                                      "3-c": PlanStatus.AGREED, "4-d": PlanStatus.DRAFT}
