"""Sync with the team hub from the desktop app: "Sync now", a progress bar and a status line in
the status bar, background syncs while the hub can be reached, the "Connect to team hub…"
dialog, and what a laptop whose access was withdrawn shows.

Syncing and enrolling run on the network executor, never on the vault worker: a slow hub or a
first sync of thousands of records never delays opening or saving a record. ``SyncClient``
stores each step through the vault worker (``thread_side.run_and_wait``), so the vault keeps its one
thread and a save slots in between two requests to the hub. Progress crosses back to the GUI
by a queued signal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from directwork.gui.common.a11y import named, say
from directwork.gui.common.fit import shrinkable
from directwork.gui.common.mailbox import Mailbox
from directwork.gui.common.network import NetworkExecutor
from directwork.gui.common.retranslate import QT_TRANSLATE_NOOP, fill, plural, translate
from directwork.gui.common.worker import VaultWorker
from directwork.gui.practice.common import ProblemLabel, while_open

if TYPE_CHECKING:
    from directwork.store.sync_state import Enrolment
    from directwork.store.vault import Vault
    from directwork.sync.client import SyncResult
    from directwork.sync.protocol import EnrolResponse
    from directwork.sync.status import SyncSummary

LONDON = ZoneInfo("Europe/London")
SYNC_SHORTCUT = QKeySequence("Ctrl+Shift+Y")
EVERY_MS = 5 * 60 * 1000  # a background sync this often while the app is open and unlocked
AFTER_CHANGE_MS = 20 * 1000  # and this long after the last change, so a burst of saves is one sync
SOON_MS = 2 * 1000  # after unlocking
HOLD_AT_MOST_MS = 5 * 1000  # the status line waits for the caseload after unlocking, at most
NOT_CONNECTED = QT_TRANSLATE_NOOP("SyncPanel", "Not connected to a team hub")
OFFLINE = QT_TRANSLATE_NOOP("SyncPanel", "Hub not reachable, working offline — nothing is lost")
REVOKED_TITLE = QT_TRANSLATE_NOOP("SyncPanel",
                                  "This laptop's access to the team hub has been withdrawn")


@dataclass(frozen=True, slots=True)
class SyncFacts:
    enrolled: bool
    last_synced: datetime | None
    pending: int
    attention: int


def _enrolment_or_none(vault: Vault) -> Enrolment | None:
    """This laptop's enrolment, or None when it has none or the vault is locked (run on the
    vault worker)."""
    from directwork.store import sync_state

    return sync_state.enrolment(vault) if vault.is_unlocked else None


def _clock(moment: datetime) -> str:
    local = moment.astimezone(LONDON)
    if local.date() == datetime.now(UTC).astimezone(LONDON).date():
        return local.strftime("%H:%M")
    return local.strftime("%d/%m %H:%M")


def _changes(n: int) -> str:
    return plural(translate("SyncPanel", "%n change(s) waiting"), n)


def status_words(facts: SyncFacts, trouble: str = "") -> str:
    """The status line: "Last synced 10:42 · 3 changes waiting", or why it could not sync."""
    if not facts.enrolled:
        # Why the last sync stopped, when it left this laptop without a hub (the hub no
        # longer knows it, and says what to do), else simply that there is none.
        return trouble or QCoreApplication.translate("SyncPanel", NOT_CONNECTED)
    first = trouble or (translate("SyncPanel", "Last synced %1").replace(
        "%1", _clock(facts.last_synced)) if facts.last_synced
        else translate("SyncPanel", "Not synced yet"))
    parts = [first, _changes(facts.pending)]
    attention = facts.attention
    if attention:
        parts.append(plural(translate("SyncPanel", "needing attention: %n"), attention))
    return " · ".join(parts)


def is_unreachable(message: str) -> bool:
    """A sync that failed for want of a connection (worth retrying later), not a refusal."""
    return message.startswith(("could not reach", "the hub could not be reached",
                               "the hub answered 5", "the hub's answer was cut off"))


class SyncPanel(QObject):
    """The main window's sync controls and the background syncing behind them."""

    progress_did_change = Signal(str, int, object)  # stage, done, total (None: unknown)
    sync_did_finish = Signal(object)  # a SyncResult, or None when nothing was done
    device_was_revoked = Signal(str)

    def __init__(self, worker: VaultWorker, window: QMainWindow,
                 network: NetworkExecutor | None = None) -> None:
        super().__init__(window)
        self.worker, self.window = worker, window
        self.network = network or NetworkExecutor(self)
        self.running = False
        self.revoked = False
        self._again = False
        self._announcing = False
        self.trouble = ""
        self.facts = SyncFacts(False, None, 0, 0)
        # The status line's words are its accessible name (``say``): a screen reader
        # announces what it says, not "Sync status".
        self.status = shrinkable(QLabel())
        say(self.status, QCoreApplication.translate("SyncPanel", NOT_CONNECTED))
        self.progress = named(QProgressBar(), translate("SyncPanel", "Sync progress"))
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        window.statusBar().addPermanentWidget(self.progress)
        # Stretched: its size policy lets it shrink to the room left (the whole text is its
        # tooltip), and without a share of the bar that room was none.
        window.statusBar().addPermanentWidget(self.status, 1)
        self.sync_now_action = self._action(SYNC_SHORTCUT, self.sync_now)
        self.connect_action = self._action(None, self.open_connect)
        self.attention_action = self._action(None, self.open_attention)
        menu = self.menu = window.menuBar().addMenu("")
        self.retranslate()
        for action in (self.sync_now_action, self.attention_action, None, self.connect_action):
            menu.addSeparator() if action is None else menu.addAction(action)
        self.every = QTimer(self)
        self.every.setInterval(EVERY_MS)
        self.every.timeout.connect(self.sync_in_background)
        self.every.start()
        self.after_change = QTimer(self)
        self.after_change.setSingleShot(True)
        self.after_change.setInterval(AFTER_CHANGE_MS)
        self.after_change.timeout.connect(self.sync_in_background)
        self.soon = QTimer(self)  # after unlocking
        self.soon.setSingleShot(True)
        self.soon.setInterval(SOON_MS)
        self.soon.timeout.connect(self.sync_in_background)
        self.progress_did_change.connect(self._show_progress)
        self._progress_box = Mailbox(lambda step: self.progress_did_change.emit(*step), self)
        worker.operation_did_execute.connect(self._something_changed)
        window.installEventFilter(self)
        outer = getattr(window, "outer", None)
        if outer is not None:  # the main window's stack: pages, or the locked page
            outer.currentChanged.connect(lambda *_: self._unlocked() if self.can_sync else None)
        self.dialog: QDialog | None = None
        # While the caseload is read and drawn after unlocking, the status line waits.
        self.holding = QTimer(self)
        self.holding.setSingleShot(True)
        self.holding.setInterval(HOLD_AT_MOST_MS)
        self.holding.timeout.connect(self.release)
        self._unlock_held = False

    def _action(self, shortcut: QKeySequence | None, slot) -> QAction:
        action = QAction(self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def retranslate(self) -> None:
        """The Sync menu's words and the status line in the interface language."""
        self.menu.setTitle(translate("SyncPanel", "S&ync"))
        for action, text, tip in (
                (self.sync_now_action, translate("SyncPanel", "&Sync now"),
                 translate("SyncPanel", "Send this laptop's changes to the team hub and fetch "
                                        "the team's")),
                (self.connect_action, translate("SyncPanel", "&Connect to team hub…"),
                 translate("SyncPanel", "Join this laptop to the team's hub with a one-time "
                                        "code")),
                (self.attention_action, translate("SyncPanel", "&Needs attention…"),
                 translate("SyncPanel", "Records changed in two places, and changes the hub "
                                        "refused"))):
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
        if not self.running and not self.revoked:
            say(self.status, status_words(self.facts, self.trouble))

    # ------------------------------------------------------------------ when to sync

    @property
    def can_sync(self) -> bool:
        vault = self.worker.vault
        locked_screen = bool(getattr(self.window, "is_locked", False))
        return (not self.revoked and vault is not None and vault.is_unlocked
                and not locked_screen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Show and self.can_sync:
            self._unlocked()
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def _unlocked(self) -> None:
        if self.holding.isActive():
            self._unlock_held = True
            return
        self.refresh()
        self.soon.start()

    def hold(self) -> None:
        """Read nothing for the status line on unlocking until ``release`` (at most
        HOLD_AT_MOST_MS): the app holds it while the caseload is read and drawn, which its
        reads would otherwise follow on the vault thread and then slow, running as the
        caseload is painted."""
        self.holding.start()

    def release(self) -> None:
        self.holding.stop()
        if self._unlock_held:
            self._unlock_held = False
            if self.can_sync:
                self._unlocked()

    def _something_changed(self, _touches: object) -> None:
        # Before a hub is configured the status line cannot change with a save: no query.
        if self._announcing or self.revoked or not self.facts.enrolled:
            return
        self.refresh()
        self.after_change.start()

    def sync_in_background(self) -> None:
        """A sync nobody asked for: only when a hub is configured and the vault is open."""
        if self.facts.enrolled:
            self.sync_now()

    # ------------------------------------------------------------------ syncing

    def refresh(self) -> None:
        """Read the status line's facts again."""
        if not self.can_sync:
            return
        from directwork.store import sync_state
        from directwork.sync import status

        enrolled: list[bool] = []

        def show(summary: SyncSummary) -> None:
            if enrolled:  # else that read failed, and its failure has been reported
                self._show_facts(SyncFacts(enrolled[0], summary.last_synced, summary.pending,
                                           summary.needs_attention))
        # Two reads sent together run one after the other. A read that loses the race with
        # the lock fails with VaultLocked, which the app's failure handler passes over.
        self.worker.query(sync_state.is_enrolled, success=enrolled.append)
        self.worker.query(status.sync_summary, success=while_open(self.status, show))

    def _show_facts(self, facts: SyncFacts) -> None:
        self.facts = facts
        say(self.status, status_words(facts, self.trouble))

    def sync_now(self) -> None:
        if not self.can_sync:
            return
        if self.running:
            self._again = True
            return
        self.running = True
        self.soon.stop()  # this is the sync that unlocking asked for
        vault = self.worker.vault
        on_vault = self.worker.thread_side.run_and_wait
        # Progress crosses to the GUI thread through a mailbox: no signal is emitted there.
        post = self._progress_box.post

        def run() -> SyncResult | None:
            # On a network thread: each read and write of the vault goes to the vault worker.
            from directwork.sync.client import SyncClient

            if vault is None or on_vault(_enrolment_or_none, vault) is None:
                return None
            client = SyncClient(vault, timeout=20.0, retries=2, backoff=0.3, run_on_vault=on_vault)
            return client.sync(progress=lambda stage, done, total: post((stage, done, total)))

        self.progress.setRange(0, 0)
        self.progress.show()
        say(self.status, translate("SyncPanel", "Syncing with the team hub…"))
        # The window may close while the hub is answering: then there is nothing to show.
        self.network.call(run, success=while_open(self.status, self._synced),
                         failure=while_open(self.status, self._sync_failed))

    def _show_progress(self, stage: str, done: int, total: object) -> None:
        if not self.running:
            return
        if stage == "push" and isinstance(total, int) and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            say(self.status, translate("SyncPanel", "Sending changes to the team hub… %1 of %2")
                .replace("%1", str(done)).replace("%2", str(total)))
        else:
            self.progress.setRange(0, 0)
            say(self.status, translate("SyncPanel", "Fetching the team's changes…")
                if stage == "pull" else translate("SyncPanel", "Syncing with the team hub…"))

    @property
    def idle(self) -> bool:
        """No sync running and none asked for while one was."""
        return not self.running and not self._again

    def _finish(self) -> None:
        self.running = False
        self.progress.hide()
        if self._again:
            # Asked for while the last one ran (perhaps after it had sent what it had): go again.
            QTimer.singleShot(0, while_open(self.status, self._run_again))

    def _run_again(self) -> None:
        self._again = False
        self.sync_now()

    def _synced(self, result: SyncResult | None) -> None:
        self._finish()
        self.trouble = ""
        if result is not None and result.rejected:
            reason = result.rejected[0][2]
            n = len(result.rejected)
            self.trouble = plural(translate("SyncPanel", "The hub refused %n change(s): %1"), n).replace("%1", reason)
        if result is not None and (result.pushed or result.pulled or result.removed_children):
            # Views refresh (the Sync column, newly arrived records) without this refresh
            # counting as a change that needs another sync.
            self._announcing = True
            try:
                self.worker.operation_did_execute.emit(None)
            finally:
                self._announcing = False
        self.refresh()
        self.sync_did_finish.emit(result)

    def _sync_failed(self, error: BaseException) -> None:
        from directwork.sync.client import DeviceRevoked, SyncError

        self._finish()
        if isinstance(error, DeviceRevoked):
            self.show_revoked(str(error))
            return
        if isinstance(error, SyncError):
            message = str(error)
            self.trouble = (QCoreApplication.translate("SyncPanel", OFFLINE) if is_unreachable(message)
                            else translate("SyncPanel", "Sync stopped: %1").replace("%1", message))
        else:
            self.trouble = translate("SyncPanel", "Sync stopped: %1").replace(
                "%1", str(getattr(error, "message", None) or error))
        say(self.status, status_words(self.facts, self.trouble))
        self.refresh()
        self.sync_did_finish.emit(None)

    # ------------------------------------------------------------------ withdrawn access

    def show_revoked(self, reason: str) -> None:
        """The hub withdrew this laptop's access and the client wiped the store as told: say
        so plainly, and leave nothing on screen that came from the records."""
        self.revoked = True
        self.every.stop()
        self.soon.stop()
        self.after_change.stop()
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible():
                widget.hide()
        self.revoked_page = RevokedPage(reason)
        self.revoked_page.quit_button.clicked.connect(self.window.close)
        outer = getattr(self.window, "outer", None)
        if outer is not None:
            outer.addWidget(self.revoked_page)
            outer.setCurrentWidget(self.revoked_page)
        else:
            self.window.setCentralWidget(self.revoked_page)
        quit_action = getattr(self.window, "quit_action", None)
        for action in self.window.actions():
            action.setEnabled(action is quit_action)
        self.window.menuBar().setEnabled(False)
        for toolbar in self.window.findChildren(QWidget, "mainToolbar"):
            toolbar.setEnabled(False)
        if hasattr(self.window, "records_wiped"):
            self.window.records_wiped = True
        say(self.status, translate("SyncPanel",
                                   "Access withdrawn: this laptop's records were wiped"))
        self.device_was_revoked.emit(reason)

    # ------------------------------------------------------------------ dialogs

    def open_connect(self) -> ConnectDialog:
        dialog = ConnectDialog(self.worker, self.network, self.window)
        dialog.connected.connect(self._connected)
        self._open(dialog)
        return dialog

    def _connected(self, _answer: object) -> None:
        self.trouble = ""
        self.facts = SyncFacts(True, self.facts.last_synced, self.facts.pending,
                               self.facts.attention)
        self.sync_now()

    def open_attention(self) -> QDialog:
        from directwork.gui.sync.conflicts import NeedsAttentionDialog

        dialog = NeedsAttentionDialog(self.worker, self.window)
        self._open(dialog)
        return dialog

    def _open(self, dialog: QDialog) -> None:
        from directwork.gui.shell.lock import carry_lock_shortcut

        carry_lock_shortcut(dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.show()


class RevokedPage(QFrame):
    """Shown in place of everything once the hub has withdrawn this laptop's access."""

    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revokedPage")
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(REVOKED_TITLE)
        title.setProperty("role", "heading")
        title.setWordWrap(True)
        self.message = named(QLabel(
            fill(translate("RevokedPage", "As the team hub instructed, every record on this laptop has been wiped: the encrypted store, its backups and its key are gone from this laptop. Records that had been synced are safe on the team hub. Please speak to your manager or the person who looks after the hub.\n\nThe hub said: %1"), reason)), translate("RevokedPage", "What happened to this laptop's records"))
        self.message.setWordWrap(True)
        self.message.setMaximumWidth(620)
        self.quit_button = named(QPushButton(translate("RevokedPage", "&Quit directwork")), translate("RevokedPage", "Quit directwork"))
        layout.addWidget(title)
        layout.addWidget(self.message)
        layout.addWidget(self.quit_button, 0, Qt.AlignmentFlag.AlignLeft)


class ConnectDialog(QDialog):
    """Join this laptop to the team's hub: its address, the one-time code from whoever runs
    the hub, and (for a hub with its own certificate authority) that authority's file."""

    connected = Signal(object)  # the hub's EnrolResponse

    def __init__(self, worker: VaultWorker, network: NetworkExecutor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.network = worker, network
        self.setWindowTitle(translate("ConnectDialog", "Connect to team hub"))
        self.setAccessibleName(translate("ConnectDialog", "Connect to team hub"))
        self.resize(560, 260)
        layout = QVBoxLayout(self)
        intro = QLabel(translate("ConnectDialog", "Ask whoever runs your team's hub for its address and a one-time "
                       "enrolment code. Your records stay on this laptop either way."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.url = named(QLineEdit(), translate("ConnectDialog", "Hub address"), translate("ConnectDialog", "For example https://hub.example.org"))
        self.url.setPlaceholderText("https://…")
        self.code = named(QLineEdit(), translate("ConnectDialog", "One-time enrolment code"))
        self.ca_file = named(QLineEdit(), translate("ConnectDialog", "Certificate authority file (optional)"),
                             translate("ConnectDialog", "Only if the hub uses its own certificate authority"))
        choose = named(QPushButton(translate("ConnectDialog", "C&hoose…")), translate("ConnectDialog", "Choose the certificate authority file"))
        choose.clicked.connect(self._choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(choose)
        form.addRow(translate("ConnectDialog", "Hub &address"), self.url)
        form.addRow(translate("ConnectDialog", "Enrolment &code"), self.code)
        ca_label = QLabel(translate("ConnectDialog", "Certificate au&thority"))
        ca_label.setBuddy(self.ca_file)  # a row of two widgets gets no buddy of its own
        form.addRow(ca_label, ca_row)
        layout.addLayout(form)
        self.problems = ProblemLabel(translate("ConnectDialog", "Why the laptop was not connected"))
        layout.addWidget(self.problems)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(translate("ConnectDialog", "C&onnect"))
        named(self.connect_button, translate("ConnectDialog", "Connect"))
        named(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), translate("ConnectDialog", "Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("ConnectDialog", "Certificate authority file"), "",
                                              translate("ConnectDialog", "Certificates (*.pem *.crt);;All files (*)"))
        if path:
            self.ca_file.setText(path)

    def submit(self) -> None:
        url, code, ca = (self.url.text().strip(), self.code.text().strip(),
                         self.ca_file.text().strip())
        missing = [words for value, words in ((url, "Enter the hub's address."),
                                              (code, "Enter the one-time enrolment code."))
                   if not value]
        if missing:
            self.problems.show_problems(missing)
            return
        vault, on_vault = self.worker.vault, self.worker.thread_side.run_and_wait

        def enrol() -> EnrolResponse:
            # On a network thread; what the hub answers is stored through the vault worker.
            from directwork.sync.client import SyncClient

            assert vault is not None
            return SyncClient(vault, timeout=20.0, run_on_vault=on_vault).enrol(url, code,
                                                                               ca_file=ca)

        self.connect_button.setEnabled(False)
        self.problems.clear_problems()
        self.connect_button.setText(translate("ConnectDialog", "Connecting…"))
        self.network.call(enrol, success=while_open(self, self._enrolled),
                          failure=while_open(self, self._refused))

    def _enrolled(self, answer: object) -> None:
        self.connected.emit(answer)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.connect_button.setEnabled(True)
        self.connect_button.setText(translate("ConnectDialog", "C&onnect"))
        self.problems.show_problems([fill(translate("ConnectDialog", "Not connected: %1"), getattr(error, 'message', None) or error)])
