"""A real hub over HTTPS on loopback, with a certificate authority made by the test (trustme),
and laptops (real encrypted vaults) that enrol with it. Used by tests/hub, tests/sync and the
end-to-end tests; the hub runs on SQLite or on the run's PostgreSQL server."""

from __future__ import annotations

import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import trustme
import uvicorn
from sqlalchemy import select

from directwork.domain import codec
from directwork.domain.records import RECORD_KINDS
from directwork.hub import admin
from directwork.hub.app import create_app
from directwork.hub.db import HubDatabase
from directwork.hub.schema import Practitioner
from directwork.store import records
from directwork.store.keyfile import KdfParams
from directwork.store.vault import Vault
from directwork.sync.client import SyncClient
from tests.hub import pg

PASSPHRASE = "a long test passphrase"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Tls:
    """A CA made for this run, and a certificate it issued for 127.0.0.1."""

    def __init__(self, folder: Path) -> None:
        self.ca = trustme.CA()
        cert = self.ca.issue_cert("127.0.0.1", "localhost")
        folder.mkdir(parents=True, exist_ok=True)
        self.ca_file = folder / "ca.pem"
        self.cert_file = folder / "hub-cert.pem"
        self.key_file = folder / "hub-key.pem"
        self.ca.cert_pem.write_to_path(str(self.ca_file))
        cert.private_key_pem.write_to_path(str(self.key_file))
        with open(self.cert_file, "wb") as fh:
            for blob in cert.cert_chain_pems:
                fh.write(blob.bytes())


class HubServer:
    """uvicorn serving the hub app on a thread, bound to 127.0.0.1 on a free port."""

    def __init__(self, db: HubDatabase, tls: Tls | None) -> None:
        self.db = db
        self.tls = tls
        self.port = free_port()
        ssl = {"ssl_certfile": str(tls.cert_file), "ssl_keyfile": str(tls.key_file)} if tls else {}
        config = uvicorn.Config(create_app(db), host="127.0.0.1", port=self.port,
                                log_level="error", lifespan="on", timeout_keep_alive=5,
                                timeout_graceful_shutdown=1, **ssl)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        scheme = "https" if self.tls else "http"
        return f"{scheme}://127.0.0.1:{self.port}"

    def __enter__(self) -> HubServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the hub did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)

    # Administration, as `directwork-hub` does it, on the same database.
    def add_practitioner(self, name: str, team: str = "", manager: bool = False) -> str:
        with self.db.writing() as s:
            if team and s.get(admin.Team, team) is None:
                admin.add_team(s, team)
            return admin.add_practitioner(s, name, team=team, manager=manager).id

    def enrol_code(self, practitioner: str, hours: float = 1.0) -> str:
        """A code, as `enrol-code` makes it; ``hours`` at or below 0 gives one already
        expired (which the command itself refuses to make)."""
        from sqlalchemy import update

        from directwork.hub.schema import EnrolCode

        with self.db.writing() as s:
            code, expires = admin.new_enrol_code(s, practitioner,
                                                 lifetime=timedelta(hours=max(hours, 1.0)))
            if hours <= 0:
                s.execute(update(EnrolCode).where(EnrolCode.code_hash == admin._code_hash(code))
                          .values(expires_at=expires - timedelta(hours=1 - hours)))
            return code


def hub_database(backend: str, folder: Path) -> HubDatabase:
    url = pg.cluster().new_database() if backend == "postgres" else f"sqlite:///{folder / 'hub.db'}"
    db = HubDatabase(url)
    db.migrate()
    return db


class Laptop:
    """One practitioner's laptop: a real vault and its sync client."""

    def __init__(self, folder: Path, name: str, *, tls: Tls | None, **client_options) -> None:
        self.vault, _ = Vault.create(folder / name, PASSPHRASE, practitioner_name=name,
                                     kdf=KdfParams.fast_for_tests())
        self.tls = tls
        self.client = SyncClient(self.vault, backoff=0.01, **client_options)

    def enrol(self, hub: HubServer, practitioner: str, url: str | None = None) -> None:
        self.client.enrol(url or hub.url, hub.enrol_code(practitioner),
                          ca_file=str(self.tls.ca_file) if self.tls else "")

    def sync(self):
        return self.client.sync()

    def close(self) -> None:
        self.vault.lock()


@pytest.fixture(scope="session")
def tls(tmp_path_factory: pytest.TempPathFactory) -> Tls:
    return Tls(tmp_path_factory.mktemp("tls"))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def hub(request: pytest.FixtureRequest, tmp_path: Path, tls: Tls) -> Iterator[HubServer]:
    """A running hub over HTTPS, on SQLite and on PostgreSQL."""
    db = hub_database(request.param, tmp_path)
    with HubServer(db, tls) as server:
        yield server
    db.dispose()


