"""A read-only table of records for the child record's tabs: each column is a header and a
function from the record to the text shown."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from directwork.gui.common.a11y import named

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
# A cell's full words: shown (cut to the column when long), in the tooltip, and told to a
# screen reader in full.
WORDS_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
               Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.AccessibleDescriptionRole)
# A column sized to its contents grows no wider than this many average characters; the rest
# of its words are in the tooltip.
WIDEST_COLUMN_CHARS = 30
# How many rows are measured to size a column: enough to see its usual width.
MEASURED_ROWS = 40
# The share of a table's width kept for the column of words when the others are wide.
WORDS_SHARE = 0.3
# In a table too narrow for its columns, each keeps this many characters' width of its cells.
KEPT_CHARS = 16


class RecordTableModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: Sequence[tuple[str, Callable[[T], str]]], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[T] = []

    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[T]:
        return list(self._records)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._columns)):
            # Marked for translation where the columns are listed (context "Columns").
            return QCoreApplication.translate("Columns", self._columns[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._records)):
            return None
        record = self._records[index.row()]
        if role in WORDS_ROLES:
            return self._columns[index.column()][1](record)
        if role == RECORD_ROLE:
            return record
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def record_view(model: RecordTableModel, name: str, words: int = -1) -> QTableView:
    """A read-only table: rows chosen whole, Tab moves on to the next control (arrows move
    inside), columns sized to their contents with the spare width going to column ``words``
    (the one holding what people said or what needs doing; the last when not given)."""
    view = named(QTableView(), name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.verticalHeader().setVisible(False)
    words = words if words >= 0 else model.columnCount() - 1
    keep_columns_fitted(view, words)
    return view


class _KeepFitted(QObject):
    """Fits the columns again when the rows are all replaced and when the table's width
    changes (a window resized). A hidden table (on a tab not shown) is fitted when it is
    shown, not before: opening a record replaces the rows of every tab's table. What the
    columns' contents measure is kept until the rows are replaced or the font changes, so a
    change of width only shares the width out again."""

    def __init__(self, view: QTableView, words: int,
                 measure: Callable[[QTableView], Measured]) -> None:
        super().__init__(view)
        self.view, self.words, self.measure = view, words, measure
        self.width = -1
        self.pending = False
        self.measured: Measured | None = None

    def rows_replaced(self) -> None:
        self.pending = True
        self.measured = None
        if self.view.isVisible():
            self.fit()

    def fit(self) -> None:
        self.pending = False
        self.width = self.view.viewport().width()
        if self.measured is None:
            self.measured = self.measure(self.view)
        fit_columns(self.view, self.words, self.measured)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and watched is self.view:
            self.measured = None
        elif kind == QEvent.Type.Show and watched is self.view and self.pending:
            self.fit()  # before it is painted
        elif (kind == QEvent.Type.Resize and watched is self.view.viewport()
              and self.view.isVisible() and self.view.viewport().width() != self.width):
            self.fit()
        return False


def keep_columns_fitted(view: QTableView, words: int,
                        measure: Callable[[QTableView], Measured] | None = None) -> None:
    """Size ``view``'s columns to their contents now, whenever its rows are all replaced and
    whenever its width changes (a hidden table: once it is shown). At most MEASURED_ROWS rows
    are measured (a hidden table would otherwise measure every row), and filtering or sorting
    measures nothing. ``measure``: a quicker way to the answer ``measure_columns`` gives, for
    a table that knows its cells' words."""
    view.setTabKeyNavigation(False)
    view.horizontalHeader().setResizeContentsPrecision(MEASURED_ROWS)
    keeper = _KeepFitted(view, words, measure or measure_columns)
    view.model().modelReset.connect(keeper.rows_replaced)
    view.installEventFilter(keeper)
    view.viewport().installEventFilter(keeper)
    keeper.fit()


# Each column's width by its contents: (header and cells, cells alone).
Measured = dict[int, tuple[int, int]]


def measure_columns(view: QTableView) -> Measured:
    """What each column's contents need (at most MEASURED_ROWS rows are measured)."""
    header = view.horizontalHeader()
    out: Measured = {}
    for column in range(view.model().columnCount()):
        cells = view.sizeHintForColumn(column)
        with_header = max(cells, header.sectionSizeHint(column)) if header.isVisible() else cells
        out[column] = (with_header, cells)
    return out


def fit_columns(view: QTableView, words: int, measured: Measured | None = None) -> None:
    """Each column as wide as its header and the rows in view (at most WIDEST_COLUMN_CHARS),
    and the spare width to column ``words``, which keeps at least WORDS_SHARE of the table
    (the others give up width in proportion when they would take more). Only rows in view
    are measured, so a long list costs no more than a short one; ``measured`` is what an
    earlier ``measure_columns`` found (rows unchanged since)."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    # A header cut short shows its start (its full words are its tooltip).
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    chars = view.fontMetrics().averageCharWidth()
    widest, narrowest = chars * WIDEST_COLUMN_CHARS, chars * 6
    model = view.model()
    if measured is None or len(measured) != model.columnCount():
        measured = measure_columns(view)
    others = [c for c in range(model.columnCount()) if c != words]
    widths: dict[int, int] = {}
    for column in others:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        widths[column] = min(measured[column][0], widest)
    room = view.viewport().width()
    taken = sum(widths.values())
    needed = measured[words][1] if 0 <= words < model.columnCount() else 0
    allowed = room - min(max(needed, narrowest), int(room * WORDS_SHARE))
    if 0 <= words < model.columnCount() and taken > allowed > 0:
        # Too wide: first the headers give way (their words are cut, the cells' are not),
        # then, if need be, every column in proportion.
        for column in others:
            cells = min(widest, max(narrowest, measured[column][1]))
            widths[column] = min(widths[column], cells)
        taken = sum(widths.values())
        if taken > allowed:
            # Then the long cells give way: every column keeps up to KEPT_CHARS of its cells
            # (a name, a date, a level stay whole) and only what is wider shrinks, in
            # proportion; when even that is too wide, every column in proportion.
            kept = {c: min(widths[c], max(narrowest, min(measured[c][1], chars * KEPT_CHARS)))
                    for c in others}
            floor = sum(kept.values())
            if floor < allowed:
                for column in others:
                    widths[column] = kept[column] + ((widths[column] - kept[column])
                                                     * (allowed - floor) // (taken - floor))
            else:
                for column in others:
                    widths[column] = max(narrowest, widths[column] * allowed // taken)
    for column in others:
        view.setColumnWidth(column, widths[column])
    if 0 <= words < model.columnCount():
        header.setSectionResizeMode(words, QHeaderView.ResizeMode.Stretch)
