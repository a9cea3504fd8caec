"""Subcommands of the `directwork` command, one module each (see directwork.cli)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

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


def outside_data_folder(path: Path, args: argparse.Namespace) -> None:
    """Refuse a file to be written inside the vault's own folder: directwork tidies that
    folder as it opens (a file under one of its own leftover names is removed), and a copy of
    the records, a plain-text export or the recovery key beside the vault defeats its
    purpose."""
    from directwork.cli import UserError

    # Real paths, in the case the file system compares them in (Windows: any).
    folder = Path(os.path.normcase(os.path.realpath(args.data_dir)))
    where = Path(os.path.normcase(os.path.realpath(Path(path).parent))) / \
        os.path.normcase(Path(path).name)
    if where == folder or folder in where.parents:
        raise UserError(f"{path} is inside directwork's own data folder ({args.data_dir}); "
                        "choose a place outside it. Nothing was written.")
