"""Every way opening can go wrong is refused with a readable message and changes nothing."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text

from directwork.domain import records as r
from directwork.store import records as svc
from directwork.store.errors import (
    BackupUnusable,
    DatabaseDamaged,
    DatabaseMissing,
    DiskFull,
    KeyFileDamaged,
    KeyFileMissing,
    NewerVersion,
    NotWritable,
    NoVault,
    VaultExists,
)
from directwork.store.keyfile import KdfParams
from directwork.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support import samples


def _snapshot(root):
    return {p.relative_to(root): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_an_empty_folder_is_not_a_vault(tmp_path):
    with pytest.raises(NoVault):
        Vault(tmp_path).unlock(PASSPHRASE)
    assert list(tmp_path.iterdir()) == []


def test_a_new_vault_is_never_made_over_an_existing_one(vault, data_dir):
    vault.lock()
    before = _snapshot(data_dir)
    with pytest.raises(VaultExists):
        Vault.create(data_dir, "something else entirely", kdf=KdfParams.fast_for_tests())
    assert _snapshot(data_dir) == before


def test_missing_key_file_is_refused(vault, data_dir):
    vault.lock()
    (data_dir / "vault.key").unlink()
    before = _snapshot(data_dir)
    with pytest.raises(KeyFileMissing) as err:
        Vault(data_dir).unlock(PASSPHRASE)
    assert "key file is missing" in err.value.message
    assert _snapshot(data_dir) == before


def test_damaged_key_file_is_refused(vault, data_dir):
    vault.lock()
    key = data_dir / "vault.key"
    key.write_text(key.read_text()[:-40])
    before = _snapshot(data_dir)
    with pytest.raises(KeyFileDamaged):
        Vault(data_dir).unlock(PASSPHRASE)
    assert _snapshot(data_dir) == before


def test_tampered_kdf_parameters_fail_like_a_wrong_passphrase(vault, data_dir):
    vault.lock()
    key = data_dir / "vault.key"
    data = json.loads(key.read_text())
    data["slots"][0]["iterations"] = 1 if data["slots"][0]["iterations"] != 1 else 2
    key.write_text(json.dumps(data))
    from directwork.store.errors import WrongPassphrase

    with pytest.raises(WrongPassphrase):
        Vault(data_dir).unlock(PASSPHRASE)


def test_missing_database_is_refused_and_not_recreated(vault, data_dir):
    vault.backup()
    vault.lock()
    (data_dir / "vault.db").unlink()
    for extra in ("vault.db-wal", "vault.db-shm"):
        (data_dir / extra).unlink(missing_ok=True)
    with pytest.raises(DatabaseMissing) as err:
        Vault(data_dir).unlock(PASSPHRASE)
    assert not (data_dir / "vault.db").exists()
    assert "backups" in err.value.message


def test_a_damaged_database_points_to_the_newest_backup(vault, data_dir):
    with vault.transaction() as s:
        svc.save_document(s, samples.child())
    newest = vault.backup()
    vault.lock()
    db = data_dir / "vault.db"
    db.write_bytes(b"\x00" * 64 + db.read_bytes()[64:])  # wreck page 1, salt included
    before = _snapshot(data_dir)
    with pytest.raises(DatabaseDamaged) as err:
        Vault(data_dir).unlock(PASSPHRASE)
    assert str(newest) in err.value.message
    assert _snapshot(data_dir) == before


def test_a_database_from_a_newer_version_is_refused(vault, data_dir):
    with vault.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    vault.lock()
    before = _snapshot(data_dir)
    with pytest.raises(NewerVersion) as err:
        Vault(data_dir).unlock(PASSPHRASE)
    assert "newer version" in err.value.message
    assert _snapshot(data_dir) == before


def test_a_folder_that_cannot_be_written_is_refused(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(NotWritable):
        Vault.create(blocker / "vault", "a fine passphrase here", kdf=KdfParams.fast_for_tests())


@pytest.mark.skipif(shutil.which("chattr") is None, reason="needs chattr to make a folder read-only for root")
def test_unlocking_in_a_read_only_folder_is_refused(vault, data_dir):
    vault.lock()
    made_immutable = subprocess.run(["chattr", "+i", str(data_dir)], capture_output=True).returncode == 0
    if not made_immutable:
        import os

        if os.geteuid() == 0:
            pytest.skip("this filesystem cannot make a folder read-only for root")
        data_dir.chmod(0o500)
    try:
        with pytest.raises(NotWritable):
            Vault(data_dir).unlock(PASSPHRASE)
    finally:
        if made_immutable:
            subprocess.run(["chattr", "-i", str(data_dir)], check=True)
        else:
            data_dir.chmod(0o700)


def test_backups_rotate_and_restore_brings_records_back(vault, data_dir):
    with vault.transaction() as s:
        child = svc.save_document(s, samples.child(given_name="Before"))
    good = vault.backup()
    with vault.transaction() as s:
        svc.save_document(s, r.Person(child_id=child.id, name="Added after the backup"))
    kept = vault.restore(good).kept
    with vault.session() as s:
        assert svc.list_documents(s, r.Person, child.id) == []
        assert [c.given_name for c in svc.list_documents(s, r.Child)] == ["Before"]
    assert kept is not None and kept.exists(), "the records from just before the restore are kept"
    for _ in range(9):
        vault.backup()
    # Seven rotate; what the restore replaced (the person added after the backup, held nowhere
    # else) is never rotated away.
    assert kept.exists()
    assert len(vault.list_backups()) == 8
    assert sum(p != kept for p in vault.list_backups()) == 7


def test_a_restore_that_cannot_put_the_records_in_place_leaves_the_guard_as_it_was(
        vault, data_dir, tmp_path, monkeypatch):
    """A restore whose last step fails (the records file cannot be replaced: held open by
    another program, made immutable) changes no head: the guard against records going back in
    time stays at the records' own, so the older backup put in by hand is refused. It once
    stayed lowered to the backup's head, and the older copy opened as if nothing were wrong."""
    from directwork.store import backups
    from directwork.store.errors import NotWritable, RecordsWentBack

    with vault.transaction() as s:
        child = svc.save_document(s, samples.child(given_name="Before"))
    older = vault.backup(tmp_path / "older.db")
    for i in range(5):
        with vault.transaction() as s:
            svc.add_entry(s, r.VoiceEntry(child_id=child.id, text=f"after the backup {i}"))
    key_before = (data_dir / "vault.key").read_bytes()

    def refused(staged: Path, db_path: Path) -> None:
        raise PermissionError(1, "Operation not permitted", str(db_path))

    monkeypatch.setattr(backups, "place", refused)
    with pytest.raises(NotWritable):
        vault.restore(older)
    monkeypatch.undo()
    assert (data_dir / "vault.key").read_bytes() == key_before
    with vault.session() as s:
        assert len(svc.list_entries(s, r.VoiceEntry, child.id)) == 5
    vault.lock()
    again = Vault(data_dir)
    again.unlock(PASSPHRASE)  # the records open as they were
    again.lock()
    shutil.copyfile(older, data_dir / "vault.db")
    with pytest.raises(RecordsWentBack):
        Vault(data_dir).unlock(PASSPHRASE)


