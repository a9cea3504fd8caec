"""``Vault.set_meta_lightly``: the time of the last sync is kept without waiting for the disk
(``synchronous = NORMAL`` for that one commit); every connection goes back to waiting for the
disk afterwards, whether the write worked or not, so no other commit is ever made lighter."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from directwork.store.schema import MetaRow

FULL = 2


def _synchronous(vault) -> int:
    with vault.session() as s:
        return int(s.execute(text("PRAGMA synchronous")).scalar_one())


def test_the_fact_is_kept_and_the_connection_waits_for_the_disk_again(vault) -> None:
    assert _synchronous(vault) == FULL
    vault.set_meta_lightly("sync.test", "first")
    vault.set_meta_lightly("sync.test", "second")
    assert vault.meta("sync.test") == "second"
    assert _synchronous(vault) == FULL
    with vault.transaction() as s:  # an ordinary write after it still commits as before
        s.merge(MetaRow(key="other", value="x"))
    assert vault.meta("other") == "x"


def test_a_write_that_fails_keeps_nothing_and_leaves_the_connection_waiting_for_the_disk(
        vault) -> None:
    with vault.transaction() as s:
        s.execute(text("CREATE TRIGGER refuse_test BEFORE INSERT ON vault_meta "
                       "WHEN NEW.key = 'refused' BEGIN SELECT RAISE(ABORT, 'refused'); END"))
    with pytest.raises(DBAPIError):
        vault.set_meta_lightly("refused", "x")
    assert vault.meta("refused", "none") == "none"
    assert _synchronous(vault) == FULL
    vault.set_meta_lightly("accepted", "y")
    assert vault.meta("accepted") == "y"
