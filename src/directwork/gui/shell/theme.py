"""Look and size: the default and high-contrast stylesheets, font scaling (headings and every
other size in the stylesheets grow with View > Larger text), icons drawn in the theme's own
text colour, and the safety-level colours, read from the stylesheet so there is one place
for them."""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from directwork.gui.shell.settings import FONT_SCALES, Preferences
from directwork.paths import resource_path

BASE_POINT_SIZE = 10.5
ICON_INK = "#1f2933"  # the colour the SVG icons are drawn in; replaced by the theme's
ICON_SIZES = (16, 20, 24, 32, 48)
_POINTS = re.compile(r"(\d+(?:\.\d+)?)pt\b")
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


def stylesheet(high_contrast: bool, scale: float = 1.0) -> str:
    """The theme's stylesheet with every point size multiplied by ``scale``."""
    name = "high_contrast.qss" if high_contrast else "default.qss"
    path = resource_path("styles", name)
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if scale == 1.0:
        return text
    return _POINTS.sub(lambda m: f"{float(m.group(1)) * scale:g}pt", text)


def apply(app: QApplication, prefs: Preferences) -> None:
    """Apply the chosen theme and text size to every window. What is already as chosen is
    left alone: setting a stylesheet, even the same one, repolishes every widget the
    application holds."""
    scale = FONT_SCALES[prefs.font_scale_step]
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    if app.font() != font:
        app.setFont(font)
    sheet = stylesheet(prefs.high_contrast, scale)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)


def icon_path(name: str) -> str:
    return str(resource_path("icons", f"{name}.svg"))


def rules(sheet: str) -> list[tuple[str, dict[str, str]]]:
    """A stylesheet's rules as (selectors, {property: value}), comments left out."""
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.DOTALL)
    found = []
    for selectors, body in _RULE.findall(sheet):
        props = {}
        for part in body.split(";"):
            if ":" in part:
                key, value = part.split(":", 1)
                props[key.strip().lower()] = value.strip()
        found.append((" ".join(selectors.split()), props))
    return found


def text_colour(sheet: str | None = None) -> str:
    """The colour of ordinary words in the stylesheet (its ``QWidget { color }`` rule)."""
    app = QApplication.instance()
    if sheet is None:
        sheet = app.styleSheet() if isinstance(app, QApplication) else ""
    for selectors, props in rules(sheet):
        if selectors == "QWidget" and "color" in props:
            return props["color"]
    return ICON_INK


def icon(name: str, colour: str | None = None) -> QIcon:
    """The icon ``name`` drawn in ``colour`` (the theme's text colour when not given), so it
    stands out as words do: dark on the light theme, white on high contrast's black. The
    disabled state is drawn half-faded, so a control that cannot be used looks it."""
    return _icon(name, (colour or text_colour()).lower())


@lru_cache(maxsize=64)
def _icon(name: str, colour: str) -> QIcon:
    path = resource_path("icons", f"{name}.svg")
    svg = path.read_text(encoding="utf-8").replace(ICON_INK, colour)
    made = QIcon()
    for size in ICON_SIZES:
        pixmap = QPixmap(QSize(size, size))
        pixmap.fill(Qt.GlobalColor.transparent)
        drawn = QPixmap()
        drawn.loadFromData(QByteArray(svg.encode("utf-8")), "SVG")
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(pixmap.rect(), drawn)
        painter.end()
        made.addPixmap(pixmap, QIcon.Mode.Normal)
        faded = QPixmap(pixmap.size())
        faded.fill(Qt.GlobalColor.transparent)
        painter = QPainter(faded)
        painter.setOpacity(0.4)
        painter.drawPixmap(0, 0, pixmap)
        painter.end()
        made.addPixmap(faded, QIcon.Mode.Disabled)
    return made


def level_colours(sheet: str | None = None) -> dict[str, tuple[QColor, QColor]]:
    """Each safety level's (words, background) colours, from the stylesheet's
    ``QLabel[level="..."]`` rules: the badge on the child record and the caseload's cells
    look the same, in either theme."""
    app = QApplication.instance()
    if sheet is None:
        sheet = app.styleSheet() if isinstance(app, QApplication) else ""
    return _level_colours(sheet)


@lru_cache(maxsize=4)
def _level_colours(sheet: str) -> dict[str, tuple[QColor, QColor]]:
    found: dict[str, tuple[QColor, QColor]] = {}
    for selectors, props in rules(sheet):
        matched = re.fullmatch(r'QLabel\[level="(\w+)"\]', selectors)
        if matched and "color" in props and "background" in props:
            found[matched.group(1)] = (QColor(props["color"]), QColor(props["background"]))
    return found
