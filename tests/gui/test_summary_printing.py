"""Printing a summary from its window through a real CUPS server (tests/support/cups.py): the
PDF itself reaches the printer with the choices made in the window, the practitioner is told
in words how the print goes, a summary is recorded as given only when they say the child or
carer has it, and nothing of the document is left behind on the laptop."""

from __future__ import annotations

import io
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from directwork.domain.records import SummaryGiven, SummaryHandover
from directwork.gui.common.worker import VaultWorker
from directwork.gui.record.child_record import ChildRecordPage
from directwork.gui.summary.preview import SummaryPreview
from directwork.gui.summary.print_dialog import PrintChoicesDialog
from directwork.store import records
from tests.gui.test_check_before_giving import tick_all_and_give
from tests.reports.markers import SHARED_WORDS, seed_marker_case
from tests.support.cups import CupsServer, own_server

pytestmark = pytest.mark.cups
A4_POINTS = (595, 842)
WAIT = 60_000


@pytest.fixture
def worker(qapp, vault) -> Iterator[VaultWorker]:
    w = VaultWorker(vault)
    yield w
    w.wait_idle()
    w.shutdown()


@pytest.fixture
def child_id(vault) -> str:
    return seed_marker_case(vault)


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temporary folder Python and Qt use during the test: it must stay empty."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return temp


def open_preview(qtbot, worker: VaultWorker, child_id: str) -> SummaryPreview:
    preview = SummaryPreview(worker, child_id)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: preview.print_button.isEnabled(), timeout=20_000)
    return preview


def given(vault, child_id: str) -> list[SummaryGiven]:
    with vault.session() as session:
        return records.list_entries(session, SummaryGiven, child_id)


def press_print(qtbot, preview: SummaryPreview) -> None:
    """Print…, and the check a child's or carers' copy goes through first."""
    preview.print_button.click()
    if preview.check_dialog is not None:
        tick_all_and_give(qtbot, preview.check_dialog)


def choose(qtbot, preview: SummaryPreview) -> PrintChoicesDialog:
    """Press Print and wait for the printers to be listed."""
    press_print(qtbot, preview)
    qtbot.waitUntil(lambda: preview.printing is not None
                    and preview.printing.choices_dialog is not None
                    and preview.printing.choices_dialog.isVisible(), timeout=WAIT)
    assert preview.printing is not None and preview.printing.choices_dialog is not None
    return preview.printing.choices_dialog


def said(preview: SummaryPreview) -> str:
    return preview.status.text()


def page_words(pdf: bytes) -> list[list[str]]:
    return [page.extract_text().split() for page in PdfReader(io.BytesIO(pdf)).pages]


def only_job(cups: CupsServer, queue: str) -> bytes:
    [paper] = cups.printed(queue).values()
    return paper


def no_document_left(cups: CupsServer, *folders: Path) -> None:
    """No job file in the print spool, and no file anywhere looked at holding a PDF or the
    summary's words."""
    files = cups.spool_files() + [p for f in folders for p in f.rglob("*") if p.is_file()]
    assert not [p for p in cups.spool_files() if p.name.startswith(("c0", "d0"))]
    for path in files:
        data = path.read_bytes()
        assert b"%PDF" not in data and SHARED_WORDS.encode() not in data, path
        assert not data.startswith((b"\x89PNG", b"RaS2", b"RaS3", b"P6\n")), path


