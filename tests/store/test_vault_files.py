"""What the vault leaves on disk: every file 0600 and every folder 0700 (made so, or tightened
at unlock for a vault made before); key files that ask for impossible work refused as damaged
at once; passphrases the same whichever Unicode form they are typed in; and a recovery key
that is kept before anything changes."""

from __future__ import annotations

import json
import stat
import unicodedata
from pathlib import Path

import pytest

from directwork.domain import records as r
from directwork.store import keyfile as kf
from directwork.store import records as svc
from directwork.store.errors import KeyFileDamaged, NotWritable, PassphraseNotText, WrongPassphrase
from directwork.store.keyfile import KdfParams, KeyFile
from directwork.store.vault import Vault
from tests.cli.cli_run import run_here
from tests.conftest import PASSPHRASE
from tests.support import samples

FAST = KdfParams.fast_for_tests()


def _modes(root: Path) -> dict[str, str]:
    found = {".": oct(stat.S_IMODE(root.stat().st_mode))}
    for path in sorted(root.rglob("*")):
        found[str(path.relative_to(root))] = oct(stat.S_IMODE(path.stat().st_mode))
    return found


def test_everything_the_vault_writes_is_private(vault, data_dir, tmp_path):
    with vault.transaction() as s:
        child = svc.save_document(s, samples.child())
        svc.add_entry(s, r.VoiceEntry(child_id=child.id, text="hello"))
    vault.backup()
    assert (data_dir / "vault.db-wal").exists(), "the journal is looked at too"
    modes = _modes(data_dir)
    vault.lock()
    exported = run_here(data_dir, "export", "-o", str(tmp_path / "out.json"),
                        DIRECTWORK_PASSPHRASE=PASSPHRASE)
    copied = run_here(data_dir, "backup", "-o", str(tmp_path / "copy.db"),
                      DIRECTWORK_PASSPHRASE=PASSPHRASE)
    assert exported.returncode == 0 and copied.returncode == 0, exported.stderr + copied.stderr

    wrong = {name: mode for name, mode in modes.items()
             if mode != ("0o700" if (data_dir / name).is_dir() else "0o600")}
    assert wrong == {}
    for path in (tmp_path / "out.json", tmp_path / "copy.db"):
        assert oct(stat.S_IMODE(path.stat().st_mode)) == "0o600", path.name


def test_a_vault_made_open_to_others_is_tightened_at_unlock(vault, data_dir):
    vault.backup()
    vault.lock()
    data_dir.chmod(0o755)
    for path in data_dir.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    again = Vault(data_dir)
    again.unlock(PASSPHRASE)
    again.lock()
    assert all(mode in ("0o600", "0o700") for mode in _modes(data_dir).values()), _modes(data_dir)


@pytest.mark.parametrize(("field", "value"), [("memory_kib", 2 ** 40), ("iterations", 10 ** 7),
                                              ("lanes", 10 ** 4), ("memory_kib", True),
                                              ("iterations", "3"), ("memory_kib", 4)])
def test_a_key_file_asking_for_impossible_work_is_damaged_at_once(vault, data_dir, field, value):
    vault.lock()
    key = data_dir / "vault.key"
    data = json.loads(key.read_text())
    data["slots"][0][field] = value
    key.write_text(json.dumps(data))
    # (Derived, 2^40 KiB would fail with MemoryError and 10^7 passes would run for days.)
    with pytest.raises(KeyFileDamaged) as err:
        Vault(data_dir).unlock(PASSPHRASE)
    assert err.value.exit_code == 2 and field in err.value.message


def test_the_bounds_still_allow_what_a_laptop_can_do():
    for params in (KdfParams(), KdfParams(memory_kib=1024 * 1024, iterations=100, lanes=16)):
        slot = {"type": "passphrase", "kdf": "argon2id", "salt": kf._b64(b"s" * 16),
                "nonce": kf._b64(b"n" * 12), "ciphertext": kf._b64(b"c" * 48),
                "memory_kib": params.memory_kib, "iterations": params.iterations,
                "lanes": params.lanes}
        kf._check_slot(slot)  # no error


def _old_style_vault(data_dir: Path, passphrase: str) -> None:
    """A vault whose passphrase slot was made, as before, from the passphrase as typed."""
    vault, _ = Vault.create(data_dir, "placeholder passphrase", kdf=FAST)
    raw = bytes(vault._key or b"")
    vault.lock()
    keyfile = KeyFile.read(data_dir / "vault.key")
    slot = {"type": "passphrase", "kdf": "argon2id", "salt": kf._b64(b"0123456789abcdef"),
            "memory_kib": FAST.memory_kib, "iterations": FAST.iterations, "lanes": FAST.lanes}
    sealed = kf._seal(slot, kf._passphrase_kek(passphrase, slot), raw, keyfile.vault_id)
    KeyFile(keyfile.vault_id, [sealed] + keyfile.slots[1:], keyfile.head).write(data_dir / "vault.key")


