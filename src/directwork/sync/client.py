"""The laptop's sync: enrol once, then push the outbox up and pull the change feed down.

Each step is saved as soon as it is done (outbox marks after each push, the cursor with each
pulled page), so a sync cut off anywhere resumes where it stopped. Every request is signed with
the device's key. The app never needs this: it is a convenience for when the hub is reachable.

Talking to the hub and storing what came are kept apart: every read and write of the vault
goes through ``run_on_vault`` (by default, here and now). The desktop app runs the client on
a network thread and passes its vault worker's ``run_and_wait``, so the vault keeps its one
thread and a save never waits behind a request to the hub.
"""

from __future__ import annotations

import json
import platform
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ParamSpec, Protocol, TypeVar

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pydantic import BaseModel, ValidationError

from directwork.core.problems import ProblemAnswer, read_problem
from directwork.domain.records import Record
from directwork.store import demo, outbox, sync_state
from directwork.store.vault import Vault
from directwork.sync import signing
from directwork.sync.protocol import (
    API,
    MAX_BATCH,
    MAX_BODY_BYTES,
    PAGE_SIZE,
    ChangeRefused,
    EnrolRequest,
    EnrolResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    check_change,
    envelope,
)

Progress = Callable[[str, int, int | None], None]
M = TypeVar("M", bound=BaseModel)
P = ParamSpec("P")
R = TypeVar("R")


class VaultRunner(Protocol):
    """Runs one step on the vault and returns its result (raising what it raised)."""

    def __call__(self, fn: Callable[P, R], /, *args: P.args, **kwargs: P.kwargs) -> R: ...


def run_here(fn: Callable[P, R], /, *args: P.args, **kwargs: P.kwargs) -> R:
    return fn(*args, **kwargs)
RETRYABLE_STATUS = {429, 500, 502, 503, 504}


class SyncError(Exception):
    """Sync could not finish; what was done before it stopped is kept."""


class DeviceRevoked(SyncError):
    """The hub has withdrawn this laptop's access; its store has been wiped."""


@dataclass
class SyncResult:
    pushed: dict[str, int] = field(default_factory=dict)
    rejected: list[tuple[str, str, str]] = field(default_factory=list)
    pulled: int = 0
    removed_children: list[str] = field(default_factory=list)
    refused_from_hub: int = 0
    pending: int = 0
    complete: bool = False

    @property
    def conflicts(self) -> int:
        return self.pushed.get("conflict", 0)


def is_safe_hub_url(url: str) -> bool:
    """Records only travel encrypted: https, or plain http to this same computer."""
    parsed = httpx.URL(url)
    return parsed.scheme == "https" or (
        parsed.scheme == "http" and parsed.host in ("127.0.0.1", "localhost", "::1"))


def _ssl_context(ca_file: str) -> ssl.SSLContext | bool:
    return ssl.create_default_context(cafile=ca_file) if ca_file else True