@pytest.fixture
def pg_hub(tmp_path: Path, tls: Tls) -> Iterator[HubServer]:
    """A running hub over HTTPS on PostgreSQL only, for tests of what only it does (locks
    taken side by side, statements sent straight to its driver)."""
    db = hub_database("postgres", tmp_path)
    with HubServer(db, tls) as server:
        yield server
    db.dispose()


@pytest.fixture
def sqlite_hub(tmp_path: Path, tls: Tls) -> Iterator[HubServer]:
    """A running hub over HTTPS on SQLite only, for tests about the protocol, not the storage."""
    db = hub_database("sqlite", tmp_path)
    with HubServer(db, tls) as server:
        yield server
    db.dispose()


@pytest.fixture
def new_laptop(tmp_path: Path, tls: Tls) -> Iterator[Callable[..., Laptop]]:
    """Makes laptops (real vaults) that trust the test's CA; locks them at the end."""
    made: list[Laptop] = []

    def make(name: str, **client_options) -> Laptop:
        laptop = Laptop(tmp_path / "laptops", name, tls=tls, **client_options)
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.close()


@pytest.fixture
def enrolled_laptop(new_laptop: Callable[..., Laptop]) -> Callable[..., Laptop]:
    """Makes a laptop enrolled with ``hub`` for ``practitioner``, whom the hub is told of first
    (in ``team``) unless it knows them already: how most hub and sync tests begin. The
    laptop is named after the practitioner unless ``name`` is given."""

    def make(hub: HubServer, practitioner: str, name: str = "", *, team: str = "",
             **client_options) -> Laptop:
        with hub.db.reading() as s:
            known = s.execute(select(Practitioner.id).where(
                Practitioner.name == practitioner)).first() is not None
        if not known:
            hub.add_practitioner(practitioner, team=team)
        laptop = new_laptop(name or practitioner.lower(), **client_options)
        laptop.enrol(hub, practitioner)
        return laptop

    return make


def holdings(laptop: Laptop) -> set[bytes]:
    """Every stored record (each revision and entry) on a laptop, as canonical JSON."""
    with laptop.vault.session() as s:
        return {codec.canonical_json(codec.record_to_dict(r))
                for r in records.iter_all(s, RECORD_KINDS.values())}


def backup_hub(db: HubDatabase, dest: Path) -> Path:
    """A copy of the hub's database as an administrator would take it: SQLite's online backup,
    or pg_dump."""
    if db.engine.dialect.name == "sqlite":
        import sqlite3

        source = sqlite3.connect(db.engine.url.database or "")
        target = sqlite3.connect(dest)
        with target:
            source.backup(target)
        source.close()
        target.close()
        return dest
    bin_dir = pg.find_bin_dir()
    assert bin_dir is not None
    subprocess.run([str(bin_dir / "pg_dump"), "-Fc", "-f", str(dest), "-d", _libpq(db)],
                   check=True, capture_output=True, timeout=120)
    return dest


def restore_hub(db: HubDatabase, backup: Path) -> None:
    """Put the hub's database back as it was in ``backup`` (the hub keeps running; its
    connections are closed first, as a restart would)."""
    db.engine.dispose()
    if db.engine.dialect.name == "sqlite":
        import sqlite3

        source = sqlite3.connect(backup)
        target = sqlite3.connect(db.engine.url.database or "")
        with target:
            source.backup(target)
        source.close()
        target.close()
        return
    bin_dir = pg.find_bin_dir()
    assert bin_dir is not None
    subprocess.run([str(bin_dir / "pg_restore"), "--clean", "--if-exists", "--single-transaction",
                    "-d", _libpq(db), str(backup)], check=True, capture_output=True, timeout=120)
    db.engine.dispose()


def _libpq(db: HubDatabase) -> str:
    url = db.engine.url
    return f"postgresql://{url.username}@{url.host}:{url.port}/{url.database}"


def drop_connections(db: HubDatabase, pid: int | None = None) -> None:
    """PostgreSQL drops a connection to ``db`` (its server process ``pid``), or every one (a
    restart), as the server would."""
    import psycopg

    with psycopg.connect(db.engine.url.render_as_string(hide_password=False).replace(
            "postgresql+psycopg", "postgresql"), autocommit=True) as other:
        if pid is not None:
            other.execute("SELECT pg_terminate_backend(%s)", [pid])
        else:
            other.execute("SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
                          "WHERE datname = current_database() AND pid <> pg_backend_pid()")
