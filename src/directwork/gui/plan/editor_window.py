"""The safety plan editor in a window of its own. Closing it with unsaved changes asks first,
so nothing typed is lost by accident; "Versions…" opens the plan's versions and, after a merge,
the editor shows the merged plan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QVBoxLayout, QWidget

from directwork.domain.policy import Policy
from directwork.gui.common.worker import VaultWorker
from directwork.gui.plan.editor import PlanEditor
from directwork.gui.plan.versions import PlanVersionsDialog


class PlanEditorWindow(QDialog):
    """The editor in its own window; closing with unsaved changes asks first, so nothing
    typed is lost by accident."""

    def __init__(self, worker: VaultWorker, parent: QWidget | None = None, *,
                 policy: Policy | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Safety plan")
        self.setAccessibleName("Safety plan editor")
        self.resize(1100, 820)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.editor = PlanEditor(worker, self, policy=policy)
        layout.addWidget(self.editor)
        self.editor.versions_requested.connect(self.show_versions)
        self.versions: QDialog | None = None

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
                self.setWindowTitle(f"Safety plan: {facts.child.display_name}")
        self.editor.open_plan(child_id, plan_id, titled)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editor.dirty:
            answer = QMessageBox.question(
                self, "Unsaved changes", "Save the changes to the plan as a draft?",
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save:
                self.editor.save()
            else:
                self.editor.discard_draft()
        super().closeEvent(event)

    def reject(self) -> None:
        self.close()
