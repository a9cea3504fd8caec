"""The multi-agency plan in Welsh gives the policy's Welsh for the words the policy supplies (a
key moment's response, an escalation's step) where a record holds exactly the policy's English;
other words print as stored, and without the policy everything prints as stored."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from directwork.domain.policy import POLICY_ENV, Policy, load_policy
from directwork.domain.records import (
    Child,
    Concern,
    EscalationStep,
    KeyMoment,
    KeyMomentType,
    Severity,
    SummaryAudience,
    SummaryLanguage,
)
from directwork.domain.redaction import for_agency
from directwork.reports import build_checked_summary, printing_policy
from directwork.reports.agency import build_agency_summary
from directwork.store import records
from directwork.store.case import load_case
from directwork.store.keyfile import KdfParams
from directwork.store.vault import Vault
from tests.reports.markers import NOW, TODAY, pdf_text

OWN_WORDS = "Ring the school's safeguarding lead"


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy(env={})


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory, policy: Policy) -> Iterator[object]:
    vault, _ = Vault.create(tmp_path_factory.mktemp("agency") / "vault", "a long test passphrase",
                            practitioner_name="Sam", kdf=KdfParams.fast_for_tests())
    vault.clock = lambda: NOW
    missing = policy.key_moments[KeyMomentType.MISSING]
    with vault.transaction() as s:
        cid = records.save_document(s, Child(given_name="Rhys", family_name="Llewelyn")).id
        records.add_entry(s, KeyMoment(child_id=cid, moment_type=KeyMomentType.MISSING,
                                       occurred_at=NOW, details="Away overnight",
                                       response=missing.response))
        records.add_entry(s, KeyMoment(child_id=cid, moment_type=KeyMomentType.EXCLUSION,
                                       occurred_at=NOW, details="Sent home",
                                       response=OWN_WORDS))
        concern = records.save_document(s, Concern(child_id=cid, summary="Seen out late",
                                                   raised_by="Sam", raised_at=NOW,
                                                   severity=Severity.HIGH))
        records.add_entry(s, EscalationStep(child_id=cid, concern_id=concern.id, step=1,
                                            to_whom=policy.ladder[1].title, at=NOW))
    with vault.session() as s:
        loaded = load_case(s, cid)
    yield loaded
    vault.lock()


def test_a_welsh_plan_gives_the_policys_welsh_for_its_own_words(case, policy) -> None:
    missing = policy.key_moments[KeyMomentType.MISSING]
    step = policy.ladder[1]
    assert missing.response_cy and step.title_cy
    text = pdf_text(build_checked_summary(case, SummaryAudience.AGENCY, SummaryLanguage.CY,
                                          today=TODAY, policy=policy).pdf)
    assert missing.response_cy in text and missing.response not in text
    assert step.title_cy in text and step.title not in text
    assert OWN_WORDS in text  # the practitioner's own words, as stored


def test_a_bilingual_plan_gives_both_welsh_first(case, policy) -> None:
    missing = policy.key_moments[KeyMomentType.MISSING]
    step = policy.ladder[1]
    text = pdf_text(build_checked_summary(case, SummaryAudience.AGENCY, SummaryLanguage.BOTH,
                                          today=TODAY, policy=policy).pdf)
    assert f"{missing.response_cy} / {missing.response}" in text
    # The step's line is given in each language, each naming the step in its own language.
    assert step.title_cy in text and step.title in text
    assert f"{step.title_cy} / {step.title}" not in text
    assert f"{OWN_WORDS} / {OWN_WORDS}" not in text and OWN_WORDS in text


def test_an_english_plan_and_a_plan_without_the_policy_print_the_words_as_stored(
        case, policy) -> None:
    missing = policy.key_moments[KeyMomentType.MISSING]
    step = policy.ladder[1]
    english = pdf_text(build_checked_summary(case, SummaryAudience.AGENCY, SummaryLanguage.EN,
                                             today=TODAY, policy=policy).pdf)
    assert missing.response in english and missing.response_cy not in english
    assert step.title in english and step.title_cy not in english
    without = pdf_text(build_agency_summary(for_agency(case), SummaryLanguage.CY, TODAY))
    assert missing.response in without and missing.response_cy not in without


def test_a_broken_policy_file_does_not_stop_the_plan_being_printed(case, tmp_path,
                                                                   monkeypatch) -> None:
    broken = tmp_path / "policy.toml"
    broken.write_text("[reviews\ninterval_months = 'often'\n")
    monkeypatch.setenv(POLICY_ENV, str(broken))
    assert printing_policy() is None
    built = build_checked_summary(case, SummaryAudience.AGENCY, SummaryLanguage.CY, today=TODAY,
                                  policy=printing_policy())
    assert OWN_WORDS in pdf_text(built.pdf)
