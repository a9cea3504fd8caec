"""The rows the safety plan editor is built from: a worry paired with its safety goal, an
action with its owner, agency, date and status, a contingency, a 0-10 score, a helpline, a
line of text. Each row has a problem label under it, so a refusal to agree the plan can be
shown beside the part it is about."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Generic, TypeVar

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from directwork.domain.ids import uuid7
from directwork.domain.records import (
    ActionStatus,
    Contingency,
    Helpline,
    PlanAction,
    SafetyGoal,
    Scaling,
    Worry,
)
from directwork.gui.common.a11y import named
from directwork.gui.common.fields import home
from directwork.gui.common.retranslate import QT_TRANSLATE_NOOP, TranslatedWords, fill, translate
from directwork.gui.practice.common import ProblemLabel

ACTION_STATUS_LABELS = TranslatedWords("SectionsWords", {ActionStatus.NOT_STARTED: QT_TRANSLATE_NOOP("SectionsWords", "Not started"),
                        ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("SectionsWords", "In progress"),
                        ActionStatus.DONE: QT_TRANSLATE_NOOP("SectionsWords", "Done"), ActionStatus.DROPPED: QT_TRANSLATE_NOOP("SectionsWords", "Dropped")})
ROLE_LABELS = TranslatedWords("SectionsWords", {"child": QT_TRANSLATE_NOOP("SectionsWords", "Child"), "carer": QT_TRANSLATE_NOOP("SectionsWords", "Carer"), "agency": QT_TRANSLATE_NOOP("SectionsWords", "Agency"),
               "practitioner": QT_TRANSLATE_NOOP("SectionsWords", "Practitioner"), "other": QT_TRANSLATE_NOOP("SectionsWords", "Other")})
NO_DATE = QDate(2000, 1, 1)


def line(name: str, text: str = "", placeholder: str = "") -> QLineEdit:
    edit = home(named(QLineEdit(text), name))
    edit.setPlaceholderText(placeholder or name.lower())
    return edit


class PlanRow(QFrame):
    """One row: its fields, a remove button and the problem label under it."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what
        self.setObjectName("planRow")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 2, 0, 2)
        outer.setSpacing(2)
        self.fields = QHBoxLayout()
        outer.addLayout(self.fields)
        self.problem = ProblemLabel(fill(translate("PlanRow", "Problem with this %1"), what))
        outer.addWidget(self.problem)
        self.remove = named(QPushButton("✕"), fill(translate("PlanRow", "Remove this %1"), what))
        self.remove.setFixedWidth(30)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

    def withheld_box(self, checked: bool, name: str) -> QCheckBox:
        """The worker's mark that keeps this part out of everything the child and carers see
        (co-review and their summaries); agencies still see it."""
        box = named(QCheckBox(translate("PlanRow", "keep from child and carers")), name,
                    translate("PlanRow", "Not shown in co-review or in the child's and carers' summaries."))
        box.setChecked(checked)
        box.toggled.connect(self.changed)
        return box

    def finish(self) -> None:
        self.fields.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)
        # Only the row's own text fields: a date or number field has a line edit inside too.
        self.texts = [e for e in self.findChildren(QLineEdit)
                      if not isinstance(e.parent(), (QAbstractSpinBox, QComboBox))]
        for edit in self.texts:
            edit.textEdited.connect(self.changed)

    def is_blank(self) -> bool:
        return not any(e.text().strip() for e in self.texts)


