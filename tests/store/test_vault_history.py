"""Nothing goes back in time unseen: records older than the audit head the vault last saw (an
old copy over vault.db, a journal lost after a crash) are refused at unlock, with the newest
backup that holds everything offered; newer records (a crash before the lock) are fine."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from directwork.domain import records as r
from directwork.store import records as svc
from directwork.store.errors import KeyFileDamaged, RecordsWentBack
from directwork.store.head import Head, head_key, seal
from directwork.store.keyfile import KeyFile
from directwork.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support import samples

WRITER = Path(__file__).with_name("crash_writer.py")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _entries(vault: Vault, child_id: str, n: int) -> None:
    with vault.transaction() as s:
        for i in range(n):
            svc.add_entry(s, r.VoiceEntry(child_id=child_id, text=f"entry {i}"))


def test_an_older_copy_of_the_records_is_refused_and_left_as_it_is(vault, data_dir):
    with vault.transaction() as s:
        child = svc.save_document(s, samples.child())
    old = vault.backup()
    _entries(vault, child.id, 5)
    vault.lock()
    shutil.copyfile(old, data_dir / "vault.db")
    before = _sha(data_dir / "vault.db")

    with pytest.raises(RecordsWentBack) as err:
        Vault(data_dir).unlock(PASSPHRASE)

    assert "5 change(s)" in err.value.message and err.value.exit_code == 2
    assert err.value.newest_backup is None, "the only backup is the old copy itself"
    assert "accept-records" in err.value.message
    assert _sha(data_dir / "vault.db") == before
    assert not (data_dir / "vault.db-wal").exists()


def test_the_newest_backup_that_holds_everything_is_offered(vault, data_dir):
    with vault.transaction() as s:
        child = svc.save_document(s, samples.child())
    old = vault.backup()
    _entries(vault, child.id, 3)
    holding = vault.backup()
    vault.lock()
    shutil.copyfile(old, data_dir / "vault.db")

    with pytest.raises(RecordsWentBack) as err:
        Vault(data_dir).unlock(PASSPHRASE)

    assert err.value.newest_backup == holding and str(holding) in err.value.message
    # Restoring it (with the passphrase only: the records are not opened) brings all back.
    Vault(data_dir).restore(holding, passphrase=PASSPHRASE)
    again = Vault(data_dir)
    again.unlock(PASSPHRASE)
    with again.session() as s:
        assert len(svc.list_entries(s, r.VoiceEntry, child.id)) == 3
    again.lock()


def _kill_writer_mid_save(data_dir: Path, child_id: str, saves: int) -> list[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen([sys.executable, str(WRITER), str(data_dir), PASSPHRASE, child_id],
                            stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    saved = [proc.stdout.readline().strip() for _ in range(saves)]
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    return saved


def test_a_journal_removed_after_a_crash_is_noticed(vault, data_dir):
    with vault.transaction() as s:
        child = svc.save_document(s, samples.child())
    vault.lock()
    saved = _kill_writer_mid_save(data_dir, child.id, 20)
    assert (data_dir / "vault.db-wal").stat().st_size > 0, "the saves sit in the journal"

    (data_dir / "vault.db-wal").unlink()
    (data_dir / "vault.db-shm").unlink(missing_ok=True)

    with pytest.raises(RecordsWentBack) as err:
        Vault(data_dir).unlock(PASSPHRASE)
    assert "saves lost with its journal" in err.value.message
    assert len(saved) == 20


def test_records_newer_than_the_last_lock_open_after_a_crash(vault, data_dir):
    with vault.transaction() as s:
        child = svc.save_document(s, samples.child())
    vault.lock()
    saved = _kill_writer_mid_save(data_dir, child.id, 15)
    # The key file still holds the head of the last lock; the records went on past it.
    again = Vault(data_dir)
    again.unlock(PASSPHRASE)
    with again.session() as s:
        stored = {e.id for e in svc.list_entries(s, r.VoiceEntry, child.id)}
    assert set(saved) <= stored
    again.lock()


def test_a_vault_made_before_heads_were_kept_opens_and_starts_keeping_one(vault, data_dir):
    with vault.transaction() as s:
        child = svc.save_document(s, samples.child())
    _entries(vault, child.id, 2)
    vault.lock()
    key = data_dir / "vault.key"
    data = json.loads(key.read_text())
    del data["head"]
    key.write_text(json.dumps(data))
    (data_dir / "vault.head").unlink(missing_ok=True)

    again = Vault(data_dir)
    again.unlock(PASSPHRASE)
    again.lock()

    assert KeyFile.read(key).head is not None, "the head is kept from now on"
    assert KeyFile.read(key).head["seq"] >= 3


def test_a_head_that_is_not_this_vaults_is_damage(vault, data_dir):
    vault.lock()
    key = data_dir / "vault.key"
    data = json.loads(key.read_text())
    data["head"]["seq"] += 1  # the seal no longer matches
    key.write_text(json.dumps(data))
    with pytest.raises(KeyFileDamaged):
        Vault(data_dir).unlock(PASSPHRASE)


def test_another_history_at_the_same_point_is_refused(vault, data_dir):
    with vault.transaction() as s:
        svc.save_document(s, samples.child())
    vault.lock()
    keyfile = KeyFile.read(data_dir / "vault.key")
    raw = keyfile.unwrap_with_passphrase(PASSPHRASE)
    seq = keyfile.head["seq"]
    other = seal(Head(seq, "f" * 64, "2026-03-02T09:30:00+00:00"),
                 head_key(raw, keyfile.vault_id), keyfile.vault_id)
    keyfile.with_head(other).write(data_dir / "vault.key")
    (data_dir / "vault.head").unlink(missing_ok=True)
    with pytest.raises(RecordsWentBack) as err:
        Vault(data_dir).unlock(PASSPHRASE)
    assert "different copy" in err.value.message


def test_accepting_the_records_as_they_are_lets_them_open(vault, data_dir):
    with vault.transaction() as s:
        child = svc.save_document(s, samples.child())
    old = vault.backup()
    _entries(vault, child.id, 2)
    vault.lock()
    shutil.copyfile(old, data_dir / "vault.db")
    db_before = _sha(data_dir / "vault.db")

    Vault(data_dir).accept_records(PASSPHRASE)

    assert _sha(data_dir / "vault.db") == db_before, "accepting changes no record"
    again = Vault(data_dir)
    again.unlock(PASSPHRASE)
    again.lock()


def test_locking_empties_the_journal_and_a_read_only_session_leaves_the_key_file(vault, data_dir):
    with vault.transaction() as s:
        child = svc.save_document(s, samples.child())
    _entries(vault, child.id, 3)
    assert (data_dir / "vault.db-wal").exists()
    vault.lock()
    assert not (data_dir / "vault.db-wal").exists() or (data_dir / "vault.db-wal").stat().st_size == 0
    key_before = _sha(data_dir / "vault.key")
    reader = Vault(data_dir)
    reader.unlock(PASSPHRASE)
    with reader.session() as s:
        svc.list_entries(s, r.VoiceEntry, child.id)
    reader.lock()
    assert _sha(data_dir / "vault.key") == key_before


def test_a_journal_damaged_after_a_crash_is_noticed(vault, data_dir):
    with vault.transaction() as s:
        child = svc.save_document(s, samples.child())
    vault.lock()
    _kill_writer_mid_save(data_dir, child.id, 20)
    wal = data_dir / "vault.db-wal"
    data = bytearray(wal.read_bytes())
    data[len(data) // 3] ^= 0xFF  # SQLite stops reading a journal at its first bad frame
    wal.write_bytes(bytes(data))

    with pytest.raises(RecordsWentBack):
        Vault(data_dir).unlock(PASSPHRASE)