class SyncClient:
    """Sync one vault with its hub. ``sync(progress=...)`` reports (stage, done, total)."""

    def __init__(self, vault: Vault, *, transport: httpx.BaseTransport | None = None,
                 timeout: float = 30.0, retries: int = 4, backoff: float = 0.2,
                 on_revoked: Callable[[str], None] | None = None,
                 push_batch: int = MAX_BATCH, max_push_bytes: int = MAX_BODY_BYTES // 4,
                 page_size: int = PAGE_SIZE, run_on_vault: VaultRunner = run_here) -> None:
        self.vault = vault
        self.on_vault = run_on_vault
        self.transport = transport
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.on_revoked = on_revoked
        self.push_batch = push_batch
        self.max_push_bytes = max_push_bytes
        self.page_size = page_size

    # ------------------------------------------------------------------ enrolment

    def enrol(self, hub_url: str, code: str, *, ca_file: str = "",
              device_name: str = "") -> EnrolResponse:
        """Make this laptop's key pair and register it with the hub using a one-time code."""
        if self.on_vault(sync_state.enrolment, self.vault) is not None:
            raise SyncError("this laptop is already enrolled with a hub")
        self._refuse_demo()
        if not is_safe_hub_url(hub_url):
            raise SyncError("the hub's address must start with https:// (plain http only for "
                            "a hub on this same computer)")
        key = signing.new_key()
        first = self.on_vault(self._read, sync_state.next_seq)
        request = EnrolRequest(code=code.strip(), public_key=signing.public_key_b64(key),
                               device_name=device_name or platform.node(), next_seq=first)
        with self._http(hub_url.rstrip("/"), ca_file) as http:
            try:
                response = http.post(f"{API}/enrol", content=request.model_dump_json(),
                                     headers={"Content-Type": "application/json"})
            except httpx.HTTPError as exc:
                raise SyncError(f"could not reach the hub at {hub_url}: {exc}") from None
        if response.status_code != 200:
            raise SyncError(_problem(response).detail)
        answer = EnrolResponse.model_validate_json(response.content)
        self.on_vault(sync_state.save_enrolment, self.vault, hub_url=hub_url.rstrip("/"),
                                  device_id=answer.device_id,
                                  private_key=signing.private_key_bytes(key),
                                  practitioner_id=answer.practitioner_id,
                                  practitioner_name=answer.practitioner_name, team=answer.team,
                                  ca_file=ca_file)
        return answer

    def _read(self, fn: Callable[..., R], *args: Any, **kwargs: Any) -> R:
        with self.vault.session() as session:
            return fn(session, *args, **kwargs)

    def _refuse_demo(self) -> None:
        # Demo children are fictional and their changes sit in the outbox like real ones: a
        # vault holding them must never join the team's shared records.
        if self.on_vault(self._read, demo.demo_children):
                raise SyncError("this vault holds the fictional demo caseload, which must not "
                                "reach the team hub; set up a new vault for real work and "
                                "connect that one")

    # ------------------------------------------------------------------ sync

    def sync(self, progress: Progress | None = None) -> SyncResult:
        """Push everything waiting, then pull everything new. Raises SyncError when the hub
        cannot be reached or refuses; DeviceRevoked after wiping a revoked laptop."""
        enrolled = self.on_vault(sync_state.enrolment, self.vault)
        if enrolled is None:
            raise SyncError("this laptop is not enrolled with a hub yet")
        self._refuse_demo()
        key = Ed25519PrivateKey.from_private_bytes(enrolled.private_key)
        report = progress or (lambda _stage, _done, _total: None)
        result = SyncResult()
        with self._http(enrolled.hub_url, enrolled.ca_file) as http:
            session = _Signed(http, key, enrolled.device_id, self)
            self._push(session, result, report)
            self._pull(session, result, report)
        result.pending = self.on_vault(self._read, outbox.pending_count)
        result.complete = result.pending == 0
        self.on_vault(sync_state.set_last_synced, self.vault, datetime.now(UTC))
        return result

    def _push(self, http: _Signed, result: SyncResult, report: Progress) -> None:
        total = self.on_vault(self._read, outbox.pending_count)
        done = 0
        report("push", 0, total)
        while True:
            batch = self.on_vault(self._read, sync_state.pending_batch, limit=self.push_batch,
                                  max_bytes=self.max_push_bytes)
            if not batch:
                return
            body = PushRequest(cursor=self.on_vault(sync_state.cursor, self.vault), changes=[
                envelope(c.seq, c.kind, c.record_id, c.child_id, c.rev, c.payload) for c in batch])
            response = http.send("POST", f"{API}/push", body.model_dump_json().encode())
            if response.status_code == 409:
                problem = _problem(response)
                expected = problem.expected_seq
                if expected is not None and expected < batch[0].seq and \
                        self.on_vault(sync_state.resend_from, self.vault, expected):
                    continue
                raise SyncError(problem.detail)
            answer = _parse(PushResponse, response)
            self.on_vault(sync_state.mark_pushed, self.vault,
                          [(r.seq, r.status, r.reason) for r in answer.results])
            by_seq = {c.seq: c for c in batch}
            for r in answer.results:
                result.pushed[r.status] = result.pushed.get(r.status, 0) + 1
                if r.status == "rejected" and r.seq in by_seq:
                    c = by_seq[r.seq]
                    result.rejected.append((c.kind, c.record_id, r.reason))
            done += len(batch)
            report("push", done, max(total, done))

    def _pull(self, http: _Signed, result: SyncResult, report: Progress) -> None:
        cursor = self.on_vault(sync_state.cursor, self.vault)
        report("pull", 0, None)
        while True:
            response = http.send("GET", f"{API}/pull", b"", params={"cursor": str(cursor),
                                                                  "limit": str(self.page_size)})
            page = _parse(PullResponse, response)
            records: list[Record] = []
            for change in page.changes:
                try:
                    records.append(check_change(change))
                except ChangeRefused:
                    result.refused_from_hub += 1
            if records or page.removed_children or page.cursor != cursor:
                result.pulled += self.on_vault(sync_state.apply_page, self.vault, records,
                                               page.removed_children, page.cursor)
            result.removed_children += page.removed_children
            cursor = page.cursor
            report("pull", result.pulled, None)
            if not page.more:
                return

    # ------------------------------------------------------------------ transport

    def _http(self, hub_url: str, ca_file: str) -> httpx.Client:
        if self.transport is not None:
            return httpx.Client(base_url=hub_url, transport=self.transport, timeout=self.timeout)
        return httpx.Client(base_url=hub_url, verify=_ssl_context(ca_file), timeout=self.timeout)

    def _revoked(self, message: str) -> None:
        if self.on_revoked is not None:
            self.on_revoked(message)
        self.on_vault(sync_state.wipe, self.vault)
        raise DeviceRevoked(message)


