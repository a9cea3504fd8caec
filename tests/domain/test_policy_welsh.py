"""The policy's own words in Welsh: each response, ladder step and name the practitioner reads
has its Welsh beside it in the policy file; the Welsh interface shows it, falls back to the
English where a service's file has no Welsh, and shows a stored record's words in Welsh only
when they are exactly the policy's English (the record itself is never rewritten). Sources'
quotations stay as published."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from directwork.domain.policy import PolicyError, Wording, load_policy, window_words
from directwork.domain.records import Concern, KeyMoment, KeyMomentType, Severity
from directwork.domain.rules.concerns import concern_response_due, danger_steps
from directwork.domain.rules.keymoments import with_required_response
from directwork.domain.rules.messages import render
from directwork.domain.rules.practice_check import Category, practice_check
from tests.domain.test_practice_check import NOW, settled

POLICY = load_policy(env={})


def own_policy(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "service.toml"
    path.write_text(text, encoding="utf-8")
    return path


def missing_moment(policy=POLICY, **changes: object) -> KeyMoment:
    back = NOW - timedelta(hours=1)
    km = with_required_response(KeyMoment(id="k1", child_id="c1",
                                          moment_type=KeyMomentType.MISSING,
                                          occurred_at=back - timedelta(hours=20),
                                          returned_at=back), policy)
    return dataclasses.replace(km, **changes)


def moment_item(km: KeyMoment, policy=POLICY):
    [item] = [i for i in practice_check(settled(key_moments=[km]), policy, NOW)
              if i.category is Category.KEY_MOMENT]
    return item


def test_the_default_policy_has_welsh_for_every_word_it_gives_the_practitioner() -> None:
    for rule in POLICY.key_moments.values():
        assert rule.response_cy and rule.response_cy != rule.response, rule.moment_type
    for step in POLICY.ladder:
        assert step.title_cy and step.title_cy != step.title
        assert step.who_cy and step.who_cy != step.who
    danger = POLICY.immediate_danger
    assert danger.csc_name_cy and danger.csc_name_cy != danger.csc_name
    # the quotations are the published English, in both languages
    rule = POLICY.rule("key_moments.missing")
    assert rule is not None
    quote = rule.sources[0].quote
    assert quote in rule.describe("cy") and quote in rule.describe("en")


def test_the_practice_check_says_the_policys_words_in_the_language_asked_for() -> None:
    item = moment_item(missing_moment())
    assert render(item.message, "en") == "Missing episode (Mon 9 Mar 2026): Hold a return interview"
    assert render(item.message, "cy") == ("Mynd ar goll (Llun 9 Maw 2026): Cynhaliwch "
                                          "gyfweliad dychwelyd")
    # a concern past its clock: the ladder's next step and who answers there, in Welsh
    raised = datetime(2026, 3, 2, 9, tzinfo=UTC)
    concern = Concern(id="q1", child_id="c1", summary="Risg ecsbloetio yn y parc",
                      severity=Severity.MEDIUM, raised_at=raised,
                      response_due=concern_response_due(raised, Severity.MEDIUM, POLICY))
    [item] = practice_check(settled(concerns=[concern]), POLICY, NOW)
    welsh = render(item.message, "cy")
    assert "trafodaeth rhwng ymarferwyr" in welsh
    assert "rheolwr llinell (eich rheolwr llinell, a'u rheolwr llinell nhw)" in welsh
    assert "line manager" not in welsh and "practitioner" not in welsh
    assert "escalate to line manager (your line manager, and theirs)" in render(item.message)
    # a concern saved without a summary is called a concern in each language
    untitled = dataclasses.replace(concern, summary=" ")
    [item] = practice_check(settled(concerns=[untitled]), POLICY, NOW)
    assert render(item.message, "cy").startswith("Pryder: trafodaeth rhwng ymarferwyr.")
    assert render(item.message).startswith("Concern: practitioner discussion.")


def test_immediate_danger_names_childrens_social_care_in_each_language() -> None:
    raised = NOW - timedelta(minutes=5)
    concern = Concern(id="q9", child_id="c1", summary="Cyllell", severity=Severity.IMMEDIATE,
                      raised_at=raised,
                      response_due=concern_response_due(raised, Severity.IMMEDIATE, POLICY))
    [item] = practice_check(settled(concerns=[concern]), POLICY, NOW)
    assert POLICY.immediate_danger.csc_name_cy in render(item.message, "cy")
    assert POLICY.immediate_danger.csc_name not in render(item.message, "cy")
    assert POLICY.immediate_danger.csc_name in render(item.message, "en")


def test_a_stored_record_keeps_its_words_and_shows_welsh_only_for_the_policys_exact_english(
        ) -> None:
    km = missing_moment()
    # what a key moment holds is the policy's English, whatever the interface language
    assert km.response == "Hold a return interview"
    before = dataclasses.replace(km)
    render(moment_item(km).message, "cy")
    assert km == before
    # words that are not exactly the policy's (an older policy's, or typed elsewhere) are shown
    # as they were stored, in both languages
    for stored in ("Offer a return interview", "Hold a return interview.",
                   "hold a return interview"):
        older = missing_moment(response=stored)
        item = moment_item(older)
        assert render(item.message, "cy").endswith(f": {stored}")
        assert render(item.message, "en").endswith(f": {stored}")
        assert older.response == stored
    assert POLICY.response_words(KeyMomentType.MISSING, "Offer a return interview") == Wording(
        "Offer a return interview", "Offer a return interview")
    # an escalation step's "to whom", as stored: Welsh only for a step's exact English name
    assert POLICY.step_words("Line manager").in_language("cy") == "Rheolwr llinell"
    assert POLICY.step_words("Ms Jones").in_language("cy") == "Ms Jones"
    # words stored in the policy's Welsh read in English in the English interface
    assert POLICY.response_words(KeyMomentType.MISSING, "Cynhaliwch gyfweliad dychwelyd") == \
        Wording("Hold a return interview", "Cynhaliwch gyfweliad dychwelyd")
    assert POLICY.step_words("Rheolwr llinell").in_language("en") == "Line manager"


def test_a_service_that_changes_the_english_without_its_welsh_falls_back_to_its_english(
        tmp_path: Path) -> None:
    own = own_policy(tmp_path, """
