"""The laptop's sync: enrol once, then push the outbox up and pull the change feed down.

Each step is saved as soon as it is done (outbox marks after each push, the cursor with each
pulled page), so a sync cut off anywhere resumes where it stopped. Every request is signed with
the device's key. The app never needs this: it is a convenience for when the hub is reachable.

Before anything moves, the laptop asks the hub what it knows of it (``/state``) and heals what
a restore on either side left behind, saying so in ``SyncResult.healed``:

* the hub was restored from a backup (its epoch changed, or it no longer has the position this
  laptop read to): the laptop sends again its changes the hub lacks, reads the whole feed again
  (its own records too), and offers back every record it holds that the hub did not send;
* the hub lost some of this laptop's numbered changes: they are sent again;
* this laptop was restored from a backup (the hub holds numbers from it that it no longer
  has): changes waiting take numbers after the hub's, and the laptop reads the whole feed
  again, its own records included, to get back what it had sent since the backup.

A pulled page is applied record by record: what cannot be applied is kept aside, encrypted in
the vault, listed in Needs attention with the reason, and the cursor moves on.

Talking to the hub and storing what came are kept apart: every read and write of the vault
goes through ``run_on_vault`` (by default, here and now). The desktop app runs the client on
a network thread and passes its vault worker's ``thread_side.run_and_wait``, so the vault keeps its one
thread and a save never waits behind a request to the hub.
"""

from __future__ import annotations

import functools
import gzip
import json
import platform
import queue
import ssl
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, NamedTuple, ParamSpec, Protocol, TypeVar

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pydantic import BaseModel, ValidationError
from pydantic_core import from_json
from sqlalchemy.orm import Session

