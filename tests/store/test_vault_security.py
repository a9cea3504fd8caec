"""Nothing is readable without the key; a passphrase change touches only the key file."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from directwork.domain import records as r
from directwork.store import records as svc
from directwork.store.errors import WrongPassphrase, WrongRecoveryKey
from directwork.store.keyfile import KdfParams
from directwork.store.vault import Vault, unlock_delay
from tests.conftest import PASSPHRASE
from tests.support import samples

MARKER = "Zebedee-Marker-7781"


def _all_files(root):
    return [p for p in root.rglob("*") if p.is_file()]


def test_no_file_in_the_data_folder_contains_what_was_written(vault, data_dir):
    with vault.transaction() as s:
        child = svc.save_document(s, samples.child(given_name=MARKER))
        for i in range(50):
            svc.add_entry(s, r.VoiceEntry(child_id=child.id, text=f"{MARKER} said thing {i}"))
        svc.save_document(s, r.SafetyPlan(child_id=child.id, child_section=MARKER))
    vault.backup()
    # Leave the WAL in place (no checkpoint) so it is examined too.
    with vault.transaction() as s:
        svc.add_entry(s, r.VisitNote(child_id=child.id, text=MARKER))
    files = _all_files(data_dir)
    names = {p.name for p in files}
    assert "vault.db" in names and "vault.key" in names and "vault.db-wal" in names
    assert any(p.parent.name == "backups" for p in files)
    needles = [MARKER.encode("utf-8"), MARKER.encode("utf-16-le"), MARKER.encode("utf-16-be")]
    for path in files:
        data = path.read_bytes()
        for needle in needles:
            assert needle not in data, f"{path.name} holds the marker in plain text"


def test_plain_sqlite_cannot_read_the_vault(vault, data_dir):
    vault.lock()
    conn = sqlite3.connect(data_dir / "vault.db")
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT name FROM sqlite_master").fetchall()
    conn.close()


def test_passphrase_change_rewraps_the_key_only(vault_with_recovery, data_dir):
    vault, recovery = vault_with_recovery
    with vault.transaction() as s:
        svc.save_document(s, samples.child())
    vault.lock()
    db = data_dir / "vault.db"
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    Vault.change_passphrase(data_dir, PASSPHRASE, "a brand new passphrase", KdfParams.fast_for_tests())
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    with pytest.raises(WrongPassphrase):
        Vault(data_dir).unlock(PASSPHRASE)
    again = Vault(data_dir)
    again.unlock("a brand new passphrase")
    again.lock()
    by_recovery = Vault(data_dir)
    by_recovery.unlock_with_recovery_key(recovery.lower().replace("-", " "))
    with by_recovery.session() as s:
        assert len(svc.list_documents(s, r.Child)) == 1
    by_recovery.lock()


def test_recovery_sets_a_new_passphrase(vault_with_recovery, data_dir):
    vault, recovery = vault_with_recovery
    vault.lock()
    with pytest.raises(WrongRecoveryKey):
        Vault.recover(data_dir, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH", "another good passphrase")
    Vault.recover(data_dir, recovery, "another good passphrase", KdfParams.fast_for_tests())
    Vault(data_dir).unlock("another good passphrase")


def test_wrong_passphrases_are_refused_with_a_growing_delay(vault, data_dir, monkeypatch):
    vault.lock()
    waited: list[float] = []
    monkeypatch.setattr(Vault, "sleep", staticmethod(waited.append))
    key_before = (data_dir / "vault.key").read_bytes()
    for _ in range(6):
        with pytest.raises(WrongPassphrase):
            Vault(data_dir).unlock("not the passphrase")
    assert waited == [1.0, 2.0, 4.0], "no delay for the first 3 tries, then doubling"
    assert (data_dir / "vault.key").read_bytes() == key_before
    Vault(data_dir).unlock(PASSPHRASE)  # the right one still works, and resets the count
    assert unlock_delay(0) == 0 and unlock_delay(40) == 30.0
