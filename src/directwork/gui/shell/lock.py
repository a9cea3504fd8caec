"""Locking after idle time: any key press, click, touch or pen movement counts as use."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from directwork.gui.common.retranslate import translate

ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
            QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
            QEvent.Type.TabletPress, QEvent.Type.TabletMove}


class IdleLock(QObject):
    """Installed on the application; ``idle`` fires after ``minutes`` without use."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        self.timer.setInterval(max(1, int(minutes * 60_000)))

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False


def windows_to_pause() -> list[QWidget]:
    """Visible windows that stay up through a lock on a neutral screen of their own (the
    co-review window, in front of a child) rather than being hidden."""
    return [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and callable(getattr(w, "pause_for_lock", None))]


def carry_lock_shortcut(dialog: QWidget) -> None:
    """Give a dialog its window's app-wide shortcuts (Lock): a window-modal dialog blocks the
    window beneath it, and with it that window's shortcuts."""
    owner = dialog.parentWidget()
    if owner is None:
        return
    for action in owner.window().actions():
        if action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut:
            dialog.addAction(action)


class IdleLockDialog(QDialog):
    """How long the app may sit unused before it locks itself."""

    minutes_chosen = Signal(int)

    def __init__(self, minutes: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("IdleLockDialog", "Lock when not in use"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        label = QLabel(translate("IdleLockDialog", "Lock after this many &minutes without use:"))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 60)
        self.minutes.setValue(max(1, min(60, round(minutes))))
        self.minutes.setSuffix(translate("IdleLockDialog", " min"))
        self.minutes.setAccessibleName(translate("IdleLockDialog", "Minutes without use before locking"))
        label.setBuddy(self.minutes)
        row.addWidget(label)
        row.addWidget(self.minutes)
        layout.addLayout(row)
        hint = QLabel(translate("IdleLockDialog", "Shorter is safer when you work in other people's homes."))
        hint.setProperty("role", "hint")
        layout.addWidget(hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setAccessibleName(translate("IdleLockDialog", "Keep or cancel"))
        self.buttons.accepted.connect(self._chosen)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _chosen(self) -> None:
        self.minutes_chosen.emit(self.minutes.value())
        self.accept()