from directwork.core.problems import ProblemAnswer, read_problem
from directwork.domain import codec
from directwork.domain.plain_files import read_plain_file, why_not_read
from directwork.store import demo, links, operations, outbox, sync_outset, sync_state
from directwork.store.vault import Vault
from directwork.sync import signing
from directwork.sync.protocol import (
    API,
    LARGEST_PAGE,
    MAX_BATCH,
    MAX_BODY_BYTES,
    MAX_HAND_IN,
    MAX_OPENINGS,
    MAX_PAGE_SIZE,
    NDJSON,
    NOT_ENROLLED,
    PAGE_LIMIT_HEADER,
    ChangeRefused,
    EnrolRequest,
    EnrolResponse,
    FeedChange,
    HandedIn,
    HubState,
    PullHeader,
    PullResponse,
    PushRequest,
    PushResponse,
    RetireRequest,
    RetireResponse,
    TeamViewAnswer,
    TeamViewOpened,
    check_change,
    envelope,
    is_number_reused,
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
# A push body at least this large goes gzipped to a hub that takes it (most of a push is
# repeated JSON names: a tenth of the size, for a few milliseconds of one core); smaller ones
# go plain, as compressing them saves less than it costs on a fast network.
GZIP_FROM = 128 * 1024
GZIP_LEVEL = 5
FORGOTTEN = ("the team hub no longer knows this laptop (it may have been restored from a backup "
             "made before this laptop joined it); nothing on this laptop is lost: ask the hub's "
             "administrator for a new enrolment code and connect with it, and everything the "
             "hub lacks goes up again")
DEMO_REFUSED = ("this vault holds the fictional demo caseload, which must not reach the team "
                "hub; set up a new vault for real work and connect that one")
MAX_RESENDS = 3
# Records asked for in a pulled page: the most every hub gives, as each page also costs the
# hub a signed request, a read of its feed and a line of its audit trail, whatever its size
# (fewer, larger pages took a third off the hub's work for a first sync); and once the hub's
# answer has said it gives more (newer hubs do), up to PULL_LARGEST.
PULL_PAGE = MAX_PAGE_SIZE
# At most this many pulled pages, already here, stored in one transaction, and at most
# COMMIT_RECORDS records unless one page holds more (a page goes in whole, with the cursor
# after it): a save waiting for the vault waits for one such transaction at most. A page is
# no larger than that.
PAGES_PER_COMMIT = 2
COMMIT_RECORDS = 2 * MAX_PAGE_SIZE
PULL_LARGEST = min(LARGEST_PAGE, COMMIT_RECORDS)


@dataclass
class SyncResult:
    """What one sync did. ``pulled`` counts records applied here (new on this laptop)."""

    pushed: dict[str, int] = field(default_factory=dict)
    rejected: list[tuple[str, str, str]] = field(default_factory=list)
    pulled: int = 0
    received: int = 0
    kept_aside: int = 0
    removed_children: list[str] = field(default_factory=list)
    refused_from_hub: int = 0
    pending: int = 0
    complete: bool = False
    healed: list[str] = field(default_factory=list)

    @property
    def conflicts(self) -> int:
        return self.pushed.get("conflict", 0)

    @property
    def applied(self) -> int:
        return self.pulled

    @property
    def sent(self) -> int:
        return sum(self.pushed.values())

    @property
    def refused(self) -> int:
        """Changes of this laptop's the hub refused in this sync."""
        return len(self.rejected)


class SyncError(Exception):
    """Sync could not finish; what was done before it stopped is kept (``result``)."""

    def __init__(self, message: str, result: SyncResult | None = None) -> None:
        super().__init__(message)
        self.result = result


class DeviceRevoked(SyncError):
    """The hub has withdrawn this laptop's access; its store has been wiped."""


class DeviceRetired(DeviceRevoked):
    """This laptop was retired: it handed in what the hub did not hold, then wiped itself."""


def is_safe_hub_url(url: str) -> bool:
    """Records only travel encrypted: https, or plain http to this same computer."""
    parsed = httpx.URL(url)
    return parsed.scheme == "https" or (
        parsed.scheme == "http" and parsed.host in ("127.0.0.1", "localhost", "::1"))


def _ssl_context(ca_file: str) -> ssl.SSLContext:
    """The TLS settings for the hub: its own CA when enrolment gave one, else the usual ones.
    Made once and kept while the CA file's bytes are unchanged: loading certificates is most
    of what a sync with nothing to do would otherwise spend on this side of the connection.
    A CA file that cannot be used is a SyncError saying why, in words: a pipe or a device is
    not read at all (a pipe would leave the sync waiting for ever)."""
    if not ca_file:
        return _contexts(None, b"")
    return _contexts(ca_file, _ca_bytes(ca_file))


# A certificate authority's file holds a certificate or a few: anything larger is not one.
CA_FILE_LIMIT = 1024 * 1024


def _ca_bytes(ca_file: str) -> bytes:
    try:
        return read_plain_file(ca_file, CA_FILE_LIMIT)
    except OSError as exc:
        raise SyncError(why_not_read(f"the certificate authority file {ca_file}", exc,
                                     "a certificate authority file")) from None


@functools.lru_cache(maxsize=8)
def _contexts(ca_file: str | None, cadata: bytes) -> ssl.SSLContext:
    if ca_file is None:
        return httpx.create_ssl_context()
    try:
        if b"-----BEGIN" in cadata:
            # PEM: OpenSSL reads the certificates between their BEGIN and END lines and
            # passes over any words around them (which may be in any language).
            return ssl.create_default_context(cadata=cadata.decode("ascii", "ignore"))
        return ssl.create_default_context(cadata=cadata)  # DER: one certificate, binary
    except (ssl.SSLError, ValueError):
        raise SyncError(f"the certificate authority file {ca_file} holds no certificate this "
                        "laptop can read (it should be the hub's .pem or .crt file)") from None


# What a sync reads of the vault before it asks the hub anything, in one statement: a sync
# with nothing to do then reads nothing more, and writes only when it finished.
_Outset = sync_outset.Outset


def _finished(vault: Vault, when: datetime) -> int:
    """The end of a sync: the time it finished kept, and how many changes still wait to go up
    (``sync_outset.finish``: one transaction that does not wait for the disk; a power cut
    could only bring back the time of the sync before)."""
    return sync_outset.finish(vault, codec.utc_iso(when))


def _hub_said(session: Session, manager: bool, linked: list[str]) -> None:
    links.set_team_manager(session, manager)
    links.set_also_linked(session, linked)


@dataclass
class _Heal:
    pull_all: bool = False
    own: bool = False
    offer_back: bool = False


class SyncClient:
    """Sync one vault with its hub. ``sync(progress=...)`` reports (stage, done, total)."""

    def __init__(self, vault: Vault, *, transport: httpx.BaseTransport | None = None,
                 timeout: float = 30.0, retries: int = 4, backoff: float = 0.2,
                 on_revoked: Callable[[str], None] | None = None,
                 push_batch: int = MAX_BATCH, max_push_bytes: int = MAX_BODY_BYTES // 4,
                 page_size: int | None = None, run_on_vault: VaultRunner = run_here,
                 pages_per_commit: int = PAGES_PER_COMMIT) -> None:
        self.vault = vault
        self.on_vault = run_on_vault
        self.transport = transport
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.on_revoked = on_revoked
        self.push_batch = push_batch
        self.max_push_bytes = max_push_bytes
        # None: the pages the hub gives (``page_after``); a number: pages of that size.
        self.page_size = page_size
        self.pages_per_commit = pages_per_commit
        self._handing_in = False  # a revoked laptop's hand-in is on its way

    # ------------------------------------------------------------------ enrolment

    def enrol(self, hub_url: str, code: str, *, ca_file: str = "",
              device_name: str = "") -> EnrolResponse:
        """Make this laptop's key pair and register it with the hub using a one-time code,
        then confirm. Retried through a failing network; the key is kept in the vault before
        the first attempt, so a retry (even after the app was closed) gets the same device."""
        held = self.on_vault(sync_state.enrolment, self.vault)
        if held is not None and held.confirmed and self.on_vault(self._read,
                                                                 sync_state.is_enrolled):
            raise SyncError("this laptop is already enrolled with a hub")
        # An enrolment never confirmed (its code ran out first) gives way to a new one.
        self._refuse_demo()
        if not is_safe_hub_url(hub_url):
            raise SyncError("the hub's address must start with https:// (plain http only for "
                            "a hub on this same computer)")
        hub_url = hub_url.rstrip("/")
        raw_key = self.on_vault(sync_state.enrolment_key, self.vault, code,
                                lambda: signing.private_key_bytes(signing.new_key()))
        key = Ed25519PrivateKey.from_private_bytes(raw_key)
        first = self.on_vault(self._read, sync_state.next_seq)
        request = EnrolRequest(code=code.strip(), public_key=signing.public_key_b64(key),
                               device_name=device_name or platform.node(), next_seq=first)
        with self._http(hub_url, ca_file) as http:
            response = self._enrol_request(http, hub_url, request.model_dump_json().encode())
            answer = _parse(EnrolResponse, response)
            self.on_vault(sync_state.save_enrolment, self.vault, hub_url=hub_url,
                          device_id=answer.device_id, private_key=raw_key,
                          practitioner_id=answer.practitioner_id,
                          practitioner_name=answer.practitioner_name, team=answer.team,
                          ca_file=ca_file, confirmed=answer.confirmed)
            if not answer.confirmed:
                try:
                    self._confirm(_Signed(http, key, answer.device_id, self))
                except SyncError:
                    return answer  # kept unconfirmed: the next sync confirms first
        return answer.model_copy(update={"confirmed": True})

    def _enrol_request(self, http: httpx.Client, hub_url: str, body: bytes) -> httpx.Response:
        last = ""
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * (2 ** (attempt - 1)))
            try:
                response = http.post(f"{API}/enrol", content=body,
                                     headers={"Content-Type": "application/json"})
                response.read()
            except httpx.HTTPError as exc:
                last = f"could not reach the hub at {hub_url}: {exc}"
                continue
            if response.status_code == 200:
                if _is_json(response):
                    return response
                last = "the hub's answer was cut off"
                continue
            if response.status_code in RETRYABLE_STATUS:
                last = f"the hub answered {response.status_code}: {_problem(response).detail}"
                continue
            raise SyncError(_problem(response).detail)
        raise SyncError(last or f"could not reach the hub at {hub_url}")

    def _confirm(self, http: _Signed) -> None:
        response = http.send("POST", f"{API}/enrol/confirm", b"")
        _parse(EnrolResponse, response)
        self.on_vault(sync_state.set_confirmed, self.vault)

    def _read(self, fn: Callable[..., R], *args: Any, **kwargs: Any) -> R:
        with self.vault.session() as session:
            return fn(session, *args, **kwargs)

    def _refuse_demo(self) -> None:
        # Demo children are fictional and their changes sit in the outbox like real ones: a
        # vault holding them must never join the team's shared records.
        if self.on_vault(self._read, demo.demo_children):
            raise SyncError(DEMO_REFUSED)

    # ------------------------------------------------------------------ sync

    def sync(self, progress: Progress | None = None) -> SyncResult:
        """Heal what a restore left behind, push everything waiting, then pull everything new.
        Raises SyncError (with what was done so far) when the hub cannot be reached or
        refuses; DeviceRevoked after wiping a revoked laptop, DeviceRetired after a retired
        one has handed in what it held and wiped."""
        outset = self.on_vault(sync_outset.read_vault, self.vault)
        enrolled = outset.enrolment
        if enrolled is None:
            raise SyncError("this laptop is not enrolled with a hub yet")
        if outset.demo_children:
            raise SyncError(DEMO_REFUSED)
        key = Ed25519PrivateKey.from_private_bytes(enrolled.private_key)
        report = progress or (lambda _stage, _done, _total: None)
        result = SyncResult()
        try:
            with self._http(enrolled.hub_url, enrolled.ca_file) as http:
                session = _Signed(http, key, enrolled.device_id, self)
                if not enrolled.confirmed:
                    self._confirm(session)
                self._sync(session, result, report, outset)
        except DeviceRevoked:
            raise
        except SyncError as exc:
            exc.result = result
            raise
        result.pending = self.on_vault(_finished, self.vault, datetime.now(UTC))
        result.complete = result.pending == 0
        return result

    def _sync(self, http: _Signed, result: SyncResult, report: Progress,
              outset: _Outset) -> None:
        here = outset.position
        state = _parse(HubState, http.send("GET", f"{API}/state", b"",
                                           params={"position": here.token}))
        http.gzip = state.accepts_gzip
        heal = self._heal(state, here, result)
        hub_last = self._numbers_reused(http, state, here, result, heal)
        if outset.manager != state.manager or \
                outset.also_linked != sorted(set(state.linked_children)):
            self.on_vault(operations.change, self.vault, _hub_said, state.manager,
                          state.linked_children)
        self._report_team_view(http, outset.openings)
        if state.retiring:
            self._retire(http, state, result, report)
            return
        # Nothing waiting before the sync began and nothing healed: no need to look again
        # (a change saved meanwhile goes up at the next sync).
        waiting = None if result.healed or hub_last != state.last_seq or result.pushed \
            else outset.pending
        last_seq = self._push(http, result, report, after=hub_last, waiting=waiting)
        if result.healed:
            here = self.on_vault(sync_state.position, self.vault)
        # Otherwise the outset's cursor, epoch and position token are the vault's still: only
        # healing and pulling move them (a push marks the outbox, whose numbers are not read
        # again here).
        seen: set[tuple[str, str, str]] = set()
        pulled = heal.pull_all or state.feed_head > here.cursor
        if pulled:
            seen = self._pull(http, result, report, here, own=heal.own)
            if heal.own:
                self.on_vault(sync_state.own_pulled, self.vault)
        else:
            report("pull", 0, None)  # nothing new in the feed: no request needed
        if heal.offer_back:
            offered = self.on_vault(sync_state.offer_back, self.vault, seen)
            if offered:
                self._push(http, result, report, after=last_seq)
                result.healed.append(f"{offered} records this laptop holds and the hub had "
                                     "lost were sent back to it")
        # Only a pull keeps records from the hub aside: with none kept before this sync and
        # none kept by its pull, there is nothing to try again (and nothing to read).
        if outset.kept_aside or result.kept_aside:
            result.pulled += self.on_vault(sync_state.retry_kept_aside, self.vault)
        if state.epoch != here.epoch:
            self.on_vault(sync_state.set_epoch, self.vault, state.epoch)

    def _report_team_view(self, http: _Signed, opened: list[str]) -> None:
        """Openings of the team view on this laptop, kept by the hub too; kept here until the
        hub says it has them."""
        while opened:
            sent = opened[:MAX_OPENINGS]
            body = TeamViewOpened(opened=sent).model_dump_json().encode()
            _parse(TeamViewAnswer, http.send("POST", f"{API}/team-view", body))
            self.on_vault(operations.change, self.vault, links.openings_reported, sent)
            opened = opened[MAX_OPENINGS:]

    def _heal(self, state: HubState, here: sync_state.Position, result: SyncResult) -> _Heal:
        """What a restore on either side left behind, put right before anything moves."""
        # A pull with this laptop's own records in it, cut off before the feed's end at an
        # earlier sync, goes on with them.
        heal = _Heal(pull_all=here.own_pull, own=here.own_pull)
        hub_restored = (bool(here.epoch) and state.epoch != here.epoch) or \
            here.cursor > state.feed_head
        if state.last_seq > here.highest_seq:
            moved = self._number_after(state.last_seq, heal)
            result.healed.append(
                f"this laptop had been restored from a backup: the hub already held its "
                f"changes up to number {state.last_seq}, so {moved} changes waiting to go up "
                "were numbered after it, and its own records are brought back from the hub")
        elif state.last_seq < here.highest_answered:
            resent = self.on_vault(sync_state.resend_from, self.vault, state.last_seq + 1)
            result.healed.append(f"the hub had lost {resent} of this laptop's changes "
                                 "(restored from a backup): they were sent again")
        if hub_restored:
            self.on_vault(functools.partial(sync_state.restart_pull, own=True), self.vault)
            heal.pull_all = heal.own = heal.offer_back = True
            result.healed.append("the hub had been restored from a backup: this laptop read "
                                 "everything from the start again")
        return heal

    def _numbers_reused(self, http: _Signed, state: HubState, here: sync_state.Position,
                        result: SyncResult, heal: _Heal) -> int:
        """The hub holds changes of this laptop's up to a number it never heard answered: an
        answer lost on the way, or this laptop restored from a backup and those numbers given
        again to work typed since. The changes waiting under those numbers go first, alone:
        the hub answers one it holds "duplicate", and refuses one whose number it holds
        another change under (``is_number_reused``). Those are numbered after the hub's
        (with every change after them, in order) and sent again by the push, and this laptop
        reads its own records again from the hub, to get back what it had sent since the
        backup. Returns the highest number the hub then holds."""
        last = state.last_seq
        if not here.highest_answered < last <= here.highest_seq:
            return last
        coming = self.on_vault(sync_state.push_batch, self.vault, after=last,
                               limit=self.push_batch, max_bytes=self.max_push_bytes)
        batch = [c for c in coming.changes if c.seq <= last]
        if not batch:
            return last
        body = PushRequest(cursor=coming.cursor, changes=[
            envelope(c.seq, c.kind, c.record_id, c.child_id, c.rev, c.payload) for c in batch],
            skipped=[n for n in coming.skipped if n < batch[-1].seq])
        sent = body.model_dump_json().encode()
        response = http.send("POST", f"{API}/push", sent,
                             compress=http.gzip and len(sent) >= GZIP_FROM)
        if response.status_code == 409:
            raise SyncError(_problem(response).detail)
        answer = _parse(PushResponse, response)
        reused = {r.seq for r in answer.results if is_number_reused(r)}
        answered = [r for r in answer.results if r.seq not in reused]
        self.on_vault(sync_state.mark_pushed, self.vault,
                      [(r.seq, r.status, r.reason) for r in answered])
        by_seq = {c.seq: c for c in batch}
        for r in answered:
            result.pushed[r.status] = result.pushed.get(r.status, 0) + 1
            if r.status == "rejected" and r.seq in by_seq:
                c = by_seq[r.seq]
                result.rejected.append((c.kind, c.record_id, r.reason))
        if reused:
            moved = self._number_after(answer.last_seq, heal)
            result.healed.append(
                f"this laptop had been restored from a backup and had given numbers the hub "
                f"already held (up to {answer.last_seq}) to new work: {moved} changes waiting "
                "to go up were numbered after them, and its own records are brought back "
                "from the hub")
        return answer.last_seq

    def _number_after(self, last_seq: int, heal: _Heal) -> int:
        """This laptop was restored from a backup and the hub holds its changes up to
        ``last_seq``: the changes waiting to go up are numbered after it, in order, and its own
        records are read again from the hub. Returns how many were numbered."""
        moved = self.on_vault(sync_state.renumber_after, self.vault, last_seq)
        self.on_vault(functools.partial(sync_state.restart_pull, own=True), self.vault)
        heal.pull_all = heal.own = True
        return moved

    def _push(self, http: _Signed, result: SyncResult, report: Progress, *, after: int,
              waiting: int | None = None) -> int:
        """Send every change waiting; returns the highest number the hub then holds.
        ``waiting``: how many the caller has just counted (none: nothing to read)."""
        total = self.on_vault(self._read, outbox.pending_count) if waiting is None else waiting
        done, last, resends = 0, after, 0
        report("push", 0, total)
        if waiting == 0:
            return last
        sizes = {"limit": self.push_batch, "max_bytes": self.max_push_bytes}
        # Each batch is read with the cursor the push tells the hub, and after the first, in
        # the same step of the vault as the marks of the batch before it (committed first).
        coming = self.on_vault(sync_state.push_batch, self.vault, after=last, **sizes)
        while True:
            batch, skipped = coming.changes, coming.skipped
            if not batch:
                return last
            body = PushRequest(cursor=coming.cursor, skipped=skipped, changes=[
                envelope(c.seq, c.kind, c.record_id, c.child_id, c.rev, c.payload) for c in batch])
            sent = body.model_dump_json().encode()
            response = http.send("POST", f"{API}/push", sent,
                                 compress=http.gzip and len(sent) >= GZIP_FROM)
            if response.status_code == 409:
                problem = _problem(response)
                expected = problem.expected_seq
                first = min([batch[0].seq, *skipped])
                if expected is not None and 0 < expected < first and resends < MAX_RESENDS:
                    # The hub lacks numbers before these: they go again (or are skipped).
                    resends += 1
                    self.on_vault(sync_state.resend_from, self.vault, expected)
                    last = expected - 1
                    coming = self.on_vault(sync_state.push_batch, self.vault, after=last,
                                           **sizes)
                    continue
                raise SyncError(problem.detail)
            answer = _parse(PushResponse, response)
            coming = self.on_vault(sync_state.mark_pushed_then_next, self.vault,
                                   [(r.seq, r.status, r.reason) for r in answer.results],
                                   after=answer.last_seq, **sizes)
            by_seq = {c.seq: c for c in batch}
            for r in answer.results:
                result.pushed[r.status] = result.pushed.get(r.status, 0) + 1
                if r.status == "rejected" and r.seq in by_seq:
                    c = by_seq[r.seq]
                    result.rejected.append((c.kind, c.record_id, r.reason))
            last = answer.last_seq
            done += len(batch)
            report("push", done, max(total, done))

    def _pull(self, http: _Signed, result: SyncResult, report: Progress,
              here: sync_state.Position | None = None, *, own: bool = False,
              ) -> set[tuple[str, str, str]]:
        """Read the feed to its end; returns (kind, id, rev) of every record the hub sent.

        Pages are asked for on threads of their own (``_PagesAhead``: the next page as soon
        as the hub has said where the last one ends, so the hub reads it while the last is
        still arriving), each record decoded and checked as it arrives, while the pages
        already here are stored. The pages that arrived while the last were being stored go
        in together (up to ``pages_per_commit``), in order, in one transaction with the
        cursor after them: an interrupted pull starts again from the last page stored, and
        a hub quicker than storing costs fewer commits. ``here``: the vault's position as
        the pull starts, when the caller has just read it."""
        if here is None:
            here = self.on_vault(sync_state.position, self.vault)
        cursor, position = here.cursor, here.token
        seen: set[tuple[str, str, str]] = set()
        report("pull", 0, None)
        sizes = _PageSizes(self.page_size)
        fetch = functools.partial(self._fetch_page, http, own=own, sizes=sizes)
        ahead = _PagesAhead(fetch, cursor, self.pages_per_commit)
        try:
            while True:
                fetched, error = ahead.take(self.pages_per_commit, COMMIT_RECORDS)
                following: list[_Fetched] = []
                for one in fetched:
                    if one.asked != (following[-1].page.cursor if following else cursor):
                        break
                    following.append(one)
                broken = len(following) < len(fetched)
                pages = [sync_state.Page(one.items, one.page.removed_children, one.page.cursor,
                                         one.page.position) for one in following]
                if any(page.items or page.removed_children for page in pages) or (
                        pages and (pages[-1].cursor, pages[-1].position_token)
                        != (cursor, position)):
                    for outcome in self.on_vault(sync_state.apply_pages, self.vault, pages):
                        result.received += outcome.received
                        result.pulled += outcome.applied
                        result.kept_aside += outcome.kept_aside
                        seen |= outcome.seen
                for one in following:
                    result.refused_from_hub += one.refused
                    result.removed_children += one.page.removed_children
                    cursor, position = one.page.cursor, one.page.position
                    report("pull", result.pulled, None)
                if broken:
                    # A page read again (it was cut off on the way) ended elsewhere than it
                    # first said, and the next was asked for from there: ask again from where
                    # the pages stored end.
                    ahead.stop()
                    ahead = _PagesAhead(fetch, cursor, self.pages_per_commit)
                    continue
                if error is not None:
                    raise error
                if not following[-1].page.more:
                    return seen
        finally:
            # A page asked for and not stored (the sync stopped) is asked for again next
            # time; its answer, or its error, is not wanted now.
            ahead.stop()

    def _fetch_page(self, http: _Signed, cursor: int, ends: _Ends, *, own: bool,
                    sizes: _PageSizes) -> tuple[PullResponse, list[sync_state.Received], int]:
        """One page of the feed after ``cursor``, each record decoded and checked against the
        strict schema (or carrying why it does not fit); and how many did not fit. ``ends``
        is told where the page ends, and whether more follow, as soon as the hub says so.

        The page is asked for as lines (``NDJSON``), each record decoded and checked as its
        line arrives; a hub that sends one JSON document is read the old way. The page's
        size is ``sizes``' to say, and the answer tells it what the hub gives."""
        params = {"cursor": str(cursor), "limit": str(sizes.asking)}
        if own:
            params["own"] = "true"
        return http.receive(f"{API}/pull", params, NDJSON,
                            functools.partial(self._read_page, ends=ends, sizes=sizes))

    def _read_page(self, response: httpx.Response, *, ends: _Ends,
                   sizes: _PageSizes | None = None,
                   ) -> tuple[PullResponse, list[sync_state.Received], int]:
        if sizes is not None:  # before ``ends`` asks for the next page
            sizes.heard(response.headers.get(PAGE_LIMIT_HEADER))
        if not response.headers.get("content-type", "").startswith(NDJSON):
            response.read()
            if not _is_json(response):
                raise _CutOff()
            page = _parse(PullResponse, response)
            ends(page.cursor, page.more)
            items = [_checked(change) for change in page.changes]
            return page, items, sum(item.record is None for item in items)
        lines = response.iter_lines()
        header = _parse_line(PullHeader, next(lines, ""))
        ends(header.cursor, header.more)
        items = [_received(line) for line in lines if line]
        if len(items) != header.count:
            raise _CutOff()  # the lines stopped short: the page is asked for again
        page = PullResponse(changes=[], removed_children=header.removed_children,
                            cursor=header.cursor, more=header.more, epoch=header.epoch,
                            position=header.position)
        return page, items, sum(item.record is None for item in items)

    def _retire(self, http: _Signed, state: HubState, result: SyncResult,
                report: Progress) -> None:
        """Send what is waiting, hand in what the hub does not hold, then wipe."""
        self._push(http, result, report, after=state.last_seq)
        waiting = self.on_vault(self._read, outbox.pending_count)
        items = self.on_vault(self._read, sync_state.unsettled)
        if waiting:
            raise SyncError(f"this laptop is being retired, but {waiting} changes could not go "
                            "up yet; it will hand in and wipe at a later sync")
        if len(items) > MAX_HAND_IN:
            raise SyncError(f"this laptop is being retired and holds {len(items)} records the "
                            "hub does not; ask the hub's administrator to export them by hand")
        body = RetireRequest(handed_in=[
            HandedIn(kind=i.kind[:32] if i.kind else "unknown", id=i.record_id[:200],
                     child_id=i.child_id[:200], reason=i.reason[:2000], payload=i.payload)
            for i in items])
        answer = _parse(RetireResponse, http.send("POST", f"{API}/retire",
                                                  body.model_dump_json().encode()))
        n = answer.handed_in
        message = (f"this laptop has been retired from the team hub: everything has gone up, "
                   f"{n} record{'' if n == 1 else 's'} the hub did not hold "
                   f"{'was' if n == 1 else 'were'} handed in, and its records are being removed "
                   "from it")
        if self.on_revoked is not None:
            self.on_revoked(message)
        self.on_vault(sync_state.wipe, self.vault)
        raise DeviceRetired(message, result)

    def _hand_in_revoked(self, http: _Signed, message: str) -> str:
        """The hub withdrew this laptop's access: before it wipes, what it holds that the hub
        does not (changes waiting to go up, changes refused, records kept aside) is handed in
        to the hub's administrator, as a retiring laptop's is; ``message`` says what became
        of it, so that nothing typed goes unsaid."""
        items = self.on_vault(self._read, sync_state.not_on_hub)
        if not items:
            return message
        handed = [HandedIn(kind=i.kind[:32] if i.kind else "unknown", id=i.record_id[:200],
                           child_id=i.child_id[:200], reason=i.reason[:2000], payload=i.payload)
                  for i in items[:MAX_HAND_IN]]
        # As many as one request carries (a recording can be large), oldest first.
        room, fits = MAX_BODY_BYTES - 64 * 1024, 0
        for item in handed:
            room -= len(item.model_dump_json().encode()) + 1
            if room < 0:
                break
            fits += 1
        body = RetireRequest(handed_in=handed[:fits]).model_dump_json().encode()
        self._handing_in = True
        try:
            given = _parse(RetireResponse, http.send("POST", f"{API}/retire", body)).handed_in \
                if fits else 0
        except SyncError:
            given = 0
        finally:
            self._handing_in = False
        total = len(items)
        changes = f"{total} change{'' if total == 1 else 's'} made on it that the hub did not hold"
        if given == total:
            return f"{message}; first, the {changes} {'was' if total == 1 else 'were'} handed " \
                   "in to the hub's administrator"
        lost = total - given
        lost_words = (f"the other {lost}" if given else f"the {changes}") + \
            f" could not be handed in and {'is' if lost == 1 else 'are'} removed with it: tell " \
            "your manager what you had recorded on it that had not reached the hub"
        if not given:
            return f"{message}; {lost_words}"
        return f"{message}; first, {given} of the {changes} were handed in to the hub's " \
               f"administrator; {lost_words}"

    # ------------------------------------------------------------------ transport

    def _http(self, hub_url: str, ca_file: str) -> httpx.Client:
        if self.transport is not None:
            return httpx.Client(base_url=hub_url, transport=self.transport, timeout=self.timeout)
        return httpx.Client(base_url=hub_url, verify=_ssl_context(ca_file), timeout=self.timeout)

    def _revoked(self, message: str, http: _Signed | None = None) -> None:
        if http is not None and not self._handing_in:
            message = self._hand_in_revoked(http, message)
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
        self.gzip = False  # the hub takes gzipped bodies (its state says so)

    def send(self, method: str, path: str, body: bytes,
             params: dict[str, str] | None = None, *, compress: bool = False) -> httpx.Response:
        """``compress``: send the body gzipped (to a hub that said it takes that); the
        signature covers the body as decoded."""
        last = ""
        headers = {"Content-Type": "application/json"}
        content = body or None
        if compress and body:
            content = gzip.compress(body, compresslevel=GZIP_LEVEL)
            headers["Content-Encoding"] = "gzip"
        for attempt in range(self.owner.retries + 1):
            if attempt:
                time.sleep(self.owner.backoff * (2 ** (attempt - 1)))
            request = self.http.build_request(method, path, content=content, params=params,
                                              headers=headers)
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
                if _is_json(response):
                    return response
                last = "the hub's answer was cut off"
                continue
            if response.status_code == 409:
                return response
            last = self._refused(response)
        raise SyncError(last or "the hub could not be reached")

    def receive(self, path: str, params: dict[str, str], accept: str,
                read: Callable[[httpx.Response], R]) -> R:
        """A signed GET whose answer ``read`` takes as it arrives (a stream); an answer cut
        off on the way (``_CutOff``, or the connection lost) is asked for again."""
        last = ""
        for attempt in range(self.owner.retries + 1):
            if attempt:
                time.sleep(self.owner.backoff * (2 ** (attempt - 1)))
            request = self.http.build_request("GET", path, params=params,
                                              headers={"Accept": accept})
            request.headers.update(signing.sign_request(
                self.key, self.device_id, "GET", request.url.path,
                request.url.query.decode("ascii"), b""))
            try:
                response = self.http.send(request, stream=True)
                try:
                    if response.status_code == 200:
                        return read(response)
                    response.read()
                finally:
                    response.close()
            except httpx.HTTPError as exc:
                last = f"could not reach the hub: {exc}"
                continue
            except _CutOff:
                last = "the hub's answer was cut off"
                continue
            last = self._refused(response)
        raise SyncError(last or "the hub could not be reached")

    def _refused(self, response: httpx.Response) -> str:
        """An answer other than 200: why to try again, or raises what it means."""
        problem = _problem(response)
        if response.status_code == 403 and problem.wipe and not self.owner._handing_in:
            self.owner._revoked(problem.detail, self)
        if response.status_code == 401 and problem.detail == NOT_ENROLLED:
            self.owner.on_vault(sync_state.set_forgotten, self.owner.vault)
            raise SyncError(FORGOTTEN)
        if response.status_code in RETRYABLE_STATUS or (
                response.status_code == 401 and "replayed" in problem.detail):
            return f"the hub answered {response.status_code}: {problem.detail}"
        raise SyncError(f"the hub refused: {problem.detail}")


