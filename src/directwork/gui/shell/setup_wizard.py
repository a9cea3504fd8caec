"""First run: choose a passphrase (with a strength meter and a minimum), then keep the
recovery key, shown once, printed or saved, with a confirmation that it was kept."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from directwork.domain.passphrase import passphrase_problem, strength_bits, strength_label
from directwork.gui.common.a11y import named
from directwork.gui.common.retranslate import QT_TRANSLATE_NOOP, TranslatedWords, fill, translate
from directwork.gui.common.worker import VaultWorker
from directwork.gui.forms.ui_setup_passphrase import Ui_SetupPassphrasePage
from directwork.store.errors import VaultError
from directwork.store.private_files import write_private

if TYPE_CHECKING:
    from directwork.store.keyfile import KdfParams
    from directwork.store.vault import Vault

STRONG_BITS = 60  # about 10^18 guesses: the meter is full


GROUPS_A_LINE = 4


def key_lines(key: str, per_line: int = GROUPS_A_LINE) -> str:
    """The recovery key as shown: whole groups, a few to a line, joined by hyphens that never
    break (typed back, the key is read without them: keyfile.normalise_recovery_key)."""
    groups = key.split("-")
    return "\n".join("\u2011".join(groups[i:i + per_line])
                     for i in range(0, len(groups), per_line))



# The words domain/passphrase.py gives for a passphrase's strength.
STRENGTH_WORDS = TranslatedWords("SetupPassphrasePage", {
    "too weak": QT_TRANSLATE_NOOP("SetupPassphrasePage", "too weak"),
    "fair": QT_TRANSLATE_NOOP("SetupPassphrasePage", "fair"),
    "good": QT_TRANSLATE_NOOP("SetupPassphrasePage", "good"),
    "strong": QT_TRANSLATE_NOOP("SetupPassphrasePage", "strong")})

class PassphrasePage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setup = wizard
        self.ui = Ui_SetupPassphrasePage()
        self.ui.setupUi(self)
        self._created = False
        self.ui.passphraseEdit.textChanged.connect(self._update)
        self.ui.repeatEdit.textChanged.connect(self._update)
        self.ui.nameEdit.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        passphrase = self.ui.passphraseEdit.text()
        own = self._own_words()
        bits = strength_bits(passphrase, own)
        self.ui.strengthMeter.setValue(min(100, int(100 * bits / STRONG_BITS)))
        label = STRENGTH_WORDS.get(strength_label(passphrase, own) if passphrase else "too weak",
                                   "")
        self.ui.strengthText.setText(label)
        self.ui.strengthMeter.setAccessibleDescription(fill(translate("PassphrasePage", "Passphrase strength: %1"), label))
        typed = passphrase or self.ui.repeatEdit.text()
        self.ui.problemLabel.setText(self.problem() if typed else "")
        self.completeChanged.emit()

    def _own_words(self) -> list[str]:
        """The practitioner's name and team: a passphrase made of them is easy to guess."""
        return [w for e in (self.ui.nameEdit, self.ui.teamEdit) for w in e.text().split()]

    def problem(self) -> str:
        if not self.ui.nameEdit.text().strip():
            return "Type your name: it goes on the summaries you give children and carers."
        passphrase = self.ui.passphraseEdit.text()
        found = passphrase_problem(passphrase, self._own_words())
        if found:
            return found[0].upper() + found[1:] + "."
        if self.ui.repeatEdit.text() != passphrase:
            return "Type the same passphrase again below."
        return ""

    def isComplete(self) -> bool:
        return not self.problem() and not self.setup.creating

    def validatePage(self) -> bool:
        if self._created:
            return True
        # Creating the vault is slow on purpose (Argon2id): it runs on the worker and moves
        # the wizard on when it is done.
        self.setup.create_vault(self.ui.passphraseEdit.text(), self.ui.nameEdit.text().strip(),
                                self.ui.teamEdit.text().strip(), self.ui.contactEdit.text().strip())
        return False

    def vault_created(self) -> None:
        self._created = True
        self.ui.passphraseEdit.clear()
        self.ui.repeatEdit.clear()
        for edit in (self.ui.nameEdit, self.ui.teamEdit, self.ui.contactEdit,
                     self.ui.passphraseEdit, self.ui.repeatEdit):
            edit.setEnabled(False)


class RecoveryKeyPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setup = wizard
        self.setTitle(translate("RecoveryKeyPage", "Keep your recovery key"))
        self.setSubTitle(translate("RecoveryKeyPage", "If you forget your passphrase, this key is the only way back into your "
                         "records. It is shown only now. Print it or save it somewhere safe, away "
                         "from this laptop."))
        layout = QVBoxLayout(self)
        # Said only when setting up found what a setting up cut off part way had left here,
        # and moved it aside (store.vault): where it went, and that nothing was deleted.
        self.left_aside = QLabel()
        self.left_aside.setWordWrap(True)
        self.left_aside.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.left_aside.setProperty("role", "hint")
        self.left_aside.hide()
        layout.addWidget(self.left_aside)
        self.key_label = QLabel()
        self.key_label.setProperty("role", "recovery-key")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Never wrapped by the label (it would break a group in two): the key comes in lines
        # of whole groups (key_lines).
        self.key_label.setWordWrap(False)
        named(self.key_label, translate("RecoveryKeyPage", "Recovery key"))
        layout.addWidget(self.key_label)
        buttons = QHBoxLayout()
        self.print_button = named(QPushButton(translate("RecoveryKeyPage", "&Print…")), translate("RecoveryKeyPage", "Print the recovery key"))
        self.save_button = named(QPushButton(translate("RecoveryKeyPage", "&Save to a file…")), translate("RecoveryKeyPage", "Save the recovery key to a file"))
        self.print_button.clicked.connect(self.print_key)
        self.save_button.clicked.connect(self.save_key)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        layout.addWidget(self.status)
        layout.addStretch()
        self.kept = named(QCheckBox(translate("RecoveryKeyPage", "I have printed or saved the recovery key and will keep it safe")),
                          translate("RecoveryKeyPage", "I have kept the recovery key"))
        self.kept.toggled.connect(self.completeChanged)
        layout.addWidget(self.kept)

    def initializePage(self) -> None:
        self.key_label.setText(key_lines(self.setup.recovery_key))
        moved = self.setup.vault.left_aside if self.setup.vault is not None else None
        self.left_aside.setVisible(moved is not None)
        if moved is not None:
            self.left_aside.setText(fill(translate(
                "RecoveryKeyPage", "Setting up was cut off here once before and had left files in "
                "this folder. They were moved, not deleted, to %1. If they hold records you still "
                "need, ask IT: that folder keeps them as they were."), str(moved)))

    def isComplete(self) -> bool:
        return self.kept.isChecked()

    def _document(self) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(QFont("monospace", 14))
        # Laid out as on screen, in whole groups (typed back, the hyphens do not matter).
        doc.setPlainText("directwork recovery key\n\n" f"{key_lines(self.setup.recovery_key)}\n\n"
                         "Keep this safe and away from the laptop. It opens the records if the "
                         "passphrase is forgotten.")
        return doc

    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self._document().print_(printer)
            self.status.setText(translate("RecoveryKeyPage", "Sent to the printer."))

    def save_key(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, translate("RecoveryKeyPage", "Save the recovery key"),
                                              translate("RecoveryKeyPage", "directwork-recovery-key.txt"), translate("RecoveryKeyPage", "Text (*.txt)"))
        if path:
            self.write_key(Path(path))

    def write_key(self, path: Path) -> None:
        try:
            # Readable only by its owner (0600), synced; the file dialog asked about replacing.
            write_private(path, (self._document().toPlainText() + "\n").encode("utf-8"),
                          replace=True)
        except OSError as exc:
            self.status.setText(fill(translate("RecoveryKeyPage", "Could not save it there (%1). Choose another place."), exc.strerror))
            return
        self.status.setText(fill(translate("RecoveryKeyPage", "Saved to %1."), path))


class SetupWizard(QWizard):
    """Emits ``vault_ready`` with the new, unlocked vault once the recovery key was kept."""

    vault_ready = Signal(object)

    def __init__(self, worker: VaultWorker, data_dir: Path, *, kdf: KdfParams | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.data_dir = data_dir
        self.kdf = kdf
        self.recovery_key = ""
        self.creating = False
        self.vault: Vault | None = None
        self.setWindowTitle(translate("SetupWizard", "Set up directwork"))
        self.setAccessibleName(translate("SetupWizard", "Set up directwork"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.passphrase_page = PassphrasePage(self)
        self.recovery_page = RecoveryKeyPage(self)
        self.addPage(self.passphrase_page)
        self.addPage(self.recovery_page)
        for which, name in ((QWizard.WizardButton.NextButton, "Next"),
                            (QWizard.WizardButton.BackButton, "Back"),
                            (QWizard.WizardButton.CancelButton, "Cancel set-up"),
                            (QWizard.WizardButton.FinishButton, "Finish set-up"),
                            (QWizard.WizardButton.HelpButton, "Help"),
                            (QWizard.WizardButton.CommitButton, "Commit")):
            named(self.button(which), name)
        self.resize(620, 460)

    def create_vault(self, passphrase: str, name: str, team: str, contact: str = "") -> None:
        self.creating = True
        self.passphrase_page.completeChanged.emit()
        self.passphrase_page.ui.problemLabel.setText(translate("SetupWizard", "Making your encrypted vault…"))
        root, kdf = self.data_dir, self.kdf

        def create() -> tuple[Vault, str]:
            from directwork.store.vault import Vault

            return Vault.create(root, passphrase, practitioner_name=name, team=team,
                                practitioner_contact=contact, kdf=kdf)

        self.worker.call(create, success=self._created, failure=self._refused)

    def _created(self, result: tuple[Vault, str]) -> None:
        self.vault, self.recovery_key = result
        self.worker.vault = self.vault
        self.creating = False
        self.passphrase_page.ui.problemLabel.clear()
        self.passphrase_page.vault_created()
        self.next()

    def _refused(self, error: BaseException) -> None:
        self.creating = False
        message = error.message if isinstance(error, VaultError) else str(error)
        self.passphrase_page.ui.problemLabel.setText(message)
        self.passphrase_page.completeChanged.emit()

    def reject(self) -> None:
        """Closing (Escape, the window's close button) is refused while the recovery key is
        on screen: it is shown this once, and a vault whose key nobody kept has no way back
        from a forgotten passphrase."""
        if self.vault is not None and self.recovery_key:
            box = QMessageBox(QMessageBox.Icon.Information, translate("SetupWizard", "Keep your recovery key"),
                              translate("SetupWizard", "Your vault is made. Before closing, print or save the recovery "
                              "key and tick the box: it is shown only this once."),
                              QMessageBox.StandardButton.Ok, self)
            box.setAccessibleName(translate("SetupWizard", "Keep your recovery key first"))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            box.open()
            return
        super().reject()

    def accept(self) -> None:
        if self.vault is None:
            return
        super().accept()
        self.recovery_key = ""
        self.recovery_page.key_label.clear()
        self.vault_ready.emit(self.vault)
