"""Where the practice screens join the rest of the app, each with one call whose result the
caller keeps:

* ``attach_to_child_record(page)``: a row of practice buttons under the child's header (the
  safety plan editor, plan versions, key moment, level, review, concern, information sharing,
  progress charts), and double-click on a key moment or a concern to act on it;
* ``attach_to_main_window(window)``: the practice check dashboard as a page, with an action in
  the Go menu, opening a child's record, on the right tab, from any of its rows.

Everything is joined by reference (the page's views, the window's Go menu, the record's tabs
by their key), never by the words on screen, which change with the interface language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from directwork.domain.records import Concern, KeyMoment, SafetyPlan
from directwork.domain.rules.practice_check import DueItem
from directwork.gui.common.a11y import named
from directwork.gui.common.fit import FlowLayout, scrolled
from directwork.gui.common.retranslate import QT_TRANSLATE_NOOP, Words, spoken, translate
from directwork.gui.common.worker import VaultWorker
from directwork.gui.plan.editor_window import PlanEditorWindow
from directwork.gui.plan.versions import PlanVersionsDialog
from directwork.gui.practice.charts import ChartsPanel
from directwork.gui.practice.common import practice_policy, problem_texts, while_open
from directwork.gui.practice.concerns import ConcernDialog, RaiseConcernDialog
from directwork.gui.practice.dashboard import DashboardPage
from directwork.gui.practice.dialogs import (
    InformationSharingDialog,
    KeyMomentDialog,
    LevelDialog,
    ResponseDialog,
    ReturnDialog,
)
from directwork.gui.practice.review import ReviewDialog
from directwork.gui.record.tabs import RecordTab
from directwork.store.context import now_of
from directwork.store.views.charts import load_chart_data
from directwork.store.views.plans import working_plan
from directwork.store.views.practice import (
    KeyMomentFacts,
    Practitioner,
    load_key_moment,
    load_practitioner,
)

if TYPE_CHECKING:
    from directwork.gui.record.child_record import ChildRecordPage
    from directwork.gui.shell.main_window import MainWindow

DASHBOARD_SHORTCUT = "Ctrl+2"


def _show(dialog: QWidget, keep: list[QWidget]) -> QWidget:
    # Deleted on close on the GUI thread, so no widget is ever left for the garbage collector
    # to meet on the vault thread.
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    keep.append(dialog)
    dialog.destroyed.connect(lambda _=None, d=dialog: keep.remove(d) if d in keep else None)
    dialog.show() if not isinstance(dialog, QDialog) else dialog.open()
    return dialog


class ChildPractice:
    """The practice buttons of one child record page."""

    def __init__(self, page: ChildRecordPage) -> None:
        self.page = page
        self.worker: VaultWorker = page.worker
        self.open_windows: list[QWidget] = []
        # The buttons wrap onto a second line on a narrow screen. Their Alt+letters are
        # chosen beside the record's tabs and the header's buttons: no letter does two things.
        row = FlowLayout()
        row.setContentsMargins(8, 0, 8, 0)
        self.buttons: dict[str, QPushButton] = {}
        words = Words(page, "ChildPractice")
        for key, text, name, slot in (
                ("plan", QT_TRANSLATE_NOOP("ChildPractice", "E&dit the plan…"), QT_TRANSLATE_NOOP("ChildPractice", "Edit the plan: the safety plan"),
                 self.edit_plan),
                ("versions", QT_TRANSLATE_NOOP("ChildPractice", "Plan versions…"),
                 QT_TRANSLATE_NOOP("ChildPractice", "Plan versions: every version of the safety plan"), self.plan_versions),
                ("key_moment", QT_TRANSLATE_NOOP("ChildPractice", "Key &moment…"), QT_TRANSLATE_NOOP("ChildPractice", "Record a key moment"), self.key_moment),
                ("level", QT_TRANSLATE_NOOP("ChildPractice", "&Level…"), QT_TRANSLATE_NOOP("ChildPractice", "Safety and wellbeing level"), self.level),
                ("review", QT_TRANSLATE_NOOP("ChildPractice", "Revie&w…"), QT_TRANSLATE_NOOP("ChildPractice", "Hold a review"), self.review),
                ("concern", QT_TRANSLATE_NOOP("ChildPractice", "Conc&ern…"), QT_TRANSLATE_NOOP("ChildPractice", "Raise a concern"), self.concern),
                ("sharing", QT_TRANSLATE_NOOP("ChildPractice", "Information sharing…"), QT_TRANSLATE_NOOP("ChildPractice", "Information sharing log"),
                 self.sharing),
                ("charts", QT_TRANSLATE_NOOP("ChildPractice", "Progress charts…"), QT_TRANSLATE_NOOP("ChildPractice", "Progress charts: scores and timeline"),
                 self.charts)):
            button = QPushButton()
            words(button.setText, text)
            words(spoken(button), name)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        layout = page.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(1, row)
        page.moment_view.doubleClicked.connect(self._moment_chosen)
        page.concern_view.doubleClicked.connect(self._concern_chosen)

    @property
    def child_id(self) -> str | None:
        data = self.page.data
        return data.child.id if data is not None else None

    def _run(self, make: Callable[[str, Any], QWidget | None], *, needs_now: bool = False) -> None:
        child_id = self.child_id
        if child_id is None:
            return

        def opened(now: Any) -> None:
            dialog = make(child_id, now)
            if dialog is None:
                return
            saved = getattr(dialog, "saved", None)
            if saved is not None:
                saved.connect(lambda _r: self.page.reload())
            _show(dialog, self.open_windows)

        if needs_now:
            self.worker.query(now_of, success=opened)
        else:
            opened(None)

    def _refused(self, error: BaseException) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, translate("ChildPractice", "directwork"), "\n".join(problem_texts(error)),
                          QMessageBox.StandardButton.Ok, self.page)
        box.setAccessibleName(translate("ChildPractice", "Something went wrong"))
        _show(box, self.open_windows)

    # ------------------------------------------------------------------ the buttons

    def edit_plan(self) -> None:
        def make(child_id: str, _now: Any) -> QWidget:
            window = PlanEditorWindow(self.worker, self.page)
            window.editor.saved.connect(lambda _p: self.page.reload())
            window.open_plan(child_id)
            return window
        self._run(make)

    def plan_versions(self) -> None:
        child_id = self.child_id
        if child_id is None:
            return

        def found(plan: SafetyPlan | None) -> None:
            if plan is None:
                self._refused(RuntimeError("There is no safety plan yet: write one first."))
                return
            dialog = PlanVersionsDialog(self.worker, plan.id, self.page)
            dialog.merged.connect(lambda _p: self.page.reload())
            _show(dialog, self.open_windows)

        self.worker.query(working_plan, child_id, success=found, failure=self._refused)

    def key_moment(self) -> None:
        self._run(lambda cid, now: KeyMomentDialog(self.worker, cid, now, practice_policy(),
                                                   self.page), needs_now=True)

    def level(self) -> None:
        self._run(lambda cid, _now: LevelDialog(self.worker, cid, self.page))

    def review(self) -> None:
        self._run(lambda cid, _now: ReviewDialog(self.worker, cid, practice_policy(), self.page))

    def concern(self) -> None:
        self._run(lambda cid, now: RaiseConcernDialog(self.worker, cid, now, practice_policy(),
                                                      self.page), needs_now=True)

    def sharing(self) -> None:
        self._run(lambda cid, now: InformationSharingDialog(self.worker, cid, now, self.page),
                  needs_now=True)

    def charts(self) -> None:
        def make(child_id: str, _now: Any) -> QWidget:
            dialog = QDialog(self.page)
            dialog.setWindowTitle(translate("ChildPractice", "Progress over time"))
            dialog.setAccessibleName(translate("ChildPractice", "Progress over time"))
            dialog.resize(900, 720)
            panel = ChartsPanel()
            QVBoxLayout(dialog).addWidget(scrolled(panel, "Progress over time"))
            self.worker.query(load_chart_data, child_id, success=while_open(panel, panel.set_data))
            return dialog
        self._run(make)

    # ------------------------------------------------------------------ rows in the tabs

    def _moment_chosen(self, index: QModelIndex) -> None:
        km: KeyMoment = self.page.moment_model.records()[index.row()]
        policy = practice_policy()

        def opened(found: KeyMomentFacts) -> None:
            state = found.state
            if state is None or not state.open:
                self._refused(RuntimeError("This key moment's response is already recorded."))
                return
            dialog: ReturnDialog | ResponseDialog
            if state.waiting_for_return:
                dialog = ReturnDialog(self.worker, state.key_moment, found.now, policy, self.page)
            else:
                dialog = ResponseDialog(self.worker, state, found.now, self.page, policy=policy)
            dialog.saved.connect(lambda _r: self.page.reload())
            _show(dialog, self.open_windows)

        self.worker.query(load_key_moment, km.child_id, km.id, policy, success=opened,
                          failure=self._refused)

    def _concern_chosen(self, index: QModelIndex) -> None:
        concern: Concern = self.page.concern_model.records()[index.row()]
        dialog = ConcernDialog(self.worker, concern.id, practice_policy(), self.page)
        dialog.finished.connect(lambda _r: self.page.reload())
        _show(dialog, self.open_windows)


def attach_to_child_record(page: ChildRecordPage) -> ChildPractice:
    """Add the practice buttons to a ChildRecordPage; the page keeps what this returns."""
    return ChildPractice(page)


@dataclass(frozen=True)
class PracticeCheck:
    """The practice check as the main window holds it: its page and the action that opens it."""

    dashboard: DashboardPage
    action: QAction


# Which tab of the child record shows each kind of practice-check item.
ITEM_TABS = {"key_moment": RecordTab.KEY_MOMENTS, "review": RecordTab.REVIEWS,
             "concern": RecordTab.CONCERNS, "referral": RecordTab.CONCERNS,
             "safety_plan": RecordTab.SAFETY_PLAN, "visit": RecordTab.VISITS,
             "child": RecordTab.ABOUT_ME}


def attach_to_main_window(window: MainWindow) -> PracticeCheck:
    """Add the practice check page to the MainWindow, with its action in the Go menu and the
    toolbar; the window keeps what this returns."""
    dashboard = DashboardPage(window.worker)
    window.pages.addWidget(dashboard)

    def start(me: Practitioner) -> None:
        if dashboard.scope.count() == 0:
            dashboard.set_scopes(me.id, me.team)
        dashboard.start()

    def show_dashboard() -> None:
        window.pages.setCurrentWidget(dashboard)
        if dashboard.scope.count() == 0:
            # Whose children "My children" means is read on the worker; a failure reaches
            # the practitioner through the worker's failure handler.
            window.worker.query(load_practitioner, success=while_open(dashboard, start))
        else:
            dashboard.start()

    action = QAction(window)
    action.setShortcut(QKeySequence(DASHBOARD_SHORTCUT))
    action.triggered.connect(show_dashboard)
    window.addAction(action)
    window.go_menu.addAction(action)
    window.toolbar.addAction(action)
    button = window.toolbar.widgetForAction(action)
    words = Words(window, "PracticeCheck")
    words(action.setText, QT_TRANSLATE_NOOP("PracticeCheck", "&Practice check"))
    words(action.setToolTip, QT_TRANSLATE_NOOP("PracticeCheck",
                                               "Practice check: what is due and overdue"))
    if button is not None:
        words(lambda w: named(button, w), QT_TRANSLATE_NOOP("PracticeCheck", "Practice check"))

    def open_item(item: DueItem) -> None:
        if item.kind == "team_context":  # a team context's plan: its own page
            window.team.open_context(item.record_id)
            return

        def shown() -> None:
            window.show_child_record()
            window.child_record.show_tab(ITEM_TABS.get(item.kind, RecordTab.ABOUT_ME))
        window.child_record.open_child(item.child_id, shown)

    dashboard.item_chosen.connect(open_item)
    keep: list[QWidget] = []
    dashboard.act_now_chosen.connect(
        lambda item: open_act_now(window.worker, item, window, keep))
    return PracticeCheck(dashboard, action)


def open_act_now(worker: VaultWorker, item: DueItem, parent: QWidget,
                 keep: list[QWidget]) -> None:
    """From the practice check's "act now": a disclosure opens the dialog that records who was
    told and when; immediate danger opens its concern, with the steps and numbers."""
    policy = practice_policy()
    if item.kind != "key_moment":
        _show(ConcernDialog(worker, item.record_id, policy, parent), keep)
        return

    def opened(found: KeyMomentFacts) -> None:
        if found.state is not None and found.state.open:
            _show(ResponseDialog(worker, found.state, found.now, parent, policy=policy), keep)

    worker.query(load_key_moment, item.child_id, item.record_id, policy,
                 success=while_open(parent, opened))
