"""Simple pictures drawn beside each section of the child's and carers' summaries.

Drawn as vector shapes (never images, never pictures of text), so they print sharp, stay
small, and a screen reader meets only the real words beside them.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

INK = colors.HexColor("#24507a")
SOFT = colors.HexColor("#dbe9f6")
WARM = colors.HexColor("#e9a23b")
LEAF = colors.HexColor("#4f8a5b")
ROSE = colors.HexColor("#c8566b")

Draw = Callable[[Canvas, float], None]


def _pen(c: Canvas, s: float) -> None:
    c.saveState()
    c.translate(s * 0.5, s * 0.5)
    c.rotate(45)
    c.setFillColor(WARM)
    c.rect(-s * 0.09, -s * 0.28, s * 0.18, s * 0.6, fill=1, stroke=0)
    c.setFillColor(INK)
    path = c.beginPath()
    path.moveTo(-s * 0.09, -s * 0.28)
    path.lineTo(s * 0.09, -s * 0.28)
    path.lineTo(0, -s * 0.44)
    path.close()
    c.drawPath(path, fill=1, stroke=0)
    c.setFillColor(ROSE)
    c.rect(-s * 0.09, s * 0.32, s * 0.18, s * 0.08, fill=1, stroke=0)
    c.restoreState()


def _people(c: Canvas, s: float) -> None:
    for x, colour in ((0.32, INK), (0.68, LEAF)):
        c.setFillColor(colour)
        c.circle(s * x, s * 0.66, s * 0.11, fill=1, stroke=0)
        c.wedge(s * (x - 0.2), s * 0.12, s * (x + 0.2), s * 0.62, 0, 180, fill=1, stroke=0)


def _bubble(c: Canvas, s: float) -> None:
    c.setFillColor(INK)
    c.roundRect(s * 0.08, s * 0.3, s * 0.84, s * 0.58, s * 0.14, fill=1, stroke=0)
    path = c.beginPath()
    path.moveTo(s * 0.25, s * 0.32)
    path.lineTo(s * 0.18, s * 0.1)
    path.lineTo(s * 0.45, s * 0.32)
    path.close()
    c.drawPath(path, fill=1, stroke=0)
    c.setFillColor(colors.white)
    for x in (0.32, 0.5, 0.68):
        c.circle(s * x, s * 0.59, s * 0.05, fill=1, stroke=0)


def _sun(c: Canvas, s: float) -> None:
    c.setStrokeColor(WARM)
    c.setLineWidth(s * 0.06)
    c.setLineCap(1)
    for i in range(8):
        a = math.pi * i / 4
        c.line(s * (0.5 + 0.27 * math.cos(a)), s * (0.5 + 0.27 * math.sin(a)),
               s * (0.5 + 0.42 * math.cos(a)), s * (0.5 + 0.42 * math.sin(a)))
    c.setFillColor(WARM)
    c.circle(s * 0.5, s * 0.5, s * 0.19, fill=1, stroke=0)


def _cloud(c: Canvas, s: float) -> None:
    c.setFillColor(colors.HexColor("#7d8ea3"))
    for x, y, r in ((0.3, 0.45, 0.17), (0.5, 0.58, 0.22), (0.7, 0.45, 0.17)):
        c.circle(s * x, s * y, s * r, fill=1, stroke=0)
    c.rect(s * 0.3, s * 0.28, s * 0.4, s * 0.17, fill=1, stroke=0)
    c.setStrokeColor(INK)
    c.setLineWidth(s * 0.04)
    c.setLineCap(1)
    for x in (0.36, 0.5, 0.64):
        c.line(s * x, s * 0.2, s * (x - 0.04), s * 0.1)


def _star(c: Canvas, s: float) -> None:
    c.setFillColor(WARM)
    path = c.beginPath()
    for i in range(10):
        r = 0.42 if i % 2 == 0 else 0.18
        a = math.pi / 2 + math.pi * i / 5
        x, y = s * (0.5 + r * math.cos(a)), s * (0.48 + r * math.sin(a))
        path.moveTo(x, y) if i == 0 else path.lineTo(x, y)
    path.close()
    c.drawPath(path, fill=1, stroke=0)


def _checklist(c: Canvas, s: float) -> None:
    c.setFillColor(SOFT)
    c.setStrokeColor(INK)
    c.setLineWidth(s * 0.04)
    c.roundRect(s * 0.14, s * 0.08, s * 0.72, s * 0.84, s * 0.06, fill=1, stroke=1)
    c.setLineCap(1)
    for y in (0.7, 0.5, 0.3):
        c.setStrokeColor(LEAF)
        c.line(s * 0.24, s * y, s * 0.3, s * (y - 0.06))
        c.line(s * 0.3, s * (y - 0.06), s * 0.4, s * (y + 0.07))
        c.setStrokeColor(INK)
        c.line(s * 0.48, s * y, s * 0.76, s * y)


def _umbrella(c: Canvas, s: float) -> None:
    c.setFillColor(ROSE)
    c.wedge(s * 0.08, s * 0.2, s * 0.92, s * 0.96, 0, 180, fill=1, stroke=0)
    c.setStrokeColor(INK)
    c.setLineWidth(s * 0.05)
    c.setLineCap(1)
    c.line(s * 0.5, s * 0.58, s * 0.5, s * 0.16)
    c.arc(s * 0.5, s * 0.06, s * 0.7, s * 0.26, 180, 180)


def _heart(c: Canvas, s: float) -> None:
    c.setFillColor(ROSE)
    path = c.beginPath()
    path.moveTo(s * 0.5, s * 0.12)
    path.curveTo(s * 0.1, s * 0.4, s * 0.02, s * 0.72, s * 0.28, s * 0.82)
    path.curveTo(s * 0.4, s * 0.87, s * 0.48, s * 0.8, s * 0.5, s * 0.7)
    path.curveTo(s * 0.52, s * 0.8, s * 0.6, s * 0.87, s * 0.72, s * 0.82)
    path.curveTo(s * 0.98, s * 0.72, s * 0.9, s * 0.4, s * 0.5, s * 0.12)
    path.close()
    c.drawPath(path, fill=1, stroke=0)


def _house(c: Canvas, s: float) -> None:
    c.setFillColor(LEAF)
    c.rect(s * 0.2, s * 0.1, s * 0.6, s * 0.45, fill=1, stroke=0)
    c.setFillColor(INK)
    path = c.beginPath()
    path.moveTo(s * 0.1, s * 0.52)
    path.lineTo(s * 0.5, s * 0.9)
    path.lineTo(s * 0.9, s * 0.52)
    path.close()
    c.drawPath(path, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.rect(s * 0.42, s * 0.1, s * 0.16, s * 0.25, fill=1, stroke=0)


def _phone(c: Canvas, s: float) -> None:
    c.setFillColor(INK)
    c.roundRect(s * 0.28, s * 0.06, s * 0.44, s * 0.88, s * 0.08, fill=1, stroke=0)
    c.setFillColor(SOFT)
    c.rect(s * 0.33, s * 0.22, s * 0.34, s * 0.6, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.circle(s * 0.5, s * 0.13, s * 0.04, fill=1, stroke=0)


def _notebook(c: Canvas, s: float) -> None:
    c.setFillColor(colors.white)
    c.setStrokeColor(INK)
    c.setLineWidth(s * 0.04)
    c.rect(s * 0.18, s * 0.08, s * 0.64, s * 0.84, fill=1, stroke=1)
    c.setStrokeColor(colors.HexColor("#9fb7cf"))
    for y in (0.72, 0.58, 0.44, 0.3):
        c.line(s * 0.28, s * y, s * 0.72, s * y)
    _pen_small(c, s)


def _pen_small(c: Canvas, s: float) -> None:
    c.saveState()
    c.translate(s * 0.72, s * 0.3)
    c.scale(0.55, 0.55)
    c.translate(-s * 0.5, -s * 0.5)
    _pen(c, s)
    c.restoreState()


def _bars(c: Canvas, s: float) -> None:
    shades = (ROSE, WARM, colors.HexColor("#b5b84a"), LEAF)
    for i, colour in enumerate(shades):
        c.setFillColor(colour)
        height = 0.2 + i * 0.22
        c.rect(s * (0.1 + i * 0.21), s * 0.1, s * 0.16, s * height, fill=1, stroke=0)


def _tick(c: Canvas, s: float) -> None:
    c.setFillColor(LEAF)
    c.circle(s * 0.5, s * 0.5, s * 0.42, fill=1, stroke=0)
    c.setStrokeColor(colors.white)
    c.setLineWidth(s * 0.09)
    c.setLineCap(1)
    c.setLineJoin(1)
    path = c.beginPath()
    path.moveTo(s * 0.3, s * 0.5)
    path.lineTo(s * 0.45, s * 0.34)
    path.lineTo(s * 0.72, s * 0.66)
    c.drawPath(path, fill=0, stroke=1)


def _padlock(c: Canvas, s: float) -> None:
    c.setStrokeColor(INK)
    c.setLineWidth(s * 0.08)
    c.arc(s * 0.3, s * 0.38, s * 0.7, s * 0.9, 0, 180)
    c.line(s * 0.3, s * 0.64, s * 0.3, s * 0.5)
    c.line(s * 0.7, s * 0.64, s * 0.7, s * 0.5)
    c.setFillColor(WARM)
    c.roundRect(s * 0.18, s * 0.08, s * 0.64, s * 0.46, s * 0.06, fill=1, stroke=0)
    c.setFillColor(INK)
    c.circle(s * 0.5, s * 0.32, s * 0.06, fill=1, stroke=0)


def _calendar(c: Canvas, s: float) -> None:
    c.setFillColor(colors.white)
    c.setStrokeColor(INK)
    c.setLineWidth(s * 0.04)
    c.rect(s * 0.12, s * 0.1, s * 0.76, s * 0.72, fill=1, stroke=1)
    c.setFillColor(ROSE)
    c.rect(s * 0.12, s * 0.64, s * 0.76, s * 0.18, fill=1, stroke=0)
    c.setFillColor(INK)
    for row in range(2):
        for col in range(3):
            c.rect(s * (0.22 + col * 0.2), s * (0.42 - row * 0.2), s * 0.12, s * 0.12, fill=1,
                   stroke=0)


ICONS: dict[str, Draw] = {
    "who_wrote": _pen,
    "dates": _calendar,
    "why": _people,
    "told": _bubble,
    "going_well": _sun,
    "worries": _cloud,
    "goals": _star,
    "actions": _checklist,
    "if_wrong": _umbrella,
    "safe_people": _heart,
    "safe_places": _house,
    "helplines": _phone,
    "my_words": _notebook,
    "scores": _bars,
    "agreed": _tick,
    "your_info": _padlock,
}


class Icon(Flowable):
    """One section's picture, ``size`` points square."""

    def __init__(self, name: str, size: float = 40) -> None:
        super().__init__()
        self._draw = ICONS[name]
        self.name = name
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self._draw(self.canv, self.width)
