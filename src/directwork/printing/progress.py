"""What a print job's state means for the practitioner: printed, printing, waiting, or stopped
and why (no paper, printer offline, queue not accepting...). The words themselves live in the
window that says them; this module only decides which case it is."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from directwork.printing.cups import CupsClient, Job, JobState, PrinterState, Queue, QueueMissing


class Progress(Enum):
    PRINTED = "printed"  # every page went to the printer
    PRINTING = "printing"
    WAITING = "waiting"  # in the queue, for the printer or behind other jobs
    STOPPED = "stopped"  # the printer or its queue stopped: see the hitches
    HELD = "held"  # held in the queue until someone releases it
    CANCELLED = "cancelled"
    FAILED = "failed"  # the print system gave up on it
    GONE = "gone"  # the print system no longer knows the job or its printer

    @property
    def finished(self) -> bool:
        return self in (Progress.PRINTED, Progress.CANCELLED, Progress.FAILED, Progress.GONE)


class Hitch(Enum):
    """Why a printer is not printing, as far as it says."""

    NO_PAPER = "no-paper"
    PAPER_JAM = "paper-jam"
    OFFLINE = "offline"
    DOOR_OPEN = "door-open"
    NO_INK = "no-ink"
    NOT_ACCEPTING = "not-accepting"
    PAUSED = "paused"  # stopped on this computer (its queue was disabled)
    OTHER = "other"


# printer-state-reasons keywords (RFC 8011 and PWG 5100.9), without their -error, -warning
# or -report ending. Printers and CUPS backends report "offline" as a mere report.
_HITCHES = {
    "media-empty": Hitch.NO_PAPER, "media-needed": Hitch.NO_PAPER,
    "input-tray-missing": Hitch.NO_PAPER,
    "media-jam": Hitch.PAPER_JAM,
    "offline": Hitch.OFFLINE, "connecting-to-device": Hitch.OFFLINE,
    "timed-out": Hitch.OFFLINE, "shutdown": Hitch.OFFLINE,
    "door-open": Hitch.DOOR_OPEN, "cover-open": Hitch.DOOR_OPEN,
    "interlock-open": Hitch.DOOR_OPEN,
    "toner-empty": Hitch.NO_INK, "marker-supply-empty": Hitch.NO_INK,
    "paused": Hitch.PAUSED, "moving-to-paused": Hitch.PAUSED,
}


def _keyword(reason: str) -> tuple[str, str]:
    for ending in ("-error", "-warning", "-report"):
        if reason.endswith(ending):
            return reason.removesuffix(ending), ending
    return reason, ""


def hitches(queue: Queue) -> tuple[Hitch, ...]:
    """Why ``queue`` would not print now, most telling first (empty when nothing is wrong)."""
    found: list[Hitch] = []
    for reason in queue.reasons:
        keyword, ending = _keyword(reason)
        hitch = _HITCHES.get(keyword)
        if hitch is None and ending == "-error":
            hitch = Hitch.OTHER
        if hitch is not None and hitch not in found:
            found.append(hitch)
    if not queue.accepting:
        found.insert(0, Hitch.NOT_ACCEPTING)
    if queue.state is PrinterState.STOPPED and not found:
        found.append(Hitch.PAUSED)
    # "Paused" only says the queue stopped; a printer's own reason says why.
    if len(found) > 1 and Hitch.PAUSED in found:
        found.remove(Hitch.PAUSED)
    return tuple(found)


@dataclass(frozen=True)
class PrintReport:
    """Where a job is, and why when it is stuck."""

    progress: Progress
    hitches: tuple[Hitch, ...] = ()
    said: str = ""  # the printer's own message, shown as it is

    @property
    def stuck(self) -> bool:
        return self.progress in (Progress.STOPPED, Progress.HELD)


def report(job: Job | None, queue: Queue | None) -> PrintReport:
    """Read ``job`` (None: the print system no longer knows it) against its printer's state
    (None: the printer is no longer set up)."""
    if job is None:
        return PrintReport(Progress.GONE)
    said = job.message or (queue.message if queue is not None else "")
    if job.state is JobState.COMPLETED:
        return PrintReport(Progress.PRINTED)
    if job.state is JobState.CANCELED:
        return PrintReport(Progress.CANCELLED, said=said)
    if job.state is JobState.ABORTED:
        return PrintReport(Progress.FAILED, said=said)
    if queue is None:
        return PrintReport(Progress.GONE)
    why = hitches(queue)
    # A queue that refuses new jobs still prints those it took: not a hitch for this one.
    stops = tuple(h for h in why if h is not Hitch.NOT_ACCEPTING)
    if job.state is JobState.HELD:
        return PrintReport(Progress.HELD, stops, said)
    if job.state is JobState.STOPPED or queue.state is PrinterState.STOPPED:
        return PrintReport(Progress.STOPPED, stops or (Hitch.PAUSED,), said)
    if job.state is JobState.PROCESSING:
        if stops:  # e.g. the printer ran out of paper mid-job: CUPS keeps it "processing"
            return PrintReport(Progress.STOPPED, stops, said)
        return PrintReport(Progress.PRINTING)
    return PrintReport(Progress.WAITING, stops, said)


def check(client: CupsClient, queue: str, job_id: int) -> PrintReport:
    """Ask the print system how job ``job_id`` on printer ``queue`` is doing now. Raises
    PrintSystemUnreachable when the print system stops answering."""
    try:
        job: Job | None = client.job(job_id)
    except QueueMissing:
        job = None
    try:
        printer: Queue | None = client.queue(queue)
    except QueueMissing:
        printer = None
    return report(job, printer)
