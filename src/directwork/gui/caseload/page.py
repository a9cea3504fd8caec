"""The caseload: every child on this laptop, searchable as you type, with filters for what
needs attention."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetricsF, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from directwork.gui.caseload.model import (
    CHILD_ID_ROLE,
    WORDS_COLUMN,
    CaseloadFilter,
    CaseloadModel,
)
from directwork.gui.common.a11y import named
from directwork.gui.common.fit import FlowLayout
from directwork.gui.common.record_table import Measured, keep_columns_fitted
from directwork.gui.common.retranslate import QT_TRANSLATE_NOOP, Words, item_text
from directwork.gui.common.worker import VaultWorker
from directwork.store.views.caseload import load_caseload

EMPTY_GUIDANCE = QT_TRANSLATE_NOOP(
    "CaseloadPage", "No children on this laptop yet. Choose Add a child… to start a record, "
    "or, to look around first, Load the demo caseload (made-up children). Children on your "
    "caseload at the team hub arrive when this laptop syncs (Sync menu).")


# Cells whose words measure within this many pixels of a column's widest are asked of the
# item delegate too (its width is the words' plus fixed margins, up to rounding).
NEAR_WIDEST = 1.0


def measured_rows(view: QTableView) -> list[int]:
    """The rows ``QTableView.sizeHintForColumn`` measures: those in view from the top one,
    then, up to the header's resize precision (MEASURED_ROWS), by turns the rows below and
    above them (only below while there are none above, and only above at the end)."""
    count = view.model().rowCount()
    most = view.horizontalHeader().resizeContentsPrecision()
    top = max(0, view.rowAt(0))
    bottom = view.rowAt(view.viewport().height())
    if not view.isVisible() or bottom == -1:
        bottom = count - 1
    rows = list(range(top, min(bottom, top + most - 1) + 1))
    above, below = top, (rows[-1] if rows else top - 1)
    while len(rows) < most and (above > 0 or below < count - 1):
        if (len(rows) % 2 and above > 0) or below == count - 1:
            above -= 1
            rows.append(above)
        else:
            below += 1
            rows.append(below)
    return rows


def measure_columns(view: QTableView, proxy: CaseloadFilter) -> Measured:
    """What ``record_table.measure_columns`` finds (a test compares them), for the same rows,
    with the delegate asked about only the few widest cells of each column: their words are
    measured in the font they are shown in, which is quick, where asking the delegate about
    every cell goes through the model's data() for ten roles and the style sheet each time
    (about 100 ms for a full caseload, while the practitioner waits)."""
    model = proxy.source
    header = view.horizontalHeader()
    rows = [proxy.mapToSource(proxy.index(at, 0)).row() for at in measured_rows(view)]
    font = view.font()
    plain = QFontMetricsF(font)
    font.setBold(True)
    bold = QFontMetricsF(font)  # the review date, when it is overdue (the model's FontRole)
    grid = 1 if view.showGrid() else 0
    out: Measured = {}
    for column in range(model.columnCount()):
        widths: dict[float, int] = {}  # a row for each width the words take
        for row in rows:
            shown = model.row_at(row)
            metrics = bold if column == 5 and shown.review_overdue else plain
            widths.setdefault(round(metrics.horizontalAdvance(model.display(shown, column)), 3),
                              row)
        widest = max(widths, default=0.0)
        cells = max((view.sizeHintForIndex(proxy.mapFromSource(model.index(row, column))).width()
                     for width, row in widths.items() if width >= widest - NEAR_WIDEST),
                    default=0) + grid
        with_header = max(cells, header.sectionSizeHint(column)) if header.isVisible() else cells
        out[column] = (with_header, cells)
    return out


# The longest "shown" waits for the rows to be painted (a window minimised as they arrive).
SHOWN_AT_THE_LATEST_MS = 2_000


class CaseloadTable(QTableView):
    """The caseload's table: says when it has painted the rows it was given."""

    painted = Signal()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()


