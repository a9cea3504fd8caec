"""Setting up a vault cut off part way (the app or the computer stopped: a SIGKILL in a
child process here, at two moments) leaves no vault: the folder says there is none yet, and
setting up again clears what was left and makes a whole one. It used to leave records
without their key: "the key file is missing, ask IT to restore" for a vault that never held
anything, and setting up again refused ("there is already a vault")."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from directwork.domain import records as r
from directwork.store import records as svc
from directwork.store.errors import KeyFileMissing, NoVault, VaultExists, VaultInUse
from directwork.store.keyfile import KdfParams
from directwork.store.vault import DB_NAME, KEY_NAME, LEFT_ASIDE_PREFIX, SETTING_UP_NAME, Vault
from tests.conftest import PASSPHRASE

FAST = KdfParams.fast_for_tests()

# Setting up a vault in a child process killed (SIGKILL, as a crash) at ``moment``: as the
# key file is about to be written (the records made), or as the setting-up mark is about to
# be cleared (the key file written).
_CUT_OFF = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from directwork.store import vault as v
    from directwork.store.keyfile import KdfParams, KeyFile

    folder, moment = Path(sys.argv[1]), sys.argv[2]
    if moment == "before the key":
        KeyFile.write = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
    else:
        unlink = Path.unlink
        def cut(path, *a, **k):
            if path.name == v.SETTING_UP_NAME:
                os.kill(os.getpid(), signal.SIGKILL)
            return unlink(path, *a, **k)
        Path.unlink = cut
    v.Vault.create(folder, sys.argv[3], kdf=KdfParams.fast_for_tests())
""")


def assert_whole(folder: Path, passphrase: str = PASSPHRASE) -> None:
    """The vault in ``folder`` is one: no setting-up mark, and it opens and checks clean."""
    assert not (folder / SETTING_UP_NAME).exists()
    made = Vault(folder)
    made.unlock(passphrase)
    try:
        assert made.check().ok
    finally:
        made.lock()


def _cut_off(folder: Path, moment: str) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    ran = subprocess.run([sys.executable, "-c", _CUT_OFF, str(folder), moment, PASSPHRASE],
                         env=env, capture_output=True, text=True, timeout=120)
    assert ran.returncode == -9, ran.stderr


@pytest.mark.parametrize("moment", ["before the key", "before the mark is cleared"])
def test_a_vault_whose_setting_up_was_cut_off_is_none_and_can_be_set_up_again(
        tmp_path: Path, moment: str) -> None:
    folder = tmp_path / "data"
    _cut_off(folder, moment)
    assert (folder / DB_NAME).exists() and (folder / SETTING_UP_NAME).exists()
    assert (folder / KEY_NAME).exists() == (moment != "before the key")

    # There is no vault there: opening says so and how to set one up, and changes nothing.
    left = sorted(p.name for p in folder.iterdir())
    assert not Vault(folder).exists()
    with pytest.raises(NoVault, match="Set one up with `directwork init`"):
        Vault(folder).unlock(PASSPHRASE)
    assert sorted(p.name for p in folder.iterdir()) == left

    # Setting up again makes a whole vault, which keeps what is typed into it.
    vault, _recovery = Vault.create(folder, "a new passphrase for this one", kdf=FAST)
    with vault.transaction() as s:
        child = svc.save_document(s, r.Child(given_name="Ana"))
    vault.lock()
    assert not (folder / SETTING_UP_NAME).exists()
    again = Vault(folder)
    assert again.exists()
    again.unlock("a new passphrase for this one")
    try:
        with again.session() as s:
            assert svc.get_document(s, r.Child, child.id) is not None
        assert again.check().ok
    finally:
        again.lock()
    with pytest.raises(VaultExists):
        Vault.create(folder, PASSPHRASE, kdf=FAST)


def test_records_without_their_key_and_no_mark_are_still_a_vault_whose_key_is_missing(
        vault: Vault, data_dir: Path) -> None:
    # A vault that was whole once (no setting-up mark) and has lost its key file is not
    # cleared by setting up again: it is refused, and its records are left as they are.
    vault.lock()
    (data_dir / KEY_NAME).unlink()
    records = (data_dir / DB_NAME).read_bytes()
    with pytest.raises(KeyFileMissing):
        Vault(data_dir).unlock(PASSPHRASE)
    with pytest.raises(VaultExists):
        Vault.create(data_dir, PASSPHRASE, kdf=FAST)
    assert (data_dir / DB_NAME).read_bytes() == records


# Setting up a vault in a child process that stops, the records made and the key not yet
# written, until told to go on (a line on stdin).
_HELD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from directwork.store import vault as v
    from directwork.store.keyfile import KdfParams, KeyFile

    write = KeyFile.write
    def held(*a, **k):
        print("holding", flush=True)
        sys.stdin.readline()
        return write(*a, **k)
    KeyFile.write = held
    v.Vault.create(Path(sys.argv[1]), sys.argv[2], kdf=KdfParams.fast_for_tests())
    print("made", flush=True)
