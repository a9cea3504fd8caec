"""`directwork sync`: enrol this laptop with the team's hub (first time, with --hub and
--enrol), then push what is waiting and pull what is new. Prints what moved: changes sent
(and refused), records received, applied and kept aside, and anything healed after a restore.
Exit 0 when everything went up and came down and nothing was refused or kept aside; 1 when
something is left waiting, the hub refused a change, or a record was kept aside."""

from __future__ import annotations

import argparse
import sys

from directwork.cli import UserError
from directwork.commands import open_vault
from directwork.store import sync_state
from directwork.sync.client import DeviceRevoked, SyncClient, SyncError, SyncResult


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("sync", help="sync with the team's hub",
                              description="Send this laptop's changes to the team hub and "
                                          "bring down the team's.")
    p.add_argument("--hub", metavar="URL", help="the hub's address (first time only)")
    p.add_argument("--enrol", metavar="CODE", help="the one-time enrolment code (first time only)")
    p.add_argument("--ca-file", metavar="PEM", default="",
                   help="the certificate authority that signed the hub's certificate, when it "
                        "is not one this computer already trusts")
    p.set_defaults(func=run)


def _tell(message: str) -> None:
    print(f"directwork: {message}", file=sys.stderr)


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _counts(result: SyncResult) -> str:
    """The one line every sync prints: what went up and what came down."""
    duplicates = result.pushed.get("duplicate", 0)
    if not result.sent:
        up = "nothing was waiting to go up"
    else:
        up = f"sent {_n(result.sent, 'change')}"
        if duplicates:
            up += f" ({duplicates} the hub already held, from an earlier attempt or another laptop)"
    return (f"{up}; {result.refused} refused by the hub; received "
            f"{_n(result.received, 'record')}: {result.applied} applied, "
            f"{result.kept_aside} kept aside")


def run(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    try:
        client = SyncClient(vault, on_revoked=lambda m: _tell(
            f"{m}. This laptop's records are being removed now."))
        held = sync_state.enrolment(vault)
        with vault.session() as s:
            enrolled = held is not None and held.confirmed and sync_state.is_enrolled(s)
        if args.hub or args.enrol:
            if enrolled:
                raise UserError("this laptop is already enrolled; run `directwork sync` alone")
            if not (args.hub and args.enrol):
                raise UserError("to enrol, give both --hub URL and --enrol CODE")
            try:
                answer = client.enrol(args.hub, args.enrol, ca_file=args.ca_file)
            except SyncError as exc:
                raise UserError(f"{exc}; nothing was changed") from None
            print(f"enrolled with the hub as {answer.practitioner_name}'s laptop")
        elif held is None:
            raise UserError("this laptop is not enrolled yet: run `directwork sync --hub URL "
                            "--enrol CODE` with a code from the hub's administrator")
        try:
            result = client.sync()
        except DeviceRevoked:
            return 1
        except SyncError as exc:
            done = f" Before it stopped: {_counts(exc.result)}." if exc.result else ""
            raise UserError(f"sync stopped: {exc}.{done} What was sent or received so far is "
                            "kept; run sync again to carry on") from None
    finally:
        vault.lock()
    for healed in result.healed:
        print(f"healed: {healed}")
    print(_counts(result))
    for child_id in result.removed_children:
        print(f"child {child_id} was removed from this caseload (the case moved on)")
    if result.conflicts:
        print(f"{_n(result.conflicts, 'record')} also changed on another laptop: "
              "both versions are kept; open them to merge")
    for kind, record_id, reason in result.rejected:
        _tell(f"the hub refused {kind.replace('_', ' ')} {record_id}: {reason}")
    if result.kept_aside:
        _tell(f"{_n(result.kept_aside, 'record')} from the hub could not be applied on this "
              "laptop: kept aside, encrypted, and listed under Needs attention with the reason")
    if result.pending:
        _tell(f"{_n(result.pending, 'change')} still waiting to go up")
    return 0 if result.complete and not result.rejected and not result.kept_aside else 1
