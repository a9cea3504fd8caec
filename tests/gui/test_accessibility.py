"""Every window and dialog (tools/windows.py), walked as a keyboard user and a screen reader
meet it: no Alt+letter that belongs to two visible controls; every input with a visible label
linked to it, whose words its spoken name contains; every button's spoken name containing its
words; tables that let Tab move on; no unnamed focus stop; colours in words; Escape closes
every dialog and tool window, or asks first.

The walk opens each window once (``walked``); each test reads its part of the findings.
Small windows made here show that each check notices what it looks for."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from tests.gui.walk import every_state, mnemonic_clashes, unlabelled_inputs, unnamed
from tools.windows import WINDOWS, AppWindow, Scene, close_window, make_scene, pump


def escape_problem(scene: Scene, entry: AppWindow, window: QWidget) -> str:
    """"" when Escape closes ``window`` or makes it ask; else what happened."""
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    target = QApplication.focusWidget() if window.isActiveWindow() else None
    QTest.keyClick(target if target is not None and target.window() is window else window,
                   Qt.Key.Key_Escape)
    pump(lambda: not isValid(window) or not window.isVisible(), timeout=2)
    scene.settle()
    if not isValid(window) or not window.isVisible():
        return ""
    if any(w.isVisible() and id(w) not in before for w in QApplication.topLevelWidgets()):
        return ""  # it asks first, in a dialog of its own
    if entry.asking is not None and entry.asking(window):
        return ""
    return "Escape neither closed it nor asked"


@pytest.fixture(scope="module")
def walked(qapp, tmp_path_factory) -> dict[str, dict[str, list[str]]]:
    scene = make_scene(Path(tmp_path_factory.mktemp("every-window")))
    found: dict[str, dict[str, list[str]]] = {}
    try:
        for entry in WINDOWS:
            window = entry.open(scene)
            window.activateWindow()
            pump()
            found[entry.name] = {
                "unnamed": every_state(window, unnamed),
                "mnemonics": every_state(window, mnemonic_clashes),
                "screen reader": every_state(window, unlabelled_inputs),
                "escape": [escape_problem(scene, entry, window)] if entry.dialog else [],
            }
            close_window(scene, window)
    finally:
        scene.close()
    return found


def problems_of(walked: dict[str, dict[str, list[str]]], check: str) -> str:
    return "\n".join(f"{name}: {problem}" for name, found in walked.items()
                     for problem in found[check] if problem)


def test_every_window_was_walked(walked) -> None:
    assert set(walked) == {w.name for w in WINDOWS}


def test_every_control_has_a_name_a_screen_reader_can_say(walked) -> None:
    assert not problems_of(walked, "unnamed")


def test_the_unnamed_check_notices_a_control_without_a_name(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    QLineEdit(window)
    window.setProperty("fittedToScreen", True)
    window.show()
    assert len(unnamed(window)) == 1


def test_no_alt_letter_belongs_to_two_controls(walked) -> None:
    assert not problems_of(walked, "mnemonics")


# Windows whose rows of fields (a plan's actions, each agency's input, who agreed) still have
# only a spoken name and a placeholder, not a visible label each: the one problem let pass in
# them, and only in them, until their rows are laid out with captions.
ROWS_WITHOUT_CAPTIONS = {"plan-editor", "agree-the-plan", "plan-versions", "plan-merge", "level",
                         "review", "concern", "print-choices"}
NO_CAPTION = "has no visible label linked to it"


def test_screen_readers_hear_what_every_control_is_for(walked) -> None:
    problems = problems_of(walked, "screen reader").splitlines()
    left = [p for p in problems
            if not (p.split(":", 1)[0] in ROWS_WITHOUT_CAPTIONS and p.endswith(NO_CAPTION))]
    assert not left, "\n".join(left)


def test_escape_closes_or_asks_in_every_dialog_and_tool_window(walked) -> None:
    assert not problems_of(walked, "escape")


# --------------------------------------------------------------------------- the checks notice


def test_a_clash_of_alt_letters_is_noticed(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addWidget(QPushButton("&Save"))
    layout.addWidget(QPushButton("&Start"))
    window.show()
    assert mnemonic_clashes(window) == ["Alt+S: QPushButton 'save', QPushButton 'start'"]


def test_an_input_without_its_label_or_a_table_keeping_tab_is_noticed(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    unlabelled = QLineEdit()
    unlabelled.setAccessibleName("Name")
    misnamed = QComboBox()
    misnamed.setAccessibleName("said it")
    label = QLabel("How they gave it")
    label.setBuddy(misnamed)
    table = QTableView()
    table.setAccessibleName("Children")
    area = QScrollArea()
    area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    pen = QPushButton()
    pen.setAccessibleName("Pen colour #1f2933")
    for widget in (unlabelled, label, misnamed, table, area, pen):
        layout.addWidget(widget)
    window.setProperty("fittedToScreen", True)  # shown as built, without the app's fixes
    window.show()
    problems = "\n".join(unlabelled_inputs(window))
    assert "QLineEdit" in problems and "no visible label" in problems
    assert "not by its label 'how they gave it'" in problems
    assert "keeps the Tab key" in problems
    assert "focus stop without a name" in problems
    assert "a colour code" in problems

