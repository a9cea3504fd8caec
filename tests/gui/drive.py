"""Driving the app as a practitioner would: typing, clicking, waiting for the vault worker."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication

from directwork.domain.records import Child
from directwork.gui.common.worker import VaultWorker
from directwork.gui.shell.app import DirectworkApp
from directwork.store import records
from directwork.store.keyfile import KdfParams
from directwork.store.vault import Vault
from tests.conftest import PASSPHRASE

FAST = KdfParams.fast_for_tests()


def settle(qtbot, app: DirectworkApp | VaultWorker, timeout: int = 10_000) -> None:
    """Wait until every operation sent to the vault worker (the app's, or this one), and to
    the app's network executor, has come back to the GUI."""
    runners = [app.worker, app.network] if isinstance(app, DirectworkApp) else [app]
    qtbot.waitUntil(lambda: not any(r.busy for r in runners), timeout=timeout)


def unlock(qtbot, app: DirectworkApp, passphrase: str = PASSPHRASE) -> None:
    """Type the passphrase into the unlock screen as a practitioner would, and wait for the
    caseload."""
    form = app.start()
    qtbot.keyClicks(form.ui.passphraseEdit, passphrase)
    with qtbot.waitSignal(app.main_window_shown, timeout=60_000):
        form.ui.unlockButton.click()
    assert app.window is not None
    # The window system's activation arrives a turn later, as keys typed next need it: the
    # main window, or what unlocking opened over it (a damaged-records message, say).
    qtbot.waitUntil(_a_shown_window_is_active, timeout=10_000)
    settle(qtbot, app)


def _a_shown_window_is_active() -> bool:
    active = QApplication.activeWindow()
    return active is not None and active.isVisible()


def add_children(vault: Vault, names: list[str], born: date = date(2011, 5, 1)) -> list[Child]:
    with vault.transaction() as session:
        return [records.save_document(session, Child(given_name=n, preferred_name=n,
                                                     date_of_birth=born)) for n in names]
