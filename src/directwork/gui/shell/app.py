"""Starting the app: the set-up wizard on first run, else the unlock screen, then the main
window; locking and unlocking; the installer's self-test.

``DirectworkApp`` is the one object that holds the vault, its worker thread and the windows;
widgets receive only what they need from it.
"""

from __future__ import annotations

import importlib
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from directwork.gui.common.collector import collect_on_gui_thread
from directwork.gui.common.drafts import DraftKeeper
from directwork.gui.common.fit import ScreenFit
from directwork.gui.common.network import NetworkExecutor
from directwork.gui.common.retranslate import translate
from directwork.gui.common.worker import VaultThread, VaultWorker
from directwork.gui.shell import theme, translation
from directwork.gui.shell.lock import IdleLock, carry_lock_shortcut, windows_to_pause
from directwork.gui.shell.records_check import RecordsCheck
from directwork.gui.shell.settings import Preferences
from directwork.gui.shell.setup_wizard import SetupWizard
from directwork.gui.shell.unlock import UnlockForm
from directwork.store.setting_up import setting_up_unfinished

# The unlock window comes up before SQLAlchemy, the schema and the main window are imported;
# they are imported on the worker thread while the practitioner types the passphrase.
if TYPE_CHECKING:
    from directwork.domain.records import Child, Visit
    from directwork.gui.record.child_record import ChildRecordPage
    from directwork.gui.shell.main_window import MainWindow
    from directwork.gui.visit.capture import VisitCapturePage
    from directwork.store.keyfile import KdfParams
    from directwork.store.vault import Vault

# The vault's two files (store.vault's DB_NAME and KEY_NAME): either one means a vault is there,
# as Vault.exists() says, unless its setting up was cut off part way (``setting_up_unfinished``,
# the store's own light check). Checked here without importing the rest of the store.
VAULT_FILES = ("vault.db", "vault.key")


# The main window is built this long after the unlock window shows: long enough for that window
# to be painted and answering keys, well before a passphrase is typed.
PREPARE_DELAY_MS = 250


def vault_files_exist(data_dir: Path) -> bool:
    folder = Path(data_dir).expanduser()
    if setting_up_unfinished(folder):
        return False
    return any((folder / name).exists() for name in VAULT_FILES)


def warm_up() -> None:
    """Import what unlocking and the caseload need, off the GUI thread, before they are
    needed: the store only. Modules that define Qt classes are imported on the GUI thread
    (``warm_up_gui``): making a Qt class writes shiboken's table of types, which the GUI
    thread reads without any lock (seen: a segmentation fault making the ecomap, whose class
    had been made on the vault worker). Also built here, rather than while the practitioner
    waits after unlocking (about half a second on a busy laptop): SQLAlchemy's mappers and
    its SQLite dialect, the known schema revisions (read from the migration scripts), and the
    bank holidays' tables the review dates count working days with."""
    import directwork.store.caseload
    import directwork.store.records  # noqa: F401

    # pydantic imports this module the first time a model needs one of its validators, and
    # importing it while PySide's import hook looks at another thread's import once failed
    # ("partially initialized module"): it is imported here, before the GUI thread imports
    # the main window's modules (``_prepare_in_background``).
    try:
        importlib.import_module("pydantic._internal._validators")
    except ImportError:  # a pydantic that no longer has it: nothing to import early
        pass
    from directwork.domain.policy import load_policy
    from directwork.domain.rules.workdays import bank_holidays, local_date
    from directwork.store.vault import prepare_for_unlock

    prepare_for_unlock()
    policy = load_policy()
    bank_holidays(policy.region, local_date(datetime.now(UTC)).year)


def _app_vault(side: VaultThread, data_dir: Path) -> Vault:
    """The app's vault (made on first use): its whole file's checks run after the caseload
    is shown (records_check), so an unlock from the audit checkpoint leaves them out."""
    vault = side.vault_or_make(data_dir)
    vault.checks_after_unlock = True
    return vault


GUI_MODULES = ("directwork.gui.shell.main_window", "directwork.gui.caseload.page",
               "directwork.gui.record.child_record", "directwork.gui.visit.capture")


