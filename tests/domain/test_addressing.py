"""Plan words said to the child ("you"), and left as written wherever that is not certain."""

from __future__ import annotations

import pytest

from directwork.domain.addressing import to_child
from directwork.domain.records import Child

RHYS = Child(given_name="Rhys", family_name="Llewelyn", preferred_name="Rhys", pronouns="he/him")
MIA = Child(given_name="Amelia", preferred_name="Mia", pronouns="she/her")
SAM = Child(given_name="Sam", preferred_name="Sam")  # pronouns not recorded


@pytest.mark.parametrize(("written", "said"), [
    ("Rhys is out late near somewhere with someone.",
     "You are out late near somewhere with someone."),
    ("Rhys gets messages late at night that frighten him.",
     "You get messages late at night that frighten you."),
    ("Rhys is not in school.", "You are not in school."),
    ("Rhys goes to boxing every week.", "You go to boxing every week."),
    ("Rhys feels safe with his phone.", "You feel safe with your phone."),
    ("Rhys Llewelyn carries a knife because Rhys feels unsafe.",
     "You carry a knife because you feel unsafe."),
    ("There is shouting at home, and Rhys is scared.",
     "There is shouting at home, and you are scared."),
    ("Rhys goes missing overnight and nobody knows where Rhys is.",
     "You go missing overnight and nobody knows where you are."),
    ("Older people are asking Rhys to carry things, which could get Rhys hurt.",
     "Older people are asking you to carry things, which could get you hurt."),
    ("Rhys has a plan for weekends that keeps Rhys safe.",
     "You have a plan for weekends that keeps you safe."),
    ("Check in with Rhys after school on Fridays.", "Check in with you after school on Fridays."),
    ("Rhys's phone is set up safely.", "Your phone is set up safely."),
    ("Rhys always rings Nain.", "You always ring Nain."),
    ("Rhys was excluded. He is angry about it.", "You were excluded. You are angry about it."),
])
def test_sentences_about_the_child_are_said_to_them(written: str, said: str) -> None:
    assert to_child(written, RHYS) == said


@pytest.mark.parametrize("written", [
    "Rhys talks to Nain when he is worried.",  # "he" could be Nain
    "Someone knows where Rhys is, and Rhys comes home or rings by 10pm.",  # second verb
    "Rhys hurt his arm.",  # "hurt": not surely a verb for "you"
    "Mae Rhys yn mynd i'r ysgol.",  # Welsh
    "Nain makes the best cawl.",  # not about the child
    "He is angry about it.",  # not after a sentence about the child
])
def test_a_sentence_that_would_need_a_guess_is_left_as_written(written: str) -> None:
    assert to_child(written, RHYS) == written


def test_her_is_your_before_a_noun_and_you_otherwise() -> None:
    assert to_child("Mia keeps her phone on. It helps her.", MIA) == (
        "You keep your phone on. It helps you.")
    assert to_child("Mia says people frighten her.", MIA) == "You say people frighten you."


def test_pronouns_are_left_alone_when_the_childs_are_not_recorded() -> None:
    assert to_child("Sam is out late.", SAM) == "You are out late."
    assert to_child("Sam is out late with his brother.", SAM) == (
        "Sam is out late with his brother.")


def test_inside_another_sentence_the_words_keep_a_small_letter() -> None:
    assert to_child("Rhys is not home by 10pm", RHYS, capital=False) == (
        "you are not home by 10pm")
    assert to_child("Mum rings Rhys, then the police", RHYS, capital=False) == (
        "Mum rings you, then the police")