[key_moments.missing]
response = "Offer and hold a return interview"

[immediate_danger.childrens_social_care]
name = "Northfield children's services"
phone = "01234 567890"

[[escalation.ladder]]
key = "practitioner"
title = "Worker to worker"
who = "the other agency's worker"
answer_within = "2 working days"

[[escalation.ladder]]
key = "line_manager"
title = "Team manager"
who = "your team manager"
answer_within = "1 working day"

[[escalation.ladder]]
key = "service_manager"
title = "Head of service"
who = "the head of service"
answer_within = "1 working day"
""")
    policy = load_policy(own)  # no error
    missing = policy.key_moments[KeyMomentType.MISSING]
    # the default's Welsh said something else: it is not shown beside the service's English
    assert missing.response_cy == ""
    item = moment_item(missing_moment(policy), policy)
    assert render(item.message, "cy").endswith(": Offer and hold a return interview")
    # the moments it did not change keep the default's Welsh
    assert policy.key_moments[KeyMomentType.ARREST].response_cy == "Adolygwch y cynllun diogelwch"
    danger = render(danger_steps(policy.immediate_danger), "cy")
    assert "(Northfield children's services, 01234 567890)" in danger
    assert [s.title_words.in_language("cy") for s in policy.ladder] == [
        "Worker to worker", "Team manager", "Head of service"]
    rule = policy.rule("escalation")
    assert rule is not None
    assert rule.describe("cy").startswith("Dewis lleol: Worker to worker: 2 diwrnod gwaith, ")


def test_a_service_may_give_its_own_welsh_or_restate_the_english_and_keep_the_default_welsh(
        tmp_path: Path) -> None:
    own = own_policy(tmp_path, """
