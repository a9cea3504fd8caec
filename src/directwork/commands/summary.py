"""`directwork summary`: print a child's, carers' or multi-agency summary to a PDF file; with
``--given``, also record in the case which summary was given to whom, when, in which language,
how (saved and given) and what it withheld (counts by kind, never the words). Writing the file
alone records nothing: a summary is given only when the practitioner says the child or carer
has it.

A child's or carers' copy with lines the practitioner must check (a name, place or number
taken out, a part left out, a word close to a withheld name) is written only with --checked:
without it the command lists those lines as the copy will show them and writes nothing."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import datetime
from pathlib import Path

from directwork.cli import EXIT_OK, UserError
from directwork.commands import counted, open_vault, outside_data_folder
from directwork.domain.records import (
    SummaryAudience,
    SummaryGiven,
    SummaryHandover,
    SummaryLanguage,
)
from directwork.reports.words import LONDON
from directwork.store.private_files import os_error, write_private

LANGUAGE_NAMES = {SummaryLanguage.EN: "English", SummaryLanguage.CY: "Welsh",
                  SummaryLanguage.BOTH: "Welsh and English"}
AUDIENCE_NAMES = {SummaryAudience.CHILD: "child's summary", SummaryAudience.CARER:
                  "carers' summary", SummaryAudience.AGENCY: "multi-agency plan"}


def _check_output(path: Path, force: bool) -> None:
    """Refuse a place the PDF cannot go before anything is built or recorded."""
    if path.suffix.lower() != ".pdf":
        raise UserError(f"{path} does not end in .pdf; choose a file name like summary.pdf")
    if not path.parent.is_dir():
        raise UserError(f"the folder {path.parent} does not exist; nothing was written")
    if path.is_dir():
        raise UserError(f"{path} is a folder; choose a file name like summary.pdf")
    if path.exists() and not force:
        raise UserError(f"{path} already exists; choose another name, or add --force to replace it")


def _write(path: Path, pdf: bytes, force: bool) -> None:
    """Write the PDF (0600, synced); a failure leaves no part-written file (and, with
    ``force``, the old one as it was)."""
    try:
        write_private(path, pdf, replace=force)
    except FileExistsError:
        raise UserError(f"{path} already exists; choose another name, or add --force to replace it"
                        ) from None
    except OSError as exc:
        raise os_error(exc, path.parent) from None


def _pages(pdf: bytes) -> int:
    # ReportLab writes each page as a plain "/Type /Page" object (no object streams), so this
    # count needs no PDF reader, which an installed app does not carry.
    return len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", pdf))


def _lines_to_check(built: object) -> list[str]:
    """The lines of a copy to check, as the copy shows them (never the withheld words)."""
    from directwork.domain.giving import Change
    from directwork.reports import BuiltSummary

    assert isinstance(built, BuiltSummary)
    if built.check is None:
        return []
    reasons = {Change.PERSON: "a name taken out", Change.PLACE: "a place taken out",
               Change.NUMBER: "a phone number taken out", Change.EMAIL: "an email taken out",
               Change.SPEAKER: "speaker shown by role", Change.LEFT_OUT: "left out whole"}
    out = []
    for line in built.check.lines:
        why = [reasons[c] for c in line.changes if c in reasons]
        why += [f"close to a withheld name: {', '.join(line.close)}"] if line.close else []
        shown = line.after or "(left out)"
        out.append(f"  {line.where}: {shown!r} ({'; '.join(why)})")
    return out


def cmd_summary(args: argparse.Namespace) -> int:
    from directwork.reports import build_checked_summary, default_language, printing_policy
    from directwork.store.case import load_case
    from directwork.store.context import now_of
    from directwork.store.summaries import record_given

    output: Path = args.output.expanduser()
    _check_output(output, args.force)
    outside_data_folder(output, args)
    audience = SummaryAudience(args.audience)
    vault = open_vault(args)
    try:
        with vault.session() as session:
            case = load_case(session, args.child_id, plan_id=args.plan)
            now: datetime = now_of(session)
        language = SummaryLanguage(args.lang) if args.lang else default_language(case.child)
        built = build_checked_summary(case, audience, language,
                                      today=now.astimezone(LONDON).date(),
                                      policy=printing_policy())
        lines = _lines_to_check(built)
        if lines and not args.checked:
            print("Check these lines of the copy before giving it:", file=sys.stderr)
            print("\n".join(lines), file=sys.stderr)
            raise UserError(f"{counted(len(lines), 'line')} of this copy were changed or look close to "
                            "a withheld name; check them (above, or in the app's summary "
                            "preview), then run again with --checked. Nothing was written")
        pdf = built.pdf
        replaced = output.exists()
        _write(output, pdf, args.force)
        given_to = args.given_to or {
            SummaryAudience.CHILD: case.child.display_name,
            SummaryAudience.CARER: "parents and carers",
            SummaryAudience.AGENCY: "the agencies working with the child",
        }[audience]
        if args.given:
            try:
                with vault.transaction() as session:
                    given = record_given(session, SummaryGiven(
                        child_id=case.child.id, plan_id=case.plan.id if case.plan else None,
                        audience=audience, given_to=given_to, language=language,
                        how=SummaryHandover.SAVED,
                        withheld=built.check.record() if built.check else {}))
            except BaseException:
                if not replaced:
                    output.unlink(missing_ok=True)  # a summary given is a summary recorded
                raise
            assert given.given_at is not None
            now = given.given_at
    finally:
        vault.lock()
    print(f"Wrote {output}: the {AUDIENCE_NAMES[audience]} in {LANGUAGE_NAMES[language]}, "
          f"{counted(_pages(pdf), 'page')}.")
    if args.given:
        print(f"Recorded as saved and given to {given_to} on {now.astimezone(LONDON):%d %B %Y}.")
    else:
        print(f"Not recorded as given. Once it is given to {given_to}, record it in the app, "
              "or run this again with --given.")
    print("A saved PDF is not encrypted: keep it safe, and delete it once it has been printed "
          "or handed over.", file=sys.stderr)
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "summary", help="print a child's, carers' or multi-agency summary to a PDF",
        description="Build a printable summary of a child's safety plan; with --given, record "
                    "that it was given. What each audience sees is decided by the redaction "
                    "policy. The PDF is not encrypted.")
    p.add_argument("child_id", metavar="CHILD_ID", help="the child's id")
    p.add_argument("--audience", required=True, choices=[a.value for a in SummaryAudience],
                   help="who the summary is for")
    p.add_argument("--lang", choices=[lang.value for lang in SummaryLanguage], default=None,
                   help="en, cy or both (Welsh first); default: from the child's language "
                        "preference")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf",
                   help="where to write the PDF")
    p.add_argument("--given", action="store_true",
                   help="record that this PDF is given now (saved and given) to --given-to")
    p.add_argument("--given-to", metavar="NAME", default="",
                   help="who it is given to (default: the child, 'parents and carers' or "
                        "'the agencies working with the child')")
    p.add_argument("--plan", metavar="PLAN_ID", default=None,
                   help="which safety plan (default: the plan in force)")
    p.add_argument("--force", action="store_true", help="replace FILE.pdf if it exists")
    p.add_argument("--checked", action="store_true",
                   help="the lines of a child's or carers' copy that were changed or look close "
                        "to a withheld name have been checked (without it such a copy is not "
                        "written: the lines are listed instead)")
    p.set_defaults(func=cmd_summary)
