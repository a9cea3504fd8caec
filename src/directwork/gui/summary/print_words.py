"""What the practitioner is told about a print: printed, waiting, or stopped and why, in plain
words (translated with Qt's tools, like the rest of the practitioner's interface)."""

from __future__ import annotations

from directwork.gui.common.retranslate import plural, translate
from directwork.printing.cups import (
    PrinterState,
    PrintSystemError,
    PrintSystemUnreachable,
    Queue,
    QueueMissing,
    QueueRefusing,
)
from directwork.printing.progress import Hitch, PrintReport, Progress, hitches


def hitch_words(hitch: Hitch) -> str:
    return {
        Hitch.NO_PAPER: translate("PrintWords", "it is out of paper"),
        Hitch.PAPER_JAM: translate("PrintWords", "paper is stuck in it"),
        Hitch.OFFLINE: translate("PrintWords", "it is switched off, or not connected"),
        Hitch.DOOR_OPEN: translate("PrintWords", "a door or cover on it is open"),
        Hitch.NO_INK: translate("PrintWords", "it is out of ink or toner"),
        Hitch.NOT_ACCEPTING: translate("PrintWords", "its queue is not accepting jobs"),
        Hitch.PAUSED: translate("PrintWords", "its queue was stopped on this computer"),
        Hitch.OTHER: translate("PrintWords", "it reports a problem"),
    }[hitch]


def why(found: tuple[Hitch, ...], said: str = "") -> str:
    """The reasons, joined: "it is out of paper" (plus the printer's own message)."""
    words = "; ".join(hitch_words(h) for h in found) or translate("PrintWords", "it did not say why")
    if said and said.lower() not in {"", "none"} and not any(
            said.endswith(ending) for ending in ("-error", "-report", "-warning")):
        words += " " + translate("PrintWords", "(the printer says: “%1”)").replace("%1", said)
    return words


def printer_name(queue: Queue | None, name: str) -> str:
    if queue is not None and queue.info and queue.info != queue.name:
        return queue.info
    return name


def queue_words(queue: Queue) -> str:
    """How a printer is now, for the list of printers."""
    found = hitches(queue)
    if not queue.takes_pdf:
        return translate("PrintWords", "This printer cannot print PDF documents: choose another.")
    if Hitch.NOT_ACCEPTING in found:
        return translate("PrintWords", "Not accepting jobs: %1. Choose another printer, or ask whoever looks after "
                  "it.").replace("%1", why(found, queue.message))
    if found and queue.state is PrinterState.STOPPED:
        return translate("PrintWords", "Stopped: %1. A summary sent now waits until this is put right.").replace(
            "%1", why(found, queue.message))
    if found:
        # Not stopped, but the printer's last word was a problem it may since have got over.
        return translate("PrintWords", "Ready, but it last reported that %1.").replace("%1", why(found, queue.message))
    if queue.state is PrinterState.PROCESSING:
        return translate("PrintWords", "Ready (printing something else now).")
    return translate("PrintWords", "Ready.")


def report_words(report: PrintReport, printer: str, pages: int) -> str:
    """Where the job is, as a sentence."""
    p = report.progress
    if p is Progress.PRINTED:
        return plural(translate("PrintWords", "Printed: %n page(s) went to %1. Collect them from the "
                         "printer."), pages).replace("%1", printer)
    if p is Progress.PRINTING:
        return translate("PrintWords", "Printing on %1…").replace("%1", printer)
    if p is Progress.WAITING:
        return translate("PrintWords", "Waiting: the summary is in the queue for %1 and prints when the printer is "
                  "free.").replace("%1", printer)
    if p is Progress.STOPPED:
        return translate("PrintWords", "Stopped: %1 is not printing because %2. The summary waits in its queue and "
                  "prints once this is put right; or cancel it (closing this window cancels "
                  "it too).").replace(
                      "%1", printer).replace("%2", why(report.hitches, report.said))
    if p is Progress.HELD:
        return translate("PrintWords", "Held: the print system is holding the summary for %1 (%2). Cancel it, or ask "
                  "whoever looks after the printer.").replace("%1", printer).replace(
                      "%2", why(report.hitches, report.said))
    if p is Progress.CANCELLED:
        return translate("PrintWords", "Not printed: the job was cancelled at the print system.")
    if p is Progress.FAILED:
        return translate("PrintWords", "Not printed: the print system gave up on it (%1).").replace(
            "%1", report.said or translate("PrintWords", "it did not say why"))
    return translate("PrintWords", "Not printed: %1 is no longer set up, or the print system lost the job.").replace(
        "%1", printer)


def error_words(error: BaseException, printer: str) -> str:
    """Why nothing was printed, when the print system refused or could not be reached."""
    if isinstance(error, PrintSystemUnreachable):
        return translate("PrintWords", "No printer can be reached: the print system on this laptop is not running "
                  "or not answering. Nothing was printed. You can save the summary as a PDF "
                  "instead (it will not be encrypted).")
    if isinstance(error, QueueRefusing):
        return translate("PrintWords", "Not printed: %1 is not accepting jobs (its queue was set to refuse them). "
                  "Choose another printer, or save the summary as a PDF instead.").replace(
                      "%1", printer)
    if isinstance(error, QueueMissing):
        return translate("PrintWords", "Not printed: %1 is no longer set up on this laptop. Choose another printer, "
                  "or save the summary as a PDF instead.").replace("%1", printer)
    message = str(error) if isinstance(error, PrintSystemError) else (
        getattr(error, "strerror", None) or str(error))
    return translate("PrintWords", "Not printed: %1.").replace("%1", message)


def no_printer_words() -> str:
    return translate("PrintWords", "No printer is set up on this laptop, so nothing was printed. You can save the "
              "summary as a PDF instead (it will not be encrypted).")
