"""init, check, passwd, recover, backup, restore: setting up and looking after a vault."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from directwork.cli import EXIT_INTEGRITY, EXIT_OK, UserError, secret_from
from directwork.commands import open_vault
from directwork.store.errors import NotWritable, VaultExists
from directwork.store.vault import Vault

MIN_PASSPHRASE = 10


def _new_passphrase(env_name: str) -> str:
    from directwork.domain.passphrase import passphrase_problem

    value = secret_from(env_name, "New passphrase: ", confirm=True)
    problem = passphrase_problem(value)
    if problem:
        raise UserError(problem)
    return value


def _write_secret_file(path: Path, text: str) -> None:
    """Write a file only its owner can read (mode 0600), refusing to overwrite."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise UserError(f"{path} already exists; choose a new file for the recovery key") from None
    except OSError as exc:
        raise NotWritable(path.parent, exc.strerror or "") from None
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)


def cmd_init(args: argparse.Namespace) -> int:
    if Vault(args.data_dir).exists():
        raise VaultExists(Path(args.data_dir).resolve())
    passphrase = _new_passphrase("DIRECTWORK_PASSPHRASE")
    recovery_file: Path | None = args.recovery_key_file
    if recovery_file is not None and recovery_file.exists():
        raise UserError(f"{recovery_file} already exists; choose a new file for the recovery key")
    vault, recovery = Vault.create(args.data_dir, passphrase, practitioner_name=args.name or "",
                                   team=args.team or "", practitioner_contact=args.contact or "")
    vault.lock()
    if recovery_file is not None:
        _write_secret_file(recovery_file, recovery + "\n")
        print(f"Vault created in {vault.root}.")
        print(f"The recovery key was written to {recovery_file} (readable only by you).")
    else:
        print(f"Vault created in {vault.root}.")
        print("Recovery key (shown once: print it or write it down, and keep it somewhere safe):")
        print()
        print(f"    {recovery}")
        print()
    print("Anyone with the recovery key can open this vault. It is not stored anywhere else.")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    try:
        report = vault.check()
    finally:
        vault.lock()
    if not report.ok:
        for problem in report.problems:
            print(f"directwork: integrity check failed: {problem}", file=sys.stderr)
        newest = vault.newest_backup()
        if newest:
            print(f"directwork: the newest backup is {newest}", file=sys.stderr)
        return EXIT_INTEGRITY
    counts = report.counts
    print(f"schema version: {report.schema_version}")
    print(f"children: {counts.get('children', 0)}")
    print(f"entries: {counts.get('entries', 0)}")
    print(f"plans: {counts.get('plans', 0)}")
    print(f"audit events: {report.audit_events} (chain intact)")
    print("all checks passed")
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    old = secret_from("DIRECTWORK_PASSPHRASE", "Current passphrase: ")
    Vault(args.data_dir)._require_present()
    new = _new_passphrase("DIRECTWORK_NEW_PASSPHRASE")
    Vault.change_passphrase(args.data_dir, old, new)
    print("Passphrase changed. The old passphrase no longer opens this vault.")
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    Vault(args.data_dir)._require_present()
    key = secret_from("DIRECTWORK_RECOVERY_KEY", "Recovery key: ")
    new = _new_passphrase("DIRECTWORK_NEW_PASSPHRASE")
    Vault.recover(args.data_dir, key, new)
    print("A new passphrase is set. Keep the recovery key safe: it still opens this vault.")
    return EXIT_OK


def cmd_recovery_key(args: argparse.Namespace) -> int:
    recovery_file: Path | None = args.recovery_key_file
    if recovery_file is not None and recovery_file.exists():
        raise UserError(f"{recovery_file} already exists; choose a new file for the recovery key")
    vault = open_vault(args)
    try:
        recovery = vault.replace_recovery_key()
    finally:
        vault.lock()
    if recovery_file is not None:
        _write_secret_file(recovery_file, recovery + "\n")
        print(f"A new recovery key was written to {recovery_file} (readable only by you).")
    else:
        print("New recovery key (shown once: print it or write it down, and keep it safe):")
        print()
        print(f"    {recovery}")
        print()
    print("The old recovery key no longer opens this vault.")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    try:
        dest = vault.backup(args.output) if args.output else vault.backup()
    finally:
        vault.lock()
    print(f"Encrypted backup written to {dest} (it opens only with this vault's key).")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    try:
        kept = vault.restore(args.file)
    finally:
        vault.lock()
    print(f"Restored from {args.file}. The records as they were just before are kept in {kept}.")
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="create a new vault")
    p.add_argument("--recovery-key-file", type=Path, help="write the recovery key here (mode 0600)")
    p.add_argument("--name", help="the practitioner's name")
    p.add_argument("--team", help="the practitioner's team")
    p.add_argument("--contact", help="how children and carers reach the practitioner (printed on their summaries)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("check", help="run the integrity and audit-chain checks")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("passwd", help="change the passphrase (from DIRECTWORK_NEW_PASSPHRASE)")
    p.set_defaults(func=cmd_passwd)

    p = sub.add_parser("recover", help="set a new passphrase with the recovery key")
    p.set_defaults(func=cmd_recover)

    p = sub.add_parser("recovery-key", help="replace the recovery key (one lost, or never kept)")
    p.add_argument("--recovery-key-file", type=Path, help="write the new key here (mode 0600)")
    p.set_defaults(func=cmd_recovery_key)

    p = sub.add_parser("backup", help="write an encrypted backup")
    p.add_argument("-o", "--output", type=Path, help="file to write (default: the backups folder)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="replace the records with an encrypted backup")
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_restore)