def test_a_damaged_backup_is_not_restored(vault, data_dir, tmp_path):
    with vault.transaction() as s:
        svc.save_document(s, samples.child())
    bad = vault.backup(tmp_path / "bad.db")
    bad.write_bytes(bad.read_bytes()[:4096] + b"\x5a" * 4096 + bad.read_bytes()[8192:])
    before = (data_dir / "vault.db").read_bytes()
    with pytest.raises(BackupUnusable) as err:
        vault.restore(bad)
    assert err.value.exit_code == 2 and "damaged page" in err.value.message
    assert (data_dir / "vault.db").read_bytes() == before


def test_what_a_killed_backup_leaves_is_cleared_at_the_next_unlock(vault, data_dir):
    # A backup killed while SQLCipher wrote it leaves its partial file and that file's
    # journal (seen after SIGKILL: vault-...-manual.db.partial-journal); both are cleared.
    vault.backup()
    vault.lock()
    leftovers = [data_dir / "backups" / f"vault-20261130T231050599389Z-manual.db{suffix}"
                 for suffix in (".partial", ".partial-journal", ".partial-wal", ".partial-shm")]
    for path in leftovers:
        path.write_bytes(b"\0" * 8720)
    vault.unlock(PASSPHRASE)
    assert [p.name for p in leftovers if p.exists()] == []
    assert len(vault.list_backups()) == 1


HALF_A_CHANGE = """
import os, sys
import sqlcipher3.dbapi2 as sqlcipher
raw = sqlcipher.connect(sys.argv[1], isolation_level=None)
raw.execute(sys.argv[2]); raw.execute("PRAGMA cipher_compatibility = 4")
raw.execute("PRAGMA cache_size = 2")  # pages spill into the file before the commit
raw.execute("BEGIN")
raw.execute("UPDATE audit_event SET hash = 'half written'")
raw.execute("CREATE TABLE filler(x)")
raw.execute("INSERT INTO filler SELECT randomblob(3000) FROM audit_event")
os._exit(0)  # killed before the commit: the change is half in the file, whole in the journal
"""