def warm_up_gui(modules: list[str], still_wanted: Callable[[], bool],
                then: Callable[[], object] | None = None) -> None:
    """Import the main window's modules on the GUI thread, one per turn of the event loop,
    while the practitioner types their passphrase (after the unlock window is painted); then
    ``then``, a turn later."""
    if not still_wanted():
        return
    if not modules:
        if then is not None:
            then()
        return
    importlib.import_module(modules[0])
    QTimer.singleShot(0, lambda: warm_up_gui(modules[1:], still_wanted, then))


def application() -> QApplication:
    """The QApplication, made once."""
    found = QApplication.instance()
    app = QApplication(sys.argv[:1]) if found is None else found
    if not isinstance(app, QApplication):
        raise RuntimeError("directwork needs a QApplication, not a QCoreApplication")
    app.setApplicationName("directwork")
    app.setOrganizationName("directwork")
    app.setWindowIcon(QIcon(theme.icon_path("directwork")))
    if app.property("screenFit") is None:
        # No window opens larger than the screen (a 1366×768 laptop at 150% is 911×512).
        fit = ScreenFit(app)
        app.installEventFilter(fit)
        app.setProperty("screenFit", True)
    return app


class DirectworkApp(QObject):
    main_window_shown = Signal()
    DEMO_CHILDREN = 25  # enough to practise searching and filtering

    def __init__(self, data_dir: Path, *, kdf: KdfParams | None = None,
                 prefs: Preferences | None = None) -> None:
        super().__init__()
        self.qapp = application()
        self.prefs = prefs or Preferences()
        self.kdf = kdf
        self.data_dir = Path(data_dir)
        self.worker = VaultWorker(None)
        self.worker.default_failure = self._show_error
        # Sync and enrolment: the hub is never waited on by the vault worker.
        self.network = NetworkExecutor(self)
        self.network.default_failure = self._show_error
        self.keeper = DraftKeeper(self.worker)
        self.records_check = RecordsCheck(self.worker, self)
        self.records_check.damaged.connect(self._records_damaged)
        self.window: MainWindow | None = None
        self.wizard: SetupWizard | None = None
        self.unlock_form: UnlockForm | None = None
        self.lock_form: UnlockForm | None = None
        self.dialogs: list[QWidget] = []
        self._hidden_for_lock: list[QWidget] = []
        self._paused_for_lock: list[QWidget] = []
        self.idle = IdleLock(self.prefs.idle_lock_minutes, self)
        self.idle.idle.connect(self.lock)
        self._idle_watching = False
        self._closed = False
        # The worker's warm-up (imports) has ended, well or not; until then the main window's
        # modules are not imported on the GUI thread (``_prepare_in_background``).
        self._warmed_up = False
        self._show_once_warm = False
        theme.apply(self.qapp, self.prefs)
        chosen = {lang: self.prefs.read_aloud_voice(lang) for lang in ("en", "cy")}
        if any(chosen.values()):
            self.set_voices(chosen)
        translation.install(self.qapp, self.prefs)

    # ------------------------------------------------------------------ the vault

    @property
    def _vault(self) -> Vault | None:
        return self.worker.vault

    @property
    def vault(self) -> Vault:
        """The vault object, made on first use (normally on the worker, at start-up)."""
        return _app_vault(self.worker.thread_side, self.data_dir)

    @vault.setter
    def vault(self, vault: Vault) -> None:
        vault.checks_after_unlock = True  # as _app_vault
        self.worker.vault = vault

    def _prepare_in_background(self, then: Callable[[], object] | None = None) -> None:
        """Make the vault object and import the store on the worker; then ``then`` (on the
        GUI thread, whether the warm-up went well or not). The GUI thread imports the main
        window's modules only after this: PySide's import hook (which looks at each newly
        imported module's source) is not safe with two threads importing the same modules at
        once, and once made the unlock fail with an ImportError of a partly made pydantic
        module."""
        self.worker.call(_app_vault, self.worker.thread_side, self.data_dir)

        def after(_result: object = None) -> None:
            self._warmed_up = True
            if self._show_once_warm and not self._closed:
                self._show_once_warm = False
                self._show_main_window_once_warm()
            if then is not None and not self._closed:
                then()

        def failed(error: BaseException) -> None:
            # Said as any other failure is (the practitioner is told), then on as before.
            if self.worker.default_failure is not None:
                self.worker.default_failure(error)
            after()

        QTimer.singleShot(0, lambda: None if self._closed else self.worker.call(
            warm_up, success=after, failure=failed))

    # ------------------------------------------------------------------ starting

    def start(self) -> QWidget:
        """Show the first window: the set-up wizard, or the unlock screen."""
        if not vault_files_exist(self.data_dir):
            self._prepare_in_background()
            self.wizard = SetupWizard(self.worker, self.data_dir, kdf=self.kdf)
            self.wizard.vault_ready.connect(self._vault_created)
            self.wizard.show()
            return self.wizard
        self.unlock_form = UnlockForm(self.worker, kdf=self.kdf)
        # The main window is prepared once the worker has imported the store (and at least
        # PREPARE_DELAY_MS after the unlock window is up).
        self._prepare_in_background(
            lambda: QTimer.singleShot(PREPARE_DELAY_MS, self._prepare_main_window))
        self.unlock_form.setWindowTitle(translate("DirectworkApp", "Unlock directwork"))
        self.unlock_form.unlocked.connect(self._first_unlock)
        self.unlock_form.resize(480, 300)
        self.unlock_form.show()
        return self.unlock_form

    def _vault_created(self, vault: Vault) -> None:
        self.vault = vault
        self._show_main_window_once_warm()

    def _first_unlock(self) -> None:
        self._show_main_window_once_warm()

    def _show_main_window_once_warm(self) -> None:
        """The main window (in place of the unlock window) now, or as soon as the worker's
        warm-up has ended, the unlock window staying up till then. An unlock that ends first
        (the worker took it before the warm-up, which is sent a turn of the event loop after
        the unlock window shows) would otherwise import the main window's modules while the
        worker imports the store's: both threads then import pydantic at once, and one of
        them once found it partly made ("cannot import name 'BaseModel'"), so the main window
        never showed."""
        if not self._warmed_up:
            self._show_once_warm = True
            return
        if self.unlock_form is not None:
            self.unlock_form.close()
            self.unlock_form.deleteLater()
            self.unlock_form = None
        self.show_main_window()

    def _prepare_main_window(self) -> None:
        """Build the (empty, hidden) main window while the passphrase is being typed, so that
        unlocking only has to fill it. Nothing is read from the vault here."""
        if self.window is None and not self._closed:
            self._build_main_window()
        # Then, a turn of the event loop at a time, the screens unlocking opens first, and
        # the main window drawn once where nobody sees it.
        warm_up_gui(list(GUI_MODULES), lambda: not self._closed, self._draw_main_window_once)

    def _draw_main_window_once(self) -> None:
        """Draw the hidden, empty main window once into a picture that is thrown away, while
        the passphrase is typed: its first showing after unlocking then finds the style
        sheet's rules resolved for each widget, its layouts done and its glyphs and icons
        drawn, so it takes less of the processor from the vault thread reading the caseload
        at that moment (unlocking 500 children with both cores busy, load average 4-9: the
        caseload shown 70-110 ms sooner, as medians of 6 and 8 unlocks). Nothing is read from
        the vault; once unlocked, nothing is drawn here."""
        window = self.window
        if window is not None and not window.isVisible() and not self._closed:
            window.grab()

    def _build_main_window(self) -> MainWindow:
        from directwork.gui.shell.main_window import MainWindow
        from directwork.gui.sync.panel import SyncPanel

        if self.window is None:
            window = MainWindow(self.worker, self.keeper)
            window.child_record_built.connect(self._wire_child_record)
            window.visit_built.connect(self._wire_visit)
            self.window = window
            window.lock_requested.connect(self.lock)
            window.zoom_requested.connect(self.zoom)
            window.high_contrast_toggled.connect(self.set_high_contrast)
            window.idle_lock_setting_requested.connect(self.choose_idle_lock)
            window.voices_setting_requested.connect(self.choose_voices)
            window.contrast_action.setChecked(self.prefs.high_contrast)
            window.new_child_requested.connect(self.add_child)
            window.start_visit_requested.connect(self.start_visit)
            window.demo_requested.connect(self.load_demo)
            window.caseload.child_chosen.connect(self.open_child)
            window.caseload.shown.connect(self._caseload_shown)
            window.closing.connect(self.shut_down)
            translation.add_language_choice(window, window.view_menu, self.prefs)
            self.sync_panel = SyncPanel(self.worker, window, self.network)  # Sync menu, status
            window.keep_help_menu_last()
            window.about_requested.connect(self.show_about)
            self.worker.operation_did_execute.connect(window.caseload.refresh)
        return self.window

    def show_main_window(self) -> MainWindow:
        self._build_main_window()
        assert self.window is not None
        # The caseload is read first and painted before anything else is read or built (or
        # the garbage collected).
        self.window.caseload.load()
        self.sync_panel.hold()
        self._hold_collector()
        self.window.show()
        if not self._idle_watching:
            self.qapp.installEventFilter(self.idle)
            self._idle_watching = True
        self.idle.start()
        self.main_window_shown.emit()
        return self.window

    def _hold_collector(self) -> None:
        collector = collect_on_gui_thread()
        if collector is not None:
            collector.hold()

    def _caseload_shown(self) -> None:
        """The caseload is painted: now the status line is read and the other pages built."""
        collector = collect_on_gui_thread()
        if collector is not None:
            collector.release()
        self.sync_panel.release()
        QTimer.singleShot(0, self._build_remaining_pages)
        self.records_check.start_soon()  # what unlocking left out (records_check)

    def _records_damaged(self, words: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "directwork", words,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setAccessibleName(self.tr("The records are damaged"))
        self._open_dialog(box)

    def _build_remaining_pages(self) -> None:
        if self.window is not None:
            self.window.build_remaining_pages()

    def _wire_child_record(self, page: ChildRecordPage) -> None:
        page.start_visit_requested.connect(lambda c: self.start_visit(c))
        page.resume_visit_requested.connect(self.open_visit)
        page.visit_view.activated.connect(self._visit_row_chosen)
        page.visit_view.doubleClicked.connect(self._visit_row_chosen)

    def _wire_visit(self, page: VisitCapturePage) -> None:
        page.visit_ended.connect(self._visit_ended)

    # ------------------------------------------------------------------ children and visits

    def open_child(self, child_id: str) -> None:
        assert self.window is not None
        self.window.child_record.open_child(child_id, self.window.show_child_record)

    def add_child(self) -> None:
        from directwork.gui.record.child_form import NewChildDialog

        dialog = NewChildDialog(self.window)
        dialog.child_ready.connect(self._save_new_child)
        self._open_dialog(dialog)

    def _save_new_child(self, child: Child) -> None:
        from directwork.store.children import add_child

        # The practitioner and team are filled in on the worker, from the vault.
        self.worker.change(add_child, child, success=lambda saved: self.open_child(saved.id),
                           failure=self._show_error)

    def start_visit(self, child: Child | None = None) -> None:
        assert self.window is not None
        child = child or (self.window.child_record.data.child
                          if self.window.child_record.data else None)
        if child is None:
            return

        from directwork.gui.visit.start import StartVisitDialog
        from directwork.store.context import now_of

        def ask(now) -> None:
            dialog = StartVisitDialog(child, now, self.window)
            dialog.visit_ready.connect(lambda visit: self._save_visit(child, visit))
            self._open_dialog(dialog)

        self.worker.query(now_of, success=ask)

    def _save_visit(self, child: Child, visit: Visit) -> None:
        from directwork.store import records

        self.worker.change(records.save_document, visit,
                           success=lambda saved: self.open_visit(child, saved),
                           failure=self._show_error, touches={child.id})

    def open_visit(self, child: Child, visit: Visit) -> None:
        assert self.window is not None
        self.window.visit.open_visit(child, visit)
        self.window.show_visit()

    def _visit_row_chosen(self, index) -> None:
        assert self.window is not None
        data = self.window.child_record.data
        if data is None:
            return
        visit = data.visits[index.row()]
        if visit.ended_at is None:
            self.open_visit(data.child, visit)

    def _visit_ended(self, child_id: str) -> None:
        assert self.window is not None
        self.window.child_record.open_child(child_id, self.window.show_child_record)

    def load_demo(self) -> None:
        try:
            from directwork.store import demo  # another part of the project; may be absent
        except ImportError:
            self._show_error(RuntimeError("The demo caseload is not part of this version."))
            return
        self.worker.change(demo.add_demo_caseload, self.DEMO_CHILDREN, 1,
                           failure=self._show_error, touches=None)

    def _open_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        carry_lock_shortcut(dialog)
        self.dialogs.append(dialog)
        dialog.destroyed.connect(lambda _=None, d=dialog: self.dialogs.remove(d)
                                 if d in self.dialogs else None)
        dialog.open()

    def _show_error(self, error: BaseException) -> None:
        from directwork.store.errors import VaultLocked

        if isinstance(error, VaultLocked) and self.locked:
            return  # a refresh that lost the race with the lock; unlocking refreshes again
        message = getattr(error, "message", None) or str(error)
        box = QMessageBox(QMessageBox.Icon.Warning, translate("DirectworkApp", "directwork"), message,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setAccessibleName(translate("DirectworkApp", "Something went wrong"))
        self._open_dialog(box)

    # ------------------------------------------------------------------ look

    def zoom(self, step: int) -> None:
        self.prefs.font_scale_step = 1 if step == 0 else self.prefs.font_scale_step + step
        self._restyle()

    def set_high_contrast(self, on: bool) -> None:
        self.prefs.high_contrast = on
        self._restyle()

    def _restyle(self) -> None:
        theme.apply(self.qapp, self.prefs)
        if self.window is not None:
            self.window.restyle()
            self.window.caseload.table.viewport().update()

    def choose_idle_lock(self) -> None:
        from directwork.gui.shell.lock import IdleLockDialog

        dialog = IdleLockDialog(self.prefs.idle_lock_minutes, self.window)
        dialog.minutes_chosen.connect(self.set_idle_lock_minutes)
        self._open_dialog(dialog)

    def show_about(self) -> None:
        from directwork.gui.shell.about import AboutDialog

        self._open_dialog(AboutDialog(self.window))

    def choose_voices(self) -> None:
        from directwork.gui.shell.voices import ReadAloudVoicesDialog

        current = {lang: self.prefs.read_aloud_voice(lang) for lang in ("en", "cy")}
        dialog = ReadAloudVoicesDialog(current, self.window)
        dialog.chosen.connect(self.set_voices)
        self._open_dialog(dialog)

    def set_voices(self, keys: dict[str, str]) -> None:
        from directwork.gui.common.read_aloud import choose_system_voices
        from directwork.gui.shell.voices import chosen_voices

        for lang, key in keys.items():
            self.prefs.set_read_aloud_voice(lang, key)
        choose_system_voices(chosen_voices(keys))

    def set_idle_lock_minutes(self, minutes: float) -> None:
        self.prefs.idle_lock_minutes = minutes
        self.idle.set_minutes(self.prefs.idle_lock_minutes)
        if self.idle.timer.isActive():
            self.idle.start()

    # ------------------------------------------------------------------ locking

    @property
    def locked(self) -> bool:
        return self.window is not None and self.window.is_locked

    def lock(self) -> None:
        """Hide every window's content, keep half-typed text as drafts, drop the key."""
        if self.window is None or self.locked or not self.vault.is_unlocked:
            return
        self.idle.stop()
        self.keeper.put_away()
        # Co-review stays in front of the child on a neutral screen; everything else hides.
        self._paused_for_lock = windows_to_pause()
        for widget in self._paused_for_lock:
            widget.pause_for_lock(self._unlocked_after_lock)  # type: ignore[attr-defined]
        self._hidden_for_lock = [w for w in QApplication.topLevelWidgets()
                                 if w is not self.window and w.isVisible()
                                 and w not in self._paused_for_lock]
        for widget in self._hidden_for_lock:
            widget.hide()
        if self.lock_form is None:
            self.lock_form = UnlockForm(self.worker, kdf=self.kdf)
            self.lock_form.unlocked.connect(self._unlocked_after_lock)
        self.lock_form.ui.titleLabel.setText(translate("DirectworkApp", "Locked"))
        self.lock_form.set_practitioner("" if self._paused_for_lock
                                        else self.vault.practitioner_name)
        self.lock_form.reset()
        self.window.show_locked(self.lock_form)
        # Locked while idle, the app still holds the vault: no other process may take it.
        self.worker.on_vault(lambda vault: vault.lock(keep_process_lock=True))

    def _unlocked_after_lock(self) -> None:
        assert self.window is not None
        if not self.locked:
            return
        if self.lock_form is not None:
            self.lock_form.reset()  # unlocked from co-review's own screen: nothing left typed
        self.sync_panel.hold()  # until the caseload, read again below, is shown
        self._hold_collector()
        self.window.show_unlocked()
        for widget in self._hidden_for_lock:
            widget.show()
        self._hidden_for_lock = []
        for widget in self._paused_for_lock:
            widget.resume_after_lock()  # type: ignore[attr-defined]
        self._paused_for_lock = []
        self.keeper.bring_back()
        self.window.caseload.refresh(None)
        self.idle.start()

    # ------------------------------------------------------------------ closing

    def shut_down(self) -> None:
        """Keep what is being typed, wait for the worker, drop the key."""
        self.idle.stop()
        if self._vault is not None and self._vault.is_unlocked:
            self.keeper.put_away()
        for dialog in list(self.dialogs):
            dialog.close()
        if self._vault is not None:
            vault = self._vault
            # Locked on the worker, after everything sent before it (the drafts put away).
            if self.worker.call(vault.lock).cancelled():
                vault.lock()  # the worker has closed: no other thread can be using the vault
        self.worker.wait_idle()
        self.qapp.processEvents()

    def close(self) -> None:
        if self._closed:
            return
        if self.window is not None:
            self.window.close()
        else:
            self.shut_down()
        self.qapp.removeEventFilter(self.idle)
        self._idle_watching = False
        self._closed = True
        # A sync waiting on the hub is not waited for: it stops at its next step, as the
        # vault worker takes no more work, and resumes from there at the next sync.
        self.network.shutdown(wait=False)
        self.records_check.shutdown()
        self.worker.shutdown()
        for widget in (self.window, self.unlock_form, self.lock_form, self.wizard):
            if widget is not None:
                widget.deleteLater()
        self.window = self.unlock_form = self.lock_form = self.wizard = None


def run_app(data_dir: Path) -> int:
    """The desktop app: set-up wizard when there is no vault, else the unlock screen."""
    qapp = application()
    app = DirectworkApp(Path(data_dir))
    app.start()
    qapp.setQuitOnLastWindowClosed(True)
    code = qapp.exec()
    if app.window is None:
        app.shut_down()
    app.qapp.removeEventFilter(app.idle)
    app.network.shutdown(wait=False)
    app.worker.shutdown()
    return code


def self_test_gui(data_dir: Path, passphrase: str) -> None:
    """Offscreen check that the installed app works: unlock the vault (on its worker, as the
    unlock window does), show the main window with the caseload, then close. Raises on any
    failure."""
    qapp = application()
    app = DirectworkApp(Path(data_dir))
    try:
        unlocked: list[bool] = []
        failed: list[BaseException] = []
        vault = app.vault
        app.worker.call(vault.unlock, passphrase, success=lambda _r: unlocked.append(True),
                        failure=failed.append)
        _wait_for(qapp, lambda: bool(unlocked or failed), "the vault did not unlock")
        if failed:
            raise failed[0]
        window = app.show_main_window()
        loaded: list[bool] = []
        window.caseload.loaded.connect(lambda: loaded.append(True))
        _wait_for(qapp, lambda: bool(loaded), "the caseload did not load")
        if not window.isVisible():
            raise RuntimeError("the main window did not show")
        qapp.processEvents()
    finally:
        app.close()


def _wait_for(qapp: QApplication, done: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 30
    while not done() and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.005)
    if not done():
        raise RuntimeError(f"{what} within 30 seconds")
