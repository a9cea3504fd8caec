"""The whole audit chain is walked in the background once it is due (unlocking walks only what
came after its checkpoint); a change it finds is told to the practitioner in words, the records
stay open, and the next unlock refuses them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import update

from directwork.store import audit
from directwork.store.errors import DatabaseDamaged
from directwork.store.schema import AuditEventRow, MetaRow
from directwork.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.drive import add_children, settle, unlock


def _told(app) -> QMessageBox:
    """The message saying what the checks after unlocking found (the daily backup, which
    verifies what it wrote, may have found the same and said so in its own)."""
    return next(d for d in app.dialogs
                if isinstance(d, QMessageBox) and d.text().startswith("After unlocking"))


def _walked_long_ago(vault: Vault) -> None:
    with vault.transaction() as s:
        s.merge(MetaRow(key=audit.WALKED_META, value="2020-01-01T00:00:00+00:00"))


def test_a_change_behind_the_checkpoint_is_told_in_words_and_refused_at_the_next_unlock(
        qtbot, make_app, vault, data_dir):
    add_children(vault, ["Ada", "Bea", "Cai"])
    vault.lock()
    vault.checks_after_unlock = True  # as the app unlocks
    vault.unlock(PASSPHRASE)  # the checkpoint is now the last event
    with vault.transaction() as s:
        s.execute(update(AuditEventRow).where(AuditEventRow.seq == 2).values(action="viewed"))
    _walked_long_ago(vault)
    vault.lock()
    app = make_app(data_dir)
    unlock(qtbot, app)  # opens: the change is behind the checkpoint
    with qtbot.waitSignal(app.records_check.damaged, timeout=30_000) as said:
        app.records_check.walk()
    assert "audit event 2 has been altered" in said.args[0] and "tell IT" in said.args[0]
    box = _told(app)
    assert "audit event 2 has been altered" in box.text() and box.isVisible()
    assert app.window is not None and app.window.caseload.model.rowCount() == 3, \
        "the records stay open"
    settle(qtbot, app)
    app.close()
    with pytest.raises(DatabaseDamaged, match="audit event 2 has been altered"):
        Vault(data_dir).unlock(PASSPHRASE)


def test_an_intact_chain_is_walked_once_and_not_again_until_it_is_due(qtbot, make_app, vault,
                                                                       data_dir):
    add_children(vault, ["Ada", "Bea"])
    vault.lock()
    vault.checks_after_unlock = True  # as the app unlocks
    vault.unlock(PASSPHRASE)  # the checkpoint is now the last event
    _walked_long_ago(vault)
    vault.lock()
    app = make_app(data_dir)
    unlock(qtbot, app)
    with qtbot.waitSignal(app.records_check.walked, timeout=30_000) as ended:
        app.records_check.walk()
    assert ended.args == [True] and not app.dialogs
    with app.vault.session() as s:
        assert audit.full_walk_due(s) is None
    with qtbot.assertNotEmitted(app.records_check.walked, wait=300):
        app.records_check.walk()
        settle(qtbot, app)
    assert not app.records_check.walking


def test_a_damaged_page_found_after_unlocking_is_told_in_words(qtbot, make_app, vault,
                                                               data_dir):
    from sqlalchemy import text

    add_children(vault, ["Ada", "Bea"])
    vault.lock()
    vault.checks_after_unlock = True  # as the app unlocks
    vault.unlock(PASSPHRASE)  # the checkpoint: the next unlock leaves the whole file for after
    with vault.session() as s:
        root = s.execute(text("SELECT rootpage FROM sqlite_master WHERE name = 'voice_entry'")
                         ).scalar_one()
    vault.lock()
    with open(data_dir / "vault.db", "r+b") as fh:  # a page that unlocking does not read
        fh.seek((root - 1) * 4096 + 2000)
        fh.write(b"\x5a" * 64)
    app = make_app(data_dir)
    unlock(qtbot, app)
    with qtbot.waitSignal(app.records_check.damaged, timeout=30_000) as said:
        app.records_check.check_file()
    assert f"HMAC verification failed for page {root}" in said.args[0]
    assert "nothing you are typing is lost" in said.args[0]
    box = _told(app)
    assert box.isVisible()
    settle(qtbot, app)
    app.close()
    with pytest.raises(DatabaseDamaged, match=f"HMAC verification failed for page {root}"):
        Vault(data_dir).unlock(PASSPHRASE)
