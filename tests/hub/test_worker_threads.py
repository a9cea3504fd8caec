"""Each hub process works on a few requests at once (``app.WORKER_THREADS``); the others wait
their turn and are answered all the same. More threads than can use the interpreter only
queue for it, with the event loop that reads and answers every request behind them."""

from __future__ import annotations

import ssl
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx

from directwork.hub.app import WORKER_THREADS
from directwork.sync import signing
from tests.hub.harness import sqlite_hub, tls  # noqa: F401


def test_a_hub_process_works_on_worker_threads_requests_at_once_and_answers_the_rest(
        sqlite_hub, tls, monkeypatch):  # noqa: F811
    inside, most, release = [0], [0], threading.Event()
    lock = threading.Lock()

    def held(_key: str) -> None:
        # An enrolment's first step, held until the test lets go: how many are in at once.
        with lock:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        try:
            release.wait(timeout=60)
            raise ValueError("not a key (held by the test)")
        finally:
            with lock:
                inside[0] -= 1

    monkeypatch.setattr(signing, "load_public_key", held)
    asked = 3 * WORKER_THREADS
    body = {"code": "ABCD-EFGH", "public_key": "a2V5", "device_name": "laptop"}
    with httpx.Client(base_url=sqlite_hub.url, verify=ssl.create_default_context(cafile=str(tls.ca_file)), timeout=60) as http, \
            ThreadPoolExecutor(max_workers=asked) as pool:
        answers = [pool.submit(http.post, "/v1/enrol", json=body) for _ in range(asked)]
        deadline = time.monotonic() + 30
        while most[0] < WORKER_THREADS and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.5)  # time enough for a request past the limit to come in, were it let
        assert most[0] == WORKER_THREADS
        release.set()
        statuses = [answer.result().status_code for answer in answers]
    assert statuses == [422] * asked
    assert most[0] == WORKER_THREADS
