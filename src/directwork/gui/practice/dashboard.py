"""The practice check dashboard: for each kind of item (act now, concerns, referrals,
key-moment responses, reviews, plans, not seen, worker changed) a count and the list, each row
a link to the child's record. The practitioner's own caseload, or by filter the team's.

What must be done now (a disclosure not yet passed on, immediate danger) is also shown above
the list until it is recorded. Beside each deadline: whether its figure is national "guidance"
or a "local choice", with the rule's source when the pointer rests on it.

It refreshes after every change and on a timer, because clocks run out with nobody typing.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from directwork.domain.policy import Basis, Policy, RuleBasis
from directwork.domain.rules.messages import due_words, render
from directwork.domain.rules.practice_check import Category, DueItem
from directwork.gui.common.a11y import labelled, named
from directwork.gui.common.fit import FlowLayout, scrolled
from directwork.gui.common.retranslate import (
    QT_TRANSLATE_NOOP,
    Words,
    interface_language,
    translate,
)
from directwork.gui.common.worker import VaultWorker
from directwork.gui.practice.charts import ChartsPanel
from directwork.gui.practice.common import format_due, practice_policy
from directwork.store.views.charts import load_chart_data
from directwork.store.views.practice import DueFacts, load_due

Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
CHILD_ID_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Child"), QT_TRANSLATE_NOOP("Columns", "Due"),
           QT_TRANSLATE_NOOP("Columns", "Rule"), QT_TRANSLATE_NOOP("Columns", "What needs doing"))
# The kinds of thing due, as the practitioner reads them (the domain names them by key).
CATEGORY_WORDS = {
    Category.NOW: QT_TRANSLATE_NOOP("DashboardPage", "Act now"),
    Category.CONCERN: QT_TRANSLATE_NOOP("DashboardPage", "Concerns"),
    Category.REFERRAL: QT_TRANSLATE_NOOP("DashboardPage", "Referrals"),
    Category.KEY_MOMENT: QT_TRANSLATE_NOOP("DashboardPage", "Key-moment responses"),
    Category.REVIEW: QT_TRANSLATE_NOOP("DashboardPage", "Reviews"),
    Category.PLAN: QT_TRANSLATE_NOOP("DashboardPage", "Safety plans"),
    Category.NOT_SEEN: QT_TRANSLATE_NOOP("DashboardPage", "Not seen"),
    Category.WORKER_CHANGED: QT_TRANSLATE_NOOP("DashboardPage", "Worker changed"),
}
MARK_COLUMN, WHAT_COLUMN = 2, 3
ACT_NOW_STYLE = ("QFrame#actNow { background: #fdecea; border: 2px solid #a3231f;"
                 " border-radius: 6px; }")
OVERDUE_COLOUR = QColor("#a3231f")
GUIDANCE_COLOUR = QColor("#1d4f91")
LOCAL_COLOUR = QColor("#5c5a55")
REFRESH_MS = 60_000
# Category rows carry internal id 0; an item's internal id is its category's position + 1.
_CATEGORY_ROW = 0


def said(item: DueItem) -> str:
    """What a practice-check item asks, in the interface language (the domain gives its
    meaning: a message id and parameters)."""
    return render(item.message, interface_language())


def due_text(item: DueItem) -> str:
    """When an item is due, in the interface language ("" : no deadline)."""
    return format_due(item.due, all_day=item.all_day) if item.due is not None else ""


def due_words_of(item: DueItem, overdue: bool, rule: RuleBasis | None) -> str:
    """"Due Mon 9 Mar 2026 (guidance)", "Overdue since ...", "No deadline", in the interface
    language, for the item's detail line and what a screen reader says."""
    when = due_text(item)
    if not when:
        return QCoreApplication.translate("DashboardPage", "No deadline")
    words = (QCoreApplication.translate("DashboardPage", "Overdue since %1") if overdue
             else QCoreApplication.translate("DashboardPage", "Due %1")).replace("%1", when)
    if rule is not None:
        words += f" ({rule.mark.label_in(interface_language())})"
    return words


