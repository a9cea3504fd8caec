"""demo: fill a vault with a fictional caseload, for training and trying the app."""

from __future__ import annotations

import argparse
import secrets
import time

from directwork.cli import EXIT_OK, UserError
from directwork.commands import open_vault

MAX_CHILDREN = 5_000


def cmd_demo(args: argparse.Namespace) -> int:
    from directwork.store.demo import generate, real_children
    from directwork.store.demo_words import DEMO_TEAM

    if not 1 <= args.children <= MAX_CHILDREN:
        raise UserError(f"--children must be between 1 and {MAX_CHILDREN:,}")
    seed = args.seed if args.seed is not None else secrets.randbelow(1_000_000)
    vault = open_vault(args)
    try:
        with vault.session() as session:
            real = real_children(session)
        if real and not args.force:
            raise UserError(
                f"this vault holds {real} real child(ren); a demo caseload would mix fictional "
                "children in with them. Use a separate vault (--data-dir), or --force")
        started = time.perf_counter()
        with vault.transaction() as session:
            ids = generate(session, args.children, seed=seed)
        took = time.perf_counter() - started
    finally:
        vault.lock()
    print(f"Added {len(ids)} fictional child(ren) to the demo caseload in {took:.1f} s "
          f"(seed {seed}; the same seed gives the same caseload).")
    print(f'Every demo child is on the team "{DEMO_TEAM}" and every place is marked (fictional).')
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", help="add a fictional caseload (for training and trying the app)")
    p.add_argument("--children", type=int, required=True, metavar="N")
    p.add_argument("--seed", type=int, help="repeat a caseload: the same seed gives the same one")
    p.add_argument("--force", action="store_true",
                   help="add demo children even though the vault holds real children")
    p.set_defaults(func=cmd_demo)
