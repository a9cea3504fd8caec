"""Syncing from the desktop app, against a real hub on loopback (plain HTTP, allowed there
only) with a real vault and real widgets: connecting with a one-time code, "Sync now" and its
status line, working offline, merging a record changed on two laptops, and a laptop whose
access was withdrawn."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt

from directwork.domain.records import Child, SafetyPlan
from directwork.gui.caseload.model import COLUMNS
from directwork.gui.common.network import NETWORK_THREAD
from directwork.gui.common.worker import VAULT_THREAD
from directwork.gui.plan.merge import PlanMergeDialog
from directwork.gui.shell.app import DirectworkApp, vault_files_exist
from directwork.gui.sync.conflicts import FieldMergeDialog, NeedsAttentionDialog
from directwork.gui.sync.panel import NOT_CONNECTED, OFFLINE, REVOKED_TITLE, SyncPanel
from directwork.hub import admin
from directwork.store import records
from directwork.store.vault import Vault
from directwork.sync import status
from tests.conftest import PASSPHRASE
from tests.gui.drive import FAST, settle, unlock
from tests.gui.test_accessibility import unnamed
from tests.hub.harness import HubServer, Laptop, hub_database

PRACTITIONER = "Sam Practitioner"


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[HubServer]:
    db = hub_database("sqlite", tmp_path)
    server = HubServer(db, None)
    with server:
        server.add_practitioner(PRACTITIONER, team="North")
        yield server
    db.dispose()


@pytest.fixture
def app(qtbot, make_app, tmp_path: Path) -> DirectworkApp:
    vault, _ = Vault.create(tmp_path / "laptop", PASSPHRASE, practitioner_name=PRACTITIONER,
                            kdf=FAST)
    vault.lock()
    made = make_app(tmp_path / "laptop")
    unlock(qtbot, made)
    return made


def panel_of(app: DirectworkApp) -> SyncPanel:
    return app.sync_panel


def connect_through_dialog(qtbot, app: DirectworkApp, hub: HubServer) -> None:
    panel = panel_of(app)
    dialog = panel.open_connect()
    assert unnamed(dialog) == []
    qtbot.keyClicks(dialog.url, hub.url)
    qtbot.keyClicks(dialog.code, hub.enrol_code(PRACTITIONER))
    # Connecting starts a first sync straight away.
    with qtbot.waitSignal(panel.sync_did_finish, timeout=20_000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.idle, timeout=20_000)
    settle(qtbot, app)


def sync_now(qtbot, app: DirectworkApp) -> None:
    """Press Sync now and wait for it (a background sync already running goes again after)."""
    panel = panel_of(app)
    finished: list[object] = []
    panel.sync_did_finish.connect(finished.append)
    panel.sync_now_action.trigger()
    qtbot.waitUntil(lambda: bool(finished) and panel.idle, timeout=20_000)
    panel.sync_did_finish.disconnect(finished.append)
    settle(qtbot, app)


def change(qtbot, app: DirectworkApp, fn):
    box: list = []
    app.worker.change(fn, success=box.append)
    settle(qtbot, app)
    return box[0]


def shown_sync_state(app: DirectworkApp, name: str) -> str:
    model = app.window.caseload.model
    sync_col = COLUMNS.index("Sync")
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == name:
            return model.index(row, sync_col).data()
    raise AssertionError(f"{name} is not on the caseload")


def test_connect_sync_now_then_offline_keeps_every_change(qtbot, app, hub) -> None:
    panel = panel_of(app)
    assert panel.status.text() == NOT_CONNECTED
    # Given the laptop is connected to the hub through the dialog
    connect_through_dialog(qtbot, app, hub)
    assert "Last synced" in panel.status.text()
    # When a child is added, the change waits, and the caseload says so
    child = change(qtbot, app, lambda s: records.save_document(
        s, Child(given_name="Dafydd", preferred_name="Dafydd")))
    qtbot.waitUntil(lambda: "1 change waiting" in panel.status.text())
    assert shown_sync_state(app, "Dafydd") == "waiting to sync"
    # Then Sync now sends it: nothing waiting, and the record is on the team hub
    sync_now(qtbot, app)
    assert "Last synced" in panel.status.text() and "0 changes waiting" in panel.status.text()
    assert shown_sync_state(app, "Dafydd") == "on the team hub"
    with app.vault.session() as s:
        assert status.record_sync_state(s, "child", child.id) == status.ON_HUB
    assert panel.progress.isHidden()

    # When the hub goes away and the practitioner carries on
    hub.__exit__(None, None, None)
    change(qtbot, app, lambda s: records.save_document(
        s, dataclasses.replace(child, about_me="I like football")))
    sync_now(qtbot, app)
    # Then the status says so plainly, and the change is kept, waiting
    assert panel.status.text().startswith(OFFLINE)
    assert "1 change waiting" in panel.status.text()
    with app.vault.session() as s:
        assert records.get_document(s, Child, child.id).about_me == "I like football"
        assert status.record_sync_state(s, "child", child.id) == status.WAITING
    assert shown_sync_state(app, "Dafydd") == "waiting to sync"


def test_a_change_goes_up_in_the_background_shortly_after_it_is_saved(qtbot, app, hub) -> None:
    connect_through_dialog(qtbot, app, hub)
    panel = panel_of(app)
    panel.after_change.setInterval(1_500)  # the app waits longer: a burst of saves is one sync
    # When a child is added and nobody presses Sync now
    saved: list[Child] = []
    app.worker.change(records.save_document, Child(given_name="Ffion", preferred_name="Ffion"),
                      success=saved.append)
    qtbot.waitUntil(lambda: bool(saved) and panel.after_change.isActive(), timeout=10_000)
    child = saved[0]
    # Then it reaches the hub on its own
    finished: list[object] = []
    panel.sync_did_finish.connect(finished.append)
    qtbot.waitUntil(lambda: bool(finished) and panel.idle, timeout=20_000)
    settle(qtbot, app)
    assert "0 changes waiting" in panel.status.text()
    with app.vault.session() as s:
        assert status.record_sync_state(s, "child", child.id) == status.ON_HUB
    assert shown_sync_state(app, "Ffion") == "on the team hub"


def test_a_wrong_code_is_refused_in_the_dialog_and_nothing_is_connected(qtbot, app, hub) -> None:
    dialog = panel_of(app).open_connect()
    qtbot.keyClicks(dialog.url, hub.url)
    qtbot.keyClicks(dialog.code, "not-a-code")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    settle(qtbot, app)
    assert dialog.isVisible() and dialog.problems.text().startswith("Not connected:")
    assert dialog.url.text() == hub.url  # what was typed stays
    assert panel_of(app).status.text() == NOT_CONNECTED


def test_a_certificate_authority_file_that_is_a_pipe_is_refused_in_the_dialog_at_once(
        qtbot, app, hub, tmp_path) -> None:
    # A pipe named as the hub's certificate authority used to leave the dialog "Connecting…"
    # for ever; it is refused in words, what was typed stays, and nothing is connected.
    pipe = tmp_path / "hub-ca.pem"
    os.mkfifo(pipe)
    dialog = panel_of(app).open_connect()
    qtbot.keyClicks(dialog.url, hub.url)
    qtbot.keyClicks(dialog.code, hub.enrol_code(PRACTITIONER))
    qtbot.keyClicks(dialog.ca_file, str(pipe))
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problems.text().startswith("Not connected:"), timeout=20_000)
    assert f"the certificate authority file {pipe} is not a file (a device or a pipe)" in \
        dialog.problems.text()
    assert dialog.isVisible() and dialog.connect_button.isEnabled()
    assert dialog.ca_file.text() == str(pipe)
    assert panel_of(app).status.text() == NOT_CONNECTED


def test_a_profile_changed_on_two_laptops_needs_attention_and_merging_leaves_one_head(
        qtbot, app, hub, tmp_path) -> None:
    connect_through_dialog(qtbot, app, hub)
    other = Laptop(tmp_path / "others", "b", tls=None)
    try:
        other.enrol(hub, PRACTITIONER)
        child = change(qtbot, app, lambda s: records.save_document(
            s, Child(given_name="Mali", preferred_name="Mali")))
        sync_now(qtbot, app)
        other.sync()
        # Both laptops change the same version of the profile while apart
        with other.vault.transaction() as s:
            records.save_document(s, dataclasses.replace(child, about_me="I draw comics"))
        change(qtbot, app, lambda s: records.save_document(
            s, dataclasses.replace(child, about_me="I like the youth club")))
        sync_now(qtbot, app)
        other.sync()
        sync_now(qtbot, app)
    finally:
        other.close()
    panel = panel_of(app)
    assert "needing attention: 1" in panel.status.text()
    assert shown_sync_state(app, "Mali") == "needs attention"

    # The practitioner opens Needs attention and merges, keeping both sets of words
    panel.attention_action.trigger()
    dialog = panel.dialog
    assert isinstance(dialog, NeedsAttentionDialog)
    settle(qtbot, app)
    assert [(i.child_name, i.kind, i.diverged) for i in dialog.items] == [("Mali", "child", True)]
    assert unnamed(dialog) == []
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    settle(qtbot, app)
    merge = dialog.merge
    assert isinstance(merge, FieldMergeDialog)
    assert unnamed(merge) == []
    (choice,) = merge.choices
    assert choice.name == "about_me"
    assert {choice.a, choice.b} == {"I draw comics", "I like the youth club"}
    choice.set_words("I like the youth club and I draw comics")
    merge.buttons.button(merge.buttons.StandardButton.Save).click()
    settle(qtbot, app)
    with app.vault.session() as s:
        (head,) = records.get_heads(s, Child, child.id)
        assert head.about_me == "I like the youth club and I draw comics"
        assert head.merge_rev is not None
    assert dialog.items == []
    sync_now(qtbot, app)
    assert "attention" not in panel.status.text()
    assert shown_sync_state(app, "Mali") == "on the team hub"


def test_a_diverged_safety_plan_opens_the_plan_merge_view(qtbot, app, hub, tmp_path) -> None:
    connect_through_dialog(qtbot, app, hub)
    child, plan = change(qtbot, app, lambda s: (
        c := records.save_document(s, Child(given_name="Ola", preferred_name="Ola")),
        records.save_document(s, SafetyPlan(child_id=c.id, title="Weekends"))))
    # Two versions of the plan on this laptop, as a pull of another laptop's edit leaves them
    change(qtbot, app, lambda s: records.save_document(
        s, dataclasses.replace(plan, child_section="Call Nan")))
    change(qtbot, app, lambda s: records.save_document(
        s, dataclasses.replace(plan, child_section="Go to the youth club")))
    dialog = panel_of(app).open_attention()
    settle(qtbot, app)
    dialog.open_merge()
    settle(qtbot, app)
    assert isinstance(dialog.merge, PlanMergeDialog)


def test_a_revoked_laptop_is_told_and_its_store_wiped(qtbot, app, hub, tmp_path) -> None:
    connect_through_dialog(qtbot, app, hub)
    with hub.db.writing() as s:
        (device,) = admin.list_devices(s)
        admin.revoke_device(s, device.id)
    panel = panel_of(app)
    with qtbot.waitSignal(panel.device_was_revoked, timeout=20_000):
        panel.sync_now_action.trigger()
    settle(qtbot, app)
    window = app.window
    assert window.outer.currentWidget() is panel.revoked_page
    assert REVOKED_TITLE in panel.revoked_page.findChildren(type(panel.status))[0].text()
    assert "wiped" in panel.revoked_page.message.text()
    assert not vault_files_exist(tmp_path / "laptop")
    assert not app.vault.is_unlocked
    assert not panel.sync_now_action.isEnabled() and window.quit_action.isEnabled()
    assert unnamed(panel.revoked_page) == []


class HeldPulls:
    """The hub's app, with each pull (and the state request every sync starts with) held until
    the test lets it go (at most 60 s): a hub that is slow to answer, however slow the test
    machine is."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.holding = False
        self.waiting = threading.Event()
        self.released = threading.Event()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if self.holding and scope["type"] == "http" and \
                scope["path"].endswith(("/pull", "/state")):
            self.waiting.set()
            await asyncio.to_thread(self.released.wait, 60)
        await self.app(scope, receive, send)


