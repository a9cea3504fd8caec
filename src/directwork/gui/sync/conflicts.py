"""What sync left for the practitioner to settle ("Needs attention"): records changed on two
laptops, merged here into one version whose parents are both, and changes the hub refused,
shown with the hub's reason.

A safety plan is merged in its own part-by-part view (plan_merge); every other document kind
is merged field by field: both values side by side, differences highlighted, one kept or
the words edited.
"""

from __future__ import annotations

import dataclasses
import enum
import html
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from directwork.domain.records import Document, SafetyPlan
from directwork.gui.common.a11y import named
from directwork.gui.common.retranslate import (
    QT_TRANSLATE_NOOP,
    TranslatedWords,
    fill,
    plural,
    translate,
)
from directwork.gui.common.worker import VaultWorker
from directwork.gui.plan.compare import DIFFERENT
from directwork.gui.plan.merge import MergeDialog, lay_out_merge
from directwork.gui.practice.common import london, problem_texts, uk_day, while_open
from directwork.store import records
from directwork.store.views.attention import (
    AttentionItem,
    load_attention,
    load_heads,
    record_title,
)

KIND_WORDS = TranslatedWords("ConflictsWords", {"child": QT_TRANSLATE_NOOP("ConflictsWords", "Child's profile"), "person": QT_TRANSLATE_NOOP("ConflictsWords", "Person in the network"),
              "agency": QT_TRANSLATE_NOOP("ConflictsWords", "Agency involved"), "context": QT_TRANSLATE_NOOP("ConflictsWords", "Place or group"),
              "safety_plan": QT_TRANSLATE_NOOP("ConflictsWords", "Safety plan"), "visit": QT_TRANSLATE_NOOP("ConflictsWords", "Visit"), "concern": QT_TRANSLATE_NOOP("ConflictsWords", "Concern"),
              "referral": QT_TRANSLATE_NOOP("ConflictsWords", "Referral")})
# Fields every record has; they say where a version came from, not what it says.
LONG_WORDS = 60  # longer words get a box of several lines to put them right in
BOOKKEEPING = {f.name for f in dataclasses.fields(Document)}


def kind_words(kind: str) -> str:
    return KIND_WORDS.get(kind, kind.replace("_", " ").capitalize())


def what_to_do(item: AttentionItem) -> str:
    if item.diverged:
        return translate("NeedsAttentionDialog", "Changed on two laptops: choose what to keep")
    if item.kept_aside:
        return (fill(translate("NeedsAttentionDialog",
                               "Kept aside on this laptop, not applied: %1"), item.reason)
                if item.from_hub
                else fill(translate("NeedsAttentionDialog", "Not sent to the hub: %1"),
                          item.reason))
    return f"The hub refused this change: {item.reason or 'no reason given'}"


def value_text(value: Any) -> str:
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, enum.Enum):
        return str(getattr(value, "label", value.value))
    if isinstance(value, datetime):
        return london(value)
    if isinstance(value, date):
        return uk_day(value)
    if isinstance(value, list | tuple):
        return "; ".join(value_text(v) for v in value)
    return str(value)


def differing_fields(a: Document, b: Document) -> list[str]:
    return [f.name for f in dataclasses.fields(a)
            if f.name not in BOOKKEEPING and getattr(a, f.name) != getattr(b, f.name)]


def field_label(name: str) -> str:
    return name.replace("_", " ").capitalize()


