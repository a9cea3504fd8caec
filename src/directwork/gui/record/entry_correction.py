"""Putting right something already kept: an entry is never edited in place; the change is a
new entry that corrects it, and taking it back is a retraction (both keep the history). For
what someone said, who may see it can be changed here too, with why."""

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
from directwork.gui.common.a11y import labelled, named
from directwork.gui.common.fit import scroll_body
from directwork.gui.common.retranslate import fill, translate
from directwork.gui.record.sharing import SharingChoice, SharingEditor
from directwork.gui.shell.lock import carry_lock_shortcut
from directwork.gui.visit.widgets import entry_line
from directwork.store import records
from directwork.store import sharing as stored_sharing

if TYPE_CHECKING:
    from directwork.gui.common.worker import VaultWorker
    from directwork.store.views.visit import VisitContents


class EntryCorrectionDialog(QDialog):
    corrected = Signal(str)  # the new words
    revised = Signal(str, object)  # the words, and a SharingChoice when who may see it changes
    taken_back = Signal()

    def __init__(self, text: str, parent: QWidget | None = None, *,
                 entry: VoiceEntry | None = None, child_name: str = "",
                 versions: list[VoiceEntry] | None = None) -> None:
        super().__init__(parent)
        self.original = text
        self.setWindowTitle(translate("EntryCorrectionDialog", "Put this right"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        hint = QLabel(translate("EntryCorrectionDialog", "The first version is kept in the record's history."))
        hint.setProperty("role", "hint")
        layout.addWidget(hint)
        self.words = named(QPlainTextEdit(text), translate("EntryCorrectionDialog", "The words, corrected"))
        self.words.setTabChangesFocus(True)
        words_label = QLabel(translate("EntryCorrectionDialog", "The words, put right:"))
        labelled(words_label, self.words)
        layout.addWidget(words_label)
        layout.addWidget(self.words)
        self.sharing: SharingEditor | None = None
        if entry is not None:
            self.sharing = SharingEditor(entry, child_name)
            self.sharing.show_versions(versions or [])
            layout.addWidget(self.sharing)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        layout.addWidget(self.error)
        self.buttons = named(QDialogButtonBox(), translate("EntryCorrectionDialog", "Keep the change, take it back, or cancel"))
        self.keep_button = named(self.buttons.addButton(translate("EntryCorrectionDialog", "&Keep the change"),
                                                        QDialogButtonBox.ButtonRole.AcceptRole),
                                 translate("EntryCorrectionDialog", "Keep the change"))
        self.take_back_button = named(self.buttons.addButton(
            translate("EntryCorrectionDialog", "&Take it back"), QDialogButtonBox.ButtonRole.DestructiveRole), translate("EntryCorrectionDialog", "Take it back"))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        named(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), translate("EntryCorrectionDialog", "Cancel"))
        self.keep_button.clicked.connect(self._keep)
        self.take_back_button.clicked.connect(self._take_back)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        scroll_body(self)

    def _keep(self) -> None:
        words = self.words.toPlainText().strip()
        if not words and self.original.strip():
            self.error.setText(translate("EntryCorrectionDialog", "Type the words, or choose Take it back."))
            return
        if self.sharing is None:
            self.corrected.emit(words)
            self.accept()
            return
        problem = self.sharing.problem()
        sharing_changed = self.sharing.changes_sharing()
        if not problem and not sharing_changed and words == self.original.strip():
            problem = "Nothing was changed."
        if problem:
            self.error.setText(problem)
            return
        self.revised.emit(words, self.sharing.choice() if sharing_changed else None)
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
        for entry in kept:
            if entry.id == entry_id:
                return entry
        return None

    def put_right(self, item: QListWidgetItem) -> None:
        """Correct or take back an entry already kept, or change who may see it (a new
        version each time; nothing is overwritten)."""
        self.correction: EntryCorrectionDialog | None = None
        entry = self._kept_entry(item.data(Qt.ItemDataRole.UserRole))
        if entry is None:
            return
        if isinstance(entry, VoiceEntry):
            self.worker.query(stored_sharing.entry_versions, entry.id,
                              success=lambda versions: self._open_correction(entry, item, versions))
        else:
            self._open_correction(entry, item, [])

    def _child_name(self) -> str:
        child = getattr(self, "child", None)
        return child.display_name if child is not None else ""

    def _open_correction(self, entry, item: QListWidgetItem, versions: list) -> None:
        voice = entry if isinstance(entry, VoiceEntry) else None
        self.correction = EntryCorrectionDialog(entry.text, self, entry=voice,
                                                child_name=self._child_name(),
                                                versions=versions)
        self.correction.corrected.connect(lambda words: self._correct(entry, item, words))
        self.correction.revised.connect(
            lambda words, choice: self._revise(entry, item, words, choice))
        self.correction.taken_back.connect(lambda: self._take_back(entry, item))
        self.correction.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        carry_lock_shortcut(self.correction)
        self.correction.open()

    def _show_revised(self, entry, item: QListWidgetItem, saved) -> None:
        self._replace_kept(entry, saved)
        item.setData(Qt.ItemDataRole.UserRole, saved.id)
        item.setText(entry_line(saved, self._child_name()) if isinstance(saved, VoiceEntry)
                     else saved.text)

    def _revise(self, entry: VoiceEntry, item: QListWidgetItem, words: str,
                choice: SharingChoice | None) -> None:
        def done(saved: VoiceEntry) -> None:
            self._show_revised(entry, item, saved)
            self.status.setText(translate("PuttingRight", "Changed; the earlier version stays in the history."))

        changes: dict = {"text": words} if words != entry.text else {}
        why = ""
        if choice is not None:
            changes.update(shared_with=choice.shared_with,
                           kept_from_speaker=choice.kept_from_speaker,
                           kept_reason=choice.kept_reason)
            why = choice.why
        self.worker.change(stored_sharing.change_entry, entry.id, why=why, **changes,
                           success=done,
                           failure=lambda e: self.status.setText(
                               fill(translate("PuttingRight", "Not changed: %1"), getattr(e, 'message', e))),
                           touches={entry.child_id})

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
            self._show_revised(entry, item, saved)
            self.status.setText(translate("PuttingRight", "Put right; the first version stays in the history."))

        fixed = dataclasses.replace(entry, text=words)
        self.worker.change(records.correct_entry, fixed, success=done,
                           failure=lambda e: self.status.setText(fill(translate("PuttingRight", "Not changed: %1"), getattr(e, 'message', e))),
                           touches={entry.child_id})

    def _take_back(self, entry, item: QListWidgetItem) -> None:
        def done(_retraction) -> None:
            self._replace_kept(entry, None)
            listing = item.listWidget()
            if listing is not None:
                listing.takeItem(listing.row(item))
            self.status.setText(translate("PuttingRight", "Taken back; it stays in the history."))

        self.worker.change(records.retract_entry, entry, success=done,
                           failure=lambda e: self.status.setText(fill(translate("PuttingRight", "Not taken back: %1"), getattr(e, 'message', e))),
                           touches={entry.child_id})
