"""Putting right something already kept: an entry is never edited in place; the change is a
new entry that corrects it, and taking it back is a retraction (both keep the history)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from directwork.domain.records import VisitNote, VoiceEntry
from directwork.gui.common.a11y import named
from directwork.gui.shell.lock import carry_lock_shortcut
from directwork.gui.visit.widgets import entry_line
from directwork.store import records

if TYPE_CHECKING:
    from directwork.gui.common.worker import VaultWorker
    from directwork.store.views.visit import VisitContents


class EntryCorrectionDialog(QDialog):
    corrected = Signal(str)  # the new words
    taken_back = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Put this right")
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        hint = QLabel("The first version is kept in the record's history.")
        hint.setProperty("role", "hint")
        layout.addWidget(hint)
        self.words = named(QPlainTextEdit(text), "The words, corrected")
        self.words.setTabChangesFocus(True)
        layout.addWidget(self.words)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        layout.addWidget(self.error)
        self.buttons = named(QDialogButtonBox(), "Keep the change, take it back, or cancel")
        self.keep_button = named(self.buttons.addButton("&Keep the change",
                                                        QDialogButtonBox.ButtonRole.AcceptRole),
                                 "Keep the change")
        self.take_back_button = named(self.buttons.addButton(
            "&Take it back", QDialogButtonBox.ButtonRole.DestructiveRole), "Take it back")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        named(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), "Cancel")
        self.keep_button.clicked.connect(self._keep)
        self.take_back_button.clicked.connect(self._take_back)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _keep(self) -> None:
        words = self.words.toPlainText().strip()
        if not words:
            self.error.setText("Type the words, or choose Take it back.")
            return
        self.corrected.emit(words)
        self.accept()

    def _take_back(self) -> None:
        self.taken_back.emit()
        self.accept()


class PuttingRight(QWidget):
    """For the visit screen: an entry in one of its lists can be corrected or taken back.
    The page sets ``worker``, ``contents`` and ``status``."""

    worker: VaultWorker
    contents: VisitContents
    status: QLabel

    def _kept_entry(self, entry_id: str) -> VoiceEntry | VisitNote | None:
        kept: list[VoiceEntry | VisitNote] = [*self.contents.voice, *self.contents.notes]
        return next((entry for entry in kept if entry.id == entry_id), None)

    def put_right(self, item: QListWidgetItem) -> None:
        """Correct or take back an entry already kept (a new entry; nothing is overwritten)."""
        entry = self._kept_entry(item.data(Qt.ItemDataRole.UserRole))
        if entry is None:
            return
        self.correction = EntryCorrectionDialog(entry.text, self)
        self.correction.corrected.connect(lambda words: self._correct(entry, item, words))
        self.correction.taken_back.connect(lambda: self._take_back(entry, item))
        self.correction.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        carry_lock_shortcut(self.correction)
        self.correction.open()

    def _replace_kept(self, old, new) -> None:
        for held in (self.contents.voice, self.contents.notes):
            if old in held:
                at = held.index(old)
                if new is None:
                    del held[at]
                else:
                    held[at] = new

    def _correct(self, entry, item: QListWidgetItem, words: str) -> None:
        def done(saved) -> None:
            self._replace_kept(entry, saved)
            item.setData(Qt.ItemDataRole.UserRole, saved.id)
            item.setText(entry_line(saved) if isinstance(saved, VoiceEntry) else saved.text)
            self.status.setText("Put right; the first version stays in the history.")

        fixed = dataclasses.replace(entry, text=words)
        self.worker.change(records.correct_entry, fixed, success=done,
                           failure=lambda e: self.status.setText(f"Not changed: {getattr(e, 'message', e)}"),
                           touches={entry.child_id})

    def _take_back(self, entry, item: QListWidgetItem) -> None:
        def done(_retraction) -> None:
            self._replace_kept(entry, None)
            listing = item.listWidget()
            if listing is not None:
                listing.takeItem(listing.row(item))
            self.status.setText("Taken back; it stays in the history.")

        self.worker.change(records.retract_entry, entry, success=done,
                           failure=lambda e: self.status.setText(f"Not taken back: {getattr(e, 'message', e)}"),
                           touches={entry.child_id})
