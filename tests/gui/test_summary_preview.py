"""The summary preview: shown from memory (never a temporary file), saved only where the
practitioner chooses, and each summary given recorded in the case once the practitioner says
so. Printing through CUPS is tested in test_summary_printing.py; here, the picture path used
where there is no CUPS."""

from __future__ import annotations

import stat
import tempfile
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDialog, QFileDialog, QLineEdit, QWidget

from directwork.domain.catalogue import text
from directwork.domain.records import (
    SummaryAudience,
    SummaryGiven,
    SummaryHandover,
    SummaryLanguage,
)
from directwork.gui.common.worker import VaultWorker
from directwork.gui.summary import preview as preview_module
from directwork.gui.summary.preview import SummaryPreview, print_pictures
from directwork.store import records
from tests.reports.markers import OF_CONCERN, PRACTITIONER_NOTE, pdf_text, seed_marker_case
from tests.support.disks import fill, small_tmpfs


@pytest.fixture
def child_id(vault) -> str:
    return seed_marker_case(vault)


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*")} if folder.exists() else set()


def shown(qtbot, preview: SummaryPreview) -> None:
    qtbot.waitUntil(lambda: preview.save_button.isEnabled(), timeout=20_000)


def open_preview(qtbot, worker: VaultWorker, child_id: str) -> SummaryPreview:
    preview = SummaryPreview(worker, child_id)
    qtbot.addWidget(preview)
    preview.show()
    shown(qtbot, preview)
    return preview


def given(vault, child_id: str) -> list[SummaryGiven]:
    with vault.session() as session:
        return records.list_entries(session, SummaryGiven, child_id)



def check_every_line(preview) -> None:
    """Tick every line of "Check before you give it" and give: what a practitioner does once
    they have read the lines."""
    check = preview.check_dialog
    assert check is not None and check.isVisible() and not check.give_button.isEnabled()
    for row in range(check.table.rowCount()):
        check.tick(row)
    check.give_button.click()

def test_preview_is_rendered_from_memory_without_writing_any_file(qtbot, worker, vault,
                                                                  child_id, tmp_path,
                                                                  monkeypatch) -> None:
    # Given an empty temporary folder that Python and Qt would both use
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    data_before = files_under(vault.root)
    # When the child's summary is previewed, then the carers' in Welsh
    preview = open_preview(qtbot, worker, child_id)
    # Then it is shown, in the language the family asked for (bilingual, Welsh first)
    assert preview.chosen_language is SummaryLanguage.BOTH
    assert preview.document.status() is QPdfDocument.Status.Ready
    assert preview.document.pageCount() >= 1
    assert not preview.document.render(0, preview.document.pagePointSize(0).toSize()).isNull()
    preview.audience.setCurrentIndex(preview.audience.findData(SummaryAudience.CARER.value))
    preview.language.setCurrentIndex(preview.language.findData(SummaryLanguage.CY.value))
    welsh_carers = text("carer.subtitle", "cy")
    qtbot.waitUntil(lambda: preview.save_button.isEnabled()
                    and welsh_carers in pdf_text(preview.pdf), timeout=20_000)
    # ... what it shows went through the redaction policy
    assert OF_CONCERN not in pdf_text(preview.pdf)
    # ... and no file was written: not in the temporary folder, not beside the vault
    assert files_under(temp) == set()
    assert files_under(vault.root) == data_before
    assert given(vault, child_id) == []


def test_save_as_pdf_writes_only_where_chosen_and_records_who_it_was_given_to(
        qtbot, worker, vault, child_id, tmp_path, monkeypatch) -> None:
    target = tmp_path / "chosen" / "for-agencies"
    target.parent.mkdir()
    asked: list[str] = []

    def choose(parent, caption, directory, filters):
        asked.append(caption)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    preview = open_preview(qtbot, worker, child_id)
    # The reminder that a saved PDF is not encrypted is always on screen beside the button
    assert "not encrypted" in preview.reminder.text() and preview.reminder.isVisible()
    preview.audience.setCurrentIndex(preview.audience.findData(SummaryAudience.AGENCY.value))
    preview.language.setCurrentIndex(preview.language.findData(SummaryLanguage.EN.value))
    qtbot.waitUntil(lambda: preview.save_button.isEnabled()
                    and PRACTITIONER_NOTE in pdf_text(preview.pdf), timeout=20_000)
    preview.given_to.setText("Ffion Evans, children's social care")
    preview.save_button.click()
    # Then the PDF is where the practitioner chose (".pdf" added), readable by them only
    saved = target.with_name("for-agencies.pdf")
    assert saved.read_bytes() == preview.pdf and saved.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert "not be encrypted" in asked[0] and "not encrypted" in preview.status.text()
    # ... and nothing is recorded until the practitioner says the file was given
    worker.wait_idle()
    assert given(vault, child_id) == []
    assert preview.handover_row.isVisible() and "Saved" in preview.handover_button.text()
    preview.handover_button.click()
    qtbot.waitUntil(lambda: len(given(vault, child_id)) == 1, timeout=10_000)
    # ... then the case records what was given, to whom, when, in which language, and how
    record = given(vault, child_id)[0]
    assert record.audience is SummaryAudience.AGENCY
    assert record.language is SummaryLanguage.EN
    assert record.how is SummaryHandover.SAVED
    assert record.given_to == "Ffion Evans, children's social care"
    assert record.given_at is not None and record.plan_id


