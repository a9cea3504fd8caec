"""The `directwork` admin commands, run as IT would run them: a real process, passphrases from
the environment, exit codes 0 / 1 / 2 and one-line messages, never a traceback."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from directwork.domain import records as r
from directwork.store import migrations
from directwork.store import records as svc
from directwork.store.vault import Vault

GOOD = "correct horse battery staple"


def run(data_dir: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("DIRECTWORK_")}
    full_env.update(env)
    return subprocess.run([sys.executable, "-m", "directwork", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, env=full_env, stdin=subprocess.DEVNULL,
                          timeout=120)


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("cli") / "vault"
    key_file = data_dir.parent / "recovery.txt"
    result = run(data_dir, "init", "--recovery-key-file", str(key_file), "--name", "Sam Jones",
                 "--contact", "01234 567890", DIRECTWORK_PASSPHRASE=GOOD)
    assert result.returncode == 0, result.stderr
    return data_dir, key_file


def test_init_records_who_the_practitioner_is_and_how_to_reach_them(made):
    data_dir, _ = made
    vault = Vault(data_dir)
    vault.unlock(GOOD)
    try:
        assert vault.practitioner_name == "Sam Jones"
        assert vault.meta("practitioner_contact") == "01234 567890"
    finally:
        vault.lock()


def test_version_is_the_package_version():
    from directwork import __version__

    result = subprocess.run([sys.executable, "-m", "directwork", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == f"directwork {__version__}"


def test_init_writes_the_recovery_key_readable_only_by_its_owner(made):
    data_dir, key_file = made
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert len(key_file.read_text().strip().split("-")) == 8
    again = run(data_dir, "init", DIRECTWORK_PASSPHRASE=GOOD)
    assert again.returncode == 1 and "already a vault" in again.stderr


def test_init_shows_the_recovery_key_once_when_no_file_is_given(tmp_path):
    result = run(tmp_path / "v", "init", DIRECTWORK_PASSPHRASE=GOOD)
    assert result.returncode == 0
    assert "Recovery key" in result.stdout and "shown once" in result.stdout


def test_a_weak_passphrase_is_refused_at_init(tmp_path):
    result = run(tmp_path / "v", "init", DIRECTWORK_PASSPHRASE="short")
    assert result.returncode == 1 and "at least 10" in result.stderr
    assert not (tmp_path / "v" / "vault.db").exists()


def test_check_prints_counts_and_schema_version(made):
    data_dir, _ = made
    vault = Vault(data_dir)
    vault.unlock(GOOD)
    with vault.transaction() as s:
        child = svc.save_document(s, r.Child(given_name="Check"))
        svc.add_entry(s, r.VoiceEntry(child_id=child.id, text="hi"))
        svc.save_document(s, r.SafetyPlan(child_id=child.id))
    vault.lock()
    result = run(data_dir, "check", DIRECTWORK_PASSPHRASE=GOOD)
    assert result.returncode == 0, result.stderr
    assert "children: 1" in result.stdout and "entries: 1" in result.stdout
    assert "plans: 1" in result.stdout
    assert f"schema version: {migrations.head()}" in result.stdout


def test_wrong_passphrase_is_a_one_line_user_error(made):
    data_dir, _ = made
    result = run(data_dir, "check", DIRECTWORK_PASSPHRASE="not the right one")
    assert result.returncode == 1
    assert "passphrase is not right" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_no_passphrase_and_no_terminal_is_a_clear_error(made):
    data_dir, _ = made
    result = run(data_dir, "check")
    assert result.returncode == 1 and "DIRECTWORK_PASSPHRASE" in result.stderr


def test_one_flipped_byte_makes_check_exit_2(tmp_path):
    data_dir = tmp_path / "v"
    assert run(data_dir, "init", "--recovery-key-file", str(tmp_path / "rk"), DIRECTWORK_PASSPHRASE=GOOD).returncode == 0
    vault = Vault(data_dir)
    vault.unlock(GOOD)
    with vault.transaction() as s:
        child = svc.save_document(s, r.Child(given_name="Tamper"))
        for i in range(200):
            svc.add_entry(s, r.VoiceEntry(child_id=child.id, text=f"entry {i}" * 20))
    vault.lock()
    db = data_dir / "vault.db"
    data = bytearray(db.read_bytes())
    assert len(data) > 5 * 4096
    data[3 * 4096 + 1000] ^= 0x01
    db.write_bytes(bytes(data))
    result = run(data_dir, "check", DIRECTWORK_PASSPHRASE=GOOD)
    assert result.returncode == 2, result.stderr
    assert "damaged" in result.stderr or "integrity check failed" in result.stderr
    assert "Traceback" not in result.stderr


def test_passwd_and_recover(made, tmp_path):
    data_dir, key_file = made
    result = run(data_dir, "passwd", DIRECTWORK_PASSPHRASE=GOOD, DIRECTWORK_NEW_PASSPHRASE="a second good passphrase")
    assert result.returncode == 0, result.stderr
    assert run(data_dir, "check", DIRECTWORK_PASSPHRASE=GOOD).returncode == 1
    result = run(data_dir, "recover", DIRECTWORK_RECOVERY_KEY=key_file.read_text().strip(),
                 DIRECTWORK_NEW_PASSPHRASE=GOOD)
    assert result.returncode == 0, result.stderr
    assert run(data_dir, "check", DIRECTWORK_PASSPHRASE=GOOD).returncode == 0
    wrong = run(data_dir, "recover", DIRECTWORK_RECOVERY_KEY="ABCDE-ABCDE", DIRECTWORK_NEW_PASSPHRASE=GOOD)
    assert wrong.returncode == 1 and "recovery key does not open" in wrong.stderr


def test_backup_and_restore(made, tmp_path):
    data_dir, _ = made
    target = tmp_path / "copy.db"
    result = run(data_dir, "backup", "-o", str(target), DIRECTWORK_PASSPHRASE=GOOD)
    assert result.returncode == 0, result.stderr
    assert target.exists()
    result = run(data_dir, "restore", str(target), DIRECTWORK_PASSPHRASE=GOOD)
    assert result.returncode == 0, result.stderr
    missing = run(data_dir, "restore", str(tmp_path / "nope.db"), DIRECTWORK_PASSPHRASE=GOOD)
    assert missing.returncode == 1 and "Traceback" not in missing.stderr


def test_a_new_recovery_key_replaces_the_old_one_and_leaves_the_records_alone(tmp_path):
    data_dir = tmp_path / "v"
    old_file, new_file = tmp_path / "old.txt", tmp_path / "new.txt"
    assert run(data_dir, "init", "--recovery-key-file", str(old_file), DIRECTWORK_PASSPHRASE=GOOD).returncode == 0
    db_before = (data_dir / "vault.db").read_bytes()
    result = run(data_dir, "recovery-key", "--recovery-key-file", str(new_file), DIRECTWORK_PASSPHRASE=GOOD)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(new_file.stat().st_mode) == 0o600
    assert (data_dir / "vault.db").read_bytes() == db_before
    old = run(data_dir, "recover", DIRECTWORK_RECOVERY_KEY=old_file.read_text().strip(),
              DIRECTWORK_NEW_PASSPHRASE="a third good passphrase")
    assert old.returncode == 1 and "recovery key does not open" in old.stderr
    new = run(data_dir, "recover", DIRECTWORK_RECOVERY_KEY=new_file.read_text().strip(),
              DIRECTWORK_NEW_PASSPHRASE="a third good passphrase")
    assert new.returncode == 0, new.stderr


def test_an_unforeseen_file_too_large_is_worded_as_such_not_as_a_full_disk(tmp_path):
    # EFBIG (a FAT32 stick's 4 GB, the computer's own limit) was said as "no room left on the
    # disk": freeing space would not have helped.
    import errno

    from directwork.cli import EXIT_USER, classify

    code, message, logged = classify(OSError(errno.EFBIG, "File too large"), tmp_path)
    assert code == EXIT_USER and not logged
    assert message.startswith(f"The file is too large for the disk that holds {tmp_path}")
    assert "no room" not in message
    code, message, logged = classify(OSError(errno.ENOSPC, "No space left"), tmp_path)
    assert code == EXIT_USER and "no room left on the disk" in message


def test_run_as_the_cli_module_a_plain_mistake_is_told_as_one(tmp_path):
    """``python -m directwork.cli`` (the module's own entry) tells a plain mistake in its
    words, as ``python -m directwork`` does; it once said every one was an error it did not
    expect, and wrote it to the error log."""
    taken = tmp_path / "taken.db"
    taken.write_text("already here")
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIRECTWORK_")}
    ran = subprocess.run([sys.executable, "-m", "directwork.cli", "--data-dir",
                          str(tmp_path / "v"), "backup", "-o", str(taken)],
                         capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                         timeout=120)
    assert ran.returncode == 1
    assert "already exists" in ran.stderr and "did not expect" not in ran.stderr
    assert taken.read_text() == "already here"
    assert not (tmp_path / "v" / "logs").exists()


@pytest.mark.parametrize("command", [
    ["backup", "-o", "{data}/vault.key.new"],
    ["backup", "-o", "{data}/backups/mine.db.partial"],
    ["export", "-o", "{data}/vault.db.restoring"],
    ["history", "{child}", "-o", "{data}/history.csv"],
    ["summary", "{child}", "--audience", "child", "-o", "{data}/summary.pdf"],
    ["recovery-key", "--recovery-key-file", "{data}/key.txt"],
])
def test_a_file_is_never_written_inside_the_data_folder(made, command):
    """directwork tidies its data folder as it opens (a file under one of its leftover names
    is removed): a backup or an export written there under such a name was reported written,
    then deleted at the next open. Every command that writes a file refuses that folder."""
    data_dir, _key_file = made
    before = sorted(p.relative_to(data_dir) for p in data_dir.rglob("*"))
    # Refused before the vault is opened: any child's id will do.
    args = [part.format(data=data_dir, child="a-child") for part in command]
    result = run(data_dir, *args, DIRECTWORK_PASSPHRASE=GOOD)
    assert result.returncode == 1, result.stderr
    assert "inside directwork's own data folder" in result.stderr
    assert sorted(p.relative_to(data_dir) for p in data_dir.rglob("*")) == before
