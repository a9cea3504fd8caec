"""The caseload: every child on this laptop, searchable as you type, with filters for what
needs attention."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
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
from directwork.gui.common.record_table import keep_columns_fitted
from directwork.gui.common.worker import VaultWorker
from directwork.store.views.caseload import load_caseload

EMPTY_GUIDANCE = ("No children on this laptop yet. Choose Add a child… to start a record, or, "
                  "to look around first, Load the demo caseload (made-up children). Children "
                  "on your caseload at the team hub arrive when this laptop syncs (Sync menu).")


class CaseloadPage(QWidget):
    child_chosen = Signal(str)
    add_child_requested = Signal()
    demo_requested = Signal()
    loaded = Signal()

    def __init__(self, worker: VaultWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.model = CaseloadModel(self)
        self.proxy = CaseloadFilter(self.model, self)
        layout = QVBoxLayout(self)
        title = QLabel("My caseload")
        title.setProperty("role", "heading")
        layout.addWidget(title)
        # Search, filter and Add wrap onto a second line on a narrow screen or with large text.
        top = FlowLayout()
        self.search = named(QLineEdit(), "Search the caseload")
        self.search.setPlaceholderText("name, level or key moment")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.search.textChanged.connect(self._search)
        self.search.installEventFilter(self)
        search_label = QLabel("Sea&rch:")
        search_label.setBuddy(self.search)
        self.filter = named(QComboBox(), "Show only")
        for key, words in CaseloadFilter.FILTERS.items():
            self.filter.addItem(words, key)
        self.filter.currentIndexChanged.connect(
            lambda _i: self._set_filter(self.filter.currentData()))
        filter_label = QLabel("Sho&w only:")
        filter_label.setBuddy(self.filter)
        self.add_button = named(QPushButton("&Add a child…"), "Add a child")
        self.add_button.clicked.connect(self.add_child_requested)
        for widget in (search_label, self.search, filter_label, self.filter, self.add_button):
            top.addWidget(widget)
        layout.addLayout(top)
        self.guidance = QLabel(EMPTY_GUIDANCE)
        self.guidance.setObjectName("caseloadGuidance")
        self.guidance.setProperty("role", "guidance")
        self.guidance.setWordWrap(True)
        self.guidance.setVisible(False)
        layout.addWidget(self.guidance)
        self.table = named(QTableView(), "Children on my caseload")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # Tab moves on from the table; arrows move inside it. The key moment's words get the
        # spare width; every cell's full words are in its tooltip.
        keep_columns_fitted(self.table, WORDS_COLUMN)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.count = QLabel()
        self.count.setProperty("role", "hint")
        bottom.addWidget(self.count, 1)
        self.demo_button = named(QPushButton("Load the &demo caseload"),
                                 "Load the demo caseload (made-up children for practice)")
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
        self.loaded.emit()

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
        noun = "child" if total == 1 else "children"
        self.count.setText(f"{total} {noun}" if shown == total else f"{shown} of {total} {noun}")
        self.demo_button.setVisible(total == 0)
        self.guidance.setVisible(total == 0)
        self.table.setVisible(total > 0)

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
