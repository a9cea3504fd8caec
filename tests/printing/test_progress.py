"""Reading a job's state against its printer's: which case the practitioner is told."""

from __future__ import annotations

import pytest

from directwork.printing.cups import Job, JobState, PrinterState, Queue
from directwork.printing.progress import Hitch, Progress, hitches, report

IDLE = Queue("office")
STOPPED = Queue("office", state=PrinterState.STOPPED, reasons=("paused",))


@pytest.mark.parametrize(("job", "queue", "progress", "why"), [
    (JobState.COMPLETED, IDLE, Progress.PRINTED, ()),
    (JobState.PENDING, IDLE, Progress.WAITING, ()),
    (JobState.PENDING, STOPPED, Progress.STOPPED, (Hitch.PAUSED,)),
    (JobState.PENDING, Queue("o", state=PrinterState.STOPPED,
                             reasons=("media-empty-error", "paused")),
     Progress.STOPPED, (Hitch.NO_PAPER,)),
    # A printer switched off mid-job: CUPS keeps the job "processing"
    (JobState.PROCESSING, Queue("o", state=PrinterState.PROCESSING,
                                reasons=("offline-report",)), Progress.STOPPED, (Hitch.OFFLINE,)),
    (JobState.PROCESSING, Queue("o", state=PrinterState.PROCESSING,
                                reasons=("media-low-warning",)), Progress.PRINTING, ()),
    # A queue that stopped taking new jobs still prints the ones it took
    (JobState.PENDING, Queue("o", accepting=False), Progress.WAITING, ()),
    (JobState.HELD, IDLE, Progress.HELD, ()),
    (JobState.CANCELED, IDLE, Progress.CANCELLED, ()),
    (JobState.ABORTED, IDLE, Progress.FAILED, ()),
    (JobState.PENDING, None, Progress.GONE, ()),
])
def test_each_job_state_is_read_as_the_practitioner_is_told_it(job, queue, progress, why) -> None:
    found = report(Job(1, job), queue)
    assert (found.progress, found.hitches) == (progress, why)


def test_a_job_the_print_system_no_longer_knows_is_gone() -> None:
    assert report(None, IDLE).progress is Progress.GONE


def test_a_printer_says_every_reason_it_gives_most_telling_first() -> None:
    queue = Queue("o", state=PrinterState.STOPPED, accepting=False,
                  reasons=("door-open-error", "toner-empty-warning", "paused", "frobbed-error",
                           "media-low-report"))
    assert hitches(queue) == (Hitch.NOT_ACCEPTING, Hitch.DOOR_OPEN, Hitch.NO_INK, Hitch.OTHER)
