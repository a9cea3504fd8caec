"""Where the Team page joins the main window: a page, and an action in the Go menu that is
shown only on a laptop the hub has said is a team manager's (asked again after each change,
a sync included). The page itself asks the vault again when it opens: hiding the action is
a courtesy, the refusal is the store's. A team context's page and the panel's summary are
reached from the Team page (and the practice check)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from directwork.domain.rules.workdays import local_date
from directwork.gui.common.retranslate import QT_TRANSLATE_NOOP, Words
from directwork.gui.practice.common import while_open
from directwork.gui.team.context_page import TeamContextPage
from directwork.gui.team.map import TeamMapPage
from directwork.gui.team.page import TeamPage
from directwork.gui.team.panel_dialog import PanelDialog
from directwork.store import links
from directwork.store.context import now_of

if TYPE_CHECKING:
    from directwork.domain.records import TeamContext
    from directwork.gui.shell.main_window import MainWindow

TEAM_SHORTCUT = "Ctrl+Shift+T"
TEAM_MAP_SHORTCUT = "Ctrl+Shift+M"


class TeamAccess(QObject):
    """The Team page and its action, kept by the main window (a child of it, so Qt drops the
    connections when the window goes)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.page = TeamPage(window.worker)
        window.pages.addWidget(self.page)
        self.context_page = TeamContextPage(window.worker)
        window.pages.addWidget(self.context_page)
        self.page.context_chosen.connect(self.open_context)
        self.context_page.back_requested.connect(self.show)
        self.context_page.panel_requested.connect(self.open_panel)
        self.panel: PanelDialog | None = None
        self.action = QAction(window)
        self.action.setShortcut(QKeySequence(TEAM_SHORTCUT))
        # Its words follow the interface language (the page hears Qt's LanguageChange).
        words = Words(self.page, "TeamMap")
        words(self.action.setText, QT_TRANSLATE_NOOP("TeamMap", "&Team links"))
        words(self.action.setToolTip, QT_TRANSLATE_NOOP(
            "TeamMap", "Team links: places, groups and people shared by the team's children "
                       "(team managers)"))
        self.action.triggered.connect(self.show)
        self.action.setVisible(False)
        window.addAction(self.action)
        window.go_menu.addAction(self.action)
        window.worker.operation_did_execute.connect(self._changed)
        self.map = TeamMapAccess(window, self)
        self.refresh()

    def show(self) -> None:
        self.window.pages.setCurrentWidget(self.page)
        self.page.start()

    def open_context(self, context_id: str) -> None:
        """A team context's page (from the Team page or the practice check)."""
        self.window.pages.setCurrentWidget(self.context_page)
        self.context_page.open_context(context_id)

    def open_panel(self, context_id: str) -> None:
        """The panel's summary of the team context on screen, dated by the vault's clock."""
        view = self.context_page.view
        if view.context is None or view.context.id != context_id:
            return
        worker = self.window.worker

        def opened(now: datetime) -> None:
            if self.panel is not None:
                self.panel.close()
                self.panel.deleteLater()
            name = worker.vault.practitioner_name if worker.vault is not None else ""
            self.panel = PanelDialog(worker, view, local_date(now), name, self.window)
            self.panel.show()
        worker.query(now_of, success=while_open(self.context_page, opened))

    def refresh(self) -> None:
        """Ask the vault whether this is a manager's laptop; show the action if so."""
        if self.window.worker.vault is None:
            self.action.setVisible(False)
            return
        self.window.worker.query(links.is_team_manager,
                                 success=while_open(self.page, self.action.setVisible),
                                 failure=while_open(self.page, lambda _e: self.action.setVisible(False)))

    def _changed(self, touches: object) -> None:
        # A sync (which may change the hub's word) touches no one child: "refresh all".
        if touches is None:
            self.refresh()


class TeamMapAccess(QObject):
    """The team map's page and its action in the Go menu, shown when the Team action is (a
    manager's laptop). From the map, Return on a child opens the child's record; on a place
    or adult, its team context's page, or the Team page's linked children if none is made."""

    def __init__(self, window: MainWindow, team: TeamAccess) -> None:
        super().__init__(window)
        self.window = window
        self.team = team
        self.page = TeamMapPage(window.worker)
        window.pages.addWidget(self.page)
        self.action = QAction(window)
        self.action.setShortcut(QKeySequence(TEAM_MAP_SHORTCUT))
        # Its words follow the interface language (the page hears Qt's LanguageChange).
        words = Words(self.page, "TeamMap")
        words(self.action.setText, QT_TRANSLATE_NOOP("TeamMap", "Team &map"))
        words(self.action.setToolTip, QT_TRANSLATE_NOOP(
            "TeamMap", "Team map: the team's children joined by shared places, groups and "
                       "adults, and when each was linked (team managers)"))
        self.action.triggered.connect(self.show)
        self.action.setVisible(team.action.isVisible())
        team.action.visibleChanged.connect(self._follow)
        window.addAction(self.action)
        window.go_menu.addAction(self.action)
        self.page.open_child.connect(self._open_child)
        self.page.open_place.connect(self._open_place)

    def _follow(self) -> None:
        self.action.setVisible(self.team.action.isVisible())

    def show(self) -> None:
        self.window.pages.setCurrentWidget(self.page)
        self.page.start()

    def _open_child(self, child_id: str) -> None:
        self.window.child_record.open_child(child_id, self.window.show_child_record)

    def _open_place(self, record_ids: tuple[str, ...]) -> None:
        """A place or adult: its team context's page if one has been made of these records;
        else the Team page's linked children (where one can be made)."""
        wanted = set(record_ids)

        def chosen(contexts: list[TeamContext]) -> None:
            made = next((c for c in contexts if wanted & set(c.context_records)), None)
            if made is not None:
                self.team.open_context(made.id)
                return
            self.team.show()
            page = self.team.page
            for index in range(page.tabs.count()):
                tab = page.tabs.widget(index)
                if tab is page.groups or (tab is not None and tab.isAncestorOf(page.groups)):
                    page.tabs.setCurrentIndex(index)
        self.window.worker.query(links.team_contexts, success=while_open(self.page, chosen))


def attach_to_main_window(window: MainWindow) -> TeamAccess:
    return TeamAccess(window)
