"""The caseload rows: what the practitioner sees for each child, from a fixed number of
queries however many children there are."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

from sqlalchemy import event

from directwork.domain.records import (
    Child,
    Concern,
    ConcernStatus,
    KeyMoment,
    KeyMomentType,
    Level,
    Review,
    SafetyLevelDecision,
    Visit,
)
from directwork.store import caseload, outbox, records


def at(day: int, month: int = 3) -> datetime:
    return datetime(2026, month, day, 10, 0, tzinfo=UTC)


def test_each_row_shows_level_last_seen_concerns_review_and_key_moment(vault, clock) -> None:
    vault.clock = clock
    with vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Jayden", preferred_name="Jay",
                                               date_of_birth=date(2011, 3, 14)))
        first = records.add_entry(s, SafetyLevelDecision(child_id=child.id, level=Level.HIGH,
                                                          decided_at=at(1)))
        records.correct_entry(s, dataclasses.replace(first, level=Level.MEDIUM))
        records.add_entry(s, SafetyLevelDecision(child_id=child.id, level=Level.VERY_HIGH,
                                                 decided_at=at(1, 1)))  # older decision
        records.save_document(s, Visit(child_id=child.id, started_at=at(1), place="home"))
        records.save_document(s, Visit(child_id=child.id, started_at=at(20, 2), place="school"))
        open_concern = records.save_document(s, Concern(child_id=child.id, summary="a"))
        records.save_document(s, dataclasses.replace(open_concern, details="more"))
        records.save_document(s, Concern(child_id=child.id, summary="b",
                                         status=ConcernStatus.CLOSED))
        records.add_entry(s, KeyMoment(child_id=child.id, moment_type=KeyMomentType.EXCLUSION,
                                       occurred_at=at(10, 2)))
        records.add_entry(s, KeyMoment(child_id=child.id, moment_type=KeyMomentType.MISSING,
                                       occurred_at=at(25, 2)))
    with vault.session() as s:
        [row] = caseload.caseload_rows(s)
    assert (row.name, row.full_name, row.age) == ("Jay", "Jayden", 14)
    # No manager has signed any decision off: the corrected latest one awaits sign-off.
    assert row.level is None and row.level_awaiting == Level.MEDIUM
    assert row.level_text == "Medium awaiting sign-off"
    assert row.last_seen == date(2026, 3, 1)
    assert row.open_concerns == 1, "one open concern, revised once, counts once"
    assert (row.key_moment, row.key_moment_at) == ("missing", date(2026, 2, 25))
    # The exclusion on 10 Feb brought the review forward to 17 Feb, 5 working days on (the
    # missing episode has no return yet, so it brings nothing forward): overdue.
    assert row.review_due == date(2026, 2, 17) and row.review_overdue
    assert row.sync_state == caseload.SAVED_HERE


def test_the_caseload_shows_the_review_date_the_practice_check_shows(vault, clock) -> None:
    # The case: after an exclusion on 2 Mar 2026 the practice check said Mon 9 Mar and
    # the caseload 2 Jun. Both now ask reviews.review_schedule.
    from directwork.domain.policy import load_policy
    from directwork.domain.rules.practice_check import Category
    from directwork.store import practice

    policy = load_policy(env={})
    vault.clock = clock
    with vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Jay"))
        practice.record_key_moment(s, KeyMoment(child_id=child.id,
                                                moment_type=KeyMomentType.EXCLUSION,
                                                occurred_at=at(2)), policy)
    with vault.session() as s:
        [row] = caseload.caseload_rows(s, policy=policy)
        [review] = [i for i in practice.due_items(s, policy) if i.category is Category.REVIEW]
    assert row.review_due == date(2026, 3, 9)
    assert review.due_text == "Mon 9 Mar 2026"


def test_today_and_last_seen_are_london_dates(vault, clock) -> None:
    # 00:30 on 1 July in London is still 30 June in UTC: a day behind before this change.
    clock.now = datetime(2026, 6, 30, 23, 30, tzinfo=UTC)
    vault.clock = clock
    with vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Mia", date_of_birth=date(2012, 7, 1)))
        records.save_document(s, Visit(child_id=child.id, started_at=clock.now))
    with vault.session() as s:
        [row] = caseload.caseload_rows(s)
    assert row.last_seen == date(2026, 7, 1)
    assert row.age == 14, "her birthday has come in London"


def test_the_signed_off_level_is_shown_with_a_newer_one_awaiting_sign_off(vault) -> None:
    from directwork.domain.records import LevelSignOff

    with vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Ola"))
        first = records.add_entry(s, SafetyLevelDecision(child_id=child.id, level=Level.MEDIUM,
                                                         decided_at=at(1)))
        records.add_entry(s, LevelSignOff(child_id=child.id, decision_id=first.id,
                                          manager="Pat", signed_at=at(2)))
    with vault.session() as s:
        [row] = caseload.caseload_rows(s)
    assert (row.level, row.level_awaiting, row.level_text) == (Level.MEDIUM, None, "Medium")
    with vault.transaction() as s:
        records.add_entry(s, SafetyLevelDecision(child_id=child.id, level=Level.VERY_HIGH,
                                                 decided_at=at(5)))
    with vault.session() as s:
        [row] = caseload.caseload_rows(s)
    assert row.level == Level.MEDIUM and row.level_awaiting == Level.VERY_HIGH
    assert row.level_text == "Medium (Very high awaiting sign-off)"
    assert "very high" in row.search_text


def test_a_review_not_held_in_time_is_overdue(vault, clock) -> None:
    vault.clock = clock
    with vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Mia"))
        records.add_entry(s, Review(child_id=child.id, held_at=at(2), next_review=date(2026, 4, 1)))
    with vault.session() as s:
        assert caseload.caseload_rows(s)[0].review_due == date(2026, 4, 1)
        assert not caseload.caseload_rows(s, today=date(2026, 4, 1))[0].review_overdue
        assert caseload.caseload_rows(s, today=date(2026, 4, 2))[0].review_overdue


def test_sync_state_follows_the_outbox_once_a_hub_is_configured(vault) -> None:
    with vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Ola"))
    with vault.session() as s:
        assert caseload.caseload_rows(s, hub_configured=True)[0].sync_state == caseload.WAITING
    with vault.transaction() as s:
        for change in outbox.pending(s):
            outbox.mark(s, change.seq, "accepted")
    with vault.session() as s:
        assert caseload.caseload_rows(s, hub_configured=True)[0].sync_state == caseload.ON_HUB
    with vault.transaction() as s:
        records.save_document(s, dataclasses.replace(child, given_name="Ola B"))
        last = outbox.pending(s)[-1]
        outbox.mark(s, last.seq, "conflict", "two heads")
    with vault.session() as s:
        assert caseload.caseload_rows(s, hub_configured=True)[0].sync_state == caseload.ATTENTION


def test_rows_for_some_children_only(vault) -> None:
    with vault.transaction() as s:
        kids = [records.save_document(s, Child(given_name=n)) for n in ("Ann", "Ben", "Cal")]
    with vault.session() as s:
        rows = caseload.caseload_rows(s, [kids[1].id])
    assert [r.name for r in rows] == ["Ben"]


def test_the_number_of_queries_does_not_grow_with_the_caseload(vault) -> None:
    def queries_for(count: int) -> int:
        with vault.transaction() as s:
            for n in range(count):
                child = records.save_document(s, Child(given_name=f"Child {n}"))
                records.add_entry(s, SafetyLevelDecision(child_id=child.id, level=Level.LOW))
                records.save_document(s, Visit(child_id=child.id, started_at=at(1)))
        seen: list[str] = []
        listener = lambda *args: seen.append(args[2])  # noqa: E731
        event.listen(vault.engine, "before_cursor_execute", listener)
        try:
            with vault.session() as s:
                caseload.caseload_rows(s)
        finally:
            event.remove(vault.engine, "before_cursor_execute", listener)
        return len(seen)

    assert queries_for(3) == queries_for(30)
