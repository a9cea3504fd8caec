"""The main window: caseload, child record and visit mode as pages, with menus and
shortcuts that follow the platform, and a locked page that hides everything.

Its words are Qt's to translate: ``retranslate`` puts every menu, action and tooltip in the
interface language, when the window is built and again at each LanguageChange (the View menu's
Welsh choice installs or removes the translator; no text is ever matched)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from directwork.gui.caseload.page import CaseloadPage
from directwork.gui.common.a11y import name_by_labels, named, say
from directwork.gui.common.drafts import DraftKeeper
from directwork.gui.common.retranslate import translate
from directwork.gui.common.worker import VaultWorker
from directwork.gui.practice import hooks as practice_hooks
from directwork.gui.shell import theme
from directwork.gui.shell.theme import icon_path
from directwork.gui.team import hooks as team_hooks

if TYPE_CHECKING:
    from directwork.gui.record.child_record import ChildRecordPage
    from directwork.gui.shell.unlock import UnlockForm
    from directwork.gui.visit.capture import VisitCapturePage

LOCK_SHORTCUT = QKeySequence("Ctrl+L")


class MainWindow(QMainWindow):
    lock_requested = Signal()
    zoom_requested = Signal(int)  # +1, -1, 0 (reset)
    high_contrast_toggled = Signal(bool)
    idle_lock_setting_requested = Signal()
    voices_setting_requested = Signal()
    new_child_requested = Signal()
    start_visit_requested = Signal()
    demo_requested = Signal()
    about_requested = Signal()
    closing = Signal()
    child_record_built = Signal(object)
    visit_built = Signal(object)

    def __init__(self, worker: VaultWorker, keeper: DraftKeeper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.keeper = keeper
        self.setWindowTitle(translate("MainWindow", "directwork"))
        self.setWindowIcon(QIcon(icon_path("directwork")))
        self.resize(1180, 760)
        self.outer = QStackedWidget()
        self.setCentralWidget(self.outer)
        self.pages = QStackedWidget()
        self.caseload = CaseloadPage(worker)
        self.pages.addWidget(self.caseload)
        # The child record and visit pages are built after the caseload is on screen (or when
        # first needed), so that unlocking shows the caseload without waiting for them.
        self._child_record: ChildRecordPage | None = None
        self._visit: VisitCapturePage | None = None
        self.outer.addWidget(self.pages)
        self.locked_page = QFrame()
        self.locked_page.setObjectName("lockedPage")
        self.locked_layout = QVBoxLayout(self.locked_page)
        self.locked_layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.outer.addWidget(self.locked_page)
        self._build_actions()
        self.practice_check = practice_hooks.attach_to_main_window(self)
        self.team = team_hooks.attach_to_main_window(self)
        self.reachable_toolbar()
        self.busy = QLabel()
        self.statusBar().addPermanentWidget(self.busy)
        self.records_wiped = False  # set when the hub withdrew this laptop's access
        # A method, not a lambda: Qt disconnects it when this window is destroyed.
        worker.busy_did_change.connect(self._show_busy)
        self.caseload.demo_requested.connect(self.demo_requested)
        self.caseload.add_child_requested.connect(self.new_child_requested)
        self.pages.currentChanged.connect(self._page_changed)
        self._page_changed()

    def _action(self, shortcut, slot, icon: str = "") -> QAction:
        """An action; its words are set by ``retranslate``."""
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon:
            action.setProperty("iconName", icon)
            action.setIcon(theme.icon(icon))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    @staticmethod
    def _say(action: QAction, text: str, tip: str = "") -> None:
        action.setText(text)
        action.setToolTip(tip or text.replace("&", "").rstrip("…"))

    def retranslate(self) -> None:
        """Every word of the window's menus and actions in the interface language."""
        self.file_menu.setTitle(self.tr("&File"))
        self._say(self.new_child_action, self.tr("&Add a child…"))
        self._say(self.demo_action, self.tr("Load the &demo caseload"))
        self._say(self.lock_action, self.tr("&Lock now"),
                  self.tr("Lock: hide everything and ask for the passphrase"))
        self._say(self.quit_action, self.tr("&Quit"))
        self.go_menu.setTitle(self.tr("&Go"))
        self._say(self.back_action, self.tr("&Back"))
        self._say(self.caseload_action, self.tr("&Caseload"))
        self._say(self.find_action, self.tr("&Find a child"))
        self._say(self.start_visit_action, self.tr("&Start visit…"))
        self.view_menu.setTitle(self.tr("&View"))
        self._say(self.zoom_in_action, self.tr("&Larger text"))
        self._say(self.zoom_out_action, self.tr("&Smaller text"))
        self._say(self.zoom_reset_action, self.tr("&Usual text size"))
        self._say(self.contrast_action, self.tr("&High contrast"))
        self._say(self.idle_lock_action, self.tr("Lock when not in &use…"))
        self._say(self.voices_action, self.tr("Read-aloud &voices…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self._say(self.about_action, self.tr("&About directwork…"),
                  self.tr("About directwork: its version, licence and third-party notices"))
        self.toolbar.setWindowTitle(self.tr("Main"))
        self.reachable_toolbar()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "toolbar"):
            self.retranslate()
        super().changeEvent(event)

    def _build_actions(self) -> None:
        menus = self.menuBar()
        file = self.file_menu = menus.addMenu("")
        self.new_child_action = self._action(QKeySequence.StandardKey.New,
                                             self.new_child_requested, "child")
        self.demo_action = self._action(None, self.demo_requested)
        self.lock_action = self._action(LOCK_SHORTCUT, self.lock_requested, "lock")
        # Locking must work from any window, dialogs included, not only the main window.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action = self._action(QKeySequence.StandardKey.Quit, self.close)
        for action in (self.new_child_action, self.demo_action, None, self.lock_action, None,
                       self.quit_action):
            file.addSeparator() if action is None else file.addAction(action)
        go = self.go_menu = menus.addMenu("")
        self.back_action = self._action(QKeySequence.StandardKey.Back, self.go_back, "back")
        self.caseload_action = self._action("Ctrl+1", self.show_caseload)
        self.find_action = self._action(QKeySequence.StandardKey.Find, self.find_child)
        self.start_visit_action = self._action("Ctrl+Shift+V", self.start_visit_requested,
                                               "visit")
        for action in (self.back_action, self.caseload_action, self.find_action,
                       self.start_visit_action):
            go.addAction(action)
        view = self.view_menu = menus.addMenu("")
        self.zoom_in_action = self._action(QKeySequence.StandardKey.ZoomIn,
                                           lambda: self.zoom_requested.emit(1))
        self.zoom_out_action = self._action(QKeySequence.StandardKey.ZoomOut,
                                            lambda: self.zoom_requested.emit(-1))
        self.zoom_reset_action = self._action("Ctrl+0", lambda: self.zoom_requested.emit(0))
        self.contrast_action = self._action("Ctrl+Shift+H", self._contrast_chosen)
        self.contrast_action.setCheckable(True)
        self.idle_lock_action = self._action(None, self.idle_lock_setting_requested)
        self.voices_action = self._action(None, self.voices_setting_requested)
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action, None,
                       self.contrast_action, self.idle_lock_action, self.voices_action):
            view.addSeparator() if action is None else view.addAction(action)
        self.help_menu = menus.addMenu("")
        self.about_action = self._action(None, self.about_requested)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.help_menu.addAction(self.about_action)
        toolbar = QToolBar()
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.back_action, self.new_child_action, self.start_visit_action,
                       self.lock_action):
            toolbar.addAction(action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        self.retranslate()

    def keep_help_menu_last(self) -> None:
        """Help stays the last menu when others are added after the window is built (Sync)."""
        bar = self.menuBar()
        bar.removeAction(self.help_menu.menuAction())
        bar.addAction(self.help_menu.menuAction())

    def _contrast_chosen(self) -> None:
        self.high_contrast_toggled.emit(self.contrast_action.isChecked())

    # ------------------------------------------------------------------ pages

    @property
    def child_record(self) -> ChildRecordPage:
        if self._child_record is None:
            from directwork.gui.record.child_record import ChildRecordPage

            self._child_record = ChildRecordPage(self.worker)
            name_by_labels(self._child_record)
            self.pages.addWidget(self._child_record)
            self.child_record_built.emit(self._child_record)
        return self._child_record

    @property
    def visit(self) -> VisitCapturePage:
        if self._visit is None:
            from directwork.gui.visit.capture import VisitCapturePage

            self._visit = VisitCapturePage(self.worker, self.keeper)
            name_by_labels(self._visit)
            self.pages.addWidget(self._visit)
            self.visit_built.emit(self._visit)
        return self._visit

    def build_remaining_pages(self) -> None:
        self.child_record  # noqa: B018 - builds it
        self.visit  # noqa: B018

    def _show_busy(self, busy: bool) -> None:
        say(self.busy, self.tr("Working…") if busy else "")

    def restyle(self) -> None:
        """After a change of theme: icons redrawn in the new theme's text colour."""
        for action in self.actions():
            name = action.property("iconName")
            if name:
                action.setIcon(theme.icon(name))

    def reachable_toolbar(self) -> None:
        """Every toolbar button a Tab stop, named by its words."""
        for action in self.toolbar.actions():
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                named(button, action.text().replace("&", "").rstrip("…"),
                      action.toolTip())

    def show_caseload(self) -> None:
        self.pages.setCurrentWidget(self.caseload)

    def show_child_record(self) -> None:
        self.pages.setCurrentWidget(self.child_record)

    def show_visit(self) -> None:
        self.pages.setCurrentWidget(self.visit)

    def go_back(self) -> None:
        if self._visit is not None and self.pages.currentWidget() is self._visit:
            self.child_record.reload()
            self.show_child_record()
        else:
            self.show_caseload()

    def find_child(self) -> None:
        self.show_caseload()
        self.caseload.search.setFocus()
        self.caseload.search.selectAll()

    def _page_changed(self, *_args) -> None:
        current = self.pages.currentWidget()
        self.back_action.setEnabled(current is not self.caseload)
        # No visit can be started once this laptop's records were wiped (access withdrawn).
        self.start_visit_action.setEnabled(current is not None and not self.records_wiped
                                           and current is self._child_record)

    # ------------------------------------------------------------------ locking

    def show_locked(self, unlock_form: UnlockForm) -> None:
        if unlock_form.parent() is not self.locked_page:
            unlock_form.setMaximumSize(560, 380)
            unlock_form.setMinimumWidth(420)
            self.locked_layout.addWidget(unlock_form, 0, Qt.AlignmentFlag.AlignCenter)
        unlock_form.show()
        self.outer.setCurrentWidget(self.locked_page)
        unlock_form.ui.passphraseEdit.setFocus()
        for action in self.actions():
            action.setEnabled(action is self.quit_action)
        self.menuBar().setEnabled(False)
        self.toolbar.setEnabled(False)

    def show_unlocked(self) -> None:
        if self.records_wiped:
            return  # nothing to unlock into: the records are gone
        for action in self.actions():
            action.setEnabled(True)
        self.menuBar().setEnabled(True)
        self.toolbar.setEnabled(True)
        self.outer.setCurrentWidget(self.pages)
        self._page_changed()
        self.team.refresh()

    @property
    def is_locked(self) -> bool:
        return self.outer.currentWidget() is self.locked_page

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
