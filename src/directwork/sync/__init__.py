"""Sync with the team's hub (DESIGN.md "Sync"), the laptop's side.

What the app calls (from its worker thread, never the GUI thread):

* ``client.SyncClient(vault).enrol(hub_url, code, ca_file=...)`` once, then
  ``SyncClient(vault).sync(progress=callback) -> SyncResult``; ``callback(stage, done, total)``
  gets ("push", n, total) and ("pull", n, None). Raises ``SyncError`` (the hub cannot be reached
  or refused; what was done is kept) and ``DeviceRevoked`` (after wiping the store; pass
  ``on_revoked=`` to tell the user first).
* ``status.record_sync_state(session, kind, record_id)``: saved_on_laptop / waiting / on_hub /
  needs_attention, for the badge on each record.
* ``status.sync_summary(session)``: last synced time, changes waiting, changes needing
  attention, for the status line.

``protocol`` and ``signing`` are shared with the hub.
"""