@pytest.fixture
def slow_hub(tmp_path: Path) -> Iterator[tuple[HubServer, HeldPulls]]:
    db = hub_database("sqlite", tmp_path)
    server = HubServer(db, None)
    held = HeldPulls(server.server.config.app)
    server.server.config.app = held
    with server:
        server.add_practitioner(PRACTITIONER, team="North")
        yield server, held
        held.released.set()
    db.dispose()


def test_a_save_completes_while_a_sync_waits_on_the_hub(qtbot, app, slow_hub) -> None:
    hub, held = slow_hub
    connect_through_dialog(qtbot, app, hub)
    panel = panel_of(app)
    finished: list[object] = []
    panel.sync_did_finish.connect(finished.append)
    # Given a sync waiting on a hub that has not answered yet
    held.holding = True
    panel.sync_now_action.trigger()
    assert held.waiting.wait(20), "the sync never reached the hub"
    # When the practitioner saves a child
    saved: list[Child] = []
    app.worker.change(records.save_document, Child(given_name="Osian", preferred_name="Osian"),
                      success=saved.append)
    # Then the save is done while the hub still keeps the sync waiting
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    assert panel.running and not finished and not held.released.is_set()
    # And once the hub answers, the sync finishes, and the new record goes up after it
    held.holding = False
    held.released.set()
    qtbot.waitUntil(lambda: bool(finished) and panel.idle, timeout=20_000)
    sync_now(qtbot, app)
    with app.vault.session() as s:
        assert status.record_sync_state(s, "child", saved[0].id) == status.ON_HUB


