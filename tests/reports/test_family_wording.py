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


def test_the_childs_copy_says_the_plan_to_them_and_childline_and_999_once() -> None:
    # The sample plan is written about Rhys and lists Childline and 999 among its helplines.
    case = sample_case()
    plan = case.plan
    assert plan is not None
    assert any(h.name == "Childline" for h in plan.helplines)
    assert any(h.number == "999" for h in plan.helplines)
    for language, emergency, who, agreed, score in (
            (SummaryLanguage.EN, "In an emergency, call 999.", "Who: You and Mum",
             "You agreed on 3 March 2026.", "You: 5 out of 10."),
            (SummaryLanguage.CY, "Mewn argyfwng, ffonia 999.", "Pwy: You and Mum",
             "Cytunaist ti ar 3 Mawrth 2026.", "Ti: 5 allan o 10.")):
        text = pdf_text(build_summary(case, SummaryAudience.CHILD, language, today=TODAY))
        # Said to the child, as co-review says it: "you", not "Rhys is...".
        for said in ("You were excluded from school and we want you to be safe",
                     "You are out late near", "You feel safe with your phone.",
                     "Check your phone settings together", who, agreed, score):
            assert said in text, (language, said)
        for written in ("Rhys was excluded", "Rhys is out late", "Rhys feels safe",
                        "Check Rhys's phone", "Rhys agreed", "Cytunodd Rhys", "Rhys: 5"):
            assert written not in text, (language, written)
        # Childline and 999 once each, in the child's language, though the plan lists both.
        assert text.count("0800 1111") == 1, language
        assert text.count(emergency) == 1, language
        assert "Emergency (police, ambulance)" not in text
        assert "Meic (helpline for children in Wales): 080880 23456" in text


def test_the_carers_copy_keeps_the_plan_as_written_and_childline_and_999_once() -> None:
    text = pdf_text(build_summary(sample_case(), SummaryAudience.CARER, SummaryLanguage.EN,
                                  today=TODAY))
    assert "Rhys is out late near" in text and "You are out late" not in text
    assert "Rhys agreed on 3 March 2026." in text and "Rhys: 5 out of 10." in text
    assert text.count("0800 1111") == 1
    assert "Emergency (police, ambulance)" not in text


def test_in_both_languages_a_speaker_shown_by_role_is_said_once_in_each() -> None:
    # The sample's neighbour is not one of Rhys's safe people: shown as "a neighbour".
    for audience in (SummaryAudience.CHILD, SummaryAudience.CARER):
        text = pdf_text(build_summary(sample_case(), audience, SummaryLanguage.BOTH,
                                      today=TODAY))
        assert "Dywedodd Cymydog: / A neighbour said:" in text, audience
        assert "Cymydog / A neighbour" not in text, audience
