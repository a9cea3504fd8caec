"""The record check and hashing of a push (``exchange.check_batch``), in CPU time per push of
100 records as the 50-laptop fleet sends them (``sync_bench._fill``: a child, its plans and
people, visit notes and the child's words), beside the plain steps on the same batches in the
same run: the same record check (``check_change``), then each change's texts made by
``json.dumps`` (its payload's, its own for the digest, and the one ``inbound`` keeps) and each
record's content hash worked out by walking every field. Both are run in turns, several rounds, and their medians printed with the load average
(the machine is shared: CPU time, not wall time). What both give is compared first: a quicker
check that gave anything else would be no figure at all.

Goal: the check well under 20 ms a push, all a push may cost the hub and PostgreSQL together
for 50 laptops at once to be answered within 0.5 s (README).
"""

from __future__ import annotations

import hashlib
import json
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from directwork.domain import codec
from directwork.hub import exchange
from directwork.store import sync_state
from directwork.sync.protocol import ChangeRefused, PushRequest, check_change, envelope
from tests.support.walked import walked

BATCHES = 5
ROUNDS = 7
PUSHES_A_ROUND = 40


def _dumps(value: Any, *, sort_keys: bool = True) -> str:
    return json.dumps(value, sort_keys=sort_keys, separators=(",", ":"), ensure_ascii=False)




def _plain_check(changes: list[Any], raw: list[Any]) -> tuple[Any, ...]:
    """What check_batch works out, by the plain steps."""
    refused: dict[int, str] = {}
    decoded = {}
    for change in changes:
        try:
            decoded[change.seq] = check_change(change)
        except ChangeRefused as exc:
            refused[change.seq] = str(exc)
    canonical = {c.seq: _dumps(c.payload) for c in changes if c.seq not in refused}
    digests = {c.seq: hashlib.sha256(_dumps(r).encode()).hexdigest()
               for c, r in zip(changes, raw, strict=True)}
    contents = {}
    for seq, record in decoded.items():
        body = {k: v for k, v in walked(record).items() if k not in codec._REVISION_FIELDS}
        body["kind"] = record.KIND
        contents[seq] = hashlib.sha256(_dumps(body).encode()).hexdigest()
    bodies = {c.seq: _dumps(r, sort_keys=False) for c, r in zip(changes, raw, strict=True)}
    return refused, canonical, digests, contents, bodies


def _checked(changes: list[Any], raw: list[Any]) -> tuple[Any, ...]:
    batch = exchange.check_batch(changes, raw)
    return batch.refused, batch.canonical, batch.digests, batch.contents, batch.bodies


def _batches() -> list[tuple[list[Any], list[Any]]]:
    """Push requests of 100 records as the fleet's laptops send them, read as the hub reads
    them (the body's JSON, and the request's model made from it)."""
    from benchmarks.sync_bench import _fill, _vault

    made = []
    with tempfile.TemporaryDirectory() as folder:
        for i in range(BATCHES):
            vault = _vault(Path(folder), f"laptop-{i}")
            try:
                _fill(vault, 1, 100, seed=1000 + i)
                with vault.transaction() as s:
                    pending, _ = sync_state.pending_batch(s, limit=100, max_bytes=2**30)
            finally:
                vault.lock()
            body = PushRequest(changes=[
                envelope(c.seq, c.kind, c.record_id, c.child_id, c.rev, c.payload)
                for c in pending]).model_dump_json()
            raw = json.loads(body)
            made.append((PushRequest.model_validate(raw).changes, raw["changes"]))
    return made


def main() -> None:
    batches = _batches()
    for changes, raw in batches:  # the same results, and each kind's quick check made
        assert _checked(changes, raw) == _plain_check(changes, raw)
    times: dict[str, list[float]] = {"check_batch": [], "plain steps": []}
    for _ in range(ROUNDS):
        for name, check in (("check_batch", _checked), ("plain steps", _plain_check)):
            for n in range(PUSHES_A_ROUND):
                changes, raw = batches[n % len(batches)]
                started = time.process_time()
                check(changes, raw)
                times[name].append(time.process_time() - started)
    new, old = (statistics.median(times[k]) * 1000 for k in ("check_batch", "plain steps"))
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"record check of a 100-record push: {new:.2f} ms CPU  | plain steps {old:.2f} ms "
          f"(x{old / new:.1f}); median of {ROUNDS * PUSHES_A_ROUND} pushes each, taken in "
          f"turns; load average {load}")


if __name__ == "__main__":
    main()