class WorryRow(PlanRow):
    """A worry statement and the safety goal paired with it (one goal per worry)."""

    def __init__(self, number: int, worry: Worry | None = None, goal: SafetyGoal | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("WorryRow", "worry"), parent)
        worry = worry or Worry(id=uuid7())
        goal = goal or SafetyGoal(id=uuid7(), worry_id=worry.id)
        self.worry_id, self.goal_id = worry.id, goal.id
        grid = QGridLayout()
        self.label = QLabel(fill(translate("WorryRow", "Worry %1"), number))
        self.worry = line(fill(translate("WorryRow", "Worry %1: what we are worried about"), number), worry.text,
                          translate("WorryRow", "what we are worried about, in plain words"))
        self.disputed = named(QCheckBox(translate("WorryRow", "disputed")), fill(translate("WorryRow", "Worry %1 is disputed"), number),
                              translate("WorryRow", "Someone in the family does not agree with this worry."))
        self.disputed.setChecked(worry.disputed)
        self.disputed_by = line(fill(translate("WorryRow", "Worry %1: disputed by"), number), worry.disputed_by, translate("WorryRow", "by whom"))
        self.goal = line(fill(translate("WorryRow", "Safety goal for worry %1"), number), goal.text,
                         translate("WorryRow", "safety goal: what safe looks like"))
        self.lasting = line(fill(translate("WorryRow", "How long the goal must last, worry %1"), number), goal.lasting,
                            translate("WorryRow", "for how long"))
        grid.addWidget(self.label, 0, 0)
        grid.addWidget(self.worry, 0, 1, 1, 3)
        grid.addWidget(QLabel(translate("WorryRow", "Goal")), 1, 0)
        grid.addWidget(self.goal, 1, 1, 1, 3)
        grid.addWidget(QLabel(translate("WorryRow", "Lasting")), 2, 0)
        grid.addWidget(self.lasting, 2, 1)
        grid.addWidget(self.disputed, 2, 2)
        grid.addWidget(self.disputed_by, 2, 3)
        self.withheld = self.withheld_box(worry.withheld or goal.withheld,
                                          fill(translate("WorryRow", "Keep worry %1 from the child and carers"), number))
        grid.addWidget(self.withheld, 3, 1)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)
        self.fields.addLayout(grid, 1)
        self.disputed.toggled.connect(self.changed)
        self.finish()

    def renumber(self, number: int) -> None:
        self.label.setText(fill(translate("WorryRow", "Worry %1"), number))

    def values(self) -> tuple[Worry, SafetyGoal | None]:
        withheld = self.withheld.isChecked()
        worry = Worry(id=self.worry_id, text=self.worry.text().strip(),
                      disputed=self.disputed.isChecked(), disputed_by=self.disputed_by.text().strip(),
                      withheld=withheld)
        goal = None
        if self.goal.text().strip() or self.lasting.text().strip():
            goal = SafetyGoal(id=self.goal_id, worry_id=self.worry_id, text=self.goal.text().strip(),
                              lasting=self.lasting.text().strip(), withheld=withheld)
        return worry, goal


class ActionRow(PlanRow):
    def __init__(self, action: PlanAction | None = None, parent: QWidget | None = None) -> None:
        super().__init__(translate("ActionRow", "action"), parent)
        action = action or PlanAction(id=uuid7())
        self.action_id = action.id
        self.what_edit = line(translate("ActionRow", "What will be done"), action.what, translate("ActionRow", "what will be done"))
        self.owner = line(translate("ActionRow", "Owner: who will do it"), action.owner, translate("ActionRow", "who (owner)"))
        self.agency = line(translate("ActionRow", "Owner's agency"), action.agency, translate("ActionRow", "agency, or family"))
        self.due = named(QDateEdit(), translate("ActionRow", "By when"))
        self.due.setDisplayFormat("dd/MM/yyyy")
        self.due.setCalendarPopup(True)
        self.due.setMinimumDate(NO_DATE)
        self.due.setSpecialValueText(translate("ActionRow", "no date"))
        self.set_due(action.due)
        self.status = named(QComboBox(), translate("ActionRow", "Action status"))
        for status, label in ACTION_STATUS_LABELS.items():
            self.status.addItem(label, status)
        self.status.setCurrentIndex(self.status.findData(action.status))
        self.fields.addWidget(self.what_edit, 4)
        self.fields.addWidget(self.owner, 2)
        self.fields.addWidget(self.agency, 2)
        self.fields.addWidget(self.due, 1)
        self.fields.addWidget(self.status, 1)
        self.withheld = self.withheld_box(action.withheld, translate("ActionRow", "Keep this action from the child and carers"))
        self.fields.addWidget(self.withheld, 0)
        self.due.dateChanged.connect(self.changed)
        self.status.currentIndexChanged.connect(self.changed)
        self.finish()

    def set_due(self, day: date | None) -> None:
        self.due.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)

    def value(self) -> PlanAction:
        d = self.due.date()
        due = None if d == NO_DATE else date(d.year(), d.month(), d.day())
        return PlanAction(id=self.action_id, what=self.what_edit.text().strip(),
                          owner=self.owner.text().strip(), agency=self.agency.text().strip(),
                          due=due, status=ActionStatus(self.status.currentData()),
                          withheld=self.withheld.isChecked())


class ContingencyRow(PlanRow):
    def __init__(self, item: Contingency | None = None, parent: QWidget | None = None) -> None:
        super().__init__(translate("ContingencyRow", "contingency"), parent)
        item = item or Contingency()
        self.fields.addWidget(QLabel(translate("ContingencyRow", "If")))
        self.if_this = line(translate("ContingencyRow", "If this happens"), item.if_this, translate("ContingencyRow", "this happens"))
        self.fields.addWidget(self.if_this, 3)
        self.fields.addWidget(QLabel(translate("ContingencyRow", "then")))
        self.then_that = line(translate("ContingencyRow", "Then do this"), item.then_that, translate("ContingencyRow", "do this"))
        self.fields.addWidget(self.then_that, 3)
        self.fields.addWidget(QLabel(translate("ContingencyRow", "call")))
        self.call = line(translate("ContingencyRow", "Who to call"), item.call, translate("ContingencyRow", "who, and their number"))
        self.fields.addWidget(self.call, 2)
        self.withheld = self.withheld_box(item.withheld, translate("ContingencyRow", "Keep this contingency from the child and carers"))
        self.fields.addWidget(self.withheld, 0)
        self.finish()

    def value(self) -> Contingency:
        return Contingency(if_this=self.if_this.text().strip(),
                           then_that=self.then_that.text().strip(), call=self.call.text().strip(),
                           withheld=self.withheld.isChecked())


