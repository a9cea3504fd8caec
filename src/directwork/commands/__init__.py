"""Subcommands of the `directwork` command, one module each (see directwork.cli)."""

from __future__ import annotations

import argparse

from directwork.store.vault import Vault


def open_vault(args: argparse.Namespace) -> Vault:
    """Unlock the vault in ``args.data_dir`` with the passphrase from the environment or a prompt."""
    from directwork.cli import secret_from

    vault = Vault(args.data_dir)
    vault._require_present()
    vault.unlock(secret_from("DIRECTWORK_PASSPHRASE", "Passphrase: "))
    return vault


def counted(n: int, noun: str) -> str:
    """``1 record``, ``3 records``: a count for a message, its noun in the right number."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
