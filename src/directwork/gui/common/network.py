"""Network work (syncing with the team hub, enrolling this laptop) runs on its own threads,
never on the vault worker: a slow hub or a first sync of thousands of records never delays
opening or saving a record.

What the hub sends is stored through the vault worker (``VaultWorker.thread_side.run_and_wait``, handed
to the sync client), so the vault still has one thread, and saves slot in between a sync's
requests. Results come back on the GUI thread by the same queued signal as the vault
worker's.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject

from directwork.gui.common.worker import BackgroundRunner

NETWORK_THREAD = "network"


class NetworkExecutor(BackgroundRunner):
    """A small pool of threads for calls to the hub. Widgets are never touched there."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(ThreadPoolExecutor(max_workers=2, thread_name_prefix=NETWORK_THREAD),
                         parent)
