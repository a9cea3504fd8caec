"""A backup whose copy cannot be written (too large for its disk, a folder that went away) is
refused in the copy's words, never put down to the vault's records being damaged: SQLCipher's
export says "disk I/O error" for either side, and "the vault's records are damaged" would send
a practitioner to restore an older backup over records that were whole."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from directwork.domain import records as r
from directwork.store import backups
from directwork.store import records as svc
from directwork.store.keyfile import KdfParams
from directwork.store.vault import Vault
from tests.conftest import PASSPHRASE

# The vault unlocked first, then the process held to files of 64 KiB (RLIMIT_FSIZE, with
# SIGXFSZ ignored, as Python leaves it): as a FAT32 stick holds a copy to 4 GB.
LIMITED = textwrap.dedent("""
    import resource, sys
    from pathlib import Path
    from directwork.store.errors import VaultError
    from directwork.store.vault import Vault
    vault = Vault(Path(sys.argv[1]))
    vault.unlock(sys.argv[2])
    resource.setrlimit(resource.RLIMIT_FSIZE, (65536, resource.RLIM_INFINITY))
    try:
        vault.backup(Path(sys.argv[3]))
        print("made")
    except VaultError as refused:
        print(type(refused).__name__, refused.message)
    finally:
        vault.lock()
""")


@pytest.fixture
def vault_folder(tmp_path):
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=KdfParams.fast_for_tests())
    with vault.transaction() as s:
        child = svc.save_document(s, r.Child(given_name="Test"))
        for _ in range(300):
            svc.add_entry(s, r.VisitNote(child_id=child.id, text="A visit note. " * 40))
    vault.lock()
    assert (tmp_path / "vault" / "vault.db").stat().st_size > 10 * 65536
    return tmp_path / "vault"


def test_a_backup_too_large_for_its_disk_says_so_and_not_that_the_records_are_damaged(
        vault_folder, tmp_path):
    out = tmp_path / "stick" / "backup.db"
    out.parent.mkdir()
    ran = subprocess.run([sys.executable, "-c", LIMITED, str(vault_folder), PASSPHRASE,
                          str(out)], capture_output=True, text=True)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.startswith("FileTooLarge The file is too large for the disk"), ran.stdout
    assert "damaged" not in ran.stdout and "Nothing was changed" in ran.stdout
    assert list(out.parent.iterdir()) == [], "a cut copy was left on the stick"
    # The records were whole all along: they unlock and a backup where there is room is made.
    vault = Vault(vault_folder)
    vault.unlock(PASSPHRASE)
    try:
        vault.backup(tmp_path / "roomy.db")
    finally:
        vault.lock()
    assert (tmp_path / "roomy.db").stat().st_size > 65536


def test_a_copy_whose_folder_went_away_is_the_copys_failure(tmp_path):
    gone = tmp_path / "stick"
    gone.mkdir()
    target = gone / "backup.db.partial"
    target.write_bytes(b"\0" * 4096)
    target.unlink()
    gone.rmdir()  # the stick pulled out while the copy was written
    with pytest.raises(OSError):
        backups._refuse_if_the_copy_failed(target)


def test_a_copy_that_could_be_written_leaves_the_verdict_to_the_vault(tmp_path):
    target = tmp_path / "backup.db.partial"
    target.write_bytes(b"\0" * 4096)
    backups._refuse_if_the_copy_failed(target)  # no error: the copy's side was fine
    assert [p.name for p in tmp_path.iterdir()] == ["backup.db.partial"], "the probe stayed"
