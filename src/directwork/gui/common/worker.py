"""All database work runs on one worker thread; results come back on the GUI thread.

The shape is Anki's task manager (qt/aqt/taskman.py, qt/aqt/operations): one single-thread
executor, so operations never overlap, and ``QueryOp``-like reads and ``CollectionOp``-like
changes whose ``success``/``failure`` callbacks are delivered by a queued signal. Widgets are
never touched off the GUI thread: the worker only ever runs plain functions on the vault.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal

from directwork.gui.common.collector import collect_on_gui_thread

if TYPE_CHECKING:  # kept out of start-up: the unlock window must not wait for SQLAlchemy
    from sqlalchemy.orm import Session

    from directwork.store.vault import Vault

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class VaultWorker(QObject):
    """The one thread that touches the vault, and the GUI-side ends of its operations."""

    # (token, finished future) pairs crossing from the worker thread to the GUI thread.
    _result_ready = Signal(object)
    operation_did_execute = Signal(object)  # the set of child ids a change touched
    busy_did_change = Signal(bool)

    def __init__(self, vault: Vault | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        collect_on_gui_thread()  # this thread must never be the one that collects widgets
        self.vault = vault
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vault")
        self._pending = 0
        self._lock = threading.Lock()
        self._tokens = itertools.count()
        self._waiting: dict[int, tuple] = {}
        self._closed = False
        # Queued even when emitted on the GUI thread (a future already done when its callback
        # is added runs it at once): results always arrive after the caller has returned and
        # connected whatever it waits on.
        self._result_ready.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        # Where an operation's error goes when it brought no failure callback of its own (the
        # app shows it to the practitioner); without one, it is raised in the event loop.
        self.default_failure: Failure | None = None

    # ------------------------------------------------------------------ running

    def call(self, fn: Callable[[], Any], success: Success | None = None,
             failure: Failure | None = None) -> Future:
        """Run ``fn()`` (e.g. unlocking, which is slow on purpose) on the worker thread."""
        return self._submit(fn, success, failure, False, None)

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
        return self._submit(run, success, failure, True, touches)

    def _submit(self, fn: Callable[[], Any], success: Success | None, failure: Failure | None,
                announce: bool, touches: set[str] | None) -> Future:
        if self._closed:
            # The app is closing: a late timer or click has nothing left to run against.
            future: Future = Future()
            future.cancel()
            return future
        token = next(self._tokens)
        # The operation and its callbacks are held here, on the GUI thread, until delivery.
        # The worker thread only ever holds a token, so the last reference to a widget (a
        # bound method, a closure over ``self``) can never be dropped there: a widget deleted
        # off the GUI thread crashes Qt.
        self._waiting[token] = (fn, success, failure, announce, touches)
        self._set_pending(+1)

        def run() -> Any:
            operation = self._waiting[token][0]
            try:
                return operation()
            except BaseException as exc:
                # Drop the traceback: its frames hold the operation's locals (widgets too).
                raise exc.with_traceback(None) from None
            finally:
                del operation

        future = self._executor.submit(run)
        future.add_done_callback(lambda f, token=token: self._result_ready.emit((token, f)))
        return future
    def wait_idle(self, timeout: float = 30.0) -> None:
        """Block until every operation sent so far has run (for closing and for tests)."""
        if self._closed:
            return
        self._executor.submit(lambda: None).result(timeout)

    def shutdown(self) -> None:
        self._closed = True
        self._executor.shutdown(wait=True)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    # ------------------------------------------------------------------ delivering

    def _deliver(self, item: tuple) -> None:
        token, future = item
        _fn, success, failure, announce, touches = self._waiting.pop(token)
        if self._closed:
            # Shutting down waited for the operation itself (a write is committed); its
            # callbacks would only reach windows that are already gone.
            return
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
