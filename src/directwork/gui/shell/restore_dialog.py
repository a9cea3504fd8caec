"""Restore from a backup, from the unlock screen: for a records file that is damaged, missing
or older than it should be.

The passphrase unwraps the key from the key file without opening the records; the vault's
rotating backups are then listed newest first, by date, with what each holds. Restoring checks
the chosen backup in full before anything is replaced, keeps the records it replaces (moved
aside, never deleted) and opens the vault. All of it runs on the vault worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from directwork.gui.common.a11y import named
from directwork.gui.common.dates import long_when
from directwork.gui.common.worker import VaultWorker

if TYPE_CHECKING:
    from datetime import datetime

    from directwork.store.backups import BackupInfo

LONDON = ZoneInfo("Europe/London")


def when(moment: datetime) -> str:
    return long_when(moment)


def _message(error: BaseException) -> str:
    return getattr(error, "message", None) or f"That did not work: {type(error).__name__}."


def describe(info: BackupInfo) -> str:
    """Two lines: when and why it was made; what it holds, or why it cannot be used."""
    reason = {"daily": "daily", "visit": "after a visit", "manual": "made by hand",
              "before-restore": "before a restore", "pre-migration": "before an update"
              }.get(info.reason, info.reason or "backup")
    first = f"{when(info.made_at)} ({reason})"
    if not info.usable:
        return f"{first}\n    cannot be used: {info.problem}"
    counts = info.counts
    second = (f"    {counts.get('children', 0)} children, {counts.get('entries', 0)} entries, "
              f"{counts.get('plans', 0)} plans")
    if info.holds_last_head is True:
        second += "; holds everything up to the last lock"
    elif info.holds_last_head is False:
        second += "; older than the records last seen"
    return f"{first}\n{second}"


class RestoreDialog(QDialog):
    """Shown from the unlock screen; ``restored`` fires once the vault is open again."""

    restored = Signal()

    def __init__(self, worker: VaultWorker, passphrase: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.backups: list[BackupInfo] = []
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setAccessibleName(self.windowTitle())
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Bring back the records from one of this laptop's backups. The records as they "
            "are now are kept: a damaged file is moved aside, never deleted."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Passphrase"))
        self.passphrase = named(QLineEdit(), self.tr("Passphrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setText(passphrase)
        self.passphrase.returnPressed.connect(self.show_backups)
        label.setBuddy(self.passphrase)
        self.show_button = named(QPushButton(self.tr("&Show backups")),
                                 self.tr("Show the backups on this laptop"))
        self.show_button.clicked.connect(self.show_backups)
        row.addWidget(label)
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.show_button)
        layout.addLayout(row)
        self.listing = named(QListWidget(), self.tr("Backups on this laptop, newest first"))
        self.listing.setWordWrap(True)
        self.listing.setSpacing(2)
        self.listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.listing.currentRowChanged.connect(self._chosen)
        self.listing.itemActivated.connect(lambda _item: self.restore())
        layout.addWidget(self.listing, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setProperty("role", "hint")
        layout.addWidget(self.status)
        self.buttons = named(QDialogButtonBox(), self.tr("Restore or cancel"))
        self.restore_button = named(self.buttons.addButton(
            self.tr("&Restore this backup"), QDialogButtonBox.ButtonRole.AcceptRole),
            self.tr("Restore the chosen backup"))
        self.restore_button.setEnabled(False)
        self.cancel_button = named(self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel),
                                   self.tr("Cancel"))
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()
        if passphrase:
            self.show_backups()

    def _busy(self, busy: bool, status: str = "") -> None:
        for widget in (self.passphrase, self.show_button, self.listing, self.cancel_button):
            widget.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self._chosen_backup() is not None)
        if status:
            self.status.setText(status)

    # ------------------------------------------------------------------ listing

    def show_backups(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self.status.setText(self.tr("Type your passphrase first."))
            return
        self._busy(True, self.tr("Checking each backup…"))
        self.worker.on_vault(lambda vault: vault.describe_backups(passphrase),
                             success=self._listed, failure=self._refused)

    def _listed(self, found: list[BackupInfo]) -> None:
        self.backups = found
        self.listing.clear()
        for info in found:
            item = QListWidgetItem(describe(info))
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            if not info.usable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled
                              & ~Qt.ItemFlag.ItemIsSelectable)
            self.listing.addItem(item)
        best = next((i for i, info in enumerate(found)
                     if info.usable and info.holds_last_head is not False), None)
        if best is None:
            best = next((i for i, info in enumerate(found) if info.usable), None)
        self._busy(False, self.tr("Choose the backup to bring back.") if found else
                   self.tr("There are no backups on this laptop. Ask IT for the laptop's own "
                           "backup."))
        if best is not None:
            self.listing.setCurrentRow(best)
            self.listing.setFocus()

    def _chosen_backup(self) -> BackupInfo | None:
        row = self.listing.currentRow()
        if 0 <= row < len(self.backups) and self.backups[row].usable:
            return self.backups[row]
        return None

    def _chosen(self, _row: int) -> None:
        self.restore_button.setEnabled(self._chosen_backup() is not None)

    # ------------------------------------------------------------------ restoring

    def restore(self) -> None:
        chosen = self._chosen_backup()
        if chosen is None:
            return
        passphrase = self.passphrase.text()
        path = Path(chosen.path)
        self._busy(True, self.tr("Checking the backup in full, then restoring it…"))
        self.worker.on_vault(lambda vault: vault.restore(
            path, passphrase=passphrase, open_after=True),
            success=self._restored, failure=self._refused)

    def _restored(self, _outcome: object) -> None:
        self.passphrase.clear()
        self.accept()
        self.restored.emit()

    def _refused(self, error: BaseException) -> None:
        self._busy(False, _message(error))
