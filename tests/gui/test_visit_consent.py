"""Visit mode and the Voice tab, driven through the real widgets: who may see each entry is
asked afresh for every child, visit, speaker and topic; a kept entry's sharing is narrowed and
widened as new versions with their history, and every summary follows at once; the screen is
safe to type in; every button shows where the keyboard is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QPushButton, QWidget

from directwork.domain.records import (
    Audience,
    Child,
    SummaryAudience,
    Visit,
    VoiceEntry,
)
from directwork.domain.redaction import for_carer, for_child
from directwork.gui.summary.preview import SummaryPreview
from directwork.store import records, sharing
from directwork.store.case import load_case
from tests.gui.drive import settle, unlock
from tests.reports.markers import pdf_text

WORKER, TEAM, CHILD, CARERS, AGENCIES = (Audience.WORKER, Audience.TEAM, Audience.CHILD,
                                         Audience.CARERS, Audience.AGENCIES)
DEFAULT_LINE = "Not shared beyond me and my team."


def _children_and_visits(vault) -> tuple[list[Child], list[Visit]]:
    with vault.transaction() as s:
        iolo = records.save_document(s, Child(given_name="Iolo", preferred_name="Iolo"))
        bethan = records.save_document(s, Child(given_name="Bethan", preferred_name="Bethan"))
        visits = [records.save_document(s, Visit(child_id=c.id, place="home",
                                                 present=[c.display_name, "Mum"]))
                  for c in (iolo, bethan, iolo)]
    vault.lock()
    return [iolo, bethan], visits


def _open_visit(qtbot, app, child: Child, visit: Visit):
    app.open_visit(child, visit)
    settle(qtbot, app)
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow, timeout=5000)
    return app.window.visit


def _click_into(qtbot, edit) -> None:
    qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton)


def _type_and_enter(qtbot, edit, words: str) -> None:
    _click_into(qtbot, edit)
    qtbot.keyClicks(edit, words)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def _voice(app, child: Child) -> dict[str, VoiceEntry]:
    with app.vault.session() as s:
        return {v.text: v for v in records.list_entries(s, VoiceEntry, child.id)}


def _all_at_default(page) -> bool:
    return all(
        [a for a, box in options.shared.items() if box.isChecked()] == [WORKER, TEAM]
        and options.line.text() == DEFAULT_LINE for options in page.options.values())


def test_consent_never_crosses_from_one_entry_child_or_visit_to_another(
        qtbot, make_app, vault, data_dir: Path) -> None:
    (iolo, bethan), (iolo_visit, bethan_visit, iolo_later) = _children_and_visits(vault)
    app = make_app(data_dir)
    unlock(qtbot, app)
    page = _open_visit(qtbot, app, iolo, iolo_visit)
    assert _all_at_default(page)
    # Given Iolo agreeing his carers may see one of his dreams
    houses = page.options["houses"]
    _click_into(qtbot, page.fields["dreams"])
    houses.shared[CARERS].click()
    assert houses.line.text() == "Iolo agreed: carers can see this."
    assert "For the house of dreams" in houses.heading.text()
    _type_and_enter(qtbot, page.fields["dreams"], "to be a chef")
    settle(qtbot, app)
    # ... the choice stays for his next dream, and says so beside the box
    assert houses.shared[CARERS].isChecked()
    assert houses.line.text() == ("Iolo agreed: carers can see this. "
                                  "(Still ticked from the last entry.)")
    # When he talks about a worry next, the choice is asked again, not carried over
    _click_into(qtbot, page.fields["worries"])
    assert not houses.shared[CARERS].isChecked() and houses.line.text() == DEFAULT_LINE
    _type_and_enter(qtbot, page.fields["worries"], "Dad's girlfriend scares me")
    # ... and every other section's ticks, and a carer's, are for that section and speaker
    for key in ("want", "scale", "drawing", "carers"):
        for box in page.options[key].shared.values():
            if box.isEnabled() and not box.isChecked():
                box.click()
    page.carer_name.setCurrentText("Mum")
    assert page.options["carers"].line.text() == (
        "Mum agreed: Iolo and other agencies can see this.")
    page.carer_name.setCurrentText("Dad")  # another speaker: asked again
    assert page.options["carers"].line.text() == DEFAULT_LINE
    page.carer_name.setCurrentText("Mum")
    page.options["carers"].shared[CHILD].click()
    _type_and_enter(qtbot, page.fields["carers"], "He is trying hard")
    settle(qtbot, app)
    said = _voice(app, iolo)
    assert said["to be a chef"].shared_with == [WORKER, TEAM, CARERS]
    assert said["Dad's girlfriend scares me"].shared_with == [WORKER, TEAM]
    assert said["He is trying hard"].shared_with == [WORKER, TEAM, CHILD]
    # When Bethan's visit opens next, nothing of Iolo's choices is there
    page = _open_visit(qtbot, app, bethan, bethan_visit)
    assert _all_at_default(page)
    _type_and_enter(qtbot, page.fields["dreams"], "a horse")
    settle(qtbot, app)
    assert _voice(app, bethan)["a horse"].shared_with == [WORKER, TEAM]
    # ... nor in Iolo's next visit
    page = _open_visit(qtbot, app, iolo, iolo_later)
    assert _all_at_default(page)


def test_a_kept_entrys_sharing_is_narrowed_and_widened_with_its_history_everywhere(
        qtbot, make_app, vault, data_dir: Path) -> None:
    (iolo, _bethan), (visit, _v2, _v3) = _children_and_visits(vault)
    app = make_app(data_dir)
    unlock(qtbot, app)
    page = _open_visit(qtbot, app, iolo, visit)
    _click_into(qtbot, page.fields["worries"])
    page.options["houses"].shared[CARERS].click()
    _type_and_enter(qtbot, page.fields["worries"], "Dad's girlfriend scares me")
    settle(qtbot, app)
    listing = page.lists["worries"]
    assert listing.item(0).text().endswith("May be seen by: me, my team, Iolo, carers")
    # Given the carers' summary open, not yet printed, showing the worry
    preview = SummaryPreview(app.worker, iolo.id, None, app.window)
    qtbot.addWidget(preview)
    preview.audience.setCurrentIndex(preview.audience.findData(SummaryAudience.CARER.value))
    qtbot.waitUntil(lambda: preview.print_button.isEnabled()
                    and preview.pdf_audience is SummaryAudience.CARER, timeout=20_000)
    assert "Dad's girlfriend scares me" in pdf_text(preview.pdf)
    # When the practitioner narrows it from visit mode ("Put this right")
    page.put_right(listing.item(0))
    qtbot.waitUntil(lambda: page.correction is not None and page.correction.isVisible(),
                    timeout=5000)
    editor = page.correction.sharing
    assert editor is not None and editor.now.text() == "May be seen by: me, my team, Iolo, carers"
    editor.boxes[CARERS].click()
    page.correction.keep_button.click()
    assert "Say why" in page.correction.error.text(), "a change without a reason was kept"
    qtbot.keyClicks(editor.why, "Iolo does not want Dad to hear of it")
    page.correction.keep_button.click()
    settle(qtbot, app)
    # Then the list says who may see it now, and the summary not yet printed follows at once
    assert listing.item(0).text().endswith("May be seen by: me, my team, Iolo")
    qtbot.waitUntil(lambda: preview.print_button.isEnabled(), timeout=20_000)
    settle(qtbot, app)
    qtbot.waitUntil(lambda: preview.print_button.isEnabled(), timeout=20_000)
    assert "Dad's girlfriend scares me" not in pdf_text(preview.pdf)
    preview.close()
    # When it is widened again from the Voice tab of the child's record
    app.open_child(iolo.id)
    settle(qtbot, app)
    record = app.window.child_record
    assert record.voice_model.index(0, 5).data() == "me, my team, Iolo"
    record.voice_view.selectRow(0)
    assert record.sharing_button.isEnabled()
    record.sharing_button.click()
    qtbot.waitUntil(lambda: getattr(record, "sharing_dialog", None) is not None
                    and record.sharing_dialog.isVisible(), timeout=5000)
    dialog = record.sharing_dialog
    history = [dialog.editor.history.item(i).text() for i in range(dialog.editor.history.count())]
    assert len(history) == 2 and "kept by Sam Practitioner" in history[0]
    assert "changed by Sam Practitioner" in history[1]
    assert "Why: Iolo does not want Dad to hear of it." in history[1]
    dialog.editor.boxes[CARERS].click()
    dialog.editor.boxes[AGENCIES].click()
    qtbot.keyClicks(dialog.editor.why, "Iolo asked us to tell Mum and school")
    dialog.keep_button.click()
    settle(qtbot, app)
    qtbot.waitUntil(lambda: record.voice_model.rowCount() == 1
                    and record.voice_model.index(0, 5).data()
                    == "me, my team, Iolo, carers, other agencies", timeout=10_000)
    # ... and keeps it from Iolo himself, which needs a reason
    record.voice_view.selectRow(0)
    record.change_sharing()
    qtbot.waitUntil(lambda: record.sharing_dialog is not dialog
                    and record.sharing_dialog.isVisible(), timeout=5000)
    dialog = record.sharing_dialog
    dialog.editor.kept.click()
    qtbot.keyClicks(dialog.editor.why, "safety")
    dialog.keep_button.click()
    assert "Say why these words are kept from Iolo" in dialog.error.text()
    qtbot.keyClicks(dialog.editor.kept_reason, "Names someone he is frightened of")
    dialog.keep_button.click()
    settle(qtbot, app)
    with app.vault.session() as s:
        current = records.list_entries(s, VoiceEntry, iolo.id)
        versions = sharing.entry_versions(s, current[0].id)
        case = load_case(s, iolo.id)
    assert [v.shared_with for v in versions] == [[WORKER, TEAM, CARERS], [WORKER, TEAM],
                                                 [WORKER, TEAM, CARERS, AGENCIES],
                                                 [WORKER, TEAM, CARERS, AGENCIES]]
    assert versions[-1].kept_from_speaker and versions[-1].kept_reason.startswith("Names")
    assert for_child(case).voice == [] and len(for_carer(case).voice) == 1


def _keyboard_never_ends(qtbot, app, page) -> None:
    ended: list[str] = []
    page.visit_ended.connect(ended.append)
    for button in page.findChildren(QPushButton):
        if button.isVisibleTo(page) and button.isEnabled() and button is not page.end_button:
            continue
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Return)
        qtbot.keyClick(button, Qt.Key.Key_Enter)
    for edit in page.fields.values():
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    settle(qtbot, app)
    assert ended == [] and page.end_dialog is None


def test_visit_mode_is_safe_to_type_in(qtbot, make_app, vault, data_dir: Path) -> None:
    (iolo, _bethan), (visit, _v2, _v3) = _children_and_visits(vault)
    app = make_app(data_dir)
    unlock(qtbot, app)
    page = _open_visit(qtbot, app, iolo, visit)
    # The keyboard starts in the first box to type in; End visit is never a default
    assert app.window.focusWidget() is page.fields["worries"]
    assert page.end_button.focusPolicy() == Qt.FocusPolicy.TabFocus
    assert not page.end_button.isDefault() and not page.end_button.autoDefault()
    # Enter, on any box or on End visit itself, never ends the visit
    _keyboard_never_ends(qtbot, app, page)
    # Ending with nothing recorded: the dialog goes back by default, and asks before ending
    page.end_button.click()
    dialog = page.end_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.back_button.isDefault() and not dialog.end_button.isDefault()
    assert not dialog.end_button.autoDefault()
    assert dialog.focusWidget() is dialog.follow_ups
    qtbot.keyClick(dialog.back_button, Qt.Key.Key_Return)
    assert not dialog.isVisible(), "Enter did not go back to the visit"
    page.end_button.click()
    dialog = page.end_dialog
    dialog.end_button.click()
    question = dialog.nothing_question
    assert question is not None and question.isVisible()
    assert question.defaultButton().text() == "&Back to the visit"
    question.defaultButton().click()
    settle(qtbot, app)
    with app.vault.session() as s:
        assert records.get_document(s, Visit, visit.id).ended_at is None
    dialog.reject()
    # Words typed but not kept are asked about; Back leaves them where they were
    qtbot.keyClicks(page.fields["dreams"], "to go to the sea")
    page.end_button.click()
    question = page.unkept_question
    assert question is not None and question.isVisible()
    assert "to go to the sea" in question.text() and "house of dreams" in question.text()
    qtbot.keyClick(question, Qt.Key.Key_Return)  # the default: back to the visit
    assert not question.isVisible() and page.fields["dreams"].toPlainText() == "to go to the sea"
    assert page.end_dialog is dialog, "the end of visit dialog opened from Enter"
    # Keep them, then end: the words become an entry and the visit ends
    page.end_button.click()
    next(b for b in page.unkept_question.buttons()
         if b.text() == "&Keep them, then end").click()
    settle(qtbot, app)
    assert "to go to the sea" in page.end_dialog.summary.toPlainText()
    with qtbot.waitSignal(page.visit_ended, timeout=10_000):
        page.end_dialog.end_button.click()


# --------------------------------------------------------------------------- the focus ring


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def _contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def ring_depth(before: QImage, after: QImage) -> int:
    """How many pixels deep, all round the button's edge, focus changes the colour with a
    contrast of at least 3:1 (a ring you can see, not a one-pixel hint)."""
    w, h = before.width(), before.height()
    depth = 0
    for d in range(1, 6):
        spots = [(d, h // 2), (w - 1 - d, h // 2), (w // 2, d), (w // 2, h - 1 - d)]
        if all(_contrast(QColor(before.pixel(x, y)), QColor(after.pixel(x, y))) >= 3
               for x, y in spots):
            depth += 1
    return depth


def _grabbed(qtbot, button: QWidget, focused: bool) -> QImage:
    if focused:
        button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(button.hasFocus, timeout=5000)
    else:
        button.window().setFocus()
        button.clearFocus()
        qtbot.waitUntil(lambda: not button.hasFocus(), timeout=5000)
    return button.grab().toImage()


def test_every_kind_of_button_shows_a_focus_ring_in_both_themes(qtbot, make_app, vault,
                                                                 data_dir: Path) -> None:
    (iolo, _bethan), (visit, _v2, _v3) = _children_and_visits(vault)
    app = make_app(data_dir)
    unlock(qtbot, app)
    page = _open_visit(qtbot, app, iolo, visit)
    window = app.window
    toolbar_button = window.toolbar.widgetForAction(window.toolbar.actions()[1])
    buttons = {"ordinary": page.end_button, "toolbar": toolbar_button}
    page.tabs.setCurrentIndex(3)
    buttons["primary"] = page.keep_drawing_button
    assert page.keep_drawing_button.property("primary") is True
    for high_contrast in (False, True):
        app.set_high_contrast(high_contrast)
        for kind, button in buttons.items():
            button.ensurePolished()
            before = _grabbed(qtbot, button, focused=False)
            after = _grabbed(qtbot, button, focused=True)
            theme = "high contrast" if high_contrast else "default"
            assert ring_depth(before, after) >= 2, f"no focus ring: {kind} button, {theme}"
    app.set_high_contrast(False)
