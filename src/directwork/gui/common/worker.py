"""All database work runs on one worker thread; results come back on the GUI thread.

The shape is Anki's task manager (qt/aqt/taskman.py, qt/aqt/operations): one single-thread
executor, so operations never overlap, and ``QueryOp``-like reads and ``CollectionOp``-like
changes whose ``success``/``failure`` callbacks are delivered by a queued signal. Widgets are
never touched off the GUI thread: the worker only ever runs plain functions on the vault,
and hands their outcomes back through a ``Mailbox`` (mailbox.py), never by emitting a signal
there. A function that holds a Qt object (a widget's method, a closure over ``self``) is
refused when it is handed over, before it can run on the wrong thread.

The GUI names a store function and its arguments (``worker.query(load_child_record,
child_id, success=shown)``); ``store.operations`` opens the session and hands it over, so
nothing in gui/ handles a Session. Network work has its own executor (``network.py``): the
vault worker never waits on the hub.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from directwork.gui.common.collector import collect_on_gui_thread
from directwork.gui.common.mailbox import Mailbox, touches_qt

if TYPE_CHECKING:  # kept out of start-up: the unlock window must not wait for SQLAlchemy
    from directwork.domain.records import Entry
    from directwork.store.vault import Vault

R = TypeVar("R")
E = TypeVar("E", bound="Entry")
Failure = Callable[[BaseException], None]
VAULT_THREAD = "vault"


class BackgroundRunner(QObject):
    """Runs plain functions on an executor's threads and delivers each outcome to its
    callbacks on the GUI thread, always through a queued signal."""

    busy_did_change = Signal(bool)

    def __init__(self, executor: ThreadPoolExecutor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        collect_on_gui_thread()  # a worker thread must never be the one that collects widgets
        self._executor = executor
        self._pending = 0
        self._lock = threading.Lock()
        self._tokens = itertools.count()
        self._waiting: dict[int, tuple[Any, ...]] = {}
        self._closed = False
        # (token, finished future) pairs cross from a worker thread to the GUI thread here.
        # Delivered from the GUI thread's event loop even when posted there (a future already
        # done when its callback is added runs it at once): results always arrive after the
        # caller has returned and connected whatever it waits on.
        self._mailbox = Mailbox(self._deliver, self)
        # Where an operation's error goes when it brought no failure callback of its own (the
        # app shows it to the practitioner); without one, it is raised in the event loop.
        self.default_failure: Failure | None = None

    def call(self, fn: Callable[..., R], /, *args: Any, success: Callable[[R], object] | None = None,
             failure: Failure | None = None, **kwargs: Any) -> Future[R]:
        """Run ``fn(*args, **kwargs)`` on a worker thread. ``fn`` and its arguments must hold
        no Qt object: the worker never touches one."""
        refuse_qt(fn, args, kwargs)
        return self._submit(lambda: fn(*args, **kwargs), success, failure, False, None)

    def _submit(self, fn: Callable[[], Any], success: Callable[[Any], object] | None,
                failure: Failure | None, announce: bool, touches: set[str] | None) -> Future[Any]:
        if self._closed:
            # The app is closing: a late timer or click has nothing left to run against.
            future: Future[Any] = Future()
            future.cancel()
            return future
        token = next(self._tokens)
        # The operation and its callbacks are held here, on the GUI thread, until delivery.
        # The worker thread only ever holds a token, so the last reference to a widget (a
        # bound method, a closure over ``self``) can never be dropped there: a widget deleted
        # off the GUI thread crashes Qt.
        self._waiting[token] = (fn, success, failure, announce, touches)
        self._set_pending(+1)
        # What the worker thread's functions hold: plain Python objects only, never ``self``.
        waiting, mailbox = self._waiting, self._mailbox

        def run() -> Any:
            operation = waiting[token][0]
            try:
                return operation()
            except BaseException as exc:
                # Drop the traceback: its frames hold the operation's locals (widgets too).
                raise exc.with_traceback(None) from None
            finally:
                del operation

        def finished(done: Future[Any]) -> None:
            mailbox.post((token, done))

        submitted = self._executor.submit(run)
        submitted.add_done_callback(finished)
        return submitted

    def shutdown(self, *, wait: bool = True) -> None:
        """Take no more work. ``wait``: until what is running has finished; else what is
        running finishes on its own and what had not started is dropped."""
        self._closed = True
        self._executor.shutdown(wait=wait, cancel_futures=not wait)
        if wait:
            self._mailbox.close()

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def _deliver(self, item: tuple[int, Future[Any]]) -> None:
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
            self._announce(touches)

    def _announce(self, touches: set[str] | None) -> None:
        """After a change: say what it touched (the vault worker's views listen)."""

    def _set_pending(self, delta: int) -> None:
        with self._lock:
            before = self._pending
            self._pending += delta
            after = self._pending
        if (before == 0) != (after == 0) and threading.current_thread() is threading.main_thread():
            self.busy_did_change.emit(after > 0)


class VaultThread:
    """The vault worker's side that its thread and the network threads may hold: a plain
    object (never a Qt one) with the vault and the executor."""

    def __init__(self, executor: ThreadPoolExecutor, vault: Vault | None) -> None:
        self._executor = executor
        self._making = threading.Lock()
        self.vault = vault

    def vault_or_make(self, data_dir: Path) -> Vault:
        """The vault, made for ``data_dir`` on first use (from any thread, made once)."""
        with self._making:
            if self.vault is None:
                from directwork.store.vault import Vault

                self.vault = Vault(data_dir)
            return self.vault

    def require_vault(self) -> Vault:
        """The vault, on the worker (at start-up it is made there, in the background)."""
        if self.vault is None:
            from directwork.store.errors import VaultLocked

            raise VaultLocked()
        return self.vault

    def run_and_wait(self, fn: Callable[..., R], /, *args: Any, **kwargs: Any) -> R:
        """Run ``fn(*args, **kwargs)`` on the vault thread and wait for its result: for the
        network executor, which stores what the hub sent between its requests. Never on the
        GUI thread (it must not wait on the vault) nor on the vault thread (it would wait on
        itself)."""
        here = threading.current_thread()
        if here is threading.main_thread() or here.name.startswith(VAULT_THREAD):
            raise RuntimeError("run_and_wait is for the network executor's threads")
        return self._executor.submit(fn, *args, **kwargs).result()


class VaultWorker(BackgroundRunner):
    """The one thread that touches the vault, and the GUI-side ends of its operations."""

    operation_did_execute = Signal(object)  # the set of child ids a change touched

    def __init__(self, vault: Vault | None, parent: QObject | None = None) -> None:
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=VAULT_THREAD)
        super().__init__(executor, parent)
        # What functions on the vault thread and the network threads may hold.
        self.thread_side = VaultThread(executor, vault)

    @property
    def vault(self) -> Vault | None:
        return self.thread_side.vault

    @vault.setter
    def vault(self, vault: Vault | None) -> None:
        self.thread_side.vault = vault

    # ------------------------------------------------------------------ running

    def query(self, fn: Callable[..., R], /, *args: Any,
              success: Callable[[R], object] | None = None, failure: Failure | None = None,
              **kwargs: Any) -> Future[R]:
        """Read: the store function ``fn(session, *args, **kwargs)`` in a session of its own."""
        refuse_qt(fn, args, kwargs)
        side = self.thread_side

        def run() -> R:
            from directwork.store import operations

            return operations.read(side.require_vault(), fn, *args, **kwargs)
        return self._submit(run, success, failure, False, None)

    def change(self, fn: Callable[..., R], /, *args: Any,
               success: Callable[[R], object] | None = None, failure: Failure | None = None,
               touches: set[str] | None = None, **kwargs: Any) -> Future[R]:
        """Write: the store function ``fn(session, *args, **kwargs)`` in one transaction;
        afterwards ``operation_did_execute`` tells every view which children changed
        (``touches``; None means "refresh all")."""
        refuse_qt(fn, args, kwargs)
        side = self.thread_side

        def run() -> R:
            from directwork.store import operations

            return operations.change(side.require_vault(), fn, *args, **kwargs)
        return self._submit(run, success, failure, True, touches)

    def add_entry(self, entry: E, /, *, success: Callable[[E], object] | None = None,
                  failure: Failure | None = None) -> Future[E]:
        """Write one new entry by itself (``operations.add_entry``: the same rows as
        ``change(records.add_entry, entry)``, in less time); afterwards ``operation_did_execute``
        tells every view that its child changed."""
        side = self.thread_side

        def run() -> E:
            from directwork.store import operations

            return operations.add_entry(side.require_vault(), entry)
        refuse_qt(run, (entry,), {})
        return self._submit(run, success, failure, True, {entry.child_id})

    def on_vault(self, fn: Callable[..., R], /, *args: Any,
                 success: Callable[[R], object] | None = None, failure: Failure | None = None,
                 **kwargs: Any) -> Future[R]:
        """Run ``fn(vault, *args, **kwargs)`` on the vault thread (unlocking, backups,
        restoring: what works on the vault itself rather than in a session)."""
        refuse_qt(fn, args, kwargs)
        side = self.thread_side
        return self._submit(lambda: fn(side.require_vault(), *args, **kwargs), success, failure,
                            False, None)

    def wait_idle(self, timeout: float = 30.0) -> None:
        """Block until every operation sent so far has run (for closing and for tests)."""
        if self._closed:
            return
        self._executor.submit(lambda: None).result(timeout)

    def _announce(self, touches: set[str] | None) -> None:
        self.operation_did_execute.emit(touches)


def refuse_qt(fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Refuse, at hand-over, a function for a worker thread that holds a Qt object."""
    found = touches_qt((fn, args, kwargs))
    if found:
        raise RuntimeError(f"a function for a worker thread holds a Qt object ({found}); "
                           "it would touch it off the GUI thread")
