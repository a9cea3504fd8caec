"""Printing one summary through CUPS from the summary window: list the printers, let the
practitioner choose, send the PDF itself, follow the job and say in words how it goes, and
make the print system drop its copy once printed (or cancelled).

The print system is asked on a thread of its own: a printer that is slow to answer never
holds up the window or the vault.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from directwork.gui.common.retranslate import translate
from directwork.gui.common.worker import BackgroundRunner
from directwork.gui.summary.print_dialog import PrintChoicesDialog
from directwork.gui.summary.print_words import (
    error_words,
    no_printer_words,
    printer_name,
    report_words,
)
from directwork.printing.cups import (
    CupsClient,
    PrintChoices,
    PrintServer,
    PrintSystemError,
    PrintSystemUnreachable,
    Queue,
)
from directwork.printing.progress import PrintReport, Progress, check

FOLLOW_EVERY_MS = 700


@dataclass
class ActiveJob:
    queue: str
    printer: str  # its name as shown
    job_id: int
    pages: int  # sheets of the summary this job prints, copies included
    last: PrintReport | None = None


class SummaryPrinter(QObject):
    """One summary window's printing. Tells the window what to say through ``said`` (words,
    and "hint" or "error"); ``printed`` once every page reached the printer; ``not_printed``
    when nothing will print (with an offer of Save as PDF where no printer can be used)."""

    said = Signal(str, str)
    printed = Signal()
    not_printed = Signal(bool)  # True: no printer can be used at all, offer Save as PDF
    busy_changed = Signal(bool)

    def __init__(self, server: PrintServer, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self.client = CupsClient(server)
        # A thread of its own for the print system (never the vault's).
        self.runner = BackgroundRunner(
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="printing"), self)
        self.job: ActiveJob | None = None
        self.choices_dialog: PrintChoicesDialog | None = None
        self._pdf = b""
        self._title = ""
        self._page_count = 0
        self._asking = False
        self.busy = False  # from asking for printers until the job is over
        self.timer = QTimer(self)
        self.timer.setInterval(FOLLOW_EVERY_MS)
        self.timer.timeout.connect(self._follow)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_changed.emit(busy)

    @property
    def active(self) -> bool:
        """A job is on its way and has not finished: closing would leave it behind."""
        return self.job is not None

    # ------------------------------------------------------------------ choosing

    def start(self, pdf: bytes, page_count: int, title: str) -> None:
        """Ask the print system for its printers, then let the practitioner choose."""
        if self.busy:
            return
        self._pdf, self._page_count, self._title = pdf, page_count, title
        self._set_busy(True)
        self.said.emit(translate("PrintWords", "Looking for printers…"), "hint")
        client = self.client
        self.runner.call(lambda: (client.queues(), client.default_queue()),
                         success=self._choose, failure=self._refused)

    def _choose(self, found: tuple[list[Queue], str]) -> None:
        queues, default = found
        if not queues:
            self._set_busy(False)
            self.said.emit(no_printer_words(), "error")
            self.not_printed.emit(True)
            return
        self.said.emit("", "hint")
        self.choices_dialog = PrintChoicesDialog(queues, default, self._page_count, self.window)
        self.choices_dialog.accepted.connect(self._chosen)
        self.choices_dialog.rejected.connect(lambda: self._set_busy(False))
        self.choices_dialog.open()

    def _chosen(self) -> None:
        dialog = self.choices_dialog
        assert dialog is not None
        choices = dialog.choices()
        queue = dialog.chosen_queue()
        self.choices_dialog = None
        dialog.deleteLater()
        self.submit(choices, printer_name(queue, choices.queue))

    # ------------------------------------------------------------------ sending

    def submit(self, choices: PrintChoices, printer: str) -> None:
        """Send the summary with ``choices``; what happens is said as it happens."""
        try:
            choices.check(self._page_count)
        except PrintSystemError as refused:
            self._refused(refused, printer)
            return
        pages = choices.page_count(self._page_count) * choices.copies
        self.said.emit(translate("PrintWords", "Sending the summary to %1…").replace("%1", printer), "hint")
        client, pdf, title = self.client, self._pdf, self._title
        self.runner.call(lambda: client.submit(pdf, choices, title),
                         success=lambda job_id: self._sent(
                             ActiveJob(choices.queue, printer, job_id, pages)),
                         failure=lambda error: self._refused(error, printer))

    def _sent(self, job: ActiveJob) -> None:
        self.job = job
        self._set_busy(True)  # now with a job that can be cancelled
        self.said.emit(translate("PrintWords", "Sent to %1. Waiting to hear from the printer…").replace(
            "%1", job.printer), "hint")
        self._asking = False
        self._follow()
        self.timer.start()

    def _refused(self, error: BaseException, printer: str = "") -> None:
        self._set_busy(False)
        self.said.emit(error_words(error, printer), "error")
        self.not_printed.emit(isinstance(error, PrintSystemUnreachable))

    # ------------------------------------------------------------------ following

    def _follow(self) -> None:
        job = self.job
        if job is None or self._asking:
            return
        self._asking = True
        client = self.client
        self.runner.call(lambda: check(client, job.queue, job.job_id),
                         success=lambda report: self._heard(job, report),
                         failure=lambda error: self._not_heard(job, error))

    def _heard(self, job: ActiveJob, report: PrintReport) -> None:
        self._asking = False
        if job is not self.job:
            return
        job.last = report
        words = report_words(report, job.printer, job.pages)
        if not report.progress.finished:
            self.said.emit(words, "error" if report.stuck else "hint")
            return
        self.timer.stop()
        printed = report.progress is Progress.PRINTED
        client, job_id = self.client, job.job_id
        # Printed or not, the print system is asked to drop its copy now.
        self.runner.call(lambda: client.forget(job_id),
                         success=lambda gone: self._over(words, printed, gone),
                         failure=lambda _error: self._over(words, printed, False))

    def _not_heard(self, job: ActiveJob, error: BaseException) -> None:
        self._asking = False
        if job is not self.job:
            return
        self.said.emit(translate("PrintWords", "The print system stopped answering, so it is not known whether the "
                          "summary will print (%1). Check the printer before you hand anything "
                          "over.").replace("%1", str(error)), "error")

    def _over(self, words: str, printed: bool, gone: bool) -> None:
        self.job = None
        self._set_busy(False)
        if not gone:
            words += " " + translate("PrintWords", "The print system still holds a copy of this print job; it "
                              "removes it itself later (often after a day).")
        self.said.emit(words, "hint" if printed else "error")
        if printed:
            self.printed.emit()
        else:
            self.not_printed.emit(False)

    # ------------------------------------------------------------------ stopping

    def cancel(self) -> None:
        """Cancel the job (it will not print) and make the print system drop it."""
        job = self.job
        if job is None:
            return
        self.timer.stop()
        self.job = None
        client = self.client
        words = translate("PrintWords", "Cancelled: the summary will not print.")
        self.runner.call(lambda: client.forget(job.job_id),
                         success=lambda gone: self._over(words, False, gone),
                         failure=lambda _error: self._over(words, False, False))

    def close(self) -> None:
        """Stop following (the window is closing); waits for a request already sent."""
        self.timer.stop()
        self.runner.shutdown()

    def cancel_and_wait(self, timeout: float = 15.0) -> bool:
        """Cancel the job now and wait for the print system's answer (closing the window).
        True when the print system dropped it."""
        job = self.job
        if job is None:
            return True
        self.timer.stop()
        self.job = None
        client = self.client
        future = self.runner.call(lambda: client.forget(job.job_id))
        try:
            return bool(future.result(timeout))
        except Exception:
            return False
