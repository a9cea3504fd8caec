"""What every summary shares: the page, the type styles and the footer."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import cast
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table

from directwork import __version__
from directwork.reports.fonts import register_fonts

TEXT = colors.HexColor("#1b1b1b")
SECOND = colors.HexColor("#4a4a4a")  # the English line under the Welsh one: still 7:1 contrast
RULE = colors.HexColor("#9fb7cf")
MARK = colors.HexColor("#8a2d0a")  # what the family's copies leave out: 7:1 on white

PAGE_MARGINS = (18 * mm, 18 * mm, 16 * mm, 20 * mm)  # left, right, top, bottom
FRAME_HEIGHT = A4[1] - PAGE_MARGINS[2] - PAGE_MARGINS[3] - 12  # less the frame's padding
# A block that does not fit on what is left of a page starts on the next one only when less
# than this is left; otherwise it runs on. So no page is left more than half empty.
ROOM_TO_START = FRAME_HEIGHT * 0.45
# A table row cannot run over two pages. A row taller than ROW_MOST (a child's long account,
# say) is cut into rows of at most ROW_PIECE, so that it runs on from page to page.
ROW_MOST = FRAME_HEIGHT * 0.4
ROW_PIECE = FRAME_HEIGHT * 0.2


def esc(words: str) -> str:
    """Free text typed by a person, made safe for ReportLab's paragraph markup."""
    return escape(words or "").replace("\n", "<br/>")


# Where a long word may break: after these, as people would break an address or a name.
_BREAK_AFTER = re.compile(r"(?<=[@./_\-\u2013:;,+])(?=.)")
_SPACES = re.compile(r"(\s+)")


def breakable(words: str, width: float, font: str, size: float) -> str:
    """``words`` with a break put into each word too wide for ``width`` points, where the word
    has a place to break (after "@", ".", "/", "-"...), so that ReportLab does not cut it
    mid-word ("kyle.br / ennan@..."). Pieces are packed so each break falls at a line's end.
    A word with no such place is left to ReportLab."""
    if not words or stringWidth(words, font, size) <= width:
        return words
    out: list[str] = []
    for token in _SPACES.split(words):
        if not token or token.isspace() or stringWidth(token, font, size) <= width:
            out.append(token)
            continue
        pieces = _BREAK_AFTER.split(token)
        if len(pieces) == 1:
            out.append(token)
            continue
        lines: list[str] = []
        current = ""
        for piece in pieces:
            if current and stringWidth(current + piece, font, size) > width:
                lines.append(current)
                current = piece
            else:
                current += piece
        lines.append(current)
        out.append(" ".join(lines))
    return "".join(out)


class Together(Flowable):
    """Lines that must stay on one page: a Welsh sentence and its English, so that a reader
    never has to turn the page to find the other language; an action and who does it by when.
    Only a block taller than a page is let go over two."""

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
        if not self._heights:
            self.wrap(availWidth, availHeight)
        if self.height <= FRAME_HEIGHT * 0.9:
            return []
        return run_on(self.parts, availWidth, availHeight)

    def draw(self) -> None:
        y = self.height
        for part, height in zip(self.parts, self._heights, strict=True):
            y -= height
            part.drawOn(self.canv, 0, y)
            y -= part.getSpaceAfter()


class KeepIfRoom(Together):
    """A section kept on one page when it fits. When it does not, it moves to the next page
    only if less than ``room`` is left on this one; otherwise it runs on from here (its parts
    split as they can), so a long section never leaves a page more than half empty."""

    def __init__(self, parts: Sequence[Flowable], room: float = ROOM_TO_START) -> None:
        super().__init__(parts)
        self.room = room

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return [] if availHeight < self.room else run_on(self.parts, availWidth, availHeight)


def run_on(parts: Sequence[Flowable], width: float, height: float) -> list[Flowable]:
    """``parts`` laid from here as a frame would: those that fit, then the first that does not
    split at what is left. Empty when not even the start of the first part fits."""
    placed: list[Flowable] = []
    left = height
    for index, part in enumerate(parts):
        _w, tall = part.wrap(width, left)
        if tall <= left:
            placed.append(part)
            left -= tall + part.getSpaceAfter()
            continue
        pieces: list[Flowable] = list(part.split(width, left))
        if not pieces:
            return placed + list(parts[index:]) if placed else []
        return placed + pieces + list(parts[index + 1:])
    return placed


