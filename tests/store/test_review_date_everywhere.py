"""One date everywhere: over random histories (reviews held, key moments and their responses,
plans agreed, across clock changes and bank holidays), the caseload, the child record, the
practice check, `directwork due --json` and every audience's summary show the same next review,
each read through the read model its screen uses (store/views), never a copy of the rule."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from directwork.cli import main
from directwork.domain.policy import load_policy
from directwork.domain.records import (
    Agreement,
    Child,
    Contingency,
    KeyMoment,
    KeyMomentType,
    PlanAction,
    Recipient,
    ResponseOutcome,
    Review,
    SafetyGoal,
    SafetyPlan,
    SummaryAudience,
    Telling,
    Worry,
)
from directwork.domain.redaction import for_audience
from directwork.domain.rules.practice_check import Category
from directwork.domain.rules.reviews import add_months
from directwork.domain.rules.workdays import LONDON, local_date
from directwork.store import practice, records
from directwork.store.practice import PracticeRuleError
from directwork.store.vault import Vault
from directwork.store.views.caseload import load_caseload
from directwork.store.views.child_record import load_child_record
from directwork.store.views.practice import load_due
from directwork.store.views.summary import load_summary_case
from tests.conftest import PASSPHRASE

POLICY = load_policy(env={})


@dataclass
class Clock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now


# A history is a start and a list of steps, each some hours after the one before. Starts fall
# around the clock changes, Easter and Christmas, and late in the evening.
starts = st.sampled_from([
    datetime(2026, 3, 27, 22, 30, tzinfo=UTC),   # the Friday before the clocks go forward
    datetime(2026, 3, 31, 23, 30, tzinfo=UTC),   # 00:30 in London on 1 April (BST)
    datetime(2026, 4, 1, 15, 0, tzinfo=UTC),     # the day before Good Friday
    datetime(2026, 10, 23, 22, 0, tzinfo=UTC),   # the Friday before the clocks go back
    datetime(2026, 12, 22, 10, 0, tzinfo=UTC),   # before Christmas
    datetime(2027, 2, 26, 9, 0, tzinfo=UTC),
])
moment_kinds = st.sampled_from(list(KeyMomentType))
moment_step = st.tuples(st.just("moment"), moment_kinds, st.integers(1, 30))
steps = st.lists(st.one_of(
    moment_step, moment_step,
    st.tuples(st.just("return"), st.integers(0, 5), st.integers(1, 60)),
    st.tuples(st.just("respond"), st.integers(0, 5),
              st.sampled_from(["done", "not_done", "offered", "held", "declined"])),
    st.tuples(st.just("review"), st.none() | st.integers(1, 80), st.integers(0, 0)),
    st.tuples(st.just("plan"), st.none() | st.integers(0, 85), st.integers(0, 0)),
), min_size=1, max_size=7)
gaps = st.lists(st.integers(1, 24 * 8), min_size=7, max_size=7)


def ready_plan(child_id: str) -> SafetyPlan:
    return SafetyPlan(
        child_id=child_id,
        worries=[Worry(id="w1", text="Out late at the park")],
        goals=[SafetyGoal(id="g1", worry_id="w1", text="Home by nine")],
        actions=[PlanAction(id="a1", what="Phone at 8.30pm", owner="Mum", agency="family",
                            due=date(2028, 1, 1))],
        contingency=[Contingency(if_this="Not home", then_that="Mum rings", call="101")],
    )


def apply(s, clock: Clock, child_id: str, step: tuple, moments: list[KeyMoment]) -> None:
    """One step of a history, through the services the screens use; a step the rules refuse
    is left out, as it would be in use."""
    kind, a, b = step
    now = clock.now
    try:
        if kind == "moment":
            went = now - timedelta(hours=b)
            moments.append(practice.record_key_moment(s, KeyMoment(
                child_id=child_id, moment_type=a, occurred_at=went), POLICY))
        elif kind == "return" and moments:
            km = moments[a % len(moments)]
            if km.moment_type is KeyMomentType.MISSING and km.returned_at is None:
                back = max(km.occurred_at or now, now - timedelta(hours=b))
                moments[moments.index(km)] = practice.record_return(s, km.id, back, POLICY)
        elif kind == "respond" and moments:
            km = moments[a % len(moments)]
            told = ([Telling(whom=Recipient.DSL_MANAGER, at=now)]
                    if km.moment_type is KeyMomentType.DISCLOSURE else [])
            practice.record_response(s, km.id, ResponseOutcome(b), reason="Recorded why",
                                     told=told)
        elif kind == "review":
            chosen = local_date(now) + timedelta(days=a) if a else None
            practice.complete_review(s, Review(child_id=child_id, next_review=chosen), POLICY)
        elif kind == "plan":
            chosen = local_date(now) + timedelta(days=a) if a is not None else None
            plan = records.save_document(s, ready_plan(child_id))
            practice.agree_plan(s, plan.__class__(**{**plan.__dict__, "next_review": chosen}),
                                [Agreement(who="Jay", role="child")], POLICY)
    except PracticeRuleError:
        pass


@pytest.fixture
def history_vault(data_dir: Path) -> Vault:
    from directwork.store.keyfile import KdfParams

    v, _ = Vault.create(data_dir, PASSPHRASE, kdf=KdfParams.fast_for_tests())
    v.lock()
    return v


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(start=starts, history=steps, hours=gaps)
def test_every_screen_and_directwork_due_show_the_same_next_review(
        history_vault: Vault, data_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, start: datetime, history: list[tuple],
        hours: list[int]) -> None:
    vault = history_vault
    vault.unlock(PASSPHRASE)
    clock = Clock(start)
    vault.clock = clock
    try:
        with vault.transaction() as s:
            child = records.save_document(s, Child(given_name="Jay", family_name="Smith"))
        moments: list[KeyMoment] = []
        for step, gap in zip(history, hours, strict=False):
            clock.now += timedelta(hours=gap)
            with vault.transaction() as s:
                apply(s, clock, child.id, step, moments)
        last = clock.now
        with vault.session() as s:
            row = next(r for r in load_caseload(s, policy=POLICY) if r.child_id == child.id)
            record = load_child_record(s, child.id)
            summary = load_summary_case(s, child.id)
            schedule = practice.review_schedule_of(s, child.id, POLICY)
        due = row.review_due
        assert due is not None
        # Never later than the interval after the last review (or the case starting).
        last_held = max((local_date(r.held_at) for r in record.case.reviews if r.held_at),
                        default=local_date(start))
        assert due <= add_months(last_held, POLICY.review_interval_months)

        # The child record, its header, and the review form.
        assert record.next_review == due
        assert schedule.due == due
        event(f"reason: {schedule.reason.value}, overdue: {due < local_date(last)}")
        # Every audience's summary, from the case the summary is built from.
        assert summary.case.next_review == due
        for audience in SummaryAudience:
            assert for_audience(summary.case, audience).next_review == due

        # The practice check lists it, with the same date, on the morning it falls due (or,
        # once overdue, now).
        as_of = max(last + timedelta(minutes=1),
                    datetime.combine(due, time(8, 0), tzinfo=LONDON).astimezone(UTC))
        clock.now = as_of
        with vault.session() as s:
            listed = [i for i in load_due(s, POLICY).items
                      if i.child_id == child.id and i.category is Category.REVIEW]
        assert [local_date(i.due) for i in listed if i.due] == [due]
    finally:
        vault.lock()

    # `directwork due --json`, through the command itself.
    monkeypatch.setenv("DIRECTWORK_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("DIRECTWORK_POLICY", raising=False)
    assert main(["--data-dir", str(data_dir), "due", "--json",
                 "--as-of", as_of.isoformat()]) == 0
    report = json.loads(capsys.readouterr().out)
    shown = [i["due_date"] for i in report["items"]
             if i["child_id"] == child.id and i["category"] == "review"]
    assert shown == [due.isoformat()]
