"""Walking a window's widgets as a keyboard user, a screen reader and a small screen meet them.

Each check returns a list of readable problems (empty when all is well), so a test can show
every problem in every window at once. Windows with tabs are checked tab by tab: a widget on a
tab that is not current is not on screen, and is checked when its tab is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QAbstractSlider)
INTERACTIVE = (QAbstractButton, *INPUTS, QAbstractItemView, QTabBar)


def plain(text: str) -> str:
    """Visible words as a screen reader says them: no mnemonic marks, no punctuation or
    symbols (an arrow, a cross), lower case."""
    text = re.sub(r"&(.)", r"\1", text)
    return " ".join(re.sub(r"[^\w\s'’-]", " ", text.lower()).split())


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    spoken = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return (widget.accessibleName() or spoken or "").strip()


def is_part_of_another(widget: QWidget) -> bool:
    """Qt's own helpers inside a control (a spin box's line edit, a combo box's list, a
    scroll area's bars, a tab widget's scroll arrows)."""
    if widget.objectName().startswith("qt_") or isinstance(widget, QScrollBar | QHeaderView):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QTabBar | QLineEdit):
            return True
        if isinstance(parent, QTabWidget) and isinstance(widget, QTabBar | QToolButton) \
                and widget.parentWidget() is parent:
            return isinstance(widget, QToolButton)
        parent = parent.parentWidget() if not parent.isWindow() else None
    return False


def shown(window: QWidget) -> list[QWidget]:
    """The widgets of ``window`` a person can see now, interactive or not."""
    return [w for w in window.findChildren(QWidget)
            if w.isVisibleTo(window) and w.isVisible() and not is_part_of_another(w)]


def tab_states(window: QWidget) -> Iterator[str]:
    """Bring each tab of each tab widget to the front in turn (yielding where we are), then
    put every tab widget back as it was."""
    yield "as opened"
    tab_widgets = [t for t in window.findChildren(QTabWidget) if t.isVisible()]
    before = {id(t): t.currentIndex() for t in tab_widgets}
    for tabs in tab_widgets:
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            if index == before[id(tabs)]:
                continue
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            yield f"tab {plain(tabs.tabText(index))!r}"
        tabs.setCurrentIndex(before[id(tabs)])
    QApplication.processEvents()


# --------------------------------------------------------------------------- fitting the screen


def off_screen(window: QWidget) -> list[str]:
    """Interactive widgets outside the screen and not inside a scroll area (where scrolling
    brings them into view), and a window that cannot be made as small as the screen."""
    screen = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    problems = []
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    if least.width() > screen.width() or least.height() > screen.height():
        problems.append(f"the window cannot be smaller than {least.width()}×{least.height()}"
                        f" on a {screen.width()}×{screen.height()} screen")
    for widget in shown(window):
        if not isinstance(widget, INTERACTIVE) or in_scroll_area(widget, window):
            continue
        at = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
        if not screen.contains(at):
            problems.append(f"{describe(widget)} at {at.x()},{at.y()} {at.width()}×"
                            f"{at.height()} is off a {screen.width()}×{screen.height()} screen")
    return problems


def in_scroll_area(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def fit_to_screen(window: QWidget) -> None:
    """What a window manager does: a window no larger than the screen, placed on it."""
    screen = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    window.resize(min(window.width(), screen.width()), min(window.height(), screen.height()))
    window.move(screen.topLeft())
    QApplication.processEvents()


# --------------------------------------------------------------------------- keyboard


def mnemonic(text: str) -> str:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else ""


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Alt+letter keys that belong to more than one visible control (buttons, tabs, labels
    with a buddy, group boxes, the menu bar's menus)."""
    owners: dict[str, list[str]] = {}

    def own(text: str, what: str) -> None:
        key = mnemonic(text)
        if key:
            owners.setdefault(key, []).append(f"{what} {plain(text)!r}")

    for widget in shown(window):
        if isinstance(widget, QAbstractButton) and widget.isEnabled():
            own(widget.text(), type(widget).__name__)
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            own(widget.text(), "label")
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            own(widget.title(), "group")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i) and widget.isTabEnabled(i):
                    own(widget.tabText(i), "tab")
    if isinstance(window, QMainWindow) and window.menuBar().isVisible():
        for action in window.menuBar().actions():
            if action.isVisible():
                own(action.text(), "menu")
    return [f"Alt+{key.upper()}: " + ", ".join(found)
            for key, found in owners.items() if len(found) > 1]


# --------------------------------------------------------------------------- screen readers


def labels_by_buddy(window: QWidget) -> dict[int, QLabel]:
    return {id(label.buddy()): label for label in window.findChildren(QLabel)
            if label.buddy() is not None and label.isVisible() and plain(label.text())}


def unlabelled_inputs(window: QWidget) -> list[str]:
    """Inputs without a visible label linked to them, or whose spoken name leaves out the
    label's words; controls whose spoken name leaves out their own visible words; tables
    that keep the Tab key; unnamed focus stops; colours said as codes."""
    problems = []
    buddies = labels_by_buddy(window)
    for widget in shown(window):
        name = spoken_name(widget)
        if isinstance(widget, INPUTS) and not (isinstance(widget, QTextEdit)
                                                 and widget.isReadOnly()):
            label = buddies.get(id(widget))
            if label is None:
                problems.append(f"{describe(widget)} has no visible label linked to it")
            elif plain(label.text()) not in plain(name):
                problems.append(f"{describe(widget)} is called {name!r}, not by its label "
                                f"{plain(label.text())!r}")
        elif isinstance(widget, QAbstractButton) and plain(widget.text()) and \
                plain(widget.text()) not in plain(name):
            problems.append(f"{describe(widget)} says {plain(widget.text())!r} but is called "
                            f"{name!r}")
        if isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation():
            problems.append(f"{describe(widget)} keeps the Tab key")
        if isinstance(widget, QAbstractScrollArea) and not isinstance(
                widget, QAbstractItemView | QTextEdit | QPlainTextEdit | QTextBrowser) \
                and widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not name:
            problems.append(f"{describe(widget)} is a focus stop without a name")
        if re.search(r"#[0-9a-fA-F]{6}\b", name):
            problems.append(f"{describe(widget)} is called {name!r}: a colour code, not words")
        if isinstance(widget, QToolBar):
            for button in widget.findChildren(QToolButton):
                if button.isVisible() and not button.objectName().startswith("qt_") and \
                        not button.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    problems.append(f"toolbar button {plain(button.text())!r} cannot be "
                                    "reached with Tab")
    return problems


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    said = text() if callable(text) else ""
    return (f"{type(widget).__name__} {widget.objectName() or ''} "
            f"{plain(said)!r} ({spoken_name(widget)!r})").replace("  ", " ")


def every_state(window: QWidget, check: Callable[[QWidget], list[str]]) -> list[str]:
    """``check`` run with each tab of the window in front in turn; problems said once."""
    seen: dict[str, None] = {}
    for where in tab_states(window):
        for problem in check(window):
            seen.setdefault(f"{where}: {problem}" if where != "as opened" else problem)
    # the same problem on every tab is one problem
    unique: dict[str, None] = {}
    for problem in seen:
        unique.setdefault(problem.split(": ", 1)[-1] if problem.startswith("tab ") and
                          problem.split(": ", 1)[-1] in seen else problem)
    return list(unique)


def unnamed(window: QWidget) -> list[str]:
    """Interactive controls with no spoken name at all."""
    return [describe(w) for w in [window, *shown(window)]
            if isinstance(w, INTERACTIVE) and not isinstance(w, QTabBar)
            and not is_part_of_another(w) and not spoken_name(w)]