def test_a_change_left_half_made_in_a_rollback_journal_is_rolled_back_at_unlock(vault, data_dir):
    # Just after a restore the records are not yet in WAL mode; a crash mid-change then
    # leaves vault.db-journal. Every unlock used to refuse it as "cannot write to the
    # folder" (the read-only checks cannot roll a journal back); SQLite now settles it with
    # the lock held, and a copy of the journal is kept aside first.
    import subprocess
    import sys

    from directwork.store.records_file import raw_key_pragma

    with vault.transaction() as s:
        child = svc.save_document(s, samples.child(given_name="Journal"))
    backup = vault.backup()
    assert vault._key is not None
    key = bytes(vault._key)
    vault.lock()
    vault.restore(backup, passphrase=PASSPHRASE)
    subprocess.run([sys.executable, "-c", HALF_A_CHANGE, str(data_dir / "vault.db"),
                    raw_key_pragma(key)], check=True)
    journal = (data_dir / "vault.db-journal").read_bytes()
    assert journal[:1] != b"\0"

    vault.unlock(PASSPHRASE)
    with vault.session() as s:
        assert svc.get_document(s, r.Child, child.id).given_name == "Journal"
    assert vault.check().ok
    assert not (data_dir / "vault.db-journal").exists()
    kept = list((data_dir / "kept-aside").glob("*-vault.db-journal"))
    assert [p.read_bytes() for p in kept] == [journal]


def test_a_journal_that_does_not_read_is_kept_aside_and_the_vault_opens(vault, data_dir):
    with vault.transaction() as s:
        child = svc.save_document(s, samples.child(given_name="Journal"))
    vault.lock()
    left = b"\x5a" * 5000
    (data_dir / "vault.db-journal").write_bytes(left)
    vault.unlock(PASSPHRASE)
    with vault.session() as s:
        assert svc.get_document(s, r.Child, child.id).given_name == "Journal"
    assert not (data_dir / "vault.db-journal").exists()
    assert [p.read_bytes() for p in (data_dir / "kept-aside").iterdir()] == [left]


def test_a_backup_that_is_not_a_file_is_refused_before_it_is_read(vault, data_dir, tmp_path):
    # A pipe (or /dev/zero) chosen as the backup: reading it hung for ever, or copied zeros
    # until the disk was full and then said so. Only a plain file is a backup.
    import os

    with vault.transaction() as s:
        svc.save_document(s, samples.child())
    before = (data_dir / "vault.db").read_bytes()
    pipe = tmp_path / "backup.db"
    os.mkfifo(pipe)
    for chosen in (pipe, Path("/dev/zero")):
        with pytest.raises(BackupUnusable) as refused:
            vault.restore(chosen)
        assert "not a file" in refused.value.message, refused.value.message
    assert (data_dir / "vault.db").read_bytes() == before
    assert not list(data_dir.glob("*.restoring*"))


def test_a_backup_that_fails_while_read_is_the_backups_fault_not_the_vault_folders(
        vault, data_dir):
    # A stick pulled out, or a failing disk, while the chosen backup was copied in: the read
    # error was worded as the vault's folder not being writable ("ask IT to fix its
    # permissions"). /proc/self/mem is a plain file whose first read fails (EIO), as such a
    # disk's does.
    with vault.transaction() as s:
        svc.save_document(s, samples.child())
    before = (data_dir / "vault.db").read_bytes()
    with pytest.raises(BackupUnusable) as refused:
        vault.restore(Path("/proc/self/mem"))
    message = refused.value.message
    assert "/proc/self/mem cannot be used: it cannot be read" in message, message
    assert "Nothing was changed" in message and "permissions" not in message
    assert (data_dir / "vault.db").read_bytes() == before
    assert not list(data_dir.glob("*.restoring*"))


def test_a_backup_larger_than_the_room_left_is_refused_before_a_byte_is_copied(
        vault, data_dir, tmp_path):
    # Copying it in filled the laptop's disk to its last byte, and only then said so.
    with vault.transaction() as s:
        svc.save_document(s, samples.child())
    before = (data_dir / "vault.db").read_bytes()
    huge = tmp_path / "huge-backup.db"
    with open(huge, "wb") as sparse:  # takes no room itself
        sparse.truncate(shutil.disk_usage(data_dir).total + 1)
    with pytest.raises(DiskFull) as refused:
        vault.restore(huge)
    assert "no room left on the disk" in refused.value.message
    assert "Nothing was changed" in refused.value.message
    assert (data_dir / "vault.db").read_bytes() == before
    assert not list(data_dir.glob("*.restoring*"))


