"""Sync against a real hub process over HTTPS on loopback, PostgreSQL behind it.

1. First sync of a 200-child caseload (about 40,000 records) onto a new laptop, beside its two
   floors: (a) a bare HTTPS GET of the same bytes (the same pages, gzip, one keep-alive
   connection), and (b) the same rows, as the vault holds them, stored into a new SQLCipher
   file (the vault's own settings) with one ``executemany`` per table in one transaction. The
   goal is a first sync within 3x of (a)+(b).
2. A sync with nothing to do (one signed request for the hub's state), beside a bare GET of
   the same bytes on a new connection, as sync opens one, the two taking turns (medians
   compared; the goal: within 2x), and, in turn with them, the hub's answer alone (the same
   signed request with none of the laptop's vault work), which says how the rest divides.
3. 50 laptops syncing at once: errors (goal 0), records per second, p95 request latency.

The first sync also prints the laptop's own share: the same pages decoded, checked and stored
into a vault with no network. Set SYNC_BENCH_CHILDREN to run smaller (the figures say how many
records they cover), SYNC_BENCH_HUB_WORKERS to serve the hub from a given number of
processes (by default as many as `directwork-hub serve` chooses: one per core, as PostgreSQL's
connections allow), and
SYNC_BENCH_SKIP_FLEET=1 to leave out the 50 laptops, SYNC_BENCH_ONLY_FLEET=1 to run only them
(after the first push, so the hub holds the same feed), SYNC_BENCH_FLEET_PROCESSES to share
the 50 laptops among more or fewer processes (5 by default, ten threads each).

Fifty laptops would be fifty machines. Here they run on the hub's own computer, and by default
the hub, PostgreSQL and the laptops share all its cores. On a computer with cores to spare,
SYNC_BENCH_HUB_CPUS and SYNC_BENCH_LAPTOP_CPUS (CPU lists as taskset takes them: "0,1",
"2-7") keep them apart: the hub and PostgreSQL on the first cores, the laptops on the others,
as a hub server and the laptops it serves would be. The hub then serves as many processes as
`serve --workers auto` would choose on its own cores.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import socket
import ssl
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from benchmarks.timed_hub import TIMINGS_VARIABLE
from directwork.domain import records as r
from directwork.domain import validation
from directwork.domain.records import RECORD_KINDS
from directwork.hub import admin
from directwork.hub.app import DB_URL_VARIABLE
from directwork.hub.db import HubDatabase
from directwork.store import records as svc
from directwork.store import sync_state
from directwork.store.keyfile import KdfParams
from directwork.store.schema import ROW_FOR_KIND, Base
from directwork.store.vault import Vault, make_engine
from directwork.sync import signing
from directwork.sync.client import (
    COMMIT_RECORDS,
    PAGES_PER_COMMIT,
    PULL_PAGE,
    SyncClient,
    SyncError,
    page_after,
)
from directwork.sync.protocol import NDJSON, PAGE_LIMIT_HEADER, HubState
from tests.hub import pg
from tests.hub.harness import Tls, free_port

CHILDREN = int(os.environ.get("SYNC_BENCH_CHILDREN", "200"))
PER_CHILD = 200  # the child, 3 plan revisions, 4 people, 192 entries
LAPTOPS = 50
FLEET_PROCESSES = int(os.environ.get("SYNC_BENCH_FLEET_PROCESSES", "5"))
# "auto", as `directwork-hub serve` does by default, or a number of processes.
HUB_WORKERS = os.environ.get("SYNC_BENCH_HUB_WORKERS", "auto")


def _cpu_list(variable: str) -> frozenset[int]:
    """The CPUs an environment variable names ("0,1", "2-7", "0,2-3"), or none when it is
    unset. A CPU this process may not run on is refused: the figures would be of another
    arrangement than the one asked for."""
    text = os.environ.get(variable, "").strip()
    if not text:
        return frozenset()
    cpus: set[int] = set()
    try:
        for part in text.split(","):
            first, _, last = part.strip().partition("-")
            cpus.update(range(int(first), int(last or first) + 1))
    except ValueError:
        raise SystemExit(f"{variable}={text!r}: not a list of CPUs (for example 0,1 or 2-7)") from None
    allowed = os.sched_getaffinity(0)
    if not cpus or not cpus <= allowed:
        raise SystemExit(f"{variable}={text!r}: this computer lets the benchmark use CPUs "
                         f"{sorted(allowed)} only")
    return frozenset(cpus)


# Where the hub and PostgreSQL run, and where the 50 laptops run: both empty (every core,
# shared) unless both are given, and then on different cores.
HUB_CPUS = _cpu_list("SYNC_BENCH_HUB_CPUS")
LAPTOP_CPUS = _cpu_list("SYNC_BENCH_LAPTOP_CPUS")
if bool(HUB_CPUS) != bool(LAPTOP_CPUS) or HUB_CPUS & LAPTOP_CPUS:
    raise SystemExit("SYNC_BENCH_HUB_CPUS and SYNC_BENCH_LAPTOP_CPUS go together, and name "
                     "different CPUs")
PASSPHRASE = "benchmark passphrase here"

STATIC_SERVER = """
import sys, uvicorn
from pathlib import Path
from starlette.applications import Starlette
from starlette.middleware.gzip import GZipMiddleware
from starlette.responses import Response
from starlette.routing import Route
pages = [p.read_bytes() for p in sorted(Path(sys.argv[1]).glob('page-*.json'))]
async def page(request):
    return Response(pages[int(request.path_params['n'])], media_type='application/json')
