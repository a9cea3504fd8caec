"""Co-review: the child looks at their plan with the practitioner, part by part, and their
answers are kept with the plan; the window shows only what the redaction policy allows, and
only the practitioner can leave it."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from directwork.domain.catalogue import text
from directwork.domain.records import (
    Audience,
    CoReviewAnswer,
    CoReviewResponse,
    Helpline,
    SafetyPlan,
    Speaker,
    VoiceEntry,
    Worry,
)
from directwork.gui.common.worker import VaultWorker
from directwork.gui.coreview.history import CoReviewStartDialog, PlanCoReviewPanel, reviewed_with
from directwork.gui.coreview.sections import SECTIONS
from directwork.gui.coreview.window import CoReviewWindow
from directwork.store import records
from directwork.store.coreview_exit import PIN_META_KEY, set_pin
from directwork.store.views.coreview import load_coreview
from tests.conftest import PASSPHRASE
from tests.gui.drive import settle, unlock
from tests.gui.test_check_before_giving import tick_all_and_give
from tests.reports.markers import (
    CASE_NOTE,
    KEPT_FROM_CARERS,
    NOT_SHARED,
    OF_CONCERN,
    PRACTITIONER_NOTE,
    REPORTER,
    RESTRICTED_PLACE,
    SHARED_WORDS,
    THIRD_PARTY,
    WORKER_ONLY,
    seed_marker_case,
)

WITHHELD_FROM_CHILD = (THIRD_PARTY, OF_CONCERN, RESTRICTED_PLACE, NOT_SHARED, WORKER_ONLY,
                       PRACTITIONER_NOTE, CASE_NOTE, REPORTER)


@pytest.fixture
def child_id(vault) -> str:
    return seed_marker_case(vault)


def open_window(qtbot, worker: VaultWorker, child_id: str, lang: str = "en") -> CoReviewWindow:
    with worker.vault.session() as session:
        views = load_coreview(session, child_id)
    window = CoReviewWindow(worker, views, lang=lang)
    qtbot.addWidget(window)
    window.present(full_screen=False)
    return window


def all_widget_text(window: QWidget) -> str:
    """Every piece of text any widget in the window carries, shown or not."""
    found = [window.windowTitle(), window.accessibleName(), window.toolTip()]
    for widget in [window, *window.findChildren(QWidget)]:
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(),
                  widget.windowTitle(), widget.statusTip(), widget.whatsThis()]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            found.append(widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            found.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
    return "\n".join(found)


def visit_every_part(window: CoReviewWindow) -> str:
    """Step through every part of the plan, gathering all the text the window carried."""
    seen = [all_widget_text(window)]
    window.go_next()
    for _ in SECTIONS:
        seen.append(all_widget_text(window))
        window.go_next()
    seen.append(all_widget_text(window))
    window.ask_practitioner()
    seen.append(all_widget_text(window))
    return "\n".join(seen)


def leave(qtbot, window: CoReviewWindow, secret: str) -> None:
    window.ask_practitioner()
    qtbot.keyClicks(window.secret, secret)
    window.leave_button.click()
    qtbot.waitUntil(lambda: window.may_close or window.leave_button.isEnabled(), timeout=10_000)


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_child_sees_nothing_withheld_in_any_part_in_either_language(qtbot, worker, child_id,
                                                                    lang) -> None:
    # Given the marker case, with something withheld in every place the policy withholds
    window = open_window(qtbot, worker, child_id, lang)
    # When the child is shown every part of the plan, and the leaving screen
    seen = visit_every_part(window)
    # Then no withheld name, place, word or note is in any widget's text
    for marker in WITHHELD_FROM_CHILD:
        assert marker not in seen, marker
    # ... while what the child may see is there, in the child's words and language
    assert SHARED_WORDS in seen and KEPT_FROM_CARERS in seen
    assert text("coreview.sections.safe_people", lang) in seen
    assert text("coreview.window_title", lang) == window.windowTitle()


def test_carer_answering_sees_nothing_the_child_kept_from_carers(qtbot, worker, vault,
                                                                child_id) -> None:
    window = open_window(qtbot, worker, child_id)
    window.carer_button.click()
    assert window.carer_choice.currentText() == "Mum"
    seen = visit_every_part(window)
    assert KEPT_FROM_CARERS not in seen
    for marker in WITHHELD_FROM_CHILD:
        assert marker not in seen, marker
    assert SHARED_WORDS in seen
    # A carer's answer is kept as theirs, not the child's
    window.go_to("safe_people")
    window.choose(CoReviewAnswer.AGREE, "Nain is always there for him")
    window.go_next()
    settle(qtbot, worker)
    with vault.session() as session:
        kept = records.list_entries(session, CoReviewResponse, child_id)
    assert [(r.section, r.responder_role, r.responder_name) for r in kept] == [
        ("safe_people", "carer", "Mum")]


def test_child_answers_are_kept_with_the_plan_and_shown_in_its_history(qtbot, worker, vault,
                                                                       child_id) -> None:
    # Given the child in co-review on the plan's first part
    window = open_window(qtbot, worker, child_id)
    window.go_next()
    # When they agree with why we are working together, are not sure about what they told us,
    # and disagree with the worries in their own words, then finish
    window.choose(CoReviewAnswer.AGREE)
    window.go_next()
    window.choose(CoReviewAnswer.NOT_SURE)
    window.go_to("worries")
    window.choose(CoReviewAnswer.DISAGREE, "I am not out that late")
    window.go_to("goals")
    # ... and change their mind about the worries
    window.go_to("worries")
    assert window.answer_buttons[CoReviewAnswer.DISAGREE].isChecked()
    window.choose(CoReviewAnswer.NOT_SURE)
    window.go_next()
    settle(qtbot, worker)
    # Then each answer is a CoReviewResponse for this plan, dated, by the child; the change of
    # mind replaced the earlier answer without losing it
    with vault.session() as session:
        kept = records.list_entries(session, CoReviewResponse, child_id)
        everything = records.list_entries(session, CoReviewResponse, child_id, effective=False)
        plan_id = load_coreview(session, child_id).plan_id
    by_section = {r.section: r for r in kept}
    assert len(kept) == 3
    assert set(by_section) == {"why", "told", "worries"}
    assert by_section["worries"].answer is CoReviewAnswer.NOT_SURE
    assert by_section["worries"].words == "I am not out that late"
    assert {r.responder_name for r in kept} == {"Rhys"} and all(r.at for r in kept)
    assert all(r.plan_id == plan_id and r.responder_role == "child" for r in kept)
    assert len(everything) == 4
    # ... and the plan shows who it was reviewed with, and when
    assert reviewed_with(kept)[0][0] == "Rhys"
    panel = PlanCoReviewPanel(worker)
    qtbot.addWidget(panel)
    panel.set_plan(child_id, plan_id)
    qtbot.waitUntil(lambda: len(panel.responses) == 3, timeout=10_000)
    assert panel.reviewed.text() == "Reviewed with Rhys on 2 March 2026"
    assert panel.model.rowCount() == 3


def test_leaving_is_refused_without_the_practitioner(qtbot, worker, vault, child_id) -> None:
    window = open_window(qtbot, worker, child_id)
    # Closing the window (the close button, Alt+F4) is refused: the practitioner is asked for
    assert window.close() is False
    assert window.isVisible() and window.pages.currentIndex() == window.LEAVE
    # Escape does not leave either
    window.go_back()
    qtbot.keyPress(window, Qt.Key.Key_Escape)
    assert window.isVisible() and window.pages.currentIndex() == window.LEAVE
    window.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape,
                                   Qt.KeyboardModifier.NoModifier))
    assert window.isVisible()
    # A wrong passphrase or PIN is refused, and says so in the child's language
    leave(qtbot, window, "a guess")
    assert window.isVisible() and not window.may_close
    assert window.wrong.text() == text("coreview.wrong_unlock", "en")
    # The practitioner's passphrase lets them out
    with qtbot.waitSignal(window.left, timeout=10_000):
        leave(qtbot, window, PASSPHRASE)
    assert not window.isVisible()


def test_practitioner_pin_lets_them_leave_and_is_never_stored_in_plain_text(qtbot, worker, vault,
                                                                           child_id) -> None:
    set_pin(vault, "482913")
    assert "482913" not in vault.meta(PIN_META_KEY)
    window = open_window(qtbot, worker, child_id)
    leave(qtbot, window, "482914")
    assert window.isVisible()
    with qtbot.waitSignal(window.left, timeout=10_000):
        leave(qtbot, window, "482913")
    assert not window.isVisible()


def test_words_are_large_and_every_control_is_named_and_big_enough(qtbot, worker, child_id) -> None:
    window = open_window(qtbot, worker, child_id)
    window.go_next()
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QLabel) and widget.text():
            widget.ensurePolished()
            assert widget.font().pointSizeF() >= 18, widget.text()
        if isinstance(widget, QAbstractButton | QLineEdit | QPlainTextEdit | QComboBox):
            assert widget.accessibleName(), widget
            if widget.isVisibleTo(window):
                assert widget.sizeHint().height() >= 44 or widget.minimumHeight() >= 44, widget


def test_the_childs_safety_plan_tab_starts_coreview_and_shows_who_it_was_reviewed_with(
        qtbot, make_app, vault, data_dir) -> None:
    # Given the practitioner in the app, on a child's record with an agreed plan
    child = seed_marker_case(vault)
    vault.lock()
    app = make_app(data_dir)
    unlock(qtbot, app)
    assert app.window is not None
    app.open_child(child)
    record = app.window.child_record
    qtbot.waitUntil(lambda: record.data is not None and not app.worker.busy, timeout=10_000)
    panel = app.window.child_record.coreview_panel
    assert panel.coreview_button.isEnabled() and panel.summary_button.isEnabled()
    # When they open co-review from the plan and the child agrees with the first part
    panel.open_coreview(full_screen=False)
    # ... checking first what the child's and carers' views leave out or change
    qtbot.waitUntil(lambda: panel.check_dialog is not None, timeout=10_000)
    tick_all_and_give(qtbot, panel.check_dialog)
    qtbot.waitUntil(lambda: panel.coreview_window is not None and panel.coreview_window.isVisible(), timeout=10_000)
    window = panel.coreview_window
    assert window.isModal()  # the case record cannot be reached while co-review is open
    window.go_next()
    window.choose(CoReviewAnswer.AGREE)
    # ... and the practitioner closes it with their passphrase
    with qtbot.waitSignal(window.left, timeout=10_000):
        leave(qtbot, window, PASSPHRASE)
    # Then the plan shows who it was reviewed with, and when
    qtbot.waitUntil(lambda: len(panel.responses) == 1, timeout=10_000)
    assert panel.reviewed.text().startswith("Reviewed with Rhys on ")
    # And the Summary button opens the preview for this child
    preview = panel.open_summary()
    qtbot.waitUntil(lambda: preview.save_button.isEnabled(), timeout=20_000)
    assert preview.case is not None and preview.case.child.id == child
    preview.close()


def test_start_offers_every_screen_and_refuses_a_weak_pin(qtbot, worker, vault, child_id) -> None:
    dialog = CoReviewStartDialog(pin_set=False)
    qtbot.addWidget(dialog)
    assert dialog.screens.count() == len(QGuiApplication.screens())
    assert dialog.chosen_screen() is QGuiApplication.screens()[0]
    for weak in ("12", "1111", "12ab"):
        dialog.pin.setText(weak)
        dialog.start_button.click()
        assert dialog.result() != QDialog.DialogCode.Accepted and dialog.problem.text(), weak
    dialog.pin.setText("482913")
    dialog.start_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    # Starting with a PIN keeps only its hash, and the PIN then lets the practitioner out
    with vault.session() as session:
        plan_id = load_coreview(session, child_id).plan_id
    panel = PlanCoReviewPanel(worker)
    qtbot.addWidget(panel)
    panel.set_plan(child_id, plan_id)
    panel.open_coreview(dialog.chosen_screen(), full_screen=False, pin="482913")
    qtbot.waitUntil(lambda: panel.check_dialog is not None, timeout=10_000)
    tick_all_and_give(qtbot, panel.check_dialog)
    qtbot.waitUntil(lambda: panel.coreview_window is not None, timeout=10_000)
    assert vault.meta(PIN_META_KEY).startswith("scrypt$")
    window = panel.coreview_window
    with qtbot.waitSignal(window.left, timeout=10_000):
        leave(qtbot, window, "482913")


# --------------------------------------------------------------------------- the child's words


def _told_and_worries(window: CoReviewWindow) -> tuple[str, str]:
    window.go_to("told")
    told = all_widget_text(window.section)
    window.go_to("worries")
    return told, all_widget_text(window.section)


def test_the_child_sees_their_own_words_and_carers_theirs_in_coreview(qtbot, worker, vault,
                                                                     child_id) -> None:
    # Given the child's own words that they shared with nobody, and a carer's words that the
    # carer agreed the child may see, and a carer's words that they did not
    with vault.transaction() as s:
        for speaker, name, words, shared in (
            (Speaker.CHILD, "Rhys", "Dad's girlfriend scares me", [Audience.WORKER]),
            (Speaker.CARER, "Mum", "I am proud of him", [Audience.WORKER, Audience.CHILD]),
            (Speaker.CARER, "Mum", "I worry about money", [Audience.WORKER]),
        ):
            records.add_entry(s, VoiceEntry(child_id=child_id, speaker=speaker,
                                            speaker_name=name, text=words, shared_with=shared))
    window = open_window(qtbot, worker, child_id)
    window.go_next()
    # When the child looks at "What you told us"
    told, _ = _told_and_worries(window)
    # Then their own words are there, and the carer's only where the carer agreed
    assert "Dad's girlfriend scares me" in told and KEPT_FROM_CARERS in told
    assert "Mum said:" in told and "I am proud of him" in told
    assert "I worry about money" not in told
    assert text("coreview.nothing_here", "en") not in told
    # ... and a carer answering sees the carers' own words, not what the child kept
    window.carer_button.click()
    told, _ = _told_and_worries(window)
    assert "I worry about money" in told and "I am proud of him" in told
    assert "Dad's girlfriend scares me" not in told and KEPT_FROM_CARERS not in told


def test_coreview_says_the_plan_to_the_child_and_lists_childline_and_999_once(
        qtbot, worker, vault, child_id) -> None:
    # Given a plan whose helplines already list Childline and 999, and a worry Rhys disputes
    with vault.transaction() as s:
        plan = records.list_documents(s, SafetyPlan, child_id)[0]
        records.save_document(s, dataclasses.replace(plan, helplines=[
            Helpline(name="Childline", number="0800 1111"), Helpline(name="Meic", number="080880 23456"),
            Helpline(name="Emergency (police, ambulance)", number="999")],
            worries=[*plan.worries, Worry(text="Rhys is not in school.", disputed=True,
                                          disputed_by="Rhys")]))
    window = open_window(qtbot, worker, child_id)
    window.go_next()
    # When the child looks at the worries: the plan is said to them
    _, worries = _told_and_worries(window)
    assert "You are out late at somewhere with someone." in worries
    assert "You are not in school. You do not agree with this." in worries
    assert "Rhys is" not in worries
    # ... and at who to call: each number once
    window.go_to("helplines")
    helplines = all_widget_text(window.section)
    assert helplines.count("0800 1111") == 1 and helplines.count("999") == 1
    assert "Meic: 080880 23456" in helplines
    # A carer reads the plan as written, about the child
    window.carer_button.click()
    window.go_to("worries")
    worries = all_widget_text(window.section)
    assert "Rhys is out late at somewhere with someone." in worries
    assert "Rhys is not in school. Rhys does not agree with this." in worries


def test_auto_lock_during_coreview_shows_a_neutral_screen_and_returns_to_the_same_part(
        qtbot, make_app, vault, data_dir) -> None:
    # Given co-review open on the worries, with an answer being given
    child = seed_marker_case(vault)
    set_pin(vault, "482913")
    vault.lock()
    app = make_app(data_dir)
    unlock(qtbot, app)
    app.open_child(child)
    record = app.window.child_record
    qtbot.waitUntil(lambda: record.data is not None and not app.worker.busy, timeout=10_000)
    panel = record.coreview_panel
    panel.open_coreview(full_screen=False)
    qtbot.waitUntil(lambda: panel.check_dialog is not None, timeout=10_000)
    tick_all_and_give(qtbot, panel.check_dialog)
    qtbot.waitUntil(lambda: panel.coreview_window is not None
                    and panel.coreview_window.isVisible(), timeout=10_000)
    window = panel.coreview_window
    window.go_next()
    window.go_to("worries")
    window.choose(CoReviewAnswer.DISAGREE, "I don't go there now")
    before = all_widget_text(window)
    assert "You are out late" in before and "I don't go there now" in before
    # When the app sits unused until it locks itself
    app.set_idle_lock_minutes(0.005)
    qtbot.waitUntil(lambda: app.locked, timeout=10_000)
    app.set_idle_lock_minutes(30)  # not again while the test goes on
    qtbot.waitUntil(lambda: not app.worker.busy, timeout=10_000)
    # Then co-review stays in front on a neutral screen: no practitioner, no child, no plan
    assert window.isVisible() and window.paused and not app.vault.is_unlocked
    neutral = all_widget_text(window)
    for private in ("Sam Practitioner", "Sam", "Rhys", "You are out late", "I don't go there",
                    SHARED_WORDS, KEPT_FROM_CARERS):
        assert private not in neutral, private
    assert text("coreview.paused_title", window.lang) in neutral
    assert "Sam Practitioner" not in app.lock_form.ui.whoLabel.text()
    assert window.views.views == {}, "the child's view of the case is still held"
    # A PIN cannot unlock it, nor a wrong passphrase; the practitioner's passphrase does
    for guess in ("482913", "not the passphrase"):
        qtbot.keyClicks(window.paused_secret, guess)
        window.carry_on_button.click()
        qtbot.waitUntil(lambda: window.carry_on_button.isEnabled(), timeout=10_000)
        assert window.paused and app.locked
        assert window.paused_wrong.text() == text("coreview.wrong_unlock", window.lang)
    qtbot.keyClicks(window.paused_secret, PASSPHRASE)
    window.carry_on_button.click()
    qtbot.waitUntil(lambda: not app.locked and not window.paused, timeout=10_000)
    qtbot.waitUntil(lambda: not app.worker.busy, timeout=10_000)
    # ... and co-review carries on at the same part, with the answer as it was
    assert window.pages.currentIndex() == window.SECTION
    assert window.contents[window.index].key == "worries"
    assert window.answer_buttons[CoReviewAnswer.DISAGREE].isChecked()
    assert window.words.toPlainText() == "I don't go there now"
    assert "You are out late" in all_widget_text(window.section)
    with app.vault.session() as session:
        kept = records.list_entries(session, CoReviewResponse, child)
    assert [(r.section, r.words) for r in kept] == [("worries", "I don't go there now")]
    with qtbot.waitSignal(window.left, timeout=10_000):
        leave(qtbot, window, PASSPHRASE)


def test_a_narrowing_made_while_coreview_is_open_shows_at_once(qtbot, worker, vault,
                                                               child_id) -> None:
    from directwork.store import sharing

    # Given Mum's words, which she agreed Rhys may see, on screen in co-review
    with vault.transaction() as s:
        mums = records.add_entry(s, VoiceEntry(child_id=child_id, speaker=Speaker.CARER,
                                               speaker_name="Mum", text="I am proud of him",
                                               shared_with=[Audience.WORKER, Audience.CHILD]))
    window = open_window(qtbot, worker, child_id)
    window.go_next()
    window.go_to("told")
    window.words.setPlainText("being typed")
    assert "I am proud of him" in all_widget_text(window.section)
    # When who may see them is narrowed (here, or on another laptop and synced)
    worker.change(lambda s: sharing.change_entry(s, mums.id, shared_with=[Audience.WORKER],
                                                 why="Mum asked"), touches={child_id})
    # Then they are gone from the screen, and what was being typed is untouched
    qtbot.waitUntil(lambda: "I am proud of him" not in all_widget_text(window.section),
                    timeout=10_000)
    assert window.words.toPlainText() == "being typed"


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_no_part_of_coreview_scrolls_sideways_on_a_narrow_screen(qtbot, worker, child_id,
                                                                 lang: str) -> None:
    # 800 px across (1200×800 at 150%): a child should only ever scroll down. The reading
    # buttons, the answers and a long Welsh heading with its "hear" button used to make every
    # part wider than the screen.
    from PySide6.QtWidgets import QScrollArea

    window = open_window(qtbot, worker, child_id, lang)
    window.resize(800, 533)
    pages = ["welcome"] + [f"part {n}" for n in range(1, len(SECTIONS) + 1)] + ["thanks"]
    wide: list[str] = []
    for page in [*pages, "asking for the practitioner"]:
        if page == "asking for the practitioner":
            window.ask_practitioner()
        qtbot.wait(20)
        assert window.width() <= 800, f"{page}: the window would not narrow to 800 px"
        for area in window.findChildren(QScrollArea):
            if area.isVisible() and area.horizontalScrollBar().maximum() > 0:
                wide.append(f"{page}: {area.widget().minimumSizeHint().width()} px wide in "
                            f"{area.viewport().width()} px")
        if page != "asking for the practitioner":
            window.go_next()
    assert not wide, wide
    leave(qtbot, window, PASSPHRASE)
