"""Python's cycle collector, run only on the GUI thread.

Left automatic, the collector runs in whichever thread happens to allocate past its
threshold, the vault worker included; a widget in a reference cycle collected there is
deleted off the GUI thread, and Qt crashes (seen: a segfault while the worker read the sync
status). The remedy is the well-known one for Qt apps in Python: switch automatic collection
off and collect from a timer on the GUI thread.

Each tick collects the youngest generation whatever ``gc.get_count()`` says. That count is
allocations minus deallocations, so garbage the worker makes and frees brings it back under
the threshold while a cycle made earlier still waits: a collector that waited for the count
could leave that cycle (a closed window, say) uncollected for as long as the app stayed quiet.
Collecting the young generation costs only what was made since the last tick; the older
generations follow CPython's own cadence, counted in young collections.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500
HOLD_AT_MOST_MS = 5_000


class GarbageCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)
        self.holding = QTimer(self)
        self.holding.setSingleShot(True)
        self.holding.timeout.connect(self.release)

    def hold(self, at_most_ms: int = HOLD_AT_MOST_MS) -> None:
        """No collection until ``release`` (at most ``at_most_ms``): for a moment the
        practitioner waits on, the caseload read and painted after unlocking. A collection
        holds the interpreter, the vault worker's reading too, for as long as it takes (tens
        of milliseconds for what a read of 500 children leaves); what became garbage meanwhile
        is collected at the next tick after."""
        self.timer.stop()
        self.holding.start(at_most_ms)

    def release(self) -> None:
        self.holding.stop()
        if not self.timer.isActive():
            self.timer.start(INTERVAL_MS)

    def check(self) -> None:
        """Collect what became garbage since the last tick (and, every so many ticks, the
        older generations). Runs on the GUI thread, from the timer."""
        gc.collect(0)
        # gc.collect(n) adds one to the count of generation n + 1, as automatic collection does.
        if gc.get_count()[1] > self.thresholds[1]:
            gc.collect(1)
            if gc.get_count()[2] > self.thresholds[2]:
                gc.collect(2)


def collect_on_gui_thread() -> GarbageCollector | None:
    """Install the collector once for this application (call on the GUI thread); returns it."""
    app = QCoreApplication.instance()
    if app is None:
        return None
    found = app.findChild(GarbageCollector)
    return found if found is not None else GarbageCollector(app)
