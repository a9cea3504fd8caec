"""Text fields that never lose what was typed.

Each ``DraftTextEdit`` saves what is in it as a draft inside the vault shortly after each
keystroke; when the practitioner presses Enter or leaves the field, ``committed`` hands the
text over to become a real entry and the draft is removed. On a lock, the ``DraftKeeper``
saves every field's text as a draft and empties the field; on unlock it puts the text back.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget
from shiboken6 import isValid

from directwork.gui.common.worker import VaultWorker

DRAFT_DELAY_MS = 600


class DraftKeeper(QObject):
    """Every draft-keeping field of the app, and the worker their drafts go through."""

    def __init__(self, worker: VaultWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._fields: weakref.WeakSet[DraftTextEdit] = weakref.WeakSet()
        self.suspended = False

    def register(self, field: DraftTextEdit) -> None:
        self._fields.add(field)

    def fields(self) -> list[DraftTextEdit]:
        # A field whose window was deleted (a closed dialog) has nothing left to keep.
        return [f for f in self._fields if isValid(f) and f.draft_key]

    def save(self, key: str, text: str, child_id: str) -> None:
        from directwork.store import drafts

        if not self.suspended:
            self.worker.change(drafts.save_draft, key, text, child_id, touches=set())

    def discard(self, key: str) -> None:
        from directwork.store import drafts

        if not self.suspended:
            self.worker.change(drafts.delete_draft, key, touches=set())

    def put_away(self) -> None:
        """Before a lock: every field's text into the vault, and out of the window."""
        from directwork.store import drafts

        held = {f.draft_key: (f.toPlainText(), f.child_id) for f in self.fields()}
        self.suspended = True
        for field in self.fields():
            field.stop_pending_save()
            field.blockSignals(True)
            field.clear()
            field.blockSignals(False)
        if held:
            self.worker.change(drafts.save_drafts, held, touches=set())

    def bring_back(self) -> None:
        """After an unlock: each field gets its draft back."""
        from directwork.store.views.drafts import load_drafts_for

        self.suspended = False
        fields = self.fields()
        if not fields:
            return
        keys = [f.draft_key for f in fields]

        def fill(found: dict[str, str]) -> None:
            for field in fields:
                text = found.get(field.draft_key, "")
                if text and not field.toPlainText():
                    field.restore(text)

        self.worker.query(load_drafts_for, keys, success=fill)


class DraftTextEdit(QPlainTextEdit):
    """A plain text field whose text is kept as a draft until it is committed."""

    committed = Signal(str)

    def __init__(self, keeper: DraftKeeper, key: str = "", child_id: str = "",
                 parent: QWidget | None = None, *, enter_commits: bool = True,
                 leave_commits: bool | None = None) -> None:
        super().__init__(parent)
        self.keeper = keeper
        self.draft_key = key
        self.child_id = child_id
        self.enter_commits = enter_commits
        self.leave_commits = enter_commits if leave_commits is None else leave_commits
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self._save_now)
        self.textChanged.connect(self._typed)
        self.setTabChangesFocus(True)
        keeper.register(self)

    def set_draft_key(self, key: str, child_id: str) -> None:
        self.draft_key, self.child_id = key, child_id

    def restore(self, text: str) -> None:
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        cursor = self.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.setTextCursor(cursor)

    def stop_pending_save(self) -> None:
        self._timer.stop()

    def _typed(self) -> None:
        if self.draft_key and not self.keeper.suspended:
            self._timer.start()

    def _save_now(self) -> None:
        if self.draft_key:
            self.keeper.save(self.draft_key, self.toPlainText(), self.child_id)

    def commit(self) -> None:
        """Hand the text over as an entry; the field empties and its draft goes."""
        text = self.toPlainText().strip()
        if not text or self.keeper.suspended:
            return
        self._timer.stop()
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)
        if self.draft_key:
            self.keeper.discard(self.draft_key)
        self.committed.emit(text)

    def commit_silently(self) -> None:
        """Empty the field and drop its draft: the caller keeps the text some other way."""
        self._timer.stop()
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)
        if self.draft_key:
            self.keeper.discard(self.draft_key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.enter_commits and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.commit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # Another window or a popup taking focus is not the practitioner moving on: the text
        # stays (as a draft) rather than becoming an entry half-finished.
        passing = event.reason() in (Qt.FocusReason.ActiveWindowFocusReason,
                                     Qt.FocusReason.PopupFocusReason)
        if self.leave_commits and not passing:
            self.commit()
        elif self._timer.isActive():
            self._timer.stop()
            self._save_now()
