"""The caseload's columns are sized as Qt sizes them: its quick measure (the words' widths, and
the delegate asked only about the widest) finds what ``QTableView.sizeHintForColumn`` finds
for every column, over random caseloads, scrolled, filtered, in high contrast and in larger
text. And what waits for the caseload after unlocking waits until its rows are painted."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from directwork.domain.records import Level
from directwork.gui.caseload import page as page_module
from directwork.gui.caseload.page import (
    CaseloadPage,
    CaseloadTable,
    measure_columns,
    measured_rows,
)
from directwork.gui.common import record_table
from directwork.gui.common.worker import VaultWorker
from directwork.gui.shell import theme
from directwork.gui.shell.main_window import MainWindow
from directwork.gui.sync.panel import SyncPanel
from directwork.store import caseload
from directwork.store.caseload import CaseloadRow
from tests.gui.drive import add_children, unlock

levels = st.none() | st.sampled_from(list(Level))
days = st.none() | st.dates(date(2025, 1, 1), date(2027, 12, 31))
rows = st.lists(st.builds(
    lambda n, name, full, level, awaiting, seen, visit, due, overdue, concerns, moment, at,
    state: CaseloadRow(
        child_id=f"child-{n}", name=name, full_name=full, date_of_birth=None, age=None,
        level=level, level_awaiting=awaiting, last_seen=seen, next_visit=visit, review_due=due,
        review_overdue=overdue, open_concerns=concerns, key_moment=moment, key_moment_at=at,
        sync_state=state),
    st.integers(0, 10_000), st.text("aeiJjWMlí ", min_size=1, max_size=24),
    st.text("aeiWM ", max_size=30), levels, levels, days, days, days, st.booleans(),
    st.integers(0, 12), st.sampled_from(["", "missing", "exclusion", "arrest"]), days,
    st.sampled_from([caseload.SAVED_HERE, caseload.WAITING, caseload.ON_HUB,
                     caseload.ATTENTION])),
    max_size=90, unique_by=lambda r: r.child_id)


def _same(page: CaseloadPage) -> None:
    QApplication.processEvents()
    assert measure_columns(page.table, page.proxy) == record_table.measure_columns(page.table)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(shown=rows, search=st.sampled_from(["", "a", "W", "zz"]), down=st.floats(0, 1))
def test_the_quick_measure_finds_what_qt_finds(qtbot, qapp, prefs, shown, search,
                                                 down) -> None:
    page = CaseloadPage(VaultWorker(None))
    qtbot.addWidget(page)
    try:
        prefs.high_contrast, prefs.font_scale_step = False, 1
        theme.apply(qapp, prefs)
        page.resize(1000, 600)
        page.show()
        page._loaded(sorted(shown, key=lambda r: (r.name.lower(), r.child_id)))
        _same(page)
        page.search.setText(search)
        bar = page.table.verticalScrollBar()
        bar.setValue(int(bar.maximum() * down))
        _same(page)
        prefs.high_contrast = True
        theme.apply(qapp, prefs)
        _same(page)
        prefs.font_scale_step = len(theme.FONT_SCALES) - 1
        theme.apply(qapp, prefs)
        _same(page)
        page.hide()
        _same(page)
    finally:
        prefs.high_contrast, prefs.font_scale_step = False, 1
        theme.apply(qapp, prefs)
        page.close()


def test_the_rows_measured_are_those_qt_measures(qtbot, qapp) -> None:
    """In view from the top one, then by turns below and above, up to the precision."""
    page = CaseloadPage(VaultWorker(None))
    qtbot.addWidget(page)
    page.resize(800, 500)
    page.show()
    many = [CaseloadRow(child_id=f"c{n:03}", name=f"Child {n:03}", full_name="", date_of_birth=None,
                        age=None, level=None, last_seen=None, next_visit=None,
                        review_due=date(2026, 1, 1) + timedelta(days=n), review_overdue=False,
                        open_concerns=0, key_moment="", key_moment_at=None,
                        sync_state=caseload.SAVED_HERE) for n in range(200)]
    page._loaded(many)
    QApplication.processEvents()
    in_view = page.table.rowAt(page.table.viewport().height()) + 1
    assert measured_rows(page.table) == list(range(record_table.MEASURED_ROWS))
    page.table.verticalScrollBar().setValue(100)
    QApplication.processEvents()
    top = page.table.rowAt(0)
    found = measured_rows(page.table)
    assert len(found) == record_table.MEASURED_ROWS and top in found and top - 1 in found
    assert found[:in_view] == list(range(top, top + in_view))
    page.table.scrollToBottom()
    QApplication.processEvents()
    assert sorted(measured_rows(page.table)) == list(range(160, 200))


def test_the_status_line_and_other_pages_wait_for_the_caseload_to_be_painted(
        qtbot, make_app, data_dir: Path, vault, monkeypatch) -> None:
    add_children(vault, ["Ann", "Ben", "Cal"])
    vault.lock()
    seen: list[str] = []
    read_caseload = page_module.load_caseload

    def reading(*args, **kwargs):
        seen.append("caseload read")
        return read_caseload(*args, **kwargs)

    def painting(table: CaseloadTable, event) -> None:
        # Noted as the painting starts: what the table's painted signal sets going comes
        # after it, within the same paint.
        if table.model().rowCount() and "caseload painted" not in seen:
            seen.append("caseload painted")
        paint(table, event)

    paint, refresh, build = (CaseloadTable.paintEvent, SyncPanel.refresh,
                             MainWindow.build_remaining_pages)
    monkeypatch.setattr(page_module, "load_caseload", reading)
    monkeypatch.setattr(CaseloadTable, "paintEvent", painting)
    monkeypatch.setattr(SyncPanel, "refresh",
                        lambda panel: (seen.append("status line read"), refresh(panel))[1])
    monkeypatch.setattr(MainWindow, "build_remaining_pages",
                        lambda window: (seen.append("other pages built"), build(window))[1])
    app = make_app(data_dir)
    unlock(qtbot, app)
    qtbot.waitUntil(lambda: "other pages built" in seen and "status line read" in seen,
                    timeout=10_000)
    painted = seen.index("caseload painted")
    assert seen.index("caseload read") < painted
    assert painted < seen.index("status line read") and painted < seen.index("other pages built")
    assert app.window is not None and app.window.caseload.model.rowCount() == 3