[key_moments.missing]
response = "Offer and hold a return interview"
response_cy = "Cynigiwch a chynhaliwch gyfweliad dychwelyd"

[key_moments.arrest]
response = "Review the safety plan"

[key_moments.court]
response_cy = "Adolygwch y cynllun ar ôl y llys"

[immediate_danger.childrens_social_care]
name_cy = "Gwasanaethau plant Northfield"
""")
    policy = load_policy(own)
    item = moment_item(missing_moment(policy), policy)
    assert render(item.message, "cy").endswith(": Cynigiwch a chynhaliwch gyfweliad dychwelyd")
    assert policy.key_moments[KeyMomentType.ARREST].response_cy == "Adolygwch y cynllun diogelwch"
    court = policy.key_moments[KeyMomentType.COURT]
    assert court.response == "Review the safety plan after the court outcome"
    assert court.response_cy == "Adolygwch y cynllun ar ôl y llys"
    assert "Gwasanaethau plant Northfield" in render(danger_steps(policy.immediate_danger), "cy")
    # a key moment stored under the default's words is shown as stored once they have changed
    old = missing_moment(POLICY)
    assert render(moment_item(old, policy).message, "cy").endswith(": Hold a return interview")


def test_welsh_that_is_not_words_is_refused_naming_the_key(tmp_path: Path) -> None:
    own = own_policy(tmp_path, "[key_moments.missing]\nresponse_cy = 5\n")
    with pytest.raises(PolicyError, match=r"key_moments\.missing\.response_cy: should be Welsh"):
        load_policy(own)


def test_a_rules_tooltip_and_its_figures_in_welsh() -> None:
    missing = POLICY.rule("key_moments.missing")
    assert missing is not None
    assert missing.describe().startswith("National guidance: 72 hours.\n")
    assert missing.describe("cy").startswith(
        "Canllawiau cenedlaethol: 72 awr.\nY ffynonellau, fel y'u cyhoeddwyd:\n")
    reviews = POLICY.rule("reviews")
    assert reviews is not None and reviews.describe("cy").startswith("Dewis lleol: 3 mis.")
    disclosure = POLICY.rule("key_moments.disclosure")
    assert disclosure is not None and "(Cymru)" in disclosure.describe("cy")
    assert "(Wales)" in disclosure.describe("en")
    assert [window_words(w, "cy") for w in (POLICY.key_moments[k].within for k in (
        KeyMomentType.DISCLOSURE, KeyMomentType.BEREAVEMENT, KeyMomentType.ARREST))] == [
        "ar unwaith", "7 diwrnod", "5 diwrnod gwaith"]


def test_a_services_own_ladder_keeps_the_default_welsh_for_steps_it_repeats_word_for_word(
        tmp_path: Path) -> None:
    own = own_policy(tmp_path, """
[[escalation.ladder]]
key = "practitioner"
title = "Practitioner discussion"
who = "the practitioner in the other agency"
answer_within = "1 working day"

[[escalation.ladder]]
key = "line_manager"
title = "Line manager"
who = "your team manager"
answer_within = "1 working day"

[[escalation.ladder]]
key = "service_manager"
title = "Head of service"
title_cy = "Pennaeth y gwasanaeth"
who = "the head of service"
answer_within = "1 working day"
""")
    policy = load_policy(own)
    first, second, third = policy.ladder
    # word for word the default's: its Welsh is kept
    assert (first.title_cy, first.who_cy) == ("Trafodaeth rhwng ymarferwyr",
                                              "yr ymarferydd yn yr asiantaeth arall")
    assert second.title_cy == "Rheolwr llinell"
    # changed words without Welsh: the service's English; its own Welsh where it gives it
    assert second.who_words.in_language("cy") == "your team manager"
    assert third.title_words.in_language("cy") == "Pennaeth y gwasanaeth"
    assert third.who_words.in_language("cy") == "the head of service"
    # the default file itself is untouched by a service's file
    assert load_policy(env={}).ladder[1].who_cy == "eich rheolwr llinell, a'u rheolwr llinell nhw"