# Told where a page ends (its cursor) and whether more follow, as soon as the hub says so.
_Ends = Callable[[int, bool], None]


def page_after(said: str | None, largest: int | None = None) -> int | None:
    """The records to ask for a page once a hub's pull answer said ``said`` (its
    ``PAGE_LIMIT_HEADER``: the largest page it gives), at most ``largest`` (PULL_LARGEST);
    None when it said nothing this laptop can read (an older hub, which gives MAX_PAGE_SIZE
    at most)."""
    if said is None or not said.isascii() or not said.isdigit() or len(said) > 9:
        return None
    hub_gives = int(said)
    if hub_gives < 1:
        return None
    return min(hub_gives, PULL_LARGEST if largest is None else largest)


class _PageSizes:
    """The size of the pages one pull asks for. A size the caller chose is kept; otherwise
    the first page asks for MAX_PAGE_SIZE, which every hub gives, and the pages after it for
    what the hub's answers say it gives (``page_after``): a laptop never asks an older hub,
    which says nothing and refuses a larger ``limit``, for more than it gives."""

    def __init__(self, chosen: int | None) -> None:
        self.fixed = chosen is not None
        self.asking = chosen if chosen is not None else PULL_PAGE

    def heard(self, said: str | None) -> None:
        if self.fixed:
            return
        size = page_after(said)
        self.asking = PULL_PAGE if size is None else size