app = Starlette(routes=[Route('/page/{n:int}', page)])
app.add_middleware(GZipMiddleware, minimum_size=1024)
uvicorn.run(app, host='127.0.0.1', port=int(sys.argv[2]), log_level='warning',
            ssl_certfile=sys.argv[3], ssl_keyfile=sys.argv[4])
"""


def _wait_for(url: str, ctx: ssl.SSLContext, path: str) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(url + path, verify=ctx, timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not start")


TIMED_HUB = """
import os, sys
if sys.argv[5]:
    os.sched_setaffinity(0, {int(cpu) for cpu in sys.argv[5].split(',')})
import uvicorn
from directwork.hub.serving import run_processes
if int(sys.argv[1]) > 1:
    run_processes('benchmarks.timed_hub:timed_hub_app', workers=int(sys.argv[1]),
                  host='127.0.0.1', port=int(sys.argv[2]), certfile=sys.argv[3],
                  keyfile=sys.argv[4])
else:
    uvicorn.run('benchmarks.timed_hub:timed_hub_app', factory=True, host='127.0.0.1',
                port=int(sys.argv[2]), log_level='warning', ssl_certfile=sys.argv[3],
                ssl_keyfile=sys.argv[4])
"""


class HubProcess:
    """The hub, served by uvicorn as ``directwork.hub.cli serve`` serves it, each request's
    time inside the hub noted (``benchmarks.timed_hub.TimedApp``) in ``timings``."""

    def __init__(self, db_url: str, tls: Tls, timings: Path) -> None:
        self.port = free_port()
        self.url = f"https://127.0.0.1:{self.port}"
        self.timings = timings
        timings.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, DB_URL_VARIABLE: db_url, TIMINGS_VARIABLE: str(timings)}
        if HUB_WORKERS == "auto":
            # As serve would choose on the cores it is given (it counts the cores it may use).
            everywhere = os.sched_getaffinity(0)
            os.sched_setaffinity(0, HUB_CPUS or everywhere)
            try:
                db = HubDatabase(db_url)
                self.workers, self.chosen = db.processes_to_serve(), "auto, as serve chooses"
                db.dispose()
            finally:
                os.sched_setaffinity(0, everywhere)
        else:
            self.workers, self.chosen = int(HUB_WORKERS), "SYNC_BENCH_HUB_WORKERS"
        self.proc = subprocess.Popen(
            [sys.executable, "-c", TIMED_HUB, str(self.workers), str(self.port),
             str(tls.cert_file), str(tls.key_file), ",".join(map(str, sorted(HUB_CPUS)))],
            env=env)
        _wait_for(self.url, ssl.create_default_context(cafile=str(tls.ca_file)), "/v1/health")

    def requests_between(self, start: float, end: float) -> list[tuple[float, float, str, int]]:
        """(seconds inside the hub, of which after the request's last byte, path, status) of
        every request that reached the hub's app between ``start`` and ``end`` (wall
        clock)."""
        return [found for each in self.by_process(start, end) for found in each]

    def collecting_between(self, start: float, end: float) -> float:
        """Seconds the hub's processes spent collecting garbage between the first and the last
        request that reached them between ``start`` and ``end``."""
        total = 0.0
        for path in self.timings.glob("hub-*.txt"):
            marks = [float(fields[5]) for fields in map(str.split, path.read_text().splitlines())
                     if len(fields) > 5 and start <= float(fields[0]) <= end]
            total += marks[-1] - marks[0] if marks else 0.0
        return total

    def by_process(self, start: float, end: float) -> list[list[tuple[float, float, str, int]]]:
        """``requests_between``, one list for each of the hub's processes."""
        lists = []
        for path in sorted(self.timings.glob("hub-*.txt")):
            found = []
            for line in path.read_text().splitlines():
                at, took, own, route, status = line.split()[:5]
                if start <= float(at) <= end:
                    found.append((float(took), float(own), route, int(status)))
            lists.append(found)
        return lists

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=20)


def _vault(folder: Path, name: str) -> Vault:
    return Vault.create(folder / name, PASSPHRASE, kdf=KdfParams.fast_for_tests())[0]


