""""Start visit": when, where, who is there, why, and which tools will be used."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from directwork.domain.records import Child, Visit
from directwork.gui.common.a11y import named
from directwork.gui.forms.ui_start_visit import Ui_StartVisitDialog


class StartVisitDialog(QDialog):
    visit_ready = Signal(object)  # the new Visit, not yet saved

    def __init__(self, child: Child, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.child = child
        self.ui = Ui_StartVisitDialog()
        self.ui.setupUi(self)
        title = self.tr("Start a visit with {name}").format(name=child.display_name)
        self.setWindowTitle(title)
        self.setAccessibleName(self.windowTitle())
        self.ui.titleLabel.setText(title)
        self.ui.whenEdit.setDateTime(QDateTime.fromSecsSinceEpoch(int(now.timestamp())))
        self.ui.presentEdit.setPlainText(child.display_name)
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Start visit"))
        named(ok, self.tr("Start visit"))
        cancel = self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        named(cancel, self.tr("Cancel"))
        self.ui.buttons.accepted.connect(self._start)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.placeEdit.setFocus()

    def visit(self) -> Visit | None:
        place = self.ui.placeEdit.text().strip()
        present = [line.strip() for line in self.ui.presentEdit.toPlainText().splitlines()
                   if line.strip()]
        self.ui.placeError.setText("" if place else self.tr("Say where the visit is."))
        self.ui.presentError.setText("" if present else self.tr("Say who is there (one a line)."))
        if not place:
            self.ui.placeEdit.setFocus()
            return None
        if not present:
            self.ui.presentEdit.setFocus()
            return None
        tools = [name for check, name in ((self.ui.threeHousesCheck, "three_houses"),
                                          (self.ui.scalingCheck, "scaling"),
                                          (self.ui.drawingCheck, "drawing")) if check.isChecked()]
        started = datetime.fromtimestamp(self.ui.whenEdit.dateTime().toSecsSinceEpoch(), UTC)
        return Visit(child_id=self.child.id, started_at=started, place=place, present=present,
                     purpose=self.ui.purposeEdit.text().strip(), tools=tools)

    def _start(self) -> None:
        visit = self.visit()
        if visit is not None:
            self.visit_ready.emit(visit)
            self.accept()
