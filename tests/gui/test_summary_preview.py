"""The summary preview: shown from memory (never a temporary file), saved only where the
practitioner chooses, printed page by page, and each summary given recorded in the case."""

from __future__ import annotations

import stat
import tempfile
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDialog, QFileDialog, QLineEdit, QWidget

from directwork.domain.catalogue import text
from directwork.domain.records import SummaryAudience, SummaryGiven, SummaryLanguage
from directwork.gui.common.worker import VaultWorker
from directwork.gui.summary.preview import SummaryPreview
from directwork.store import records
from tests.reports.markers import OF_CONCERN, PRACTITIONER_NOTE, pdf_text, seed_marker_case


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
    qtbot.waitUntil(lambda: len(given(vault, child_id)) == 1, timeout=10_000)
    # Then the PDF is where the practitioner chose (".pdf" added), readable by them only
    saved = target.with_name("for-agencies.pdf")
    assert saved.read_bytes() == preview.pdf and saved.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert "not be encrypted" in asked[0] and "not encrypted" in preview.status.text()
    # ... and the case records what was given, to whom, when, in which language
    record = given(vault, child_id)[0]
    assert record.audience is SummaryAudience.AGENCY
    assert record.language is SummaryLanguage.EN
    assert record.given_to == "Ffion Evans, children's social care"
    assert record.given_at is not None and record.plan_id


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


def test_print_puts_every_page_on_the_printer_and_records_it(qtbot, worker, vault, child_id,
                                                             tmp_path, monkeypatch) -> None:
    preview = open_preview(qtbot, worker, child_id)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.printer = printer
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    preview.print_button.click()
    # The child's copy is checked line by line before it is printed.
    check = preview.check_dialog
    assert check is not None and check.isVisible() and not check.give_button.isEnabled()
    for row in range(check.table.rowCount()):
        check.tick(row)
    check.give_button.click()
    qtbot.waitUntil(lambda: len(given(vault, child_id)) == 1, timeout=10_000)
    printed = QPdfDocument()
    printed.load(str(tmp_path / "printed.pdf"))
    assert printed.pageCount() == preview.document.pageCount()
    assert given(vault, child_id)[0].audience is SummaryAudience.CHILD


def test_every_control_has_an_accessible_name(qtbot, worker, child_id) -> None:
    preview = open_preview(qtbot, worker, child_id)
    for widget in preview.findChildren(QWidget):
        if isinstance(widget, QAbstractButton | QComboBox | QLineEdit) and widget.isVisibleTo(
                preview):
            assert widget.accessibleName(), widget
