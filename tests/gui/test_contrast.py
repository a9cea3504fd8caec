"""Colours that can be read: every pair of words and background that the stylesheets set
together, measured with WCAG 2's contrast ratio. The safety-level badges reach 7:1 (AAA) in
both themes; everything in the high-contrast theme does too; the default theme's words reach
4.5:1 (AA)."""

from __future__ import annotations

import re

import pytest

from directwork.gui.shell import theme

HEX = re.compile(r"#[0-9a-fA-F]{6}")


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a #rrggbb colour."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def pairs(high_contrast: bool) -> list[tuple[str, str, str]]:
    """(selectors, words colour, background colour) of each rule that sets both."""
    found = []
    for selectors, props in theme.rules(theme.stylesheet(high_contrast)):
        words = props.get("color", "")
        background = props.get("background", props.get("background-color", ""))
        if HEX.fullmatch(words) and HEX.fullmatch(background):
            found.append((selectors, words, background))
    return found


def test_the_contrast_measure_is_wcags() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("high_contrast", [False, True], ids=["default", "high-contrast"])
def test_safety_level_badges_reach_seven_to_one(high_contrast: bool) -> None:
    badges = [p for p in pairs(high_contrast) if "[level=" in p[0]]
    levels = {found.group(1) for s, _w, _b in badges
              if (found := re.search(r'level="(\w+)"', s)) is not None}
    assert levels == {"low", "medium", "high", "very_high", "none"}
    weak = [(s, round(contrast(w, b), 2)) for s, w, b in badges if contrast(w, b) < 7]
    assert not weak


def test_every_pair_in_the_high_contrast_theme_reaches_seven_to_one() -> None:
    found = pairs(True)
    assert len(found) > 10
    weak = [(s, w, b, round(contrast(w, b), 2)) for s, w, b in found
            if ":disabled" not in s and contrast(w, b) < 7]
    assert not weak


def test_words_in_the_default_theme_reach_four_and_a_half_to_one() -> None:
    page = "#f7f5f0"  # the windows' own background
    weak = []
    for selectors, props in theme.rules(theme.stylesheet(False)):
        words = props.get("color", "")
        if ":disabled" in selectors or not HEX.fullmatch(words):
            continue
        background = props.get("background", page)
        background = background if HEX.fullmatch(background) else page
        if contrast(words, background) < 4.5:
            weak.append((selectors, words, background, round(contrast(words, background), 2)))
    assert not weak


def test_the_caseload_and_the_badge_take_one_set_of_level_colours(qapp) -> None:
    for high_contrast in (False, True):
        colours = theme.level_colours(theme.stylesheet(high_contrast))
        assert set(colours) >= {"low", "medium", "high", "very_high"}
        for words, background in colours.values():
            assert contrast(words.name(), background.name()) >= 7
