"""What every summary shares: the page, the type styles and the footer."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from directwork import __version__
from directwork.reports.fonts import register_fonts

TEXT = colors.HexColor("#1b1b1b")
SECOND = colors.HexColor("#4a4a4a")  # the English line under the Welsh one: still 7:1 contrast
RULE = colors.HexColor("#9fb7cf")


def esc(words: str) -> str:
    """Free text typed by a person, made safe for ReportLab's paragraph markup."""
    return escape(words or "").replace("\n", "<br/>")


class Together(Flowable):
    """Lines that must stay on one page: a Welsh sentence and its English, so that a reader
    never has to turn the page to find the other language."""

    def __init__(self, parts: Sequence[Flowable]) -> None:
        super().__init__()
        self.parts = list(parts)
        self._heights: list[float] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._heights = [part.wrap(availWidth, availHeight)[1] for part in self.parts]
        gaps = sum(part.getSpaceAfter() for part in self.parts[:-1])
        self.width, self.height = availWidth, sum(self._heights) + gaps
        return self.width, self.height

    def getSpaceAfter(self) -> float:
        return self.parts[-1].getSpaceAfter() if self.parts else 0

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        y = self.height
        for part, height in zip(self.parts, self._heights, strict=True):
            y -= height
            part.drawOn(self.canv, 0, y)
            y -= part.getSpaceAfter()


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    heading_second: ParagraphStyle
    body: ParagraphStyle
    body_second: ParagraphStyle
    quote: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle


def make_styles(body_size: float, heading_size: float, title_size: float) -> Styles:
    regular, bold = register_fonts()
    lead = body_size * 1.4

    def style(name: str, font: str, size: float, colour: colors.Color = TEXT,
              spaceAfter: float = 0) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.35,
                              textColor=colour, spaceAfter=spaceAfter)

    return Styles(
        title=style("title", bold, title_size, spaceAfter=title_size * 0.2),
        subtitle=style("subtitle", regular, heading_size, SECOND, spaceAfter=4),
        heading=style("heading", bold, heading_size, spaceAfter=1),
        heading_second=style("heading_second", bold, heading_size * 0.85, SECOND, spaceAfter=2),
        body=ParagraphStyle("body", fontName=regular, fontSize=body_size, leading=lead,
                            textColor=TEXT, spaceAfter=body_size * 0.3),
        body_second=ParagraphStyle("body_second", fontName=regular, fontSize=body_size,
                                   leading=lead, textColor=SECOND, spaceAfter=body_size * 0.45),
        quote=ParagraphStyle("quote", fontName=regular, fontSize=body_size, leading=lead,
                             textColor=TEXT, leftIndent=body_size * 0.9,
                             bulletFontName=regular, bulletFontSize=body_size,
                             spaceAfter=body_size * 0.45),
        small=style("small", regular, max(body_size - 2, 8), SECOND),
        label=style("label", bold, body_size),
    )


def _footer_canvas(footer: str, page_words: Sequence[str], font: str, size: float
                   ) -> type[Canvas]:
    """A canvas that prints "Page n of total" on each page, once the total is known."""

    class FooterCanvas(Canvas):
        # ReportLab's Canvas has these (its own "page n of total" recipe uses them); the type
        # stubs leave out its private names.
        _pagesize: tuple[float, float]
        _startPage: Callable[[], None]

        def __init__(self, *args: object, **kwargs: object) -> None:
            # The canvas otherwise starts each page in Helvetica, a font no PDF embeds.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or font
            kwargs["initialFontSize"] = kwargs.get("initialFontSize") or size
            # Passed on as SimpleDocTemplate gave them; the stubs type each of Canvas's own.
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._draw_footer(number, total)
                super().showPage()
            super().save()

        def _draw_footer(self, number: int, total: int) -> None:
            width, _ = self._pagesize
            self.setStrokeColor(RULE)
            self.setLineWidth(0.6)
            self.line(18 * mm, 14 * mm, width - 18 * mm, 14 * mm)
            self.setFont(font, size)
            self.setFillColor(SECOND)
            self.drawString(18 * mm, 9 * mm, footer)
            pages = " / ".join(w.format(n=number, total=total) for w in page_words)
            self.drawRightString(width - 18 * mm, 9 * mm, pages)

    return FooterCanvas


@dataclass(frozen=True)
class Metadata:
    title: str
    author: str
    subject: str
    lang: str
    footer: str
    page_words: Sequence[str]


def render(story: list[Flowable], meta: Metadata, *, footer_size: float = 10) -> bytes:
    """Lay the story out on A4 pages and return the PDF, built in memory (nothing on disk)."""
    regular, _bold = register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=20 * mm,
        title=meta.title,
        author=meta.author,
        subject=meta.subject,
        creator=f"directwork {__version__}",
        lang=meta.lang,
        initialFontName=regular,
    )
    doc.build(story, canvasmaker=_footer_canvas(meta.footer, meta.page_words, regular,
                                                footer_size))
    return buffer.getvalue()
