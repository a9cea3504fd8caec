"""Saves survive a crash: every entry reported as saved is there after SIGKILL, and the vault
still passes its checks."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

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