def _fill(vault: Vault, children: int, per_child: int, seed: int) -> int:
    rng = random.Random(seed)
    made = 0
    for c in range(children):
        with vault.transaction() as s:
            child = svc.save_document(s, r.Child(given_name=f"Child {seed}-{c}"))
            plan = svc.save_document(s, r.SafetyPlan(child_id=child.id, title="Safety plan"))
            for n in range(2):
                plan = svc.save_document(s, r.SafetyPlan(
                    id=plan.id, rev=plan.rev, child_id=child.id, child_section=f"version {n}"))
            for p in range(4):
                svc.save_document(s, r.Person(child_id=child.id, name=f"Person {p}"))
            for e in range(per_child - 8):
                if e % 3:
                    svc.add_entry(s, r.VoiceEntry(child_id=child.id, topic=r.Topic.FEELINGS,
                                                  text=f"words {rng.random():.6f} " * 6))
                else:
                    svc.add_entry(s, r.VisitNote(child_id=child.id, text="A visit note. " * 12))
        made += per_child
    return made


def _enrol(db: HubDatabase, vault: Vault, hub: HubProcess, tls: Tls, who: str) -> SyncClient:
    with db.writing() as s:
        code, _ = admin.new_enrol_code(s, who, lifetime=timedelta(hours=1))
    client = SyncClient(vault, timeout=120)
    client.enrol(hub.url, code, ca_file=str(tls.ca_file))
    return client


def _capture_pages(vault: Vault, hub: HubProcess, tls: Tls, folder: Path) -> tuple[int, int]:
    """Every pull page a new device receives, as the bytes of its JSON body (page-N.json),
    and as the lines a pull asks for (page-N.ndjson): the pages a pull asks for, the first
    of PULL_PAGE records and the others of what the hub's answer says it gives."""
    enrolled = sync_state.enrolment(vault)
    assert enrolled is not None
    key = Ed25519PrivateKey.from_private_bytes(enrolled.private_key)
    cursor, n, total, limit = 0, 0, 0, PULL_PAGE
    with httpx.Client(base_url=hub.url, verify=ssl.create_default_context(cafile=str(tls.ca_file)),
                      timeout=120) as http:
        while True:
            query = f"cursor={cursor}&limit={limit}"
            headers = signing.sign_request(key, enrolled.device_id, "GET", "/v1/pull", query, b"")
            response = http.get(f"/v1/pull?{query}", headers=headers)
            (folder / f"page-{n:05d}.json").write_bytes(response.content)
            headers = signing.sign_request(key, enrolled.device_id, "GET", "/v1/pull", query, b"")
            lines = http.get(f"/v1/pull?{query}", headers={**headers, "Accept": NDJSON})
            (folder / f"page-{n:05d}.ndjson").write_bytes(lines.content)
            total += len(response.content)
            n += 1
            limit = page_after(lines.headers.get(PAGE_LIMIT_HEADER)) or PULL_PAGE
            body = response.json()
            cursor = body["cursor"]
            if not body["more"]:
                return n, total


def _store_pages_locally(vault: Vault, folder: Path) -> float:
    """The laptop's own share of a first sync: the captured pages' lines decoded and checked
    (the strict record schema) by the pull's own reader, and stored as a pull stores pages
    that arrive faster than they are stored: up to ``PAGES_PER_COMMIT`` to a transaction,
    and ``COMMIT_RECORDS`` records unless one page holds more."""
    reader = SyncClient(vault)
    started = time.perf_counter()
    pages: list[sync_state.Page] = []
    for page_file in sorted(folder.glob("page-*.ndjson")):
        answer = httpx.Response(200, headers={"content-type": NDJSON},
                                content=page_file.read_bytes())
        page, items, _refused = reader._read_page(answer, ends=lambda _cursor, _more: None)
        if pages and (len(pages) >= PAGES_PER_COMMIT or sum(len(p.items) for p in pages)
                      + len(items) > COMMIT_RECORDS):
            sync_state.apply_pages(vault, pages)
            pages = []
        pages.append(sync_state.Page(items, page.removed_children, page.cursor, page.position))
    sync_state.apply_pages(vault, pages)
    return time.perf_counter() - started


