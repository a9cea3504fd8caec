"""Restores on either side, against a real hub over HTTPS on SQLite and PostgreSQL: a hub put
back from an older backup, and a laptop put back from its own older backup. Each time every
laptop ends with the same records, nothing lost and nothing twice, and sync says what it
healed."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import func, select

from directwork.domain.records import Child, VisitNote
from directwork.hub import audit
from directwork.hub.schema import AuditEvent, RecordCopy
from directwork.store import outbox, records, sync_state
from directwork.sync.client import SyncError, _ssl_context
from tests.hub.harness import (  # noqa: F401
    backup_hub,
    holdings,
    hub,
    new_laptop,
    restore_hub,
    sqlite_hub,
    tls,
)


def _note(laptop, child_id: str, text: str) -> str:
    with laptop.vault.transaction() as s:
        return records.add_entry(s, VisitNote(child_id=child_id, text=text)).id


def _notes(laptop, child_id: str) -> list[str]:
    with laptop.vault.session() as s:
        return sorted(n.text for n in records.list_entries(s, VisitNote, child_id))


def _on_hub(server) -> int:
    with server.db.reading() as s:
        return s.execute(select(func.count()).select_from(RecordCopy)).scalar_one()


def test_a_hub_restored_from_an_older_backup_heals_and_every_laptop_converges(
        hub, new_laptop, tmp_path):  # noqa: F811
    hub.add_practitioner("Sam")
    gone, kept, late = new_laptop("gone"), new_laptop("kept"), new_laptop("late")
    for laptop in (gone, kept, late):
        laptop.enrol(hub, "Sam")
    with gone.vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Dafydd"))
    _note(gone, child.id, "before the backup")
    for laptop in (gone, kept, late):
        laptop.sync()
    backup = backup_hub(hub.db, tmp_path / "hub-backup")

    # After the backup: a note from a laptop that is then lost (only "kept" received it), and
    # one from "kept" itself.
    _note(gone, child.id, "from the lost laptop")
    gone.sync()
    kept.sync()
    _note(kept, child.id, "from kept, after the backup")
    kept.sync()
    gone.close()

    restore_hub(hub.db, backup)
    # Work goes on: "late" pushes two notes, so the feed reaches the place "kept" had read to,
    # now with other records there.
    _note(late, child.id, "after the restore 1")
    _note(late, child.id, "after the restore 2")
    late.sync()

    healed_kept = kept.sync()
    healed_late = late.sync()
    for laptop in (kept, late, kept, late):
        assert laptop.sync().complete

    everything = ["after the restore 1", "after the restore 2", "before the backup",
                  "from kept, after the backup", "from the lost laptop"]
    assert _notes(kept, child.id) == _notes(late, child.id) == everything
    assert holdings(kept) == holdings(late)
    assert _on_hub(hub) == len(holdings(kept)) == 1 + len(everything)
    assert any("hub had been restored" in h for h in healed_kept.healed)
    assert any("sent back" in h for h in healed_kept.healed)
    assert any("hub had lost 1 of this laptop's changes" in h for h in healed_kept.healed)
    assert any("hub had been restored" in h for h in healed_late.healed)
    with hub.db.reading() as s:
        assert s.execute(select(func.count()).where(AuditEvent.action == "new-epoch")).scalar() == 1


def test_a_laptop_restored_from_its_own_backup_gets_its_work_back_and_numbers_on(
        hub, new_laptop, tmp_path):  # noqa: F811
    hub.add_practitioner("Sam")
    laptop, colleague = new_laptop("restored"), new_laptop("colleague")
    laptop.enrol(hub, "Sam")
    colleague.enrol(hub, "Sam")
    with laptop.vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Mali"))
    _note(laptop, child.id, "old work")
    laptop.sync()
    backup = laptop.vault.backup(tmp_path / "laptop-backup.db")
    _note(laptop, child.id, "after the backup")
    _note(laptop, child.id, "waiting at the restore")  # made, then the laptop restored...
    laptop.sync()
    laptop.vault.restore(backup)
    _note(laptop, child.id, "new work after the restore")

    result = laptop.sync()
    assert result.rejected == [] and result.complete, result
    assert any("this laptop had been restored" in h for h in result.healed)
    assert laptop.sync().healed == []  # healed once
    colleague.sync()
    everything = ["after the backup", "new work after the restore", "old work",
                  "waiting at the restore"]
    assert _notes(laptop, child.id) == _notes(colleague, child.id) == everything
    assert holdings(laptop) == holdings(colleague)
    assert _on_hub(hub) == 1 + len(everything)
    with laptop.vault.session() as s:
        assert outbox.pending_count(s) == 0


def _restored_after_sending(hub, new_laptop, tmp_path, **options):  # noqa: F811
    """Sam's laptop (made with ``options``) and a colleague's: the laptop sends a note, is
    backed up, sends "after the backup", then is put back from that backup. Returns the two
    laptops and the child."""
    hub.add_practitioner("Sam")
    laptop, colleague = new_laptop("restored", **options), new_laptop("colleague")
    laptop.enrol(hub, "Sam")
    colleague.enrol(hub, "Sam")
    with laptop.vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Mali"))
    _note(laptop, child.id, "old work")
    laptop.sync()
    backup = laptop.vault.backup(tmp_path / "laptop-backup.db")
    _note(laptop, child.id, "after the backup")
    laptop.sync()
    laptop.vault.restore(backup)
    return laptop, colleague, child


def test_a_laptop_restored_that_then_made_more_changes_than_it_lost_heals_and_keeps_their_order(
        sqlite_hub, new_laptop, tmp_path):  # noqa: F811
    """The restored laptop gives the numbers it had sent since the backup to new work, and
    more of them than the hub holds: the hub's state alone cannot tell it from an answer lost
    on the way. The new work must reach the hub (renumbered, in the order it was made), not be
    refused as a number used twice, and what was sent since the backup comes back."""
    laptop, colleague, child = _restored_after_sending(sqlite_hub, new_laptop, tmp_path)
    made = [_note(laptop, child.id, f"new {n}") for n in (1, 2, 3)]

    result = laptop.sync()
    assert result.rejected == [] and result.complete, result
    assert any("this laptop had been restored" in h and "3 changes" in h for h in result.healed)
    assert laptop.sync().healed == []
    colleague.sync()
    everything = ["after the backup", "new 1", "new 2", "new 3", "old work"]
    assert _notes(laptop, child.id) == _notes(colleague, child.id) == everything
    assert _on_hub(sqlite_hub) == 1 + len(everything)
    with laptop.vault.session() as s:
        assert outbox.pending_count(s) == 0
        numbers = [s.execute(select(func.max(outbox.OutboxRow.seq)).where(
            outbox.OutboxRow.record_id == note)).scalar() for note in made]
    assert numbers == sorted(numbers)
    with sqlite_hub.db.reading() as s:
        assert audit.verify(s)[0]


def test_a_laptop_the_restored_hub_never_knew_is_told_and_enrols_again_without_losing_anything(
        hub, new_laptop, tmp_path):  # noqa: F811
    """The hub is put back from a backup made before this laptop enrolled: the hub no longer
    knows it. The laptop says so in words, keeps everything, takes a new enrolment code, and
    then sends back all the hub lost of it (what had synced, and what was typed since)."""
    hub.add_practitioner("Sam")
    colleague = new_laptop("colleague")
    colleague.enrol(hub, "Sam")
    with colleague.vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Mali"))
    colleague.sync()
    backup = backup_hub(hub.db, tmp_path / "hub-backup")
    laptop = new_laptop("joined later")
    laptop.enrol(hub, "Sam")
    laptop.sync()
    _note(laptop, child.id, "synced before the restore")
    laptop.sync()
    restore_hub(hub.db, backup)
    _note(laptop, child.id, "typed after the restore")

    with pytest.raises(SyncError, match="new enrolment code") as refused:
        laptop.sync()
    assert "nothing on this laptop is lost" in str(refused.value)
    with laptop.vault.session() as s:
        assert not sync_state.is_enrolled(s)
    laptop.enrol(hub, "Sam")
    result = laptop.sync()
    assert result.rejected == [] and result.complete, result
    assert any("sent back" in h for h in result.healed)
    assert laptop.sync().healed == []
    colleague.sync()
    everything = ["synced before the restore", "typed after the restore"]
    assert _notes(laptop, child.id) == _notes(colleague, child.id) == everything
    assert holdings(laptop) == holdings(colleague)
    assert _on_hub(hub) == 1 + len(everything)
    with hub.db.reading() as s:
        assert audit.verify(s)[0]


def test_a_laptop_restored_then_the_hub_restored_sends_again_past_the_numbers_it_gave_up(
        sqlite_hub, new_laptop, tmp_path):  # noqa: F811
    """A laptop restored from its backup numbers its waiting changes after the hub's, and the
    numbers they had are never used again; then the hub is restored from a backup older than
    all of that. The laptop must send again what the hub lost, declaring those numbers void,
    not stop for ever at 'changes must arrive in order'."""
    sqlite_hub.add_practitioner("Sam")
    laptop, colleague = new_laptop("restored"), new_laptop("colleague")
    laptop.enrol(sqlite_hub, "Sam")
    colleague.enrol(sqlite_hub, "Sam")
    with laptop.vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Mali"))
    laptop.sync()
    hub_backup = backup_hub(sqlite_hub.db, tmp_path / "hub-backup")
    _note(laptop, child.id, "waiting at the laptop's backup")
    laptop_backup = laptop.vault.backup(tmp_path / "laptop-backup.db")
    _note(laptop, child.id, "after the laptop's backup")
    laptop.sync()
    laptop.vault.restore(laptop_backup)
    assert any("this laptop had been restored" in h for h in laptop.sync().healed)
    restore_hub(sqlite_hub.db, hub_backup)

    result = laptop.sync()
    assert result.rejected == [] and result.complete, result
    assert any("hub had been restored" in h for h in result.healed)
    colleague.sync()
    everything = ["after the laptop's backup", "waiting at the laptop's backup"]
    assert _notes(laptop, child.id) == _notes(colleague, child.id) == everything
    assert holdings(laptop) == holdings(colleague)
    assert _on_hub(sqlite_hub) == 1 + len(everything)


class _PullsCut(httpx.BaseTransport):
    """HTTPS to the hub, with every pull cut off (the network gone) while ``cut`` is set."""

    def __init__(self, ca_file: str) -> None:
        self.inner = httpx.HTTPTransport(verify=_ssl_context(ca_file))
        self.cut = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.cut and request.url.path.endswith("/pull"):
            raise httpx.ReadError("the network went (a pull cut off)")
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


@pytest.mark.parametrize("typed_after_the_restore", [False, True])
def test_a_restored_laptop_whose_healing_pull_is_cut_gets_its_own_records_at_the_next_sync(
        sqlite_hub, new_laptop, tls, tmp_path, typed_after_the_restore: bool):  # noqa: F811
    """A laptop put back from its own backup reads its own records again from the hub (what it
    had sent since the backup). When that pull is cut off, the next sync goes on reading them:
    it once read on without them, and what the laptop had sent since the backup never came
    back to it (the hub and the other laptop held it; their later corrections of it were kept
    aside on this laptop for ever)."""
    network = _PullsCut(str(tls.ca_file))
    laptop, colleague, child = _restored_after_sending(sqlite_hub, new_laptop, tmp_path,
                                                       transport=network, retries=0)
    everything = ["old work", "after the backup"]
    if typed_after_the_restore:
        _note(laptop, child.id, "typed after the restore")
        everything.append("typed after the restore")

    network.cut = True
    with pytest.raises(SyncError) as cut:
        laptop.sync()
    assert cut.value.result is not None
    assert any("restored from a backup" in said for said in cut.value.result.healed)
    assert sync_state.position(laptop.vault).own_pull
    network.cut = False
    laptop.sync()
    assert not sync_state.position(laptop.vault).own_pull
    colleague.sync()
    assert _notes(laptop, child.id) == sorted(everything)
    assert _notes(colleague, child.id) == sorted(everything)
    assert holdings(laptop) == holdings(colleague)
    laptop.vault.check()
