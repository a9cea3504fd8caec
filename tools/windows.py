"""Every window and dialog of the desktop app, opened the way a practitioner opens it, on an
invented case in a throwaway vault.

One list (``WINDOWS``) shared by the screenshot tool (``python -m tools.screenshots``), the
layout, keyboard and screen-reader tests (tests/gui/test_accessibility.py, tests/gui/
test_layout.py) and the translation work, so that a window added to the app and to this list
is drawn, checked and translated everywhere at once.

Each entry opens its window through the app's own buttons and menus where the app has them
(so the check is of what a practitioner meets), and returns the top-level widget to look at.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from directwork.domain.records import (
    Audience,
    KeyMoment,
    KeyMomentType,
    PlanAction,
    SafetyPlan,
    Speaker,
    Topic,
    Visit,
    VoiceEntry,
)
from directwork.gui.common.worker import VaultWorker
from directwork.gui.practice.common import practice_policy
from directwork.gui.shell.app import DirectworkApp
from directwork.gui.shell.settings import Preferences
from directwork.store import practice, records
from directwork.store.keyfile import KdfParams
from directwork.store.vault import Vault

PASSPHRASE = "an invented case, never a real vault"
NOW = datetime(2026, 3, 2, 10, 30, tzinfo=UTC)
FAST = KdfParams.fast_for_tests()


def laptop_screen(folder: Path, width: int = 1366, height: int = 768) -> str:
    """The QT_QPA_PLATFORM value for an offscreen screen of ``width``×``height`` pixels (a
    council laptop); with QT_SCALE_FACTOR=1.5 Qt lays windows out on 911×512."""
    import json

    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


def pump(done: Callable[[], bool] = lambda: True, timeout: float = 30.0) -> bool:
    """Run the event loop until ``done()`` (or the timeout); True when it came true."""
    app = QApplication.instance()
    assert app is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if done():
            app.processEvents()
            return True
        time.sleep(0.003)
    return done()


@dataclass
class Scene:
    """The running app, unlocked on the invented case, with what the windows are opened on."""

    app: DirectworkApp
    root: Path
    child_id: str
    visit: Visit
    spare_worker: VaultWorker  # for the set-up wizard and unlock screen, which make vaults
    opened: list[QWidget] = field(default_factory=list)
    team_context_id: str = ""  # the sample team's context, once added (``_team_context``)
    team_added: bool = False  # the invented team (tools/sample_team_map.py) is on the laptop

    @property
    def window(self):  # the MainWindow
        assert self.app.window is not None
        return self.app.window

    def settle(self) -> None:
        """Wait until the vault worker and the network executor have nothing left."""
        pump(lambda: not self.app.worker.busy and not self.app.network.busy)

    def close(self) -> None:
        for widget in self.opened:
            if isValid(widget):
                widget.hide()
        self.spare_worker.wait_idle()
        self.spare_worker.shutdown()
        self.app.close()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _fill(vault: Vault) -> tuple[str, Visit]:
    """The invented sample case (tools/sample_case.py), a visit with words kept in it, and the
    plan edited on two laptops from one version (so merging has something to show)."""
    from tools.sample_case import sample_case

    case = sample_case()
    with vault.transaction() as s:
        child = records.save_document(s, dataclasses.replace(case.child, id="", rev=""))
        cid = child.id
        for doc in [*case.people, *case.contexts, *case.agencies, *case.concerns, case.plan]:
            records.save_document(s, dataclasses.replace(doc, id="", rev="", child_id=cid))
        for entry in case.voice:
            records.add_entry(s, dataclasses.replace(entry, id="", child_id=cid, drawing_id=None))
        practice.record_key_moment(s, KeyMoment(
            child_id=cid, moment_type=KeyMomentType.MISSING, occurred_at=NOW - timedelta(days=1),
            details="Missing overnight; back by morning"), practice_policy())
        visit = records.save_document(s, Visit(
            child_id=cid, started_at=NOW, place="at home",
            present=[child.display_name, "Nan (Gwen)"], purpose="Three Houses",
            tools=["three_houses", "scaling"]))
        for topic, words in ((Topic.WORRIES, "when people shout at night"),
                             (Topic.GOOD_THINGS, "boxing on Tuesdays with Coach Dan")):
            records.add_entry(s, VoiceEntry(child_id=cid, visit_id=visit.id,
                                            speaker=Speaker.CHILD,
                                            speaker_name=child.display_name, topic=topic,
                                            text=words,
                                            shared_with=[Audience.WORKER, Audience.TEAM]))
        base = max(records.list_documents(s, SafetyPlan, cid),
                   key=lambda p: p.updated_at or p.created_at)
    with vault.transaction() as s:
        records.save_document(s, dataclasses.replace(base, title="Keeping safe plan"))
        records.save_document(s, dataclasses.replace(
            base, actions=[*base.actions, PlanAction(what="Meet the school's mentor",
                                                     owner="Ms Hughes", agency="Ysgol Bro Taf")]))
    return cid, visit


def make_scene(root: Path, prefs: Preferences | None = None) -> Scene:
    """A vault holding the invented case, the app unlocked on it, its pages built."""
    root.mkdir(parents=True, exist_ok=True)
    vault, _ = Vault.create(root / "vault", PASSPHRASE, practitioner_name="Sam Okafor",
                            team="Northfield Youth Justice Service", kdf=FAST)
    vault.clock = lambda: NOW
    child_id, visit = _fill(vault)
    vault.lock()
    prefs = prefs or Preferences(QSettings(str(root / "prefs.ini"), QSettings.Format.IniFormat))
    app = DirectworkApp(root / "vault", kdf=FAST, prefs=prefs)
    form = app.start()
    unlocked: list[bool] = []
    app.main_window_shown.connect(lambda: unlocked.append(True))
    form.ui.passphraseEdit.setText(PASSPHRASE)  # type: ignore[attr-defined]
    form.try_passphrase()  # type: ignore[attr-defined]
    if not pump(lambda: bool(unlocked)):
        raise RuntimeError("the invented case's vault did not unlock")
    app.vault.clock = lambda: NOW
    scene = Scene(app, root, child_id, visit, VaultWorker(None))
    scene.settle()
    scene.window.build_remaining_pages()
    scene.settle()
    return scene


# --------------------------------------------------------------------------- opening


def _new_window(scene: Scene, act: Callable[[], object], timeout: float = 20.0) -> QWidget:
    """Do ``act`` and return the top-level window it opened."""
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    act()
    found: list[QWidget] = []

    def opened() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if w.isVisible() and id(w) not in before]
        return bool(found) and not scene.app.worker.busy
    if not pump(opened, timeout):
        raise RuntimeError("no window opened")
    scene.settle()
    return found[-1]


def _record(scene: Scene):
    """The child record, on screen."""
    window = scene.window
    done: list[bool] = []
    window.child_record.open_child(scene.child_id, lambda: done.append(True))
    pump(lambda: bool(done))
    window.show_child_record()
    scene.settle()
    return window.child_record


def _visit_page(scene: Scene):
    window = scene.window
    record = _record(scene)
    assert record.data is not None
    done: list[bool] = []
    window.visit.open_visit(record.data.child, scene.visit, lambda: done.append(True))
    window.show_visit()
    pump(lambda: bool(done))
    scene.settle()
    return window.visit


def caseload(scene: Scene) -> QWidget:
    scene.window.show_caseload()
    scene.window.caseload.load()
    scene.settle()
    return scene.window


def child_record(scene: Scene) -> QWidget:
    _record(scene)
    return scene.window


def visit_mode(scene: Scene) -> QWidget:
    _visit_page(scene)
    return scene.window


def practice_check(scene: Scene) -> QWidget:
    caseload(scene)
    scene.window.practice_check.action.trigger()
    scene.settle()
    return scene.window


def setup_wizard(scene: Scene) -> QWidget:
    from directwork.gui.shell.setup_wizard import SetupWizard

    wizard = SetupWizard(scene.spare_worker, scene.root / f"new-{len(scene.opened)}", kdf=FAST)
    page = wizard.passphrase_page.ui
    page.nameEdit.setText("Sam Okafor")
    page.teamEdit.setText("Northfield Youth Justice Service")
    page.passphraseEdit.setText("the heron waits by the canal")
    page.repeatEdit.setText("the heron waits by the canal")
    wizard.show()
    return wizard


def setup_recovery_key(scene: Scene) -> QWidget:
    wizard = setup_wizard(scene)
    wizard.next()  # type: ignore[attr-defined]
    pump(lambda: wizard.currentPage() is wizard.recovery_page)  # type: ignore[attr-defined]
    return wizard


def unlock_screen(scene: Scene) -> QWidget:
    from directwork.gui.shell.unlock import UnlockForm

    form = UnlockForm(scene.spare_worker, kdf=FAST)
    form.setWindowTitle("Unlock directwork")
    form.resize(480, 300)
    form.show()
    return form


def unlock_with_recovery_key(scene: Scene) -> QWidget:
    form = unlock_screen(scene)
    form.ui.forgotButton.click()  # type: ignore[attr-defined]
    return form


def add_a_child(scene: Scene) -> QWidget:
    caseload(scene)
    return _new_window(scene, scene.window.caseload.add_button.click)


def start_visit(scene: Scene) -> QWidget:
    record = _record(scene)
    return _new_window(scene, record.header.start_visit.click)


def end_visit(scene: Scene) -> QWidget:
    page = _visit_page(scene)
    return _new_window(scene, page.end_button.click)


def words_not_kept(scene: Scene) -> QWidget:
    page = _visit_page(scene)
    page.fields["dreams"].setPlainText("to have a dog called Bis")
    return _new_window(scene, page.end_button.click)


def put_right(scene: Scene) -> QWidget:
    page = _visit_page(scene)
    listing = page.lists["worries"]
    return _new_window(scene, lambda: page.put_right(listing.item(0)))


def add_someone(scene: Scene) -> QWidget:
    return _new_window(scene, _record(scene).add_person_button.click)


def add_a_place(scene: Scene) -> QWidget:
    return _new_window(scene, _record(scene).add_context_button.click)


def who_may_see(scene: Scene) -> QWidget:
    from directwork.gui.record.tabs import RecordTab

    record = _record(scene)
    record.show_tab(RecordTab.VOICE)
    record.voice_view.selectRow(0)
    return _new_window(scene, record.sharing_button.click)


def lock_when_not_in_use(scene: Scene) -> QWidget:
    caseload(scene)
    return _new_window(scene, scene.window.idle_lock_action.trigger)


def about(scene: Scene) -> QWidget:
    """Help → About directwork."""
    caseload(scene)
    return _new_window(scene, scene.window.about_action.trigger)


def _practice_button(key: str) -> Callable[[Scene], QWidget]:
    def open_it(scene: Scene) -> QWidget:
        record = _record(scene)
        return _new_window(scene, record.practice.buttons[key].click)
    open_it.__name__ = f"practice_{key}"
    return open_it


def agree_the_plan(scene: Scene) -> QWidget:
    editor = _practice_button("plan")(scene)
    scene.opened.append(editor)
    return _new_window(scene, editor.editor.agree_button.click)  # type: ignore[attr-defined]


def plan_unsaved_changes(scene: Scene) -> QWidget:
    editor = _practice_button("plan")(scene)
    scene.opened.append(editor)
    QTest.keyClicks(editor.editor.title, ", together")  # type: ignore[attr-defined]
    return _new_window(scene, editor.close)


def merge_plan_versions(scene: Scene) -> QWidget:
    versions = _practice_button("versions")(scene)
    scene.opened.append(versions)
    return _new_window(scene, versions.open_merge)  # type: ignore[attr-defined]


def key_moment_response(scene: Scene) -> QWidget:
    from directwork.gui.record.tabs import RecordTab

    record = _record(scene)
    record.show_tab(RecordTab.KEY_MOMENTS)
    model = record.moment_model
    row = next(i for i, km in enumerate(model.records())
               if km.moment_type is KeyMomentType.MISSING)
    return _new_window(scene, lambda: record.practice._moment_chosen(model.index(row, 0)))


def concern(scene: Scene) -> QWidget:
    record = _record(scene)
    return _new_window(scene, lambda: record.practice._concern_chosen(
        record.concern_model.index(0, 0)))


def coreview_start(scene: Scene) -> QWidget:
    from directwork.gui.coreview.history import CoReviewStartDialog

    record = _record(scene)
    dialog = CoReviewStartDialog(False, record.coreview_panel)
    dialog.show()
    return dialog


def coreview(scene: Scene) -> QWidget:
    record = _record(scene)
    panel = record.coreview_panel
    window = _new_window(scene, lambda: panel.open_coreview(None, full_screen=False))
    window.may_close = True  # type: ignore[attr-defined]  # closed by the run, not a child
    return window


def summary_preview(scene: Scene) -> QWidget:
    record = _record(scene)
    preview = _new_window(scene, record.coreview_panel.summary_button.click)
    pump(lambda: preview.save_button.isEnabled())  # type: ignore[attr-defined]
    return preview


def check_before_giving(scene: Scene) -> QWidget:
    preview = summary_preview(scene)
    scene.opened.append(preview)
    return _new_window(scene, lambda: preview._check_then(  # type: ignore[attr-defined]
        "Save as PDF…", lambda: None))


def print_choices(scene: Scene) -> QWidget:
    from directwork.gui.summary.print_dialog import PrintChoicesDialog
    from directwork.printing.cups import PrinterState, Queue

    queues = [Queue("office", info="Office printer", location="First floor"),
              Queue("reception", info="Reception", state=PrinterState.STOPPED,
                    message="Paper jam", reasons=("media-jam-error",))]
    dialog = PrintChoicesDialog(queues, "office", 3, scene.window)
    dialog.show()
    return dialog


def connect_to_hub(scene: Scene) -> QWidget:
    caseload(scene)
    return _new_window(scene, scene.app.sync_panel.open_connect)


def needs_attention(scene: Scene) -> QWidget:
    caseload(scene)
    return _new_window(scene, scene.app.sync_panel.open_attention)


def error_message(scene: Scene) -> QWidget:
    caseload(scene)
    return _new_window(scene, lambda: scene.app._show_error(
        RuntimeError("The summary was not saved: the folder is read-only. Nothing was changed.")))


def _team_context(scene: Scene) -> str:
    """The invented team (tools/sample_team.py) on the scene's laptop, made a team manager's,
    with the garages' team context and its plan: its id. Added once, after every window that
    shows one child's caseload (these entries come last in ``WINDOWS``)."""
    if scene.team_context_id:
        return scene.team_context_id
    from directwork.store import links
    from tools.sample_team import add_sample_context, add_sample_team

    def add(session):  # type: ignore[no-untyped-def]
        links.set_team_manager(session, True)
        return add_sample_context(session, add_sample_team(session))
    made: list[str] = []
    scene.app.worker.change(add, success=made.append)
    if not pump(lambda: bool(made)):
        raise RuntimeError("the invented team was not added")
    scene.team_context_id = made[0]
    scene.settle()
    return made[0]


