"""The unlock screen: passphrase, or the recovery key when the passphrase is forgotten; and,
when the records are damaged, missing or went back in time, Restore from a backup.

Unlocking runs on the vault worker (Argon2id is slow on purpose), so the window stays alive;
refusals are the vault's own messages, the same ones the command line prints. The screen says
when the last backup was made; after an unlock, a backup is made when the newest is a day old.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from directwork.domain.passphrase import passphrase_problem
from directwork.gui.common.a11y import named
from directwork.gui.common.retranslate import fill, translate
from directwork.gui.common.worker import VaultWorker
from directwork.gui.forms.ui_unlock import Ui_UnlockForm
from directwork.store.errors import VaultError

if TYPE_CHECKING:
    from datetime import datetime

    from directwork.store.keyfile import KdfParams
    from directwork.store.vault import Vault


def _message(error: BaseException) -> str:
    summary = getattr(error, "summary", "")
    if summary:  # records damaged, missing or gone back in time: the restore is right here
        return f"{summary} Choose Restore from a backup below to bring them back."
    if isinstance(error, VaultError):
        return error.message
    return f"The vault could not be opened: {error}. Nothing was changed."


class UnlockForm(QWidget):
    """Used on its own at start-up and inside the main window while it is locked."""

    unlocked = Signal()

    def __init__(self, worker: VaultWorker, *, kdf: KdfParams | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.kdf = kdf
        self.ui = Ui_UnlockForm()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAccessibleName(translate("UnlockForm", "Unlock directwork"))
        self.ui.unlockButton.clicked.connect(self.try_passphrase)
        self.ui.passphraseEdit.returnPressed.connect(self.try_passphrase)
        self.ui.forgotButton.clicked.connect(lambda: self._show_page(1))
        self.ui.backButton.clicked.connect(lambda: self._show_page(0))
        self.ui.recoverButton.clicked.connect(self.try_recovery_key)
        self.ui.repeatPassphraseEdit.returnPressed.connect(self.try_recovery_key)
        self._add_backup_row()
        self.restore_dialog: QWidget | None = None
        self.set_practitioner("")
        self._show_page(0)

    def _add_backup_row(self) -> None:
        """When the last backup was made, and the way to restore one, under the pages."""
        row = QHBoxLayout()
        self.backupLabel = named(QLabel(), self.tr("When the last backup was made"))
        self.backupLabel.setProperty("role", "hint")
        self.backupLabel.setWordWrap(True)
        self.restoreButton = named(QPushButton(self.tr("Res&tore from a backup…")),
                                   self.tr("Restore the records from a backup"))
        self.restoreButton.setAutoDefault(False)
        self.restoreButton.clicked.connect(self.open_restore)
        row.addWidget(self.backupLabel, 1)
        row.addWidget(self.restoreButton)
        self.ui.outerLayout.addLayout(row)

    def showEvent(self, event: QShowEvent) -> None:  # Qt's name
        super().showEvent(event)
        self.show_last_backup()

    def show_last_backup(self) -> None:
        def last(vault: Vault) -> tuple[datetime | None, int]:
            return vault.last_backup_made(), len(vault.list_backups())

        self.worker.on_vault(last, success=self._show_last_backup, failure=lambda _error: None)

    def _show_last_backup(self, found: tuple[datetime | None, int]) -> None:
        from directwork.gui.shell.restore_dialog import when

        if not shiboken6.isValid(self.backupLabel):
            return  # the form was closed (unlocked) before the answer came
        made, kept = found
        self.backupLabel.setText(
            self.tr("No backup has been made on this laptop yet.") if made is None else
            self.tr("Last backup made {when} ({kept} kept on this laptop).").format(
                when=when(made), kept=kept))

    def open_restore(self) -> None:
        from directwork.gui.shell.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.worker, self.ui.passphraseEdit.text(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.restored.connect(self._restored)
        self.restore_dialog = dialog
        dialog.destroyed.connect(lambda _=None: setattr(self, "restore_dialog", None))
        dialog.open()

    def _restored(self) -> None:
        self.ui.errorLabel.clear()
        self._did_unlock(None)

    def set_practitioner(self, name: str) -> None:
        self.ui.whoLabel.setText(
            fill(translate("UnlockForm", "Records of %1, on this laptop."), name) if name
            else translate("UnlockForm", "Records on this laptop."))

    def _show_page(self, index: int) -> None:
        self.ui.pages.setCurrentIndex(index)
        self.ui.errorLabel.clear()
        self.ui.recoveryErrorLabel.clear()
        (self.ui.passphraseEdit if index == 0 else self.ui.recoveryKeyEdit).setFocus()

    def reset(self) -> None:
        """Ready for the next unlock: empty fields, first page, nothing left in memory."""
        for edit in (self.ui.passphraseEdit, self.ui.recoveryKeyEdit,
                     self.ui.newPassphraseEdit, self.ui.repeatPassphraseEdit):
            edit.clear()
        self._set_busy(False)
        self._show_page(0)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.ui.passphraseEdit, self.ui.unlockButton, self.ui.forgotButton,
                       self.ui.recoveryKeyEdit, self.ui.newPassphraseEdit,
                       self.ui.repeatPassphraseEdit, self.ui.recoverButton, self.ui.backButton,
                       self.restoreButton):
            widget.setEnabled(not busy)

    # ------------------------------------------------------------------ passphrase

    def try_passphrase(self) -> None:
        passphrase = self.ui.passphraseEdit.text()
        if not passphrase:
            self.ui.errorLabel.setText(translate("UnlockForm", "Type your passphrase."))
            return
        self.ui.errorLabel.setText(translate("UnlockForm", "Checking…"))
        self._set_busy(True)
        # The vault object is read on the worker: at start-up it is made there, in the
        # background, while the window is already on screen.
        self.worker.on_vault(lambda vault: vault.unlock(passphrase),
                             success=self._did_unlock, failure=self._passphrase_refused)

    def _passphrase_refused(self, error: BaseException) -> None:
        self._set_busy(False)
        self.ui.passphraseEdit.clear()
        self.ui.passphraseEdit.setFocus()
        self.ui.errorLabel.setText(_message(error))

    # ------------------------------------------------------------------ recovery key

    def try_recovery_key(self) -> None:
        key = self.ui.recoveryKeyEdit.text().strip()
        new = self.ui.newPassphraseEdit.text()
        if not key:
            self.ui.recoveryErrorLabel.setText(translate("UnlockForm", "Type the recovery key."))
            return
        problem = passphrase_problem(new)
        if problem:
            self.ui.recoveryErrorLabel.setText(problem[0].upper() + problem[1:] + ".")
            return
        if new != self.ui.repeatPassphraseEdit.text():
            self.ui.recoveryErrorLabel.setText(translate("UnlockForm", "The two new passphrases are not the same."))
            return
        self.ui.recoveryErrorLabel.setText(translate("UnlockForm", "Checking…"))
        self._set_busy(True)
        kdf = self.kdf

        def recover_and_unlock(vault: Vault) -> None:
            from directwork.store.vault import Vault as VaultFiles

            VaultFiles.recover(vault.root, key, new, kdf)
            vault.unlock(new)

        self.worker.on_vault(recover_and_unlock, success=self._did_unlock,
                             failure=self._recovery_refused)

    def _recovery_refused(self, error: BaseException) -> None:
        self._set_busy(False)
        self.ui.recoveryErrorLabel.setText(_message(error))

    def _did_unlock(self, _result: object) -> None:
        self.reset()
        self.unlocked.emit()
        # After whatever unlocking asked the worker for (the caseload): the daily backup. A
        # failure (a full disk) reaches the practitioner through the worker's default failure.
        self.worker.on_vault(lambda vault: vault.backup_if_due())