def test_a_backup_from_a_newer_version_is_named_as_the_backup_not_this_vault(vault, data_dir):
    # Restoring it said "This vault was last opened by a newer version", about a vault that
    # opens perfectly well: it is the backup that is newer.
    with vault.transaction() as s:
        svc.save_document(s, samples.child())
    import sqlcipher3.dbapi2 as sqlcipher

    from directwork.store.records_file import raw_key_pragma

    newer = vault.backup()
    assert vault._key is not None
    raw = sqlcipher.connect(str(newer), isolation_level=None)  # as a newer directwork left it
    raw.execute(raw_key_pragma(vault._key))
    raw.execute("PRAGMA cipher_compatibility = 4")
    raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
    raw.close()
    before = (data_dir / "vault.db").read_bytes()
    with pytest.raises(BackupUnusable) as refused:
        vault.restore(newer)
    message = refused.value.message
    assert message.startswith(f"The backup {newer} cannot be used: it was written by a newer "
                              "version of directwork (schema 9999_future)"), message
    assert refused.value.exit_code == 1
    assert (data_dir / "vault.db").read_bytes() == before


def _crashed_with_a_damaged_journal(vault, data_dir, into):
    """A copy of ``vault`` as a crash leaves it (saves still in its WAL), the WAL then damaged
    half-way: SQLite reads the saves before the damage and not those after."""
    from directwork.store.errors import RecordsWentBack

    with vault.transaction() as s:
        child = svc.save_document(s, samples.child())
    vault.backup()
    for i in range(8):
        with vault.transaction() as s:
            svc.add_entry(s, r.VoiceEntry(child_id=child.id, text=f"in the journal {i}"))
    into.mkdir()
    for name in ("vault.db", "vault.db-wal", "vault.key", "vault.head"):
        shutil.copyfile(data_dir / name, into / name)
    shutil.copytree(data_dir / "backups", into / "backups")
    wal = bytearray((into / "vault.db-wal").read_bytes())
    wal[len(wal) // 2] ^= 0x40
    (into / "vault.db-wal").write_bytes(bytes(wal))
    with pytest.raises(RecordsWentBack):
        Vault(into).unlock(PASSPHRASE)
    return bytes(wal)


def test_accepting_or_restoring_over_a_damaged_journal_keeps_the_journal(vault, data_dir,
                                                                          tmp_path):
    # The saves after the damage are still in the journal's later frames. Accepting the
    # records as they are, or restoring a backup over them, used to leave the journal to be
    # overwritten, or delete it; it is kept aside, as a damaged records file is.
    for act in ("accept", "restore"):
        copy = tmp_path / act
        journal = _crashed_with_a_damaged_journal(vault, data_dir, copy)
        there = Vault(copy)
        if act == "accept":
            there.accept_records(PASSPHRASE)
        else:
            there.restore(there.newest_backup(), passphrase=PASSPHRASE)
        there.unlock(PASSPHRASE)
        with there.transaction() as s:  # a save after it: SQLite starts its journal again
            svc.save_document(s, samples.child())
        there.lock()
        kept = [p.read_bytes() for p in (copy / "kept-aside").glob("*-vault.db-wal")]
        assert kept == [journal], act


@pytest.mark.parametrize("name", ["vault.key", "vault.head"])
def test_a_pipe_under_the_key_or_head_files_name_is_not_waited_on(vault, data_dir, name):
    """A pipe (FIFO) where the key file or the head file should be: opening the vault says so
    in words (the key file) or goes on without the fast head (the head file), and never waits
    on the pipe for ever, as it once did (check and restore --list hung)."""
    import os

    from directwork.store.errors import KeyFileDamaged

    with vault.transaction() as s:
        svc.save_document(s, samples.child())
    vault.lock()
    (data_dir / name).unlink()
    os.mkfifo(data_dir / name)
    again = Vault(data_dir)
    if name == "vault.key":
        with pytest.raises(KeyFileDamaged) as refused:
            again.unlock(PASSPHRASE)
        assert "a pipe or a device" in refused.value.message
    else:
        again.unlock(PASSPHRASE)
        with again.session() as s:
            assert len(svc.list_documents(s, r.Child)) == 1
        again.lock()
