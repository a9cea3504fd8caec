""""Check before you give it": before a child's or carers' copy is printed, saved or shown in
co-review, the practitioner looks at every line where something was taken out or changed,
and every line holding a word close to a name that must not be shown, and ticks each one or
edits it. Nothing is given until every line is ticked.

The lines come from the redaction policy (domain/giving.py, one ``CheckList`` per copy); this
dialog only shows them and collects the practitioner's ticks and edits. An edit changes the
words of one line in this copy, not the record, and the copy is made again from it through
the same policy: an edit can never put a withheld name back.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from directwork.domain.giving import Change, CheckLine, CheckList
from directwork.domain.records import SummaryAudience
from directwork.gui.common.a11y import named
from directwork.gui.common.retranslate import plural

# A confirmation holds to one line of one copy showing these words: (copy, key, words).
Confirmation = tuple[str, str, str]
# The practitioner's edits: copy -> line key -> words.
Edits = dict[str, dict[str, str]]

COLUMNS = ("checked", "copy", "where", "recorded", "shown", "why")


class CheckBeforeGiving(QDialog):
    """The lines to check in one or more copies (the child's, the carers'), each to tick or
    edit. ``give_label`` names what happens once every line is ticked ("Print", "Save",
    "Start co-review"). ``edits_changed`` asks the caller to make the copies again from
    ``edits`` and call ``show_checks`` with what they now hold."""

    edits_changed = Signal()

    def __init__(self, give_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check before you give it"))
        self.resize(1040, 620)
        self.checks: list[tuple[str, CheckList]] = []
        self.lines: list[tuple[str, CheckLine]] = []
        self.confirmed: set[Confirmation] = set()
        self.edits: Edits = {}
        self._filling = False
        self._remaking = False  # an edit was sent; the copy is being made again
        self.editor: LineEditor | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Before this copy goes to the child or carers, look at each line below: where a "
            "name, place, number or part was taken out or changed, and where a word looks "
            "close to a name that must not be shown. Tick each line when it is right, or edit "
            "it. Nothing is given until every line is ticked."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.counts.setProperty("role", "hint")
        layout.addWidget(self.counts)
        self.table = named(QTableWidget(0, len(COLUMNS)), self.tr("Lines to check"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Checked"), self.tr("Copy"), self.tr("Where"), self.tr("As recorded"),
            self.tr("In this copy"), self.tr("Why it is listed")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Interactive,
                                       QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.Interactive)):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(2, 170)
        header.resizeSection(5, 200)
        self.table.itemChanged.connect(self._ticked)
        self.table.cellDoubleClicked.connect(lambda row, _column: self.edit_line(row))
        layout.addWidget(self.table, 1)
        self.left = QLabel()
        self.left.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.left, 1)
        self.edit_button = named(QPushButton(self.tr("&Edit this line…")),
                                 self.tr("Edit the words of the chosen line in this copy"))
        self.edit_button.clicked.connect(lambda: self.edit_line(self.table.currentRow()))
        row.addWidget(self.edit_button)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.give_button = named(buttons.addButton(give_label,
                                                   QDialogButtonBox.ButtonRole.AcceptRole),
                                 give_label)
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel"))
        # Enter must never give a copy by accident: nothing here is a default button.
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        buttons.accepted.connect(self._give)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_give()

    # ------------------------------------------------------------------ showing

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Rows are as tall as their words once the columns have their real widths.
        QTimer.singleShot(0, self.table.resizeRowsToContents)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self.table.resizeRowsToContents)

    def copy_name(self, copy: str) -> str:
        return {SummaryAudience.CHILD.value: self.tr("Child's copy"),
                SummaryAudience.CARER.value: self.tr("Carers' copy")}.get(copy, copy)

    def show_checks(self, checks: Sequence[tuple[str, CheckList]]) -> None:
        """Show the lines of each copy (``copy`` is "child" or "carer"). A line already ticked
        stays ticked while it still shows the same words."""
        self.checks = list(checks)
        self.lines = [(copy, line) for copy, check in self.checks for line in check.lines]
        self._filling = True
        self.table.setRowCount(len(self.lines))
        for row, (copy, line) in enumerate(self.lines):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                          | Qt.ItemFlag.ItemIsSelectable)
            tick.setCheckState(Qt.CheckState.Checked if self.is_confirmed(copy, line)
                               else Qt.CheckState.Unchecked)
            tick.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Checked"))
            cells = [tick, QTableWidgetItem(self.copy_name(copy)),
                     QTableWidgetItem(self.where(line.where)), QTableWidgetItem(line.before),
                     QTableWidgetItem(self._shown(line)),
                     QTableWidgetItem(self.why(line))]
            for column, item in enumerate(cells):
                if column:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self._filling = False
        self._remaking = False
        self.table.resizeRowsToContents()
        self.counts.setText(self._counts_text())
        self._update_give()

    def is_confirmed(self, copy: str, line: CheckLine) -> bool:
        return (copy, *line.confirmation) in self.confirmed

    def _shown(self, line: CheckLine) -> str:
        """What the copy shows for ``line``: nothing for the plan's two versions (the copy is
        given, its parts kept back as the reason says), else its words or that it is left out."""
        if Change.PLAN_VERSIONS in line.changes:
            return line.after
        return line.after or self.tr("(left out of this copy)")

    def where(self, where: str) -> str:
        """Where a line is, in the practitioner's words."""
        return {
            "plan.why_working_together": self.tr("Why we are working together"),
            "plan.worries.text": self.tr("Worries"),
            "plan.worries.disputed_by": self.tr("Worries: who disputes it"),
            "plan.working_well": self.tr("What is going well"),
            "plan.goals.text": self.tr("Safety goals"),
            "plan.goals.lasting": self.tr("Safety goals: for how long"),
            "plan.actions.what": self.tr("Who will do what"),
            "plan.actions.owner": self.tr("Who will do what: who"),
            "plan.actions.agency": self.tr("Who will do what: from"),
            "plan.contingency.if_this": self.tr("If things go wrong: if"),
            "plan.contingency.then_that": self.tr("If things go wrong: then"),
            "plan.contingency.call": self.tr("If things go wrong: call"),
            "plan.safe_people": self.tr("Safe people"),
            "plan.safe_places": self.tr("Safe places"),
            "plan.helplines": self.tr("Who to call"),
            "plan.helplines.name": self.tr("Who to call"),
            "plan.helplines.number": self.tr("Who to call: number"),
            "plan.child_section": self.tr("In the child's own words"),
            "plan.scores": self.tr("Scores out of 10"),
            "plan.agreements": self.tr("Who agreed"),
            "plan_history.agreements": self.tr("Who agreed (earlier versions)"),
            "voice.text": self.tr("What was said"),
            "voice.speaker_name": self.tr("Who said it"),
            "voice.scale_question": self.tr("0 to 10 question"),
            "drawings.title": self.tr("Name of a drawing"),
            "coreview.words": self.tr("Co-review: their words"),
            "coreview.responder_name": self.tr("Co-review: who answered"),
            "plan.versions": self.tr("The safety plan"),
        }.get(where, where)

    def why(self, line: CheckLine) -> str:
        reasons = {
            Change.PERSON: self.tr("A name was taken out."),
            Change.PLACE: self.tr("A place was taken out."),
            Change.NUMBER: self.tr("A phone number was taken out."),
            Change.EMAIL: self.tr("An email address was taken out."),
            Change.SPEAKER: self.tr("Shown by who they are to the child, not by name."),
            Change.LEFT_OUT: self.tr("Left out: it names someone or somewhere withheld."),
            Change.EDITED: self.tr("You edited this line."),
            Change.PLAN_VERSIONS: self.tr(
                "The plan has two versions, changed on two laptops: settle them first. Until "
                "then this copy leaves out every part either version keeps back or holds "
                "differently."),
        }
        words = [reasons[c] for c in line.changes if c in reasons]
        if line.close:
            words.append(self.tr("Looks close to a withheld name, left as it is: %1")
                         .replace("%1", ", ".join(line.close)))
        return " ".join(words)

    def _counts_text(self) -> str:
        """What each copy leaves out whole, beyond the lines listed: counts only."""
        parts = []
        for copy, check in self.checks:
            counts = check.counts
            parts.append(self.tr("%1 leaves out: withheld people: %2 · withheld places: %3 · "
                                 "things said not shared with them: %4 · plan parts you kept "
                                 "back: %5.")
                         .replace("%1", self.copy_name(copy))
                         .replace("%2", str(counts["people_withheld"]))
                         .replace("%3", str(counts["places_withheld"]))
                         .replace("%4", str(counts["not_shared"]))
                         .replace("%5", str(counts["kept_back"])))
        return "\n".join(parts)

    # ------------------------------------------------------------------ ticking and editing

    def _ticked(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        copy, line = self.lines[item.row()]
        confirmation = (copy, *line.confirmation)
        if item.checkState() is Qt.CheckState.Checked:
            self.confirmed.add(confirmation)
        else:
            self.confirmed.discard(confirmation)
        self._update_give()

    def tick(self, row: int, on: bool = True) -> None:
        """Tick (or untick) one line, as a click on its box would."""
        item = self.table.item(row, 0)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def unticked(self) -> list[int]:
        return [row for row, (copy, line) in enumerate(self.lines)
                if not self.is_confirmed(copy, line)]

    def _update_give(self) -> None:
        waiting = len(self.unticked())
        self.give_button.setEnabled(waiting == 0 and not self._remaking)
        self.edit_button.setEnabled(bool(self.lines) and not self._remaking)
        if self._remaking:
            self.left.setText(self.tr("Making the copy again with your change…"))
        else:
            self.left.setText(self.tr("Every line is checked.") if not waiting else
                              plural(self.tr("%n line(s) still to check.", "", waiting), waiting))

    def edit_line(self, row: int) -> None:
        """Open the editor for the words of one line in this copy."""
        if not 0 <= row < len(self.lines) or self._remaking:
            return
        copy, line = self.lines[row]
        editor = LineEditor(self.where(line.where), line.before, self)
        editor.accepted.connect(lambda: self.change_line(copy, line.key, editor.words()))
        editor.finished.connect(lambda _result: editor.deleteLater())
        self.editor = editor
        editor.open()

    def change_line(self, copy: str, key: str, words: str) -> None:
        """Use ``words`` for one line of this copy; the copy is made again from them."""
        self.edits.setdefault(copy, {})[key] = words
        self._remaking = True
        self._update_give()
        self.edits_changed.emit()

    def _give(self) -> None:
        if self.unticked() or self._remaking:
            return  # the button is disabled; a keyboard shortcut must not get round it
        self.accept()


class LineEditor(QDialog):
    """The words of one line, to change for this copy."""

    def __init__(self, where: str, words: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit this line"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("%1: the words as they will be in this copy. The record is not "
                               "changed. Names that must not be shown are still taken out.")
                       .replace("%1", where))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.text = named(QPlainTextEdit(words), self.tr("Words of the line"))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def words(self) -> str:
        return self.text.toPlainText()
