"""One process at a time: while a vault is open elsewhere, opening, restoring, a new passphrase,
recovery and import are refused, naming what holds it, and nothing the holder saves is lost.
Two writers inside one process wait for each other instead of failing."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from directwork.domain import records as r
from directwork.store import records as svc
from directwork.store.errors import LockFileUnusable, VaultInUse
from directwork.store.keyfile import KdfParams
from directwork.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support import samples

WRITER = Path(__file__).with_name("crash_writer.py")


class Writer:
    """crash_writer.py in its own process: saving entries and printing each id once saved."""

    def __init__(self, data_dir: Path, child_id: str) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        self.proc = subprocess.Popen([sys.executable, str(WRITER), str(data_dir), PASSPHRASE,
                                      child_id], stdout=subprocess.PIPE, text=True, env=env)
        assert self.proc.stdout is not None
        assert self.proc.stdout.readline().strip() == "ready"
        self.saved: list[str] = []

    def read(self, n: int) -> None:
        assert self.proc.stdout is not None
        self.saved += [self.proc.stdout.readline().strip() for _ in range(n)]

    def kill(self) -> None:
        assert self.proc.stdout is not None
        os.kill(self.proc.pid, signal.SIGKILL)
        self.saved += [line.strip() for line in self.proc.stdout if line.strip()]
        self.proc.wait()
        self.proc.stdout.close()


@pytest.fixture
def writing(vault: Vault, data_dir: Path) -> Iterator[tuple[Writer, str]]:
    with vault.transaction() as s:
        child = svc.save_document(s, samples.child())
    vault.backup()
    vault.lock()
    writer = Writer(data_dir, child.id)
    try:
        yield writer, child.id
    finally:
        if writer.proc.poll() is None:
            writer.kill()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_second_opener_is_told_which_process_holds_the_vault(writing, data_dir):
    writer, _ = writing
    with pytest.raises(VaultInUse) as err:
        Vault(data_dir).unlock(PASSPHRASE)
    assert f"process {writer.proc.pid}" in err.value.message
    assert "crash_writer.py" in err.value.message


def test_a_restore_while_another_process_writes_is_refused_and_loses_nothing(writing, data_dir):
    writer, child_id = writing
    writer.read(10)
    backup = Vault(data_dir).newest_backup()
    assert backup is not None

    with pytest.raises(VaultInUse):
        Vault(data_dir).restore(backup, passphrase=PASSPHRASE)

    writer.read(10)  # it went on saving after the refusal
    writer.kill()
    after = Vault(data_dir)
    after.unlock(PASSPHRASE)
    with after.session() as s:
        stored = {e.id for e in svc.list_entries(s, r.VoiceEntry, child_id)}
    after.lock()
    assert len(writer.saved) >= 20 and set(writer.saved) <= stored


def test_passwd_recover_and_import_wait_their_turn(writing, data_dir):
    writer, _ = writing
    key_before = _sha(data_dir / "vault.key")
    with pytest.raises(VaultInUse):
        Vault.change_passphrase(data_dir, PASSPHRASE, "a different passphrase",
                                KdfParams.fast_for_tests())
    with pytest.raises(VaultInUse):
        Vault.recover(data_dir, "AAAAA-BBBBB", "a different passphrase")
    from tests.cli.cli_run import run_here

    importing = run_here(data_dir, "import", str(data_dir / "nothing.json"),
                         DIRECTWORK_PASSPHRASE=PASSPHRASE)
    assert importing.returncode == 1  # the file is missing: refused before the vault is opened
    (data_dir.parent / "empty.json").write_text(
        '{"format": "directwork-interchange", "version": 1, "records": []}')
    importing = run_here(data_dir, "import", str(data_dir.parent / "empty.json"),
                         DIRECTWORK_PASSPHRASE=PASSPHRASE)
    assert importing.returncode == 1 and "open in" in importing.stderr
    assert _sha(data_dir / "vault.key") == key_before


def test_a_killed_holder_lets_go(writing, data_dir):
    writer, _ = writing
    writer.read(3)
    writer.kill()
    again = Vault(data_dir)
    again.unlock(PASSPHRASE)
    again.lock()


def test_vault_objects_in_one_process_share_its_lock_but_a_restore_needs_it_alone(vault,
                                                                                 data_dir):
    backup = vault.backup()
    other = Vault(data_dir)
    other.unlock(PASSPHRASE)  # the same process: not refused
    with pytest.raises(VaultInUse) as err:
        other.restore(backup)
    assert "another part of this program" in err.value.message
    assert other.is_unlocked, "a refused restore leaves it open as it was"
    vault.lock()
    other.restore(backup)  # alone now
    other.lock()
    # Once the last lets go, another process may open it.
    probe = subprocess.run([sys.executable, "-c", HOLDS, str(data_dir), PASSPHRASE],
                           env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
                           capture_output=True, text=True, timeout=120)
    assert probe.returncode == 0, probe.stderr


HOLDS = "import sys\nfrom directwork.store.vault import Vault\nv = Vault(sys.argv[1])\n" \
        "v.unlock(sys.argv[2])\nv.lock()\n"


def test_two_writers_that_read_first_wait_for_each_other(vault):
    with vault.transaction() as s:
        child = svc.save_document(s, samples.child())
    failures: list[BaseException] = []
    start = threading.Barrier(2)

    def write(worker: int) -> None:
        start.wait()
        for i in range(25):
            try:
                with vault.transaction() as s:
                    # Read, then write: with a deferred BEGIN the second of two such
                    # transactions fails at once with "database is locked".
                    count = len(svc.list_entries(s, r.VoiceEntry, child.id))
                    svc.add_entry(s, r.VoiceEntry(child_id=child.id, text=f"{worker}/{i}/{count}"))
            except BaseException as exc:  # collected and asserted below
                failures.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    with vault.session() as s:
        assert len(svc.list_entries(s, r.VoiceEntry, child.id)) == 50


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and not p.is_symlink()}


@pytest.mark.parametrize("what", ["a folder", "a link to somewhere else", "a pipe or a device"])
def test_a_lock_file_that_is_not_a_file_is_refused_in_words(vault, data_dir, tmp_path, what):
    """A folder, a link or a pipe where ``vault.lock`` should be: opening is refused, saying
    which file and what it is, without waiting; nothing in the folder changes, and a link's
    target is not written through."""
    with vault.transaction() as s:
        child = svc.save_document(s, samples.child())
    vault.lock()
    lock_file = data_dir / "vault.lock"
    lock_file.unlink()
    target = tmp_path / "someone-elses-file"
    target.write_bytes(b"keep me")
    if what == "a folder":
        lock_file.mkdir()
    elif what == "a link to somewhere else":
        lock_file.symlink_to(target)
    else:
        os.mkfifo(lock_file)
    before = _files(data_dir)
    again = Vault(data_dir)
    with pytest.raises(LockFileUnusable) as refused:
        again.unlock(PASSPHRASE)
    assert str(lock_file) in str(refused.value) and what in str(refused.value)
    assert "Nothing was changed" in str(refused.value)
    assert _files(data_dir) == before
    assert target.read_bytes() == b"keep me"
    # Once IT has taken it away, the vault opens as it was.
    if lock_file.is_dir() and not lock_file.is_symlink():
        lock_file.rmdir()
    else:
        lock_file.unlink()
    again.unlock(PASSPHRASE)
    with again.transaction() as s:
        assert [c.id for c in svc.list_documents(s, r.Child)] == [child.id]
    again.lock()
