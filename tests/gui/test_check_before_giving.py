""""Check before you give it", driven through the real dialog: a child's or carers' copy is
printed, saved or shown in co-review only once the practitioner has ticked every line where
something was taken out or changed, and every line with a word close to a withheld name;
an edit makes the copy again through the same policy; what was withheld is recorded with the
summary given, as counts, never the words."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from directwork.domain.records import SafetyPlan, SummaryAudience, SummaryGiven, SummaryLanguage
from directwork.gui.common.worker import VaultWorker
from directwork.gui.coreview.history import PlanCoReviewPanel
from directwork.gui.summary.check import CheckBeforeGiving, LineEditor
from directwork.gui.summary.preview import SummaryPreview
from directwork.store import records
from tests.reports.markers import (
    OF_CONCERN,
    RESTRICTED_PLACE,
    THIRD_PARTY,
    pdf_text,
    seed_marker_case,
)

# A word one letter from the person of concern's first name, typed into a worry.
CLOSE_WORD = "Quilon"


@pytest.fixture
def child_id(vault) -> str:
    child = seed_marker_case(vault)
    with vault.transaction() as s:
        plan = records.list_documents(s, SafetyPlan, child)[0]
        worries = [*plan.worries, dataclasses.replace(
            plan.worries[0], id="w2", text=f"{CLOSE_WORD} texts him after school.")]
        records.save_document(s, dataclasses.replace(plan, worries=worries))
    return child


def given(vault, child_id: str) -> list[SummaryGiven]:
    with vault.session() as session:
        return records.list_entries(session, SummaryGiven, child_id)


def open_preview(qtbot, worker: VaultWorker, child_id: str) -> SummaryPreview:
    preview = SummaryPreview(worker, child_id)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: preview.save_button.isEnabled(), timeout=20_000)
    preview.language.setCurrentIndex(preview.language.findData(SummaryLanguage.EN.value))
    qtbot.waitUntil(lambda: preview.save_button.isEnabled()
                    and preview.pdf_language is SummaryLanguage.EN, timeout=20_000)
    return preview


def rows_of(dialog: CheckBeforeGiving) -> list[dict[str, str]]:
    """What each row of the check shows, by column."""
    names = ("checked", "copy", "where", "recorded", "shown", "why")
    return [{name: (dialog.table.item(row, column).text() if column else
                    str(dialog.table.item(row, 0).checkState() is Qt.CheckState.Checked))
             for column, name in enumerate(names)} for row in range(dialog.table.rowCount())]


def confirm_handover(qtbot, preview: SummaryPreview) -> None:
    """Saving alone records nothing: the practitioner says the child or carer has it."""
    qtbot.waitUntil(lambda: preview.handover_row.isVisible(), timeout=10_000)
    preview.handover_button.click()


def tick_all_and_give(qtbot, dialog: CheckBeforeGiving) -> None:
    for row in range(dialog.table.rowCount()):
        assert not dialog.give_button.isEnabled()
        dialog.tick(row)
    assert dialog.give_button.isEnabled()
    dialog.give_button.click()


def test_a_childs_copy_is_saved_only_after_every_line_is_checked(qtbot, worker, vault,
                                                                 child_id, tmp_path: Path,
                                                                 monkeypatch) -> None:
    target = tmp_path / "my-safety-plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(target), "")))
    preview = open_preview(qtbot, worker, child_id)
    # When the practitioner saves the child's copy
    preview.save_button.click()
    dialog = preview.check_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Check before you give it"
    rows = rows_of(dialog)
    # Then every line that was changed or left out is listed, before and after ...
    by_where = {r["where"]: r for r in rows}
    assert OF_CONCERN in by_where["If things go wrong: if"]["recorded"]
    assert by_where["If things go wrong: if"]["shown"] == "someone calls you"
    assert "A name was taken out." in by_where["If things go wrong: if"]["why"]
    assert by_where["Safe places"]["recorded"] == RESTRICTED_PLACE
    assert by_where["Safe places"]["shown"] == "(left out of this copy)"
    assert any(THIRD_PARTY in r["recorded"] and THIRD_PARTY not in r["shown"] for r in rows)
    # ... and the line with a word close to a withheld name, left as it is
    close = next(r for r in rows if CLOSE_WORD in r["recorded"])
    assert close["shown"] == close["recorded"] and CLOSE_WORD in close["why"]
    # Nothing is given while a line is unticked
    assert not dialog.give_button.isEnabled()
    assert dialog.left.text() == f"{dialog.table.rowCount()} lines still to check."
    for row in range(dialog.table.rowCount() - 1):
        dialog.tick(row)
    assert not dialog.give_button.isEnabled()
    assert dialog.left.text() == "1 line still to check."
    dialog.give_button.click()  # disabled: does nothing
    worker.wait_idle()
    assert not target.exists() and given(vault, child_id) == []
    # When the last line is ticked and the copy is given
    dialog.tick(dialog.table.rowCount() - 1)
    assert dialog.give_button.isEnabled()
    dialog.give_button.click()
    confirm_handover(qtbot, preview)
    qtbot.waitUntil(lambda: len(given(vault, child_id)) == 1, timeout=10_000)
    # Then it is saved, and what it withheld is recorded as counts, never as words
    assert target.read_bytes() == preview.pdf
    record = given(vault, child_id)[0]
    assert record.audience is SummaryAudience.CHILD
    assert record.withheld["person"] >= 2 and record.withheld["left_out"] >= 1
    assert record.withheld["close"] == 1 and record.withheld["people_withheld"] == 2
    assert all(isinstance(n, int) for n in record.withheld.values())
    assert not any(word in repr(record) for word in (*OF_CONCERN.split(), CLOSE_WORD))


def test_an_edited_line_makes_the_copy_again_and_is_checked_again(qtbot, worker, vault,
                                                                  child_id, tmp_path: Path,
                                                                  monkeypatch) -> None:
    target = tmp_path / "for-carers.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(target), "")))
    preview = open_preview(qtbot, worker, child_id)
    preview.audience.setCurrentIndex(preview.audience.findData(SummaryAudience.CARER.value))
    qtbot.waitUntil(lambda: preview.save_button.isEnabled()
                    and preview.pdf_audience is SummaryAudience.CARER, timeout=20_000)
    assert CLOSE_WORD in pdf_text(preview.pdf)
    preview.save_button.click()
    dialog = preview.check_dialog
    assert dialog is not None
    # Tick everything but the close word's line, then edit that line in the real editor
    row = next(i for i, r in enumerate(rows_of(dialog)) if CLOSE_WORD in r["recorded"])
    for other in range(dialog.table.rowCount()):
        if other != row:
            dialog.tick(other)
    dialog.table.selectRow(row)
    dialog.edit_button.click()
    editor = dialog.editor
    assert isinstance(editor, LineEditor) and editor.isVisible()
    assert editor.words() == f"{CLOSE_WORD} texts him after school."
    # The practitioner tries to put the withheld name in: the policy takes it out again
    editor.text.setPlainText(f"{OF_CONCERN} texts him after school.")
    editor.accept()
    assert not dialog.give_button.isEnabled()  # while the copy is made again
    qtbot.waitUntil(lambda: CLOSE_WORD not in pdf_text(preview.pdf), timeout=20_000)
    qtbot.waitUntil(lambda: any("You edited this line." in r["why"] for r in rows_of(dialog)),
                    timeout=10_000)
    edited = next(r for r in rows_of(dialog) if "You edited this line." in r["why"])
    assert edited["shown"] == "someone texts him after school." and edited["checked"] == "False"
    assert OF_CONCERN.split()[0] not in pdf_text(preview.pdf)
    # Lines ticked before, still showing the same words, stay ticked
    assert [r["checked"] for r in rows_of(dialog)].count("False") == 1
    dialog.tick(dialog.unticked()[0])
    dialog.give_button.click()
    confirm_handover(qtbot, preview)
    qtbot.waitUntil(lambda: len(given(vault, child_id)) == 1, timeout=10_000)
    assert target.read_bytes() == preview.pdf
    assert given(vault, child_id)[0].withheld["edited"] == 1


def test_cancelling_the_check_gives_nothing(qtbot, worker, vault, child_id, tmp_path,
                                            monkeypatch) -> None:
    target = tmp_path / "x.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(target), "")))
    preview = open_preview(qtbot, worker, child_id)
    preview.save_button.click()
    assert preview.check_dialog is not None
    preview.check_dialog.reject()
    worker.wait_idle()
    assert not target.exists() and given(vault, child_id) == []


def test_the_agencies_copy_is_not_held_for_a_family_check(qtbot, worker, vault, child_id,
                                                          tmp_path, monkeypatch) -> None:
    target = tmp_path / "agencies.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(target), "")))
    preview = open_preview(qtbot, worker, child_id)
    preview.audience.setCurrentIndex(preview.audience.findData(SummaryAudience.AGENCY.value))
    qtbot.waitUntil(lambda: preview.save_button.isEnabled()
                    and preview.pdf_audience is SummaryAudience.AGENCY, timeout=20_000)
    preview.save_button.click()
    confirm_handover(qtbot, preview)
    qtbot.waitUntil(lambda: len(given(vault, child_id)) == 1, timeout=10_000)
    assert preview.check_dialog is None and target.exists()


def test_coreview_starts_only_after_the_child_and_carer_views_are_checked(qtbot, worker,
                                                                          vault, child_id
                                                                          ) -> None:
    with vault.session() as session:
        plan_id = records.list_documents(session, SafetyPlan, child_id)[0].id
    panel = PlanCoReviewPanel(worker)
    qtbot.addWidget(panel)
    panel.set_plan(child_id, plan_id)
    panel.open_coreview(full_screen=False)
    qtbot.waitUntil(lambda: panel.check_dialog is not None, timeout=10_000)
    dialog = panel.check_dialog
    assert dialog is not None
    assert {r["copy"] for r in rows_of(dialog)} == {"Child's copy", "Carers' copy"}
    assert dialog.give_button.text() == "Start co-review"
    assert panel.coreview_window is None
    with qtbot.waitSignal(panel.coreview_opened, timeout=10_000):
        tick_all_and_give(qtbot, dialog)
    assert panel.coreview_window is not None
    panel.coreview_window.may_close = True
    panel.coreview_window.close()
    # Opening again needs no second check while nothing changed
    panel.coreview_window = None
    panel.open_coreview(full_screen=False)
    qtbot.waitUntil(lambda: panel.coreview_window is not None, timeout=10_000)
    assert panel.check_dialog is None
    panel.coreview_window.may_close = True
    panel.coreview_window.close()