class FieldChoice(QWidget):
    """One field the two versions disagree on: both values, which to keep, and for words
    the kept words, editable."""

    def __init__(self, name: str, a: Any, b: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name, self.a, self.b = name, a, b
        label = field_label(name)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        title = QLabel(label)
        title.setStyleSheet("font-weight: bold;")
        grid.addWidget(title, 0, 0, 1, 3)
        for col, value in ((0, a), (1, b)):
            which = "AB"[col]
            shown = QLabel(fill(translate("FieldChoice", "<b>Version %1:</b> %2"), which, html.escape(value_text(value) or '(empty)')))
            shown.setWordWrap(True)
            shown.setStyleSheet(f"background: {DIFFERENT.name()}; padding: 4px;")
            shown.setAccessibleName(fill(translate("FieldChoice", "%1, version %2"), label, which))
            grid.addWidget(shown, 1, col)
        self.choice = named(QComboBox(), fill(translate("FieldChoice", "Which to keep: %1"), label))
        self.choice.addItem(translate("FieldChoice", "Keep version A's"), "a")
        self.choice.addItem(translate("FieldChoice", "Keep version B's"), "b")
        grid.addWidget(self.choice, 1, 2)
        self.edit: QLineEdit | QPlainTextEdit | None = None
        if isinstance(a, str) and isinstance(b, str) and not isinstance(a, enum.Enum):
            long = any("\n" in v or len(v) > LONG_WORDS for v in (a, b))
            edit: QPlainTextEdit | QLineEdit
            if long:
                edit = QPlainTextEdit(a)
                edit.setFixedHeight(64)
                edit.setTabChangesFocus(True)
            else:
                edit = QLineEdit(a)
            self.edit = named(edit, fill(translate("FieldChoice", "Kept words: %1"), label))
            grid.addWidget(self.edit, 2, 0, 1, 3)
            self.choice.currentIndexChanged.connect(self._chosen)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def words(self) -> str:
        if isinstance(self.edit, QPlainTextEdit):
            return self.edit.toPlainText()
        return self.edit.text() if self.edit is not None else ""

    def set_words(self, text: str) -> None:
        if isinstance(self.edit, QPlainTextEdit):
            self.edit.setPlainText(text)
        elif self.edit is not None:
            self.edit.setText(text)

    def _chosen(self, *_args: object) -> None:
        self.set_words(self.a if self.choice.currentData() == "a" else self.b)

    def value(self) -> Any:
        if self.edit is not None:
            return self.words().strip()
        return self.a if self.choice.currentData() == "a" else self.b


class FieldMergeDialog(MergeDialog):
    """Merge two versions of a document: the fields they disagree on side by side; saved as
    one new version whose parents are both."""


    def __init__(self, worker: VaultWorker, a: Document, b: Document,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.a, self.b = worker, a, b
        what = KIND_WORDS.get(a.KIND, a.KIND)
        self.setWindowTitle(fill(translate("FieldMergeDialog", "Merge the two versions: %1"), what))
        self.setAccessibleName(fill(translate("FieldMergeDialog", "Merge the two versions of the %1"), what.lower()))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        names = differing_fields(a, b)
        count = len(names)
        intro = QLabel(fill(plural(translate(
            "FieldMergeDialog", "%1 “%2” was changed on two laptops. Version A was saved %3, "
            "version B %4. They differ in %n part(s): for each, choose which to keep, or put the "
            "words right."), count),
                            what, record_title(a) or record_title(b), london(a.updated_at),
                            london(b.updated_at)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.choices = [FieldChoice(n, getattr(a, n), getattr(b, n)) for n in names]
        self.problems, self.buttons = lay_out_merge(self, layout, self.choices, "version")

    def document(self) -> Document:
        return dataclasses.replace(self.a, **{c.name: c.value() for c in self.choices})

    def save(self) -> None:
        doc, revs = self.document(), [self.a.rev, self.b.rev]

        def done(saved: Document) -> None:
            self.merged.emit(saved)
            self.accept()

        self.worker.change(records.merge_heads, doc, revs, success=while_open(self, done),
                           failure=while_open(self, self._refused), touches={doc.child_id})

    def _refused(self, error: BaseException) -> None:
        self.problems.show_problems(problem_texts(error))


class NeedsAttentionDialog(QDialog):
    """The list of what sync left to settle, and the way into each merge."""

    COLUMNS = (QT_TRANSLATE_NOOP("NeedsAttentionDialog", "Child"),
               QT_TRANSLATE_NOOP("NeedsAttentionDialog", "Record"),
               QT_TRANSLATE_NOOP("NeedsAttentionDialog", "What happened"))

    def __init__(self, worker: VaultWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.items: list[AttentionItem] = []
        self.merge: QDialog | None = None
        self.setWindowTitle(translate("NeedsAttentionDialog", "Needs attention"))
        self.setAccessibleName(translate("NeedsAttentionDialog", "Needs attention after syncing"))
        self.resize(900, 420)
        layout = QVBoxLayout(self)
        self.summary = named(QLabel(translate("NeedsAttentionDialog", "Reading…")), translate("NeedsAttentionDialog", "How many things need attention"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = named(QTableWidget(0, len(self.COLUMNS)), translate("NeedsAttentionDialog", "Records that need attention"))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("NeedsAttentionDialog", c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda *_: self.open_merge())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.merge_button = named(QPushButton(translate("NeedsAttentionDialog", "&Merge the two versions…")),
                                  translate("NeedsAttentionDialog", "Merge the two versions of the chosen record"))
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.open_merge)
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        named(close.button(QDialogButtonBox.StandardButton.Close), translate("NeedsAttentionDialog", "Close"))
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.load()

    def load(self) -> None:
        self.worker.query(load_attention, success=while_open(self, self.show_items))

    def show_items(self, items: list[AttentionItem]) -> None:
        self.items = items
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            kind = kind_words(item.kind)
            record = f"{kind}: {item.title}" if item.title else kind
            for col, text in enumerate((item.child_name, record, what_to_do(item))):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, col, cell)
        self.table.resizeRowsToContents()
        merges = sum(1 for i in items if i.diverged)
        kept = sum(1 for i in items if i.kept_aside)
        refused = len(items) - merges - kept
        if not items:
            self.summary.setText(translate("NeedsAttentionDialog", "Nothing needs attention: every record has one version and "
                                 "the hub took every change."))
        else:
            self.summary.setText(
                plural(translate("NeedsAttentionDialog", "%n record(s) changed on two laptops"),
                       merges) + ", "
                + plural(translate("NeedsAttentionDialog", "%n change(s) refused by the hub"),
                         refused) + ", "
                + plural(translate("NeedsAttentionDialog", "%n kept aside"), kept) + ". "
                + translate("NeedsAttentionDialog", "Choose a record changed on two laptops to "
                                                    "merge its versions."))
        if items:
            self.table.selectRow(0)
        self._selected()

    def _current(self) -> AttentionItem | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _selected(self) -> None:
        item = self._current()
        self.merge_button.setEnabled(item is not None and item.diverged)

    def open_merge(self) -> None:
        """Open the merge view of the chosen record's two versions."""
        item = self._current()
        if item is None or not item.diverged:
            return
        self.worker.query(load_heads, item.kind, item.record_id,
                          success=while_open(self, self._show_merge))

    def _show_merge(self, heads: list[Document]) -> None:
        if len(heads) < 2:
            self.load()
            return
        a, b = heads[0], heads[1]
        dialog: MergeDialog
        if isinstance(a, SafetyPlan) and isinstance(b, SafetyPlan):
            from directwork.gui.plan.merge import PlanMergeDialog

            dialog = PlanMergeDialog(self.worker, a, b, self)
        else:
            dialog = FieldMergeDialog(self.worker, a, b, self)
        dialog.merged.connect(lambda _saved: self.load())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.merge = dialog
        dialog.show()
