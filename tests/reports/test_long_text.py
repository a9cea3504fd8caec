"""A long piece of free text (a child's own account can be up to 100,000 characters) prints
whole, in order, wherever it is in the child's or the carers' summary and in each language:
it runs on from page to page instead of stopping the summary being built."""

from __future__ import annotations

import dataclasses
import subprocess
from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from directwork.domain import pictures
from directwork.domain.case import Case
from directwork.domain.records import PictureChoice, SummaryAudience, SummaryLanguage
from directwork.reports import build_summary
from tools.sample_case import sample_case

TODAY = date(2026, 3, 4)
# No vowels, no "s" and no digits: no word of these is a name ("Mrs", "Ms"), a pronoun the
# child's copy turns into "you", or a phone number a copy leaves out, so the words print
# exactly as written.
LETTERS = "bcdfghjklmnpqrtvwxzBCDFGHJKLMNPQRTVWXZ"


def _plan(case: Case, **changes: object) -> Case:
    assert case.plan is not None
    return dataclasses.replace(case, plan=dataclasses.replace(case.plan, **changes))


def _first(items: list, **changes: object) -> list:
    return [dataclasses.replace(items[0], **changes), *items[1:]]


def _told(case: Case, words: str) -> Case:
    # The child's own words, with their drawing, shared with the carers too.
    return dataclasses.replace(case, voice=[dataclasses.replace(v, text=words)
                                            if v.id == "vx4" else v for v in case.voice])


def _picture(case: Case, words: str) -> Case:
    assert case.plan is not None
    worry = case.plan.worries[1]
    case = _plan(case, worries=[case.plan.worries[0], dataclasses.replace(worry, text=words),
                                *case.plan.worries[2:]])
    return dataclasses.replace(case, pictures=[PictureChoice(
        id="pc1", child_id=case.child.id, plan_id=case.plan.id,  # type: ignore[union-attr]
        item=pictures.item_key("worries", worry.id), picture="star",
        created_at=datetime(2026, 3, 2, 10, 0, tzinfo=UTC))])


def _scale(case: Case, words: str) -> Case:
    return dataclasses.replace(case, voice=[dataclasses.replace(v, scale_question=words)
                                            if v.id == "vx3" else v for v in case.voice])


# Where free text goes in a family summary, and the copies it is printed in.
FIELDS: dict[str, tuple[Callable[[Case, str], Case], tuple[SummaryAudience, ...]]] = {
    "told": (_told, (SummaryAudience.CHILD, SummaryAudience.CARER)),
    "why": (lambda c, w: _plan(c, why_working_together=w),
            (SummaryAudience.CHILD, SummaryAudience.CARER)),
    "child_section": (lambda c, w: _plan(c, child_section=w),
                      (SummaryAudience.CHILD, SummaryAudience.CARER)),
    "worry": (lambda c, w: _plan(c, worries=_first(c.plan.worries, text=w)),  # type: ignore[union-attr]
              (SummaryAudience.CHILD, SummaryAudience.CARER)),
    "going_well": (lambda c, w: _plan(c, working_well=[w]),
                   (SummaryAudience.CHILD, SummaryAudience.CARER)),
    "goal": (lambda c, w: _plan(c, goals=_first(c.plan.goals, text=w)),  # type: ignore[union-attr]
             (SummaryAudience.CHILD, SummaryAudience.CARER)),
    "action": (lambda c, w: _plan(c, actions=_first(c.plan.actions, what=w)),  # type: ignore[union-attr]
               (SummaryAudience.CHILD, SummaryAudience.CARER)),
    "if_wrong": (lambda c, w: _plan(c, contingency=_first(c.plan.contingency,  # type: ignore[union-attr]
                                                          then_that=w)),
                 (SummaryAudience.CHILD, SummaryAudience.CARER)),
    "safe_person": (lambda c, w: _plan(c, safe_people=[w]),
                    (SummaryAudience.CHILD, SummaryAudience.CARER)),
    "safe_place": (lambda c, w: _plan(c, safe_places=[w]),
                   (SummaryAudience.CHILD, SummaryAudience.CARER)),
    "helpline": (lambda c, w: _plan(c, helplines=_first(c.plan.helplines[1:], name=w)),  # type: ignore[union-attr]
                 (SummaryAudience.CHILD, SummaryAudience.CARER)),
    "scale_question": (_scale, (SummaryAudience.CHILD, SummaryAudience.CARER)),
    "picture": (_picture, (SummaryAudience.CHILD,)),
}


