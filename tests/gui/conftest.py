"""Fixtures for driving the real app under pytest-qt: real vaults (fast KDF), real widgets,
and preferences kept in the test's own folder."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from directwork.gui.common.worker import VaultWorker
from directwork.gui.shell.app import DirectworkApp
from directwork.gui.shell.settings import Preferences
from directwork.store.vault import Vault
from tests.conftest import FixedClock
from tests.gui.drive import FAST
from tests.gui.vault_watch import VaultWatch


@pytest.fixture(autouse=True)
def vault_never_on_the_gui_thread(monkeypatch: pytest.MonkeyPatch) -> Iterator[VaultWatch]:
    """Fails any GUI test in which code in gui/ opens a vault session or a database connection
    on the GUI thread: all vault work belongs on the vault worker."""
    with VaultWatch().watching(monkeypatch) as watch:
        yield watch
    assert not watch.seen, "\n".join(watch.seen[:3])


@pytest.fixture
def prefs(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "preferences.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_app(qapp, prefs: Preferences) -> Iterator[Callable[[Path], DirectworkApp]]:
    made: list[DirectworkApp] = []

    def make(data_dir: Path) -> DirectworkApp:
        app = DirectworkApp(data_dir, kdf=FAST, prefs=prefs)
        made.append(app)
        return app

    yield make
    for app in made:
        app.close()
    # Closed windows are deleted now, not left to slow every later restyle in this process.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def worker(qtbot, vault: Vault, clock: FixedClock) -> Iterator[VaultWorker]:
    """A vault worker on the test's vault, whose clock the test moves by hand."""
    vault.clock = clock
    made = VaultWorker(vault)
    yield made
    made.wait_idle()
    made.shutdown()
    # Widgets the test left in reference cycles are collected here, on the GUI thread, before
    # the next test starts (automatic collection is off: see gui/common/collector.py).
    gc.collect()