class _Signed:
    """Signed requests with retries for what a retry can fix: a lost connection, a 5xx, and a
    'replayed' answer (our own request delivered twice on the way, so a fresh one is safe)."""

    def __init__(self, http: httpx.Client, key: Ed25519PrivateKey, device_id: str,
                 owner: SyncClient) -> None:
        self.http, self.key, self.device_id, self.owner = http, key, device_id, owner

    def send(self, method: str, path: str, body: bytes,
             params: dict[str, str] | None = None) -> httpx.Response:
        last = ""
        for attempt in range(self.owner.retries + 1):
            if attempt:
                time.sleep(self.owner.backoff * (2 ** (attempt - 1)))
            request = self.http.build_request(method, path, content=body or None, params=params,
                                              headers={"Content-Type": "application/json"})
            request.headers.update(signing.sign_request(
                self.key, self.device_id, method, request.url.path,
                request.url.query.decode("ascii"), body))
            try:
                response = self.http.send(request)
                response.read()
            except httpx.HTTPError as exc:
                last = f"could not reach the hub: {exc}"
                continue
            if response.status_code == 200:
                try:
                    json.loads(response.content)
                except ValueError:
                    last = "the hub's answer was cut off"
                    continue
                return response
            problem = _problem(response)
            if response.status_code == 403 and problem.wipe:
                self.owner._revoked(problem.detail)
            if response.status_code in RETRYABLE_STATUS or (
                    response.status_code == 401 and "replayed" in problem.detail):
                last = f"the hub answered {response.status_code}: {problem.detail}"
                continue
            if response.status_code == 409:
                return response
            raise SyncError(f"the hub refused: {problem.detail}")
        raise SyncError(last or "the hub could not be reached")


def _parse(model: type[M], response: httpx.Response) -> M:
    try:
        return model.model_validate_json(response.content)
    except ValidationError:
        raise SyncError("the hub's answer was not in the form this laptop understands; "
                        "the hub may need updating") from None


def _problem(response: httpx.Response) -> ProblemAnswer:
    return read_problem(response.status_code, response.content)
