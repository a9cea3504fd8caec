"""The panel's context summary: in which language, how the children are named (the panel's
rules say: in full, or by initials and date of birth), saved as a PDF; then, once it has been
given to the panel, an information-sharing entry on each linked child's record.

Saving alone records nothing (as for a child's summary): the entry is written only when the
manager says it was given, to whom, why and on what basis.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from directwork.domain.records import SummaryLanguage
from directwork.domain.team import TeamContextView
from directwork.gui.common.a11y import named, say
from directwork.gui.common.fit import scrolled
from directwork.gui.common.worker import VaultWorker
from directwork.gui.practice.common import while_open
from directwork.reports.panel import PanelNaming, build_panel_summary
from directwork.store import links
from directwork.store.private_files import write_private


class PanelDialog(QDialog):
    """Make the panel's summary of one team context, and record it as given."""

    def __init__(self, worker: VaultWorker, view: TeamContextView, today: date,
                 prepared_by: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.view = view
        self.today = today
        self.prepared_by = prepared_by
        self.saved_to: Path | None = None
        title = view.context.title if view.context else ""
        self.setWindowTitle(self.tr("Summary for the exploitation panel"))
        outer = QVBoxLayout(self)
        body = QWidget()
        outer.addWidget(scrolled(body, self.tr("Summary for the exploitation panel")))
        layout = QVBoxLayout(body)
        intro = QLabel(self.tr("The context summary of \u201c{title}\u201d for the "
                               "multi-agency exploitation panel. It holds only what each "
                               "child's record lets other agencies see.").format(title=title))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.language = named(QComboBox(), self.tr("Language of the summary"))
        for words, value in ((self.tr("English"), SummaryLanguage.EN),
                             (self.tr("Cymraeg (Welsh)"), SummaryLanguage.CY),
                             (self.tr("Both (Welsh first)"), SummaryLanguage.BOTH)):
            self.language.addItem(words, value.value)
        form.addRow(self.tr("&Language:"), self.language)
        layout.addLayout(form)

        naming = QGroupBox(self.tr("Name the children as the panel's rules say"))
        naming_layout = QVBoxLayout(naming)
        self.initials = named(QRadioButton(self.tr("By &initials and date of birth")),
                              self.tr("Name the children by initials and date of birth"))
        self.full = named(QRadioButton(self.tr("By &full name")),
                          self.tr("Name the children in full"))
        # Fail closed: the fewer words about a child, unless the manager chooses more.
        self.initials.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.initials, self.full):
            group.addButton(button)
            naming_layout.addWidget(button)
        layout.addWidget(naming)

        save_row = QHBoxLayout()
        self.save_button = named(QPushButton(self.tr("&Save as PDF…")),
                                 self.tr("Save the panel's summary as a PDF"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self._ask_where)
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        layout.addLayout(save_row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setProperty("role", "hint")
        layout.addWidget(self.status)

        self.given = QGroupBox(self.tr("Once it has been given to the panel"))
        given_form = QFormLayout(self.given)
        self.panel_name = named(QLineEdit(), self.tr("Which panel it was given to"))
        self.panel_name.setPlaceholderText(self.tr("for example: Cwm Rhyd exploitation panel"))
        self.why = named(QLineEdit(), self.tr("Why it was shared"))
        self.why.setPlaceholderText(self.tr("for example: to plan the response to the place"))
        self.basis = named(QLineEdit(), self.tr("On what basis it was shared"))
        self.basis.setPlaceholderText(self.tr("for example: to safeguard the children"))
        given_form.addRow(self.tr("&Panel:"), self.panel_name)
        given_form.addRow(self.tr("&Why:"), self.why)
        given_form.addRow(self.tr("&Basis:"), self.basis)
        self.given_button = named(QPushButton(self.tr("&Given to the panel")),
                                  self.tr("Record on each linked child's record that the "
                                          "summary was shared with the panel"))
        self.given_button.clicked.connect(self._record_given)
        given_form.addRow(self.given_button)
        self.given.setEnabled(False)
        layout.addWidget(self.given)
        self.problem = QLabel()
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.resize(600, 480)

    # ------------------------------------------------------------------ making it

    def chosen_language(self) -> SummaryLanguage:
        return SummaryLanguage(self.language.currentData())

    def chosen_naming(self) -> PanelNaming:
        return PanelNaming.INITIALS if self.initials.isChecked() else PanelNaming.FULL

    def pdf(self) -> bytes:
        return build_panel_summary(self.view, self.chosen_language(), self.chosen_naming(),
                                   self.today, self.prepared_by)

    def _ask_where(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the panel's summary"),
            str(Path(folder) / "context-summary.pdf"), self.tr("PDF (*.pdf)"))
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        self.problem.clear()
        try:
            # 0600, whole or not at all; the file dialog asked about replacing.
            write_private(path, self.pdf(), replace=True)
        except OSError as error:
            say(self.problem, self.tr("The summary was not saved: {why}").format(
                why=error.strerror or str(error)))
            return
        self.saved_to = path
        say(self.status, self.tr("Saved to {path}. It is not encrypted: keep it safe, and "
                                 "delete it once the panel has it.").format(path=path))
        self.given.setEnabled(True)

    # ------------------------------------------------------------------ giving it

    def _record_given(self) -> None:
        self.problem.clear()
        naming = (self.tr("children named by initials and date of birth")
                  if self.chosen_naming() is PanelNaming.INITIALS
                  else self.tr("children named in full"))
        self.given_button.setEnabled(False)
        context_id = self.view.context.id if self.view.context else ""
        self.worker.change(links.record_panel_given, context_id,
                           self.panel_name.text(), self.why.text(), self.basis.text(), naming,
                           success=while_open(self, self._recorded),
                           failure=while_open(self, self._not_recorded))

    def _recorded(self, entries: list[object]) -> None:
        self.given_button.setEnabled(True)
        say(self.status, self.tr("Recorded on the records of the {n} children linked: shared "
                                 "with {panel}.").format(n=len(entries),
                                                         panel=self.panel_name.text().strip()))

    def _not_recorded(self, error: BaseException) -> None:
        self.given_button.setEnabled(True)
        say(self.problem, self.tr("Not recorded: {why}").format(
            why=getattr(error, "message", None) or str(error)))
