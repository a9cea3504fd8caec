"""Every rule of the real policy file, on the days that catch a clock out: Easter, the
Christmas bank holidays, the March and October clock changes, and a service in Wales. Each
due time is worked out by the functions the app uses, from resources/policy/default.toml (and
a Welsh service's file laid over it), and compared with the date a practitioner would count
on a calendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from directwork.domain.policy import Basis, Policy, Region, load_policy
from directwork.domain.records import KeyMoment, KeyMomentType, ReferralType, Severity
from directwork.domain.rules.concerns import concern_response_due, referral_ack_due
from directwork.domain.rules.keymoments import required_response
from directwork.domain.rules.reviews import review_schedule
from directwork.domain.rules.workdays import LONDON, bank_holidays, local_date

ENGLAND = load_policy(env={})


def welsh_service(tmp: Path) -> Policy:
    path = tmp / "cwm-teg.toml"
    path.write_text('region = "wales"\n[immediate_danger.childrens_social_care]\n'
                    'name = "Cwm Teg children\'s services"\nname_cy = "Gwasanaethau Plant Cwm Teg"\n'
                    'phone = "01632 960 123"\n', encoding="utf-8")
    return load_policy(path)


def end_of(day: date) -> datetime:
    """The last second of a London day, as the app stores it (UTC)."""
    return datetime.combine(day, time(23, 59, 59), tzinfo=LONDON).astimezone(UTC)


def due_for(rule: str, start: datetime, policy: Policy) -> datetime:
    """When the clock of ``rule`` started at ``start`` runs out, by the app's own functions."""
    kind, _, name = rule.partition(".")
    if kind == "key_moments":
        moment_type = KeyMomentType(name)
        km = KeyMoment(child_id="c1", moment_type=moment_type,
                       occurred_at=start - timedelta(hours=6) if moment_type is
                       KeyMomentType.MISSING else start,
                       returned_at=start if moment_type is KeyMomentType.MISSING else None)
        _, due = required_response(km, policy)
        assert due is not None
        return due
    if kind == "referrals":
        return referral_ack_due(start, ReferralType(name), policy)
    if kind == "concerns":
        return concern_response_due(start, Severity(name), policy)
    raise AssertionError(rule)


THURSDAY_BEFORE_EASTER = datetime(2026, 4, 2, 14, 0, tzinfo=UTC)  # 15:00 BST
EASTER = [
    # Good Friday 3 Apr and Easter Monday 6 Apr are not working days.
    ("key_moments.exclusion", end_of(date(2026, 4, 13))),
    ("key_moments.placement_move", end_of(date(2026, 4, 13))),
    ("key_moments.address_move", end_of(date(2026, 4, 13))),
    ("key_moments.arrest", end_of(date(2026, 4, 13))),
    ("key_moments.release_from_custody", end_of(date(2026, 4, 13))),
    ("key_moments.court", end_of(date(2026, 4, 13))),
    ("key_moments.bereavement", end_of(date(2026, 4, 9))),  # 7 days, not 11
    ("key_moments.disclosure", THURSDAY_BEFORE_EASTER),  # now, not Tue 7 Apr
    ("key_moments.missing", THURSDAY_BEFORE_EASTER + timedelta(hours=72)),  # Easter Sunday
    # 20 working days, skipping Good Friday, Easter Monday and the early May bank holiday.
    ("key_moments.transition_to_adult", end_of(date(2026, 5, 5))),
    ("referrals.childrens_social_care", end_of(date(2026, 4, 7))),
    ("referrals.nrm", end_of(date(2026, 4, 8))),
    ("concerns.low", end_of(date(2026, 4, 20))),
    ("concerns.medium", end_of(date(2026, 4, 13))),
    ("concerns.high", end_of(date(2026, 4, 7))),
    ("concerns.immediate", THURSDAY_BEFORE_EASTER + timedelta(hours=2)),
]


@pytest.mark.parametrize(("rule", "expected"), EASTER)
def test_every_rule_over_easter(rule: str, expected: datetime) -> None:
    assert due_for(rule, THURSDAY_BEFORE_EASTER, ENGLAND) == expected


@pytest.mark.parametrize(("rule", "expected"), EASTER)
def test_every_rule_over_easter_for_a_service_in_wales(rule: str, expected: datetime,
                                                       tmp_path: Path) -> None:
    wales = welsh_service(tmp_path)
    assert wales.region is Region.WALES
    assert due_for(rule, THURSDAY_BEFORE_EASTER, wales) == expected


def test_every_key_moment_referral_and_concern_rule_is_on_the_easter_table() -> None:
    covered = {rule for rule, _ in EASTER}
    checked = {key for key in ENGLAND.rules
               if key.split(".")[0] in {"key_moments", "referrals", "concerns"}
               and not key.endswith(".review")}
    assert covered == checked


