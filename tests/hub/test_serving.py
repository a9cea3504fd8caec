"""Several hub processes share one listening socket, made here rather than by uvicorn, so
that no connection waits on Nagle's algorithm (40 ms an answer, seen as a sync with nothing to
do taking 49 ms instead of 9 with two processes)."""

from __future__ import annotations

import gc
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from directwork.hub import serving
from directwork.hub.app import DB_URL_VARIABLE, app_from_environment
from directwork.hub.db import HubDatabase


def test_the_shared_socket_sends_without_nagles_delay(monkeypatch: pytest.MonkeyPatch) -> None:
    handed: list[socket.socket] = []

    class Supervisor:
        def __init__(self, config, sockets: list[socket.socket]) -> None:
            assert config.workers == 3 and config.factory
            handed.extend(sockets)

        def run(self) -> None:
            pass

    monkeypatch.setattr("uvicorn.supervisors.Multiprocess", Supervisor)
    serving.run_processes("directwork.hub.app:app_from_environment", workers=3,
                          host="127.0.0.1", port=0)
    [listening] = handed
    try:
        assert listening.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
        # Each connection accepted from it keeps the setting (what every answer goes out on).
        listening.listen()
        with socket.create_connection(listening.getsockname()[:2]) as _laptop:
            accepted, _ = listening.accept()
            with accepted:
                assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
    finally:
        listening.close()


@pytest.fixture
def collector_restored() -> Iterator[None]:
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


def test_a_serving_process_collects_garbage_less_often(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, collector_restored: None) -> None:
    # Each worker process of ``serve --workers`` builds its app here; what it built is then
    # kept out of the collector's way, and the collector runs less often (it took about a
    # sixth of a hub process's time with 50 laptops syncing at once, README).
    db = HubDatabase(f"sqlite:///{tmp_path / 'hub.db'}")
    db.migrate()
    db.dispose()
    monkeypatch.setenv(DB_URL_VARIABLE, db.url)
    gc.unfreeze()
    gc.set_threshold(700, 10, 10)
    app_from_environment()
    assert gc.get_threshold()[0] == serving.FIRST_GENERATION > 700
    assert gc.get_freeze_count() > 0


def test_a_serving_process_builds_every_kinds_check_before_it_serves(tmp_path: Path) -> None:
    # In a process of its own (this one's checks may be built already by other tests): the
    # app a worker of ``serve --workers`` builds comes with every kind's check built, so its
    # first push of a kind does not build it while the requests behind it wait.
    db = HubDatabase(f"sqlite:///{tmp_path / 'hub.db'}")
    db.migrate()
    db.dispose()
    probe = (
        "from directwork.domain import validation\n"
        "from directwork.domain.records import RECORD_KINDS\n"
        "from directwork.hub.app import app_from_environment\n"
        "assert validation._quick_check.cache_info().currsize == 0\n"
        "app_from_environment()\n"
        "print(validation._quick_check.cache_info().currsize, len(RECORD_KINDS))\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env={**os.environ, DB_URL_VARIABLE: db.url}, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    built, kinds = map(int, done.stdout.split())
    assert built == kinds > 20
