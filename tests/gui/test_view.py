"""Text size, high contrast, and the demo caseload a first-time user can load."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from directwork.gui.shell.settings import FONT_SCALES
from directwork.gui.shell.theme import BASE_POINT_SIZE
from tests.gui.drive import settle, unlock


def test_ctrl_plus_and_minus_scale_the_text_and_are_remembered(qtbot, make_app, vault, prefs,
                                                                data_dir: Path) -> None:
    vault.lock()
    app = make_app(data_dir)
    unlock(qtbot, app)
    window = app.window
    window.activateWindow()
    qtbot.waitActive(window)
    start = QApplication.font().pointSizeF()
    assert start == BASE_POINT_SIZE * FONT_SCALES[1]
    qtbot.keyClick(window.caseload.table, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.caseload.table, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == BASE_POINT_SIZE * FONT_SCALES[3]
    qtbot.keyClick(window.caseload.table, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == BASE_POINT_SIZE * FONT_SCALES[2]
    assert prefs.font_scale_step == 2
    window.zoom_reset_action.trigger()
    assert QApplication.font().pointSizeF() == start


def test_high_contrast_is_a_whole_theme_and_is_remembered(qtbot, make_app, vault, prefs,
                                                          data_dir: Path) -> None:
    vault.lock()
    app = make_app(data_dir)
    unlock(qtbot, app)
    before = QApplication.instance().styleSheet()
    app.window.contrast_action.trigger()
    assert prefs.high_contrast
    assert "#ffff00" in QApplication.instance().styleSheet() and "#ffff00" not in before
    app.window.contrast_action.trigger()
    assert not prefs.high_contrast and QApplication.instance().styleSheet() == before


def test_a_first_time_user_can_load_the_demo_caseload(qtbot, make_app, vault,
                                                      data_dir: Path) -> None:
    vault.lock()
    app = make_app(data_dir)
    app.DEMO_CHILDREN = 2
    unlock(qtbot, app)
    caseload = app.window.caseload
    assert caseload.model.rowCount() == 0 and caseload.demo_button.isVisibleTo(app.window)
    caseload.demo_button.click()
    qtbot.waitUntil(lambda: caseload.model.rowCount() == 2, timeout=30_000)
    settle(qtbot, app)
    assert not caseload.demo_button.isVisibleTo(app.window)
    assert caseload.count.text() == "2 children"


def test_an_operation_that_fails_tells_the_practitioner_in_words(qtbot, make_app, vault,
                                                                 data_dir: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from directwork.domain.records import Child
    from directwork.store import records

    vault.lock()
    app = make_app(data_dir)
    unlock(qtbot, app)
    app.worker.change(records.get_document, Child, "no-such-child")
    qtbot.waitUntil(lambda: any(isinstance(d, QMessageBox) for d in app.dialogs), timeout=5000)
    box = next(d for d in app.dialogs if isinstance(d, QMessageBox))
    assert box.text() == "No child with id no-such-child in this vault."


def test_the_demo_is_refused_in_a_vault_with_real_children(qtbot, make_app, vault,
                                                           data_dir: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from directwork.domain.records import Child
    from directwork.store import records

    with vault.transaction() as s:
        records.save_document(s, Child(given_name="Real", preferred_name="Real"))
    vault.lock()
    app = make_app(data_dir)
    app.DEMO_CHILDREN = 2
    unlock(qtbot, app)
    app.load_demo()
    qtbot.waitUntil(lambda: any(isinstance(d, QMessageBox) for d in app.dialogs), timeout=10_000)
    box = next(d for d in app.dialogs if isinstance(d, QMessageBox))
    assert "real child" in box.text() and "not added" in box.text()
    settle(qtbot, app)
    assert app.window.caseload.model.rowCount() == 1
