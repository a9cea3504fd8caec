"""A record kept aside by sync shows in the app's Needs attention list, with the reason, through
the real dialog and the vault worker (offscreen, as every GUI test)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from directwork.domain.ids import uuid7
from directwork.domain.records import Child
from directwork.gui.common.worker import VaultWorker
from directwork.gui.sync.conflicts import NeedsAttentionDialog
from directwork.store import records, sync_state
from directwork.sync import status


@pytest.fixture
def worker(qtbot, vault) -> Iterator[VaultWorker]:
    w = VaultWorker(vault)
    yield w
    w.wait_idle()
    w.shutdown()
    gc.collect()


def test_a_record_kept_aside_is_listed_with_its_reason(qtbot, vault, worker, tmp_path) -> None:
    with vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Mali", preferred_name="Mali"))
    broken = {"kind": "voice", "id": uuid7(), "child_id": child.id, "scale": 10**20}
    outcome = sync_state.apply_page(vault, [sync_state.Received(
        "voice", broken["id"], child.id, "", broken, None,
        "it does not fit the record rules (scale: must be at most 10)")], [], 7)
    assert (outcome.received, outcome.applied, outcome.kept_aside) == (1, 0, 1)
    assert sync_state.cursor(vault) == 7  # the page is done: the cursor moved on
    with vault.session() as s:
        assert status.sync_summary(s).needs_attention == 1

    dialog = NeedsAttentionDialog(worker)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: len(dialog.items) == 1, timeout=10_000)
    (item,) = dialog.items
    assert item.kept_aside and item.child_name == "Mali" and not item.diverged
    shown = [dialog.table.item(0, col).text() for col in range(dialog.table.columnCount())]
    assert shown[0] == "Mali"
    assert shown[2] == ("Kept aside on this laptop, not applied: it does not fit the record "
                        "rules (scale: must be at most 10)")
    assert "1 kept aside" in dialog.summary.text()
    assert not dialog.merge_button.isEnabled()
    dialog.grab().save(str(tmp_path / "needs-attention-kept-aside.png"))
