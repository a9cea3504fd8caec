"""Unlocking with the passphrase or the recovery key, and locking: after idle time, from the
Lock button or its shortcut. A lock hides every window and drops the key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox

from directwork.gui.record.child_form import NewChildDialog
from directwork.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.drive import FAST, add_children, settle, unlock

NEW_PASSPHRASE = "a brand new passphrase"


def _refused(qtbot, app, passphrase: str, words: str):
    """Type ``passphrase`` on the unlock screen and press Unlock; wait for a refusal holding
    ``words``, and return the form."""
    form = app.start()
    qtbot.keyClicks(form.ui.passphraseEdit, passphrase)
    form.ui.unlockButton.click()
    qtbot.waitUntil(lambda: words in form.ui.errorLabel.text(), timeout=30_000)
    return form


def test_wrong_passphrase_is_refused_with_the_vaults_own_words(qtbot, make_app, vault,
                                                                data_dir: Path) -> None:
    vault.lock()
    app = make_app(data_dir)
    form = _refused(qtbot, app, "wrong passphrase", "not right")
    assert "Caps Lock" in form.ui.errorLabel.text()
    assert app.window is None and not app.vault.is_unlocked
    assert form.ui.passphraseEdit.text() == "" and form.ui.unlockButton.isEnabled()


def test_a_missing_key_file_is_explained_not_replaced(qtbot, make_app, vault,
                                                      data_dir: Path) -> None:
    vault.lock()
    (data_dir / "vault.key").unlink()
    _refused(qtbot, make_app(data_dir), PASSPHRASE, "key file is missing")
    assert not (data_dir / "vault.key").exists()


def test_a_folder_in_place_of_the_lock_file_is_named_on_the_unlock_screen(
        qtbot, make_app, vault, data_dir: Path) -> None:
    vault.lock()
    (data_dir / "vault.lock").unlink()
    (data_dir / "vault.lock").mkdir()
    app = make_app(data_dir)
    said = _refused(qtbot, app, PASSPHRASE, "lock file").ui.errorLabel.text()
    assert str(data_dir / "vault.lock") in said and "a folder" in said and "Ask IT" in said
    assert app.window is None and not app.vault.is_unlocked


def test_forgotten_passphrase_the_recovery_key_sets_a_new_one(qtbot, make_app,
                                                              data_dir: Path) -> None:
    vault, recovery = Vault.create(data_dir, PASSPHRASE, kdf=FAST)
    vault.lock()
    app = make_app(data_dir)
    form = app.start()
    form.ui.forgotButton.click()
    assert form.ui.pages.currentWidget() is form.ui.recoveryPage
    qtbot.keyClicks(form.ui.recoveryKeyEdit, recovery)
    qtbot.keyClicks(form.ui.newPassphraseEdit, "short")
    qtbot.keyClicks(form.ui.repeatPassphraseEdit, "short")
    form.ui.recoverButton.click()
    assert "at least" in form.ui.recoveryErrorLabel.text()
    for edit in (form.ui.newPassphraseEdit, form.ui.repeatPassphraseEdit):
        edit.clear()
        qtbot.keyClicks(edit, NEW_PASSPHRASE)
    with qtbot.waitSignal(app.main_window_shown, timeout=30_000):
        form.ui.recoverButton.click()
    settle(qtbot, app)
    app.close()
    again = Vault(data_dir)
    again.unlock(NEW_PASSPHRASE)
    again.lock()


def test_idle_time_locks_the_app_and_drops_the_key(qtbot, make_app, prefs, vault,
                                                    data_dir: Path) -> None:
    vault.lock()
    prefs.idle_lock_minutes = 0.005  # 300 ms
    app = make_app(data_dir)
    unlock(qtbot, app)
    assert app.prefs.idle_lock_minutes == 0.005
    qtbot.waitUntil(lambda: app.window.is_locked, timeout=5000)
    settle(qtbot, app)
    assert not app.vault.is_unlocked
    assert not app.window.caseload.isVisible()


def test_lock_shortcut_hides_open_dialogs_and_unlock_brings_them_back(qtbot, make_app, vault,
                                                                      data_dir: Path) -> None:
    add_children(vault, ["Jay"])
    vault.lock()
    app = make_app(data_dir)
    unlock(qtbot, app)
    window = app.window
    assert window.lock_action.shortcut() == QKeySequence("Ctrl+L")
    window.new_child_action.trigger()
    dialog = next(d for d in app.dialogs if isinstance(d, NewChildDialog))
    qtbot.keyClicks(dialog.form.preferred_name, "Sky")
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    qtbot.keyClick(dialog.form.preferred_name, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.is_locked, timeout=5000)
    settle(qtbot, app)
    assert not dialog.isVisible() and not app.vault.is_unlocked
    assert not window.new_child_action.isEnabled(), "actions stay usable while locked"
    qtbot.keyClicks(app.lock_form.ui.passphraseEdit, PASSPHRASE)
    app.lock_form.ui.unlockButton.click()
    qtbot.waitUntil(lambda: not window.is_locked, timeout=30_000)
    assert dialog.isVisible() and dialog.form.preferred_name.text() == "Sky"
    assert window.caseload.isVisible()


def test_the_idle_time_is_a_setting_the_practitioner_can_change(qtbot, make_app, vault, prefs,
                                                                data_dir: Path) -> None:
    from directwork.gui.shell.lock import IdleLockDialog

    vault.lock()
    app = make_app(data_dir)
    unlock(qtbot, app)
    assert app.idle.timer.interval() == 5 * 60_000, "the default is five minutes"
    app.window.idle_lock_action.trigger()
    dialog = next(d for d in app.dialogs if isinstance(d, IdleLockDialog))
    assert dialog.minutes.value() == 5
    dialog.minutes.setValue(2)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert prefs.idle_lock_minutes == 2 and app.idle.timer.interval() == 2 * 60_000
    assert app.idle.timer.isActive()


def test_tab_moves_through_the_unlock_screen_in_reading_order(qtbot, make_app, vault,
                                                              data_dir: Path) -> None:
    vault.lock()
    form = make_app(data_dir).start()
    order = [form.ui.passphraseEdit]
    while len(order) < 3:
        order.append(order[-1].nextInFocusChain())
        while not order[-1].focusPolicy() & Qt.FocusPolicy.TabFocus:
            order[-1] = order[-1].nextInFocusChain()
    assert order == [form.ui.passphraseEdit, form.ui.unlockButton, form.ui.forgotButton]
