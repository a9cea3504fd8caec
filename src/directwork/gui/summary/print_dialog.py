"""Choosing how to print a summary: which printer (as the print system lists them, with how
each one is now), how many copies, which pages, which paper (A4 unless chosen otherwise).

Every choice here is sent with the job and honoured by the print system; there is no "print
to file": saving a PDF is the Save button's job, with its warning.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from directwork.gui.common.a11y import named
from directwork.gui.common.retranslate import plural
from directwork.gui.summary.print_words import queue_words
from directwork.printing.cups import (
    A4,
    MAX_COPIES,
    PAPER_NAMES,
    PrintChoices,
    PrinterState,
    Queue,
)
from directwork.printing.progress import hitches


class PrintChoicesDialog(QDialog):
    """Printer, copies, pages and paper for one print of a summary of ``page_count`` pages."""

    def __init__(self, queues: list[Queue], default_queue: str, page_count: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.queues = queues
        self.page_count = max(page_count, 1)
        self.setWindowTitle(self.tr("Print the summary"))
        layout = QVBoxLayout(self)
        form = QFormLayout()

        self.printer = named(QComboBox(), self.tr("Printer"))
        for queue in queues:
            label = queue.info if queue.info and queue.info != queue.name else queue.name
            if queue.location:
                label = f"{label} ({queue.location})"
            self.printer.addItem(label, queue.name)
        self.printer_state = QLabel()
        self.printer_state.setWordWrap(True)
        form.addRow(self.tr("P&rinter:"), self.printer)
        form.addRow("", self.printer_state)

        self.copies = named(QSpinBox(), self.tr("Number of copies"))
        self.copies.setRange(1, MAX_COPIES)
        form.addRow(self.tr("&Copies:"), self.copies)

        pages = QHBoxLayout()
        self.all_pages = named(QRadioButton(plural(
            self.tr("A&ll %n page(s)", "", self.page_count), self.page_count)),
                               self.tr("Print all pages"))
        self.some_pages = named(QRadioButton(self.tr("Pages &from")),
                                self.tr("Print only some pages"))
        self.first_page = named(QSpinBox(), self.tr("First page to print"))
        self.last_page = named(QSpinBox(), self.tr("Last page to print"))
        for box in (self.first_page, self.last_page):
            box.setRange(1, self.page_count)
        self.last_page.setValue(self.page_count)
        self.first_page.valueChanged.connect(self._first_changed)
        self.last_page.valueChanged.connect(self._last_changed)
        self.first_page.editingFinished.connect(lambda: self.some_pages.setChecked(True))
        self.pages_group = QButtonGroup(self)
        self.pages_group.addButton(self.all_pages)
        self.pages_group.addButton(self.some_pages)
        self.all_pages.setChecked(True)
        self.pages_group.buttonToggled.connect(lambda *_: self._pages_toggled())
        pages.addWidget(self.all_pages)
        pages.addWidget(self.some_pages)
        pages.addWidget(self.first_page)
        pages.addWidget(QLabel(self.tr("to")))
        pages.addWidget(self.last_page)
        pages.addStretch(1)
        form.addRow(self.tr("Pages:"), pages)

        self.paper = named(QComboBox(), self.tr("Paper size"))
        form.addRow(self.tr("P&aper:"), self.paper)
        layout.addLayout(form)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.print_button = named(buttons.addButton(self.tr("&Print"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole),
                                  self.tr("Send the summary to this printer"))
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.printer.currentIndexChanged.connect(lambda _i: self._printer_changed())
        chosen = self.printer.findData(default_queue)
        self.printer.setCurrentIndex(chosen if chosen >= 0 else 0)
        self._printer_changed()
        self._pages_toggled()

    # ------------------------------------------------------------------ reacting

    def chosen_queue(self) -> Queue | None:
        name = self.printer.currentData()
        return next((q for q in self.queues if q.name == name), None)

    def _printer_changed(self) -> None:
        queue = self.chosen_queue()
        if queue is None:
            return
        self.printer_state.setText(queue_words(queue))
        stuck = not (queue.accepting and queue.takes_pdf) or (
            queue.state is PrinterState.STOPPED and bool(hitches(queue)))
        self.printer_state.setProperty("role", "error" if stuck else "hint")
        self.printer_state.style().polish(self.printer_state)
        # The print button stays on for a stopped printer (the job waits for it) but not for
        # one that refuses jobs or cannot take a PDF.
        self.print_button.setEnabled(queue.accepting and queue.takes_pdf)
        before = self.paper.currentData() or A4
        self.paper.clear()
        offered = list(queue.media_supported) or [A4]
        known = [m for m in PAPER_NAMES if m in offered]
        for media in known + [m for m in offered if m not in PAPER_NAMES]:
            self.paper.addItem(PAPER_NAMES.get(media, media), media)
        for wanted in (before, A4, queue.media_default):
            index = self.paper.findData(wanted)
            if index >= 0:
                self.paper.setCurrentIndex(index)
                break

    def _pages_toggled(self) -> None:
        some = self.some_pages.isChecked()
        self.first_page.setEnabled(some)
        self.last_page.setEnabled(some)

    def _first_changed(self, value: int) -> None:
        if self.last_page.value() < value:
            self.last_page.setValue(value)

    def _last_changed(self, value: int) -> None:
        if self.first_page.value() > value:
            self.first_page.setValue(value)

    # ------------------------------------------------------------------ answer

    def choices(self) -> PrintChoices:
        """What was chosen, as the print system will be asked for it."""
        pages = None
        if self.some_pages.isChecked():
            pages = (self.first_page.value(), self.last_page.value())
            if pages == (1, self.page_count):
                pages = None
        return PrintChoices(queue=self.printer.currentData() or "", copies=self.copies.value(),
                            pages=pages, media=self.paper.currentData() or A4)
