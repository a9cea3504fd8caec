"""The demo caseload, export and import, each beside a baseline measured in the same run.

- `directwork demo --children 200`: seconds and records per second (the brief: "reasonable
  time"; baseline: the same number of records read back, so the figure is the writing cost).
- export: the whole vault to an interchange document, beside reading the same rows alone.
- import into an empty vault: checking plus writing, beside writing the same records through
  the same service (store_received) with no checks; the ratio is what the checks cost.
- importing the same file again (all duplicates), beside checking it without writing.
"""

from __future__ import annotations

import json
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from directwork.domain import records as r
from directwork.store import records as svc
from directwork.store.demo import generate
from directwork.store.interchange import export_records, import_records, validate_records
from directwork.store.keyfile import KdfParams
from directwork.store.vault import Vault

CHILDREN = 200
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
PASSPHRASE = "benchmark passphrase here"


def _vault(root: Path, name: str) -> Vault:
    vault, _ = Vault.create(root / name, PASSPHRASE, kdf=KdfParams.fast_for_tests())
    return vault


def _timed(label: str, work, baseline_label: str, baseline) -> None:
    started = time.perf_counter()
    baseline()
    base = time.perf_counter() - started
    started = time.perf_counter()
    work()
    took = time.perf_counter() - started
    print(f"{label}: {took:.2f} s   {baseline_label}: {base:.2f} s   ratio {took / base:.2f}",
          flush=True)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        source = _vault(root, "source")
        started = time.perf_counter()
        with source.transaction() as s:
            generate(s, CHILDREN, seed=1, now=NOW)
        took = time.perf_counter() - started
        with source.session() as s:
            count = sum(1 for _ in svc.iter_all(s, r.RECORD_KINDS.values()))
        print(f"demo caseload: {CHILDREN} children, {count:,} records in {took:.1f} s "
              f"({count / took:,.0f} records/s, one transaction)", flush=True)

        exported: dict = {}

        def export() -> None:
            with source.session() as s:
                exported.update(export_records(s))

        def read_rows() -> None:
            with source.session() as s:
                list(svc.iter_all(s, r.RECORD_KINDS.values()))

        _timed("export (all records)", export, "reading the same rows", read_rows)
        data = json.loads(json.dumps(exported))
        print(f"export file: {len(json.dumps(exported)) / 1e6:.1f} MB of JSON", flush=True)

        target, plain = _vault(root, "target"), _vault(root, "plain")
        with plain.session() as s:
            _report, ready = validate_records(s, data)

        def import_all() -> None:
            with target.transaction() as s:
                assert import_records(s, data).ok

        def write_only() -> None:
            with plain.transaction() as s:
                for record in ready:
                    svc.store_received(s, record, enqueue=True, action="imported")

        _timed("import into an empty vault", import_all, "the same writes with no checks",
               write_only)

        def import_again() -> None:
            with target.transaction() as s:
                assert import_records(s, data).duplicates == count

        def check_only() -> None:
            with target.session() as s:
                validate_records(s, data)

        _timed("import again (all duplicates)", import_again, "checking the file alone",
               check_only)
        for vault in (source, target, plain):
            vault.lock()


if __name__ == "__main__":
    main()
