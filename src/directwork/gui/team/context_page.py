"""A team context's page, for a team manager: one place, group or online space that several of
the team's children are linked to. The children (with their practitioners) and what each
child's record says of it, only as far as each entry's sharing lets the team see it; and the
context plan (who does what about the place or group: police, community safety, school, youth
service), with owners, dates and reviews, which the practice check follows like a child's plan.

Fail closed: the page asks the vault; on a laptop that is not a manager's it shows nothing but
why. Every opening is kept in the audit trail, here and at the hub.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from directwork.domain.records import ActionStatus, PlanAction, TeamContext
from directwork.domain.team import ContextChild, TeamContextView
from directwork.gui.common.a11y import named, say
from directwork.gui.common.fit import scrolled
from directwork.gui.common.retranslate import QT_TRANSLATE_NOOP
from directwork.gui.common.worker import VaultWorker
from directwork.gui.practice.common import while_open
from directwork.store import links
from directwork.store.views.team import load_team_context


def tr(text: str) -> str:
    return QCoreApplication.translate("TeamContextPage", text)


STATUS_WORDS = {
    ActionStatus.NOT_STARTED: QT_TRANSLATE_NOOP("TeamContextPage", "Not started"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("TeamContextPage", "In progress"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("TeamContextPage", "Done"),
    ActionStatus.DROPPED: QT_TRANSLATE_NOOP("TeamContextPage", "Dropped"),
}
DATE_FORMAT = "%d/%m/%Y"


def day_text(day: date | None) -> str:
    return day.strftime(DATE_FORMAT) if day else ""


def parse_day(words: str) -> date | None:
    """A date typed as 18/12/2026 (or 18-12-2026); None for nothing typed. ValueError for
    anything else, so a mistyped date is said, never taken as none."""
    words = words.strip().replace("-", "/").replace(".", "/")
    if not words:
        return None
    return datetime.strptime(words, DATE_FORMAT).date()


STATUS_ROLE = Qt.ItemDataRole.UserRole + 1


class StatusDelegate(QStyledItemDelegate):
    """How an action stands, chosen from a list while the cell is edited (by keyboard: F2 or
    typing); the cell shows the words, and keeps the status's value."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = named(QComboBox(parent),
                       QCoreApplication.translate("TeamContextPage", "How the action stands"))
        for value, words in STATUS_WORDS.items():
            editor.addItem(tr(words), value.value)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(STATUS_ROLE))
            editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), STATUS_ROLE)
            model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class TeamContextPage(QWidget):
    """One team context: its children, what is known, and its plan."""

    back_requested = Signal()
    panel_requested = Signal(str)
    changed = Signal()

    def __init__(self, worker: VaultWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.view = TeamContextView(manager=False)
        self.context_id = ""
        self.note = ""  # said once, after the page is read again (e.g. "saved")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        body = QWidget()
        outer.addWidget(scrolled(body, self.tr("Team context")))
        layout = QVBoxLayout(body)

        top = QHBoxLayout()
        self.title = QLabel(self.tr("Team context"))
        self.title.setObjectName("teamContextTitle")
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.back_button = named(QPushButton(self.tr("&Back to team links")),
                                 self.tr("Back to the team links page"))
        self.back_button.clicked.connect(self.back_requested)
        self.panel_button = named(QPushButton(self.tr("Summary for the &panel…")),
                                  self.tr("Make the context summary PDF for the exploitation "
                                          "panel"))
        self.panel_button.clicked.connect(lambda: self.panel_requested.emit(self.context_id))
        top.addWidget(self.panel_button)
        top.addWidget(self.back_button)
        layout.addLayout(top)
        self.status = QLabel()
        self.status.setObjectName("teamContextStatus")
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        children_label = QLabel(self.tr("Children linked, and what their records say of it"))
        children_label.setProperty("role", "subheading")
        layout.addWidget(children_label)
        self.linked_tree = named(QTreeWidget(), self.tr("Children linked to this place or group"),
                              self.tr("Each child, their practitioner, and what their record "
                                      "says of the place, as far as its sharing allows"))
        self.linked_tree.setHeaderLabels([self.tr("Child (practitioner)"), self.tr("As written"),
                                       self.tr("Dates seen")])
        self.linked_tree.setWordWrap(True)
        self.linked_tree.setMinimumHeight(150)
        header = self.linked_tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.linked_tree, 1)

        plan_label = QLabel(self.tr("Context plan: who does what about the place or group"))
        plan_label.setProperty("role", "subheading")
        layout.addWidget(plan_label)
        self.plan = named(QTableWidget(0, 5), self.tr("Context plan"),
                          self.tr("Each action: what, who, their agency, by when, and how "
                                  "it stands"))
        self.plan.setHorizontalHeaderLabels([self.tr("What"), self.tr("Who"), self.tr("Agency"),
                                             self.tr("By (dd/mm/yyyy)"), self.tr("Status")])
        self.plan.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plan.verticalHeader().setVisible(False)
        self.plan.setItemDelegateForColumn(4, StatusDelegate(self.plan))
        self.plan.setMinimumHeight(120)
        plan_header = self.plan.horizontalHeader()
        plan_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            plan_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.plan, 1)
        plan_row = QHBoxLayout()
        self.add_button = named(QPushButton(self.tr("&Add an action")),
                                self.tr("Add an action to the context plan"))
        self.add_button.clicked.connect(lambda: self._add_row(None))
        self.remove_button = named(QPushButton(self.tr("&Remove the action")),
                                   self.tr("Remove the chosen action from the plan"))
        self.remove_button.clicked.connect(self._remove_row)
        review_label = QLabel(self.tr("Ne&xt review:"))
        self.next_review = named(QLineEdit(), self.tr("Next review of the plan, dd/mm/yyyy"))
        self.next_review.setPlaceholderText("dd/mm/yyyy")
        self.next_review.setMaximumWidth(130)
        review_label.setBuddy(self.next_review)
        self.save_button = named(QPushButton(self.tr("&Save the plan")),
                                 self.tr("Save the context plan"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self._save)
        for widget in (self.add_button, self.remove_button):
            plan_row.addWidget(widget)
        plan_row.addStretch(1)
        plan_row.addWidget(review_label)
        plan_row.addWidget(self.next_review)
        plan_row.addWidget(self.save_button)
        layout.addLayout(plan_row)

        reviewed_row = QHBoxLayout()
        found_label = QLabel(self.tr("Revie&w found:"))
        self.review_words = named(QLineEdit(), self.tr("What the review of the plan found"))
        self.review_words.setPlaceholderText(self.tr("for example: patrols started; two "
                                                     "children no longer seen there"))
        found_label.setBuddy(self.review_words)
        self.review_button = named(QPushButton(self.tr("Rec&ord the review")),
                                   self.tr("Record the review, with the next review date"))
        self.review_button.clicked.connect(self._review)
        reviewed_row.addWidget(found_label)
        reviewed_row.addWidget(self.review_words, 1)
        reviewed_row.addWidget(self.review_button)
        layout.addLayout(reviewed_row)
        self.reviews = QLabel()
        self.reviews.setWordWrap(True)
        self.reviews.setProperty("role", "hint")
        layout.addWidget(self.reviews)
        self.problem = QLabel()
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)

    # ------------------------------------------------------------------ loading

    def open_context(self, context_id: str) -> None:
        """Keep the opening in the audit trail (a manager's laptop only), then read it."""
        self.context_id = context_id
        self.problem.clear()
        self.worker.change(links.note_team_context_opened, context_id,
                           success=while_open(self, lambda _none: self._load()),
                           failure=while_open(self, self._refused))

    def _load(self) -> None:
        self.worker.query(load_team_context, self.context_id,
                          success=while_open(self, self.show_view),
                          failure=while_open(self, self._refused))

    def _refused(self, error: BaseException) -> None:
        self.show_view(TeamContextView(manager=False))
        say(self.problem, getattr(error, "message", None) or str(error))

    def show_view(self, view: TeamContextView) -> None:
        self.view = view
        context = view.context
        ready = view.manager and context is not None
        for widget in (self.linked_tree, self.plan, self.add_button, self.remove_button,
                       self.save_button, self.review_button, self.panel_button,
                       self.next_review, self.review_words):
            widget.setEnabled(ready)
        if not ready or context is None:
            self.title.setText(self.tr("Team context"))
            say(self.status, self.tr("Team contexts are for team managers. This laptop shows "
                                     "your own caseload only."))
            self.linked_tree.clear()
            self.plan.setRowCount(0)
            return
        self.title.setText(self.tr("Team context: {title}").format(title=context.title))
        words = self.tr("{children} children linked. Only what each entry's sharing lets the "
                        "team see is shown. Nothing here is ever given to a child or carer."
                        ).format(children=len(view.children))
        if context.why:
            words = f"{context.why} {words}"
        if view.versions > 1:
            words += " " + self.tr("Two laptops changed this plan: saving keeps this version.")
        if self.note:
            words = f"{self.note} {words}"
            self.note = ""
        say(self.status, words)
        self._fill_children(view.children)
        self.plan.setRowCount(0)
        for action in context.actions:
            self._add_row(action)
        self.next_review.setText(day_text(context.next_review))
        self.reviews.setText("\n".join(
            self.tr("Reviewed {day} by {who}: {what}").format(
                day=day_text(r.held_on), who=r.by, what=r.what_changed)
            for r in context.reviews))

    def _fill_children(self, children: tuple[ContextChild, ...]) -> None:
        self.linked_tree.clear()
        for child in children:
            top = QTreeWidgetItem([f"{child.child.name} ({child.child.practitioner})",
                                   f"\u201c{child.record_name}\u201d ({child.sort})",
                                   ", ".join(day_text(d) for d in child.seen)])
            lines: list[str] = []
            if child.concerns:
                lines.append(self.tr("Concerns: {words}").format(words=child.concerns))
            if child.strengths:
                lines.append(self.tr("Strengths: {words}").format(words=child.strengths))
            for known in child.known:
                source = (self.tr("visit note") if known.speaker is None
                          else known.speaker_name or self.tr("said by {who}").format(
                              who=self.tr("the child") if known.speaker.value == "child"
                              else self.tr("a carer") if known.speaker.value == "carer"
                              else self.tr("someone else")))
                lines.append(f"{day_text(known.on)} ({source}): {known.words}")
            if child.left_out:
                lines.append(self.tr("Entries kept from the team by their sharing that also "
                                     "name this place: {n}. Ask {who}.").format(
                                         n=child.left_out, who=child.child.practitioner))
            if not lines:
                lines.append(self.tr("Nothing more on this child's record that the team may "
                                     "see."))
            self.linked_tree.addTopLevelItem(top)
            for line in lines:
                item = QTreeWidgetItem(top, [line])
                item.setToolTip(0, line)
                item.setFirstColumnSpanned(True)  # in the tree first: the words across the page
            top.setExpanded(True)

    # ------------------------------------------------------------------ the plan

    def _add_row(self, action: PlanAction | None) -> None:
        row = self.plan.rowCount()
        self.plan.insertRow(row)
        action = action or PlanAction()
        first = QTableWidgetItem(action.what)
        first.setData(0x0100, action.id)  # Qt.UserRole: the action's id, kept across saves
        self.plan.setItem(row, 0, first)
        self.plan.setItem(row, 1, QTableWidgetItem(action.owner))
        self.plan.setItem(row, 2, QTableWidgetItem(action.agency))
        self.plan.setItem(row, 3, QTableWidgetItem(day_text(action.due)))
        status = QTableWidgetItem(tr(STATUS_WORDS[action.status]))
        status.setData(STATUS_ROLE, action.status.value)
        self.plan.setItem(row, 4, status)
        if not action.what:
            self.plan.setCurrentCell(row, 0)

    def _remove_row(self) -> None:
        row = self.plan.currentRow()
        if row >= 0:
            self.plan.removeRow(row)

    def plan_actions(self) -> list[PlanAction]:
        """The plan as on screen. ValueError, naming the row, for a date that is not one."""
        found: list[PlanAction] = []
        for row in range(self.plan.rowCount()):
            def cell(column: int, at: int = row) -> str:
                item = self.plan.item(at, column)
                return item.text().strip() if item is not None else ""
            try:
                due = parse_day(cell(3))
            except ValueError:
                raise ValueError(self.tr("Action {n}: write the date as dd/mm/yyyy.").format(
                    n=row + 1)) from None
            held = self.plan.item(row, 4)
            status = ActionStatus(str(held.data(STATUS_ROLE))) if held is not None and \
                held.data(STATUS_ROLE) else ActionStatus.NOT_STARTED
            first = self.plan.item(row, 0)
            found.append(PlanAction(id=str(first.data(0x0100) or "") if first else "",
                                    what=cell(0), owner=cell(1), agency=cell(2), due=due,
                                    status=status))
        return found

    def _save(self) -> None:
        context = self.view.context
        if context is None:
            return
        self.problem.clear()
        try:
            actions = self.plan_actions()
            next_review = parse_day(self.next_review.text())
        except ValueError as wrong:
            message = str(wrong)
            if "Action" not in message:
                message = self.tr("Write the next review's date as dd/mm/yyyy.")
            say(self.problem, message)
            return
        changed = dataclasses.replace(context, actions=actions, next_review=next_review)
        self.worker.change(links.save_team_context, changed,
                           success=while_open(self, self._saved),
                           failure=while_open(self, self._failed))

    def _review(self) -> None:
        if self.view.context is None:
            return
        self.problem.clear()
        try:
            next_review = parse_day(self.next_review.text())
        except ValueError:
            say(self.problem, self.tr("Write the next review's date as dd/mm/yyyy."))
            return
        self.worker.change(links.review_team_context, self.context_id,
                           self.review_words.text(), next_review,
                           success=while_open(self, self._reviewed),
                           failure=while_open(self, self._failed))

    def _saved(self, _context: TeamContext) -> None:
        say(self.problem, "")
        self.note = self.tr("Saved.")
        self.changed.emit()
        self._load()

    def _reviewed(self, _context: TeamContext) -> None:
        self.review_words.clear()
        self._saved(_context)

    def _failed(self, error: BaseException) -> None:
        say(self.problem, getattr(error, "message", None) or str(error))
