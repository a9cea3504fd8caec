"""Printing a summary through CUPS: the summary's own PDF, beside the old picture path (each
page drawn as a 300 ppi image, as Qt prints it) sent through the same private print server in
the same run. Figures: bytes sent to the print system, and seconds from sending to printed.
Needs CUPS (tests/support/cups.py starts its own server); skipped without it."""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from directwork.domain.records import SummaryAudience, SummaryLanguage
from directwork.printing.cups import CupsClient, PrintChoices, PrintServer
from directwork.printing.progress import Progress, check
from directwork.reports import build_summary
from tests.support.cups import CupsServer, missing
from tools.sample_case import sample_case

RUNS = 3


def _pictures(pdf: bytes) -> bytes:
    """The same summary as the picture path makes it: every page an image, through QPrinter."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from directwork.gui.summary.preview import print_pictures

    _app = QApplication.instance() or QApplication([])
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    folder = Path(tempfile.mkdtemp(prefix="dw-print-bench-"))  # 0700, removed below
    try:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(folder / "pictures.pdf"))
        print_pictures(document, printer)
        return (folder / "pictures.pdf").read_bytes()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _print_seconds(client: CupsClient, queue: str, pdf: bytes) -> float:
    started = time.perf_counter()
    job_id = client.submit(pdf, PrintChoices(queue), "bench")
    deadline = started + 120
    while check(client, queue, job_id).progress is not Progress.PRINTED:
        if time.perf_counter() > deadline:
            raise RuntimeError("the job did not print within two minutes")
        time.sleep(0.02)
    took = time.perf_counter() - started
    client.forget(job_id)
    return took


def main() -> None:
    reason = missing()
    if reason:
        print(f"print_bench skipped: {reason}")
        return
    case = sample_case()
    pdf = build_summary(case, SummaryAudience.CHILD, SummaryLanguage.BOTH,
                        today=date(2026, 3, 4))
    pictures = _pictures(pdf)
    server = CupsServer()
    try:
        server.start()
        queue = server.add_queue("bench")
        client = CupsClient(PrintServer(socket_path=server.socket))
        _print_seconds(client, queue, pdf)  # warm the filters' caches
        timings = {}
        for name, document in (("summary PDF", pdf), ("pictures", pictures)):
            runs = [_print_seconds(client, queue, document) for _ in range(RUNS)]
            timings[name] = statistics.median(runs)
            server.take_paper(queue)
    finally:
        server.close()
    print(f"child's summary, Welsh and English; median of {RUNS} prints to a private CUPS server")
    print(f"{'sent':<14}{'bytes':>12}{'to printed s':>14}")
    print(f"{'summary PDF':<14}{len(pdf):>12,}{timings['summary PDF']:>14.3f}")
    print(f"{'pictures':<14}{len(pictures):>12,}{timings['pictures']:>14.3f}  (baseline: the "
          "old picture path)")
    print(f"the PDF is {len(pictures) / len(pdf):.0f}x smaller and prints "
          f"{timings['pictures'] / timings['summary PDF']:.1f}x faster than the pictures")


if __name__ == "__main__":
    main()
