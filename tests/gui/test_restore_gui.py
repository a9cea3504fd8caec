"""Nothing lost on the laptop, in the app: the unlock screen says when the last backup was made
and restores a damaged, cut-short or missing records file from a backup chosen by date, with
its record counts; a backup is made at unlock when the newest is a day old, and after a visit."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from directwork.domain.records import Visit
from directwork.gui.shell.restore_dialog import RestoreDialog
from directwork.store import records
from directwork.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.drive import add_children, settle, unlock


def flip_a_byte(db: Path) -> None:
    data = bytearray(db.read_bytes())
    data[3 * 4096 + 99] ^= 0x04
    db.write_bytes(bytes(data))


def cut_short(db: Path) -> None:
    db.write_bytes(db.read_bytes()[: 3 * 4096 + 10])


def remove(db: Path) -> None:
    db.unlink()


def _backup_names(data_dir: Path) -> list[str]:
    return [p.name for p in Vault(data_dir).list_backups()]


@pytest.mark.parametrize(("damage", "said"), [(flip_a_byte, "damaged"), (cut_short, "cut short"),
                                              (remove, "missing")],
                         ids=["damaged byte", "cut short", "missing"])
def test_a_broken_records_file_is_restored_from_the_unlock_screen(
        qtbot, make_app, vault: Vault, data_dir: Path, tmp_path: Path,
        damage: Callable[[Path], None], said: str) -> None:
    # Given a vault with two children and a backup, whose records file then breaks
    add_children(vault, ["Aled", "Bethan"])
    for _ in range(40):  # enough pages that a flipped byte lands inside the records
        add_children(vault, ["Ceri"])
    vault.backup(reason="daily")
    vault.lock()
    damage(data_dir / "vault.db")
    app = make_app(data_dir)
    form = app.start()
    qtbot.waitUntil(lambda: "Last backup made" in form.backupLabel.text(), timeout=10_000)
    qtbot.keyClicks(form.ui.passphraseEdit, PASSPHRASE)
    form.ui.unlockButton.click()
    qtbot.waitUntil(lambda: said in form.ui.errorLabel.text(), timeout=10_000)
    assert "Restore from a backup below" in form.ui.errorLabel.text()

    # When the practitioner chooses Restore from a backup, types the passphrase and picks one
    form.restoreButton.click()
    dialog = form.restore_dialog
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    dialog.show_button.click()
    qtbot.waitUntil(lambda: dialog.listing.count() == 1 and dialog.restore_button.isEnabled(),
                    timeout=10_000)
    row = dialog.listing.item(0).text()
    assert "(daily)" in row and "42 children" in row
    dialog.grab().save(str(tmp_path / "restore-dialog.png"))
    with qtbot.waitSignal(app.main_window_shown, timeout=60_000):
        dialog.restore_button.click()
    settle(qtbot, app)

    # Then the app opens on the restored records, and the broken file is kept aside
    assert app.window is not None and app.window.caseload.model.rowCount() == 42
    kept = list((data_dir / "kept-aside").glob("*-vault.db"))
    assert len(kept) == (0 if damage is remove else 1)


def test_a_wrong_passphrase_in_the_restore_dialog_is_said_and_nothing_changes(
        qtbot, make_app, vault: Vault, data_dir: Path) -> None:
    vault.backup()
    vault.lock()
    remove(data_dir / "vault.db")
    app = make_app(data_dir)
    form = app.start()
    form.restoreButton.click()
    dialog = form.restore_dialog
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    dialog.show_button.click()
    qtbot.waitUntil(lambda: "not right" in dialog.status.text(), timeout=10_000)
    assert dialog.listing.count() == 0 and not dialog.restore_button.isEnabled()
    assert not (data_dir / "vault.db").exists()


def test_the_unlock_screen_says_when_the_last_backup_was_made(qtbot, make_app, vault: Vault,
                                                              data_dir: Path) -> None:
    vault.lock()
    app = make_app(data_dir)
    form = app.start()
    qtbot.waitUntil(lambda: "No backup has been made" in form.backupLabel.text(), timeout=10_000)
    form.close()
    again = Vault(data_dir)
    again.unlock(PASSPHRASE)
    again.backup()
    again.lock()
    second = make_app(data_dir).start()
    qtbot.waitUntil(lambda: "(1 kept on this laptop)" in second.backupLabel.text(),
                    timeout=10_000)
    assert str(datetime.now(UTC).year) in second.backupLabel.text()


def test_unlocking_makes_a_backup_when_the_newest_is_a_day_old(qtbot, make_app, vault: Vault,
                                                               data_dir: Path) -> None:
    old = vault.backup(reason="daily")
    vault.lock()
    stale = old.with_name("vault-20200101T090000000000Z-daily.db")
    old.rename(stale)
    os.utime(stale, (time.time() - 3 * 86400,) * 2)
    app = make_app(data_dir)
    unlock(qtbot, app)
    qtbot.waitUntil(lambda: len(_backup_names(data_dir)) == 2, timeout=20_000)
    settle(qtbot, app)
    newest = _backup_names(data_dir)[-1]
    assert newest.endswith("-daily.db") and newest != stale.name


def test_ending_a_visit_makes_a_backup(qtbot, make_app, vault: Vault, data_dir: Path) -> None:
    (child,) = add_children(vault, ["Dewi"])
    with vault.transaction() as s:
        visit = records.save_document(s, Visit(child_id=child.id, started_at=datetime.now(UTC),
                                               place="at home"))
    vault.backup(reason="daily")  # so that unlocking makes none
    vault.lock()
    app = make_app(data_dir)
    unlock(qtbot, app)
    app.open_visit(child, visit)
    settle(qtbot, app)
    app.window.visit.end_button.click()
    settle(qtbot, app)
    dialog = app.window.visit.end_dialog
    assert dialog is not None
    dialog.end_button.click()
    question = dialog.nothing_question  # nothing was recorded in this visit
    assert question is not None
    next(b for b in question.buttons() if b.text() == "&End the visit anyway").click()
    qtbot.waitUntil(lambda: any(n.endswith("-visit.db") for n in _backup_names(data_dir)),
                    timeout=20_000)
    settle(qtbot, app)


def test_while_the_app_is_locked_no_other_process_may_restore(qtbot, make_app, vault: Vault,
                                                              data_dir: Path) -> None:
    import subprocess
    import sys

    backup = vault.backup()
    vault.lock()
    app = make_app(data_dir)
    unlock(qtbot, app)
    app.window.lock_action.trigger()
    settle(qtbot, app)
    assert not app.vault.is_unlocked
    env = {**os.environ, "DIRECTWORK_PASSPHRASE": PASSPHRASE}
    restore = [sys.executable, "-m", "directwork", "--data-dir", str(data_dir), "restore",
               str(backup)]
    refused = subprocess.run(restore, env=env, capture_output=True, text=True, timeout=120,
                             stdin=subprocess.DEVNULL)
    assert refused.returncode == 1 and f"(process {os.getpid()})" in refused.stderr
    app.close()
    done = subprocess.run(restore, env=env, capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
