"""`directwork due`: the practice check from the command line, as plain aligned text for a
morning print-out, or as JSON for scripts.

It lists what the dashboard lists, from the same read model (``store.practice.due_items``):
what must be done now (a disclosure not yet passed on, immediate danger), reviews overdue or due
within the week, key-moment responses still open, concerns and referrals and their clocks, plans
that cannot be relied on, children not seen for too long, and children whose worker changed
recently. Overdue first. The JSON names the policy rule behind each deadline: its figure,
whether it is national guidance or a local choice, and its sources.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from directwork.cli import EXIT_OK, UserError
from directwork.commands import open_vault
from directwork.domain.policy import Policy, PolicyError, load_policy
from directwork.domain.rules.practice_check import Category, DueItem
from directwork.domain.rules.workdays import LONDON, format_due


def _as_of(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date and time; write it like 2026-03-09T08:00") from None
    # A time without a zone is London time, as a practitioner would mean it.
    return moment.replace(tzinfo=LONDON) if moment.tzinfo is None else moment


def render_text(items: Sequence[DueItem], now: datetime, children: int) -> str:
    """The morning print-out: overdue first, then everything else, grouped by kind of item,
    with the due time, the child and what to do in aligned columns."""
    overdue = [i for i in items if i.overdue]
    rest = [i for i in items if not i.overdue]
    lines = [f"Practice check, {format_due(now)}: {len(items)} item"
             f"{'' if len(items) == 1 else 's'}, {len(overdue)} overdue "
             f"({children} child{'' if children == 1 else 'ren'} checked)"]
    if not items:
        lines += ["", "Nothing due."]
        return "\n".join(lines) + "\n"
    due_width = max(len(i.due_text or "-") for i in items)
    name_width = max(len(i.child_name) for i in items)
    for heading, group in (("OVERDUE", overdue), ("TO DO", rest)):
        if not group:
            continue
        lines += ["", f"{heading} ({len(group)})"]
        for category in Category:
            in_category = [i for i in group if i.category is category]
            if not in_category:
                continue
            lines.append(f"  {category.label}")
            for item in in_category:
                lines.append(f"    {(item.due_text or '-'):<{due_width}}  "
                             f"{item.child_name:<{name_width}}  {item.what}")
    return "\n".join(lines) + "\n"


def render_json(items: Sequence[DueItem], now: datetime, children: int, policy: Policy) -> str:
    counts: dict[str, int] = {c.value: 0 for c in Category}
    for item in items:
        counts[item.category.value] += 1
    return json.dumps({
        "as_of": now.astimezone(UTC).isoformat(),
        "children_checked": children,
        "policy": list(policy.sources),
        "total": len(items),
        "overdue": sum(1 for i in items if i.overdue),
        "counts": counts,
        "items": [i.to_json(policy) for i in items],
    }, indent=2, ensure_ascii=False) + "\n"


def cmd_due(args: argparse.Namespace) -> int:
    from directwork.store.practice import children_checked, due_items

    try:
        policy = load_policy(args.policy)
    except PolicyError as exc:
        raise UserError(exc.message) from None
    vault = open_vault(args)
    try:
        now = args.as_of or datetime.now(UTC)
        practitioner = vault.practitioner_id if args.mine else None
        with vault.session() as session:
            items = due_items(session, policy, now, practitioner_id=practitioner,
                              team=args.team)
            children = children_checked(session, practitioner_id=practitioner, team=args.team)
    finally:
        vault.lock()
    if args.json:
        sys.stdout.write(render_json(items, now, children, policy))
    else:
        sys.stdout.write(render_text(items, now, children))
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("due", help="list what needs attention: the practice check",
                       description="Reviews, key-moment responses, concerns, referrals, plans, "
                                   "children not seen and worker changes that need attention, "
                                   "overdue first.")
    p.add_argument("--json", action="store_true", help="write JSON for scripts")
    p.add_argument("--team", help="only children of this team")
    p.add_argument("--mine", action="store_true", help="only children whose worker is this vault's practitioner")
    p.add_argument("--policy", type=Path, default=None,
                   help="the service's policy file (default: $DIRECTWORK_POLICY, else the defaults)")
    p.add_argument("--as-of", type=_as_of, default=None, metavar="WHEN",
                   help="check as at this time, e.g. tomorrow morning: 2026-03-10T08:00 "
                        "(London time unless a zone is given)")
    p.set_defaults(func=cmd_due)
