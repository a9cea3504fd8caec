"""The policy file: defaults from guidance, a service's own file laid over them, and clear
errors naming the key when a file is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from directwork.domain.policy import (
    ClockStart,
    PolicyError,
    Region,
    Unit,
    Window,
    load_policy,
    parse_window,
)
from directwork.domain.records import KeyMomentType, ReferralType, Severity


def own_policy(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "service.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_hold_every_rule_in_the_practice_guidance() -> None:
    policy = load_policy(env={})
    assert policy.region is Region.ENGLAND
    assert policy.review_interval_months == 3
    assert policy.review_due_soon_days == 7
    assert policy.worker_changed_months == 3
    missing = policy.key_moments[KeyMomentType.MISSING]
    assert missing.within == Window(72, Unit.HOURS)
    assert missing.starts_from is ClockStart.RETURNED
    for kind in (KeyMomentType.EXCLUSION, KeyMomentType.PLACEMENT_MOVE, KeyMomentType.ADDRESS_MOVE,
                 KeyMomentType.ARREST, KeyMomentType.RELEASE_FROM_CUSTODY):
        rule = policy.key_moments[kind]
        assert rule.within == Window(5, Unit.WORKING_DAYS)
        assert rule.brings_review_forward
        assert "review" in rule.response.lower()
    assert set(policy.key_moments) == set(KeyMomentType)
    assert policy.referral_ack[ReferralType.CHILDRENS_SOCIAL_CARE] == Window(1, Unit.WORKING_DAYS)
    assert ReferralType.NRM in policy.referral_ack
    assert [s.title for s in policy.ladder] == [
        "Practitioner discussion", "Line manager",
        "Service manager / designated safeguarding lead", "Safeguarding partnership escalation",
    ]
    immediate = policy.concerns[Severity.IMMEDIATE]
    assert immediate.call_999
    assert policy.ladder_index(immediate.start_at) == policy.top_step
    assert not any(policy.concerns[s].call_999 for s in Severity if s is not Severity.IMMEDIATE)


def test_a_service_file_overrides_only_what_it_names(tmp_path: Path) -> None:
    path = own_policy(tmp_path, 'region = "wales"\n[key_moments.arrest]\nwithin = "3 working days"\n')
    policy = load_policy(path)
    assert policy.region is Region.WALES
    assert policy.key_moments[KeyMomentType.ARREST].within == Window(3, Unit.WORKING_DAYS)
    # The rest of the arrest rule and every other rule keep their defaults.
    assert policy.key_moments[KeyMomentType.ARREST].brings_review_forward
    assert policy.key_moments[KeyMomentType.EXCLUSION].within == Window(5, Unit.WORKING_DAYS)
    assert policy.sources[-1] == str(path)


def test_the_service_file_is_found_through_the_environment(tmp_path: Path) -> None:
    path = own_policy(tmp_path, "[contact]\nnot_seen_days = 7\n")
    assert load_policy(env={"DIRECTWORK_POLICY": str(path)}).not_seen_days == 7
    assert load_policy(env={}).not_seen_days == 14


def test_a_service_ladder_replaces_the_default_whole(tmp_path: Path) -> None:
    path = own_policy(tmp_path, """
[concerns.low]
start_at = "manager"
[concerns.medium]
start_at = "manager"
[concerns.high]
start_at = "manager"
[concerns.immediate]
start_at = "lead"
[[escalation.ladder]]
key = "manager"
title = "Team manager"
who = "the team manager"
answer_within = "1 working day"
[[escalation.ladder]]
key = "lead"
title = "Head of service"
who = "the head of service"
answer_within = "4 hours"
""")
    policy = load_policy(path)
    assert [s.key for s in policy.ladder] == ["manager", "lead"]
    assert policy.ladder[1].answer_within == Window(4, Unit.HOURS)


@pytest.mark.parametrize(("text", "named"), [
    ("[reviews]\ninterval_month = 2\n", "reviews.interval_month: unknown setting"),
    ("[key_moments.arrest]\nwithin = \"5 wrking days\"\n", "key_moments.arrest.within"),
    ("[reviews]\ninterval_months = 0\n", "reviews.interval_months"),
    ("[reviews]\ninterval_months = \"3\"\n", "reviews.interval_months"),
    ('region = "scotland"\n', "region: 'scotland' is not one of"),
    ("[concerns.high]\nstart_at = \"chief\"\n", "concerns.high.start_at: 'chief' is not a step"),
    ("[key_moments.missing]\nfrom = \"left\"\n", "key_moments.missing.from"),
    ("[concerns.low]\ncall_999 = \"no\"\n", "concerns.low.call_999: should be true or false"),
    ("[[escalation.ladder]]\nkey = \"a\"\ntitle = \"A\"\nwho = \"a\"\n",
     "escalation.ladder[1].answer_within: missing"),
])
def test_a_mistake_in_a_service_file_is_refused_naming_the_key(tmp_path: Path, text: str,
                                                                named: str) -> None:
    path = own_policy(tmp_path, text)
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    assert named in caught.value.message
    assert str(path) in caught.value.message


def test_a_file_that_is_not_toml_or_not_there_is_refused(tmp_path: Path) -> None:
    broken = own_policy(tmp_path, "region = england\n")
    with pytest.raises(PolicyError, match="not valid TOML"):
        load_policy(broken)
    with pytest.raises(PolicyError, match="was not found"):
        load_policy(tmp_path / "nowhere.toml")


@pytest.mark.parametrize(("text", "window"), [
    ("72 hours", Window(72, Unit.HOURS)),
    ("1 hour", Window(1, Unit.HOURS)),
    ("14 days", Window(14, Unit.DAYS)),
    ("1 working day", Window(1, Unit.WORKING_DAYS)),
    (" 5  Working   Days ", Window(5, Unit.WORKING_DAYS)),
])
def test_windows_are_written_in_words(text: str, window: Window) -> None:
    assert parse_window(text) == window


@pytest.mark.parametrize("text", ["5", "five days", "5 weeks", "-1 days", ""])
def test_a_window_that_is_not_words_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a time window"):
        parse_window(text)
