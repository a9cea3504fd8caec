"""The `directwork` command: the desktop app with no subcommand; admin subcommands for IT
staff provisioning laptops, for scripts and for tests.

Passphrases come from DIRECTWORK_PASSPHRASE (or a prompt), never from the command line, so
they do not end up in shell history or the process list. Exit codes: 0 success, 1 a user
error (one line on stderr), 2 an integrity failure.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import os
import sys
from collections.abc import Callable
from pathlib import Path

from directwork import __version__
from directwork.paths import default_data_dir

EXIT_OK, EXIT_USER, EXIT_INTEGRITY = 0, 1, 2

# Subcommands that live in their own modules under directwork.commands; each module has
# ``register(subparsers)`` which adds its parser and sets ``func``.
COMMAND_MODULES: list[str] = [
    "directwork.commands.vault_admin",
    "directwork.commands.sync",
    "directwork.commands.selftest",
    "directwork.commands.interchange",
    "directwork.commands.demo",
    "directwork.commands.due",
    "directwork.commands.summary",
    "directwork.commands.history",
]


class UserError(Exception):
    """A foreseeable problem: printed as one line, exit 1 (or ``exit_code``)."""

    def __init__(self, message: str, exit_code: int = EXIT_USER) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def secret_from(env_name: str, prompt: str, *, confirm: bool = False) -> str:
    """A secret from the environment, else from a prompt on the terminal."""
    value = os.environ.get(env_name)
    if value:
        return value
    if not sys.stdin.isatty():
        raise UserError(f"set {env_name}, or run this in a terminal to be asked")
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != value:
        raise UserError("the two entries were not the same; nothing was changed")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="directwork",
        description="Offline-first direct work with children. With no command, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"directwork {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="the vault's folder (default: $DIRECTWORK_DATA_DIR, else the user data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def resolve_data_dir(args: argparse.Namespace) -> Path:
    if args.data_dir is not None:
        return Path(args.data_dir).expanduser()
    env = os.environ.get("DIRECTWORK_DATA_DIR")
    return Path(env).expanduser() if env else default_data_dir()


def main(argv: list[str] | None = None) -> int:
    from directwork.store.errors import VaultError

    parser = build_parser()
    args = parser.parse_args(argv)
    args.data_dir = resolve_data_dir(args)
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    try:
        if func is None:
            from directwork.gui.shell.app import run_app

            return run_app(args.data_dir)
        return func(args)
    except VaultError as exc:
        print(f"directwork: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except UserError as exc:
        print(f"directwork: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("directwork: stopped; nothing half-done was kept", file=sys.stderr)
        return EXIT_USER


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
