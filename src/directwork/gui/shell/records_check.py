"""The checks unlocking leaves for after the caseload is shown, so that it is not kept waiting
for them: SQLite's check of the whole records file, when the unlock started from the audit
checkpoint (``Vault.structure_unchecked``), and the walk of the whole audit chain, when it is
due (every ``audit.FULL_WALK_DAYS`` days). Unlocking itself walks only what was appended after
the chain's checkpoint (store.records_file); every page read is authenticated as it is read.

Both start a few seconds after the caseload is on screen. The file check runs on a thread of
its own with a read-only connection of its own; the chain walk runs on the vault worker a part
at a time, so a record being opened waits for one part at most. Locking stops the walk (the
next unlock starts it again). When either finds damage the practitioner is told in words; the
records stay open, so nothing being typed is lost, and the checkpoint is dropped, so the next
unlock runs every check and refuses the records, as it refuses any damage.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from directwork.gui.common.worker import BackgroundRunner, VaultWorker

if TYPE_CHECKING:
    from directwork.store.audit import WalkPart
    from directwork.store.head import Head

START_DELAY_MS = 5_000  # after the caseload is shown: the practitioner's first clicks go first
PART = 2_000  # events a part: tens of milliseconds


class RecordsCheck(QObject):
    damaged = Signal(str)  # what to tell the practitioner
    walked = Signal(bool)  # the chain walk ended: True, the whole chain was found intact
    file_checked = Signal(bool)  # the file check ended: True, nothing wrong

    def __init__(self, worker: VaultWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.walking = False
        self.checking_file = False
        self._target: Head | None = None
        self._file_runner = BackgroundRunner(
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="records-check"), self)

    def start_soon(self, delay_ms: int = START_DELAY_MS) -> None:
        QTimer.singleShot(delay_ms, self.start)

    def start(self) -> None:
        self.check_file()
        self.walk()

    def shutdown(self) -> None:
        # A file check under way is not waited for: it reads, holds its own copy of the key
        # and wipes it when it ends.
        self._file_runner.shutdown(wait=False)

    # ------------------------------------------------------------------ the whole file

    def check_file(self) -> None:
        """SQLite's check of the whole file, when the last unlock left it out."""
        vault = self.worker.vault
        if self.checking_file or vault is None or not vault.structure_unchecked:
            return
        self.checking_file = True
        self._file_runner.call(vault.check_structure, success=self._file_done,
                               failure=self._file_failed)

    def _file_done(self, problem: str | None) -> None:
        self.checking_file = False
        vault = self.worker.vault
        if problem is None:
            if vault is not None:
                vault.structure_unchecked = False
            self.file_checked.emit(True)
            return
        if vault is not None:
            self.worker.call(vault.forget_checkpoint, failure=lambda _e: None)
        self._found_damage(self.tr("part of the records file is damaged ({problem})")
                           .format(problem=problem))
        self.file_checked.emit(False)

    def _file_failed(self, error: Any) -> None:
        from directwork.store.errors import VaultLocked

        self.checking_file = False
        if not isinstance(error, VaultLocked):  # locked meanwhile: the next unlock checks
            self._file_done(str(getattr(error, "message", None) or error))

    # ------------------------------------------------------------------ the whole chain

    def walk(self) -> None:
        """Walk the whole chain if it is due (and not already being walked)."""
        if self.walking:
            return
        from directwork.store.audit import full_walk_due

        self.walking = True
        self.worker.query(full_walk_due, success=self._begin, failure=self._stopped)

    def _begin(self, target: Head | None) -> None:
        if target is None:
            self.walking = False
            return
        self._target = target
        self._next(None)

    def _next(self, after: Head | None) -> None:
        target, vault = self._target, self.worker.vault
        if not self.walking or target is None or vault is None:
            self.walking = False
            return
        # The vault's own method: what runs on the worker holds no Qt object.
        self.worker.call(vault.walk_part, after, target.seq, PART, success=self._walked,
                         failure=self._stopped)

    def _walked(self, part: WalkPart) -> None:
        if not part.intact:
            self.walking = False
            self._found_damage(part.why)
            self.walked.emit(False)
            return
        if part.done:
            self.walking = False
            self.walked.emit(True)
            return
        QTimer.singleShot(0, lambda last=part.last: self._next(last))

    def _stopped(self, error: Any) -> None:
        from directwork.store.errors import VaultLocked

        self.walking = False
        if isinstance(error, VaultLocked):
            return  # locked meanwhile: the walk starts again after the next unlock
        self._found_damage(str(getattr(error, "message", None) or error))
        self.walked.emit(False)

    # ------------------------------------------------------------------ telling

    def _found_damage(self, why: str) -> None:
        self.damaged.emit(self.tr(
            "After unlocking, directwork checks the whole of this laptop's records and its "
            "record of who viewed and changed what (the audit trail). It has found something "
            "directwork did not do: {why}.\n\nYour records stay open for now, so nothing you "
            "are typing is lost. Please tell IT today. The next time directwork is unlocked "
            "it will not open these records until IT has looked at them (they can run "
            "`directwork check` and restore a backup).").format(why=why))
