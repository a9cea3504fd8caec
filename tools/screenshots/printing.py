"""Screenshots of printing a summary and of what the practitioner is told: the choice of
printer, printed (and the question whether the child has it), recorded as given, a printer out
of paper, a queue refusing jobs, and no print system at all. Drawn offscreen from the invented
sample case, printing to a private CUPS server (tests/support/cups.py) whose paper is a
folder. Called by ``python -m tools.screenshots``; skipped where CUPS is not installed."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tools.screenshots.shots import settle, shoot

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from directwork.gui.common.worker import VaultWorker
from directwork.gui.summary.preview import SummaryPreview
from tests.support.cups import CupsServer, missing
from tools.screenshots.coreview import _sample_vault

SIZE = (980, 860)


def _until(worker: VaultWorker, done: Callable[[], object], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise RuntimeError("screenshots: the print did not get where it was expected")
        settle(worker, 0.02)
    settle(worker, 0.2)


def _preview(worker: VaultWorker, child_id: str) -> SummaryPreview:
    preview = SummaryPreview(worker, child_id)
    preview.resize(*SIZE)
    preview.show()
    _until(worker, preview.print_button.isEnabled)
    return preview


def _press_print(worker: VaultWorker, preview: SummaryPreview) -> None:
    """Print…, ticking "Check before you give it" as the practitioner would (it has its own
    screenshot) when it asks first."""
    preview.print_button.click()
    settle(worker, 0.02)
    check = preview.check_dialog
    if check is not None:
        for row in check.unticked():
            check.tick(row)
        _until(worker, check.give_button.isEnabled)
        check.give_button.click()
        settle(worker, 0.02)


def _print(worker: VaultWorker, preview: SummaryPreview, queue: str,
           until: Callable[[], object]) -> None:
    _press_print(worker, preview)
    _until(worker, lambda: preview.printing is not None
           and preview.printing.choices_dialog is not None)
    assert preview.printing is not None and preview.printing.choices_dialog is not None
    dialog = preview.printing.choices_dialog
    dialog.printer.setCurrentIndex(dialog.printer.findData(queue))
    dialog.print_button.click()
    _until(worker, until)


def shoot_printing(out: Path) -> list[Path]:
    reason = missing()
    if reason:
        print(f"screenshots: printing skipped: {reason}")
        return []
    shots: list[Path] = []
    server = CupsServer()
    try:
        server.start()
        os.environ["CUPS_SERVER"] = server.socket
        office = server.add_queue("team-room")
        server.admin("lpadmin", "-p", office, "-D", "Team room printer", "-L", "First floor")
        portable = server.add_queue("portable")
        server.admin("lpadmin", "-p", portable, "-D", "Portable printer", "-L", "In the car")
        with tempfile.TemporaryDirectory(prefix="dw-print-shots-") as tmp:
            vault, child_id = _sample_vault(Path(tmp) / "vault")
            worker = VaultWorker(vault)

            # The printer out of paper, as the choice of printers shows it
            server.fault(portable, "media-empty-error")
            preview = _preview(worker, child_id)
            _print(worker, preview, portable, lambda: "out of paper" in preview.status.text())
            shots.append(shoot(preview, out / "print-stopped-no-paper.png"))
            preview.printing.cancel()  # type: ignore[union-attr]
            _until(worker, lambda: preview.status.text().startswith("Cancelled"))
            _press_print(worker, preview)
            _until(worker, lambda: preview.printing.choices_dialog is not None)  # type: ignore[union-attr]
            dialog = preview.printing.choices_dialog  # type: ignore[union-attr]
            dialog.printer.setCurrentIndex(dialog.printer.findData(portable))
            dialog.some_pages.setChecked(True)
            dialog.first_page.setValue(2)
            settle(worker, 0.2)
            shots.append(shoot(dialog, out / "print-choose-printer.png"))
            dialog.reject()
            preview.close()
            server.fault(portable, None)
            server.enable(portable)

            # Printed: the practitioner is asked to say when the child has it, then it is kept
            preview = _preview(worker, child_id)
            _print(worker, preview, office, lambda: preview.handover_row.isVisible())
            shots.append(shoot(preview, out / "print-printed-ask-handover.png"))
            preview.handover_button.click()
            _until(worker, lambda: "Recorded as given" in preview.status.text())
            shots.append(shoot(preview, out / "print-recorded-as-given.png"))
            preview.close()

            # A queue refusing jobs (it was set to while the choice was open)
            preview = _preview(worker, child_id)
            _press_print(worker, preview)
            _until(worker, lambda: preview.printing.choices_dialog is not None)  # type: ignore[union-attr]
            dialog = preview.printing.choices_dialog  # type: ignore[union-attr]
            dialog.printer.setCurrentIndex(dialog.printer.findData(office))
            server.reject(office)
            dialog.print_button.click()
            _until(worker, lambda: "not accepting" in preview.status.text())
            shots.append(shoot(preview, out / "print-queue-not-accepting.png"))
            preview.close()

            # No print system answering at all
            server.stop()
            preview = _preview(worker, child_id)
            _press_print(worker, preview)
            _until(worker, lambda: "No printer can be reached" in preview.status.text())
            shots.append(shoot(preview, out / "print-no-printer.png"))
            preview.close()
            settle(worker)
            worker.wait_idle()
            worker.shutdown()
            vault.lock()
    finally:
        os.environ.pop("CUPS_SERVER", None)
        server.close()
    app = QApplication.instance()
    if app is not None:
        app.processEvents()
    return shots


if __name__ == "__main__":
    import sys

    from PySide6.QtGui import QFont

    from directwork.gui.shell import theme
    from directwork.gui.shell.app import application

    # On its own, look as the app looks: its stylesheet and usual text size.
    qapp = application()
    font = QFont(qapp.font())
    font.setPointSizeF(theme.BASE_POINT_SIZE)
    qapp.setFont(font)
    qapp.setStyleSheet(theme.stylesheet(False))
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    target.mkdir(parents=True, exist_ok=True)
    shoot_printing(target)
