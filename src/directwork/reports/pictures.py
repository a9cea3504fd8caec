"""The pictures a child picked for items of their plan in co-review, in their summary.

The pictures are the same SVG files co-review shows (resources/icons/items/), drawn here as
vector shapes: they print sharp and a screen reader meets only the words beside them. They
are drawn by a small reader of the few SVG shapes those files use (rect, circle, ellipse,
line, polygon and paths of straight lines and curves); a file with anything else is refused
rather than drawn wrong, and a test draws every one of them.

The section is built apart from the rest of the summary (``picked_pictures_rows``): the
summary only places it.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from directwork.domain import pictures
from directwork.domain.case import Case
from directwork.paths import resource_path
from directwork.reports.layout import in_rows

SVG = "{http://www.w3.org/2000/svg}"
VIEW = 64.0
_NUMBER = re.compile(r"-?\d*\.?\d+(?:e-?\d+)?")
_RIGHT_PADDING = 6  # ReportLab's own for a table cell
_PATH = re.compile(r"([MLQCZmlqcz])([^MLQCZmlqcz]*)")

Shape = Callable[[Canvas], None]


class NotDrawable(ValueError):
    """An SVG using something this small reader does not draw."""


def _numbers(text: str) -> list[float]:
    return [float(n) for n in _NUMBER.findall(text)]


def _style(canvas: Canvas, element: ET.Element) -> tuple[bool, bool]:
    fill = element.get("fill", "#000000")
    stroke = element.get("stroke", "none")
    if fill != "none":
        canvas.setFillColor(colors.HexColor(fill))
    if stroke != "none":
        canvas.setStrokeColor(colors.HexColor(stroke))
        canvas.setLineWidth(float(element.get("stroke-width", "1")))
        canvas.setLineCap(1 if element.get("stroke-linecap") == "round" else 0)
    return fill != "none", stroke != "none"


def _path(canvas: Canvas, data: str, fill: bool, stroke: bool) -> None:
    path = canvas.beginPath()
    x = y = 0.0
    for command, args in _PATH.findall(data):
        values = _numbers(args)
        if command == "M":
            x, y = values[0], values[1]
            path.moveTo(x, y)
            for i in range(2, len(values) - 1, 2):
                x, y = values[i], values[i + 1]
                path.lineTo(x, y)
        elif command == "L":
            for i in range(0, len(values) - 1, 2):
                x, y = values[i], values[i + 1]
                path.lineTo(x, y)
        elif command == "Q":
            for i in range(0, len(values) - 3, 4):
                qx, qy, ex, ey = values[i:i + 4]
                # A quadratic curve as the cubic ReportLab draws.
                path.curveTo(x + 2 / 3 * (qx - x), y + 2 / 3 * (qy - y),
                             ex + 2 / 3 * (qx - ex), ey + 2 / 3 * (qy - ey), ex, ey)
                x, y = ex, ey
        elif command == "C":
            for i in range(0, len(values) - 5, 6):
                path.curveTo(*values[i:i + 6])
                x, y = values[i + 4], values[i + 5]
        elif command == "Z":
            path.close()
        else:
            raise NotDrawable(f"path command {command}")
    canvas.drawPath(path, fill=int(fill), stroke=int(stroke))


def _shape(element: ET.Element) -> Shape:
    tag = element.tag.removeprefix(SVG)
    get = element.get

    def draw(canvas: Canvas) -> None:
        fill, stroke = _style(canvas, element)
        f, s = int(fill), int(stroke)
        if tag == "rect":
            x, y, w, h = (float(get(k, "0")) for k in ("x", "y", "width", "height"))
            radius = float(get("rx", "0"))
            if radius:
                canvas.roundRect(x, y, w, h, radius, fill=f, stroke=s)
            else:
                canvas.rect(x, y, w, h, fill=f, stroke=s)
        elif tag == "circle":
            canvas.circle(float(get("cx", "0")), float(get("cy", "0")), float(get("r", "0")),
                          fill=f, stroke=s)
        elif tag == "ellipse":
            cx, cy = float(get("cx", "0")), float(get("cy", "0"))
            rx, ry = float(get("rx", "0")), float(get("ry", "0"))
            canvas.ellipse(cx - rx, cy - ry, cx + rx, cy + ry, fill=f, stroke=s)
        elif tag == "line":
            canvas.line(*(float(get(k, "0")) for k in ("x1", "y1", "x2", "y2")))
        elif tag == "polygon":
            points = _numbers(get("points", ""))
            _path(canvas, "M" + " ".join(map(str, points)) + "Z", fill, stroke)
        elif tag == "path":
            _path(canvas, get("d", ""), fill, stroke)
    if tag not in ("rect", "circle", "ellipse", "line", "polygon", "path"):
        raise NotDrawable(f"<{tag}>")
    return draw


@cache
def shapes(name: str) -> tuple[Shape, ...]:
    """The shapes of picture ``name`` (a file in resources/icons/items/)."""
    root = ET.parse(resource_path("icons", "items", f"{name}.svg")).getroot()
    if _numbers(root.get("viewBox", "")) != [0, 0, VIEW, VIEW]:
        raise NotDrawable(f"{name}.svg: the view box must be 0 0 64 64")
    return tuple(_shape(element) for element in root)


class Picture(Flowable):
    """One item picture, ``size`` points square."""

    def __init__(self, name: str, size: float = 30) -> None:
        super().__init__()
        self.name = name
        self.width = self.height = size
        self._shapes = shapes(name)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        # SVG's y runs down the page, PDF's up.
        canvas.translate(0, self.height)
        canvas.scale(self.width / VIEW, -self.height / VIEW)
        for shape in self._shapes:
            canvas.saveState()
            shape(canvas)
            canvas.restoreState()
        canvas.restoreState()


def picked_items(case: Case) -> list[tuple[str, str]]:
    """(picture, words) for each item of the plan the child picked a picture for, in the
    order of the plan's parts."""
    plan = case.plan
    if plan is None:
        return []
    picks = pictures.picked(case.pictures, plan.id)
    found = [(picks[key], words) for section in pictures.KIND_PICTURES
             for key, words in pictures.plan_items(section, plan) if key in picks]
    found += [(picks[key], entry.text) for entry in case.voice if entry.text.strip()
              and (key := pictures.item_key("told", entry.id)) in picks]
    return found


def picked_pictures_rows(case: Case, paragraph: Callable[[str], Paragraph],
                         width: float) -> list[Flowable]:
    """A row for each picked picture: the picture beside the item's words. Words too long
    for one row go on in rows of their own under them, in the same column, so that they can
    run over to the next page."""
    rows: list[Flowable] = []
    for name, words in picked_items(case):
        pieces = in_rows(paragraph(words), width - 40 - _RIGHT_PADDING)
        for index, piece in enumerate(pieces):
            table = Table([[Picture(name) if index == 0 else "", piece]],
                          colWidths=[40, width - 40], hAlign="LEFT")
            style = [("VALIGN", (0, 0), (-1, -1), "MIDDLE" if len(pieces) == 1 else "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 0),
                     ("RIGHTPADDING", (0, 0), (-1, -1), _RIGHT_PADDING)]
            # The pieces of one item's words read on as one paragraph.
            if index > 0:
                style.append(("TOPPADDING", (0, 0), (-1, -1), 0))
            if index < len(pieces) - 1:
                style.append(("BOTTOMPADDING", (0, 0), (-1, -1), 0))
            table.setStyle(TableStyle(style))
            rows.append(table)
    return rows