CHRISTMAS_EVE = datetime(2026, 12, 24, 10, 0, tzinfo=UTC)  # a Thursday


@pytest.mark.parametrize(("rule", "expected"), [
    # Christmas Day (Fri), Boxing Day's substitute (Mon 28), New Year's Day (Fri 1 Jan).
    ("referrals.childrens_social_care", end_of(date(2026, 12, 29))),
    ("concerns.high", end_of(date(2026, 12, 29))),
    ("key_moments.exclusion", end_of(date(2027, 1, 5))),
    ("key_moments.bereavement", end_of(date(2026, 12, 31))),
    ("key_moments.disclosure", CHRISTMAS_EVE),
])
def test_rules_over_the_christmas_bank_holidays(rule: str, expected: datetime,
                                                tmp_path: Path) -> None:
    assert date(2026, 12, 28) in bank_holidays(Region.ENGLAND, 2026)
    assert due_for(rule, CHRISTMAS_EVE, ENGLAND) == expected
    assert due_for(rule, CHRISTMAS_EVE, welsh_service(tmp_path)) == expected


# Saturday evening before the clocks go forward (Sun 29 Mar 2026, 01:00 GMT -> 02:00 BST).
MARCH = datetime(2026, 3, 28, 22, 0, tzinfo=UTC)
# Saturday evening before they go back (Sun 25 Oct 2026, 02:00 BST -> 01:00 GMT).
OCTOBER = datetime(2026, 10, 24, 21, 0, tzinfo=UTC)  # 22:00 BST


@pytest.mark.parametrize(("start", "rule", "expected_london"), [
    # Hours are elapsed time: the wall clock reads an hour later after March...
    (MARCH, "key_moments.missing", datetime(2026, 3, 31, 23, 0, tzinfo=LONDON)),
    (MARCH, "concerns.immediate", datetime(2026, 3, 29, 0, 0, tzinfo=LONDON)),
    # ...and an hour earlier after October.
    (OCTOBER, "key_moments.missing", datetime(2026, 10, 27, 21, 0, tzinfo=LONDON)),
    (OCTOBER, "concerns.immediate", datetime(2026, 10, 25, 0, 0, tzinfo=LONDON)),
    # Days end at midnight London time, whichever side of the change they fall.
    (MARCH, "concerns.high", datetime(2026, 3, 30, 23, 59, 59, tzinfo=LONDON)),
    (OCTOBER, "concerns.high", datetime(2026, 10, 26, 23, 59, 59, tzinfo=LONDON)),
    (MARCH, "key_moments.bereavement", datetime(2026, 4, 4, 23, 59, 59, tzinfo=LONDON)),
    (OCTOBER, "key_moments.bereavement", datetime(2026, 10, 31, 23, 59, 59, tzinfo=LONDON)),
])
def test_rules_across_the_clock_changes(start: datetime, rule: str,
                                        expected_london: datetime) -> None:
    due = due_for(rule, start, ENGLAND)
    assert due == expected_london.astimezone(UTC)


def test_a_disclosure_late_on_a_summer_evening_is_due_that_london_day() -> None:
    # 23:30 UTC on 30 June is 00:30 on 1 July in London.
    said = datetime(2026, 6, 30, 23, 30, tzinfo=UTC)
    due = due_for("key_moments.disclosure", said, ENGLAND)
    assert due == said and local_date(due) == date(2026, 7, 1)


def test_the_review_interval_and_a_key_moment_through_the_real_policy() -> None:
    start = date(2026, 11, 30)
    assert review_schedule(start, [], [], [], [], ENGLAND).due == date(2027, 2, 28)
    arrest = KeyMoment(id="a", child_id="c1", moment_type=KeyMomentType.ARREST,
                       occurred_at=CHRISTMAS_EVE)
    assert review_schedule(start, [], [arrest], [], [], ENGLAND).due == date(2027, 1, 5)


def test_a_welsh_service_keeps_the_guidance_and_has_its_own_sources_and_numbers(
        tmp_path: Path) -> None:
    wales = welsh_service(tmp_path)
    for key, rule in ENGLAND.rules.items():
        assert wales.rules[key].mark is rule.mark
    disclosure = wales.rules["key_moments.disclosure"]
    assert disclosure.mark is Basis.GUIDANCE
    assert any(s.region is Region.WALES and "Wales Safeguarding Procedures" in s.title
               for s in disclosure.sources)
    assert wales.immediate_danger.csc_name_cy == "Gwasanaethau Plant Cwm Teg"
    assert wales.immediate_danger.csc_phone == "01632 960 123"