class ScoreRow(PlanRow):
    """One person's 0-10 answer: how safe things are right now."""

    def __init__(self, item: Scaling | None = None, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("ScoreRow", "score"), parent)
        item = item or Scaling(on=today)
        self.on = item.on or today
        self.person = line(translate("ScoreRow", "Whose score"), item.person, translate("ScoreRow", "who"))
        self.role = named(QComboBox(), translate("ScoreRow", "Their role"))
        for key, label in ROLE_LABELS.items():
            self.role.addItem(label, key)
        self.role.setCurrentIndex(max(0, self.role.findData(item.role or "child")))
        self.score = named(QSpinBox(), translate("ScoreRow", "Score from 0 to 10"),
                           translate("ScoreRow", "0: not safe at all; 10: safe enough to close the case"))
        self.score.setRange(0, 10)
        self.score.setValue(item.score)
        self.fields.addWidget(self.person, 3)
        self.fields.addWidget(self.role, 1)
        self.fields.addWidget(QLabel(translate("ScoreRow", "score")))
        self.fields.addWidget(self.score)
        self.fields.addWidget(QLabel("/ 10"))
        self.fields.addStretch(1)
        self.score.valueChanged.connect(self.changed)
        self.role.currentIndexChanged.connect(self.changed)
        self.finish()

    def value(self) -> Scaling:
        return Scaling(person=self.person.text().strip(), role=self.role.currentData(),
                       score=self.score.value(), on=self.on)


class HelplineRow(PlanRow):
    def __init__(self, item: Helpline | None = None, parent: QWidget | None = None) -> None:
        super().__init__(translate("HelplineRow", "helpline"), parent)
        item = item or Helpline()
        self.name = line(translate("HelplineRow", "Helpline name"), item.name, translate("HelplineRow", "helpline"))
        self.number = line(translate("HelplineRow", "Helpline number"), item.number, translate("HelplineRow", "number"))
        self.fields.addWidget(self.name, 2)
        self.fields.addWidget(self.number, 1)
        self.finish()

    def value(self) -> Helpline:
        return Helpline(name=self.name.text().strip(), number=self.number.text().strip())


class TextRow(PlanRow):
    def __init__(self, what: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(what, parent)
        self.text = line(what[:1].upper() + what[1:], text, what)
        self.fields.addWidget(self.text, 1)
        self.finish()

    def value(self) -> str:
        return self.text.text().strip()


R = TypeVar("R", bound=PlanRow)


class RowList(QWidget, Generic[R]):
    """A list of rows with an "Add" button; ``limit`` caps how many may be added."""

    changed = Signal()

    def __init__(self, make: Callable[[], R], add_text: str, *, limit: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self.limit = limit
        self.rows: list[R] = []
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(2)
        self.problem = ProblemLabel(fill(translate("RowList", "Problem: %1"), add_text.lower()))
        self.layout_.addWidget(self.problem)
        self.add_button = named(QPushButton(add_text), add_text.replace("&", ""))
        self.add_button.clicked.connect(lambda: self.add())
        self.layout_.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add(self, row: R | None = None) -> R:
        made = row is None
        row = row or self._make()
        self.layout_.insertWidget(self.layout_.count() - 2, row)
        row.remove_requested.connect(self.remove)
        row.changed.connect(self.changed)
        self.rows.append(row)
        self._after_change()
        if made:
            self.changed.emit()
        return row

    def remove(self, row: R) -> None:
        if row in self.rows:
            self.rows.remove(row)
            row.hide()
            row.deleteLater()
            self._after_change()
            self.changed.emit()

    def clear(self) -> None:
        for row in list(self.rows):
            self.rows.remove(row)
            row.hide()
            row.deleteLater()
        self._after_change()

    def _after_change(self) -> None:
        for i, row in enumerate(self.rows):
            if isinstance(row, WorryRow):
                row.renumber(i + 1)
        self.add_button.setEnabled(self.limit is None or len(self.rows) < self.limit)

    def clear_problems(self) -> None:
        self.problem.clear_problems()
        for row in self.rows:
            row.problem.clear_problems()


def section(title: str, hint: str = "") -> tuple[QGroupBox, QVBoxLayout]:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setAlignment(Qt.AlignmentFlag.AlignTop)
    if hint:
        words = QLabel(hint)
        words.setProperty("role", "hint")
        words.setWordWrap(True)
        layout.addWidget(words)
    return box, layout


def text_area(name: str, height: int, placeholder: str = "") -> QPlainTextEdit:
    box = named(QPlainTextEdit(), name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    box.setPlaceholderText(placeholder)
    return box