@dataclass(frozen=True)
class _Fetched:
    """A page of the feed as the pull read it: the cursor it was asked for after, the page,
    its records decoded and checked, and how many did not fit the record rules."""

    asked: int
    page: PullResponse
    items: list[sync_state.Received]
    refused: int


class _Stopped(Exception):
    """The pull stopped before this page was asked for."""


class _PagesAhead:
    """The feed's pages from ``cursor``, asked for on two threads of their own: the next
    page as soon as the last one's first line has said where it ends, so the hub reads it
    while the last is still arriving; at most ``limit`` pages asked for and not yet taken.
    ``take`` hands them over in order; an error that stopped a page comes after the pages
    before it."""

    def __init__(self, fetch: Callable[[int, _Ends], tuple[PullResponse,
                                                           list[sync_state.Received], int]],
                 cursor: int, limit: int) -> None:
        self._fetch = fetch
        self._room = threading.Semaphore(max(1, limit))
        self._stopped = threading.Event()
        self._asked: queue.Queue[Future[_Fetched]] = queue.Queue()
        self._held: Future[_Fetched] | None = None  # the next page, not yet here at a take
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="pull")
        self._ask(cursor)

    def _ask(self, cursor: int) -> None:
        if self._stopped.is_set():
            return
        try:
            self._asked.put(self._pool.submit(self._read, cursor))
        except RuntimeError:  # stopping: no new page is asked for
            pass

    def _read(self, cursor: int) -> _Fetched:
        while not self._room.acquire(timeout=0.05):
            if self._stopped.is_set():
                raise _Stopped()
        next_asked = False

        def ends(next_cursor: int, more: bool) -> None:
            nonlocal next_asked
            if more and not next_asked:  # once, even when this page is read again
                next_asked = True
                self._ask(next_cursor)

        page, items, refused = self._fetch(cursor, ends)
        ends(page.cursor, page.more)
        return _Fetched(cursor, page, items, refused)

    def _next(self, *, wait: bool) -> Future[_Fetched] | None:
        if self._held is not None:
            found, self._held = self._held, None
            return found
        if wait:
            return self._asked.get()
        try:
            return self._asked.get_nowait()
        except queue.Empty:
            return None

    def take(self, most: int, records: int | None = None,
             ) -> tuple[list[_Fetched], BaseException | None]:
        """The pages read and not yet taken, in order, at most ``most`` and, after the first,
        no more than ``records`` records in all (waiting for the first when it is not here
        yet), and the error that stopped the page after them."""
        taken: list[_Fetched] = []
        held = 0
        coming = self._next(wait=True)
        while coming is not None:
            if taken and not coming.done():
                self._held = coming
                break
            try:
                one = coming.result()
            except BaseException as exc:  # the pull raises it in its turn
                self._room.release()
                return taken, exc
            if taken and records is not None and held + len(one.items) > records:
                self._held = coming  # taken next time, first
                break
            self._room.release()
            held += len(one.items)
            taken.append(one)
            if len(taken) >= most or not one.page.more:
                break
            coming = self._next(wait=False)
        return taken, None

    def stop(self) -> None:
        """Ask for no more pages; a request on its way is let finish (its answer unused)."""
        self._stopped.set()
        self._pool.shutdown(wait=True, cancel_futures=True)


