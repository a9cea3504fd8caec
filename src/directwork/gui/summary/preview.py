"""Preview, print or save a summary of the plan: the child's, the carers' or the multi-agency
one, in English, Welsh or both.

The PDF is built in memory and shown from memory (QPdfDocument reading a QBuffer): no
temporary file ever holds it. It reaches the disk only where the practitioner chooses to save
it, with a reminder that a saved PDF is not encrypted. Printing or saving records in the case
which summary was given to whom, when, and in which language, with counts of what it
withheld. A child's or carers' copy is given only after the practitioner has checked every
line the redaction policy changed or found close to a withheld name (gui/summary/check.py).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, QStandardPaths, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from directwork.domain.case import Case
from directwork.domain.giving import CheckList
from directwork.domain.records import SummaryAudience, SummaryGiven, SummaryLanguage
from directwork.gui.common.a11y import named
from directwork.gui.common.worker import VaultWorker
from directwork.gui.summary.check import CheckBeforeGiving, Confirmation, Edits
from directwork.reports import BuiltSummary, build_checked_summary, default_language
from directwork.reports.words import LONDON
from directwork.store import summaries
from directwork.store.views.summary import SummaryCase, load_summary_case

FILE_NAMES = {SummaryAudience.CHILD: "my-safety-plan.pdf",
              SummaryAudience.CARER: "safety-plan-for-carers.pdf",
              SummaryAudience.AGENCY: "multi-agency-safety-plan.pdf"}
RENDER_DPI = 300


def write_pdf(path: Path, pdf: bytes) -> None:
    """Write where the practitioner chose, readable by them only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pdf)


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw every page of ``document`` onto ``printer``, each scaled to fit its page.
    Returns the number of pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        area = painter.viewport()
        # A 1200 dpi page is over half a gigabyte as an image; 300 dpi prints text sharply.
        dpi = min(printer.resolution(), RENDER_DPI)
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(index, QSize(round(points.width() * dpi / 72),
                                                 round(points.height() * dpi / 72)))
            target = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.topLeft(), target), image)
    finally:
        painter.end()
    return document.pageCount()


