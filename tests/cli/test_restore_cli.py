"""`directwork restore` repairs what `check` finds: a damaged byte, a cut-short file, a missing
file. It needs only the passphrase (the records are not opened), verifies the backup in full
before anything is replaced, and keeps the damaged file aside, byte for byte."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from directwork.domain import records as r
from directwork.store import records as svc
from directwork.store.vault import Vault
from tests.cli.cli_run import run_here
from tests.conftest import PASSPHRASE
from tests.support import samples


def flip_a_byte(db: Path) -> None:
    data = bytearray(db.read_bytes())
    data[3 * 4096 + 777] ^= 0x20
    db.write_bytes(bytes(data))


def cut_short(db: Path) -> None:
    db.write_bytes(db.read_bytes()[: 5 * 4096 + 100])


def cut_at_a_page(db: Path) -> None:
    db.write_bytes(db.read_bytes()[: 6 * 4096])


def remove(db: Path) -> None:
    db.unlink()


@pytest.fixture
def backed_up(vault, data_dir) -> tuple[Path, str]:
    with vault.transaction() as s:
        child = svc.save_document(s, samples.child(given_name="Restored"))
        for i in range(120):
            svc.add_entry(s, r.VoiceEntry(child_id=child.id, text=f"words {i} " * 10))
    backup = vault.backup()
    vault.lock()
    return backup, child.id


@pytest.mark.parametrize("damage", [flip_a_byte, cut_short, cut_at_a_page, remove], ids=lambda f: f.__name__)
def test_restore_brings_back_a_damaged_cut_or_missing_records_file(
        backed_up, data_dir, damage: Callable[[Path], None]) -> None:
    backup, child_id = backed_up
    db = data_dir / "vault.db"
    damage(db)
    damaged = db.read_bytes() if db.exists() else None
    checked = run_here(data_dir, "check", DIRECTWORK_PASSPHRASE=PASSPHRASE)
    assert checked.returncode in (1, 2) and "restore" in checked.stderr
    backup_before = hashlib.sha256(backup.read_bytes()).hexdigest()

    ran = run_here(data_dir, "restore", str(backup), DIRECTWORK_PASSPHRASE=PASSPHRASE)

    assert ran.returncode == 0, ran.stderr
    assert "1 children, 120 entries" in ran.stdout
    assert hashlib.sha256(backup.read_bytes()).hexdigest() == backup_before, "the backup is only read"
    kept = list((data_dir / "kept-aside").glob("*-vault.db")) if damaged is not None else []
    if damaged is not None:
        assert len(kept) == 1 and kept[0].read_bytes() == damaged, "the damaged file is kept"
        assert str(kept[0]) in ran.stdout
    assert run_here(data_dir, "check", DIRECTWORK_PASSPHRASE=PASSPHRASE).returncode == 0
    vault = Vault(data_dir)
    vault.unlock(PASSPHRASE)
    with vault.session() as s:
        assert len(svc.list_entries(s, r.VoiceEntry, child_id)) == 120
    vault.lock()


def test_a_wrong_passphrase_or_a_damaged_backup_restores_nothing(backed_up, data_dir, tmp_path):
    backup, _ = backed_up
    flip_a_byte(data_dir / "vault.db")
    before = (data_dir / "vault.db").read_bytes()
    wrong = run_here(data_dir, "restore", str(backup), DIRECTWORK_PASSPHRASE="not the passphrase")
    assert wrong.returncode == 1 and "passphrase is not right" in wrong.stderr
    bad = tmp_path / "bad.db"
    bad.write_bytes(backup.read_bytes())
    flip_a_byte(bad)
    damaged = run_here(data_dir, "restore", str(bad), DIRECTWORK_PASSPHRASE=PASSPHRASE)
    assert damaged.returncode == 2 and "cannot be used" in damaged.stderr
    assert len(damaged.stderr.strip().splitlines()) == 1
    assert (data_dir / "vault.db").read_bytes() == before
    assert not (data_dir / "kept-aside").exists()


def test_restore_list_shows_each_backup_with_its_counts(backed_up, data_dir):
    ran = run_here(data_dir, "restore", "--list", DIRECTWORK_PASSPHRASE=PASSPHRASE)
    assert ran.returncode == 0, ran.stderr
    assert "manual" in ran.stdout and "1 children, 120 entries" in ran.stdout


def test_restore_with_the_recovery_key_when_the_passphrase_is_forgotten(vault_with_recovery,
                                                                        data_dir):
    vault, recovery = vault_with_recovery
    with vault.transaction() as s:
        svc.save_document(s, samples.child())
    backup = vault.backup()
    vault.lock()
    remove(data_dir / "vault.db")
    ran = run_here(data_dir, "restore", str(backup), "--with-recovery-key",
                   DIRECTWORK_RECOVERY_KEY=recovery)
    assert ran.returncode == 0, ran.stderr
