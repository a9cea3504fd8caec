"""The hub as ``directwork.hub.cli serve`` runs it, each request timed from inside: for the
sync benchmark's 50 laptops, to print beside what the laptops saw what the hub itself saw."""

from __future__ import annotations

import gc
import os
import time
from pathlib import Path
from typing import Any

from directwork.hub.app import app_from_environment

TIMINGS_VARIABLE = "DIRECTWORK_BENCH_HUB_TIMINGS"


class TimedApp:
    """An ASGI app wrapped to note, for each request, when it reached the app (its headers
    read, its body not yet) and how long until the last byte of the answer was handed back to
    the server: what the hub spent on it and waited for inside (its database, its locks, the
    CPU). Not counted: the connection and its TLS handshake, and reading the headers, before;
    the server sending the bytes, after. Also how long from the request's last byte reaching
    the app (its body read: a laptop may send it later than its headers, more so a simulated
    one waiting for the CPU) to the answer's last byte: the hub's own time. One line a request
    (``start seconds own_seconds path status collecting``), to a file of this process's own in
    ``folder``; ``collecting`` is the time the process has spent collecting garbage so far."""

    def __init__(self, app: Any, folder: Path) -> None:
        self.app = app
        self.out = (folder / f"hub-{os.getpid()}.txt").open("a", buffering=1)
        # The interpreter's garbage collections in this process, their time summed, noted
        # with each request (its sixth field: the total so far).
        self.collecting = 0.0
        began = [0.0]

        def timed(phase: str, _info: dict[str, Any]) -> None:
            if phase == "start":
                began[0] = time.perf_counter()
            else:
                self.collecting += time.perf_counter() - began[0]

        gc.callbacks.append(timed)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started, began, status = time.time(), time.perf_counter(), [0]
        received = [began]

        async def timed_receive() -> Any:
            message = await receive()
            if message["type"] == "http.request" and not message.get("more_body"):
                received[0] = time.perf_counter()
            return message

        async def timed_send(message: Any) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)
            if message["type"] == "http.response.body" and not message.get("more_body"):
                done = time.perf_counter()
                self.out.write(f"{started:.6f} {done - began:.6f} {done - received[0]:.6f} "
                               f"{scope['path']} {status[0]} {self.collecting:.6f}\n")

        await self.app(scope, receive=timed_receive, send=timed_send)


def timed_hub_app() -> TimedApp:
    """The hub's app (``app_from_environment``, as ``serve --workers`` makes it) in a
    ``TimedApp``: uvicorn's ``factory``, one in each worker process."""
    return TimedApp(app_from_environment(), Path(os.environ[TIMINGS_VARIABLE]))
