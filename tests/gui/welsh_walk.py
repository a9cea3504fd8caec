"""``python -m tests.gui.welsh_walk [--lang cy] [--only a,b]``: open every window and dialog of
the app (tools/windows.py) with the interface in ``--lang``, walk every widget a person can see
(each tab in turn) and print, as JSON, each window's visible words: labels, buttons, group
boxes, tab titles, placeholders, combo box choices, table and list headings, menus and their
items, and window titles.

Run in its own process (as tests/gui/screen_fit.py is) because the interface language is read
when the main window is made; tests/gui/test_welsh_windows.py starts it and compares what it
prints with the English sources of the app.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _html_words(text: str) -> str:
    """Rich text as a person reads it: tags and entities taken out."""
    import html

    text = re.sub(r"<(br|p|li|/p|/li|tr|/tr)[^>]*>", "\n", text, flags=re.IGNORECASE)
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def _cells(model, parent=None, depth: int = 0) -> list[str]:
    """The words of a list's, table's or tree's first rows (what a person sees in them)."""
    from PySide6.QtCore import QModelIndex, Qt

    parent = parent or QModelIndex()
    out: list[str] = []
    try:  # a list's model keeps its column count to itself
        columns = model.columnCount(parent)
    except TypeError:
        columns = 1
    tree = columns > 1 or not parent.isValid()
    for row in range(min(model.rowCount(parent), 40)):
        for column in range(columns):
            index = model.index(row, column, parent)
            value = model.data(index, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                out.append(value)
            if tree and depth < 2 and column == 0 and _rows(model, index):
                out += _cells(model, index, depth + 1)
    return out


def _rows(model, index) -> int:
    try:
        return model.rowCount(index)
    except TypeError:
        return 0


def visible_words(window, cells: bool = True) -> list[str]:
    """Every word of ``window`` a person can see now (rich text read as plain), with the
    words in its lists, tables and trees when ``cells``."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QMainWindow,
        QMenu,
        QPlainTextEdit,
        QTabBar,
        QTableView,
        QTextEdit,
        QTreeView,
        QWizard,
    )

    from tests.gui.walk import shown

    found: list[str] = [window.windowTitle()]

    def menu_words(menu: QMenu) -> None:
        found.append(menu.title())
        for action in menu.actions():
            if not action.isVisible() or action.isSeparator():
                continue
            if action.menu() is not None:
                menu_words(action.menu())
            else:
                found.append(action.text())

    for widget in shown(window):
        if isinstance(widget, QLabel):
            text = widget.text()
            found.append(_html_words(text) if GuiQt.mightBeRichText(text) else text)
        elif isinstance(widget, QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QLineEdit) and not widget.text():
            found.append(widget.placeholderText())
        elif isinstance(widget, QPlainTextEdit | QTextEdit) and widget.document().isEmpty():
            found.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            found += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        if isinstance(widget, QAbstractItemView) and cells and widget.model() is not None:
            found += _cells(widget.model())
        header = (widget.horizontalHeader() if isinstance(widget, QTableView)
                  else widget.header() if isinstance(widget, QTreeView) else None)
        if header is not None and header.isVisible() and widget.model() is not None:
            for section in range(header.count()):
                if header.isSectionHidden(section):
                    continue
                value = widget.model().headerData(section, Qt.Orientation.Horizontal)
                if isinstance(value, str):
                    found.append(value)
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible() and action.menu() is not None:
                menu_words(action.menu())
    if isinstance(window, QWizard) and window.currentPage() is not None:
        found += [window.currentPage().title(), window.currentPage().subTitle()]
    return [t for t in found if t and t.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--lang", default="cy", help="the interface language (en or cy)")
    parser.add_argument("--shots", type=Path, default=None)
    args = parser.parse_args(argv)

    from PySide6.QtCore import QSettings

    from directwork.gui.shell.app import application
    from directwork.gui.shell.settings import Preferences
    from directwork.gui.shell.translation import save_language
    from tests.gui.walk import fit_to_screen, tab_states
    from tools.windows import WINDOWS, close_window, make_scene

    application()
    found: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory(prefix="dw-welsh-") as tmp:
        prefs = Preferences(QSettings(str(Path(tmp) / "prefs.ini"), QSettings.Format.IniFormat))
        save_language(prefs, args.lang)  # read when the main window is made
        scene = make_scene(Path(tmp), prefs)
        try:
            for entry in WINDOWS:
                if args.only and entry.name not in args.only.split(","):
                    continue
                window = entry.open(scene)
                fit_to_screen(window)
                scene.settle()
                if args.shots is not None:
                    args.shots.mkdir(parents=True, exist_ok=True)
                    window.grab().save(str(args.shots / f"{entry.name}.png"))
                words: dict[str, None] = {}
                for _where in tab_states(window):
                    for text in visible_words(window):
                        words.setdefault(text)
                found[entry.name] = list(words)
                close_window(scene, window)
        finally:
            scene.close()
    json.dump(found, sys.stdout, indent=1, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
