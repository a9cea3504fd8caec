"""The child-facing words: one catalogue per language, the same keys in each."""

from __future__ import annotations

import re
from datetime import date

import pytest

from directwork.domain.catalogue import MissingText, catalogue, long_date, text
from directwork.paths import resource_path


def test_english_and_welsh_catalogues_have_the_same_keys() -> None:
    en, cy = set(catalogue("en")), set(catalogue("cy"))
    assert en - cy == set(), f"missing in Welsh: {sorted(en - cy)}"
    assert cy - en == set(), f"missing in English: {sorted(cy - en)}"


def test_every_text_fills_the_same_places_in_both_languages() -> None:
    # A Welsh sentence that forgets {name} would print a summary without the child's name.
    for key, words in catalogue("en").items():
        if isinstance(words, str):
            welsh = catalogue("cy")[key]
            assert set(re.findall(r"{(\w+)}", words)) == set(re.findall(r"{(\w+)}", welsh)), key


def test_welsh_catalogue_is_really_welsh_and_uses_circumflexed_w_and_y() -> None:
    assert text("child.title", "cy") == "Fy nghynllun diogelwch"
    welsh = "".join(v for v in catalogue("cy").values() if isinstance(v, str))
    assert "ŵ" in welsh and "ŷ" in welsh


def test_text_fills_in_values_and_dates_are_written_in_words() -> None:
    assert text("child.for_name", "en", name="Rhys") == "This plan is for Rhys."
    assert long_date(date(2026, 3, 2), "cy") == "2 Mawrth 2026"
    assert long_date(date(2026, 12, 25), "en") == "25 December 2026"


def test_an_unknown_key_or_language_is_an_error_not_an_empty_string() -> None:
    with pytest.raises(MissingText):
        text("child.no_such_words", "en")
    with pytest.raises(ValueError):
        text("child.title", "fr")


def test_welsh_review_list_names_only_keys_that_exist() -> None:
    listed = re.findall(r"^\| `([\w.]+)` \|", resource_path("catalogue", "cy-review.md")
                        .read_text(encoding="utf-8"), flags=re.M)
    assert listed, "cy-review.md lists the Welsh strings awaiting review"
    assert set(listed) <= set(catalogue("cy"))
