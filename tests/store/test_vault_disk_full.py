"""A disk that fills while the vault is open (the app's saves go through store.operations):
the save is refused in words, nothing saved before is lost, and the vault opens afterwards.

Mounting the small disk needs root; without it the test is skipped, except under CI=true,
where a skip would hide it, so it fails instead."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from directwork.domain import records as r
from directwork.store import operations
from directwork.store import records as svc
from directwork.store.errors import DiskFull
from directwork.store.keyfile import KdfParams
from directwork.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.disks import fill, mount, need_mounts


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    need_mounts()
    disk = tmp_path / "disk"
    disk.mkdir()
    mount("-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(disk))
    try:
        yield disk
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def test_a_save_on_a_full_disk_is_refused_in_words_and_loses_nothing(small_disk):
    data_dir = small_disk / "vault"
    vault, _ = Vault.create(data_dir, PASSPHRASE, kdf=KdfParams.fast_for_tests())
    try:
        child = operations.change(vault, svc.save_document, r.Child(given_name="Kept"))
        kept = operations.add_entry(vault, r.VoiceEntry(child_id=child.id, text="saved before"))
        filler = fill(small_disk)

        # The app's saves, as its vault worker makes them: refused in words, not SQLite's,
        # both the entry kept as it is typed (on the driver alone) and a save in a session.
        with pytest.raises(DiskFull) as refused:
            for i in range(50):  # the first pages may still fit in what SQLite holds free
                operations.add_entry(vault, r.VoiceEntry(child_id=child.id,
                                                         text=f"{i} " + "w" * 4000))
        assert "no room left on the disk" in refused.value.message
        assert "SQL" not in refused.value.message and "sqlcipher" not in refused.value.message
        with pytest.raises(DiskFull) as refused:
            for i in range(50):
                operations.change(vault, svc.add_entry,
                                  r.VoiceEntry(child_id=child.id, text=f"{i} " + "w" * 4000))
        assert "no room left on the disk" in refused.value.message
        assert "SQL" not in refused.value.message and "sqlcipher" not in refused.value.message

        # Room again: the vault goes on saving, and what was saved is all there.
        filler.unlink()
        after = operations.add_entry(vault, r.VoiceEntry(child_id=child.id, text="saved after"))
    finally:
        vault.lock()
    again = Vault(data_dir)
    again.unlock(PASSPHRASE)
    try:
        held = {e.id for e in operations.read(again, svc.list_entries, r.VoiceEntry, child.id)}
        assert {kept.id, after.id} <= held
        assert again.check().ok
    finally:
        again.lock()
