"""A backup written where the user chose (`directwork backup -o`) never replaces a file, not
even one that takes the name while the backup is being written and checked."""

from __future__ import annotations

from directwork.store.keyfile import KdfParams
from directwork.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.killed import run_with_a_name_taken_meanwhile


def test_a_backup_does_not_overwrite_a_file_that_took_its_name_meanwhile(tmp_path):
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=KdfParams.fast_for_tests())
    vault.lock()
    out = tmp_path / "copies" / "taken-meanwhile"
    out.parent.mkdir()
    ran = run_with_a_name_taken_meanwhile("""
        import sys
        from pathlib import Path
        from directwork.store.errors import BackupUnusable
        from directwork.store.vault import Vault
        vault = Vault(Path(sys.argv[1]))
        vault.unlock(sys.argv[2])
        try:
            vault.backup(Path(sys.argv[3]))
        except BackupUnusable as refused:
            print(refused.message)
        finally:
            vault.lock()
    """, str(tmp_path / "vault"), PASSPHRASE, str(out))
    assert "already there" in ran.stdout, ran.stderr
    assert out.read_text() == "appeared meanwhile"
    assert [p.name for p in out.parent.iterdir()] == ["taken-meanwhile"]