def in_rows(item: Flowable, width: float, *, most: float = ROW_MOST,
            piece: float = ROW_PIECE) -> list[Flowable]:
    """``item`` for a table row ``width`` points wide, which cannot run over two pages: as it
    is when it is no taller than ``most``; otherwise cut, in order and with nothing left out,
    into pieces of at most ``piece``, each to be a row of its own. Words are cut between
    lines; lines kept together (Together) stay together as far as a piece holds them, and
    each piece starts as full as it can. What has no lines to cut (a drawing) is left whole."""
    if item.wrap(width, FRAME_HEIGHT)[1] <= most:
        return [item]
    groups: list[list[Flowable]] = [[]]
    room = piece
    for part in _parts(item):
        rest: Flowable | None = part
        while rest is not None:
            tall = rest.wrap(width, FRAME_HEIGHT)[1]
            if tall <= room or not groups[-1] and not isinstance(rest, Paragraph):
                groups[-1].append(rest)
                room -= tall + rest.getSpaceAfter()
                rest = None
                continue
            cut = rest.split(width, room) if isinstance(rest, Paragraph) else []
            if len(cut) == 2 and all(isinstance(p, Paragraph) for p in cut):
                first, after = cast(list[Paragraph], cut)
                _drop_carried_break(first, after, _lines(rest), width)
                # The lines of one paragraph go on at their own spacing in the next row.
                first.style = _no_space_after(first.style)
                groups[-1].append(first)
                rest = after
            elif not groups[-1]:  # not even two lines fit a piece: kept whole
                groups[-1].append(rest)
                rest = None
            groups.append([])
            room = piece
    return [Together(group) if len(group) > 1 else group[0] for group in groups if group]


def split_long_rows(table: Table) -> Table:
    """``table``, let split a row inside itself when the row is too tall to start on a fresh
    page (a long action in the multi-agency plan, say); a row that fits a page moves to the
    next one whole, as before."""
    table.wrap(sum(table._colWidths), FRAME_HEIGHT)  # type: ignore[attr-defined]
    heights = getattr(table, "_rowHeights", None) or [0]
    if max(heights) > FRAME_HEIGHT * 0.8:
        table.splitInRow = 1
    return table


def _drop_carried_break(first: Paragraph, rest: Paragraph, lines: int, width: float) -> None:
    """ReportLab may start the rest of a cut paragraph with the line break that ended the
    first piece's last line: an empty line no one typed, between the two rows. It is taken
    off when the pieces come to more lines than the paragraph had."""
    first.wrap(width, FRAME_HEIGHT)
    rest.wrap(width, FRAME_HEIGHT)
    frags = rest.frags
    if _lines(first) + _lines(rest) <= lines or len(frags) < 2:
        return
    # The rest's words come as ReportLab left them once laid out ([width, (piece, text)...]
    # a word) or as they were first read (a piece a word).
    word = frags[0]
    pieces = word[1:] if isinstance(word, list) else [(word, getattr(word, "text", ""))]
    if pieces and all(getattr(piece, "lineBreak", False) and not said for piece, said in pieces):
        rest.frags = frags[1:]


def _lines(paragraph: Flowable) -> int:
    """How many lines ``paragraph`` took when last laid out."""
    return len(getattr(paragraph, "blPara").lines)  # noqa: B009 (not in the type stubs)


def _parts(item: Flowable) -> list[Flowable]:
    """The lines of ``item``, with lines kept together opened out."""
    if isinstance(item, Together):
        return [line for part in item.parts for line in _parts(part)]
    return [item]


def _no_space_after(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_cut", parent=style, spaceAfter=0)


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
    mark: ParagraphStyle


def make_styles(body_size: float, heading_size: float, title_size: float, *,
                small_size: float | None = None) -> Styles:
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
        small=style("small", regular, small_size or max(body_size - 2, 8), SECOND),
        label=style("label", bold, body_size),
        mark=style("mark", bold, small_size or max(body_size - 2, 8), MARK),
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
            pages = " / ".join(w.format(n=number, total=total) for w in page_words)
            self.drawRightString(width - 18 * mm, 9 * mm, pages)
            # The footer never runs into the page number: too long for one line (Welsh and
            # English), it goes on two, each language on its own.
            room = width - 36 * mm - stringWidth(pages, font, size) - 6 * mm
            lines = [footer] if stringWidth(footer, font, size) <= room else _footer_lines(
                footer, room, font, size)
            for i, line in enumerate(lines):
                self.drawString(18 * mm, 9 * mm - i * size * 1.25, line)

    return FooterCanvas


def _footer_lines(footer: str, room: float, font: str, size: float) -> list[str]:
    """A footer too long for one line, broken between its languages (" / ") or words."""
    pieces = footer.split(" / ")
    lines: list[str] = []
    for piece in pieces:
        words = piece.split(" ")
        current = ""
        for word in words:
            trial = f"{current} {word}".strip()
            if current and stringWidth(trial, font, size) > room:
                lines.append(current)
                current = word
            else:
                current = trial
        lines.append(current)
    return lines


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
        leftMargin=PAGE_MARGINS[0],
        rightMargin=PAGE_MARGINS[1],
        topMargin=PAGE_MARGINS[2],
        bottomMargin=PAGE_MARGINS[3],
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
