"""Unlocking walks the audit chain only from its checkpoint (the last event a walk found intact,
sealed with the vault key, kept in the records): a change after the checkpoint is refused at
unlock, one before it is found by `check` (and by the background walk, which the app runs
every few days), after which the next unlock refuses too; a checkpoint not sealed with this
vault's key is refused."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from directwork.domain import records as r
from directwork.store import audit
from directwork.store import records as svc
from directwork.store.errors import DatabaseDamaged
from directwork.store.head import (
    CHECKPOINT_META,
    Head,
    checkpoint_key,
    head_key,
    read_checkpoint,
    seal,
)
from directwork.store.schema import AuditEventRow, MetaRow
from directwork.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support import samples


def _entries(vault: Vault, n: int) -> str:
    vault.checks_after_unlock = True  # as the app unlocks: the checkpoint moves on
    with vault.transaction() as s:
        child = svc.save_document(s, samples.child())
        for i in range(n):
            svc.add_entry(s, r.VoiceEntry(child_id=child.id, text=f"entry {i}"))
    return child.id


def _checkpoint(vault: Vault) -> Head | None:
    key = checkpoint_key(vault._key or b"", vault.vault_id)
    return read_checkpoint(vault.meta(CHECKPOINT_META) or None, key, vault.vault_id)


def _top(vault: Vault) -> int:
    with vault.session() as s:
        return int(s.execute(select(AuditEventRow.seq).order_by(AuditEventRow.seq.desc())
                             .limit(1)).scalar_one())


def _alter(vault: Vault, seq: int) -> None:
    with vault.transaction() as s:
        s.execute(update(AuditEventRow).where(AuditEventRow.seq == seq)
                  .values(actor="someone else"))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_each_unlock_moves_the_checkpoint_to_the_last_event_it_found_intact(vault, data_dir):
    _entries(vault, 4)
    top = _top(vault)
    assert (_checkpoint(vault) or Head(0, "")).seq < top, "events written since unlocking"
    vault.lock()
    vault.unlock(PASSPHRASE)
    found = _checkpoint(vault)
    with vault.session() as s:
        last = s.execute(select(AuditEventRow.hash).where(AuditEventRow.seq == top)).scalar_one()
    assert found is not None and (found.seq, found.hash) == (top, last)


def test_a_change_after_the_checkpoint_is_refused_at_unlock(vault, data_dir):
    _entries(vault, 2)
    vault.lock()
    vault.unlock(PASSPHRASE)
    checked = _top(vault)
    _entries(vault, 3)
    _alter(vault, checked + 2)
    vault.lock()
    before = _sha(data_dir / "vault.db")
    with pytest.raises(DatabaseDamaged) as err:
        Vault(data_dir).unlock(PASSPHRASE)
    assert f"audit event {checked + 2} has been altered" in err.value.message
    assert "Nothing was changed" in err.value.message
    assert _sha(data_dir / "vault.db") == before


def test_the_checkpoints_own_event_altered_is_refused_at_unlock(vault, data_dir):
    _entries(vault, 3)
    vault.lock()
    vault.unlock(PASSPHRASE)
    checked = _top(vault)
    _alter(vault, checked)
    vault.lock()
    with pytest.raises(DatabaseDamaged) as err:
        Vault(data_dir).unlock(PASSPHRASE)
    assert f"audit event {checked} has been altered" in err.value.message


def test_a_change_before_the_checkpoint_is_found_by_check_and_then_refused_at_unlock(vault,
                                                                                     data_dir):
    _entries(vault, 5)
    vault.lock()
    vault.unlock(PASSPHRASE)
    _alter(vault, 3)
    vault.lock()
    # Unlocking walks only what came after the checkpoint: the change is behind it.
    vault.unlock(PASSPHRASE)
    report = vault.check()
    assert not report.ok and "audit event 3 has been altered" in report.problems
    assert vault.meta(CHECKPOINT_META) == "", "a broken chain leaves no checkpoint to trust"
    vault.lock()
    with pytest.raises(DatabaseDamaged) as err:
        Vault(data_dir).unlock(PASSPHRASE)
    assert "audit event 3 has been altered" in err.value.message


@pytest.mark.parametrize("sealed_with", ["the audit head's key", "no key"])
def test_a_forged_checkpoint_is_refused(vault, data_dir, sealed_with):
    _entries(vault, 4)
    top = _top(vault)
    _alter(vault, 3)  # what a checkpoint past it would hide from the walk at unlock
    with vault.session() as s:
        last = s.execute(select(AuditEventRow.hash).where(AuditEventRow.seq == top)).scalar_one()
    forged = Head(top, last, datetime.now(UTC).isoformat(timespec="seconds"))
    if sealed_with == "no key":
        value = json.dumps({"seq": top, "hash": last, "at": forged.at, "mac": "0" * 64})
    else:  # a head passed off as a checkpoint
        key = head_key(bytes(vault._key or b""), vault.vault_id)
        value = json.dumps(seal(forged, key, vault.vault_id))
    vault.set_meta(CHECKPOINT_META, value)
    vault.lock()
    before = _sha(data_dir / "vault.db")
    with pytest.raises(DatabaseDamaged) as err:
        Vault(data_dir).unlock(PASSPHRASE)
    assert ("the record of how far its audit trail was last checked does not match this "
            "vault's key") in err.value.message
    assert _sha(data_dir / "vault.db") == before


def test_a_command_line_unlock_writes_nothing(vault, data_dir):
    _entries(vault, 3)
    vault.lock()
    before = _sha(data_dir / "vault.db")
    cli = Vault(data_dir)  # checks_after_unlock unset, as the command line opens it
    cli.unlock(PASSPHRASE)
    cli.lock()
    assert _sha(data_dir / "vault.db") == before


def test_the_background_walk_in_parts_finds_a_change_before_the_checkpoint(vault, data_dir):
    _entries(vault, 9)
    vault.lock()
    vault.unlock(PASSPHRASE)
    with vault.session() as s:
        target = audit.full_walk_due(s, datetime.now(UTC) + timedelta(days=30))
    assert target is not None and target.seq == _top(vault)
    _alter(vault, 6)
    part = vault.walk_part(None, target.seq, limit=4)
    assert part.intact and not part.done and part.last is not None and part.last.seq == 4
    part = vault.walk_part(part.last, target.seq, limit=4)
    assert not part.intact and part.why == "audit event 6 has been altered"
    assert vault.meta(CHECKPOINT_META) == ""
    vault.lock()
    with pytest.raises(DatabaseDamaged):
        Vault(data_dir).unlock(PASSPHRASE)


def test_an_intact_background_walk_is_not_due_again_for_a_week(vault):
    _entries(vault, 5)
    with vault.session() as s:
        target = audit.full_walk_due(s, datetime.now(UTC) + timedelta(days=30))
    assert target is not None
    part, walked = None, 0
    while part is None or not part.done:
        part = vault.walk_part(part.last if part else None, target.seq, limit=2)
        assert part.intact
        walked += 1
    assert walked == -(-target.seq // 2) and _checkpoint(vault) == Head(target.seq, target.hash,
                                                                        _checkpoint(vault).at)
    now = datetime.now(UTC)
    with vault.session() as s:
        assert audit.full_walk_due(s, now) is None
        assert audit.full_walk_due(s, now + timedelta(days=audit.FULL_WALK_DAYS)) is not None
    with vault.transaction() as s:
        s.merge(MetaRow(key=audit.WALKED_META, value="not a time"))
    with vault.session() as s:
        assert audit.full_walk_due(s, now) is not None, "an unreadable time counts as due"


def _damage_page(path: Path, page: int) -> None:
    with open(path, "r+b") as fh:
        fh.seek((page - 1) * 4096 + 2000)
        fh.write(b"\x5a" * 64)


def test_with_a_checkpoint_the_whole_file_check_comes_after_unlocking(vault, data_dir):
    from sqlalchemy import text

    _entries(vault, 3)
    vault.lock()
    vault.unlock(PASSPHRASE)
    assert not vault.structure_unchecked, "no checkpoint: the unlock checked the whole file"
    with vault.session() as s:
        root = s.execute(text("SELECT rootpage FROM sqlite_master WHERE name = 'voice_entry'")
                         ).scalar_one()
    vault.lock()
    _damage_page(data_dir / "vault.db", root)  # a page unlocking does not read
    with pytest.raises(DatabaseDamaged, match=f"HMAC verification failed for page {root}"):
        Vault(data_dir).unlock(PASSPHRASE)  # as the command line unlocks: every check
    vault.unlock(PASSPHRASE)  # as the app unlocks: the file is checked after
    assert vault.structure_unchecked
    problem = vault.check_structure()
    assert problem is not None and f"HMAC verification failed for page {root}" in problem
    vault.forget_checkpoint()
    vault.lock()
    with pytest.raises(DatabaseDamaged) as err:
        Vault(data_dir).unlock(PASSPHRASE)
    assert f"encryption check: HMAC verification failed for page {root}" in err.value.message


def test_the_whole_file_check_finds_nothing_in_healthy_records(vault):
    _entries(vault, 3)
    vault.lock()
    vault.unlock(PASSPHRASE)
    vault.lock()
    vault.unlock(PASSPHRASE)
    assert vault.structure_unchecked and vault.check_structure() is None
