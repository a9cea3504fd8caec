"""Preview, print or save a summary of the plan: the child's, the carers' or the multi-agency
one, in English, Welsh or both.

The PDF is built in memory and shown from memory (QPdfDocument reading a QBuffer): no
temporary file ever holds it. Printing sends that same PDF to the print system (CUPS) from
memory and follows the job (gui/summary/printing.py); where there is no CUPS (Windows) pages
are drawn as pictures through Qt, and the window says so. Saving writes it only where the
practitioner chooses, readable by them only, with a reminder that it is not encrypted.

A child's or carers' copy is printed or saved only after the practitioner has checked every
line the redaction policy changed or found close to a withheld name (gui/summary/check.py).
A summary is recorded as given (to whom, which, in which language, when, how, and counts of
what it withheld) only when the practitioner confirms the child or carer has it: printed and
handed over, or saved and given. Printing or saving alone records nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, QStandardPaths, Qt
from PySide6.QtGui import QCloseEvent, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
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
from directwork.domain.records import (
    SummaryAudience,
    SummaryGiven,
    SummaryHandover,
    SummaryLanguage,
)
from directwork.gui.common.a11y import named
from directwork.gui.common.dates import long_day
from directwork.gui.common.retranslate import plural
from directwork.gui.common.worker import VaultWorker
from directwork.gui.summary.check import CheckBeforeGiving, Confirmation, Edits
from directwork.gui.summary.print_words import no_printer_words
from directwork.gui.summary.printing import SummaryPrinter
from directwork.printing.cups import find_print_server
from directwork.reports import (
    BuiltSummary,
    build_checked_summary,
    default_language,
    printing_policy,
)
from directwork.reports.words import LONDON
from directwork.store.private_files import write_private
from directwork.store.summaries import record_given
from directwork.store.views.summary import SummaryCase, load_summary_case

FILE_NAMES = {SummaryAudience.CHILD: "my-safety-plan.pdf",
              SummaryAudience.CARER: "safety-plan-for-carers.pdf",
              SummaryAudience.AGENCY: "multi-agency-safety-plan.pdf"}
RENDER_DPI = 300


def write_pdf(path: Path, pdf: bytes) -> None:
    """Write where the practitioner chose, readable by them only, whole or not at all: a
    failure (or the app killed) never leaves a cut PDF under the name. The file dialog asked
    about replacing."""
    write_private(path, pdf, replace=True)


def print_pictures(document: QPdfDocument, printer: QPrinter, first: int = 1,
                   last: int = 0) -> int:
    """The fallback where there is no CUPS: draw pages ``first`` to ``last`` (counted from 1;
    0: to the end) of ``document`` onto ``printer`` as pictures, each scaled to fit its page.
    Returns the number of pages drawn."""
    last = last or document.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        area = painter.viewport()
        # A 1200 dpi page is over half a gigabyte as an image; 300 dpi prints text sharply.
        dpi = min(printer.resolution(), RENDER_DPI)
        for index in range(first - 1, last):
            if index > first - 1:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(index, QSize(round(points.width() * dpi / 72),
                                                 round(points.height() * dpi / 72)))
            target = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.topLeft(), target), image)
    finally:
        painter.end()
    return last - first + 1


@dataclass(frozen=True)
class Handover:
    """A summary that reached paper or a file, waiting for the practitioner to say the child
    or carer has it."""

    audience: SummaryAudience
    language: SummaryLanguage
    how: SummaryHandover
    # What that copy withheld, by kind (counts only), taken when it reached paper or a file.
    withheld: dict[str, int]


def _shown(case: Case) -> Case:
    return dataclasses.replace(case, summaries_given=[])


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
        self.printer: QPrinter | None = None  # the picture path's printer (no CUPS)
        self.printing: SummaryPrinter | None = None
        self.handover: Handover | None = None
        self.printing_handover: Handover | None = None
        self._left = False
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

        # How printing or saving went, and what can be done about it.
        status_row = QHBoxLayout()
        self.status = named(QLabel(), self.tr("How printing or saving went"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cancel_print_button = named(QPushButton(self.tr("Ca&ncel print")),
                                         self.tr("Cancel the print: the summary will not print"))
        self.save_instead_button = named(QPushButton(self.tr("Save as PDF &instead…")),
                                         self.tr("Save the summary as a PDF file instead of "
                                                 "printing it (not encrypted)"))
        self.cancel_print_button.clicked.connect(self.cancel_print)
        self.save_instead_button.clicked.connect(self.save_summary)
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.cancel_print_button)
        status_row.addWidget(self.save_instead_button)
        layout.addLayout(status_row)

        # Only the practitioner's word makes it "given".
        self.handover_row = QWidget()
        handover_layout = QHBoxLayout(self.handover_row)
        handover_layout.setContentsMargins(0, 0, 0, 0)
        self.handover_question = QLabel()
        self.handover_question.setWordWrap(True)
        self.handover_button = named(QPushButton(), self.tr("Record that the summary was given"))
        self.handover_button.clicked.connect(self.confirm_given)
        handover_layout.addWidget(self.handover_question, 1)
        handover_layout.addWidget(self.handover_button)
        layout.addWidget(self.handover_row)

        row = QHBoxLayout()
        row.addStretch(1)
        self.print_button = named(QPushButton(self.tr("&Print…")), self.tr("Print the summary"))
        self.save_button = named(QPushButton(self.tr("&Save as PDF…")),
                                 self.tr("Save the summary as a PDF file (not encrypted)"))
        self.close_button = named(QPushButton(self.tr("Close")), self.tr("Close the preview"))
        self.print_button.clicked.connect(self.print_summary)
        self.save_button.clicked.connect(self.save_summary)
        self.close_button.clicked.connect(self.reject)
        for button in (self.print_button, self.save_button, self.close_button):
            row.addWidget(button)
        layout.addLayout(row)
        for hidden in (self.cancel_print_button, self.save_instead_button, self.handover_row):
            hidden.hide()
        self._set_ready(False)
        self.audience.currentIndexChanged.connect(self._audience_changed)
        self.language.currentIndexChanged.connect(lambda _i: self.rebuild())
        self.given_to.textChanged.connect(lambda _t: self._ask_handover())
        self.reload()
        # A change to this child's records (who may see an entry, above all) while the preview
        # is open makes the summary again from the records as they now are: what is printed
        # or saved is never an earlier copy.
        worker.operation_did_execute.connect(self._records_changed)

    def reload(self) -> None:
        child_id, plan = self.child_id, self.plan_id
        self._set_ready(False)
        self.worker.query(load_summary_case, child_id, plan, success=self._loaded,
                          failure=self._failed)

    def _records_changed(self, touches: set[str] | None) -> None:
        if self.case is not None and (touches is None or self.child_id in touches):
            self.reload()

    # ------------------------------------------------------------------ building

    def _loaded(self, loaded: SummaryCase) -> None:
        before = self.case
        self.case, self.now = loaded.case, loaded.now
        if before is not None:
            # Recording that this summary was given changes nothing it shows.
            if _shown(before) == _shown(self.case):
                self._set_ready(bool(self.pdf))
            else:
                self.rebuild()  # the same choices, from the records as they now are
            return
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
        self.say(self.tr("Making the summary…"))
        self.generation += 1
        generation = self.generation
        edits = dict(self.edits.get(audience.value, {}))
        self.worker.call(build_checked_summary, case, audience, language, today=today,
                         edits=edits, policy=printing_policy(),
                         success=lambda built: self.show_pdf(built, generation),
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
        self.say(plural(self.tr("%n page(s)", "", self.document.pageCount()),
                        self.document.pageCount()) if ok
                 else self.tr("The summary could not be shown."), "hint" if ok else "error")
        self._set_ready(ok)

    def _set_ready(self, ready: bool) -> None:
        printing = self.printing is not None and self.printing.busy
        self.print_button.setEnabled(ready and not printing)
        self.save_button.setEnabled(ready and not printing)
        self.save_instead_button.setEnabled(ready and not printing)
        # What is on its way to the printer is what will be recorded: no changing it meanwhile.
        self.audience.setEnabled(not printing)
        self.language.setEnabled(not printing)

    def say(self, words: str, tone: str = "") -> None:
        """Show ``words`` in the status line; "error" in the error style."""
        self.status.setText(words)
        if self.status.property("role") != tone:
            self.status.setProperty("role", tone)
            self.status.style().polish(self.status)

    def _failed(self, error: BaseException) -> None:
        self.say(self.tr("Not done: %1").replace(
            "%1", getattr(error, "message", None) or str(error)), "error")

    # ------------------------------------------------------------------ printing

    def _given_to(self) -> str | None:
        if not self.print_button.isEnabled():
            # Being made again from changed records: only the summary on screen is given.
            self.status.setText(self.tr("The summary is being made again from the latest "
                                        "records. Print or save it once it shows."))
            return None
        who = self.given_to.text().strip()
        if not who:
            self.say(self.tr("Say who the summary is given to first."), "error")
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
        """Print through the print system (CUPS): the PDF itself, followed until it is printed.
        Where there is no CUPS, the picture path (print_in_pictures)."""
        if self._given_to() is None or not self.pdf:
            return
        if self._needs_check():
            self._check_then(self.tr("Print…"), self.print_summary)
            return
        self.save_instead_button.hide()
        server = find_print_server()
        if server is None:
            self.print_in_pictures()
            return
        if self.printing is None:
            self.printing = SummaryPrinter(server, self)
            self.printing.said.connect(self.say)
            self.printing.busy_changed.connect(self._printing_busy)
            self.printing.printed.connect(lambda: self._ask_handover(self.printing_handover))
            self.printing.not_printed.connect(lambda _none: self.save_instead_button.show())
        # What is printing is what will be recorded, whatever is on screen by then.
        self.printing_handover = self._handover(SummaryHandover.PRINTED)
        self.printing.start(self.pdf, self.document.pageCount(),
                            FILE_NAMES[self.pdf_audience].removesuffix(".pdf"))

    def _printing_busy(self, busy: bool) -> None:
        self.cancel_print_button.setVisible(busy and self.printing is not None
                                            and self.printing.active or False)
        self._set_ready(self.document.status() is QPdfDocument.Status.Ready)
        if busy:
            self.handover_row.hide()

    def cancel_print(self) -> None:
        if self.printing is not None:
            self.printing.cancel()
        self.cancel_print_button.hide()

    def print_in_pictures(self) -> None:
        """The fallback where the system has no CUPS (Windows): Qt draws each page as a picture
        and the system's spooler prints it. Print to file is not offered: Save as PDF is."""
        if not QPrinterInfo.availablePrinters():
            self.say(no_printer_words(), "error")
            self.save_instead_button.show()
            return
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            self.printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        self.printer.setDocName(FILE_NAMES[self.pdf_audience].removesuffix(".pdf"))
        pages = self.document.pageCount()
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(self.tr("Print the summary"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, pages)
        self.printer.setFromTo(1, pages)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if self.printer.outputFormat() is QPrinter.OutputFormat.PdfFormat or \
                self.printer.outputFileName():
            self.say(self.tr("Not printed: printing to a file is not offered. Use Save as PDF, "
                             "which keeps the file readable by you only."), "error")
            self.save_instead_button.show()
            return
        first, last = self.printer.fromPage() or 1, self.printer.toPage() or pages
        try:
            drawn = print_pictures(self.document, self.printer, first, min(last, pages))
        except OSError as error:
            self._failed(error)
            return
        sent = drawn * max(self.printer.copyCount(), 1)
        self.say(plural(self.tr("Sent %n page(s) to %1 as pictures of the pages: this computer "
                                "has no CUPS print system to take the summary's PDF itself. "
                                "Check what came out of the printer.", "", sent), sent)
                 .replace("%1", self.printer.printerName()), "hint")
        self._ask_handover(self._handover(SummaryHandover.PRINTED))

    # ------------------------------------------------------------------ saving

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
            self.say(self.tr("Not saved: %1").replace("%1", error.strerror or str(error)),
                     "error")
            return
        self.save_instead_button.hide()
        self.say(self.tr("Saved to %1. It is not encrypted: keep it safe, and delete it once it "
                         "has been printed or handed over.").replace("%1", str(path)), "hint")
        self._ask_handover(self._handover(SummaryHandover.SAVED))

    # ------------------------------------------------------------------ giving

    def _handover(self, how: SummaryHandover) -> Handover:
        """The summary on screen, reaching paper or a file ``how``."""
        return Handover(self.pdf_audience, self.pdf_language, how,
                        self.check.record() if self.check is not None else {})

    def _ask_handover(self, handover: Handover | None = None) -> None:
        """Ask the practitioner to say when the child or carer has the summary."""
        if handover is not None:
            self.handover = handover
        if self.handover is None:
            return
        who = self.given_to.text().strip() or self.tr("the child or carer")
        if self.handover.how is SummaryHandover.PRINTED:
            self.handover_question.setText(self.tr(
                "Once %1 has the printed summary, say so: only then is it recorded as given."
            ).replace("%1", who))
            self.handover_button.setText(self.tr("Printed and &handed over"))
        else:
            self.handover_question.setText(self.tr(
                "Once %1 has the saved summary, say so: only then is it recorded as given."
            ).replace("%1", who))
            self.handover_button.setText(self.tr("Saved and &given"))
        self.handover_row.show()

    def confirm_given(self) -> None:
        """The practitioner says the child or carer has it: record it, with how."""
        handover = self.handover
        who = self._given_to()
        if handover is None or who is None or self.case is None:
            return
        self.handover_button.setEnabled(False)
        entry = SummaryGiven(child_id=self.case.child.id,
                             plan_id=self.case.plan.id if self.case.plan else None,
                             audience=handover.audience, given_to=who,
                             language=handover.language, how=handover.how,
                             withheld=dict(handover.withheld))
        self.worker.change(record_given, entry, success=self._recorded,
                           failure=self._not_recorded, touches={self.case.child.id})

    def _recorded(self, entry: SummaryGiven) -> None:
        self.handover = None
        self.handover_row.hide()
        self.handover_button.setEnabled(True)
        how = (self.tr("printed and handed over") if entry.how is SummaryHandover.PRINTED
               else self.tr("saved and given"))
        local = entry.given_at.astimezone(LONDON) if entry.given_at else None
        day = long_day(local.date()) if local else ""
        self.say(self.tr("Recorded as given to %1 (%2) on %3.").replace("%1", entry.given_to)
                 .replace("%2", how).replace("%3", day), "hint")

    def _not_recorded(self, error: BaseException) -> None:
        self.handover_button.setEnabled(True)
        self.say(self.tr("Not recorded: %1").replace(
            "%1", getattr(error, "message", None) or str(error)), "error")

    # ------------------------------------------------------------------ leaving

    def _leave(self) -> None:
        """Closing: a print still on its way is cancelled and dropped by the print system, so
        no copy waits in a queue after the window is gone."""
        if self._left:
            return
        self._left = True
        if self.printing is not None:
            self.printing.cancel_and_wait()
            self.printing.close()

    def done(self, result: int) -> None:
        self._leave()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._leave()
        super().closeEvent(event)
