"""The child record's History tab: who viewed and changed what, on which laptop and when,
oldest first, filtered by the kind of record and by person; saved as a spreadsheet (CSV) where
the practitioner chooses, the same view as ``directwork history``."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from directwork.gui.common.a11y import named, say
from directwork.gui.common.fit import FlowLayout
from directwork.gui.common.record_table import RecordTableModel, record_view
from directwork.gui.common.retranslate import QT_TRANSLATE_NOOP, Words, fill, spoken, translate
from directwork.gui.common.worker import VaultWorker
from directwork.store.private_files import write_private
from directwork.store.views.history import ChildHistory, HistoryRow, history_csv, load_history

LONDON = ZoneInfo("Europe/London")
EVERY_KIND = "Every kind of record"
EVERYONE = "Everyone"


def _when(row: HistoryRow) -> str:
    return row.at.astimezone(LONDON).strftime("%d/%m/%Y %H:%M")


def write_csv(path: Path, text: str) -> None:
    """Where the practitioner chose; only they can read it (mode 0600); whole or not at all.
    The file dialog asked about replacing."""
    write_private(path, text.encode("utf-8"), replace=True)


class HistoryPanel(QWidget):
    def __init__(self, worker: VaultWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.child_id = ""
        self._stale = False
        self.history: ChildHistory | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        filters = FlowLayout()
        words = Words(self, "HistoryPanel")
        self.kind = QComboBox()
        self.person = QComboBox()
        for box, caption in ((self.kind, QT_TRANSLATE_NOOP("HistoryPanel", "Kind of record:")),
                             (self.person, QT_TRANSLATE_NOOP("HistoryPanel", "Who:"))):
            label = QLabel()
            words(label.setText, caption)
            words(spoken(box, ":"), caption)
            label.setBuddy(box)
            filters.addWidget(label)
            filters.addWidget(box)
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.save_button = QPushButton()
        words(self.save_button.setText, QT_TRANSLATE_NOOP("HistoryPanel", "Save as a spreadsheet…"))
        words(lambda w: named(self.save_button, w), QT_TRANSLATE_NOOP(
            "HistoryPanel", "Save as a spreadsheet (CSV): the history as shown"))
        self.save_button.clicked.connect(self.save)
        filters.addWidget(self.save_button)
        layout.addLayout(filters)
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.model: RecordTableModel[HistoryRow] = RecordTableModel([
            (QT_TRANSLATE_NOOP("Columns", "When"), _when),
            (QT_TRANSLATE_NOOP("Columns", "Who"), lambda r: r.who),
            (QT_TRANSLATE_NOOP("Columns", "What"), lambda r: f"{r.kind_words} {r.action}"),
            (QT_TRANSLATE_NOOP("Columns", "Record"), lambda r: r.label),
            (QT_TRANSLATE_NOOP("Columns", "Laptop"), lambda r: r.device),
        ], self)
        self.view = record_view(self.model, "History of who viewed and changed what, oldest "
                                            "first", words=3)
        layout.addWidget(self.view, 1)

    def show_child(self, child_id: str) -> None:
        if child_id != self.child_id:
            self.child_id = child_id
            self.history = None
            self.model.set_records([])
            for box in (self.kind, self.person):
                box.blockSignals(True)
                box.clear()
                box.blockSignals(False)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self, *, now: bool = False) -> None:
        """Read the history again: at once when ``now`` (the record was changed) or the tab is
        on screen; otherwise when the tab is next shown (opening a record does not wait for
        its whole history)."""
        if not self.child_id:
            return
        self._stale = not (now or self.isVisible())
        if self._stale:
            return
        child_id = self.child_id
        kind = self.kind.currentData() or ""
        person = self.person.currentData() or ""

        def shown(history: ChildHistory) -> None:
            if history.child_id == self.child_id:
                self.show_history(history)

        self.worker.query(load_history, child_id, kind=kind, person=person, success=shown)

    def show_history(self, history: ChildHistory) -> None:
        self.history = history
        for box, first, choices in ((self.kind, EVERY_KIND, history.kinds),
                                    (self.person, EVERYONE, history.people)):
            chosen = box.currentData() or ""
            box.blockSignals(True)
            box.clear()
            box.addItem(first, "")
            for key, words in choices:
                box.addItem(words, key)
            box.setCurrentIndex(max(0, box.findData(chosen)))
            box.blockSignals(False)
        self.model.set_records(history.rows)
        if history.rows:
            self.view.scrollToBottom()  # the newest, at the end of a list in time order
        say(self.status, f"{len(history.rows)} things done, oldest first."
            if history.rows else "Nothing in the history matches.")

    def save(self) -> None:
        if self.history is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, translate("HistoryPanel", "Save the history"), "history.csv",
                                              translate("HistoryPanel", "Spreadsheet (*.csv)"))
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Write the history as shown (filters and all) to ``path``, on the vault worker."""
        assert self.history is not None
        text = history_csv(self.history)
        self.worker.call(write_csv, path, text,
                         success=lambda _r: say(self.status, fill(translate("HistoryPanel", "Saved to %1. It is not encrypted: delete it when done with it."), path)),
                         failure=lambda e: say(self.status, fill(translate("HistoryPanel", "Not saved: %1"), e)))