def test_the_summary_pdf_is_printed_followed_and_recorded_only_once_handed_over(
        qtbot, worker, vault, child_id, cups_server, print_queue, temp_dir) -> None:
    record = ChildRecordPage(worker)
    qtbot.addWidget(record)
    record.open_child(child_id)
    qtbot.waitUntil(lambda: record.data is not None, timeout=WAIT)
    history_rows = record.history_model.rowCount()
    preview = open_preview(qtbot, worker, child_id)
    # When the practitioner prints with what the dialog offers: the printer, A4, one copy
    dialog = choose(qtbot, preview)
    assert dialog.printer.currentData() == print_queue
    assert "Ready" in dialog.printer_state.text()
    assert dialog.paper.currentText() == "A4"  # though the printer's own default is Letter
    dialog.print_button.click()
    qtbot.waitUntil(lambda: said(preview).startswith("Printed"), timeout=WAIT)
    # Then they are told, in words, that it printed, and how many pages
    pages = preview.document.pageCount()
    assert f"{pages} page" in said(preview)
    # ... the printer received the summary's own PDF: the same words, in real text, on A4
    paper = only_job(cups_server, print_queue)
    assert page_words(paper) == page_words(preview.pdf)
    assert {(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            for p in PdfReader(io.BytesIO(paper)).pages} == {A4_POINTS}
    # ... nothing is recorded yet: the practitioner is asked to say when the child has it
    assert given(vault, child_id) == []
    assert preview.handover_row.isVisible()
    assert "Rhys" in preview.handover_question.text()
    # ... and no copy is left: not in the print spool, not in the temporary folder
    cups_server.take_paper(print_queue)
    no_document_left(cups_server, temp_dir)
    assert list(temp_dir.iterdir()) == []
    # When they say it was handed over
    preview.handover_button.click()
    qtbot.waitUntil(lambda: len(given(vault, child_id)) == 1, timeout=WAIT)
    [entry] = given(vault, child_id)
    assert entry.how is SummaryHandover.PRINTED and entry.given_to == "Rhys"
    assert entry.given_at is not None
    qtbot.waitUntil(lambda: "Recorded as given to Rhys" in said(preview), timeout=WAIT)
    # ... and the open record's History shows it without being opened again
    qtbot.waitUntil(lambda: record.history_model.rowCount() > history_rows, timeout=WAIT)
    assert any(e.kind == "summary_given" for e in record.data.events)


def test_the_pages_from_boxes_print_exactly_those_pages(
        qtbot, worker, vault, child_id, cups_server, print_queue) -> None:
    preview = open_preview(qtbot, worker, child_id)
    total = preview.document.pageCount()
    assert total >= 3
    dialog = choose(qtbot, preview)
    # The boxes run from 1 to the summary's last page, and can be typed in
    assert (dialog.first_page.maximum(), dialog.last_page.maximum()) == (total, total)
    dialog.some_pages.click()
    assert dialog.first_page.isEnabled()
    for box, value in ((dialog.first_page, "2"), (dialog.last_page, "3")):
        box.selectAll()
        qtbot.keyClicks(box, value)
        qtbot.keyClick(box, Qt.Key.Key_Tab)
    dialog.copies.setValue(2)
    assert dialog.choices().pages == (2, 3) and dialog.choices().copies == 2
    dialog.print_button.click()
    qtbot.waitUntil(lambda: said(preview).startswith("Printed"), timeout=WAIT)
    assert "4 page" in said(preview)
    want = page_words(preview.pdf)
    assert page_words(only_job(cups_server, print_queue)) == [want[1], want[2]] * 2
    assert given(vault, child_id) == []


def test_a_queue_that_stopped_taking_jobs_says_so_and_records_nothing(
        qtbot, worker, vault, child_id, cups_server, print_queue) -> None:
    preview = open_preview(qtbot, worker, child_id)
    dialog = choose(qtbot, preview)
    cups_server.reject(print_queue)  # while the dialog is open
    dialog.print_button.click()
    qtbot.waitUntil(lambda: "not accepting jobs" in said(preview), timeout=WAIT)
    assert said(preview).startswith("Not printed")
    assert preview.save_instead_button.isVisible()
    assert not preview.handover_row.isVisible()
    assert cups_server.printed(print_queue) == {}
    assert given(vault, child_id) == []
    # Printing again: the dialog shows the printer refusing, and will not send to it
    dialog = choose(qtbot, preview)
    assert "Not accepting jobs" in dialog.printer_state.text()
    assert not dialog.print_button.isEnabled()
    dialog.reject()


def test_a_printer_removed_while_choosing_says_so_and_records_nothing(
        qtbot, worker, vault, child_id, cups_server, print_queue) -> None:
    preview = open_preview(qtbot, worker, child_id)
    dialog = choose(qtbot, preview)
    cups_server.remove_queue(print_queue)
    dialog.print_button.click()
    qtbot.waitUntil(lambda: "no longer set up" in said(preview), timeout=WAIT)
    assert said(preview).startswith("Not printed")
    assert preview.save_instead_button.isVisible()
    assert given(vault, child_id) == []


def test_a_stopped_print_server_says_no_printer_and_offers_save_with_its_warning(
        qtbot, worker, vault, child_id, tmp_path, monkeypatch) -> None:
    server = own_server()
    try:
        monkeypatch.setenv("CUPS_SERVER", server.socket)
        server.add_queue()
        server.stop()
        target = tmp_path / "chosen" / "summary.pdf"
        target.parent.mkdir()
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a: (str(target), "")))
        preview = open_preview(qtbot, worker, child_id)
        press_print(qtbot, preview)
        qtbot.waitUntil(lambda: "No printer can be reached" in said(preview), timeout=WAIT)
        assert "Nothing was printed" in said(preview)
        assert preview.save_instead_button.isVisible()
        assert given(vault, child_id) == []
        # Nothing was quietly written anywhere instead
        assert not target.exists()
        # Save as PDF instead: written where chosen, readable by the practitioner only, with
        # the warning; still not recorded until they say it was given
        preview.save_instead_button.click()
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert "not encrypted" in said(preview)
        assert given(vault, child_id) == []
        preview.handover_button.click()
        qtbot.waitUntil(lambda: len(given(vault, child_id)) == 1, timeout=WAIT)
        assert given(vault, child_id)[0].how is SummaryHandover.SAVED
    finally:
        server.close()


