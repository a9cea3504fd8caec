"""A child's history for the charts and the review form: scores over time, a timeline, the
voice since the last review, and what changed between two plan versions."""

from __future__ import annotations

from datetime import UTC, date, datetime

from directwork.domain.records import (
    Concern,
    ConcernStatus,
    EscalationStep,
    KeyMoment,
    KeyMomentType,
    PlanAction,
    Referral,
    Review,
    SafetyPlan,
    Scaling,
    Speaker,
    VoiceEntry,
    Worry,
)
from directwork.domain.rules.history import (
    changed_parts,
    plan_differences,
    score_series,
    timeline,
    voice_since,
)


def at(day: int, month: int = 3) -> datetime:
    return datetime(2026, month, day, 10, tzinfo=UTC)


def test_scores_over_time_count_an_answer_kept_across_revisions_once() -> None:
    first = SafetyPlan(rev="1-a", updated_at=at(2),
                       scores=[Scaling(person="Jay", role="child", score=3, on=date(2026, 3, 2))])
    second = SafetyPlan(rev="2-b", updated_at=at(9), scores=[
        Scaling(person="Jay", role="child", score=3, on=date(2026, 3, 2)),
        Scaling(person="Jay", role="child", score=6, on=date(2026, 3, 9)),
        Scaling(person="Mum", role="carer", score=4, on=date(2026, 3, 9)),
    ])
    voice = [VoiceEntry(speaker=Speaker.CHILD, speaker_name="Jay", scale=7, created_at=at(16)),
             VoiceEntry(speaker=Speaker.CHILD, text="no scale", created_at=at(17))]
    series = score_series([second, first], voice)
    assert [(p.on.day, p.score, p.source) for p in series["Jay"]] == [
        (2, 3, "plan"), (9, 6, "plan"), (16, 7, "voice")]
    assert [p.score for p in series["Mum"]] == [4]


def test_the_timeline_puts_moments_reviews_and_concerns_in_time_order() -> None:
    events = timeline(
        [KeyMoment(id="k", moment_type=KeyMomentType.ARREST, occurred_at=at(5))],
        [Review(id="r", held_at=at(9))],
        [Concern(id="c", summary="Park", raised_at=at(3), status=ConcernStatus.CLOSED,
                 closed_at=at(12))],
        [EscalationStep(concern_id="c", to_whom="Line manager", at=at(7))],
        [Referral(id="f", made_at=at(4))],
    )
    assert [e.label for e in events] == [
        "Concern raised: Park", "Referral to children's social care", "Arrest",
        "Escalated to Line manager", "Review", "Concern closed: Park"]


def test_the_review_form_sees_only_what_was_said_since_the_last_review() -> None:
    voice = [VoiceEntry(id="old", created_at=at(1)), VoiceEntry(id="new", created_at=at(20))]
    assert [v.id for v in voice_since(voice, [Review(held_at=at(10)), Review(held_at=at(5))])] == ["new"]
    assert [v.id for v in voice_since(voice, [])] == ["old", "new"]


def test_two_versions_differ_only_in_the_parts_that_changed() -> None:
    a = SafetyPlan(rev="1-a", worries=[Worry(id="w1", text="Missing at night")],
                   actions=[PlanAction(id="a1", what="Call", owner="")])
    b = SafetyPlan(rev="2-b", updated_at=at(3), worries=[Worry(id="w1", text="Missing at night")],
                   actions=[PlanAction(id="a1", what="Call", owner="Mum")])
    [change] = plan_differences(a, b)
    assert change.part == "actions"
    assert change.before[0]["owner"] == "" and change.after[0]["owner"] == "Mum"
    assert changed_parts([a, b, b]) == [["actions"], []]
