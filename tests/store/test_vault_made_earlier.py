"""A vault made by an earlier release still opens, checks whole and takes new saves.

The copy in ``data/vault-sqlcipher-4.12`` was made (fictional records, then locked) with the
library laptops had before: sqlcipher3-binary 0.6.0, SQLCipher 4.12.0 on SQLite 3.51.1. The
app now uses sqlcipher3 (SQLCipher 4.19 at the time of the change). If a library the app moves
to could not read what the one before wrote, every laptop's records would be shut away by an
upgrade; this test fails first.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from directwork.domain import records as r
from directwork.store import operations
from directwork.store import records as svc
from directwork.store.errors import WrongPassphrase
from directwork.store.vault import Vault

MADE_EARLIER = Path(__file__).parent / "data" / "vault-sqlcipher-4.12"
PASSPHRASE = "made before the library changed"
SAID = ["Bea said thing 1", "Bea said thing 2", "Bea said thing 3"]


def _said(vault: Vault) -> list[str]:
    with vault.session() as session:
        return sorted(e.text for e in svc.list_entries(session, r.VoiceEntry))


def test_a_vault_made_with_the_earlier_sqlcipher_opens_whole_and_takes_saves(tmp_path):
    data_dir = tmp_path / "vault"
    shutil.copytree(MADE_EARLIER, data_dir)  # the test never writes to the copy in git

    vault = Vault(data_dir)
    vault.unlock(PASSPHRASE)
    try:
        report = vault.check()
        assert report.ok, report.problems
        assert report.counts["children"] == 1
        assert _said(vault) == SAID
        with vault.session() as session:
            (bea,) = svc.list_documents(session, r.Child)
        # Saved as a visit saves a child's words (on the driver alone).
        operations.add_entry(vault, r.VoiceEntry(child_id=bea.id, text="Bea said thing 4"))
    finally:
        vault.lock()

    again = Vault(data_dir)
    again.unlock(PASSPHRASE)
    try:
        report = again.check()
        assert report.ok, report.problems
        assert _said(again) == [*SAID, "Bea said thing 4"]
    finally:
        again.lock()
    with pytest.raises(WrongPassphrase):
        Vault(data_dir).unlock("not the passphrase it was made with")
