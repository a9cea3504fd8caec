"""`directwork history CHILD_ID -o FILE.csv`: the child's History tab, as a manager reads it
(who, what, which laptop, when, oldest first), for a spreadsheet or a subject access request.
The same view is written beside the record by `directwork export --child ID --history`."""

from __future__ import annotations

import argparse
from pathlib import Path

from directwork.cli import EXIT_OK, UserError
from directwork.commands import counted, open_vault, outside_data_folder


def history_text(args: argparse.Namespace, child_id: str) -> tuple[str, int]:
    """The history CSV and its number of rows, read from the unlocked vault in ``args``."""
    from directwork.store.errors import RecordNotFound
    from directwork.store.views.history import history_csv, load_history

    vault = open_vault(args)
    try:
        with vault.session() as session:
            from directwork.domain.records import Child
            from directwork.store import records

            try:
                records.get_document(session, Child, child_id)
            except RecordNotFound:
                raise UserError(f"no child with id {child_id} in this vault") from None
            history = load_history(session, child_id, kind=getattr(args, "kind", "") or "",
                                   person=getattr(args, "person", "") or "")
    finally:
        vault.lock()
    return history_csv(history), len(history.rows)


def cmd_history(args: argparse.Namespace) -> int:
    from directwork.commands.interchange import _write_private

    if args.output.exists():
        raise UserError(f"{args.output} already exists; choose a new file name")
    outside_data_folder(args.output, args)
    text, count = history_text(args, args.child_id)
    _write_private(args.output, text)
    print(f"Wrote {counted(count, 'line')} of the child's history to {args.output}.")
    print("This file is NOT encrypted: only you can read it on this computer; delete it when "
          "it is no longer needed.")
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from directwork.store.views.history import KIND_WORDS

    p = sub.add_parser("history", help="write a child's history (who, what, laptop, when) as CSV",
                       description="The child's History tab: who viewed and changed what, on "
                                   "which laptop and when, oldest first (NOT encrypted).")
    p.add_argument("child_id", metavar="CHILD_ID")
    p.add_argument("--kind", choices=sorted(KIND_WORDS), help="only this kind of record")
    p.add_argument("--person", metavar="PRACTITIONER_ID", help="only this practitioner's doings")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.csv")
    p.set_defaults(func=cmd_history)
