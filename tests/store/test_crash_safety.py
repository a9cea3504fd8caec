"""Saves survive a crash: every entry reported as saved is there after SIGKILL, and the vault
still passes its checks (and its audit-head check: a crash is not a records file going back
in time). Both a bare writer loop and the real app, mid-visit, are killed."""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from directwork.domain import records as r
from directwork.store import records as svc
from directwork.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support import samples

WRITER = Path(__file__).with_name("crash_writer.py")
ROUNDS = 20


def test_entries_reported_saved_survive_sigkill(vault, data_dir):
    with vault.transaction() as s:
        child = svc.save_document(s, samples.child())
    vault.lock()
    rng = random.Random(20261126)
    reported: list[str] = []
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    for _ in range(ROUNDS):
        proc = subprocess.Popen([sys.executable, str(WRITER), str(data_dir), PASSPHRASE, child.id],
                                stdout=subprocess.PIPE, text=True, env=env)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + rng.uniform(0.02, 0.25)
        while time.monotonic() < deadline:
            line = proc.stdout.readline().strip()
            if line:
                reported.append(line)
        os.kill(proc.pid, signal.SIGKILL)
        # Whatever the writer printed before it died was committed before it printed.
        reported.extend(line.strip() for line in proc.stdout if line.strip())
        proc.wait()
        assert proc.returncode == -signal.SIGKILL
    assert len(reported) > ROUNDS, "the writer should have saved entries in most rounds"
    after = Vault(data_dir)
    after.unlock(PASSPHRASE)
    try:
        with after.session() as s:
            stored = {e.id for e in svc.list_entries(s, r.VoiceEntry, child.id)}
        missing = set(reported) - stored
        assert not missing, f"{len(missing)} entries reported as saved were lost"
        report = after.check()
        assert report.ok, report.problems
    finally:
        after.lock()


APP = Path(__file__).with_name("crash_app.py")
APP_ROUNDS = 20


class Lines:
    """The crash app's output, read by a thread so the test can wait on it without blocking."""

    def __init__(self, stream) -> None:
        self.queue: queue.Queue[str] = queue.Queue()
        self.last = ""
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream) -> None:
        for line in stream:
            self.queue.put(line.strip())
        self.queue.put("<eof>")

    def until(self, prefix: str, kept: list[str], timeout: float = 120.0) -> str:
        """Lines up to the first starting with ``prefix``; "kept" ones are collected."""
        deadline = time.monotonic() + timeout
        while True:
            line = self.queue.get(timeout=max(0.1, deadline - time.monotonic()))
            if line.startswith(prefix):
                self.last = line.removeprefix(prefix)
                return line
            if line.startswith("kept "):
                kept.append(line.removeprefix("kept "))
            elif line == "<eof>":
                raise AssertionError(f"the crash app stopped before {prefix!r}")

    def drain_for(self, seconds: float, kept: list[str]) -> None:
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self.queue.get(timeout=left)
            except queue.Empty:
                return
            if line.startswith("kept "):
                kept.append(line.removeprefix("kept "))


@pytest.mark.slow
def test_the_app_killed_mid_visit_twenty_times_loses_no_kept_entry(vault, data_dir):
    # Given a child with a visit under way
    with vault.transaction() as s:
        child = svc.save_document(s, samples.child())
        visit = svc.save_document(s, r.Visit(child_id=child.id, place="at home"))
    vault.lock()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "QT_QPA_PLATFORM": "offscreen"}
    zygote = subprocess.Popen([sys.executable, str(APP), str(data_dir), PASSPHRASE, child.id,
                               visit.id], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True, env=env)
    assert zygote.stdin is not None and zygote.stdout is not None
    lines = Lines(zygote.stdout)
    rng = random.Random(20261129)
    kept: list[str] = []
    try:
        lines.until("zygote", kept)
        for _ in range(APP_ROUNDS):
            # When the app is started, unlocked, typed into, and killed at a random moment
            zygote.stdin.write("go\n")
            zygote.stdin.flush()
            pid = int(lines.until("pid ", kept).split()[1])
            lines.until("ready", kept)
            before = len(kept)
            lines.until("kept ", kept)  # typing has begun: from here on, any moment will do
            kept.append(lines.last)
            lines.drain_for(rng.uniform(0.0, 0.4), kept)
            os.kill(pid, signal.SIGKILL)
            assert len(kept) > before
            status = int(lines.until("ended ", kept).split()[1])
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        zygote.stdin.close()
        zygote.wait(timeout=60)
    finally:
        if zygote.poll() is None:
            zygote.kill()
            zygote.wait()

    # Then every entry the app said it kept is there, and the vault opens and checks clean
    after = Vault(data_dir)
    after.unlock(PASSPHRASE)
    try:
        with after.session() as s:
            stored = {e.id for e in svc.list_entries(s, r.VoiceEntry, child.id)}
        missing = set(kept) - stored
        assert not missing, f"{len(missing)} of {len(kept)} kept entries were lost"
        assert after.check().ok
    finally:
        after.lock()
    assert not list((data_dir / "backups").glob("*.partial")), "killed backups are cleaned up"
