"""Handing results from worker threads to the GUI thread without touching Qt off it.

A worker thread must not touch any Qt object, not even to emit a signal. PySide releases
Python's lock while a signal is emitted and then reads and rebuilds the emitting object's
meta-object and shiboken's table of types, which the GUI thread uses at the same time without
any lock: under load the table is corrupted and the app crashes later, somewhere else (seen:
a segmentation fault while the child record made its ecomap, with the vault worker emitting
its results).

So a worker posts plain Python values into a ``Mailbox`` (a queue, and one byte written to a
socket pair to wake the GUI thread's event loop); the GUI thread's ``QSocketNotifier`` sees
the byte, drains the queue and calls the handler with each value, in order. Posting never
touches a Qt object: the mailbox is a plain Python object, and the notifier is used on the
GUI thread only.

``touches_qt`` finds what a function handed to a worker would touch: a check, at hand-over,
that the function holds no Qt object (nor a method of one) in its closure or arguments.
"""

from __future__ import annotations

import contextlib
import functools
import queue
import socket
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier
from shiboken6 import Shiboken


class Mailbox:
    """Values posted from any thread, handed to ``handler`` on the GUI thread in order."""

    def __init__(self, handler: Callable[[Any], object], parent: QObject) -> None:
        # Made on the GUI thread; ``handler`` is kept here and only ever called there.
        self._handler = handler
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._closed = False
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read,
                                         parent)
        self._notifier.activated.connect(self._drain)

    def post(self, value: Any) -> None:
        """From any thread: queue ``value`` for the handler and wake the GUI thread."""
        self._queue.put(value)
        # A full socket buffer (BlockingIOError) already holds a wake-up; a closed mailbox
        # (OSError) has nobody left to wake.
        with contextlib.suppress(OSError):
            self._writer.send(b"\0")

    def _drain(self) -> None:
        with contextlib.suppress(OSError):
            while self._reader.recv(4096):
                pass
        while not self._closed:
            try:
                value = self._queue.get_nowait()
            except queue.Empty:
                return
            try:
                self._handler(value)
            except BaseException:
                # The wake-up bytes are read already: whatever waits behind this value is
                # woken for again, never stranded by one handler's error.
                if not self._queue.empty():
                    with contextlib.suppress(OSError):
                        self._writer.send(b"\0")
                raise

    def drain(self) -> None:
        """Deliver what has been posted so far, now (on the GUI thread)."""
        self._drain()

    def close(self) -> None:
        """Deliver nothing more (on the GUI thread)."""
        if self._closed:
            return
        self._closed = True
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()


def touches_qt(thing: object, depth: int = 4) -> str:
    """What Qt object ``thing`` (a function, its closure, a method, a partial, the values
    handed with it) would touch if run on a worker thread; "" when none."""
    if depth < 0:
        return ""
    if isinstance(thing, Shiboken.Object):
        return type(thing).__name__
    if isinstance(thing, functools.partial):
        return touches_qt((thing.func, *thing.args, *thing.keywords.values()), depth - 1)
    bound_to = getattr(thing, "__self__", None)
    if bound_to is not None and callable(thing) and not isinstance(bound_to, type):
        found = touches_qt(bound_to, depth - 1)
        if found:
            return f"{found}.{getattr(thing, '__name__', '?')}"
    if isinstance(thing, tuple | list | set | frozenset):
        for item in thing:
            found = touches_qt(item, depth - 1)
            if found:
                return found
        return ""
    if isinstance(thing, dict):
        return touches_qt(tuple(thing.values()), depth)
    code = getattr(thing, "__code__", None)
    if code is None:
        return ""
    held: list[object] = []
    for cell in getattr(thing, "__closure__", None) or ():
        with contextlib.suppress(ValueError):  # a cell not yet filled
            held.append(cell.cell_contents)
    held.extend(getattr(thing, "__defaults__", None) or ())
    held.extend((getattr(thing, "__kwdefaults__", None) or {}).values())
    for item in held:
        found = touches_qt(item, depth - 1)
        if found:
            return found
    return ""