class CaseloadPage(QWidget):
    child_chosen = Signal(str)
    add_child_requested = Signal()
    demo_requested = Signal()
    loaded = Signal()  # the rows read are in the table
    # ... and on screen: what waits for the caseload (the other pages, the status line, the
    # records' checks) waits for this, so that it is painted first. At the latest
    # SHOWN_AT_THE_LATEST_MS after ``loaded`` when it is not painted (a hidden table).
    shown = Signal()

    def __init__(self, worker: VaultWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.model = CaseloadModel(self)
        self.proxy = CaseloadFilter(self.model, self)
        layout = QVBoxLayout(self)
        words = self.words = Words(self, "CaseloadPage")
        title = QLabel()
        words(title.setText, QT_TRANSLATE_NOOP("CaseloadPage", "My caseload"))
        title.setProperty("role", "heading")
        layout.addWidget(title)
        # Search, filter and Add wrap onto a second line on a narrow screen or with large text.
        top = FlowLayout()
        self.search = QLineEdit()
        words(lambda w: named(self.search, w), QT_TRANSLATE_NOOP("CaseloadPage", "Search the caseload"))
        words(self.search.setPlaceholderText, QT_TRANSLATE_NOOP("CaseloadPage", "name, level or key moment"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.search.textChanged.connect(self._search)
        self.search.installEventFilter(self)
        search_label = QLabel()
        words(search_label.setText, QT_TRANSLATE_NOOP("CaseloadPage", "Sea&rch:"))
        search_label.setBuddy(self.search)
        self.filter = QComboBox()
        words(lambda w: named(self.filter, w), QT_TRANSLATE_NOOP("CaseloadPage", "Show only"))
        for index, (key, shown) in enumerate(CaseloadFilter.FILTERS.items()):
            self.filter.addItem("", key)
            words(item_text(self.filter, index), shown)
        self.filter.currentIndexChanged.connect(
            lambda _i: self._set_filter(self.filter.currentData()))
        filter_label = QLabel()
        words(filter_label.setText, QT_TRANSLATE_NOOP("CaseloadPage", "Sho&w only:"))
        filter_label.setBuddy(self.filter)
        self.add_button = QPushButton()
        words(self.add_button.setText, QT_TRANSLATE_NOOP("CaseloadPage", "&Add a child…"))
        words(lambda w: named(self.add_button, w), QT_TRANSLATE_NOOP("CaseloadPage", "Add a child"))
        self.add_button.clicked.connect(self.add_child_requested)
        for widget in (search_label, self.search, filter_label, self.filter, self.add_button):
            top.addWidget(widget)
        layout.addLayout(top)
        self.guidance = QLabel()
        words(self.guidance.setText, EMPTY_GUIDANCE)
        self.guidance.setObjectName("caseloadGuidance")
        self.guidance.setProperty("role", "guidance")
        self.guidance.setWordWrap(True)
        self.guidance.setVisible(False)
        layout.addWidget(self.guidance)
        self.table = CaseloadTable()
        self._showing = False
        self.table.painted.connect(self._painted)
        words(lambda w: named(self.table, w), QT_TRANSLATE_NOOP("CaseloadPage", "Children on my caseload"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # A cell too narrow shows the start of its words ("due 30/11/20…"), not its first
        # word alone ("due …"), as one-line rows do when words wrap.
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # Tab moves on from the table; arrows move inside it. The key moment's words get the
        # spare width; every cell's full words are in its tooltip.
        keep_columns_fitted(self.table, WORDS_COLUMN,
                            lambda view: measure_columns(view, self.proxy))
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.count = QLabel()
        self.count.setProperty("role", "hint")
        bottom.addWidget(self.count, 1)
        self.demo_button = QPushButton()
        words(self.demo_button.setText, QT_TRANSLATE_NOOP("CaseloadPage", "Load the &demo caseload"))
        words(lambda w: named(self.demo_button, w),
              QT_TRANSLATE_NOOP("CaseloadPage", "Load the demo caseload (made-up children for practice)"))
        self.demo_button.clicked.connect(self.demo_requested)
        bottom.addWidget(self.demo_button)
        layout.addLayout(bottom)
        self.setTabOrder(self.search, self.filter)
        self.setTabOrder(self.filter, self.add_button)
        self.setTabOrder(self.add_button, self.table)
        self.setTabOrder(self.table, self.demo_button)

    # ------------------------------------------------------------------ loading

    def load(self) -> None:
        self.worker.query(load_caseload, success=self._loaded)

    def _loaded(self, rows) -> None:
        self.model.set_rows(rows)  # comes ordered by name
        chosen = self.proxy.sorted_by()
        if chosen is not None and chosen != (0, Qt.SortOrder.AscendingOrder):
            self.model.sort(*chosen)
        self._count()
        self._showing = True
        self.loaded.emit()
        if self.table.isVisible():
            QTimer.singleShot(SHOWN_AT_THE_LATEST_MS, self, self._painted)
        else:
            self._painted()

    def _painted(self) -> None:
        if self._showing:
            self._showing = False
            self.shown.emit()

    def refresh(self, child_ids: set[str] | None) -> None:
        """After a change: reload only the children it touched (all when unknown)."""
        if child_ids is None:
            self.load()
            return
        if not child_ids:
            return
        ids = set(child_ids)

        def updated(rows) -> None:
            self.model.update_rows(rows)
            self._count()

        self.worker.query(load_caseload, ids, success=updated)

    # ------------------------------------------------------------------ filtering

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._count()

    def _set_filter(self, key: str) -> None:
        self.proxy.set_filter(key)
        self._count()

    def _count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if shown == total:
            said = self.tr("1 child") if total == 1 else self.tr("{total} children")
        else:
            said = (self.tr("{shown} of 1 child") if total == 1
                    else self.tr("{shown} of {total} children"))
        self.count.setText(said.format(shown=shown, total=total))
        self.demo_button.setVisible(total == 0)
        self.guidance.setVisible(total == 0)
        self.table.setVisible(total > 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "count"):
            self._count()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search box, Down moves to the list and Return opens the child found (the
        chosen row, else the first), so a child is found and opened without the mouse."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Down and self.proxy.rowCount():
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                if not self.table.selectionModel().selectedRows():
                    self.table.selectRow(0)
                self.table.setCurrentIndex(self.proxy.index(self.table.currentIndex().row()
                                                            if self.table.currentIndex().isValid()
                                                            else 0, 0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.proxy.rowCount():
                rows = self.table.selectionModel().selectedRows()
                self._activated(rows[0] if rows else self.proxy.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    def _activated(self, index: QModelIndex) -> None:
        child_id = index.data(CHILD_ID_ROLE)
        if child_id:
            self.child_chosen.emit(child_id)

    def selected_child_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(CHILD_ID_ROLE) if rows else None
