"""A TCP proxy on loopback between laptops and a real hub (its TLS passes through untouched)
that cuts the connection after a chosen number of bytes of the request or of the answer, or
stops forwarding (a stall): the network failing part way through a byte stream, where
``faults.FaultProxy`` fails whole HTTP messages."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from dataclasses import dataclass


@dataclass
class Cut:
    """What the next connections suffer: ``way`` "up" (the request) or "down" (the answer),
    cut after ``after`` bytes of it; ``stall``: stop forwarding there instead of closing;
    ``times``: how many connections suffer it (then they pass)."""

    way: str = "up"
    after: int = 0
    stall: bool = False
    times: int = 0


class CuttingProxy:
    def __init__(self, port: int) -> None:
        self.target = port
        self.cut = Cut()
        self.port = 0
        self.connections = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.base_events.Server | None = None
        self._tasks: set[asyncio.Task] = set()

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def __enter__(self) -> CuttingProxy:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=10)
        return self

    def __exit__(self, *_exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)

    async def _start(self) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _stop(self) -> None:
        assert self._server is not None
        self._server.close()
        for task in list(self._tasks):
            task.cancel()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        active = self.cut.times > 0
        cut = Cut(self.cut.way, self.cut.after, self.cut.stall, 1) if active else Cut()
        if active:
            self.cut.times -= 1
        try:
            up_r, up_w = await asyncio.open_connection("127.0.0.1", self.target)
        except OSError:
            writer.close()
            return
        done = asyncio.Event()

        async def pump(src: asyncio.StreamReader, dst: asyncio.StreamWriter, limit: int | None
                       ) -> None:
            moved = 0
            try:
                while True:
                    data = await src.read(4096)
                    if not data:
                        break
                    if limit is not None and moved + len(data) >= limit:
                        dst.write(data[: limit - moved])
                        await dst.drain()
                        if cut.stall:
                            await asyncio.sleep(3600)
                        break
                    moved += len(data)
                    dst.write(data)
                    await dst.drain()
            except (ConnectionError, asyncio.CancelledError):
                pass
            finally:
                done.set()

        tasks = [asyncio.create_task(pump(reader, up_w, cut.after if cut.times and cut.way == "up"
                                          else None)),
                 asyncio.create_task(pump(up_r, writer, cut.after if cut.times and cut.way == "down"
                                          else None))]
        self._tasks.update(tasks)
        await done.wait()
        for task in tasks:
            task.cancel()
            self._tasks.discard(task)
        for w in (writer, up_w):
            with contextlib.suppress(Exception):
                w.close()
