"""The theme is set on the application only when it changes: setting a stylesheet, even the
one it holds, restyles every widget the application holds, and each window opened applied it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel

from directwork.gui.shell import theme


class _Restyles(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.StyleChange:
            self.count += 1
        return False


def test_the_theme_restyles_the_widgets_only_when_it_changes(qtbot, qapp, prefs) -> None:
    label = QLabel("Words")
    qtbot.addWidget(label)
    label.show()
    restyles = _Restyles()
    label.installEventFilter(restyles)
    try:
        prefs.high_contrast, prefs.font_scale_step = False, 1
        theme.apply(qapp, prefs)
        before, font = restyles.count, qapp.font()
        # The same choices again: nothing is restyled
        theme.apply(qapp, prefs)
        assert restyles.count == before and qapp.font() == font
        # High contrast: every widget is restyled, the words keep their size
        prefs.high_contrast = True
        theme.apply(qapp, prefs)
        assert restyles.count > before and qapp.font() == font
        assert qapp.styleSheet() == theme.stylesheet(True)
        # Larger text: restyled again, and the application's font grows
        before = restyles.count
        prefs.font_scale_step = len(theme.FONT_SCALES) - 1
        theme.apply(qapp, prefs)
        assert restyles.count > before
        assert qapp.font().pointSizeF() > font.pointSizeF()
    finally:
        label.removeEventFilter(restyles)
        prefs.high_contrast, prefs.font_scale_step = False, 1
        theme.apply(qapp, prefs)
