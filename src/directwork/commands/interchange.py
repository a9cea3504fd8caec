"""import and export: records in and out of the vault in the interchange format
(docs/interchange.md)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from directwork.cli import EXIT_OK, EXIT_USER, UserError
from directwork.commands import counted, open_vault, outside_data_folder
from directwork.domain.plain_files import read_plain_file, why_not_read
from directwork.store.private_files import os_error, write_private

ERRORS_SHOWN = 20
# A whole service's records are tens of megabytes; a file far beyond that is a mistake, and
# reading it would only exhaust the laptop's memory.
MAX_FILE_BYTES = 512 * 1024 * 1024


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _refuse_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object, unless a key is in it twice: which value the file meant cannot be known
    (left to itself, the parser keeps the last and drops the first without a word)."""
    found = dict(pairs)
    if len(found) < len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise ValueError(f"it holds {json.dumps(key, ensure_ascii=True)[:80]} twice in "
                                 "one object")
            seen.add(key)
    return found


def read_interchange_file(path: Path) -> Any:
    """The file's JSON, or a UserError saying in one line why it cannot be read."""
    try:
        raw = read_plain_file(path, MAX_FILE_BYTES)
    except OSError as exc:
        raise UserError(f"{why_not_read(str(path), exc, 'an interchange file')}; nothing was "
                        "imported") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(f"{path} is not UTF-8 text, so it is not an interchange file; "
                        "nothing was imported") from None
    try:
        data = json.loads(text, parse_constant=_refuse_constant,
                          object_pairs_hook=_refuse_repeated_keys)
    except json.JSONDecodeError as exc:
        raise UserError(f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}: "
                        f"{exc.msg}); nothing was imported") from None
    except ValueError as exc:
        why = "a number in it is too long" if "digits" in str(exc) else str(exc)
        raise UserError(f"{path} is not valid JSON ({why}); nothing was imported") from None
    except RecursionError:
        raise UserError(f"{path} is nested too deeply to be an interchange file; "
                        "nothing was imported") from None
    where = _not_unicode(data)
    if where is not None:
        raise UserError(f"{path} holds text that is not valid Unicode (a lone surrogate, "
                        f"at {where}); nothing was imported")
    return data


def _not_unicode(data: Any, where: str = "$") -> str | None:
    """Where a string (or key) holds a lone surrogate, which JSON's \\ud800 escapes allow and
    no text can be stored as; None when there is none. Iterative: the file may be deep."""
    stack: list[tuple[Any, str]] = [(data, where)]
    while stack:
        value, at = stack.pop()
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return at
        elif isinstance(value, dict):
            for key, item in value.items():
                stack.append((key, at))
                stack.append((item, f"{at}.{key}" if str(key).isidentifier() else f"{at}[...]"))
        elif isinstance(value, list):
            stack.extend((item, f"{at}[{i}]") for i, item in enumerate(value))
    return None


def cmd_import(args: argparse.Namespace) -> int:
    from directwork.store.interchange import import_records

    data = read_interchange_file(args.file)
    vault = open_vault(args)
    try:
        with vault.transaction() as session:
            report = import_records(session, data)
    finally:
        vault.lock()
    if not report.ok:
        count = counted(len(report.errors), "problem")
        if report.more_errors:
            count = f"{len(report.errors)} or more problems"
        print(f"directwork: nothing was imported: {count} in {args.file}",
              file=sys.stderr)
        for problem in report.errors[:ERRORS_SHOWN]:
            print(f"  {problem}", file=sys.stderr)
        hidden = len(report.errors) - ERRORS_SHOWN
        if hidden > 0 or report.more_errors:
            print(f"  ... and {max(hidden, 0)}{' or more' if report.more_errors else ''} more",
                  file=sys.stderr)
        return EXIT_USER
    kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(report.by_kind.items()))
    print(f"Imported {counted(report.imported, 'record')}{f' ({kinds})' if kinds else ''}.")
    if report.duplicates:
        print(f"Skipped {counted(report.duplicates, 'record')} already in this vault.")
    if report.imported:
        print("They will go to the team hub at the next sync.")
    return EXIT_OK


def _write_private(path: Path, text: str) -> None:
    """Write a file only its owner can read (mode 0600), never over an existing file, and leave
    nothing half-written behind if writing fails."""
    try:
        write_private(path, text.encode("utf-8"))
    except FileExistsError:
        raise UserError(f"{path} already exists; choose a new file name") from None
    except OSError as exc:
        raise os_error(exc, path.parent) from None


def cmd_export(args: argparse.Namespace) -> int:
    from directwork.store.interchange import export_records

    # Everything that can refuse is asked before a byte is written: a refused export leaves
    # no file of records in plain text behind it.
    if args.history and not args.child:
        raise UserError("--history needs --child: a history is one child's")
    beside = args.output.with_suffix(".history.csv") if args.history else None
    for path in (args.output, beside):
        if path is not None and path.exists():
            raise UserError(f"{path} already exists; choose a new file name")
        if path is not None:
            outside_data_folder(path, args)
    vault = open_vault(args)
    try:
        with vault.session() as session:
            data = export_records(session, args.child)
    finally:
        vault.lock()
    history: tuple[str, int] | None = None
    if beside is not None:
        from directwork.commands.history import history_text

        history = history_text(args, args.child)
    _write_private(args.output, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    whose = f"child {args.child}" if args.child else "every child in this vault"
    if beside is not None and history is not None:
        try:
            _write_private(beside, history[0])
        except BaseException:
            # The pair is written whole or not at all: the records just written go again.
            args.output.unlink(missing_ok=True)
            raise
        print(f"Wrote the child's history ({counted(history[1], 'line')}) to {beside}.")
    print(f"Exported {counted(len(data['records']), 'record')} for {whose} to {args.output}.")
    print("This file is NOT encrypted: it holds personal information in plain text. Only you "
          "can read it on this computer; keep it on an encrypted drive and delete it when it "
          "is no longer needed.")
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("import", help="bring in records from an interchange file (all or nothing)")
    p.add_argument("file", type=Path, metavar="FILE.json")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="write records to an interchange file (NOT encrypted)")
    p.add_argument("--child", metavar="ID", help="only this child's whole record (for a subject "
                                                 "access request)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.json")
    p.add_argument("--history", action="store_true",
                   help="with --child: also write the child's history (who, what, laptop, when) "
                        "beside it, as FILE.history.csv")
    p.set_defaults(func=cmd_export)
