"""Wording of the child's and carers' summaries in cases the marker case does not cover."""

from __future__ import annotations

import dataclasses
from datetime import date

from directwork.domain.records import SummaryAudience, SummaryLanguage
from directwork.reports import build_summary
from tests.reports.markers import image_count, pdf_text
from tools.sample_case import sample_case

TODAY = date(2026, 3, 4)


def test_without_a_practitioner_name_the_summary_says_your_worker_in_its_language() -> None:
    case = dataclasses.replace(sample_case(), practitioner_name="", practitioner_contact="")
    welsh = pdf_text(build_summary(case, SummaryAudience.CHILD, SummaryLanguage.CY, today=TODAY))
    assert "Ysgrifennodd dy weithiwr y cynllun hwn gyda ti." in welsh
    carers = pdf_text(build_summary(case, SummaryAudience.CARER, SummaryLanguage.EN, today=TODAY))
    assert "the youth justice worker wrote this plan with you and Rhys." in carers


def test_a_case_with_no_plan_yet_still_gives_the_child_helplines_and_their_information() -> None:
    case = dataclasses.replace(sample_case(), plan=None, plan_history=[])
    text = pdf_text(build_summary(case, SummaryAudience.CHILD, SummaryLanguage.EN, today=TODAY))
    assert "In an emergency, call 999." in text and "Childline: 0800 1111." in text
    assert "We made it on 4 March 2026." in text
    assert "Nobody has agreed to this plan yet." in text
    assert "Your information" in text
    agency = pdf_text(build_summary(case, SummaryAudience.AGENCY, SummaryLanguage.EN, today=TODAY))
    assert "Multi-agency safety plan" in agency


def test_a_plan_with_30_actions_and_50_entries_prints_every_action() -> None:
    case = sample_case(actions=30, voice=44)
    text = pdf_text(build_summary(case, SummaryAudience.AGENCY, SummaryLanguage.EN, today=TODAY))
    assert text.count("(step 5)") == 6  # actions 25-30 of the repeated six


def test_an_unreadable_drawing_is_left_out_and_the_summary_still_prints() -> None:
    case = sample_case()
    case.drawings = [dataclasses.replace(d, png=b"not a picture") for d in case.drawings]
    pdf = build_summary(case, SummaryAudience.CHILD, SummaryLanguage.EN, today=TODAY)
    assert "My own house one day." in pdf_text(pdf)
    assert image_count(pdf) == 0