""")


def test_setting_up_again_while_another_process_is_setting_up_touches_nothing_of_its(
        tmp_path: Path) -> None:
    # Its mark says "no vault yet", but it is under way: the second is refused (the vault is
    # in use), and the first finishes a whole vault.
    folder = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    first = subprocess.Popen([sys.executable, "-c", _HELD, str(folder), PASSPHRASE], env=env,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert first.stdin is not None and first.stdout is not None
    try:
        assert first.stdout.readline().strip() == "holding"
        left = {p.name: p.stat().st_size for p in folder.iterdir()}
        assert SETTING_UP_NAME in left and DB_NAME in left
        with pytest.raises(VaultInUse):
            Vault.create(folder, "another passphrase", kdf=FAST)
        assert {p.name: p.stat().st_size for p in folder.iterdir()} == left
        first.stdin.write("go on\n")
        first.stdin.flush()
        assert first.stdout.readline().strip() == "made"
        assert first.wait(timeout=60) == 0
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    assert_whole(folder)


@pytest.mark.parametrize("used", ["unlocked since", "locked since"])
def test_a_mark_beside_a_vault_in_use_is_not_believed(tmp_path: Path, used: str) -> None:
    """A setting-up mark that came back beside a vault that was used since (a folder copied
    or restored whole while a vault was set up in it) leaves it a vault: it opens with what
    it holds, and setting up there is refused, its files untouched."""
    folder = tmp_path / "data"
    vault, _recovery = Vault.create(folder, PASSPHRASE, kdf=FAST)
    with vault.transaction() as s:
        child = svc.save_document(s, r.Child(given_name="Bea"))
    if used == "locked since":
        vault.lock()
    else:  # the app stopped with it open: the key file's head is still setting up's
        vault._process_lock.release()
    (folder / SETTING_UP_NAME).touch()
    kept = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()
            and p.name not in ("vault.lock", SETTING_UP_NAME)}
    again = Vault(folder)
    assert again.exists()
    with pytest.raises(VaultExists):
        Vault.create(folder, "a new passphrase for this one", kdf=FAST)
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()
            and p.name not in ("vault.lock", SETTING_UP_NAME)} == kept
    assert not any(p.name.startswith(LEFT_ASIDE_PREFIX) for p in folder.iterdir())
    _opens_with_bea(again, child.id)
    if used == "unlocked since":
        vault.lock()


def _opens_with_bea(vault: Vault, child_id: str) -> None:
    """``vault`` opens with its passphrase and still holds Bea, as she was saved."""
    vault.unlock(PASSPHRASE)
    try:
        with vault.session() as s:
            assert svc.get_document(s, r.Child, child_id).given_name == "Bea"
    finally:
        vault.lock()


def test_a_mark_beside_a_vault_that_cannot_be_told_apart_keeps_its_files_aside(
        tmp_path: Path) -> None:
    """Where nothing says the vault beside a mark was used (no fast head, the key file's
    head at setting up's), setting up again moves its files aside byte for byte, not away:
    they open as they were."""
    folder = tmp_path / "data"
    vault, _recovery = Vault.create(folder, PASSPHRASE, kdf=FAST)
    with vault.transaction() as s:
        child = svc.save_document(s, r.Child(given_name="Bea"))
    vault._process_lock.release()  # stopped with it open
    (folder / "vault.head").unlink()  # and its fast head lost
    (folder / SETTING_UP_NAME).touch()
    kept = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()
            and p.name not in ("vault.lock", SETTING_UP_NAME)}
    assert not Vault(folder).exists()

    new, _ = Vault.create(folder, "a new passphrase for this one", kdf=FAST)
    new.lock()
    [aside] = [p for p in folder.iterdir() if p.name.startswith(LEFT_ASIDE_PREFIX)]
    assert {p.name: p.read_bytes() for p in aside.iterdir() if p.name != SETTING_UP_NAME} \
        == kept
    assert (aside.stat().st_mode & 0o777) == 0o700
    restored = tmp_path / "restored"
    shutil.copytree(aside, restored)
    (restored / SETTING_UP_NAME).unlink()
    _opens_with_bea(Vault(restored), child.id)
    assert vault._engine is not None
    vault._engine.dispose()  # the first, never locked: its key file is the new vault's now


def test_init_says_where_it_kept_what_a_cut_off_setting_up_left(tmp_path: Path) -> None:
    """``directwork init`` over a cut-off setting up tells the practitioner where the files
    it found went, and that they were not deleted."""
    folder = tmp_path / "data"
    _cut_off(folder, "before the mark is cleared")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path),
           "DIRECTWORK_DATA_DIR": str(folder), "DIRECTWORK_PASSPHRASE": "a passphrase for init",
           "DIRECTWORK_NEW_PASSPHRASE": "a passphrase for init"}
    ran = subprocess.run([sys.executable, "-m", "directwork", "init"], env=env,
                         capture_output=True, text=True, timeout=300)
    assert ran.returncode == 0, ran.stderr
    [aside] = [p for p in folder.iterdir() if p.name.startswith(LEFT_ASIDE_PREFIX)]
    assert f"moved, not deleted, to {aside}" in ran.stdout
    assert (aside / DB_NAME).exists() and (aside / KEY_NAME).exists()
