"""Drafts: text being typed, kept in the vault until it becomes an entry."""

from __future__ import annotations

import pytest

from directwork.store import drafts


def test_a_draft_is_kept_replaced_and_removed(vault) -> None:
    with vault.transaction() as s:
        drafts.save_draft(s, "visit:1:worries", "when Dre", "child-1")
        drafts.save_draft(s, "visit:1:worries", "when Dre comes", "child-1")
    with vault.session() as s:
        assert drafts.load_draft(s, "visit:1:worries") == "when Dre comes"
    with vault.transaction() as s:
        drafts.save_draft(s, "visit:1:worries", "", "child-1")  # emptied field: no draft
    with vault.session() as s:
        assert drafts.load_draft(s, "visit:1:worries") == ""


def test_a_screen_gets_back_only_its_own_drafts(vault) -> None:
    with vault.transaction() as s:
        drafts.save_drafts(s, {"visit:1_2:a": ("one", "c"), "visit:1_2:b": ("two", "c"),
                               "visit:102:a": ("other visit", "c")})
    with vault.session() as s:
        assert drafts.load_drafts(s, "visit:1_2:") == {"visit:1_2:a": "one", "visit:1_2:b": "two"}


def test_a_draft_survives_locking_the_vault(vault) -> None:
    from tests.conftest import PASSPHRASE

    with vault.transaction() as s:
        drafts.save_draft(s, "k", "half a sent", "c")
    vault.lock()
    vault.unlock(PASSPHRASE)
    with vault.session() as s:
        assert drafts.load_draft(s, "k") == "half a sent"


def test_an_overlong_key_is_refused(vault) -> None:
    with vault.transaction() as s, pytest.raises(ValueError):
        drafts.save_draft(s, "k" * 201, "text")