class _CutOff(Exception):
    """An answer that stopped short (fewer lines than it said, or a line that is not whole
    JSON): asked for again."""


def _parse_line(model: type[M], line: str) -> M:
    try:
        return model.model_validate_json(line)
    except ValidationError as exc:
        if not line or any(e["type"] == "json_invalid" for e in exc.errors()):
            raise _CutOff() from None
        raise SyncError("the hub's answer was not in the form this laptop understands; "
                        "the hub may need updating") from None


def _feed_shape_known() -> bool:
    """Whether ``FeedChange`` is still the plain shape ``_feed_change`` checks by hand: four
    texts (``rev`` optional) and a JSON object, nothing else, with no limits."""
    fields = FeedChange.model_fields
    wanted = {"kind": str, "id": str, "child_id": str, "rev": str | None,
              "payload": dict[str, Any]}
    return (FeedChange.model_config.get("extra") == "forbid" and set(fields) == set(wanted)
            and all(fields[name].annotation == tp and not fields[name].metadata
                    for name, tp in wanted.items())
            and fields["rev"].default is None
            and not FeedChange.__pydantic_decorators__.field_validators
            and not FeedChange.__pydantic_decorators__.model_validators)


_FEED_QUICK = _feed_shape_known()
_FEED_FIELDS = frozenset(FeedChange.model_fields)
_FEED_REQUIRED = frozenset(name for name, f in FeedChange.model_fields.items()
                           if f.is_required())


