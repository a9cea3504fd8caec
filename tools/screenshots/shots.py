"""What every screenshot script shares: let the vault worker finish, then grab a widget."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from directwork.gui.common.worker import VaultWorker
from directwork.store.vault import Vault

PASSPHRASE = "screenshots only, never a real vault"


def settle(worker: VaultWorker, pause: float = 0.05) -> None:
    """Run the event loop until the worker has nothing left, then a moment more for painting."""
    app = QApplication.instance()
    assert app is not None
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        app.processEvents()
        if not worker.busy:
            break
        time.sleep(0.005)
    time.sleep(pause)
    app.processEvents()


def shoot(widget: QWidget, path: Path) -> Path:
    widget.grab().save(str(path))
    print(f"screenshots: {path}")
    return path


@contextmanager
def manager_vault(now: datetime) -> Iterator[tuple[Vault, Path]]:
    """A throwaway vault of the invented team manager, in the light theme, its clock at
    ``now`` (for the team pages); yields it with its folder, locked and removed afterwards."""
    from directwork.gui.shell import theme
    from directwork.gui.shell.app import application
    from directwork.store.keyfile import KdfParams

    application().setStyleSheet(theme.stylesheet(False))
    with tempfile.TemporaryDirectory() as folder:
        vault, _ = Vault.create(Path(folder) / "vault", PASSPHRASE,
                                practitioner_name="Morgan Team Manager",
                                kdf=KdfParams.fast_for_tests())
        vault.clock = lambda: now
        try:
            yield vault, Path(folder)
        finally:
            vault.lock()