def team_context(scene: Scene) -> QWidget:
    context_id = _team_context(scene)
    team = scene.window.team
    team.open_context(context_id)
    pump(lambda: team.context_page.view.context is not None)
    scene.settle()
    return scene.window


def _manager_with_team(scene: Scene) -> None:
    """Once per scene: the invented team added, links confirmed, and this laptop marked (as
    the hub would at a sync) a team manager's. Windows after this one see the team too."""
    if scene.team_added:
        return
    from tools.sample_team_map import link_sample_team

    scene.app.worker.change(link_sample_team, NOW)
    scene.settle()
    scene.team_added = True
    scene.window.team.refresh()
    scene.settle()


def team_map(scene: Scene) -> QWidget:
    """Go → Team map, on a manager's laptop."""
    _manager_with_team(scene)
    scene.window.team.map.action.trigger()
    scene.settle()
    return scene.window


def panel_summary(scene: Scene) -> QWidget:
    team_context(scene)
    team = scene.window.team
    return _new_window(scene, lambda: team.context_page.panel_button.click())


@dataclass(frozen=True)
class AppWindow:
    """One window or dialog: ``name`` (also its screenshot's file name), ``open`` it on a
    Scene, and whether it is a dialog or tool window (which Escape must close or ask about)."""

    name: str
    open: Callable[[Scene], QWidget]
    dialog: bool = True
    # For a window that asks inside itself rather than in a dialog of its own (co-review
    # asks for the practitioner's passphrase on its own page): whether it is asking.
    asking: Callable[[QWidget], bool] | None = None