def _feed_shape(data: Any) -> bool:
    """Whether decoded JSON is exactly the shape ``FeedChange`` takes (see ``_FEED_QUICK``)."""
    return type(data) is dict and _FEED_REQUIRED <= data.keys() <= _FEED_FIELDS and \
        type(data["kind"]) is str and type(data["id"]) is str and \
        type(data["child_id"]) is str and type(data["payload"]) is dict and \
        (data.get("rev") is None or type(data["rev"]) is str)


def _feed_change(line: str) -> FeedChange:
    """A page's line as ``_parse_line(FeedChange, line)`` reads it. The line is read by the
    same JSON parser the model uses; when it is exactly the shape the model takes, the
    change is made from it without the model's walk through every value of the payload
    (most of the time a record's line took); anything else goes through the model, which
    takes or refuses it, and says why, as before."""
    if not _FEED_QUICK:
        return _parse_line(FeedChange, line)
    try:
        data = from_json(line)
    except ValueError:
        return _parse_line(FeedChange, line)
    if _feed_shape(data):
        return FeedChange.model_construct(**data)
    return _parse_line(FeedChange, line)


class _FeedLine(NamedTuple):
    """A page's line of exactly the shape ``FeedChange`` takes, as the fields it holds."""

    kind: str
    id: str
    child_id: str
    rev: str | None
    payload: dict[str, Any]


