"""The smaller things a new user met on a council laptop, each through the real widgets: the
plan editor's Save closes it; a new visit opens on its first tab; past due dates say Overdue
in red; agreeing defaults to nobody's agency; no "Welsh: Welsh"; the recovery key never breaks
mid-group; an empty caseload says what to do; no visit once the records were wiped; a real
strength estimator; the caseload's search box moves to the list and opens a child; text fields
show their start; the 0-10 scale is one choice; the status line's words are what is heard;
headings grow with the text; icons and badges follow the theme."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox

from directwork.domain.passphrase import passphrase_problem, strength_label, strength_score
from directwork.domain.records import Agreement, Visit
from directwork.domain.rules.messages import msg
from directwork.domain.rules.practice_check import Category, DueItem
from directwork.gui.plan.agreement import AgreePlanDialog
from directwork.gui.plan.editor_window import PlanEditorWindow
from directwork.gui.practice.dashboard import OVERDUE_COLOUR, DueItemsModel
from directwork.gui.record.child_form import ChildForm
from directwork.gui.shell import theme
from directwork.gui.shell.setup_wizard import key_lines
from directwork.gui.visit.widgets import SafetyScale
from directwork.store import records
from directwork.store.keyfile import new_recovery_key, normalise_recovery_key
from tests.gui.drive import add_children, settle, unlock


def test_save_in_the_unsaved_changes_question_saves_and_closes_the_plan_editor(
        qtbot, vault, worker) -> None:
    (jay,) = add_children(vault, ["Jay"])
    window = PlanEditorWindow(worker)
    qtbot.addWidget(window)
    window.open_plan(jay.id)
    window.show()
    settle(qtbot, worker)
    qtbot.keyClick(window.editor.title, Qt.Key.Key_End)  # the title shows its start
    qtbot.keyClicks(window.editor.title, " for Jay")
    # Escape asks, as the window's X does
    qtbot.keyClick(window.editor.title, Qt.Key.Key_Escape)
    question = window.unsaved_question
    assert question is not None and question.isVisible() and window.isVisible()
    save = next(b for b in question.buttons() if b.text() == "&Save draft")
    save.click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert not window.editor.dirty
    settle(qtbot, worker)
    with vault.session() as s:
        from directwork.domain.records import SafetyPlan

        [plan] = records.list_documents(s, SafetyPlan, jay.id)
    assert plan.title.endswith("for Jay")


def test_a_new_visit_opens_on_its_first_tab_with_the_keyboard_in_the_first_box(
        qtbot, make_app, data_dir: Path, vault) -> None:
    (jay,) = add_children(vault, ["Jay"])
    with vault.transaction() as s:
        first = records.save_document(s, Visit(child_id=jay.id, place="home", present=["Jay"]))
        second = records.save_document(s, Visit(child_id=jay.id, place="school",
                                                present=["Jay"]))
    vault.lock()
    app = make_app(data_dir)
    unlock(qtbot, app)
    app.open_visit(jay, first)
    settle(qtbot, app)
    page = app.window.visit
    page.tabs.setCurrentIndex(page.tabs.count() - 1)  # My notes, last used
    app.open_visit(jay, second)
    settle(qtbot, app)
    assert page.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.fields["worries"])


def test_a_due_date_gone_by_says_overdue_in_red(qtbot) -> None:
    now = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    past = DueItem(category=next(iter(Category)), child_id="c", child_name="Jay",
                   message=msg("review.next"), due=now - timedelta(days=2), overdue=False,
                   kind="review", record_id="r")
    model = DueItemsModel()
    model.now = now
    model.set_items([past])
    parent = model.index(0, 0)
    row = next(r for r in range(model.rowCount()) if model.rowCount(model.index(r, 0)))
    due = model.index(0, 1, model.index(row, 0))
    assert parent.isValid()
    assert due.data().startswith("Overdue")
    assert due.data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR


def test_someone_added_to_the_agreement_is_not_made_an_agency(qtbot) -> None:
    dialog = AgreePlanDialog([Agreement(who="Jay", role="child")],
                             datetime(2026, 3, 2, tzinfo=UTC))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_button.click()
    added = dialog.rows[-1]
    assert added.role.currentText() != "Agency"
    assert added.agency.text() == ""


def test_about_me_never_says_welsh_twice(qtbot) -> None:
    form = ChildForm()
    qtbot.addWidget(form)
    form.show()
    label = form.welsh_label
    form.welsh.setCurrentIndex(form.welsh.findText("Welsh (Cymraeg)"))
    assert label.text().rstrip(":").lower() != form.welsh.currentText().lower()
    assert "welsh" not in label.text().lower()


def test_the_recovery_key_is_shown_in_whole_groups_and_reads_back_as_typed() -> None:
    key = new_recovery_key()
    shown = key_lines(key)
    groups = key.split("-")
    assert [g for line in shown.splitlines() for g in line.split("\u2011")] == groups
    assert normalise_recovery_key(shown) == normalise_recovery_key(key)


def test_the_recovery_key_label_does_not_wrap_inside_a_group(qtbot, make_app,
                                                             data_dir: Path) -> None:
    app = make_app(data_dir)
    wizard = app.start()
    page = wizard.passphrase_page.ui
    page.nameEdit.setText("Sam")
    page.passphraseEdit.setText("the heron waits by the canal")
    page.repeatEdit.setText("the heron waits by the canal")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=20_000)
    label = wizard.recovery_page.key_label
    assert not label.wordWrap()
    widest = max(QFontMetrics(label.font()).horizontalAdvance(line)
                 for line in label.text().splitlines())
    assert widest < 911 - 80  # a whole line fits a 1366×768 screen at 150%


def test_an_empty_caseload_says_what_to_do(qtbot, make_app, data_dir: Path, vault) -> None:
    vault.lock()
    app = make_app(data_dir)
    unlock(qtbot, app)
    page = app.window.caseload
    assert page.guidance.isVisible() and not page.table.isVisible()
    assert "Add a child" in page.guidance.text() and "demo" in page.guidance.text()
    assert page.demo_button.isVisible()


def test_start_visit_is_disabled_once_the_records_were_wiped(qtbot, make_app, data_dir: Path,
                                                             vault) -> None:
    (jay,) = add_children(vault, ["Jay"])
    vault.lock()
    app = make_app(data_dir)
    unlock(qtbot, app)
    window = app.window
    app.open_child(jay.id)
    settle(qtbot, app)
    assert window.start_visit_action.isEnabled()
    app.sync_panel.show_revoked("this laptop was reported lost")
    window._page_changed()
    window.show_unlocked()
    assert not window.start_visit_action.isEnabled()
    button = window.toolbar.widgetForAction(window.start_visit_action)
    assert not button.isEnabled()


def test_strength_comes_from_a_real_estimator() -> None:
    assert passphrase_problem("password123") is not None  # long enough, but a common password
    assert passphrase_problem("qwertyuiop12") is not None  # a keyboard run
    assert strength_label("Password123!") == "too weak"
    assert passphrase_problem("the heron waits by the canal") is None
    assert strength_label("the heron waits by the canal") == "strong"
    # Made of the practitioner's own name: weaker than the same letters from a stranger.
    assert strength_score("samokafor2026", ["Sam", "Okafor"]) < strength_score("samokafor2026")


def test_the_search_box_moves_to_the_list_with_down_and_opens_with_return(
        qtbot, make_app, data_dir: Path, vault) -> None:
    add_children(vault, ["Amy", "Jay", "Jo"])
    vault.lock()
    app = make_app(data_dir)
    unlock(qtbot, app)
    page = app.window.caseload
    page.search.setFocus()
    qtbot.keyClicks(page.search, "j")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.table
    assert page.selected_child_id() is not None
    page.search.setFocus()
    page.table.clearSelection()
    qtbot.keyClicks(page.search, "ay")
    with qtbot.waitSignal(page.child_chosen) as chosen:
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert chosen.args[0] == page.model.child_id_at(
        next(i for i in range(3) if page.model.row_at(i).name == "Jay"))


def test_filled_text_fields_show_their_start(qtbot) -> None:
    form = ChildForm()
    qtbot.addWidget(form)
    form.resize(300, 400)
    form.show()
    from directwork.domain.records import Child

    words = "Talking things through with his sister, then with Nan, works best for him"
    form.set_child(Child(preferred_name="Jay", language="English", what_helps=words))
    assert form.what_helps.cursorPosition() == 0
    from directwork.gui.plan.sections import line

    edit = line("What will be done", words)
    assert edit.cursorPosition() == 0


def test_the_safety_scale_is_one_choice_in_one_named_group(qtbot) -> None:
    scale = SafetyScale()
    qtbot.addWidget(scale)
    scale.show()
    assert scale.group.exclusive()
    assert "one number from 0" in scale.accessibleName()
    # One Tab stop: the chosen number (0 when none is chosen); the arrows move the choice.
    stops = [b for b in scale.buttons if b.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert stops == [scale.buttons[0]]
    scale.buttons[0].setFocus()
    qtbot.keyClick(scale.buttons[0], Qt.Key.Key_Right)
    qtbot.keyClick(scale.buttons[1], Qt.Key.Key_Right)
    assert scale.value() == 2
    assert [b for b in scale.buttons if b.focusPolicy() & Qt.FocusPolicy.TabFocus] == \
        [scale.buttons[2]]


def test_the_status_line_is_heard_as_its_words(qtbot, make_app, data_dir: Path, vault) -> None:
    vault.lock()
    app = make_app(data_dir)
    unlock(qtbot, app)
    status = app.sync_panel.status
    assert status.text() and status.accessibleName() == status.text()
    app.sync_panel.show_revoked("reported lost")
    assert "wiped" in status.accessibleName()


def test_headings_grow_with_the_text_size(qapp) -> None:
    from directwork.gui.shell.settings import FONT_SCALES

    def heading_points(step: int) -> float:
        sheet = theme.stylesheet(False, FONT_SCALES[step])
        for selectors, props in theme.rules(sheet):
            if selectors == 'QLabel[role="heading"]':
                return float(props["font-size"].removesuffix("pt"))
        raise AssertionError("no heading rule")

    largest = len(FONT_SCALES) - 1
    assert heading_points(largest) > heading_points(1) * 1.5
    # A heading stays larger than the words under it at every size.
    for step, scale in enumerate(FONT_SCALES):
        assert heading_points(step) > theme.BASE_POINT_SIZE * scale


def test_a_heading_on_screen_is_larger_than_body_text_at_the_largest_size(qtbot) -> None:
    from directwork.gui.shell.settings import FONT_SCALES

    app = QApplication.instance()
    before_font, before_sheet = QFont(app.font()), app.styleSheet()
    try:
        scale = FONT_SCALES[-1]
        font = QFont(app.font())
        font.setPointSizeF(theme.BASE_POINT_SIZE * scale)
        app.setFont(font)
        app.setStyleSheet(theme.stylesheet(False, scale))
        heading, body = QLabel("Jay"), QLabel("14 years old")
        heading.setProperty("role", "heading")
        for label in (heading, body):
            qtbot.addWidget(label)
            label.show()
        assert heading.font().pointSizeF() > body.font().pointSizeF()
    finally:
        app.setFont(before_font)
        app.setStyleSheet(before_sheet)


def test_icons_are_drawn_in_the_themes_text_colour(qapp) -> None:
    light = theme.icon("lock", theme.text_colour(theme.stylesheet(False))).pixmap(24, 24)
    dark = theme.icon("lock", theme.text_colour(theme.stylesheet(True))).pixmap(24, 24)

    def inked(pixmap) -> set[str]:
        image = pixmap.toImage()
        return {image.pixelColor(x, y).name() for x in range(image.width())
                for y in range(image.height()) if image.pixelColor(x, y).alpha() > 250}

    assert "#ffffff" in inked(dark) and "#ffffff" not in inked(light)
    assert theme.text_colour(theme.stylesheet(True)) == "#ffffff"


def test_the_message_box_of_an_error_can_be_closed_with_escape(qtbot) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "directwork", "Not saved.",
                      QMessageBox.StandardButton.Ok)
    qtbot.addWidget(box)
    box.show()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.isVisible()


def test_a_line_edit_filled_later_shows_its_start(qtbot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.resize(80, 30)
    edit.show()
    from directwork.gui.common.fields import fill

    fill(edit, "A long sentence that does not fit in the box at all")
    assert edit.cursorPosition() == 0
