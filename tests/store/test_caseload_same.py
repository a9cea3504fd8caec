"""The caseload read with plain SQL gives exactly the rows the ORM reading gave (kept in
caseload_reference.py): over random caseloads with corrected and retracted entries, revised,
deleted and diverged documents, signed-off levels, key moments and their responses, reviews,
agreed plans, and sync states (pending, refused or in conflict, kept aside); for the whole
caseload and for some children, with and without a hub."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from directwork.domain.policy import load_policy
from directwork.domain.records import (
    Child,
    Concern,
    ConcernStatus,
    KeyMoment,
    KeyMomentResponse,
    KeyMomentType,
    Level,
    LevelSignOff,
    PlanStatus,
    ResponseOutcome,
    Review,
    SafetyLevelDecision,
    SafetyPlan,
    Visit,
)
from directwork.store import caseload, outbox, records
from directwork.store.attention import children_needing_attention
from directwork.store.keyfile import KdfParams
from directwork.store.schema import KeptAsideRow
from directwork.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.store import caseload_reference

POLICY = load_policy(env={})
START = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)

moments = st.tuples(st.sampled_from(list(KeyMomentType)), st.none() | st.integers(0, 90))
# Reviews come a few at a time: which one is the latest decides the date.
reviews = st.tuples(st.just("reviews"), st.lists(st.tuples(
    st.none() | st.integers(0, 90), st.none() | st.integers(1, 120)), min_size=1, max_size=3),
    st.none())
child_steps = st.lists(st.one_of(
    st.tuples(st.just("level"), st.sampled_from(list(Level)), st.none() | st.integers(0, 90)),
    st.tuples(st.just("correct"), st.integers(0, 9), st.sampled_from(list(Level))),
    st.tuples(st.just("retract"), st.integers(0, 9), st.none()),
    st.tuples(st.just("sign_off"), st.integers(0, 9), st.none()),
    st.tuples(st.just("visit"), st.none() | st.integers(0, 90), st.booleans()),
    st.tuples(st.just("concern"), st.sampled_from(list(ConcernStatus)), st.booleans()),
    st.tuples(st.just("moment"), moments, st.none()),
    st.tuples(st.just("respond"), st.integers(0, 9), st.sampled_from(list(ResponseOutcome))),
    reviews, reviews,
    st.tuples(st.just("plan"), st.sampled_from(list(PlanStatus)), st.none() | st.integers(1, 120)),
    st.tuples(st.just("rename"), st.text("ab Zé", max_size=6), st.booleans()),
    st.tuples(st.just("diverge"), st.none(), st.none()),
    st.tuples(st.just("delete"), st.none(), st.none()),
    st.tuples(st.just("refused"), st.sampled_from(["rejected", "conflict", "accepted"]),
              st.booleans()),
    st.tuples(st.just("refused_then_changed"), st.sampled_from(["rejected", "conflict"]),
              st.booleans()),
    st.tuples(st.just("kept_aside"), st.none(), st.none()),
), max_size=12)
children = st.lists(st.tuples(st.text("ab Zé", max_size=6), st.text("cd", max_size=4),
                              st.none() | st.dates(date(2005, 1, 1), date(2020, 12, 31)),
                              child_steps), min_size=1, max_size=5)


def _apply(s, child: Child, step: tuple, held: dict[str, list]) -> Child:
    """One random step for ``child``: each goes through the store as the screens' do."""
    kind, a, b = step
    decisions, moments_made = held["decisions"], held["moments"]

    def ago(days: int | None) -> datetime | None:
        return None if days is None else START - timedelta(days=days, hours=days % 7)

    if kind == "level":
        decisions.append(records.add_entry(s, SafetyLevelDecision(
            child_id=child.id, level=a, decided_at=ago(b))))
    elif kind == "correct" and decisions:
        decisions.append(records.correct_entry(s, dataclasses.replace(
            decisions[a % len(decisions)], level=b)))
    elif kind == "retract" and decisions:
        records.retract_entry(s, decisions[a % len(decisions)])
    elif kind == "sign_off" and decisions:
        records.add_entry(s, LevelSignOff(child_id=child.id,
                                          decision_id=decisions[a % len(decisions)].id))
    elif kind == "visit":
        visit = records.save_document(s, Visit(child_id=child.id, started_at=ago(a)))
        if b:
            records.delete_document(s, visit)
    elif kind == "concern":
        concern = records.save_document(s, Concern(child_id=child.id, summary="w", status=a))
        if b:
            records.save_document(s, dataclasses.replace(concern, details="more"))
    elif kind == "moment":
        moment_type, days = a
        moments_made.append(records.add_entry(s, KeyMoment(
            child_id=child.id, moment_type=moment_type, occurred_at=ago(days))))
    elif kind == "respond" and moments_made:
        records.add_entry(s, KeyMomentResponse(
            child_id=child.id, key_moment_id=moments_made[a % len(moments_made)].id,
            outcome=b, done_at=START))
    elif kind == "reviews":
        for held_days, next_days in a:
            records.add_entry(s, Review(child_id=child.id, held_at=ago(held_days),
                                        next_review=None if next_days is None
                                        else START.date() + timedelta(days=next_days - 60)))
    elif kind == "plan":
        records.save_document(s, SafetyPlan(child_id=child.id, status=a,
                                            next_review=None if b is None
                                            else START.date() + timedelta(days=b)))
    elif kind == "rename":
        return records.save_document(s, dataclasses.replace(
            child, preferred_name=a, given_name=child.given_name if b else ""))
    elif kind == "diverge":
        # A second head, saved on a revision that is no longer the latest.
        records.save_document(s, dataclasses.replace(child, family_name="Other"))
        records.save_document(s, dataclasses.replace(child, school="Elsewhere"))
    elif kind == "delete":
        records.delete_document(s, child)
    elif kind in ("refused", "refused_then_changed"):
        mine = [c for c in outbox.pending(s) if c.child_id == child.id]
        if mine:
            change = mine[-1] if b else mine[0]
            outbox.mark(s, change.seq, a, "the hub said no")
        if kind == "refused_then_changed":  # the refusal is no longer the latest word
            return records.save_document(s, dataclasses.replace(child, school="Changed"))
    elif kind == "kept_aside":
        s.add(KeptAsideRow(source="hub", kind="visit", record_id="unknown-record",
                           child_id=child.id, payload="{}", reason="names a record not here",
                           kept_at=START))
    return child


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(made=children, some=st.lists(st.integers(0, 4), max_size=3), today=st.integers(-30, 90))
# Always tried: a refusal that a later change of the record settled, one still the latest
# word, and reviews whose order decides the date.
@example(made=[("Ann", "", None, [("refused_then_changed", "rejected", False)]),
               ("Ben", "", None, [("visit", 3, False), ("refused", "conflict", True)])],
         some=[1], today=0)
