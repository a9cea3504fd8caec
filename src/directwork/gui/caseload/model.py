"""The caseload table: the model holds child ids and a row cache (as Anki's browser table
does), and a proxy filters by search text and by what needs attention."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from directwork.domain.records import Level
from directwork.gui.common.retranslate import QT_TRANSLATE_NOOP, fill, translate
from directwork.gui.common.values import value_words
from directwork.gui.practice.common import level_words
from directwork.gui.shell.theme import level_colours
from directwork.store.caseload import CaseloadRow

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CHILD_ID_ROLE = Qt.ItemDataRole.UserRole + 2

# Headings, marked for translation (context "Columns") and shown in the interface language.
COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Name"), QT_TRANSLATE_NOOP("Columns", "Age"),
           QT_TRANSLATE_NOOP("Columns", "Safety level"), QT_TRANSLATE_NOOP("Columns", "Last seen"),
           QT_TRANSLATE_NOOP("Columns", "Next visit"), QT_TRANSLATE_NOOP("Columns", "Review"),
           QT_TRANSLATE_NOOP("Columns", "Open concerns"),
           QT_TRANSLATE_NOOP("Columns", "Latest key moment"), QT_TRANSLATE_NOOP("Columns", "Sync"))
WORDS_COLUMN = 7  # the latest key moment, in words: it gets the spare width


def uk_date(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""



def level_text(row: CaseloadRow) -> str:
    """``CaseloadRow.level_text`` in the interface language: "Medium", "Medium (High awaiting
    sign-off)", "High awaiting sign-off" or ""."""
    if row.level_awaiting is None:
        return level_words(row.level) if row.level else ""
    awaiting = fill(translate("CaseloadModel", "%1 awaiting sign-off"),
                    level_words(row.level_awaiting))
    return f"{level_words(row.level)} ({awaiting})" if row.level else awaiting

class CaseloadModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self._rows: dict[str, CaseloadRow] = {}
        self._search: list[str] = []  # each row's search text, by row, made once

    # ------------------------------------------------------------------ filling

    def set_rows(self, rows: list[CaseloadRow]) -> None:
        self.beginResetModel()
        self._ids = [r.child_id for r in rows]
        self._rows = {r.child_id: r for r in rows}
        self._search = [r.search_text for r in rows]
        self.endResetModel()

    def update_rows(self, rows: list[CaseloadRow]) -> None:
        """Refresh the cached rows of some children (new ones are added at the end)."""
        for row in rows:
            if row.child_id in self._rows:
                self._rows[row.child_id] = row
                at = self._ids.index(row.child_id)
                self._search[at] = row.search_text
                self.dataChanged.emit(self.index(at, 0), self.index(at, len(COLUMNS) - 1))
            else:
                at = len(self._ids)
                self.beginInsertRows(QModelIndex(), at, at)
                self._ids.append(row.child_id)
                self._rows[row.child_id] = row
                self._search.append(row.search_text)
                self.endInsertRows()

    def row_of(self, child_id: str) -> CaseloadRow | None:
        return self._rows.get(child_id)

    def child_id_at(self, row: int) -> str:
        return self._ids[row]

    def row_at(self, row: int) -> CaseloadRow:
        return self._rows[self._ids[row]]

    def search_text_at(self, row: int) -> str:
        return self._search[row]

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return QCoreApplication.translate("Columns", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        row = self._rows[self._ids[index.row()]]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.AccessibleDescriptionRole):
            return self.display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == CHILD_ID_ROLE:
            return row.child_id
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) \
                and column == 2 and row.level is not None:
            # The badge colours of the theme in use (stylesheet), high contrast too.
            colours = level_colours().get(row.level.value)
            if colours is None:
                return None
            words, background = colours
            return QBrush(background if role == Qt.ItemDataRole.BackgroundRole else words)
        if role == Qt.ItemDataRole.FontRole and column == 5 and row.review_overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.full_name if column == 0 else self.display(row, column)
        return None

    @staticmethod
    def display(row: CaseloadRow, column: int) -> str:
        """The words ``row`` shows in ``column`` (also its tooltip and accessible text)."""
        match column:
            case 0:
                return row.name
            case 1:
                return "" if row.age is None else str(row.age)
            case 2:
                # The signed-off level as such; a newer decision as awaiting sign-off.
                return level_text(row) or translate("CaseloadModel", "not set")
            case 3:
                return uk_date(row.last_seen) or translate("CaseloadModel", "not yet")
            case 4:
                return uk_date(row.next_visit)
            case 5:
                due = uk_date(row.review_due)
                return (fill(translate("CaseloadModel", "OVERDUE %1"), due) if row.review_overdue
                        else fill(translate("CaseloadModel", "due %1"), due) if due else "")
            case 6:
                return str(row.open_concerns) if row.open_concerns else ""
            case 7:
                return (f"{value_words(row.key_moment)}, {uk_date(row.key_moment_at)}"
                        if row.key_moment else "")
            case 8:
                return value_words(row.sync_state)
        return ""

    @staticmethod
    def _sort_key(row: CaseloadRow, column: int) -> Any:
        far = "9999-12-31"
        match column:
            case 0:
                return row.name.lower()
            case 1:
                return -1 if row.age is None else row.age
            case 2:
                # By the higher of the two, so a raised level awaiting sign-off sorts with it.
                levels = [lvl.rank for lvl in (row.level, row.level_awaiting) if lvl is not None]
                return max(levels, default=-1)
            case 3:
                return row.last_seen.isoformat() if row.last_seen else ""
            case 4:
                return row.next_visit.isoformat() if row.next_visit else far
            case 5:
                return row.review_due.isoformat() if row.review_due else far
            case 6:
                return row.open_concerns
            case 7:
                return row.key_moment_at.isoformat() if row.key_moment_at else ""
            case 8:
                return value_words(row.sync_state)
        return ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here, in one Python sort over the cached rows: a proxy would ask for two
        cells per comparison, thousands of calls for a large caseload."""
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        before = list(self._ids)
        keyed = sorted(range(len(self._ids)),
                       key=lambda i: (self._sort_key(self._rows[self._ids[i]], column),
                                      self._rows[self._ids[i]].name.lower()),
                       reverse=order == Qt.SortOrder.DescendingOrder)
        self._ids = [before[i] for i in keyed]
        self._search = [self._search[i] for i in keyed]
        moved_from = {child_id: at for at, child_id in enumerate(before)}
        old = [self.index(moved_from[cid], c) for cid in self._ids for c in range(len(COLUMNS))]
        new = [self.index(at, c) for at in range(len(self._ids)) for c in range(len(COLUMNS))]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()


class CaseloadFilter(QSortFilterProxyModel):
    """Search as you type (every word must match) plus one "needs attention" filter."""

    FILTERS = {
        "all": QT_TRANSLATE_NOOP("CaseloadPage", "All children"),
        "review_overdue": QT_TRANSLATE_NOOP("CaseloadPage", "Review overdue"),
        "high": QT_TRANSLATE_NOOP("CaseloadPage", "High or very high"),
        "concerns": QT_TRANSLATE_NOOP("CaseloadPage", "Open concerns"),
        "key_moment": QT_TRANSLATE_NOOP("CaseloadPage", "A key moment"),
    }

    def __init__(self, source: CaseloadModel, parent=None) -> None:
        super().__init__(parent)
        self.source = source  # sourceModel() gives it back only as a QAbstractItemModel
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []
        self._filter = "all"
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source model sorts (and keeps its order for new rows); this proxy only filters.
        self._sorted_by = (column, order)
        self.sourceModel().sort(column, order)

    def sorted_by(self) -> tuple[int, Qt.SortOrder] | None:
        return self._sorted_by

    def set_search(self, text: str) -> None:
        words = text.lower().split()
        if words != self._words:
            self._refilter(lambda: setattr(self, "_words", words))

    def set_filter(self, key: str) -> None:
        if key not in self.FILTERS:
            raise ValueError(f"unknown caseload filter {key!r}")
        if key != self._filter:
            self._refilter(lambda: setattr(self, "_filter", key))

    def _refilter(self, change) -> None:
        # Qt 6.10 replaced invalidateRowsFilter() with a begin/end pair around the change.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.source
        if self._words:
            haystack = model.search_text_at(source_row)
            if not all(word in haystack for word in self._words):
                return False
        if self._filter == "all":
            return True
        row = model.row_at(source_row)
        match self._filter:
            case "review_overdue":
                return row.review_overdue
            case "high":
                return row.level is not None and row.level.rank >= Level.HIGH.rank
            case "concerns":
                return row.open_concerns > 0
            case "key_moment":
                return bool(row.key_moment)
        return True
