"""The practitioner's side of co-review: starting it (which screen, the leaving PIN), and the
plan's co-review history ("Reviewed with Sam on 2 March 2026" and each answer given).

Practitioner-facing words go through Qt's translation (``self.tr``); the child's words are in
the catalogue and live in the co-review window itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from directwork.domain.catalogue import long_date, text
from directwork.domain.giving import CheckList
from directwork.domain.records import CoReviewResponse
from directwork.gui.common.a11y import named
from directwork.gui.common.record_table import RecordTableModel, record_view
from directwork.gui.common.worker import VaultWorker
from directwork.gui.coreview.window import CoReviewWindow, default_lang
from directwork.gui.practice.common import EARLIEST
from directwork.gui.summary.check import CheckBeforeGiving, Confirmation, Edits
from directwork.gui.summary.preview import SummaryPreview
from directwork.reports.words import local_day
from directwork.store.coreview_exit import PinRefused, has_pin, hash_pin, set_pin
from directwork.store.views.coreview import ROLES, CoReviewViews, load_coreview, plan_responses


def _checks_in(views: CoReviewViews) -> list[tuple[str, CheckList]]:
    """What to check before co-review: the child's and the carers' views, in the language
    co-review opens in."""
    lang = default_lang(views)
    return [(role, views.checks[(role, lang)]) for role in ROLES if (role, lang) in views.checks]


def _day_words(response: CoReviewResponse) -> str:
    day = local_day(response.at or response.created_at)
    return long_date(day, "en") if day is not None else ""


def reviewed_with(responses: list[CoReviewResponse]) -> list[tuple[str, date]]:
    """Who the plan was looked at with, and on which day, newest first (one line per person
    per day however many answers they gave)."""
    seen: dict[tuple[str, date], None] = {}
    for response in sorted(responses, key=lambda r: r.at or r.created_at or EARLIEST,
                           reverse=True):
        day = local_day(response.at or response.created_at)
        if day is not None:
            seen.setdefault((response.responder_name or response.responder_role, day), None)
    return list(seen)


def screen_label(screen: QScreen, index: int) -> str:
    size = screen.geometry()
    return f"{index + 1}: {screen.name() or screen.model()} ({size.width()} × {size.height()})"


class CoReviewStartDialog(QDialog):
    """Where the co-review window goes (a second monitor or a touchscreen), and a PIN for
    leaving it if the practitioner wants one instead of typing their passphrase."""

    def __init__(self, pin_set: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Co-review with the child"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The child sees only what they may see of the plan. Leaving "
                               "co-review needs your passphrase or your co-review PIN."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.screens = named(QComboBox(), self.tr("Screen to show co-review on"))
        for i, screen in enumerate(QGuiApplication.screens()):
            self.screens.addItem(screen_label(screen, i), screen)
        form.addRow(self.tr("Scr&een:"), self.screens)
        self.full_screen = named(QCheckBox(self.tr("&Full screen")), self.tr("Full screen"))
        self.full_screen.setChecked(True)
        form.addRow("", self.full_screen)
        self.pin = named(QLineEdit(), self.tr("New co-review PIN (optional)"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("Change the PIN") if pin_set
                                    else self.tr("At least 4 digits (optional)"))
        form.addRow(self.tr("Co-review &PIN:"), self.pin)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setProperty("role", "error")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = named(buttons.addButton(self.tr("&Start co-review"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole),
                                  self.tr("Start co-review"))
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_screen(self) -> QScreen | None:
        return self.screens.currentData()

    def _check(self) -> None:
        pin = self.pin.text().strip()
        if pin:
            try:
                hash_pin(pin)
            except PinRefused as refused:
                self.problem.setText(str(refused))
                return
        self.accept()


class PlanCoReviewPanel(QWidget):
    """Sits with the safety plan: the buttons for co-review and summaries, who the plan was
    reviewed with and when, and every answer given."""

    coreview_opened = Signal(object)  # the CoReviewWindow

    def __init__(self, worker: VaultWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.child_id = ""
        self.plan_id = ""
        self.coreview_window: CoReviewWindow | None = None
        self.check_dialog: CheckBeforeGiving | None = None
        self.coreview_edits: Edits = {}
        self.coreview_confirmed: set[Confirmation] = set()
        self.responses: list[CoReviewResponse] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.coreview_button = named(QPushButton(self.tr("&Co-review with child…")),
                                     self.tr("Co-review the plan with the child or carers"))
        self.summary_button = named(QPushButton(self.tr("S&ummary…")),
                                    self.tr("Preview, print or save a summary of the plan"))
        self.coreview_button.clicked.connect(self.start_coreview)
        self.summary_button.clicked.connect(self.open_summary)
        self.reviewed = QLabel()
        self.reviewed.setWordWrap(True)
        row.addWidget(self.reviewed, 1)
        row.addWidget(self.coreview_button)
        row.addWidget(self.summary_button)
        layout.addLayout(row)
        self.model = RecordTableModel([
            (self.tr("When"), lambda r: _day_words(r)),
            (self.tr("Who"), lambda r: f"{r.responder_name} ({r.responder_role})"),
            (self.tr("Part of the plan"), lambda r: text(f"coreview.sections.{r.section}", "en")),
            (self.tr("Answer"), lambda r: text(f"labels.answer.{r.answer.value}", "en")),
            (self.tr("Their words"), lambda r: r.words),
        ], self)
        self.table = record_view(self.model, self.tr("Co-review answers for this plan"))
        # Beside the plan the answers are a short list that scrolls; the plan keeps the room.
        self.table.setMaximumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.table)
        self.set_plan("", "")
        worker.operation_did_execute.connect(self._changed)

    def set_plan(self, child_id: str, plan_id: str) -> None:
        if (child_id, plan_id) != (self.child_id, self.plan_id):
            # Checks and edits belong to one child's plan: never carried to another.
            self.coreview_edits = {}
            self.coreview_confirmed = set()
        self.child_id, self.plan_id = child_id, plan_id
        self.coreview_button.setEnabled(bool(plan_id))
        self.summary_button.setEnabled(bool(child_id))
        self.refresh()

    def _changed(self, touches: set[str] | None) -> None:
        if self.child_id and (touches is None or self.child_id in touches):
            self.refresh()

    def refresh(self) -> None:
        if not (self.child_id and self.plan_id):
            self.show_responses([])
            return
        child_id, plan_id = self.child_id, self.plan_id
        self.worker.query(plan_responses, child_id, plan_id, success=self.show_responses)

    def show_responses(self, responses: list[CoReviewResponse]) -> None:
        self.responses = responses
        self.model.set_records(sorted(responses, key=lambda r: r.at or r.created_at))
        self.table.resizeColumnsToContents()
        lines = [self.tr("Reviewed with %1 on %2").replace("%1", name).replace(
                 "%2", long_date(day, "en")) for name, day in reviewed_with(responses)]
        self.reviewed.setText("\n".join(lines) if lines else self.tr("Not yet reviewed with "
                                                                     "the child or carers."))

    # ------------------------------------------------------------------ starting

    def open_summary(self) -> SummaryPreview:
        preview = SummaryPreview(self.worker, self.child_id, self.plan_id, self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        preview.open()
        return preview

    def start_coreview(self) -> None:
        vault = self.worker.vault
        self.worker.call(has_pin, vault, success=self._ask_where)

    def _ask_where(self, pin_set: bool) -> None:
        dialog = CoReviewStartDialog(pin_set, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.open_coreview(dialog.chosen_screen(), dialog.full_screen.isChecked(),
                           dialog.pin.text().strip())

    def open_coreview(self, screen: QScreen | None = None, full_screen: bool = True,
                      pin: str = "") -> None:
        """Open the co-review window for this plan (setting a new PIN first, if given), once
        the practitioner has checked what the child's and carers' views changed or left out."""
        vault = self.worker.vault
        if pin:
            self.worker.call(set_pin, vault, pin)
        self._load_coreview(lambda views: self._check_coreview(views, screen, full_screen))

    def _load_coreview(self, then: Callable[[CoReviewViews], None]) -> None:
        child_id, plan_id = self.child_id, self.plan_id
        edits = {copy: dict(lines) for copy, lines in self.coreview_edits.items()}
        self.worker.query(load_coreview, child_id, plan_id, edits, success=then,
                          failure=self._not_opened)

    def _check_coreview(self, views: CoReviewViews, screen: QScreen | None,
                        full_screen: bool) -> None:
        checks = _checks_in(views)
        waiting = [line for copy, check in checks for line in check.lines
                   if (copy, *line.confirmation) not in self.coreview_confirmed]
        if not waiting:
            self._show_window(views, screen, full_screen)
            return
        dialog = CheckBeforeGiving(self.tr("Start co-review"), self)
        dialog.confirmed = self.coreview_confirmed
        dialog.edits = self.coreview_edits
        dialog.show_checks(checks)
        latest = [views]

        def remake() -> None:
            def made(new: CoReviewViews) -> None:
                latest[0] = new
                dialog.show_checks(_checks_in(new))
            self._load_coreview(made)

        dialog.edits_changed.connect(remake)
        dialog.accepted.connect(lambda: self._show_window(latest[0], screen, full_screen))
        dialog.finished.connect(lambda _result: self._check_closed(dialog))
        self.check_dialog = dialog
        dialog.open()

    def _check_closed(self, dialog: CheckBeforeGiving) -> None:
        if self.check_dialog is dialog:
            self.check_dialog = None
        dialog.deleteLater()

    def _not_opened(self, error: BaseException) -> None:
        message = getattr(error, "message", None) or str(error)
        self.reviewed.setText(self.tr("Co-review did not open: %1").replace("%1", message))

    def _show_window(self, views: CoReviewViews, screen: QScreen | None,
                     full_screen: bool) -> None:
        self.coreview_window = CoReviewWindow(self.worker, views)
        self.coreview_window.left.connect(self._window_left)
        self.coreview_window.present(screen, full_screen=full_screen)
        self.coreview_opened.emit(self.coreview_window)

    def _window_left(self) -> None:
        if self.coreview_window is not None:
            self.coreview_window.deleteLater()
            self.coreview_window = None
        self.refresh()