class SummaryPreview(QDialog):
    """The summary as it will print, with the choices of audience and language."""

    def __init__(self, worker: VaultWorker, child_id: str, plan_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.child_id = child_id
        self.plan_id = plan_id or None
        self.case: Case | None = None
        self.now: datetime | None = None
        self.pdf = b""
        self.pdf_audience = SummaryAudience.CHILD
        self.pdf_language = SummaryLanguage.EN
        self.check: CheckList | None = None
        self.edits: Edits = {}  # the practitioner's changes to lines, by copy, at the check
        self.confirmed: set[Confirmation] = set()
        self.check_dialog: CheckBeforeGiving | None = None
        self.generation = 0
        self.printer: QPrinter | None = None
        self.setWindowTitle(self.tr("Summary"))
        self.resize(980, 860)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.audience = named(QComboBox(), self.tr("Who the summary is for"))
        for audience, label in ((SummaryAudience.CHILD, self.tr("The child: My safety plan")),
                                (SummaryAudience.CARER, self.tr("Parents and carers")),
                                (SummaryAudience.AGENCY, self.tr("Multi-agency plan"))):
            self.audience.addItem(label, audience.value)
        self.language = named(QComboBox(), self.tr("Language of the summary"))
        for language, label in ((SummaryLanguage.EN, self.tr("English")),
                                (SummaryLanguage.CY, self.tr("Welsh")),
                                (SummaryLanguage.BOTH, self.tr("Welsh and English"))):
            self.language.addItem(label, language.value)
        self.given_to = named(QLineEdit(), self.tr("Who it is given to"))
        form.addRow(self.tr("&For:"), self.audience)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Given to:"), self.given_to)
        layout.addLayout(form)

        self.document = QPdfDocument(self)
        self.buffer = QBuffer(self)
        self.view = named(QPdfView(), self.tr("Preview of the summary"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)  # a whole page, as it will print
        self.view.setPageSpacing(12)
        layout.addWidget(self.view, 1)

        self.reminder = QLabel(self.tr("A saved PDF is not encrypted: keep it safe, and delete "
                                       "it once it has been printed or handed over."))
        self.reminder.setWordWrap(True)
        self.reminder.setProperty("role", "hint")
        layout.addWidget(self.reminder)
        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.print_button = named(QPushButton(self.tr("&Print…")), self.tr("Print the summary"))
        self.save_button = named(QPushButton(self.tr("&Save as PDF…")),
                                 self.tr("Save the summary as a PDF file (not encrypted)"))
        self.close_button = named(QPushButton(self.tr("Close")), self.tr("Close the preview"))
        self.print_button.clicked.connect(self.print_summary)
        self.save_button.clicked.connect(self.save_summary)
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.status, 1)
        for button in (self.print_button, self.save_button, self.close_button):
            row.addWidget(button)
        layout.addLayout(row)
        self._set_ready(False)
        self.audience.currentIndexChanged.connect(self._audience_changed)
        self.language.currentIndexChanged.connect(lambda _i: self.rebuild())
        child_id, plan = child_id, self.plan_id
        self.worker.query(load_summary_case, child_id, plan, success=self._loaded,
                          failure=self._failed)

    # ------------------------------------------------------------------ building

    def _loaded(self, loaded: SummaryCase) -> None:
        self.case, self.now = loaded.case, loaded.now
        language = default_language(self.case.child)
        self.language.blockSignals(True)
        self.language.setCurrentIndex(self.language.findData(language.value))
        self.language.blockSignals(False)
        self._audience_changed()

    def _audience_changed(self) -> None:
        if self.case is None:
            return
        self.given_to.setText({
            SummaryAudience.CHILD: self.case.child.display_name,
            SummaryAudience.CARER: self.tr("parents and carers"),
            SummaryAudience.AGENCY: self.tr("the agencies working with the child"),
        }[self.chosen_audience])
        self.rebuild()

    @property
    def chosen_audience(self) -> SummaryAudience:
        return SummaryAudience(self.audience.currentData())

    @property
    def chosen_language(self) -> SummaryLanguage:
        return SummaryLanguage(self.language.currentData())

    def rebuild(self) -> None:
        """Build the summary for the chosen audience and language, off the GUI thread."""
        if self.case is None or self.now is None:
            return
        case, audience, language = self.case, self.chosen_audience, self.chosen_language
        today = self.now.astimezone(LONDON).date()
        self._set_ready(False)
        self.status.setText(self.tr("Making the summary…"))
        self.generation += 1
        generation = self.generation
        edits = dict(self.edits.get(audience.value, {}))
        self.worker.call(build_checked_summary, case, audience, language, today=today,
                         edits=edits, success=lambda built: self.show_pdf(built, generation),
                         failure=self._failed)

    def show_pdf(self, built: BuiltSummary, generation: int) -> None:
        """Show the summary from memory, unless a newer choice is already being built: what
        is printed, saved and recorded must be the summary last asked for."""
        if generation != self.generation:
            return
        pdf, audience, language = built.pdf, built.audience, built.language
        self.pdf, self.pdf_audience, self.pdf_language = pdf, audience, language
        self.check = built.check
        if self.check_dialog is not None and self.check is not None:
            self.check_dialog.show_checks([(audience.value, self.check)])
        self.document.close()
        self.buffer.close()
        self.buffer.setData(QByteArray(pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self.buffer)
        self.view.setDocument(self.document)
        ok = self.document.status() is QPdfDocument.Status.Ready
        self.status.setText(self.tr("%n page(s)", "", self.document.pageCount()) if ok
                            else self.tr("The summary could not be shown."))
        self._set_ready(ok)

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("Not done: %1").replace(
            "%1", getattr(error, "message", None) or str(error)))

    # ------------------------------------------------------------------ giving

    def _given_to(self) -> str | None:
        who = self.given_to.text().strip()
        if not who:
            self.status.setText(self.tr("Say who the summary is given to first."))
            self.given_to.setFocus()
            return None
        return who

    def _needs_check(self) -> bool:
        copy = self.pdf_audience.value
        return self.check is not None and any(
            (copy, *line.confirmation) not in self.confirmed for line in self.check.lines)

    def _check_then(self, give_label: str, then: Callable[[], None]) -> None:
        """Open "Check before you give it" for the copy on screen; ``then`` gives it once
        every line is ticked."""
        assert self.check is not None
        dialog = CheckBeforeGiving(give_label, self)
        dialog.confirmed = self.confirmed
        dialog.edits = self.edits
        dialog.show_checks([(self.pdf_audience.value, self.check)])
        dialog.edits_changed.connect(self.rebuild)
        dialog.accepted.connect(then)
        dialog.finished.connect(lambda _result: self._check_closed(dialog))
        self.check_dialog = dialog
        dialog.open()

    def _check_closed(self, dialog: CheckBeforeGiving) -> None:
        if self.check_dialog is dialog:
            self.check_dialog = None
        dialog.deleteLater()

    def print_summary(self) -> None:
        who = self._given_to()
        if who is None:
            return
        if self._needs_check():
            self._check_then(self.tr("Print…"), self.print_summary)
            return
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(FILE_NAMES[self.pdf_audience].removesuffix(".pdf"))
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(self.tr("Print the summary"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            pages = print_document(self.document, self.printer)
        except OSError as error:
            self._failed(error)
            return
        self.status.setText(self.tr("Sent %1 page(s) to the printer.").replace("%1", str(pages)))
        self.record_given(who)

    def save_summary(self) -> None:
        who = self._given_to()
        if who is None:
            return
        if self._needs_check():
            self._check_then(self.tr("Save as PDF…"), self.save_summary)
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the summary as a PDF (it will not be encrypted)"),
            str(Path(folder) / FILE_NAMES[self.pdf_audience]), self.tr("PDF files (*.pdf)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_pdf(path, self.pdf)
        except OSError as error:
            self.status.setText(self.tr("Not saved: %1").replace("%1", error.strerror or str(error)))
            return
        self.status.setText(self.tr("Saved to %1. It is not encrypted: keep it safe, and delete "
                                    "it once it has been printed or handed over.")
                            .replace("%1", str(path)))
        self.record_given(who)

    def record_given(self, who: str) -> None:
        """Record in the case which summary was given to whom, when, in which language, and
        what it withheld (counts by kind, never the words)."""
        assert self.case is not None
        entry = SummaryGiven(child_id=self.case.child.id,
                             plan_id=self.case.plan.id if self.case.plan else None,
                             audience=self.pdf_audience, given_to=who,
                             language=self.pdf_language,
                             withheld=self.check.record() if self.check else {})
        self.worker.change(summaries.record_given, entry, failure=self._failed,
                           touches={self.case.child.id})