@example(made=[("Cal", "", None, [("reviews", [(80, 70), (5, 100), (30, None)], None)])],
         some=[], today=10)
def test_the_sql_reading_gives_the_orm_readings_rows(tmp_path_factory, made, some, today) -> None:
    folder: Path = tmp_path_factory.mktemp("caseload")
    vault, _ = Vault.create(folder / "vault", PASSPHRASE, kdf=KdfParams.fast_for_tests())
    ticks = iter(range(10**9))
    vault.clock = lambda: START + timedelta(seconds=next(ticks))  # each save a little later
    try:
        ids = []
        with vault.transaction() as s:
            for given_name, family_name, born, steps in made:
                child = records.save_document(s, Child(given_name=given_name,
                                                       family_name=family_name,
                                                       date_of_birth=born, next_visit=born))
                ids.append(child.id)
                held: dict[str, list] = {"decisions": [], "moments": []}
                for step in steps:
                    child = _apply(s, child, step, held)
        day = START.date() + timedelta(days=today)
        with vault.session() as s:
            for scope in (None, [ids[i % len(ids)] for i in some], []):
                for hub in (False, True):
                    expected = caseload_reference.caseload_rows(
                        s, scope, hub_configured=hub, today=day, policy=POLICY)
                    assert caseload.caseload_rows(s, scope, hub_configured=hub, today=day,
                                                  policy=POLICY) == expected
            # The one statement for who needs attention names whom attention.py names.
            assert {r.child_id for r in caseload.caseload_rows(s) if r.sync_state
                    == caseload.ATTENTION} == children_needing_attention(s) & {
                r.child_id for r in caseload.caseload_rows(s)}
    finally:
        vault.lock()


def test_the_reference_is_the_reading_the_screens_used_before(vault) -> None:
    """A known caseload, so that a reference changed by mistake to agree is caught too."""
    vault.clock = lambda: START
    with vault.transaction() as s:
        jay = records.save_document(s, Child(given_name="Jayden", preferred_name="Jay"))
        decision = records.add_entry(s, SafetyLevelDecision(child_id=jay.id, level=Level.HIGH))
        records.add_entry(s, LevelSignOff(child_id=jay.id, decision_id=decision.id))
        records.add_entry(s, SafetyLevelDecision(child_id=jay.id, level=Level.VERY_HIGH))
        records.save_document(s, Visit(child_id=jay.id, started_at=START - timedelta(days=3)))
        records.save_document(s, dataclasses.replace(jay, school="Elsewhere"))
        records.save_document(s, dataclasses.replace(jay, school="Second head"))
    with vault.session() as s:
        for read in (caseload.caseload_rows, caseload_reference.caseload_rows):
            [row] = read(s)
            assert (row.level, row.level_awaiting) == (Level.HIGH, Level.VERY_HIGH)
            assert row.last_seen == date(2026, 2, 27)
            assert row.sync_state == caseload.ATTENTION  # two heads of Jay's record
