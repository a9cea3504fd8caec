"""Help → About directwork: the version, the licence, and the third-party notices read from
the files this installation carries; a missing notice is said to be missing, in words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

import directwork
from directwork.gui.shell import about
from directwork.gui.shell.about import AboutDialog
from tests.gui.drive import add_children, settle, unlock

ROOT = Path(__file__).resolve().parents[2]


def test_help_about_shows_the_version_the_licence_and_the_notices(qtbot, make_app, vault,
                                                                  data_dir: Path) -> None:
    add_children(vault, ["Jay"])
    vault.lock()
    app = make_app(data_dir)
    unlock(qtbot, app)
    window = app.window
    # Help is the last menu, after the Sync menu added once the window was built.
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[-1] == "&Help" and "S&ync" in menus, menus
    assert window.about_action in window.help_menu.actions()
    window.about_action.trigger()
    qtbot.waitUntil(lambda: any(isinstance(d, AboutDialog) for d in app.dialogs), timeout=5000)
    dialog = next(d for d in app.dialogs if isinstance(d, AboutDialog))
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "About directwork"
    shown = " ".join(label.text() for label in dialog.findChildren(type(dialog.summary)))
    assert f"Version {directwork.__version__}" in shown
    assert "GPL-3.0-or-later" in dialog.licence_words.text()
    # The notices and the licence are the project's own files, not words typed into the code.
    assert dialog.found == {"THIRD_PARTY_NOTICES.md": ROOT / "THIRD_PARTY_NOTICES.md",
                            "LICENSE": ROOT / "LICENSE"}
    notices = dialog.notices_view.toPlainText()
    assert "Third-party notices" in notices and "SQLCipher" in notices and "DejaVu" in notices
    assert "GNU GENERAL PUBLIC LICENSE" in dialog.licence_view.toPlainText()
    assert "Version 3, 29 June 2007" in dialog.licence_view.toPlainText()
    dialog.tabs.setCurrentWidget(dialog.licence_view)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not any(isinstance(d, AboutDialog) for d in app.dialogs),
                    timeout=5000)
    settle(qtbot, app)


def test_a_notice_missing_from_the_installation_is_said_missing(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(about, "notice_path", lambda name: None)
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.found == {"THIRD_PARTY_NOTICES.md": None, "LICENSE": None}
    for view, name in ((dialog.notices_view, "THIRD_PARTY_NOTICES.md"),
                       (dialog.licence_view, "LICENSE")):
        assert view.toPlainText().startswith(f"{name} was not found in this installation.")
    # The licence itself is still named, whatever files are missing.
    assert "GPL-3.0-or-later" in dialog.licence_words.text()


def test_an_unreadable_notice_is_said_missing(qtbot, monkeypatch, tmp_path: Path) -> None:
    broken = tmp_path / "LICENSE"
    broken.write_bytes(b"\xff\xfe not utf-8 \xff")
    monkeypatch.setattr(about, "notice_path", lambda name: broken)
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.found["LICENSE"] is None
    assert "was not found in this installation" in dialog.licence_view.toPlainText()
