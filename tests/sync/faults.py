"""A proxy between laptops and the hub that misbehaves on purpose: it drops requests, drops
answers, delays, delivers a request twice, delivers a stale copy after the retry (reordering),
cuts an answer off half-way, and answers 500 or 503 itself.

It speaks just enough HTTP/1.1 for the sync client (one request per connection, with a
Content-Length body) and forwards to the real hub over HTTPS. Each request takes the next
fault from ``plan`` (cycling); ``clean()`` makes it pass everything through.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import threading
from collections.abc import Sequence

import httpx

FAULTS = ("pass", "drop", "drop_answer", "delay", "duplicate", "reorder", "cut", "500", "503")


class FaultProxy:
    def __init__(self, hub_url: str, ca_file: str) -> None:
        self.hub_url = hub_url
        self.ca_file = ca_file
        self.plan: list[str] = []
        self.used: list[str] = []
        self._next = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.base_events.Server | None = None
        self._stragglers: set[asyncio.Task] = set()
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def faults(self, plan: Sequence[str]) -> None:
        self.plan, self._next = list(plan), 0

    def clean(self) -> None:
        self.faults([])

    def _take(self) -> str:
        if not self.plan:
            return "pass"
        fault = self.plan[self._next % len(self.plan)]
        self._next += 1
        self.used.append(fault)
        return fault

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        started = asyncio.run_coroutine_threadsafe(self._start(), self._loop)
        started.result(timeout=10)
        return self

    def __exit__(self, *_exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)

    async def _start(self) -> None:
        self._http = httpx.AsyncClient(base_url=self.hub_url, timeout=30,
                                       verify=ssl.create_default_context(cafile=self.ca_file))
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _stop(self) -> None:
        for task in list(self._stragglers):
            with contextlib.suppress(Exception):
                await asyncio.wait_for(task, 5)
        assert self._server is not None
        self._server.close()
        await self._http.aclose()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, target, _ = lines[0].split(" ", 2)
            headers = {}
            for line in lines[1:]:
                if ":" in line:
                    name, value = line.split(":", 1)
                    headers[name.strip()] = value.strip()
            length = int(next((v for k, v in headers.items() if k.lower() == "content-length"), 0))
            body = await reader.readexactly(length) if length else b""
            forward = {k: v for k, v in headers.items()
                       if k.lower() not in ("host", "content-length", "connection",
                                            "accept-encoding")}
            await self._act(self._take(), method, target, forward, body, writer)
        except (asyncio.IncompleteReadError, ConnectionError, httpx.HTTPError):
            pass
        finally:
            with contextlib.suppress(Exception):
                writer.close()
                await writer.wait_closed()

    async def _forward(self, method: str, target: str, headers: dict, body: bytes) -> bytes:
        response = await self._http.request(method, target, headers=headers, content=body)
        payload = response.content
        keep = [(k, v) for k, v in response.headers.items()
                if k.lower() not in ("content-length", "content-encoding", "transfer-encoding",
                                     "connection")]
        head = [f"HTTP/1.1 {response.status_code} {response.reason_phrase}"]
        head += [f"{k}: {v}" for k, v in keep]
        head += [f"content-length: {len(payload)}", "connection: close", "", ""]
        return "\r\n".join(head).encode("latin-1") + payload

    async def _act(self, fault: str, method: str, target: str, headers: dict, body: bytes,
                   writer: asyncio.StreamWriter) -> None:
        if fault == "drop":
            return
        if fault in ("500", "503"):
            writer.write(_error(int(fault)))
            return
        if fault == "reorder":
            # The client is told to try again; the original arrives at the hub after the retry.
            async def late() -> None:
                await asyncio.sleep(0.15)
                with contextlib.suppress(httpx.HTTPError):
                    await self._forward(method, target, headers, body)
            task = asyncio.create_task(late())
            self._stragglers.add(task)
            task.add_done_callback(self._stragglers.discard)
            writer.write(_error(503))
            return
        if fault == "delay":
            await asyncio.sleep(0.1)
        answer = await self._forward(method, target, headers, body)
        if fault == "duplicate":
            answer = await self._forward(method, target, headers, body)
        if fault == "drop_answer":
            return
        if fault == "cut":
            answer = answer[: max(1, len(answer) * 2 // 3)]
        writer.write(answer)
        await writer.drain()


def _error(status: int) -> bytes:
    body = b'{"detail":"the proxy says no"}'
    return (f"HTTP/1.1 {status} Error\r\ncontent-type: application/json\r\n"
            f"content-length: {len(body)}\r\nconnection: close\r\n\r\n").encode() + body
