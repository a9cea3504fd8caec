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


def _an_id(line: str) -> str | None:
    """The writer's line for an entry it saved: the entry's id, alone."""
    return line if line and " " not in line and line not in ("zygote", "ready", "<eof>") \
        else None


def _kept(line: str) -> str | None:
    """The crash app's line for an entry it kept: "kept ID"."""
    return line.removeprefix("kept ") if line.startswith("kept ") else None


class Lines:
    """A crash process's output, read by a thread so the test can wait on it without
    blocking. ``saved`` picks out a line saying an entry was saved, and gives its id."""

    def __init__(self, stream, saved=_kept) -> None:
        self.queue: queue.Queue[str] = queue.Queue()
        self.last = ""
        self.saved = saved
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
            if (found := self.saved(line)) is not None:
                kept.append(found)
            elif line == "<eof>":
                raise AssertionError(f"the crash app stopped before {prefix!r}")

    def drain_for(self, seconds: float, kept: list[str]) -> None:
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self.queue.get(timeout=left)
            except queue.Empty:
                return
            if (found := self.saved(line)) is not None:
                kept.append(found)


def test_entries_reported_saved_survive_sigkill(vault, data_dir):
    with vault.transaction() as s:
        child = svc.save_document(s, samples.child())
    vault.lock()
    rng = random.Random(20261126)
    reported: list[str] = []
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    zygote = subprocess.Popen([sys.executable, str(WRITER), str(data_dir), PASSPHRASE, child.id,
                               "--rounds"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    assert zygote.stdin is not None and zygote.stdout is not None
    lines = Lines(zygote.stdout, saved=_an_id)
    try:
        lines.until("zygote", reported)
        for _ in range(ROUNDS):
            zygote.stdin.write("go\n")
            zygote.stdin.flush()
            pid = int(lines.until("pid ", reported).split()[1])
            lines.until("ready", reported)
            lines.drain_for(rng.uniform(0.02, 0.25), reported)
            os.kill(pid, signal.SIGKILL)
            # Whatever the writer printed before it died was committed before it printed, and
            # comes before the zygote's "ended".
            status = int(lines.until("ended ", reported).split()[1])
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        zygote.stdin.close()
        zygote.wait(timeout=60)
    finally:
        if zygote.poll() is None:
            zygote.kill()
            zygote.wait()
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
