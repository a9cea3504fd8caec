"""The safety plan editor in a window of its own. Closing it with unsaved changes asks first,
so nothing typed is lost by accident; "Versions…" opens the plan's versions and, after a merge,
the editor shows the merged plan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QVBoxLayout, QWidget

from directwork.domain.policy import Policy
from directwork.gui.common.a11y import named
from directwork.gui.common.retranslate import fill, translate
from directwork.gui.common.worker import VaultWorker
from directwork.gui.plan.editor import PlanEditor
from directwork.gui.plan.versions import PlanVersionsDialog


class PlanEditorWindow(QDialog):
    """The editor in its own window; closing with unsaved changes asks first, so nothing
    typed is lost by accident."""

    def __init__(self, worker: VaultWorker, parent: QWidget | None = None, *,
                 policy: Policy | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PlanEditorWindow", "Safety plan"))
        self.setAccessibleName(translate("PlanEditorWindow", "Safety plan editor"))
        self.resize(1100, 820)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.editor = PlanEditor(worker, self, policy=policy)
        layout.addWidget(self.editor)
        self.editor.versions_requested.connect(self.show_versions)
        self.versions: QDialog | None = None
        self.unsaved_question: QMessageBox | None = None
        self._close_when_saved = False
        self.editor.saved.connect(self._saved)

    def show_versions(self, plan_id: str) -> None:
        dialog = PlanVersionsDialog(self.editor.worker, plan_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.merged.connect(lambda plan: self.editor.open_plan(plan.child_id, plan.id))
        self.versions = dialog
        dialog.open()

    def open_plan(self, child_id: str, plan_id: str | None = None) -> None:
        def titled() -> None:
            facts = self.editor.facts
            if facts is not None:
                self.setWindowTitle(fill(translate("PlanEditorWindow", "Safety plan: %1"), facts.child.display_name))
        self.editor.open_plan(child_id, plan_id, titled)

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window's X: with unsaved changes, ask (and stay open until answered).
        if self.editor.dirty:
            event.ignore()
            self.ask_unsaved()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        """Escape, or the window's X: closes, after asking when there are unsaved changes."""
        if self.editor.dirty:
            self.ask_unsaved()
            return
        super().reject()

    def ask_unsaved(self) -> QMessageBox:
        """Save, Discard or Cancel; Save closes the window once the draft is in the vault (a
        refused save leaves it open with the reasons shown), Discard closes it at once."""
        if self.unsaved_question is not None and self.unsaved_question.isVisible():
            return self.unsaved_question
        box = QMessageBox(QMessageBox.Icon.Question, translate("PlanEditorWindow", "Unsaved changes"),
                          translate("PlanEditorWindow", "Save the changes to the plan as a draft?"),
                          QMessageBox.StandardButton.NoButton, self)
        box.setAccessibleName(translate("PlanEditorWindow", "Unsaved changes: save the changes to the plan as a draft?"))
        save = named(box.addButton(translate("PlanEditorWindow", "&Save draft"), QMessageBox.ButtonRole.AcceptRole),
                     translate("PlanEditorWindow", "Save draft and close"))
        discard = named(box.addButton(translate("PlanEditorWindow", "&Discard changes"), QMessageBox.ButtonRole.DestructiveRole),
                        translate("PlanEditorWindow", "Discard changes and close"))
        back = named(box.addButton(translate("PlanEditorWindow", "&Keep editing"), QMessageBox.ButtonRole.RejectRole),
                     translate("PlanEditorWindow", "Keep editing"))
        box.setDefaultButton(save)
        box.setEscapeButton(back)
        save.clicked.connect(self._save_then_close)
        discard.clicked.connect(self._discard_then_close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.unsaved_question = box
        box.open()
        return box

    def _save_then_close(self) -> None:
        self._close_when_saved = True
        self.editor.save()

    def _saved(self, _plan: object) -> None:
        if self._close_when_saved:
            self._close_when_saved = False
            super().reject()

    def _discard_then_close(self) -> None:
        self.editor.discard_draft()
        self.editor.dirty = False
        super().reject()
