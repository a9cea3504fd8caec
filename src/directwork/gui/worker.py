"""All database work runs on one worker thread; results come back on the GUI thread.

The shape is Anki's task manager (qt/aqt/taskman.py, qt/aqt/operations): one single-thread
executor, so operations never overlap, and ``QueryOp``-like reads and ``CollectionOp``-like
changes whose ``success``/``failure`` callbacks are delivered by a queued signal. Widgets are
never touched off the GUI thread: the worker only ever runs plain functions on the vault.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # kept out of start-up: the unlock window must not wait for SQLAlchemy
    from sqlalchemy.orm import Session

    from directwork.store.vault import Vault

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class VaultWorker(QObject):
    """The one thread that touches the vault, and the GUI-side ends of its operations."""

    # (callback, value) pairs crossing from the worker thread to the GUI thread.
    _result_ready = Signal(object)
    operation_did_execute = Signal(object)  # the set of child ids a change touched
    busy_did_change = Signal(bool)

    def __init__(self, vault: Vault | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vault")
        self._pending = 0
        self._lock = threading.Lock()
        self._result_ready.connect(self._deliver)
        # Where an operation's error goes when it brought no failure callback of its own (the
        # app shows it to the practitioner); without one, it is raised in the event loop.
        self.default_failure: Failure | None = None

    # ------------------------------------------------------------------ running

    def call(self, fn: Callable[[], Any], success: Success | None = None,
             failure: Failure | None = None) -> Future:
        """Run ``fn()`` (e.g. unlocking, which is slow on purpose) on the worker thread."""
        self._set_pending(+1)
        future = self._executor.submit(fn)
        future.add_done_callback(lambda f: self._finished(f, success, failure, False, None))
        return future

    def query(self, fn: Callable[[Session], Any], success: Success | None = None,
              failure: Failure | None = None) -> Future:
        """Read: ``fn(session)`` in a session of its own."""
        def run() -> Any:
            with self.vault.session() as session:
                return fn(session)
        return self.call(run, success, failure)

    def change(self, fn: Callable[[Session], Any], success: Success | None = None,
               failure: Failure | None = None, *, touches: set[str] | None = None) -> Future:
        """Write: ``fn(session)`` in one transaction; afterwards ``operation_did_execute``
        tells every view which children changed (``touches``; None means "refresh all")."""
        def run() -> Any:
            with self.vault.transaction() as session:
                return fn(session)
        self._set_pending(+1)
        future = self._executor.submit(run)
        future.add_done_callback(lambda f: self._finished(f, success, failure, True, touches))
        return future

    def wait_idle(self, timeout: float = 30.0) -> None:
        """Block until every operation sent so far has run (for closing and for tests)."""
        self._executor.submit(lambda: None).result(timeout)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    # ------------------------------------------------------------------ delivering

    def _finished(self, future: Future, success: Success | None, failure: Failure | None,
                  announce: bool, touches: set[str] | None) -> None:
        # Runs on the worker thread: only hands the result to the GUI thread.
        self._result_ready.emit((future, success, failure, announce, touches))

    def _deliver(self, item: tuple) -> None:
        future, success, failure, announce, touches = item
        self._set_pending(-1)
        error = future.exception()
        if error is not None:
            handler = failure or self.default_failure
            if handler is None:
                raise error
            handler(error)
            return
        if success is not None:
            success(future.result())
        if announce:
            self.operation_did_execute.emit(touches)

    def _set_pending(self, delta: int) -> None:
        with self._lock:
            before = self._pending
            self._pending += delta
            after = self._pending
        if (before == 0) != (after == 0) and threading.current_thread() is threading.main_thread():
            self.busy_did_change.emit(after > 0)