def test_a_print_server_with_no_printers_says_so(qtbot, worker, vault, child_id,
                                                 monkeypatch) -> None:
    server = own_server()
    try:
        monkeypatch.setenv("CUPS_SERVER", server.socket)
        preview = open_preview(qtbot, worker, child_id)
        press_print(qtbot, preview)
        qtbot.waitUntil(lambda: "No printer is set up" in said(preview), timeout=WAIT)
        assert preview.save_instead_button.isVisible()
        assert given(vault, child_id) == []
    finally:
        server.close()


def test_a_printer_out_of_paper_is_reported_and_the_print_can_be_cancelled(
        qtbot, worker, vault, child_id, cups_server, print_queue, temp_dir) -> None:
    cups_server.fault(print_queue, "media-empty-error")
    preview = open_preview(qtbot, worker, child_id)
    choose(qtbot, preview).print_button.click()
    qtbot.waitUntil(lambda: said(preview).startswith("Stopped"), timeout=WAIT)
    assert "out of paper" in said(preview)
    assert preview.cancel_print_button.isVisible()
    assert not preview.handover_row.isVisible()
    preview.cancel_print_button.click()
    qtbot.waitUntil(lambda: said(preview).startswith("Cancelled"), timeout=WAIT)
    assert cups_server.printed(print_queue) == {}
    assert given(vault, child_id) == []
    no_document_left(cups_server, temp_dir)


def test_closing_the_window_cancels_a_print_still_waiting(
        qtbot, worker, vault, child_id, cups_server, print_queue) -> None:
    cups_server.disable(print_queue)
    preview = open_preview(qtbot, worker, child_id)
    choose(qtbot, preview).print_button.click()
    qtbot.waitUntil(lambda: "Stopped by the office" in said(preview), timeout=WAIT)
    assert "stopped on this computer" in said(preview)
    preview.close()
    # The waiting job is gone from the print system with its file: it will not print later
    cups_server.enable(print_queue)
    assert not [p for p in cups_server.spool_files() if p.name.startswith(("c0", "d0"))]
    assert cups_server.printed(print_queue) == {}
    assert given(vault, child_id) == []