def _bare_store(vault: Vault, folder: Path) -> tuple[float, int]:
    """The storage floor: the record rows ``vault`` holds, read out as the driver gives them,
    stored into a new SQLCipher file with the vault's schema and settings (key, WAL,
    synchronous=FULL) by one ``executemany`` per table in one transaction. Returns (seconds,
    rows); only the transaction is timed."""
    tables = sorted({row.__table__.name for row in ROW_FOR_KIND.values()})
    held: dict[str, tuple[str, list[tuple]]] = {}
    with vault.session() as session:
        connection = session.connection()
        for name in tables:
            result = connection.exec_driver_sql(f"SELECT * FROM {name}")
            columns = list(result.keys())
            rows = [tuple(row) for row in result]
            if rows:
                held[name] = (f"INSERT INTO {name} ({', '.join(columns)}) "
                              f"VALUES ({', '.join('?' * len(columns))})", rows)
    folder.mkdir()
    engine = make_engine(folder / "floor.db", bytearray(os.urandom(32)))
    try:
        Base.metadata.create_all(engine)
        raw = engine.raw_connection()
        try:
            cursor = raw.cursor()
            started = time.perf_counter()
            cursor.execute("BEGIN IMMEDIATE")
            for sql, rows in held.values():
                cursor.executemany(sql, rows)
            cursor.execute("COMMIT")
            took = time.perf_counter() - started
        finally:
            raw.close()
    finally:
        engine.dispose()
    return took, sum(len(rows) for _sql, rows in held.values())


def _bare_get(url: str, ctx: ssl.SSLContext, pages: int, *, new_connection: bool) -> float:
    started = time.perf_counter()
    if new_connection:
        for i in range(pages):
            with httpx.Client(verify=ctx, timeout=120) as http:
                http.get(f"{url}/page/{i}").json()
    else:
        with httpx.Client(verify=ctx, timeout=120) as http:
            for i in range(pages):
                http.get(f"{url}/page/{i}").json()
    return time.perf_counter() - started


def _hub_answer(vault: Vault, hub: HubProcess, ctx: ssl.SSLContext) -> float:
    """The hub's share of a sync with nothing to do: the request a sync sends (GET /state
    at the vault's position, signed with its key), on a new connection as a sync opens one,
    with none of the laptop's work around it but the signing (the vault read before the
    clock starts)."""
    enrolled = sync_state.enrolment(vault)
    assert enrolled is not None
    key = Ed25519PrivateKey.from_private_bytes(enrolled.private_key)
    query = httpx.QueryParams({"position": sync_state.position(vault).token})
    started = time.perf_counter()
    headers = signing.sign_request(key, enrolled.device_id, "GET", "/v1/state", str(query), b"")
    with httpx.Client(base_url=hub.url, verify=ctx, timeout=120) as http:
        answer = http.get("/v1/state", params=query, headers=headers)
        HubState.model_validate_json(answer.content)
    took = time.perf_counter() - started
    if answer.status_code != 200:
        raise RuntimeError(f"the hub refused its state: {answer.text}")
    return took


def _run_delay() -> float:
    """Seconds this thread has spent runnable but waiting for a CPU (Linux's run-queue delay,
    the second field of /proc/thread-self/schedstat); 0 where it cannot be read."""
    try:
        with open("/proc/thread-self/schedstat") as fh:
            return int(fh.read().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


def _since_last_data(response: httpx.Response) -> tuple[float, float] | None:
    """Seconds since the kernel last sent data on the answer's connection and since it last
    took data in (Linux's ``tcp_info``: ``tcpi_last_data_sent``, ``tcpi_last_data_recv``, in
    milliseconds, as fine as the kernel's clock tick: 4 ms here), read just after the answer was
    read: when the request's last byte left the laptop's socket and when the answer's last
    byte reached it. None where the connection cannot say (closed, not Linux)."""
    stream = response.extensions.get("network_stream")
    sock = stream.get_extra_info("socket") if stream is not None else None
    if sock is None or not hasattr(socket, "TCP_INFO"):
        return None
    try:
        info = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, _TCP_INFO_BYTES)
    except OSError:
        return None
    if len(info) < _LAST_DATA_RECV + 4:
        return None
    sent = struct.unpack_from("I", info, _LAST_DATA_SENT)[0]
    received = struct.unpack_from("I", info, _LAST_DATA_RECV)[0]
    return int(sent) / 1000, int(received) / 1000


# Where struct tcp_info (linux/tcp.h) keeps tcpi_last_data_sent and tcpi_last_data_recv:
# after eight one-byte fields and nine 32-bit ones (rto, ato, snd_mss, rcv_mss, unacked,
# sacked, lost, retrans, fackets) come last_data_sent, last_ack_sent, last_data_recv.
_LAST_DATA_SENT = 8 + 4 * 9
_LAST_DATA_RECV = 8 + 4 * 11
_TCP_INFO_BYTES = 104


class TimedTransport(httpx.HTTPTransport):
    latencies: list[float]
    # Of each request's time, how long its thread was ready to run but waited for a CPU.
    waits: list[float]
    # Each request's time at the laptop's socket, by the kernel's clock (not when the laptop's
    # thread got round to sending or reading): from the request's start and from its last
    # byte out, to the answer's last byte in.
    at_socket: list[tuple[float, float]]
    errors: list[str]

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        started, delayed = time.perf_counter(), _run_delay()
        try:
            response = super().handle_request(request)
            response.read()
        except httpx.HTTPError as exc:
            self.errors.append(type(exc).__name__)
            raise
        read = time.perf_counter()
        since = _since_last_data(response)
        self.latencies.append(read - started)
        self.waits.append(_run_delay() - delayed)
        if since is not None:
            sent, received = since
            self.at_socket.append((max(read - received - started, 0.0), sent - received))
        if response.status_code >= 400:
            self.errors.append(f"HTTP {response.status_code}")
        return response


