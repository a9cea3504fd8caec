"""What every screenshot script shares: let the vault worker finish, then grab a widget."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from directwork.gui.common.worker import VaultWorker

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
