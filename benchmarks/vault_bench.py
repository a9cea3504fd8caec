"""The vault against plain SQLite: the same workload through the same SQLAlchemy code.

Workload (issue 2): 200 children; 20,000 entries in transactions of 1,000; then open each
child and list their entries. Also: unlock time with the production Argon2id parameters, and
single-entry save latency (with its outbox row and audit event) beside a bare one-row commit
on plain SQLite. Goals: writes ratio <= 1.15, reads ratio <= 1.05.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from directwork.domain import records as r
from directwork.store import migrations
from directwork.store import records as svc
from directwork.store.keyfile import KdfParams
from directwork.store.vault import Vault, make_engine

CHILDREN = 200
ENTRIES = 20_000
BATCH = 1_000
ROUNDS = 3
PASSPHRASE = "benchmark passphrase here"


def _plain_sessions(path: Path) -> tuple[Callable[[], Session], Callable[[], None]]:
    engine = make_engine(path, None)
    with engine.begin() as conn:
        migrations.upgrade(conn)
    factory = sessionmaker(bind=engine, expire_on_commit=False)

    def session() -> Session:
        s = factory()
        s.info.update(practitioner_id="bench", device_id="bench-device")
        return s

    return session, engine.dispose


def _vault_sessions(path: Path, kdf: KdfParams) -> tuple[Callable[[], Session], Callable[[], None]]:
    vault, _ = Vault.create(path, PASSPHRASE, kdf=kdf)
    return vault.session, vault.lock


def _workload(new_session: Callable[[], Session], seed: int = 7) -> tuple[float, float]:
    rng = random.Random(seed)
    with new_session() as s, s.begin():
        child_ids = [svc.save_document(s, r.Child(given_name=f"Child {i}")).id for i in range(CHILDREN)]
    started = time.perf_counter()
    for start in range(0, ENTRIES, BATCH):
        with new_session() as s, s.begin():
            for i in range(start, start + BATCH):
                svc.add_entry(s, r.VoiceEntry(child_id=rng.choice(child_ids), topic=r.Topic.FEELINGS,
                                              text=f"entry {i}: " + "words " * rng.randint(5, 40)))
    writes = time.perf_counter() - started
    started = time.perf_counter()
    total = 0
    for child_id in child_ids:
        with new_session() as s:
            svc.get_document(s, r.Child, child_id)
            total += len(svc.list_entries(s, r.VoiceEntry, child_id))
    reads = time.perf_counter() - started
    assert total == ENTRIES
    return writes, reads


def _save_latencies(new_session: Callable[[], Session], n: int = 300) -> list[float]:
    with new_session() as s, s.begin():
        child_id = svc.save_document(s, r.Child(given_name="Latency")).id
    out = []
    for i in range(n):
        started = time.perf_counter()
        with new_session() as s, s.begin():
            svc.add_entry(s, r.VoiceEntry(child_id=child_id, text=f"one entry {i}"))
        out.append(time.perf_counter() - started)
    return out


def _bare_commit_latencies(path: Path, n: int = 300) -> list[float]:
    engine = make_engine(path, None)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)"))
    out = []
    for i in range(n):
        started = time.perf_counter()
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO t (v) VALUES (:v)"), {"v": f"row {i}"})
        out.append(time.perf_counter() - started)
    engine.dispose()
    return out


def _p(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def _ms(x: float) -> str:
    return f"{x * 1000:8.2f} ms"


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="dw-bench-") as tmp:
        root = Path(tmp)
        fast = KdfParams.fast_for_tests()  # unlock cost is measured separately below
        # Three rounds, alternating which side runs first, on fresh files each time; the
        # medians are compared, since one round on a shared machine can be off by 30%.
        rounds: dict[str, list[tuple[float, float]]] = {"plain": [], "vault": []}
        for n in range(ROUNDS):
            order = ("plain", "vault") if n % 2 == 0 else ("vault", "plain")
            for side in order:
                if side == "plain":
                    session, close = _plain_sessions(root / f"plain-{n}.db")
                else:
                    session, close = _vault_sessions(root / f"vault-{n}", fast)
                rounds[side].append(_workload(session))
                close()
        plain_w = statistics.median(w for w, _ in rounds["plain"])
        plain_r = statistics.median(r for _, r in rounds["plain"])
        vault_w = statistics.median(w for w, _ in rounds["vault"])
        vault_r = statistics.median(r for _, r in rounds["vault"])
        print(f"workload: {CHILDREN} children, {ENTRIES} entries in transactions of {BATCH}, "
              f"then each child's entries read; median of {ROUNDS} rounds")
        print(f"{'':24}{'plain SQLite':>14}{'vault':>14}{'ratio':>8}{'goal':>8}")
        print(f"{'writes':24}{plain_w:13.2f}s{vault_w:13.2f}s{vault_w / plain_w:8.2f}{'<=1.15':>8}")
        print(f"{'reads':24}{plain_r:13.2f}s{vault_r:13.2f}s{vault_r / plain_r:8.2f}{'<=1.05':>8}")

        vault_dir = root / "unlock"
        vault, _ = Vault.create(vault_dir, PASSPHRASE)  # production Argon2id parameters
        vault.lock()
        times = []
        for _ in range(5):
            started = time.perf_counter()
            v = Vault(vault_dir)
            v.unlock(PASSPHRASE)
            times.append(time.perf_counter() - started)
            v.lock()
        kdf = KdfParams()
        print(f"unlock (Argon2id {kdf.memory_kib // 1024} MiB, t={kdf.iterations}, p={kdf.lanes}, with integrity checks): "
              f"median {_ms(statistics.median(times))}")

        lat_session, lat_close = _vault_sessions(root / "latency", fast)
        saves = _save_latencies(lat_session)
        lat_close()
        bare = _bare_commit_latencies(root / "bare.db")
        print(f"{'single save':24}{'median':>12}{'p99':>12}")
        print(f"{'vault entry+outbox+audit':24}{_ms(statistics.median(saves)):>12}{_ms(_p(saves, 0.99)):>12}")
        print(f"{'bare 1-row commit (plain)':24}{_ms(statistics.median(bare)):>12}{_ms(_p(bare, 0.99)):>12}")


if __name__ == "__main__":
    main()
