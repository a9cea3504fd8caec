"""Help → About directwork: the version, the licence (GPL-3.0-or-later) and the third-party
notices, read from the files this installation carries (a checkout, an installed wheel or the
installer's bundle: ``directwork.paths.notice_path``). A notice that cannot be found is said
to be missing, in words, never shown as an empty page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from directwork import APP_NAME, __version__
from directwork.gui.common.a11y import named
from directwork.gui.shell.theme import icon_path
from directwork.paths import notice_path

LICENCE_NAME = "GPL-3.0-or-later"


class AboutDialog(QDialog):
    """What directwork is, which version, under which licence, and what it is built from."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About directwork"))
        self.setAccessibleName(self.windowTitle())
        self.setWindowIcon(QIcon(icon_path("directwork")))
        self.resize(640, 480)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        picture = QLabel()
        picture.setPixmap(QIcon(icon_path("directwork")).pixmap(56, 56))
        picture.setAccessibleName(self.tr("The directwork icon"))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(picture)
        heading = QLabel(f"<b style='font-size:14pt'>{APP_NAME}</b><br>"
                         + self.tr("Version {version}").format(version=__version__))
        heading.setAccessibleName(f"{APP_NAME}, " + self.tr("version {version}").format(
            version=__version__))
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(heading, 1)
        layout.addLayout(top)

        self.summary = QLabel(self.tr(
            "Direct work with children, for youth justice practitioners: their voice, safety "
            "plans, reviews, co-review and printed summaries, kept in an encrypted vault on "
            "this laptop."))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.licence_words = QLabel(self.tr(
            "directwork is free software: you may use, share and change it under the GNU "
            "General Public License, version 3 or (at your option) any later version "
            "({licence}). It comes with no warranty. It is built with other people's free "
            "software, each part under its own licence: see the third-party notices."
        ).format(licence=LICENCE_NAME))
        self.licence_words.setWordWrap(True)
        layout.addWidget(self.licence_words)

        self.tabs = named(QTabWidget(), self.tr("The licence and the third-party notices"))
        self.found: dict[str, Path | None] = {}
        self.notices_view = self._reader("THIRD_PARTY_NOTICES.md",
                                         self.tr("Third-party notices"), markdown=True)
        self.licence_view = self._reader("LICENSE", self.tr("The licence ({licence})").format(
            licence=LICENCE_NAME), markdown=False)
        self.tabs.addTab(self.notices_view, self.tr("Third-party &notices"))
        self.tabs.addTab(self.licence_view, self.tr("&Licence"))
        layout.addWidget(self.tabs, 1)

        self.buttons = named(QDialogButtonBox(QDialogButtonBox.StandardButton.Close),
                             self.tr("Close"))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _reader(self, name: str, title: str, *, markdown: bool) -> QTextBrowser:
        """A read-only page holding the file ``name``, or words saying it is missing."""
        view = named(QTextBrowser(), title)
        view.setOpenExternalLinks(False)
        view.setOpenLinks(False)
        path = notice_path(name)
        words: str | None = None
        if path is not None:
            try:
                words = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                words = None
        self.found[name] = path if words else None
        if not words:
            view.setPlainText(self.tr(
                "{name} was not found in this installation. It belongs with directwork: "
                "reinstall directwork to put it back, or read it in directwork's source code."
            ).format(name=name))
        elif markdown:
            view.setMarkdown(words)
        else:
            view.setPlainText(words)
        return view
