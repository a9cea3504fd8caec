"""Python's cycle collector, run only on the GUI thread.

Left automatic, the collector runs in whichever thread happens to allocate past its
threshold, the vault worker included; a widget in a reference cycle collected there is
deleted off the GUI thread, and Qt crashes (seen: a segfault while the worker read the sync
status). The remedy is the well-known one for Qt apps in Python: switch automatic collection
off and collect from a timer on the GUI thread, generation by generation as the thresholds say.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500


class GarbageCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> None:
        first, second, third = gc.get_count()
        if first > self.thresholds[0]:
            gc.collect(0)
            if second > self.thresholds[1]:
                gc.collect(1)
                if third > self.thresholds[2]:
                    gc.collect(2)


def collect_on_gui_thread() -> None:
    """Install the collector once for this application (call on the GUI thread)."""
    app = QCoreApplication.instance()
    if app is None or app.findChild(GarbageCollector) is not None:
        return
    GarbageCollector(app)
