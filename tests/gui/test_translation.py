"""The interface in Welsh: Qt's translation built from resources/translations/*.ts, chosen in
the View menu and remembered; tabs are found by key in either language (switching at run time
and back is in test_welsh.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from directwork.build import build_translations
from directwork.domain.records import KeyMoment, KeyMomentType
from directwork.domain.rules.practice_check import Category
from directwork.gui.practice.common import practice_policy
from directwork.gui.record.tabs import RecordTab
from directwork.gui.shell import translation
from directwork.gui.shell.settings import Preferences
from directwork.store import practice
from directwork.store.context import now_of
from tests.gui.drive import add_children, settle, unlock


@pytest.fixture
def language(qapp) -> Iterator[translation.InterfaceLanguage]:
    build_translations()  # the .qm is built from the committed .ts, as `make test` does
    yield translation.install(qapp, object())
    translation.install(qapp, object()).switch("en")  # English for the tests after this


def test_the_welsh_choice_is_remembered_and_used_at_the_next_start(qtbot, language,
                                                                    prefs) -> None:
    translation.save_language(prefs, "cy")
    installed = translation.install(QApplication.instance(), prefs)
    assert installed.language == "cy"
    # ... windows made afterwards with tr() come up in Welsh
    assert QApplication.translate("SummaryPreview", "&Print…") == "&Argraffu…"
    assert QApplication.translate("MainWindow", "&File") == "&Ffeil"
    translation.save_language(prefs, "en")
    assert translation.install(QApplication.instance(), prefs).language == "en"


def test_in_welsh_a_key_moment_from_the_practice_check_opens_the_key_moments_tab(
        qtbot, language, prefs: Preferences, make_app, data_dir, vault) -> None:
    # Given a child with a key moment waiting for a response, and the interface in Welsh
    (jay,) = add_children(vault, ["Jay"])
    with vault.transaction() as s:
        practice.record_key_moment(s, KeyMoment(child_id=jay.id, moment_type=KeyMomentType.ARREST,
                                                occurred_at=now_of(s)), practice_policy())
    vault.lock()
    translation.save_language(prefs, "cy")
    app = make_app(data_dir)
    unlock(qtbot, app)
    window = app.window
    assert window is not None and window.go_menu.title() != "&Go", "the menus are in Welsh"
    # When the practitioner opens the key moment from the practice check
    assert window.practice_check.action in window.go_menu.actions()
    board = window.practice_check.dashboard
    window.practice_check.action.trigger()
    qtbot.waitUntil(lambda: board.facts is not None, timeout=10_000)
    board.scope.setCurrentIndex(board.scope.count() - 1)  # everyone on this laptop
    settle(qtbot, app)
    moments = board.model.category_index(Category.KEY_MOMENT)
    # The practice check says what is due in Welsh: the domain gave a message id, not words
    said = board.model.index(0, 3, moments).data()
    assert said.startswith("Arestio ("), said
    board.view.doubleClicked.emit(board.model.index(0, 0, moments))
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.child_record, timeout=10_000)
    settle(qtbot, app)
    # Then the child's record is open on its key moments, under their Welsh title
    record = window.child_record
    assert record.current_tab() is RecordTab.KEY_MOMENTS
    assert record.tabs.tabText(record.tabs.currentIndex()) == "&Eiliadau allweddol"
    # ... and its other tabs, built after the start in Welsh, are in Welsh too
    assert record.tabs.tabText(record.tabs.indexOf(record.tab_pages[RecordTab.ABOUT_ME])) \
        == "&Amdanaf i"


def test_switching_language_with_the_plan_editor_open_leaves_it_working(
        qtbot, language, worker) -> None:
    # The editor's rows of actions once hid QWidget.actions(), which switching language calls
    # on every widget on screen.
    from directwork.gui.plan.editor import PlanEditor

    editor = PlanEditor(worker)
    qtbot.addWidget(editor)
    for chosen in ("cy", "en"):
        language.switch(chosen)
    assert isinstance(editor.actions(), list)