def test_hub_requests_never_run_on_the_vault_worker_and_the_vault_only_there(
        qtbot, app, hub, monkeypatch) -> None:
    requests: list[str] = []
    sessions: list[str] = []
    send, session = httpx.Client.send, Vault.session

    def watched_send(client: httpx.Client, *args: Any, **kwargs: Any) -> httpx.Response:
        requests.append(threading.current_thread().name)
        return send(client, *args, **kwargs)

    def watched_session(vault: Vault) -> Any:
        sessions.append(threading.current_thread().name)
        return session(vault)

    monkeypatch.setattr(httpx.Client, "send", watched_send)
    monkeypatch.setattr(Vault, "session", watched_session)
    # When the laptop enrols, syncs a change up, and syncs again
    connect_through_dialog(qtbot, app, hub)
    change(qtbot, app, lambda s: records.save_document(s, Child(given_name="Nia")))
    sync_now(qtbot, app)
    # Then every request to the hub went from a network thread, and every vault session
    # (the sync's reads and writes included) was opened on the vault worker
    assert requests and {name.split("_")[0] for name in requests} == {NETWORK_THREAD}
    assert sessions and {name.split("_")[0] for name in sessions} == {VAULT_THREAD}


def test_a_laptop_the_restored_hub_no_longer_knows_says_why_and_connects_again(
        qtbot, app, hub, tmp_path) -> None:
    """The hub is put back from a backup made before this laptop connected: the status line
    says so and what to do (not merely "not connected"), and connecting again with a new code
    sends up what the hub lost."""
    from sqlalchemy import func, select

    from directwork.hub.schema import RecordCopy
    from tests.hub.harness import backup_hub, restore_hub

    backup = backup_hub(hub.db, tmp_path / "hub-backup")
    connect_through_dialog(qtbot, app, hub)
    change(qtbot, app, lambda s: records.save_document(s, Child(given_name="Mali")))
    sync_now(qtbot, app)
    restore_hub(hub.db, backup)
    panel = panel_of(app)
    sync_now(qtbot, app)
    qtbot.waitUntil(lambda: "no longer knows this laptop" in panel.status.text(), timeout=5_000)
    assert "new enrolment code" in panel.status.text()
    connect_through_dialog(qtbot, app, hub)
    qtbot.waitUntil(lambda: "Last synced" in panel.status.text(), timeout=5_000)
    with hub.db.reading() as s:
        assert s.execute(select(func.count()).where(RecordCopy.kind == "child")).scalar() == 1


def test_the_sync_status_line_has_room_in_the_window(qtbot, app, hub) -> None:
    """The status line says when the laptop last synced, or why it stopped: it must be seen.
    (It may shrink to the room the window leaves it, and it had none: a width of 0.)"""
    connect_through_dialog(qtbot, app, hub)
    sync_now(qtbot, app)
    panel = panel_of(app)
    qtbot.waitUntil(lambda: "Last synced" in panel.status.text(), timeout=5_000)
    app.window.resize(1280, 720)
    app.window.show()
    qtbot.waitExposed(app.window)
    words = panel.status.fontMetrics().horizontalAdvance(panel.status.text())
    qtbot.waitUntil(lambda: panel.status.width() >= words, timeout=5_000)