class DueItemsModel(QAbstractItemModel):
    """Categories as top-level rows ("Key-moment responses (2, 1 overdue)"), their items
    beneath. Every category is always present, so a count of 0 says "nothing here"."""

    def __init__(self, parent=None, *, policy: Policy | None = None) -> None:
        super().__init__(parent)
        self.policy = policy
        self._categories = list(Category)
        self._items: dict[Category, list[DueItem]] = {c: [] for c in self._categories}
        self.now: datetime | None = None  # when the items were checked

    def set_items(self, items: Sequence[DueItem]) -> None:
        self.beginResetModel()
        self._items = {c: [] for c in self._categories}
        for item in items:
            self._items[item.category].append(item)
        self.endResetModel()

    def items(self, category: Category | None = None) -> list[DueItem]:
        if category is not None:
            return list(self._items[category])
        return [i for c in self._categories for i in self._items[c]]

    def count(self, category: Category) -> int:
        return len(self._items[category])

    def category_index(self, category: Category) -> QModelIndex:
        return self.index(self._categories.index(category), 0)

    def item_at(self, index: Index) -> DueItem | None:
        if not index.isValid() or index.internalId() == _CATEGORY_ROW:
            return None
        return self._items[self._categories[index.internalId() - 1]][index.row()]

    # ------------------------------------------------------------------ Qt model

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _CATEGORY_ROW)
        return self.createIndex(row, column, parent.row() + 1)

    # The stubs give QAbstractItemModel.parent only as QObject.parent's overloads (no index),
    # though Qt's item models override it with parent(index) -> QModelIndex, as here.
    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _CATEGORY_ROW:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _CATEGORY_ROW)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._categories)
        if parent.internalId() == _CATEGORY_ROW and parent.column() == 0:
            return len(self._items[self._categories[parent.row()]])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def is_overdue(self, item: DueItem) -> bool:
        """Past its due time when last checked, whatever the rule called it: a date gone by
        is never shown as if it were still to come."""
        return item.overdue or (item.due is not None and self.now is not None
                                and item.due < self.now)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return QCoreApplication.translate("Columns", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _CATEGORY_ROW:
            return self._category_data(self._categories[index.row()], index.column(), role)
        item = self.item_at(index)
        assert item is not None
        rule = self.rule_of(item)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == MARK_COLUMN:
            return rule.describe(interface_language()) if rule is not None else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            due = due_text(item) or QCoreApplication.translate("DashboardPage", "no deadline")
            if self.is_overdue(item) and item.due is not None:
                due = QCoreApplication.translate("DashboardPage", "Overdue: {due}").format(due=due)
            mark = rule.mark.label_in(interface_language()) if rule is not None else ""
            return (item.child_name, due, mark, said(item))[index.column()]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.child_name}: {said(item)}. " + due_words_of(item, self.is_overdue(item), rule)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == MARK_COLUMN and rule:
            return QBrush(GUIDANCE_COLOUR if rule.mark is Basis.GUIDANCE else LOCAL_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and self.is_overdue(item):
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.FontRole and self.is_overdue(item):
            font = QFont()
            font.setBold(True)
            return font
        if role == ITEM_ROLE:
            return item
        if role == CHILD_ID_ROLE:
            return item.child_id
        return None

    def rule_of(self, item: DueItem) -> RuleBasis | None:
        """The policy rule behind an item's deadline (None: no deadline, or no policy)."""
        if self.policy is None or item.rule is None or item.due is None:
            return None
        return self.policy.rule(item.rule)

    def _category_data(self, category: Category, column: int, role: int) -> Any:
        items = self._items[category]
        overdue = sum(1 for i in items if i.overdue)
        label = QCoreApplication.translate("DashboardPage", CATEGORY_WORDS[category])
        text = (QCoreApplication.translate("DashboardPage", "{label} ({count}, {overdue} overdue)")
                if overdue else "{label} ({count})").format(label=label, count=len(items),
                                                          overdue=overdue)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return text if column == 0 else None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(OVERDUE_COLOUR)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


@dataclass(frozen=True)
class Scope:
    """Whose children the dashboard checks."""

    label: str
    practitioner_id: str | None = None
    team: str | None = None


class DueTree(QTreeView):
    """The list; Enter opens the chosen child's record, as a double-click does."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class DashboardPage(QWidget):
    child_chosen = Signal(str)  # child id
    item_chosen = Signal(object)  # the DueItem
    act_now_chosen = Signal(object)  # the DueItem of the first thing to do now
    loaded = Signal()

    def __init__(self, worker: VaultWorker, parent: QWidget | None = None, *,
                 policy: Policy | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.policy = policy or practice_policy()
        self.facts: DueFacts | None = None
        self._act_now_items: list[DueItem] = []
        self._started = False
        layout = QVBoxLayout(self)
        words = Words(self, "DashboardPage")
        heading = QLabel()
        words(heading.setText, QT_TRANSLATE_NOOP("DashboardPage", "Practice check"))
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        top = FlowLayout()  # wraps on a narrow screen
        whose = QLabel()
        words(whose.setText, QT_TRANSLATE_NOOP("DashboardPage", "Whose children:"))
        top.addWidget(whose)
        self.scope = QComboBox()
        words(lambda w: named(self.scope, w), QT_TRANSLATE_NOOP("DashboardPage", "Whose children to check"))
        labelled(whose, self.scope)
        top.addWidget(self.scope)
        self.refresh_button = QPushButton()
        words(self.refresh_button.setText, QT_TRANSLATE_NOOP("DashboardPage", "&Check now"))
        words(lambda w: named(self.refresh_button, w), QT_TRANSLATE_NOOP("DashboardPage", "Check now"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        # What must be done now, above everything else, until it is recorded.
        self.act_now = QFrame()
        self.act_now.setObjectName("actNow")
        self.act_now.setStyleSheet(ACT_NOW_STYLE)
        act_layout = QHBoxLayout(self.act_now)
        self.act_now_text = QLabel()
        self.act_now_text.setWordWrap(True)
        self.act_now_text.setTextFormat(Qt.TextFormat.RichText)
        self.act_now_text.setAccessibleName(translate("DashboardPage", "Act now"))
        act_layout.addWidget(self.act_now_text, 1)
        self.act_now_button = named(QPushButton(translate("DashboardPage", "&Record who you told…")),
                                    translate("DashboardPage", "Record who you told, or open the concern"))
        self.act_now_button.clicked.connect(self._act_now)
        act_layout.addWidget(self.act_now_button, 0, Qt.AlignmentFlag.AlignTop)
        self.act_now.hide()
        layout.addWidget(self.act_now)
        self.summary = QLabel()
        self.summary.setAccessibleName(translate("DashboardPage", "Practice check summary"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = DueItemsModel(self, policy=self.policy)
        self.view = named(DueTree(), translate("DashboardPage", "Things that need doing, by kind"),
                          translate("DashboardPage", "Double-click or press Enter to open the child's record."))
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        # One line a row (the chosen item is shown in full below), which keeps hundreds of
        # rows quick to lay out.
        self.view.setUniformRowHeights(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.doubleClicked.connect(self._open)
        self.view.open_requested.connect(self._open)
        self.split = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        # The chosen item in full: the list's rows keep to one line each.
        detail_row = QHBoxLayout()
        self.detail = QLabel()
        words(self.detail.setText, QT_TRANSLATE_NOOP("DashboardPage", "Choose an item to see it in full."))
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName(translate("DashboardPage", "The chosen item in full"))
        self.detail.setObjectName("chosenItem")  # its look is the stylesheet's
        self.open_button = QPushButton()
        words(self.open_button.setText, QT_TRANSLATE_NOOP("DashboardPage", "&Open the child's record"))
        words(lambda w: named(self.open_button, w), QT_TRANSLATE_NOOP("DashboardPage", "Open the chosen child's record"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(lambda: self._open(self.view.currentIndex()))
        detail_row.addWidget(self.detail, 1)
        detail_row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        left_layout.addLayout(detail_row)
        self.split.addWidget(left)
        # The chosen child's scores and timeline, beside the list.
        self.charts = ChartsPanel()
        self.split.addWidget(scrolled(self.charts, "Progress charts of the chosen child"))
        self.split.setSizes([700, 460])
        self.charts_child: str | None = None
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        layout.addWidget(self.split, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        worker.operation_did_execute.connect(self._changed)
        self.scope.currentIndexChanged.connect(self.refresh)

    def set_scopes(self, practitioner_id: str, team: str = "") -> None:
        """Offer the practitioner's own children, their team's, and everyone on the laptop."""
        self.scope.blockSignals(True)
        self.scope.clear()
        mine = self.tr("My children")
        self.scope.addItem(mine, Scope(mine, practitioner_id=practitioner_id))
        if team:
            self.scope.addItem(self.tr("Team: {team}").format(team=team),
                               Scope(self.tr("Team {team}").format(team=team), team=team))
        everyone = self.tr("Everyone on this laptop")
        self.scope.addItem(everyone, Scope(everyone))
        self.scope.blockSignals(False)

    def current_scope(self) -> Scope:
        return self.scope.currentData() or Scope("Everyone on this laptop")

    def start(self) -> None:
        self._started = True
        self.refresh()
        self.timer.start()

    # The timer runs only while the page is on screen: a hidden page (another page, a locked
    # or closed window) asks the vault nothing; showing it again checks at once.
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._started and not self.timer.isActive():
            self.refresh()
            self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def refresh(self, *_args: object) -> None:
        policy, scope = self.policy, self.current_scope()
        self.worker.query(load_due, policy, practitioner_id=scope.practitioner_id, team=scope.team,
                          success=self.show_facts)

    def _changed(self, _touched: object) -> None:
        if self.isVisible() or self.facts is not None:
            self.refresh()

    def show_facts(self, facts: DueFacts) -> None:
        self.facts = facts
        self.model.now = facts.now
        self.model.set_items(facts.items)
        for row in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)
        self.view.expandAll()
        # The first column also holds the category headings, which are wider than a name.
        self.view.setColumnWidth(0, 230)
        metrics = self.view.fontMetrics()
        self.view.setColumnWidth(1, metrics.horizontalAdvance("Overdue: Wed 30 Sep 2026 23:59") + 24)
        self.view.setColumnWidth(MARK_COLUMN, metrics.horizontalAdvance("local choice") + 24)
        self.show_act_now([i for i in facts.items if i.category is Category.NOW])
        overdue = sum(1 for i in facts.items if self.model.is_overdue(i))
        children = len({i.child_id for i in facts.items})
        things = len(facts.items)
        said = (self.tr("1 thing to do") if things == 1
                else self.tr("{count} things to do")).format(count=things)
        said += " " + (self.tr("for 1 child") if children == 1
                       else self.tr("for {count} children")).format(count=children)
        self.summary.setText(self.tr("{things}, {overdue} overdue ({scope}, checked {when}).")
                             .format(things=said, overdue=overdue,
                                     scope=self.current_scope().label.lower(),
                                     when=due_words(facts.now, interface_language())))
        self.loaded.emit()

    def show_act_now(self, items: Sequence[DueItem]) -> None:
        """Disclosures and immediate danger at the top, until what was done is recorded."""
        self._act_now_items = list(items)
        if not items:
            self.act_now.hide()
            return
        act_now = translate("DashboardPage", "Act now")
        lines = [f"<b>{html.escape(act_now)} ({len(items)})</b>"]
        for item in items:
            lines.append(f"<b>{html.escape(item.child_name)}</b>: {html.escape(said(item))}")
        self.act_now_text.setText("<br>".join(lines))
        first = items[0]
        self.act_now_button.setText(translate("DashboardPage", "&Record who you told…")
                                    if first.kind == "key_moment"
                                    else translate("DashboardPage", "&Open the concern…"))
        self.act_now.show()

    def _act_now(self) -> None:
        if self._act_now_items:
            self.act_now_chosen.emit(self._act_now_items[0])

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.item_at(current)
        self.open_button.setEnabled(item is not None)
        if item is None:
            self.detail.setText(self.tr("Choose an item to see it in full."))
            return
        rule = self.model.rule_of(item)
        due = due_words_of(item, self.model.is_overdue(item), rule)
        if rule is not None:
            self.detail.setToolTip(rule.describe(interface_language()))
        else:
            self.detail.setToolTip("")
        self.detail.setText(f"<b>{html.escape(item.child_name)}</b> · {html.escape(due)}<br>"
                            f"{html.escape(said(item))}")
        self.show_charts(item.child_id)

    def show_charts(self, child_id: str) -> None:
        self.charts_child = child_id
        self.worker.query(load_chart_data, child_id, success=self.charts.set_data)

    def _open(self, index: QModelIndex) -> None:
        item = self.model.item_at(index)
        if item is not None:
            self.item_chosen.emit(item)
            self.child_chosen.emit(item.child_id)