def _received(line: str) -> sync_state.Received:
    """A page's line decoded and checked: what ``_checked(_feed_change(line))`` gives (or
    raises), without making a ``FeedChange`` for a line of exactly its shape (making the
    model took a sixth of a line's decoding)."""
    if not _FEED_QUICK:
        return _checked(_feed_change(line))
    try:
        data = from_json(line)
    except ValueError:
        return _checked(_parse_line(FeedChange, line))
    if _feed_shape(data):
        return _checked(_FeedLine(data["kind"], data["id"], data["child_id"], data.get("rev"),
                                  data["payload"]))
    return _checked(_parse_line(FeedChange, line))


def _checked(change: FeedChange | _FeedLine) -> sync_state.Received:
    """A pulled change as a record that passed the strict schema, or carrying why not."""
    try:
        record = check_change(change)
    except ChangeRefused as exc:
        why = str(exc).removeprefix("payload ")
        return sync_state.Received(change.kind, change.id, change.child_id, change.rev or "",
                                   change.payload, None,
                                   f"it does not fit the record rules ({why})")
    return sync_state.Received(change.kind, change.id, change.child_id, change.rev or "",
                               change.payload, record)


def _is_json(response: httpx.Response) -> bool:
    try:
        json.loads(response.content)
    except ValueError:
        return False
    return True


def _parse(model: type[M], response: httpx.Response) -> M:
    try:
        return model.model_validate_json(response.content)
    except ValidationError:
        raise SyncError("the hub's answer was not in the form this laptop understands; "
                        "the hub may need updating") from None


def _problem(response: httpx.Response) -> ProblemAnswer:
    return read_problem(response.status_code, response.content)