WINDOWS: tuple[AppWindow, ...] = (
    AppWindow("setup-wizard", setup_wizard),
    AppWindow("setup-recovery-key", setup_recovery_key),
    AppWindow("unlock", unlock_screen, dialog=False),
    AppWindow("unlock-recovery-key", unlock_with_recovery_key, dialog=False),
    AppWindow("caseload", caseload, dialog=False),
    AppWindow("child-record", child_record, dialog=False),
    AppWindow("visit", visit_mode, dialog=False),
    AppWindow("practice-check", practice_check, dialog=False),
    AppWindow("add-a-child", add_a_child),
    AppWindow("start-visit", start_visit),
    AppWindow("end-visit", end_visit),
    AppWindow("words-not-kept", words_not_kept),
    AppWindow("put-right", put_right),
    AppWindow("add-someone", add_someone),
    AppWindow("add-a-place", add_a_place),
    AppWindow("who-may-see", who_may_see),
    AppWindow("lock-when-not-in-use", lock_when_not_in_use),
    AppWindow("plan-editor", _practice_button("plan")),
    AppWindow("plan-unsaved-changes", plan_unsaved_changes),
    AppWindow("agree-the-plan", agree_the_plan),
    AppWindow("plan-versions", _practice_button("versions")),
    AppWindow("plan-merge", merge_plan_versions),
    AppWindow("key-moment", _practice_button("key_moment")),
    AppWindow("key-moment-response", key_moment_response),
    AppWindow("level", _practice_button("level")),
    AppWindow("review", _practice_button("review")),
    AppWindow("raise-concern", _practice_button("concern")),
    AppWindow("concern", concern),
    AppWindow("information-sharing", _practice_button("sharing")),
    AppWindow("progress-charts", _practice_button("charts")),
    AppWindow("coreview-start", coreview_start),
    AppWindow("coreview", coreview,
              asking=lambda w: w.pages.currentIndex() == w.LEAVE),  # type: ignore[attr-defined]
    AppWindow("summary-preview", summary_preview),
    AppWindow("check-before-giving", check_before_giving),
    AppWindow("print-choices", print_choices),
    AppWindow("connect-to-hub", connect_to_hub),
    AppWindow("needs-attention", needs_attention),
    AppWindow("error-message", error_message),
    AppWindow("about", about),
    # The team manager's windows last: they add the invented team to the laptop.
    AppWindow("team-context", team_context, dialog=False),
    AppWindow("panel-summary", panel_summary),
    AppWindow("team-map", team_map, dialog=False),
)


def close_window(scene: Scene, widget: QWidget) -> None:
    """Put a window opened by ``WINDOWS`` away (its dialogs with it), without asking."""
    for shown in [*scene.opened, widget]:
        if shown is scene.app.window or not isValid(shown):
            continue
        if hasattr(shown, "may_close"):
            shown.may_close = True  # type: ignore[attr-defined]
        editor = getattr(shown, "editor", None)
        if editor is not None and hasattr(editor, "dirty"):
            editor.dirty = False
        shown.hide()
        shown.deleteLater()
    scene.opened.clear()
    for widget_left in QApplication.topLevelWidgets():
        if widget_left.isVisible() and widget_left is not scene.app.window:
            widget_left.hide()
    scene.settle()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