COMPOSED = "Siân's café passphrase"


def test_a_passphrase_opens_whichever_unicode_form_it_is_typed_in(tmp_path):
    decomposed = unicodedata.normalize("NFD", COMPOSED)
    assert decomposed != COMPOSED
    vault, _ = Vault.create(tmp_path / "new", decomposed, kdf=FAST)
    vault.lock()
    for typed in (COMPOSED, decomposed):
        again = Vault(tmp_path / "new")
        again.unlock(typed)
        again.lock()


@pytest.mark.parametrize("made_with", ["NFD", "NFC"])
def test_a_vault_made_before_normalising_still_opens(tmp_path, made_with):
    made = unicodedata.normalize(made_with, COMPOSED)
    _old_style_vault(tmp_path / "old", made)
    for typed in (unicodedata.normalize("NFC", COMPOSED), unicodedata.normalize("NFD", COMPOSED)):
        again = Vault(tmp_path / "old")
        again.unlock(typed)
        again.lock()
    with pytest.raises(WrongPassphrase):
        Vault(tmp_path / "old").unlock("Sian's cafe passphrase")


def test_a_passphrase_that_is_not_text_is_a_typing_problem_not_damage(vault, data_dir):
    vault.lock()
    with pytest.raises(PassphraseNotText) as err:
        Vault(data_dir).unlock("bad \udcff bytes")
    assert err.value.exit_code == 1


def test_a_recovery_key_file_that_cannot_be_written_changes_nothing(vault_with_recovery, data_dir,
                                                                     tmp_path):
    vault, old_recovery = vault_with_recovery
    vault.lock()
    key_before = (data_dir / "vault.key").read_bytes()
    ran = run_here(data_dir, "recovery-key", "--recovery-key-file",
                   str(tmp_path / "no-such-folder" / "rk.txt"), DIRECTWORK_PASSPHRASE=PASSPHRASE)
    assert ran.returncode == 1 and "does not exist" in ran.stderr
    assert (data_dir / "vault.key").read_bytes() == key_before
    Vault.recover(data_dir, old_recovery, "still the old recovery key", FAST)


def test_the_recovery_key_is_kept_before_the_key_file_changes(vault_with_recovery, data_dir,
                                                               tmp_path, monkeypatch):
    vault, old_recovery = vault_with_recovery
    vault.lock()
    key_before = (data_dir / "vault.key").read_bytes()

    # When writing the new recovery key fails, the key file is never touched.
    from directwork.commands import vault_admin

    def cannot_write(path: Path, _text: str) -> None:
        raise NotWritable(path.parent, "No space left on device")

    monkeypatch.setattr(vault_admin, "_write_secret_file", cannot_write)
    ran = run_here(data_dir, "recovery-key", "--recovery-key-file", str(tmp_path / "rk.txt"),
                   DIRECTWORK_PASSPHRASE=PASSPHRASE)
    assert ran.returncode == 1 and "Nothing was changed" in ran.stderr
    assert (data_dir / "vault.key").read_bytes() == key_before
    monkeypatch.undo()

    # When the key file cannot be changed after the key was written, the written key (which
    # would open nothing) is taken back.
    def key_file_fails(self: KeyFile, path: Path) -> None:
        raise NotWritable(path.parent, "Read-only file system")

    monkeypatch.setattr(KeyFile, "write", key_file_fails)
    ran = run_here(data_dir, "recovery-key", "--recovery-key-file", str(tmp_path / "rk.txt"),
                   DIRECTWORK_PASSPHRASE=PASSPHRASE)
    monkeypatch.undo()
    assert ran.returncode == 1 and not (tmp_path / "rk.txt").exists()
    assert (data_dir / "vault.key").read_bytes() == key_before
    Vault.recover(data_dir, old_recovery, "the old key still works", FAST)


def test_init_with_a_recovery_key_file_that_cannot_be_written_makes_no_vault(tmp_path):
    ran = run_here(tmp_path / "v", "init", "--recovery-key-file", "/nonexistent/rk",
                   DIRECTWORK_PASSPHRASE=PASSPHRASE)
    assert ran.returncode == 1 and len(ran.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "v").exists()
