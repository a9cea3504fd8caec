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


class Rounds:
    """A crash zygote (crash_writer.py --rounds, crash_app.py): each round a child it forks,
    killed by the test; every entry a child said it saved is collected in ``saved``."""

    def __init__(self, args: list[str], env: dict[str, str], saved=_kept) -> None:
        self.process = subprocess.Popen([sys.executable, *args], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True, env=env)
        assert self.process.stdin is not None and self.process.stdout is not None
        self.lines = Lines(self.process.stdout, saved)
        self.saved: list[str] = []

    def __enter__(self) -> Rounds:
        self.lines.until("zygote", self.saved)
        return self

    def __exit__(self, *exc_info: object) -> None:
        try:
            if exc_info[0] is None:
                assert self.process.stdin is not None
                self.process.stdin.close()
                self.process.wait(timeout=60)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()

    def start(self) -> int:
        """A new round: its child's pid, once it says it is ready."""
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()
        pid = int(self.lines.until("pid ", self.saved).split()[1])
        self.lines.until("ready", self.saved)
        return pid

    def kill(self, pid: int) -> None:
        """SIGKILL for the round's child. Whatever it printed before it died was saved before
        it printed, and comes before the zygote's "ended"."""
        os.kill(pid, signal.SIGKILL)
        status = int(self.lines.until("ended ", self.saved).split()[1])
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def _all_there(data_dir: Path, child_id: str, saved: list[str]) -> None:
    """Every entry said to be saved is in the vault, which opens and checks clean."""
    after = Vault(data_dir)
    after.unlock(PASSPHRASE)
    try:
        with after.session() as s:
            stored = {e.id for e in svc.list_entries(s, r.VoiceEntry, child_id)}
        missing = set(saved) - stored
        assert not missing, f"{len(missing)} of {len(saved)} entries said to be saved were lost"
        report = after.check()
        assert report.ok, report.problems
    finally:
        after.lock()


def test_entries_reported_saved_survive_sigkill(vault, data_dir):
    with vault.transaction() as s:
        child = svc.save_document(s, samples.child())
    vault.lock()
    rng = random.Random(20261126)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    with Rounds([str(WRITER), str(data_dir), PASSPHRASE, child.id, "--rounds"], env,
                saved=_an_id) as rounds:
        for _ in range(ROUNDS):
            pid = rounds.start()
            rounds.lines.drain_for(rng.uniform(0.02, 0.25), rounds.saved)
            rounds.kill(pid)
    assert len(rounds.saved) > ROUNDS, "the writer should have saved entries in most rounds"
    _all_there(data_dir, child.id, rounds.saved)


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
    rng = random.Random(20261129)
    with Rounds([str(APP), str(data_dir), PASSPHRASE, child.id, visit.id], env) as rounds:
        for _ in range(APP_ROUNDS):
            # When the app is started, unlocked, typed into, and killed at a random moment
            pid = rounds.start()
            before = len(rounds.saved)
            rounds.lines.until("kept ", rounds.saved)  # typing has begun: any moment will do
            rounds.saved.append(rounds.lines.last)
            rounds.lines.drain_for(rng.uniform(0.0, 0.4), rounds.saved)
            rounds.kill(pid)
            assert len(rounds.saved) > before

    # Then every entry the app said it kept is there, and the vault opens and checks clean
    _all_there(data_dir, child.id, rounds.saved)
    assert not list((data_dir / "backups").glob("*.partial")), "killed backups are cleaned up"
