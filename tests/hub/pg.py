"""A real PostgreSQL server for the hub's tests: a throwaway cluster in a temporary folder,
on a free loopback port, started once per test run and stopped at its end.

`make test` installs the distribution's `postgresql` package when it is missing
(.ci/system-deps). Without it the PostgreSQL tests are skipped on a developer's machine but
FAIL under CI=true, so a CI run can never pass without having run them.
"""

from __future__ import annotations

import atexit
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import uuid
from pathlib import Path

import pytest

_lock = threading.Lock()
_cluster: PostgresCluster | None = None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def find_bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("pg_ctl")
    return Path(on_path).parent if on_path else None


class PostgresCluster:
    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="directwork-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.as_root = os.geteuid() == 0

    def _run(self, *args: str) -> None:
        cmd = [str(self.bin_dir / args[0]), *args[1:]]
        if self.as_root:
            # initdb refuses to run as root: the cluster belongs to the postgres user.
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        if self.as_root:
            shutil.chown(self.root, "postgres")
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "--encoding=UTF8", "--no-sync")
        options = (f"-c listen_addresses=127.0.0.1 -c port={self.port} -c fsync=off "
                   f"-c unix_socket_directories={self.root} -c max_connections=300 "
                   "-c synchronous_commit=off -c full_page_writes=off")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-w", "-t", "60",
                  "-l", str(self.root / "log"), "start")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        except (subprocess.SubprocessError, OSError):
            pass
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A fresh empty database; returns its SQLAlchemy URL."""
        import psycopg

        name = "hub_" + uuid.uuid4().hex[:12]
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def cluster() -> PostgresCluster:
    """The run's one cluster, started on first use. Skips (or fails under CI) when PostgreSQL
    is not installed."""
    global _cluster
    with _lock:
        if _cluster is None:
            bin_dir = find_bin_dir()
            if bin_dir is None:
                message = ("PostgreSQL is not installed (no pg_ctl under /usr/lib/postgresql); "
                           "`make test` installs it with .ci/system-deps")
                if os.environ.get("CI", "").lower() == "true":
                    pytest.fail(message)
                pytest.skip(message)
            started = PostgresCluster(bin_dir)
            started.start()
            atexit.register(started.stop)
            _cluster = started
        return _cluster
