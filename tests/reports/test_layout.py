"""How summaries lay out on the page, read back from the PDFs: actions never split over pages,
no page left more than half empty before the last, a line the same in both languages printed
once, type large enough in the agencies' copy, long words broken where they can break."""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
from datetime import date

import pytest
from pypdf import PdfReader

from directwork.domain.records import (
    AgencyInvolvement,
    SummaryAudience,
    SummaryLanguage,
)
from directwork.reports import build_summary
from tests.reports.markers import page_texts
from tools.sample_case import sample_case

TODAY = date(2026, 3, 4)
MM = 72 / 25.4
EMAIL = "ffion.evans.duty@children-services.example.gov.uk"


def _words(n: int) -> str:
    return "".join("abcdefghijklmnopqrstuvwxyz"[int(d)] for d in str(n))


def _case_with_actions(count: int):
    case = sample_case(actions=count, voice=40)
    assert case.plan is not None
    # Each action's words carry its own tag, so its lines can be found on their page.
    case.plan.actions = [dataclasses.replace(a, what=f"Action {_words(i)}x {a.what}",
                                             owner=f"Owner {_words(i)}x")
                         for i, a in enumerate(case.plan.actions)]
    return case


def page_fill(pdf: bytes) -> list[float]:
    """For each page, how far down the page its text goes, as a share of the space between
    the top margin and the footer (pdftotext's word boxes)."""
    out = subprocess.run(["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True,
                         check=True).stdout.decode()
    fills = []
    for page in re.finditer(r'<page width="[\d.]+" height="([\d.]+)">(.*?)</page>', out, re.S):
        height = float(page.group(1))
        bottoms = [float(y) for y in re.findall(r'yMax="([\d.]+)"', page.group(2))]
        body = [y for y in bottoms if y < height - 20 * MM]  # the footer is below 20 mm
        top, usable = 16 * MM, height - 36 * MM
        fills.append((max(body) - top) / usable if body else 0.0)
    return fills


@pytest.mark.parametrize("audience", [SummaryAudience.CHILD, SummaryAudience.CARER])
@pytest.mark.parametrize("language", list(SummaryLanguage))
def test_an_actions_lines_are_never_split_over_two_pages(audience, language) -> None:
    pdf = build_summary(_case_with_actions(24), audience, language, today=TODAY)
    pages = page_texts(pdf)
    assert len(pages) > 3
    for i in range(24):
        tag = f"{_words(i)}x"
        on = [n for n, text in enumerate(pages) if f"Action {tag}" in text]
        owner = [n for n, text in enumerate(pages) if f"Owner {tag}" in text]
        assert len(on) == 1 and on == owner, f"action {i} is split: {on} {owner}"


@pytest.mark.parametrize("actions", [6, 30, 60])
@pytest.mark.parametrize("audience", list(SummaryAudience))
@pytest.mark.parametrize("language", [SummaryLanguage.EN, SummaryLanguage.BOTH])
def test_no_page_before_the_last_is_more_than_half_empty(actions, audience, language) -> None:
    pdf = build_summary(_case_with_actions(actions), audience, language, today=TODAY)
    fills = page_fill(pdf)
    assert len(fills) > 1
    assert all(f >= 0.5 for f in fills[:-1]), [round(f, 2) for f in fills]


def test_a_line_that_reads_the_same_in_both_languages_is_printed_once() -> None:
    both = " ".join(page_texts(build_summary(sample_case(), SummaryAudience.CHILD,
                                             SummaryLanguage.BOTH, today=TODAY)))
    assert both.count("Childline: 0800 1111.") == 1
    # Lines that differ keep both languages, Welsh first.
    assert both.index("Mewn argyfwng, ffonia 999.") < both.index("In an emergency, call 999.")


def _sizes(pdf: bytes) -> list[tuple[float, float, str]]:
    """(font size, height above the page's foot, text) of every piece of text."""
    found: list[tuple[float, float, str]] = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        def visit(text, cm, tm, _font, size, found=found):
            if text.strip():
                found.append((size * tm[3] * cm[3], tm[5] * cm[3] + cm[5], text))
        page.extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("language", list(SummaryLanguage))
def test_agency_body_text_is_at_least_10_point_and_its_footer_9(language) -> None:
    sizes = _sizes(build_summary(sample_case(), SummaryAudience.AGENCY, language, today=TODAY))
    footer = [s for s, y, _t in sizes if y < 20 * MM]
    body = [(s, t) for s, y, t in sizes if y >= 20 * MM]
    assert footer and min(footer) >= 9
    assert body and min(s for s, _t in body) >= 10, [b for b in body if b[0] < 10][:3]


def _column_below(pdf: bytes, first: str) -> list[str]:
    """The word starting with ``first`` and the words under it that start where it starts
    (one table cell's lines), from pdftotext's word boxes, which do not join hyphens."""
    out = subprocess.run(["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True,
                         check=True).stdout.decode()
    words = [(float(x), float(y), w) for x, y, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', out)]
    start = next(i for i, (_x, _y, w) in enumerate(words) if w.startswith(first))
    x0, y0, _w = words[start]
    column = sorted((y, w) for x, y, w in words[start:] if abs(x - x0) < 1 and y >= y0)
    return [w for _y, w in column]


def test_long_words_in_narrow_columns_break_where_they_have_a_place_to() -> None:
    case = sample_case()
    case.agencies.append(AgencyInvolvement(id="a9", child_id=case.child.id,
                                           agency="Children's services", contact=EMAIL))
    pdf = build_summary(case, SummaryAudience.AGENCY, SummaryLanguage.EN, today=TODAY)
    pieces: list[str] = []
    for piece in _column_below(pdf, EMAIL[:6]):
        pieces.append(piece)
        if "".join(pieces) == EMAIL:
            break
    assert "".join(pieces) == EMAIL
    assert len(pieces) > 1  # the column is narrower than the address
    # Each line ends where an address may break: after @, a full stop or a hyphen.
    assert all(p[-1] in "@.-" for p in pieces[:-1]), pieces