def _body_text(pdf: bytes) -> str:
    """The text of every page above its footer (pdftotext, cropped 20 mm above the foot), so
    that "Page 2 of 5" does not come between the words that run on over the page."""
    height = round(A4[1] - 20 * mm)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-x", "0", "-y", "0",
                          "-W", str(round(A4[0])), "-H", str(height), "-", "-"],
                         input=pdf, capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def _squeezed(words: str) -> str:
    """Words without their spaces and line breaks, which the page lays out its own way, and
    without hyphens: pdftotext joins a word whose line ends in "-" to the next line's."""
    return "".join(words.split()).replace("-", "").casefold()


def _prints_whole(field: str, words: str, audience: SummaryAudience,
                  language: SummaryLanguage) -> None:
    change, _audiences = FIELDS[field]
    pdf = build_summary(change(sample_case(), words), audience, language, today=TODAY)
    assert _squeezed(words) in _squeezed(_body_text(pdf)), (field, audience, language)


ORDINARY = " ".join(["Dw", "i", "wedi", "cael", "ofn", "pan", "ddigwyddodd", "e", "a"] * 45)


@pytest.mark.parametrize("language", list(SummaryLanguage))
@pytest.mark.parametrize("field", list(FIELDS))
def test_four_hundred_ordinary_words_in_any_field_print_whole(field, language) -> None:
    for audience in FIELDS[field][1]:
        _prints_whole(field, ORDINARY, audience, language)


@pytest.mark.parametrize("language", list(SummaryLanguage))
def test_the_longest_account_allowed_prints_whole(language) -> None:
    words = " ".join(f"{LETTERS[i % 19]}rt{LETTERS[(i * 7) % 19]}" for i in range(20_000))
    assert len(words) >= 99_000
    _prints_whole("told", words[:100_000].strip(), SummaryAudience.CHILD, language)


_word = st.one_of(st.text(LETTERS + ".,-", min_size=1, max_size=12),
                  st.text(LETTERS, min_size=40, max_size=400))
_gap = st.sampled_from([" ", " ", " ", "\n", "\n\n", "\n\n\n\n", "  "])


@st.composite
def long_texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(_word, min_size=150, max_size=500))
    gaps = draw(st.lists(_gap, min_size=len(words), max_size=len(words)))
    text = "".join(w + g for w, g in zip(words, gaps, strict=True)).strip()
    # A word of punctuation only is no word a test can find again once laid out.
    return text if text.strip(".,-\n ") else "x"


# Each example lays out a whole summary: a few, the same each run, and a failure shown as
# found (shrinking a text of hundreds of words takes minutes).
@settings(max_examples=15, deadline=None, derandomize=True, database=None,
          phases=[Phase.explicit, Phase.generate], suppress_health_check=[HealthCheck.too_slow])
@given(words=long_texts(), field=st.sampled_from(list(FIELDS)),
       language=st.sampled_from(list(SummaryLanguage)), carer=st.booleans())
def test_any_long_text_in_any_field_prints_whole_and_in_order(words, field, language,
                                                               carer) -> None:
    audiences = FIELDS[field][1]
    audience = audiences[-1] if carer else audiences[0]
    _prints_whole(field, words, audience, language)


@pytest.mark.parametrize("language", list(SummaryLanguage))
@pytest.mark.parametrize("field", ["action", "if_wrong"])
def test_a_long_row_of_the_multi_agency_plans_tables_runs_over_pages(field, language) -> None:
    # The table's heading is printed again on each page the row runs onto, so the long
    # text's own words are picked out and read in order.
    words = " ".join(f"gair{n}" for n in range(900))
    pdf = build_summary(FIELDS[field][0](sample_case(), words), SummaryAudience.AGENCY,
                        language, today=TODAY)
    assert [w for w in _body_text(pdf).split() if w.startswith("gair")] == words.split()
