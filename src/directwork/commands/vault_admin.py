"""init, check, passwd, recover, recovery-key, backup, restore, accept-records: setting up and
looking after a vault.

Order of effects: a recovery key is written to its file and synced (or shown) before the key
file changes, and a file written for a change that then failed is removed again, so "nothing
was changed" is true when it is said."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

from directwork.cli import EXIT_INTEGRITY, EXIT_OK, UserError, secret_from
from directwork.commands import open_vault, outside_data_folder
from directwork.store.errors import VaultExists
from directwork.store.private_files import os_error, write_private
from directwork.store.vault import Vault

LONDON = ZoneInfo("Europe/London")

MIN_PASSPHRASE = 10


def _new_passphrase(env_name: str) -> str:
    from directwork.domain.passphrase import passphrase_problem

    value = secret_from(env_name, "New passphrase: ", confirm=True)
    problem = passphrase_problem(value)
    if problem:
        raise UserError(problem)
    return value


def _write_secret_file(path: Path, text: str) -> None:
    """Write a file only its owner can read (mode 0600), synced, refusing to overwrite; on
    failure nothing is left behind."""
    try:
        write_private(path, text.encode("utf-8"))
    except FileExistsError:
        raise UserError(f"{path} already exists; choose a new file for the recovery key") from None
    except OSError as exc:
        raise os_error(exc, path.parent) from None


def _check_recovery_file(path: Path | None, args: argparse.Namespace) -> None:
    if path is None:
        return
    if path.exists():
        raise UserError(f"{path} already exists; choose a new file for the recovery key")
    outside_data_folder(path, args)
    if not path.parent.is_dir():
        raise UserError(f"the folder {path.parent} does not exist; nothing was changed")


def cmd_init(args: argparse.Namespace) -> int:
    if Vault(args.data_dir).exists():
        raise VaultExists(Path(args.data_dir).resolve())
    recovery_file: Path | None = args.recovery_key_file
    _check_recovery_file(recovery_file, args)
    passphrase = _new_passphrase("DIRECTWORK_PASSPHRASE")

    def keep(recovery: str) -> None:
        # Called before anything of the vault is on disk: if the key cannot be kept, no
        # vault is made.
        if recovery_file is not None:
            _write_secret_file(recovery_file, recovery + "\n")

    try:
        vault, recovery = Vault.create(args.data_dir, passphrase, practitioner_name=args.name or "",
                                       team=args.team or "", practitioner_contact=args.contact or "",
                                       keep_recovery_key=keep)
    except BaseException:
        if recovery_file is not None and recovery_file.exists():
            recovery_file.unlink()  # the key of a vault that was not made
        raise
    vault.lock()
    if vault.left_aside is not None:
        print(f"A setting up cut off part way had left files here; they were moved, not "
              f"deleted, to {vault.left_aside}. If this folder held records you still need, "
              "ask IT: that folder holds them as they were.")
    if recovery_file is not None:
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
    Vault(args.data_dir).require_key_file()
    new = _new_passphrase("DIRECTWORK_NEW_PASSPHRASE")
    Vault.change_passphrase(args.data_dir, old, new)
    print("Passphrase changed. The old passphrase no longer opens this vault.")
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    Vault(args.data_dir).require_key_file()
    key = secret_from("DIRECTWORK_RECOVERY_KEY", "Recovery key: ")
    new = _new_passphrase("DIRECTWORK_NEW_PASSPHRASE")
    Vault.recover(args.data_dir, key, new)
    print("A new passphrase is set. Keep the recovery key safe: it still opens this vault.")
    return EXIT_OK


def cmd_recovery_key(args: argparse.Namespace) -> int:
    recovery_file: Path | None = args.recovery_key_file
    _check_recovery_file(recovery_file, args)
    vault = open_vault(args)
    kept_in: list[str] = []  # "file" once written, "screen" once shown

    def keep(recovery: str) -> None:
        # Before the key file changes: written and synced, or shown. If this fails the old
        # recovery key still works and nothing changed.
        if recovery_file is not None:
            _write_secret_file(recovery_file, recovery + "\n")
            kept_in.append("file")
        else:
            print("New recovery key (shown once: print it or write it down, and keep it safe):")
            print()
            print(f"    {recovery}")
            print(flush=True)
            kept_in.append("screen")

    try:
        vault.replace_recovery_key(keep)
    except BaseException:
        if "file" in kept_in and recovery_file is not None:
            recovery_file.unlink(missing_ok=True)  # it would not open the vault
        if "screen" in kept_in:
            print("That key was NOT set: the old recovery key still opens this vault.", flush=True)
        raise
    finally:
        vault.lock()
    if recovery_file is not None:
        print(f"A new recovery key was written to {recovery_file} (readable only by you).")
    print("The old recovery key no longer opens this vault.")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    if args.output is not None and Path(args.output).exists():
        raise UserError(f"{args.output} already exists; choose a new file name for the backup")
    if args.output is not None:
        outside_data_folder(Path(args.output), args)
    vault = open_vault(args)
    try:
        dest = vault.backup(args.output) if args.output else vault.backup()
    finally:
        vault.lock()
    print(f"Encrypted backup written to {dest} and read back (it opens only with this vault's key).")
    return EXIT_OK


def _restore_secret(args: argparse.Namespace) -> tuple[str | None, str | None]:
    """(passphrase, recovery key): the one the command was asked to use."""
    if args.with_recovery_key:
        return None, secret_from("DIRECTWORK_RECOVERY_KEY", "Recovery key: ")
    return secret_from("DIRECTWORK_PASSPHRASE", "Passphrase: "), None


def _counts(counts: dict[str, int]) -> str:
    return (f"{counts.get('children', 0)} children, {counts.get('entries', 0)} entries, "
            f"{counts.get('plans', 0)} plans")


def cmd_restore(args: argparse.Namespace) -> int:
    vault = Vault(args.data_dir)
    if args.list or args.file is None:
        if args.file is None and not args.list:
            raise UserError("name the backup to restore (`directwork restore --list` shows them)")
        found = vault.describe_backups(*_restore_secret(args)) if vault.list_backups() else []
        if not found:
            print(f"There are no backups in {vault.backup_dir}.")
            return EXIT_OK
        for info in found:
            made = info.made_at.astimezone(LONDON).strftime("%d %b %Y %H:%M")
            what = _counts(info.counts) if info.usable else f"cannot be used: {info.problem}"
            if info.usable and info.holds_last_head is False:
                what += "; older than the records at the last lock"
            print(f"{made}  {info.reason or '-':<15} {what}  {info.path}")
        return EXIT_OK
    passphrase, recovery_key = _restore_secret(args)
    outcome = vault.restore(args.file, passphrase=passphrase, recovery_key=recovery_key)
    print(f"Restored the records from {args.file} ({_counts(outcome.facts.counts)}), checked in "
          "full before anything was replaced.")
    if outcome.kept is not None:
        print(f"The records as they were just before are kept in {outcome.kept}.")
    else:
        print("There was no records file to keep.")
    return EXIT_OK


def cmd_accept_records(args: argparse.Namespace) -> int:
    head = Vault(args.data_dir).accept_records(secret_from("DIRECTWORK_PASSPHRASE", "Passphrase: "))
    print(f"The records as they are now ({head.seq} audit events) are accepted as this vault's "
          "newest; what they lacked is not in them. Nothing in the records was changed.")
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

    p = sub.add_parser("restore", help="replace the records with an encrypted backup (works "
                                        "when the records are damaged or missing)")
    p.add_argument("file", type=Path, nargs="?", help="the backup to restore")
    p.add_argument("--list", action="store_true",
                   help="list the vault's backups with their dates and record counts")
    p.add_argument("--with-recovery-key", action="store_true",
                   help="unlock with the recovery key (DIRECTWORK_RECOVERY_KEY) instead")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("accept-records",
                       help="after a warning that the records went back in time: carry on with "
                            "them as they are")
    p.set_defaults(func=cmd_accept_records)
