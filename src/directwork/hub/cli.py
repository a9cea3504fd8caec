"""The `directwork-hub` command: set up, run and administer the team's hub.

Data lives in ./hub-data/ (a SQLite file) unless --db names a database (PostgreSQL:
``postgresql+psycopg://user@host/db``). Exit codes: 0 success, 1 a refusal (one line on
stderr), 2 a broken audit chain.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import sys
from datetime import timedelta
from pathlib import Path

from directwork.hub import admin, audit
from directwork.hub.admin import HubError
from directwork.hub.db import HubDatabase, database_url


def _common(*, defaults: bool) -> argparse.ArgumentParser:
    """--db and --data-dir, accepted before or after the command. After it they carry no
    default, or a subcommand would silently undo what was given before it."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=None if defaults else argparse.SUPPRESS,
                        help="database URL (default: a SQLite file in --data-dir)")
    common.add_argument("--data-dir", type=Path,
                        default=Path("hub-data") if defaults else argparse.SUPPRESS,
                        help="where the SQLite database lives (default: ./hub-data)")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common(defaults=False)
    parser = argparse.ArgumentParser(prog="directwork-hub", parents=[_common(defaults=True)],
                                     description="The team's directwork sync hub.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(name: str, help_: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_, parents=[common])

    add("init", "create or upgrade the hub's database")
    serve = add("serve", "run the hub")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.add_argument("--cert", type=Path, help="TLS certificate chain (PEM)")
    serve.add_argument("--key", type=Path, help="TLS private key (PEM)")
    serve.add_argument("--workers", type=int, default=1,
                       help="processes serving requests (PostgreSQL; default 1)")
    add("add-team", "add a team").add_argument("name")
    p = add("add-practitioner", "add a practitioner")
    p.add_argument("name")
    p.add_argument("--team", default="")
    p.add_argument("--manager", action="store_true", help="a team manager reads the team's cases")
    p = add("enrol-code", "make a one-time code that enrols one laptop")
    p.add_argument("practitioner")
    p.add_argument("--hours", type=float, default=24.0, help="how long the code works")
    add("list-devices", "list enrolled laptops")
    add("revoke-device", "withdraw a laptop's access (it wipes its store)").add_argument("device_id")
    p = add("assign", "put a child on a practitioner's caseload")
    p.add_argument("child")
    p.add_argument("practitioner")
    p = add("transfer", "move a child's case, with its history, to another practitioner")
    p.add_argument("child")
    p.add_argument("from_practitioner", metavar="FROM")
    p.add_argument("to_practitioner", metavar="TO")
    p = add("audit", "check the hub's audit log")
    p.add_argument("action", choices=["verify"])
    return parser


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    db = HubDatabase(database_url(args.db, args.data_dir))
    try:
        return _run(args, db)
    except HubError as exc:
        print(f"directwork-hub: {exc.message}", file=sys.stderr)
        return 1
    finally:
        db.dispose()


def _run(args: argparse.Namespace, db: HubDatabase) -> int:
    db.migrate()
    if args.command == "init":
        print("hub database ready")
        return 0
    if args.command == "serve":
        return _serve(args, db)
    if args.command == "audit":
        with db.reading() as session:
            ok, message, _ = audit.verify(session)
        print(message, file=sys.stdout if ok else sys.stderr)
        return 0 if ok else 2
    if args.command == "list-devices":
        with db.reading() as session:
            for d in admin.list_devices(session):
                state = "revoked" if d.revoked else "active"
                seen = d.last_seen.isoformat(timespec="seconds") if d.last_seen else "never"
                print(f"{d.id}  {d.practitioner}  {d.name or '-'}  {state}  last seen {seen}")
        return 0
    with db.writing() as session:
        if args.command == "add-team":
            admin.add_team(session, args.name)
            print(f"team {args.name} added")
        elif args.command == "add-practitioner":
            who = admin.add_practitioner(session, args.name, team=args.team, manager=args.manager)
            print(f"practitioner {who.name} added (id {who.id})")
        elif args.command == "enrol-code":
            code, expires = admin.new_enrol_code(session, args.practitioner,
                                                 lifetime=timedelta(hours=args.hours))
            print(f"Enrolment code for {args.practitioner}, usable once until "
                  f"{expires.isoformat(timespec='minutes')}:")
            print(f"code: {code}")
        elif args.command == "revoke-device":
            admin.revoke_device(session, args.device_id)
            print("device revoked: its next sync will wipe its store")
        elif args.command == "assign":
            admin.assign(session, args.child, args.practitioner)
            print("child assigned")
        elif args.command == "transfer":
            n = admin.transfer(session, args.child, args.from_practitioner, args.to_practitioner)
            print(f"case transferred with {n} records")
    return 0


def _serve(args: argparse.Namespace, db: HubDatabase) -> int:
    import uvicorn

    from directwork.hub.app import DB_URL_VARIABLE, create_app

    if (args.cert is None) != (args.key is None):
        raise HubError("give both --cert and --key, or neither")
    if args.cert is None and not _is_loopback(args.host):
        raise HubError("without --cert and --key the hub only listens on this machine "
                       "(127.0.0.1); records must not cross a network unencrypted")
    certfile = str(args.cert) if args.cert else None
    keyfile = str(args.key) if args.key else None
    if args.workers > 1:
        if db.engine.dialect.name == "sqlite":
            raise HubError("more than one worker needs PostgreSQL (--db postgresql+psycopg://...)")
        # Each worker process builds its own app and connection pool from the URL.
        os.environ[DB_URL_VARIABLE] = db.url
        uvicorn.run("directwork.hub.app:app_from_environment", factory=True,
                    workers=args.workers, host=args.host, port=args.port, log_level="warning",
                    ssl_certfile=certfile, ssl_keyfile=keyfile)
        return 0
    uvicorn.run(create_app(db), host=args.host, port=args.port, log_level="warning",
                ssl_certfile=certfile, ssl_keyfile=keyfile)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
