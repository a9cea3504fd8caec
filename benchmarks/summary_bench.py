"""Time to build each printable summary for a large plan (60 actions, 200 entries of what
was said), beside a bare ReportLab document with the same amount of text in the same embedded
font. The build includes the redaction policy: every field of a family copy scrubbed and
checked for words close to withheld names, and the family copies the agencies' marks come
from. Goal: each summary in at most 1 s."""

from __future__ import annotations

import io
import statistics
import time
from datetime import date

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from directwork.domain.records import SummaryAudience, SummaryLanguage
from directwork.reports import build_summary
from directwork.reports.fonts import register_fonts
from tools.sample_case import sample_case

GOAL_S = 1.0
RUNS = 5


def _median(fn, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _bare_document(words: str) -> bytes:
    """The baseline: the same characters as plain 14 pt paragraphs, no layout work."""
    regular, _ = register_fonts()
    style = ParagraphStyle("plain", fontName=regular, fontSize=14, leading=19)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, initialFontName=regular)
    chunks = [words[i:i + 400] for i in range(0, len(words), 400)]
    doc.build([Paragraph(chunk, style) for chunk in chunks])
    return buffer.getvalue()


def main() -> None:
    fixed = len(sample_case(voice=0).voice)  # the sample's own entries, besides the repeated
    case = sample_case(actions=60, voice=200 - fixed)
    assert case.plan is not None and len(case.plan.actions) == 60 and len(case.voice) == 200
    today = date(2026, 3, 4)
    started = time.perf_counter()
    build_summary(case, SummaryAudience.CHILD, SummaryLanguage.EN, today=today)
    print(f"first summary in a fresh process (loads the fonts): {time.perf_counter() - started:.3f} s")
    print(f"plan: {len(case.plan.actions)} actions, {len(case.voice)} voice entries; "
          f"median of {RUNS} runs")
    print(f"{'summary':<14}{'pages':>6}{'chars':>8}{'build s':>10}{'bare s':>9}{'ratio':>7}  goal")
    worst = 0.0
    for audience in SummaryAudience:
        for language in SummaryLanguage:
            pdf = build_summary(case, audience, language, today=today)
            reader = PdfReader(io.BytesIO(pdf))
            words = " ".join((p.extract_text() or "") for p in reader.pages)
            plain = "".join(ch for ch in words if ch not in "<>&")
            took = _median(lambda a=audience, lang=language: build_summary(case, a, lang,
                                                                           today=today))
            bare = _median(lambda text=plain: _bare_document(text))
            worst = max(worst, took)
            verdict = "ok" if took <= GOAL_S else "OVER"
            print(f"{audience.value + '/' + language.value:<14}{len(reader.pages):>6}"
                  f"{len(words):>8}{took:>10.3f}{bare:>9.3f}{took / bare:>7.1f}  <= {GOAL_S:.0f} s "
                  f"{verdict}")
    print(f"slowest summary: {worst:.3f} s (goal <= {GOAL_S:.0f} s)")


if __name__ == "__main__":
    main()
