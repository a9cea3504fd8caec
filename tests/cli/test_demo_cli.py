"""`directwork demo`, run as a trainer would: a real process against a vault made by
`directwork init`; it never mixes fictional children in with real ones unless told to."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from directwork.domain import records as r
from directwork.store import records as svc
from directwork.store.demo_words import DEMO_TEAM
from directwork.store.vault import Vault
from tests.support import samples

GOOD = "correct horse battery staple"


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIRECTWORK_")}
    env["DIRECTWORK_PASSPHRASE"] = GOOD
    return subprocess.run([sys.executable, "-m", "directwork", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                          timeout=300)


def _children(data_dir: Path) -> list[r.Child]:
    vault = Vault(data_dir)
    vault.unlock(GOOD)
    try:
        with vault.session() as s:
            return svc.list_documents(s, r.Child)
    finally:
        vault.lock()


def test_demo_fills_a_new_vault_and_refuses_to_mix_with_real_children(tmp_path):
    data_dir = tmp_path / "vault"
    made = run(data_dir, "init", "--recovery-key-file", str(tmp_path / "key.txt"))
    assert made.returncode == 0, made.stderr
    result = run(data_dir, "demo", "--children", "3", "--seed", "8")
    assert result.returncode == 0, result.stderr
    assert "Added 3 fictional child(ren)" in result.stdout and "seed 8" in result.stdout
    children = _children(data_dir)
    assert len(children) == 3 and {c.team for c in children} == {DEMO_TEAM}

    vault = Vault(data_dir)
    vault.unlock(GOOD)
    with vault.transaction() as s:
        svc.save_document(s, samples.child(team="North"))
    vault.lock()
    refused = run(data_dir, "demo", "--children", "2")
    assert refused.returncode == 1 and "1 real child" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1 and "Traceback" not in refused.stderr
    assert len(_children(data_dir)) == 4
    forced = run(data_dir, "demo", "--children", "1", "--force")
    assert forced.returncode == 0, forced.stderr
    assert len(_children(data_dir)) == 5
    nonsense = run(data_dir, "demo", "--children", "0")
    assert nonsense.returncode == 1 and "--children must be between" in nonsense.stderr
