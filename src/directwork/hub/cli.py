"""The `directwork-hub` command: set up, run and administer the team's hub.

Data lives in ./hub-data/ (a SQLite file) unless --db names a database (PostgreSQL:
``postgresql+psycopg://user@host/db``). Exit codes: 0 success, 1 a refusal (one line on
stderr), 2 a broken audit chain.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import sys
from pathlib import Path

from sqlalchemy import make_url
from sqlalchemy.exc import OperationalError

from directwork.core.whole_files import write_whole
from directwork.hub import admin, audit
from directwork.hub.admin import HubError
from directwork.hub.db import CONNECTIONS_PER_PROCESS, HubDatabase, database_url


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
    serve.add_argument("--workers", type=_workers, default="auto",
                       help="processes serving requests: a number (more than 1 needs "
                            "PostgreSQL), or auto (the default): one per core on PostgreSQL, "
                            "as many as its max_connections allows at "
                            f"{CONNECTIONS_PER_PROCESS} each; 1 on SQLite")
    add("add-team", "add a team").add_argument("name")
    p = add("add-practitioner", "add a practitioner")
    p.add_argument("name")
    p.add_argument("--team", default="")
    p.add_argument("--manager", action="store_true", help="a team manager reads the team's cases")
    p = add("enrol-code", "make a one-time code that enrols one laptop")
    p.add_argument("practitioner")
    p.add_argument("--hours", type=float, default=24.0, help="how long the code works")
    add("list-devices", "list laptops: active, unconfirmed (with when their code expires), "
                        "retiring, retired, revoked")
    add("revoke-device", "a lost or stolen laptop: withdraw its access at once (it hands in, "
                         "once, what never reached the hub, then wipes its store)"
        ).add_argument("device_id")
    add("retire-device", "a laptop leaving service: at its next sync it sends what is waiting, "
                         "hands in what the hub does not hold, then wipes").add_argument("device_id")
    p = add("quarantine", "withdraw a stored record: kept on the hub, sent to no laptop")
    p.add_argument("record", metavar="RECORD", help="the record's id")
    p.add_argument("--rev", default="", help="only this revision of a document")
    p.add_argument("--reason", required=True, help="why (kept in the audit log)")
    p = add("release", "send a withdrawn record out again")
    p.add_argument("record", metavar="RECORD", help="the record's id")
    p.add_argument("--rev", default="", help="only this revision of a document")
    add("list-quarantined", "list withdrawn records")
    p = add("check-records", "check every stored record against the record schema")
    p.add_argument("--quarantine", action="store_true",
                   help="withdraw each record that fails it")
    p = add("handed-in", "list what retired and revoked laptops handed in")
    p.add_argument("-o", "--output", type=Path, metavar="FILE.json",
                   help="also write the records themselves (NOT encrypted), to import on a "
                        "laptop with `directwork import`")
    add("restored", "after restoring the hub from a backup: start a new epoch, so every "
                    "laptop sends again what the hub lacks and reads the feed from the start; "
                    "lists the laptops it lets sync, to revoke again any revoked since")
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
    except OperationalError as exc:
        # The database is not there, refuses us, or its disk is full: said in one line (the
        # password never), nothing done, as for any other refusal.
        where = make_url(db.url).render_as_string(hide_password=True)
        said = str(exc.orig or exc).strip().splitlines()[0]
        print(f"directwork-hub: the hub's database ({where}) could not be used: {said}",
              file=sys.stderr)
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
                state = d.state
                if d.expires_at is not None:
                    state += f" (code {'expired' if d.state == 'expired' else 'expires'} " \
                             f"{d.expires_at.isoformat(timespec='minutes')})"
                seen = d.last_seen.isoformat(timespec="seconds") if d.last_seen else "never"
                print(f"{d.id}  {d.practitioner}  {d.name or '-'}  {state}  last seen {seen}")
        return 0
    if args.command == "list-quarantined":
        with db.reading() as session:
            for q in admin.quarantined(session):
                rev = f" revision {q.rev}" if q.rev else ""
                print(f"{q.kind} {q.record_id}{rev}  child {q.child_id}  withdrawn "
                      f"{q.at.isoformat(timespec='seconds')}: {q.reason}")
        return 0
    if args.command == "handed-in":
        return _handed_in(db, args.output)
    if args.command == "check-records":
        return _check_records(db, quarantine=args.quarantine)
    with db.writing() as session:
        if args.command == "add-team":
            admin.add_team(session, args.name)
            print(f"team {args.name} added")
        elif args.command == "add-practitioner":
            who = admin.add_practitioner(session, args.name, team=args.team, manager=args.manager)
            print(f"practitioner {who.name} added (id {who.id})")
        elif args.command == "enrol-code":
            code, expires = admin.new_enrol_code(session, args.practitioner,
                                                 lifetime=admin.code_lifetime(args.hours))
            print(f"Enrolment code for {args.practitioner}, usable once until "
                  f"{expires.isoformat(timespec='minutes')}:")
            print(f"code: {code}")
        elif args.command == "revoke-device":
            admin.revoke_device(session, args.device_id)
            print("device revoked: at its next sync it hands in what never reached the hub "
                  "(see handed-in), then wipes its store")
        elif args.command == "retire-device":
            admin.retire_device(session, args.device_id)
            print("device retiring: at its next sync it sends what is waiting, hands in what "
                  "the hub does not hold, then wipes its store")
        elif args.command == "quarantine":
            n = admin.quarantine(session, args.record, args.reason, rev=args.rev)
            print(f"withdrawn ({_versions(n)}): no laptop is sent it from now on"
                  if n else "already withdrawn")
        elif args.command == "release":
            n = admin.release(session, args.record, rev=args.rev)
            print(f"released ({_versions(n)}): laptops receive it at their next sync"
                  if n else "it was not withdrawn")
        elif args.command == "restored":
            admin.new_epoch(session, "the administrator restored the hub from a backup")
            print("new epoch started: at its next sync each laptop sends again what the hub "
                  "lacks and reads everything from the start")
            # The backup holds the devices as they were: a laptop revoked (lost or stolen) or
            # retired since it was made may sync again until it is revoked again.
            allowed = [d for d in admin.list_devices(session)
                       if d.state not in ("revoked", "retired")]
            print("the backup does not know of laptops revoked or retired after it was made: "
                  "revoke again (revoke-device) any of these that was"
                  if allowed else "no laptop may sync with the restored hub yet")
            for d in allowed:
                print(f"  {d.id}  {d.practitioner}  {d.name or '-'}  {d.state}")
        elif args.command == "assign":
            admin.assign(session, args.child, args.practitioner)
            print("child assigned")
        elif args.command == "transfer":
            n = admin.transfer(session, args.child, args.from_practitioner, args.to_practitioner)
            print(f"case transferred with {n} records")
    return 0


def _versions(n: int) -> str:
    return f"{n} stored version{'' if n == 1 else 's'}"


def _check_records(db: HubDatabase, *, quarantine: bool) -> int:
    with db.reading() as session:
        unfit = admin.check_records(session)
    for u in unfit:
        rev = f" revision {u.rev}" if u.rev else ""
        print(f"{u.kind} {u.record_id}{rev}: {u.reason}")
    if quarantine and unfit:
        with db.writing() as session:
            for u in unfit:
                admin.quarantine(session, u.record_id, f"fails the record schema: {u.reason}",
                                 rev=u.rev)
        print(f"{len(unfit)} record{'' if len(unfit) == 1 else 's'} withdrawn")
    elif not unfit:
        print("every stored record passes the record schema")
    return 0 if quarantine or not unfit else 1


def _handed_in(db: HubDatabase, output: Path | None) -> int:
    with db.reading() as session:
        items = admin.handed_in(session)
    for h in items:
        print(f"{h.at.isoformat(timespec='seconds')}  {h.practitioner}  device {h.device_id}  "
              f"{h.kind} {h.record_id}: {h.reason or '-'}")
    if not items:
        print("nothing has been handed in")
    if output is not None:
        records = []
        for h in items:
            try:
                records.append(json.loads(h.payload))
            except ValueError:
                continue
        text = json.dumps({"format": "directwork-interchange", "version": 1,
                           "exported_by": {"system": "directwork-hub handed-in"},
                           "records": records}, ensure_ascii=False, indent=1) + "\n"
        try:
            # 0600, never over an existing file, whole or not at all (core.whole_files).
            write_whole(output, text.encode("utf-8"))
        except FileExistsError:
            raise HubError(f"{output} already exists; choose a new file name") from None
        except OSError as exc:
            raise HubError(f"{output} could not be written ({exc.strerror or exc}); nothing was "
                           "written") from None
        count = f"{len(records)} record{'' if len(records) == 1 else 's'}"
        print(f"{count} written to {output} (NOT encrypted: keep it safe and delete it once "
              "imported)")
    return 0


def _workers(text: str) -> int | str:
    """``--workers``: "auto" or a whole number of at least 1."""
    if text == "auto":
        return text
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not auto or a number of 1 or more")
    return n


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
    if args.workers == "auto":
        args.workers = db.processes_to_serve()
        if args.workers > 1:
            print(f"Serving from {args.workers} processes (one per core, as PostgreSQL's "
                  "connections allow; --workers sets another number).", file=sys.stderr)
    if args.workers > 1:
        if db.engine.dialect.name == "sqlite":
            raise HubError("more than one worker needs PostgreSQL (--db postgresql+psycopg://...)")
        # Each worker process builds its own app and connection pool from the URL.
        os.environ[DB_URL_VARIABLE] = db.url
        from directwork.hub.serving import run_processes

        run_processes("directwork.hub.app:app_from_environment", workers=args.workers,
                      host=args.host, port=args.port, certfile=certfile, keyfile=keyfile)
        return 0
    from directwork.hub.serving import ready_to_serve

    app = create_app(db)
    ready_to_serve()
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning",
                ssl_certfile=certfile, ssl_keyfile=keyfile)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
