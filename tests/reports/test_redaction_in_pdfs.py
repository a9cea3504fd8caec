"""What each audience's printed summary may and may not say, read back from the PDF text."""

from __future__ import annotations

import pytest

from directwork.domain.records import SummaryAudience, SummaryLanguage
from tests.reports.markers import (
    CASE_NOTE,
    KEPT_FROM_CARERS,
    NOT_SHARED,
    OF_CONCERN,
    PRACTITIONER_NOTE,
    REPORTER,
    RESTRICTED_PLACE,
    SHARED_WORDS,
    THIRD_PARTY,
    WORKER_ONLY,
    image_count,
    pdf_text,
)

WITHHELD_FROM_FAMILY = [THIRD_PARTY, OF_CONCERN, RESTRICTED_PLACE, NOT_SHARED, PRACTITIONER_NOTE,
                        REPORTER]
NEVER_PRINTED = [WORKER_ONLY, CASE_NOTE]


def _words(marker: str) -> list[str]:
    # Each word on its own: a surname printed without its first name still leaks.
    return marker.split()


@pytest.mark.parametrize("language", list(SummaryLanguage))
@pytest.mark.parametrize("audience", [SummaryAudience.CHILD, SummaryAudience.CARER])
def test_child_and_carer_summaries_leave_out_everything_withheld(summaries, audience, language
                                                                 ) -> None:
    text = pdf_text(summaries[(audience, language)]).casefold()
    assert SHARED_WORDS.casefold() in text  # the extraction works: shared words are there
    for marker in WITHHELD_FROM_FAMILY + NEVER_PRINTED:
        for word in _words(marker):
            if len(word) > 5:
                assert word.casefold() not in text, f"{marker!r} leaked into the {audience} summary"


@pytest.mark.parametrize("language", list(SummaryLanguage))
def test_carers_do_not_see_what_the_child_kept_from_them_but_the_child_does(summaries, language
                                                                            ) -> None:
    child = pdf_text(summaries[(SummaryAudience.CHILD, language)])
    carer = pdf_text(summaries[(SummaryAudience.CARER, language)])
    assert KEPT_FROM_CARERS in child
    assert "Kestrelmarker" not in carer


def test_child_summary_keeps_the_sentence_and_says_someone_in_place_of_a_withheld_name(
        summaries) -> None:
    text = pdf_text(summaries[(SummaryAudience.CHILD, SummaryLanguage.EN)])
    # (said to the child, as co-review says it)
    assert "You are out late at somewhere with someone." in text
    assert "someone calls you" in text


def test_agency_summary_shows_each_withheld_thing_where_it_belongs(summaries) -> None:
    text = pdf_text(summaries[(SummaryAudience.AGENCY, SummaryLanguage.EN)])
    worries = text[text.index("Worries"):text.index("What is working well")]
    assert f"Rhys is out late at {RESTRICTED_PLACE} with {THIRD_PARTY}." in worries
    contingency = text[text.index("Contingency"):text.index("Safe people, places")]
    assert f"{OF_CONCERN} calls you" in contingency
    said = text[text.index("What the child and carers said"):text.index("Agencies and their")]
    assert NOT_SHARED in said and f"I go out with {THIRD_PARTY}." in said
    people = text[text.index("People around the child"):]
    assert OF_CONCERN in people and "Person of concern: restricted." in people
    places = text[text.index("Places, groups and online spaces"):]
    assert RESTRICTED_PLACE in places and "Restricted" in places
    assert f"Raised by {REPORTER}" in text
    notes = text[text.index("Notes for professionals"):]
    assert PRACTITIONER_NOTE in notes


@pytest.mark.parametrize("language", list(SummaryLanguage))
def test_no_summary_prints_worker_only_words_or_case_notes(summaries, language) -> None:
    for audience in SummaryAudience:
        text = pdf_text(summaries[(audience, language)])
        for marker in NEVER_PRINTED:
            assert marker.split()[0] not in text, f"{marker!r} printed for {audience}"


@pytest.mark.parametrize("language", list(SummaryLanguage))
def test_a_drawing_is_printed_only_for_those_its_words_were_shared_with(summaries, language
                                                                        ) -> None:
    # The family drawing is shared with the child and carers; the other with the worker only.
    assert image_count(summaries[(SummaryAudience.CHILD, language)]) == 1
    assert image_count(summaries[(SummaryAudience.CARER, language)]) == 1
    assert image_count(summaries[(SummaryAudience.AGENCY, language)]) == 0
