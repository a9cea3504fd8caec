"""The `directwork` command: the desktop app with no subcommand; admin subcommands for IT
staff provisioning laptops, for scripts and for tests.

Passphrases come from DIRECTWORK_PASSPHRASE (or a prompt), never from the command line, so
they do not end up in shell history or the process list. Exit codes: 0 success, 1 a user or
environment error (a full disk, a read-only folder, a usage mistake), 2 an integrity failure.

No command ever prints a traceback: every failure is one line on stderr. One that was not
foreseen is also logged, without record content, to ``logs/errors.log`` in the data folder
(store.error_log). Everything the command writes is private to its user (umask 077).
"""

from __future__ import annotations

import argparse
import errno
import getpass
import importlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

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


class ArgumentParser(argparse.ArgumentParser):
    """argparse, but a usage mistake is a user error (exit 1, one line), not exit 2, which
    this command keeps for integrity failures."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USER, f"{self.prog}: {message} (see `{self.prog} --help`)\n")


class UserError(Exception):
    """A foreseeable problem: printed as one line, exit 1 (or ``exit_code``)."""

    def __init__(self, message: str, exit_code: int = EXIT_USER) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def secret_from(env_name: str, prompt: str, *, confirm: bool = False) -> str:
    """A secret from the environment, else from a prompt on the terminal."""
    value = os.environ.get(env_name)
    where = env_name
    if not value:
        if not sys.stdin.isatty():
            raise UserError(f"set {env_name}, or run this in a terminal to be asked")
        value = getpass.getpass(prompt)
        where = "what was typed"
        if confirm and getpass.getpass("Type it again: ") != value:
            raise UserError("the two entries were not the same; nothing was changed")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise UserError(f"{where} is not valid UTF-8 text (check the terminal's or the "
                        "environment's encoding); nothing was changed") from None
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
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
    earlier = os.umask(0o077)  # whatever this command writes is its user's alone
    try:
        return _main(argv)
    finally:
        os.umask(earlier)  # for a caller that runs the command in its own process (tests)


def _main(argv: list[str] | None) -> int:
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage mistake (already printed)
        return exc.code if isinstance(exc.code, int) else EXIT_USER
    except ImportError as exc:  # an installation missing a part: say which, no traceback
        print(f"directwork: this installation is incomplete (missing {exc.name or exc}); "
              "install directwork again", file=sys.stderr)
        return EXIT_USER
    try:
        args.data_dir = resolve_data_dir(args)
    except Exception:  # no home folder to find the default in
        print("directwork: cannot find the data folder; give one with --data-dir",
              file=sys.stderr)
        return EXIT_USER
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    from directwork.store.process_lock import describe_this_process

    described = describe_this_process(f"the command `directwork {args.command}`"
                                      if func is not None else "the directwork app")
    try:
        if func is None:
            from directwork.gui.shell.app import run_app

            return run_app(args.data_dir)
        return func(args)
    except UserError as exc:
        print(f"directwork: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("directwork: stopped; nothing half-done was kept", file=sys.stderr)
        return EXIT_USER
    except BaseException as exc:  # the one place every failure is worded
        if isinstance(exc, SystemExit):
            raise
        return report_failure(exc, args.data_dir, args.command or "")
    finally:
        describe_this_process(described)


def report_failure(exc: BaseException, data_dir: Path, command: str) -> int:
    """Print one line for ``exc`` and return the exit code; log what was not foreseen."""
    from directwork.store.errors import VaultError

    if isinstance(exc, VaultError):
        print(f"directwork: {one_line(exc.message)}", file=sys.stderr)
        return exc.exit_code
    code, message, log_it = classify(exc, data_dir)
    logged = None
    if log_it:
        from directwork.store import error_log

        logged = error_log.write(data_dir, command, __version__, exc)
    where = f" Details (without any record content) are in {logged}." if logged else ""
    print(f"directwork: {one_line(message)}{where}", file=sys.stderr)
    return code


def one_line(text: str) -> str:
    return " ".join(str(text).split())


def classify(exc: BaseException, data_dir: Path) -> tuple[int, str, bool]:
    """(exit code, message, whether to log) for a failure no command foresaw. The message
    never quotes the exception's own text: that may hold what was written."""
    from directwork.store.errors import NotWritable
    from directwork.store.private_files import FULL, os_error, sqlite_error_name, storage_error

    sqlite = sqlite_error_name(exc)
    if isinstance(exc, OSError) and exc.errno in FULL:
        return EXIT_USER, os_error(exc, Path(data_dir)).message, False
    worded = storage_error(exc, Path(data_dir))
    if worded is not None:
        return EXIT_USER, worded.message, False
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return EXIT_USER, NotWritable(Path(data_dir), exc.strerror or "").message, False
    if sqlite in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or sqlite.startswith("SQLITE_CORRUPT"):
        return EXIT_INTEGRITY, ("The vault's records are damaged: a page could not be read. "
                                "Nothing more was changed. Run `directwork check`, then restore "
                                "the newest backup with `directwork restore`."), True
    if sqlite.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return EXIT_USER, ("The vault stayed busy with another task; nothing was changed. "
                           "Try again in a moment."), False
    if isinstance(exc, UnicodeError):
        return EXIT_USER, ("Some text given is not valid Unicode (a lone surrogate, or bytes "
                           "that are not UTF-8); it was not saved."), True
    if isinstance(exc, MemoryError):
        return EXIT_USER, "The computer ran out of memory; the change was not saved.", True
    if isinstance(exc, OSError):
        return EXIT_USER, (f"The system refused an operation ({exc.strerror or 'error ' + str(exc.errno)}); "
                           "the change was not saved."), True
    return EXIT_USER, (f"directwork stopped on an error it did not expect ({type(exc).__name__}); "
                       "the change was not saved."), True


if __name__ == "__main__":  # pragma: no cover
    # Run as ``python -m directwork.cli``, this file is ``__main__``, and its UserError is not
    # the one the commands raise (theirs is ``directwork.cli``'s): every plain mistake would
    # be told as an error not expected. The package's own module runs instead.
    from directwork.cli import main as package_main

    raise SystemExit(package_main())
