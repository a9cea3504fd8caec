"""The few pictures a child may pick from for one item of their plan, in a small window over
co-review: large, each with its name in words (read by a screen reader too)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from directwork.domain import pictures
from directwork.domain.catalogue import text
from directwork.gui.common.a11y import named
from directwork.gui.coreview.sections import item_picture

COLUMNS = 4


class PicturePicker(QDialog):
    """Pick one picture for an item: its kind's own picture first, then a few others."""

    picked = Signal(str)

    def __init__(self, kind: str, current: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = text("coreview.pick_title", lang)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setProperty("coreview", "title")
        layout.addWidget(heading)
        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for i, name in enumerate(pictures.offered(kind)):
            words = text(f"coreview.pictures.{name}", lang)
            button = named(QPushButton(words), words)
            button.setIcon(QIcon(item_picture(name)))
            button.setIconSize(QSize(64, 64))
            button.setCheckable(True)
            button.setChecked(name == current)
            button.setMinimumSize(QSize(150, 96))
            button.setProperty("coreview", "small")
            button.clicked.connect(lambda _c=False, n=name: self._choose(n))
            grid.addWidget(button, i // COLUMNS, i % COLUMNS)
            self.buttons[name] = button
        layout.addLayout(grid)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def _choose(self, name: str) -> None:
        self.picked.emit(name)
        self.accept()
