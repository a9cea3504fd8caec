"""Look and size: the default and high-contrast stylesheets, and font scaling."""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication

from directwork.gui.shell.settings import FONT_SCALES, Preferences
from directwork.paths import resource_path

BASE_POINT_SIZE = 10.5


def stylesheet(high_contrast: bool) -> str:
    name = "high_contrast.qss" if high_contrast else "default.qss"
    path = resource_path("styles", name)
    return path.read_text(encoding="utf-8") if path.exists() else ""


def apply(app: QApplication, prefs: Preferences) -> None:
    """Apply the chosen theme and text size to every window."""
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(BASE_POINT_SIZE * FONT_SCALES[prefs.font_scale_step])
    app.setFont(font)
    app.setStyleSheet(stylesheet(prefs.high_contrast))


def icon_path(name: str) -> str:
    return str(resource_path("icons", f"{name}.svg"))