def test_a_save_that_finds_the_disk_full_keeps_the_older_pdf_whole_and_says_so(
        qtbot, worker, vault, child_id, tmp_path, monkeypatch) -> None:
    # Given last month's summary on a memory stick that is now full
    with small_tmpfs(tmp_path / "stick") as stick:
        older = stick / "for-agencies.pdf"
        older.write_bytes(b"%PDF the summary given last month")
        fill(stick)
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *_args: (str(older), "PDF files (*.pdf)")))
        preview = open_preview(qtbot, worker, child_id)
        preview.audience.setCurrentIndex(preview.audience.findData(SummaryAudience.AGENCY.value))
        preview.language.setCurrentIndex(preview.language.findData(SummaryLanguage.EN.value))
        qtbot.waitUntil(lambda: preview.save_button.isEnabled()
                        and PRACTITIONER_NOTE in pdf_text(preview.pdf), timeout=20_000)
        preview.given_to.setText("Ffion Evans, children's social care")
        # When the new one is saved over it
        preview.save_button.click()
        # Then the practitioner is told it was not saved, the older file is whole, not cut
        # short by the new one, and nothing else is left on the stick
        assert "Not saved" in preview.status.text()
        assert older.read_bytes() == b"%PDF the summary given last month"
        assert sorted(p.name for p in stick.iterdir()) == ["filler", "for-agencies.pdf"]
        assert not preview.handover_row.isVisible()
        worker.wait_idle()
        assert given(vault, child_id) == []


def test_nothing_is_saved_or_recorded_without_saying_who_it_is_for(qtbot, worker, vault,
                                                                   child_id, tmp_path,
                                                                   monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(tmp_path / "x.pdf"), "")))
    preview = open_preview(qtbot, worker, child_id)
    preview.given_to.clear()
    preview.save_button.click()
    worker.wait_idle()
    assert not (tmp_path / "x.pdf").exists()
    assert given(vault, child_id) == []
    assert "given to" in preview.status.text()


@pytest.fixture
def no_cups(monkeypatch) -> None:
    """A system without CUPS (as on Windows): the window prints through Qt, in pictures."""
    monkeypatch.setattr(preview_module, "find_print_server", lambda: None)


def test_without_cups_or_any_printer_nothing_prints_and_save_is_offered(
        qtbot, worker, vault, child_id, no_cups, monkeypatch) -> None:
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    opened: list[QPrintDialog] = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: opened.append(self) or 0)
    preview = open_preview(qtbot, worker, child_id)
    preview.print_button.click()
    check_every_line(preview)
    assert "No printer is set up" in preview.status.text()
    assert preview.save_instead_button.isVisible()
    assert opened == []  # no print dialog, so no "print to file" either
    worker.wait_idle()
    assert given(vault, child_id) == []


def test_the_picture_path_refuses_to_print_to_a_file(qtbot, worker, vault, child_id,
                                                     tmp_path, no_cups, monkeypatch) -> None:
    monkeypatch.setattr(QPrinterInfo, "availablePrinters",
                        staticmethod(lambda: [QPrinterInfo()]))
    dialogs: list[QPrintDialog] = []

    def accept(self) -> QDialog.DialogCode:
        dialogs.append(self)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    preview = open_preview(qtbot, worker, child_id)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "quietly.pdf"))
    preview.printer = printer
    preview.print_button.click()
    # The child's copy is checked line by line before it goes to the printer
    check_every_line(preview)
    # The dialog offered the summary's pages, and no print to file
    [dialog] = dialogs
    assert (dialog.minPage(), dialog.maxPage()) == (1, preview.document.pageCount())
    assert not dialog.testOption(QPrintDialog.PrintDialogOption.PrintToFile)
    # A file printer chosen anyway is refused, in words, and nothing is written or recorded
    assert "printing to a file is not offered" in preview.status.text()
    assert not (tmp_path / "quietly.pdf").exists()
    worker.wait_idle()
    assert given(vault, child_id) == [] and not preview.handover_row.isVisible()


def test_the_picture_path_draws_exactly_the_pages_chosen(qtbot, worker, child_id,
                                                         tmp_path) -> None:
    preview = open_preview(qtbot, worker, child_id)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "pictures.pdf"))
    assert print_pictures(preview.document, printer, 2, 3) == 2
    printed = QPdfDocument()
    printed.load(str(tmp_path / "pictures.pdf"))
    assert printed.pageCount() == 2


def test_every_control_has_an_accessible_name(qtbot, worker, child_id) -> None:
    preview = open_preview(qtbot, worker, child_id)
    for widget in preview.findChildren(QWidget):
        if isinstance(widget, QAbstractButton | QComboBox | QLineEdit) and widget.isVisibleTo(
                preview):
            assert widget.accessibleName(), widget
