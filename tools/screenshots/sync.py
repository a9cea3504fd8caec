"""Screenshots of sync in the desktop app: the status line and the caseload's Sync column, the
"Connect to team hub" dialog, Needs attention, merging a profile changed on two laptops, and
the notice a laptop shows when the hub withdraws its access. Drawn offscreen from a throwaway
vault that believes it is enrolled with a hub that is not running (the app never needs the hub
to show any of this). Called by ``python -m tools.screenshots``."""

from __future__ import annotations

import dataclasses
import os
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tools.screenshots.shots import PASSPHRASE, settle, shoot

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings

from directwork.domain.records import Child, Person
from directwork.gui.shell.app import DirectworkApp
from directwork.gui.shell.settings import Preferences
from directwork.store import outbox, records, sync_state
from directwork.store.keyfile import KdfParams
from directwork.store.vault import Vault

NOW = datetime.now(UTC).replace(second=0, microsecond=0)
SIZE = (1180, 760)




def _enrolled_vault(data_dir: Path) -> None:
    """Three children synced earlier; since then a profile changed here and on another laptop,
    a new person waiting to go up, and one change the hub refused."""
    vault, _ = Vault.create(data_dir, PASSPHRASE, practitioner_name="Sam Okafor",
                            kdf=KdfParams.fast_for_tests())
    vault.clock = lambda: NOW
    sync_state.save_enrolment(vault, hub_url="https://127.0.0.1:9", device_id="screenshot",
                              private_key=bytes(32), practitioner_id=vault.practitioner_id,
                              practitioner_name="Sam Okafor", team="Northfield")
    with vault.transaction() as s:
        kids = [records.save_document(s, Child(given_name=g, family_name=f, preferred_name=g,
                                               about_me=about))
                for g, f, about in (("Dafydd", "Morgan", "I like football and my dog Bis"),
                                    ("Mali", "Evans", "I like drawing"),
                                    ("Ola", "Nowak", "Boxing on Tuesdays"))]
        for change in outbox.pending(s):
            outbox.mark(s, change.seq, "accepted")
    sync_state.set_last_synced(vault, NOW - timedelta(minutes=12))
    dafydd, mali, ola = kids
    with vault.transaction() as s:
        # Two versions of Mali's profile from the same base: what a pull leaves after two
        # laptops changed it apart.
        records.save_document(s, dataclasses.replace(
            mali, about_me="I like drawing comics", pronouns="she/her"))
        records.save_document(s, dataclasses.replace(
            mali, about_me="I like the youth club on Fridays", school="Ysgol y Bont"))
        records.save_document(s, Person(child_id=dafydd.id, name="Coach Dan",
                                        relationship="boxing coach"))
        records.save_document(s, dataclasses.replace(ola, about_me="Boxing and cooking"))
        refused = outbox.pending(s)[-1]
        outbox.mark(s, refused.seq, "rejected",
                    "this child is no longer on your caseload (transferred to Alex Jones)")
    vault.lock()


def shoot_sync(out: Path) -> list[Path]:
    shots: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="dw-sync-shots-") as tmp:
        root = Path(tmp)
        prefs = Preferences(QSettings(str(root / "prefs.ini"), QSettings.Format.IniFormat))
        _enrolled_vault(root / "vault")
        app = DirectworkApp(root / "vault", kdf=KdfParams.fast_for_tests(), prefs=prefs)
        unlock = app.start()
        settle(app.worker)
        unlock.ui.passphraseEdit.setText(PASSPHRASE)
        unlock.try_passphrase()
        settle(app.worker)
        window = app.window
        assert window is not None
        panel = app.sync_panel
        panel.every.stop()  # the hub here is not running: show the state, not a failed sync
        window.resize(*SIZE)
        window.caseload.load()
        panel.refresh()
        settle(app.worker)
        shots.append(shoot(window, out / "sync-status.png"))

        attention = panel.open_attention()
        attention.resize(900, 360)
        settle(app.worker, 0.1)
        shots.append(shoot(attention, out / "sync-needs-attention.png"))
        attention.open_merge()
        settle(app.worker, 0.1)
        merge = attention.merge
        assert merge is not None
        merge.resize(900, 560)
        settle(app.worker, 0.1)
        shots.append(shoot(merge, out / "sync-merge-profile.png"))
        merge.close()
        attention.close()

        connect = panel.open_connect()
        connect.url.setText("https://hub.northfield-yjs.example")
        connect.code.setText("K7QX-2M9P-LR4T")
        settle(app.worker)
        shots.append(shoot(connect, out / "sync-connect.png"))
        connect.close()

        panel.show_revoked("this laptop's access has been withdrawn; wipe the local store")
        settle(app.worker)
        shots.append(shoot(window, out / "sync-access-withdrawn.png"))
        window.close()
        app.close()
    return shots
