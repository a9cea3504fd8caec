"""The policy file: defaults from guidance, a service's own file laid over them, and clear
errors naming the key when a file is wrong."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from directwork.domain.policy import (
    IMMEDIATELY,
    POLICY_ENV,
    POLICY_FILE_LIMIT,
    Basis,
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
    assert missing.brings_review_forward and missing.review_within == Window(5, Unit.WORKING_DAYS)
    assert missing.response == "Hold a return interview"
    assert policy.key_moments[KeyMomentType.DISCLOSURE].within == IMMEDIATELY
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
    # Immediate danger is told to the designated safeguarding lead, not to the partnership's
    # escalation procedure (which is for disagreements between professionals).
    assert immediate.start_at == "service_manager"
    assert not any(policy.concerns[s].call_999 for s in Severity if s is not Severity.IMMEDIATE)
    assert policy.immediate_danger.emergency == "999"


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
    path = own_policy(tmp_path, "[contact.not_seen]\ndays = 7\n")
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
    ("[contact]\nnot_seen_days = 7\n", "contact.not_seen_days: unknown setting"),
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


def test_a_pipe_a_device_a_folder_a_huge_or_a_non_utf8_file_is_refused_unread_in_words(
        tmp_path: Path) -> None:
    # A pipe nobody writes to would be waited on for ever, and /dev/zero read without end:
    # each is refused at once, as a folder is, and so is a file too large to be a policy.
    pipe = tmp_path / "policy-pipe.toml"
    os.mkfifo(pipe)
    huge = tmp_path / "huge.toml"
    with huge.open("wb") as fh:
        fh.truncate(POLICY_FILE_LIMIT + 1)
    latin = own_policy(tmp_path, "")
    latin.write_bytes('[welsh]\nnote = "Gw\u00eant"\n'.encode("latin-1"))
    for path, said in [(pipe, "is not a file (a device or a pipe)"),
                       (Path("/dev/zero"), "is not a file (a device or a pipe)"),
                       (tmp_path, "is a folder, not a file"),
                       (huge, "too large to be a policy file"),
                       (latin, "is not UTF-8 text")]:
        with pytest.raises(PolicyError) as caught:
            load_policy(path)
        assert said in caught.value.message
        assert str(path) in caught.value.message
        with pytest.raises(PolicyError, match=re.escape(said)):
            load_policy(env={POLICY_ENV: str(path)})


@pytest.mark.parametrize(("text", "window"), [
    ("72 hours", Window(72, Unit.HOURS)),
    ("immediately", IMMEDIATELY),
    (" Immediately ", Window(0, Unit.HOURS)),
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


# --------------------------------------------------------------------------- what each rule is


def test_every_rule_says_its_figure_source_and_whether_it_is_guidance_or_local() -> None:
    policy = load_policy(env={})
    assert policy.rules, "the policy names its rules"
    for key, rule in policy.rules.items():
        assert rule.key == key and rule.figure and rule.sources
        assert all(s.title and s.section and s.quote for s in rule.sources)
        if rule.basis is Basis.GUIDANCE:
            assert rule.guidance == rule.figure and rule.mark is Basis.GUIDANCE
    marks = {key: rule.mark for key, rule in policy.rules.items()}
    assert marks["key_moments.missing"] is Basis.GUIDANCE
    assert marks["key_moments.disclosure"] is Basis.GUIDANCE
    assert marks["immediate_danger"] is Basis.GUIDANCE
    assert marks["referrals.childrens_social_care"] is Basis.GUIDANCE
    assert marks["key_moments.exclusion"] is Basis.LOCAL
    assert marks["reviews"] is Basis.LOCAL
    missing = policy.rule("key_moments.missing")
    assert missing is not None and "72 hours of the child returning" in missing.describe()
    disclosure = policy.rules["key_moments.disclosure"]
    assert {s.region for s in disclosure.sources} == {Region.ENGLAND, Region.WALES}


@pytest.mark.parametrize(("text", "key", "guidance"), [
    ('[key_moments.missing]\nwithin = "96 hours"\n', "key_moments.missing.within", "72 hours"),
    ('[key_moments.missing]\nwithin = "3 days"\n', "key_moments.missing.within", "72 hours"),
    # 2 working days can be 5 days over a weekend, or 6 over Christmas.
    ('[key_moments.missing]\nwithin = "2 working days"\n', "key_moments.missing.within",
     "72 hours"),
    # The old figure: a disclosure on the Thursday before Easter waited until Tuesday.
    ('[key_moments.disclosure]\nwithin = "1 working day"\n', "key_moments.disclosure.within",
     "immediately"),
    ('[key_moments.disclosure]\nwithin = "1 hour"\n', "key_moments.disclosure.within",
     "immediately"),
    ('[referrals.childrens_social_care]\nacknowledge_within = "2 working days"\n',
     "referrals.childrens_social_care.acknowledge_within", "1 working day"),
    ('[referrals.childrens_social_care]\nacknowledge_within = "48 hours"\n',
     "referrals.childrens_social_care.acknowledge_within", "1 working day"),
    ('[immediate_danger]\nact = "2 hours"\n', "immediate_danger.act", "immediately"),
])
def test_a_service_figure_laxer_than_the_guidance_is_refused_with_the_guidance_beside_it(
        tmp_path: Path, text: str, key: str, guidance: str) -> None:
    path = own_policy(tmp_path, text)
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    message = caught.value.message
    assert key in message and str(path) in message
    assert f"laxer than the national guidance, which is {guidance}" in message
    assert "\u201c" in message, "the guidance's own sentence is quoted beside it"
    assert "never a laxer one" in message


def test_a_laxer_figure_through_directwork_policy_is_refused_too(tmp_path: Path) -> None:
    path = own_policy(tmp_path, '[key_moments.missing]\nwithin = "5 days"\n')
    with pytest.raises(PolicyError, match="laxer than the national guidance, which is 72 hours"):
        load_policy(env={"DIRECTWORK_POLICY": str(path)})


@pytest.mark.parametrize(("text", "key", "figure"), [
    ('[key_moments.missing]\nwithin = "48 hours"\n', "key_moments.missing", "48 hours"),
    ('[key_moments.missing]\nwithin = "1 day"\n', "key_moments.missing", "1 day"),
    ('[referrals.childrens_social_care]\nacknowledge_within = "8 hours"\n',
     "referrals.childrens_social_care", "8 hours"),
    ('[referrals.childrens_social_care]\nacknowledge_within = "0 days"\n',
     "referrals.childrens_social_care", "0 days"),
])
def test_a_stricter_service_figure_is_allowed_and_shown_as_a_local_choice(
        tmp_path: Path, text: str, key: str, figure: str) -> None:
    policy = load_policy(own_policy(tmp_path, text))
    rule = policy.rules[key]
    assert rule.figure == figure and rule.mark is Basis.LOCAL and rule.stricter_than_guidance
    assert rule.describe().startswith(f"Local choice: {figure}, stricter than the national "
                                      f"guidance ({rule.guidance}).")


@pytest.mark.parametrize(("text", "named"), [
    ('[key_moments.missing]\nguidance = "96 hours"\n', "key_moments.missing.guidance: is set by"),
    ('[key_moments.disclosure]\nbasis = "local"\n', "key_moments.disclosure.basis: is set by"),
    ('[[key_moments.missing.source]]\ntitle = "Our own note"\nsection = "1"\nquote = "Later."\n',
     "key_moments.missing.source: this rule follows national guidance"),
])
def test_a_service_file_cannot_change_what_the_guidance_is(tmp_path: Path, text: str,
                                                           named: str) -> None:
    path = own_policy(tmp_path, text)
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    assert named in caught.value.message and str(path) in caught.value.message


def test_a_service_may_cite_its_own_procedure_for_its_own_local_rule(tmp_path: Path) -> None:
    path = own_policy(tmp_path, """[key_moments.arrest]
within = "3 working days"
[[key_moments.arrest.source]]
title = "Northtown Youth Justice Service procedures"
section = "4.2 After an arrest"
quote = "The case manager reviews the safety plan within three working days of an arrest."
""")
    rule = load_policy(path).rules["key_moments.arrest"]
    assert rule.figure == "3 working days" and rule.mark is Basis.LOCAL
    assert [s.title for s in rule.sources] == ["Northtown Youth Justice Service procedures"]


def test_the_committed_practice_rules_page_is_generated_from_the_policy_file() -> None:
    from directwork.domain.rules.describe import practice_rules_markdown

    page = Path(__file__).resolve().parents[2] / "docs" / "practice-rules.md"
    assert page.read_text(encoding="utf-8") == practice_rules_markdown(load_policy(env={})), (
        "docs/practice-rules.md is out of date: run "
        "python -m directwork.domain.rules.describe > docs/practice-rules.md")
    text = page.read_text(encoding="utf-8")
    policy = load_policy(env={})
    for rule in policy.rules.values():
        for source in rule.sources:
            assert source.quote in text
