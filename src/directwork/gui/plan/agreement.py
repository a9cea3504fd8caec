"""Agreeing a safety plan: who agreed it (the child, each carer, each agency) and when. The
dialog stays open when the plan is refused, so the practitioner can put right what is marked
beside the plan's parts and try again without ticking everyone again."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from directwork.domain.records import Agreement
from directwork.gui.common.a11y import named
from directwork.gui.common.fit import scroll_body
from directwork.gui.common.retranslate import fill, translate
from directwork.gui.plan.sections import ROLE_LABELS, line
from directwork.gui.practice.common import ProblemLabel, datetime_edit, moment_of


class AgreementRow(QWidget):
    def __init__(self, agreement: Agreement, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        who = agreement.who or "this person"
        self.agreed = named(QCheckBox(translate("AgreementRow", "agreed")), fill(translate("AgreementRow", "%1 agreed the plan"), who))
        self.who = line(translate("AgreementRow", "Who agreed"), agreement.who, translate("AgreementRow", "name"))
        self.role = named(QComboBox(), fill(translate("AgreementRow", "%1's role"), who))
        for key, label in ROLE_LABELS.items():
            self.role.addItem(label, key)
        self.role.setCurrentIndex(max(0, self.role.findData(agreement.role)))
        self.agency = line(fill(translate("AgreementRow", "%1's agency"), who), agreement.agency, translate("AgreementRow", "agency (if any)"))
        row.addWidget(self.agreed)
        row.addWidget(self.who, 2)
        row.addWidget(self.role, 1)
        row.addWidget(self.agency, 2)

    def value(self) -> Agreement | None:
        if not self.agreed.isChecked():
            return None
        return Agreement(who=self.who.text().strip(), role=self.role.currentData(),
                         agency=self.agency.text().strip())


class AgreePlanDialog(QDialog):
    """Who agreed the plan (the child, each carer, each agency) and when."""

    agreements_ready = Signal(list)

    def __init__(self, candidates: list[Agreement], now: datetime,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AgreePlanDialog", "Agree the plan"))
        self.setAccessibleName(translate("AgreePlanDialog", "Agree the plan"))
        self.resize(640, 360)
        layout = QVBoxLayout(self)
        hint = QLabel(translate("AgreePlanDialog", "Tick each person who agreed the plan with you. The child, each carer "
                      "and each agency working with the child should agree it."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.rows_layout = QVBoxLayout()
        layout.addLayout(self.rows_layout)
        self.rows: list[AgreementRow] = []
        for candidate in candidates:
            self.add_row(candidate)
        self.add_button = named(QPushButton(translate("AgreePlanDialog", "Add &someone")), translate("AgreePlanDialog", "Add someone who agreed"))
        self.add_button.clicked.connect(lambda: self.add_row(Agreement(role="other")))
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        when = QHBoxLayout()
        when.addWidget(QLabel(translate("AgreePlanDialog", "Agreed on")))
        self.agreed_at = datetime_edit("When they agreed", now)
        when.addWidget(self.agreed_at)
        when.addStretch(1)
        layout.addLayout(when)
        self.problems = ProblemLabel(translate("AgreePlanDialog", "Why the plan was not agreed"))
        layout.addWidget(self.problems)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("AgreePlanDialog", "&Agree the plan"))
        named(ok, translate("AgreePlanDialog", "Agree the plan"))
        named(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), translate("AgreePlanDialog", "Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        scroll_body(self)

    def add_row(self, agreement: Agreement) -> AgreementRow:
        row = AgreementRow(agreement)
        self.rows_layout.addWidget(row)
        self.rows.append(row)
        return row

    def agreements(self) -> list[Agreement]:
        at = moment_of(self.agreed_at)
        return [dataclasses.replace(a, agreed_at=at)
                for a in (r.value() for r in self.rows) if a is not None]

    def submit(self) -> None:
        self.problems.clear_problems()
        self.agreements_ready.emit(self.agreements())

    def show_refusal(self, own_problems: list[str]) -> None:
        self.problems.show_problems([translate("AgreePlanDialog", "Not agreed: the reasons are shown in red beside the "
                                     "plan's parts."), *own_problems])
