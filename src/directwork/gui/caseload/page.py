"""The caseload: every child on this laptop, searchable as you type, with filters for what
needs attention."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from directwork.gui.caseload.model import CHILD_ID_ROLE, CaseloadFilter, CaseloadModel
from directwork.gui.common.a11y import named
from directwork.gui.common.worker import VaultWorker
from directwork.store.views.caseload import load_caseload


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
        top = QHBoxLayout()
        title = QLabel("My caseload")
        title.setProperty("role", "heading")
        top.addWidget(title)
        top.addStretch()
        self.search = named(QLineEdit(), "Search the caseload")
        self.search.setPlaceholderText("Search by name, level or key moment")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self.search.textChanged.connect(self._search)
        top.addWidget(self.search)
        self.filter = named(QComboBox(), "Show only")
        for key, words in CaseloadFilter.FILTERS.items():
            self.filter.addItem(words, key)
        self.filter.currentIndexChanged.connect(
            lambda _i: self._set_filter(self.filter.currentData()))
        top.addWidget(self.filter)
        self.add_button = named(QPushButton("&Add a child…"), "Add a child")
        self.add_button.clicked.connect(self.add_child_requested)
        top.addWidget(self.add_button)
        layout.addLayout(top)
        self.table = named(QTableView(), "Children on my caseload")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((135, 45, 95, 95, 95, 185, 115, 215)):
            self.table.setColumnWidth(column, width)
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
        self.count.setText(f"{total} children" if shown == total else f"{shown} of {total} children")
        self.demo_button.setVisible(total == 0)

    def _activated(self, index: QModelIndex) -> None:
        child_id = index.data(CHILD_ID_ROLE)
        if child_id:
            self.child_chosen.emit(child_id)

    def selected_child_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(CHILD_ID_ROLE) if rows else None
