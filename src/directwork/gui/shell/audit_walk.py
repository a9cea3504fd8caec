"""The whole audit chain, walked in the background when it is due (every
``audit.FULL_WALK_DAYS`` days): unlocking walks only what was appended after the chain's
checkpoint (store.records_file), so that the caseload is not kept waiting for it.

The walk starts a few seconds after the caseload is on screen and runs on the vault worker a
part at a time, so a record being opened waits for one part at most. Locking stops it (the
next unlock starts it again). When it finds damage the practitioner is told in words; the
records stay open, so nothing being typed is lost, and the next unlock refuses them, as it
refuses any damage (``Vault.walk_part`` drops the checkpoint).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from directwork.gui.common.worker import VaultWorker

if TYPE_CHECKING:
    from directwork.store.audit import WalkPart
    from directwork.store.head import Head

START_DELAY_MS = 5_000  # after the caseload is shown: the practitioner's first clicks go first
PART = 2_000  # events a part: tens of milliseconds


class AuditWalk(QObject):
    damaged = Signal(str)  # what to tell the practitioner
    finished = Signal(bool)  # the walk ended: True, the whole chain was found intact

    def __init__(self, worker: VaultWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.running = False
        self._target: Head | None = None

    def start_soon(self, delay_ms: int = START_DELAY_MS) -> None:
        QTimer.singleShot(delay_ms, self.start)

    def start(self) -> None:
        """Walk the whole chain if it is due (and not already being walked)."""
        if self.running:
            return
        from directwork.store.audit import full_walk_due

        self.running = True
        self.worker.query(full_walk_due, success=self._begin, failure=self._stopped)

    def _begin(self, target: Head | None) -> None:
        if target is None:
            self.running = False
            return
        self._target = target
        self._next(None)

    def _next(self, after: Head | None) -> None:
        target = self._target
        if not self.running or target is None:
            return
        self.worker.call(lambda: self.worker.require_vault().walk_part(after, target.seq, PART),
                         success=self._walked, failure=self._stopped)

    def _walked(self, part: WalkPart) -> None:
        if not part.intact:
            self.running = False
            self._found_damage(part.why)
            return
        if part.done:
            self.running = False
            self.finished.emit(True)
            return
        QTimer.singleShot(0, lambda last=part.last: self._next(last))

    def _stopped(self, error: Any) -> None:
        from directwork.store.errors import VaultLocked

        self.running = False
        if isinstance(error, VaultLocked):
            return  # locked meanwhile: the walk starts again after the next unlock
        self._found_damage(str(getattr(error, "message", None) or error))

    def _found_damage(self, why: str) -> None:
        self.damaged.emit(self.tr(
            "directwork checks its record of who viewed and changed what on this laptop "
            "(the audit trail) every week. It has found a change that directwork did not "
            "make: {why}.\n\nYour records stay open for now, so nothing you are typing is "
            "lost. Please tell IT today. The next time directwork is unlocked it will not "
            "open these records until IT has looked at them (they can run `directwork "
            "check` and restore a backup).").format(why=why))
        self.finished.emit(False)