def _load() -> str:
    """The load average (1, 5, 15 minutes) as the figure beside it was taken."""
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def _family(pids: list[int]) -> Iterator[tuple[Path, list[str], bool]]:
    """Each living process that is one of ``pids`` or a child of one: its /proc folder, the
    fields of its stat after the command, and whether it is one of ``pids`` itself."""
    wanted = set(pids)
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # After the command: state(0) ppid(1) ...
        if int(entry.name) in wanted or int(fields[1]) in wanted:
            yield entry, fields, int(entry.name) in wanted


def _cpu_seconds(pids: list[int]) -> float:
    """CPU time (user and system) of these processes and of their children, living and ended
    (an ended child counts once its parent has waited for it, as PostgreSQL's server waits
    for each connection's process)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for _entry, fields, own in _family(pids):
        # utime(11) stime(12) cutime(13) cstime(14): a child's own children are its parent's.
        total += sum(int(x) for x in fields[11:15 if own else 13]) / tick
    return total


def _waited_for_cpu(pids: list[int]) -> float:
    """Seconds the threads of these processes and of their living children have spent ready
    to run but waiting for a CPU (Linux's run-queue delay), summed over the threads: more
    than the time that passed when several wait at once."""
    total = 0.0
    for entry, _fields, _own in _family(pids):
        try:
            for thread in (entry / "task").iterdir():
                total += int((thread / "schedstat").read_text().split()[1]) / 1e9
        except (OSError, IndexError, ValueError):
            continue
    return total


def _postmaster() -> int:
    """The run's PostgreSQL server's own process (the first line of its postmaster.pid)."""
    return int((pg.cluster().data / "postmaster.pid").read_text().split()[0])


def _keep_postgresql_on(cpus: frozenset[int]) -> None:
    """PostgreSQL's server and the processes it has started (connections, its writers) kept
    to ``cpus``; a connection opened later is started by the server, and inherits them."""
    for entry, _fields, _own in _family([_postmaster()]):
        try:
            os.sched_setaffinity(int(entry.name), cpus)
        except ProcessLookupError:  # a connection's process that has just ended
            continue


def _where() -> str:
    """Where the run's parts ran, for the fleet's first line."""
    if not HUB_CPUS:
        return f"the hub, PostgreSQL and the laptops sharing {len(os.sched_getaffinity(0))} cores"
    return (f"the hub and PostgreSQL on CPUs {_cpus_text(HUB_CPUS)}, the laptops on CPUs "
            f"{_cpus_text(LAPTOP_CPUS)}")


def _cpus_text(cpus: frozenset[int]) -> str:
    return ",".join(map(str, sorted(cpus)))


def _fleet_worker(job: tuple) -> dict:
    """One process's share of the fleet: make its laptops (at the lowest CPU priority: the
    fifty laptops would be fifty machines, and their work must not be counted against the
    hub), wait for the others, sync twice. Returns what it saw, and its CPU time from the
    barrier on."""
    folder, hub_url, ca_file, codes, barrier = job
    os.nice(19)
    if LAPTOP_CPUS:
        os.sched_setaffinity(0, LAPTOP_CPUS)
    ctx = ssl.create_default_context(cafile=ca_file)
    latencies: list[float] = []
    waits: list[float] = []
    at_socket: list[tuple[float, float]] = []
    errors: list[str] = []
    clients = []
    for i, code in enumerate(codes):
        vault = _vault(Path(folder), f"laptop-{i}")
        _fill(vault, 1, 100, seed=1000 + int(Path(folder).name) * 100 + i)
        transport = TimedTransport(verify=ctx)
        transport.latencies, transport.waits, transport.errors = latencies, waits, errors
        transport.at_socket = at_socket
        client = SyncClient(vault, transport=transport, timeout=120, retries=0)
        client.enrol(hub_url, code)
        clients.append(client)
    # What a laptop does once, on its first pull (compiling each kind's quick check), done
    # before the barrier, as a laptop that has synced before has it done.
    for kind in RECORD_KINDS:
        validation.quick_decode({"kind": kind})
    failures: list[str] = []
    moved = [0]
    lock = threading.Lock()

    def one(c: SyncClient) -> None:
        try:
            res = c.sync()
            with lock:
                moved[0] += sum(res.pushed.values()) + res.pulled
        except SyncError as exc:
            with lock:
                failures.append(str(exc))

    latencies.clear()  # enrolment's requests, before the barrier, are not timed
    waits.clear()
    at_socket.clear()
    barrier.wait()
    cpu = time.process_time()
    start = time.time()
    with ThreadPoolExecutor(max_workers=len(clients)) as pool:
        list(pool.map(one, clients))
        list(pool.map(one, clients))  # the second round brings each partner's records
    end = time.time()
    cpu = time.process_time() - cpu
    for c in clients:
        c.vault.lock()
    return {"latencies": latencies, "waits": waits, "at_socket": at_socket, "errors": errors,
            "failures": failures, "moved": moved[0],
            "start": start, "end": end, "cpu": cpu}


def _fleet(db: HubDatabase, hub: HubProcess, tls: Tls, folder: Path) -> None:
    """50 laptops at once: errors, records a second, each request's time as the laptops saw
    it and as the hub did, and whose CPU time the run took."""
    with db.writing() as s:
        for p in range(LAPTOPS // 2):
            admin.add_practitioner(s, f"Worker {p}", team="North")
        codes = [admin.new_enrol_code(s, f"Worker {i // 2}")[0] for i in range(LAPTOPS)]
    context = multiprocessing.get_context("spawn")
    server = [hub.proc.pid, _postmaster()]
    if HUB_CPUS:
        _keep_postgresql_on(HUB_CPUS)
    with context.Manager() as manager:
        barrier = manager.Barrier(FLEET_PROCESSES + 1)
        share = LAPTOPS // FLEET_PROCESSES
        jobs = [(str(folder / "fleet" / str(n)), hub.url, str(tls.ca_file),
                 codes[n * share:(n + 1) * share], barrier) for n in range(FLEET_PROCESSES)]
        with context.Pool(FLEET_PROCESSES) as pool:
            waiting = pool.map_async(_fleet_worker, jobs)
            barrier.wait()
            hub_cpu, pg_cpu = _cpu_seconds(server[:1]), _cpu_seconds(server[1:])
            hub_wait, pg_wait = _waited_for_cpu(server[:1]), _waited_for_cpu(server[1:])
            outcomes = waiting.get()
            hub_cpu = _cpu_seconds(server[:1]) - hub_cpu
            pg_cpu = _cpu_seconds(server[1:]) - pg_cpu
            hub_wait = _waited_for_cpu(server[:1]) - hub_wait
            pg_wait = _waited_for_cpu(server[1:]) - pg_wait
    latencies = [x for o in outcomes for x in o["latencies"]]
    waits = [x for o in outcomes for x in o["waits"]]
    less_waits = [x - w for o in outcomes for x, w in zip(o["latencies"], o["waits"], strict=True)]
    at_socket = [x for o in outcomes for x in o["at_socket"]]
    errors = [x for o in outcomes for x in o["errors"]]
    failures = [x for o in outcomes for x in o["failures"]]
    moved = sum(o["moved"] for o in outcomes)
    start, end = min(o["start"] for o in outcomes), max(o["end"] for o in outcomes)
    wall = end - start
    laptops_cpu = sum(o["cpu"] for o in outcomes)
    inside = hub.requests_between(start, end)
    seen = [took for took, _own, _path, _status in inside]
    own = [mine for _took, mine, _path, _status in inside]

    def p95(values: list[float]) -> float:
        return statistics.quantiles(values, n=20)[-1] * 1000 if len(values) > 1 else 0.0

    print(f"{LAPTOPS} laptops at once ({FLEET_PROCESSES} processes of {share} threads, at the "
          f"lowest CPU priority), two rounds: errors {len(failures)} syncs / {len(errors)} "
          f"requests (goal 0); {moved} records moved in {wall:.1f} s = {moved / wall:.0f} "
          f"records/s, {len(latencies) / wall:.1f} requests/s  | {hub.workers} hub "
          f"process{'es' if hub.workers > 1 else ''} ({hub.chosen}), {_where()}, load average "
          f"{_load()}")
    print(f"  request time as the laptops saw it (sent to answer read, in the laptops' "
          f"processes): p50 {statistics.median(latencies) * 1000:.0f} ms, p95 "
          f"{p95(latencies):.0f} ms (goal p95 500 ms)")
    # Fifty laptops would be fifty machines: a laptop's thread waiting for one of the two
    # cores that the hub, PostgreSQL and the other 49 laptops share is this run's own doing.
    print(f"    of which the laptop's thread waited for a CPU (Linux's run-queue delay): p50 "
          f"{statistics.median(waits) * 1000:.0f} ms, p95 {p95(waits):.0f} ms; the request "
          f"time less that wait: p50 {statistics.median(less_waits) * 1000:.0f} ms, p95 "
          f"{p95(less_waits):.0f} ms")
    # What a laptop on a machine of its own would wait (less the network): by the kernel's
    # clocks on the laptop's socket, without the simulated laptop's wait for a CPU and for its
    # process's interpreter (ten laptops share one), which the figure above less the
    # run-queue delay still holds. From the request's last byte out, the hub's answer alone;
    # from its start, connecting too (a sync's first request makes the TLS connection) and
    # the laptop's own delay before its last byte went out. (A large answer read slowly can
    # fill the socket's buffer and hold the hub's sending back: that stays in.)
    if at_socket:
        answered = [out for _start, out in at_socket]
        whole = [start for start, _out in at_socket]
        print(f"    at the laptop's socket, by the kernel's clock ({len(at_socket)} of "
              f"{len(latencies)} requests): the request's last byte out to the answer's last "
              f"byte in p50 {statistics.median(answered) * 1000:.0f} ms, p95 "
              f"{p95(answered):.0f} ms; from the request's start p50 "
              f"{statistics.median(whole) * 1000:.0f} ms, p95 {p95(whole):.0f} ms")
    print(f"  request time inside the hub (reaching the hub's app to its answer's last byte, "
          f"{len(seen)} requests): p50 {statistics.median(seen) * 1000:.0f} ms, p95 "
          f"{p95(seen):.0f} ms (goal p95 500 ms)")
    for route in sorted({path for _took, _own, path, _status in inside}):
        times = [took for took, _own, path, _status in inside if path == route]
        print(f"    {route}: {len(times)} requests, p50 {statistics.median(times) * 1000:.0f} "
              f"ms, p95 {p95(times):.0f} ms")
    # The same, from the request's last byte: a simulated laptop waiting for the CPU (at the
    # lowest priority, among its process's threads) may send its body well after its headers.
    print(f"  of which the hub's own (the request's last byte received to its answer's last "
          f"byte): p50 {statistics.median(own) * 1000:.0f} ms, p95 {p95(own):.0f} ms")
    for route in sorted({path for _took, _own, path, _status in inside}):
        times = [mine for _took, mine, path, _status in inside if path == route]
        print(f"    {route}: p50 {statistics.median(times) * 1000:.0f} ms, p95 "
              f"{p95(times):.0f} ms")
    if hub.workers > 1:
        shares = [each for each in hub.by_process(start, end) if each]
        print("  requests each hub process answered (of them pushes): " + ", ".join(
            f"{len(each)} ({sum(path == '/v1/push' for _t, _o, path, _s in each)})"
            for each in shares))
    total = hub_cpu + pg_cpu + laptops_cpu
    cores = len(os.sched_getaffinity(0))
    print(f"  CPU time in those {wall:.1f} s ({cores} cores: {cores * wall:.1f} s at most): hub "
          f"{hub_cpu:.1f} s ({hub_cpu / max(len(seen), 1) * 1000:.1f} ms a request), "
          f"PostgreSQL {pg_cpu:.1f} s, the 50 laptops {laptops_cpu:.1f} s "
          f"({laptops_cpu / total:.0%} of the three); of the hub's, collecting garbage "
          f"{hub.collecting_between(start, end):.2f} s")
    # Two cores shared by the hub, PostgreSQL and the fifty laptops: how long the hub's and
    # PostgreSQL's threads stood ready to run with no CPU free for them (a hub thread waiting
    # for its process's interpreter sleeps, and is not counted until it is woken).
    print(f"  the hub's threads waited for a CPU {hub_wait:.1f} s, PostgreSQL's {pg_wait:.1f} s "
          f"(Linux's run-queue delay, summed over the threads)")
    if failures:
        print("first failure:", failures[0])


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="sync-bench-"))
    tls = Tls(folder / "tls")
    ctx = ssl.create_default_context(cafile=str(tls.ca_file))
    db_url = pg.cluster().new_database()
    db = HubDatabase(db_url)
    db.migrate()
    with db.writing() as s:
        admin.add_team(s, "North")
        admin.add_practitioner(s, "Sam", team="North")
    hub = HubProcess(db_url, tls, folder / "timings")
    static = None
    try:
        # ---------------------------------------------------------------- 1. first sync
        source = _vault(folder, "source")
        started = time.perf_counter()
        made = _fill(source, CHILDREN, PER_CHILD, seed=1)
        print(f"made {made} records for {CHILDREN} children in {time.perf_counter() - started:.1f} s")
        pusher = _enrol(db, source, hub, tls, "Sam")
        started = time.perf_counter()
        pushed = pusher.sync()
        push_s = time.perf_counter() - started
        print(f"first push of {sum(pushed.pushed.values())} records: {push_s:.2f} s "
              f"({sum(pushed.pushed.values()) / push_s:.0f} records/s)")
        if os.environ.get("SYNC_BENCH_ONLY_FLEET"):
            _fleet(db, hub, tls, folder)
            return

        fresh = _vault(folder, "fresh")
        client = _enrol(db, fresh, hub, tls, "Sam")
        hub_cpu, laptop_cpu = _cpu_seconds([hub.proc.pid]), time.process_time()
        started = time.perf_counter()
        result = client.sync()
        first_s = time.perf_counter() - started
        hub_cpu = _cpu_seconds([hub.proc.pid]) - hub_cpu
        laptop_cpu = time.process_time() - laptop_cpu

        pages_dir = folder / "pages"
        pages_dir.mkdir()
        probe = _vault(folder, "probe")
        _enrol(db, probe, hub, tls, "Sam")
        pages, size = _capture_pages(probe, hub, tls, pages_dir)
        static_port = free_port()
        static = subprocess.Popen([sys.executable, "-c", STATIC_SERVER, str(pages_dir),
                                   str(static_port), str(tls.cert_file), str(tls.key_file)])
        static_url = f"https://127.0.0.1:{static_port}"
        _wait_for(static_url, ctx, "/page/0")
        floor_s = min(_bare_get(static_url, ctx, pages, new_connection=False) for _ in range(3))
        store_s = _store_pages_locally(_vault(folder, "local"), pages_dir)
        bare_store_s, bare_rows = min(_bare_store(fresh, folder / f"floor-{n}") for n in range(3))
        both = floor_s + bare_store_s
        print(f"first sync, {result.pulled} records in {pages} pages ({size / 2**20:.1f} MB of JSON): "
              f"{first_s:.2f} s  | (a) bare GET of the same bytes: {floor_s:.2f} s  "
              f"| (b) the same {bare_rows} rows by executemany into SQLCipher in one "
              f"transaction: {bare_store_s:.2f} s  | ratio to (a)+(b) {first_s / both:.1f}x "
              f"(goal 3x)")
        hub_said = f"the hub's {hub_cpu:.2f} s ({hub.workers} process{'es' if hub.workers > 1 else ''})"
        print(f"  CPU time during the first sync: the laptop's {laptop_cpu:.2f} s, {hub_said} "
              f"(load average {_load()})")
        print(f"  of which storing: the same pages checked and stored into a vault with no "
              f"network: {store_s:.2f} s ({store_s / first_s:.0%} of the first sync; "
              f"{store_s / bare_store_s:.1f}x (b))")

        # ---------------------------------------------------------------- 2. no-op sync
        # A sync with nothing to do is one request: the hub's state for this laptop, which
        # says nothing is new. The baseline serves the same bytes, on a new connection as a
        # sync opens one. The two take turns, with the hub's answer alone (the same signed
        # request, no vault), so that whatever else the computer is doing weighs on all three
        # alike; the medians are compared.
        client.sync()
        (pages_dir / "empty").mkdir()
        here = sync_state.position(fresh)
        empty_body = HubState(epoch=here.epoch, last_seq=here.highest_seq,
                              feed_head=here.cursor).model_dump_json().encode()
        static.terminate()
        static.wait(timeout=10)
        (pages_dir / "empty" / "page-00000.json").write_bytes(empty_body)
        static = subprocess.Popen([sys.executable, "-c", STATIC_SERVER, str(pages_dir / "empty"),
                                   str(static_port), str(tls.cert_file), str(tls.key_file)])
        _wait_for(static_url, ctx, "/page/0")
        noops: list[float] = []
        bares: list[float] = []
        answers: list[float] = []
        for _ in range(40):
            started = time.perf_counter()
            client.sync()
            noops.append(time.perf_counter() - started)
            bares.append(_bare_get(static_url, ctx, 1, new_connection=True))
            answers.append(_hub_answer(fresh, hub, ctx))
        noop_ms, floor_ms = statistics.median(noops) * 1000, statistics.median(bares) * 1000
        answer_ms = statistics.median(answers) * 1000
        print(f"no-op sync: {noop_ms:.1f} ms (median of {len(noops)}; mean "
              f"{statistics.mean(noops) * 1000:.1f})  | bare GET of the same bytes on a new "
              f"connection, in turn with it: {floor_ms:.1f} ms (mean "
              f"{statistics.mean(bares) * 1000:.1f})  | ratio {noop_ms / floor_ms:.1f}x (goal 2x)  "
              f"| load average {_load()}")
        print(f"  of which the hub's answer: the same signed GET /state on a new connection, "
              f"without the vault, in turn with both: {answer_ms:.1f} ms "
              f"({answer_ms / floor_ms:.1f}x the bare GET; what the sync takes beyond it is the "
              f"laptop's own: its vault's read and write and its own steps)")

        if os.environ.get("SYNC_BENCH_SKIP_FLEET"):
            return
        # ---------------------------------------------------------------- 3. 50 laptops at once
        _fleet(db, hub, tls, folder)
    finally:
        if static is not None:
            static.terminate()
            static.wait(timeout=10)
        hub.stop()
        db.dispose()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
