"""The interface in Welsh: Qt's translation built from resources/translations/*.ts, chosen in
the View menu, switching the main menus and tabs at once and back, and remembered."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget

from directwork.build import build_translations
from directwork.gui.shell import translation
from directwork.gui.shell.settings import Preferences


@pytest.fixture
def language(qapp) -> Iterator[translation.InterfaceLanguage]:  # noqa: ANN001
    build_translations()  # the .qm is built from the committed .ts, as `make test` does
    yield translation.install(qapp, object())
    translation.install(qapp, object())  # back to English for the tests after this one


def small_main_window() -> tuple[QMainWindow, QTabWidget, QLabel]:
    window = QMainWindow()
    window.menuBar().addMenu("&File").addAction("&Lock now")
    window.menuBar().addMenu("&View")
    tabs = QTabWidget()
    tabs.addTab(QLabel("Rhys"), "&About me")
    tabs.addTab(QLabel(), "Safety &plan")
    window.setCentralWidget(tabs)
    return window, tabs, tabs.widget(0)


def menu_titles(window: QMainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_choosing_welsh_translates_menus_and_tabs_and_back_and_is_remembered(
        qtbot, language, prefs: Preferences) -> None:  # noqa: ANN001
    window, tabs, name = small_main_window()
    qtbot.addWidget(window)
    choice = translation.add_language_choice(window, prefs)
    assert menu_titles(window) == ["&File", "&View"]
    # When the practitioner chooses the Welsh interface
    choice.setChecked(True)
    # Then menus, their items and tabs are in Welsh, and a child's name is left alone
    assert menu_titles(window) == ["&Ffeil", "&Gweld"]
    assert window.menuBar().actions()[0].menu().actions()[0].text() == "&Cloi nawr"
    assert [tabs.tabText(i) for i in range(2)] == ["&Amdanaf i", "&Cynllun diogelwch"]
    assert name.text() == "Rhys"
    assert translation.saved_language(prefs) == "cy"
    # ... windows made afterwards with tr() come up in Welsh
    assert QApplication.translate("SummaryPreview", "&Print…") == "&Argraffu…"
    # And choosing English again puts every word back
    choice.setChecked(False)
    assert menu_titles(window) == ["&File", "&View"]
    assert [tabs.tabText(i) for i in range(2)] == ["&About me", "Safety &plan"]
    assert translation.saved_language(prefs) == "en"


def test_the_welsh_choice_is_used_at_the_next_start(qtbot, language, prefs) -> None:  # noqa: ANN001
    translation.save_language(prefs, "cy")
    installed = translation.install(QApplication.instance(), prefs)
    assert installed.language == "cy"
    window, _tabs, _name = small_main_window()
    qtbot.addWidget(window)
    choice = translation.add_language_choice(window, prefs)
    assert choice.isChecked() and menu_titles(window)[0] == "&Ffeil"
