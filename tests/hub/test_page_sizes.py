"""Pull pages larger than every hub gives are asked for only from a hub that said it gives
them: each pull answer of a newer hub says its largest page (``PAGE_LIMIT_HEADER``). A newer
laptop pulling from an older hub (no such word, a larger ``limit`` refused with 422) keeps to
MAX_PAGE_SIZE; an older laptop pulling from a newer hub (it always asks MAX_PAGE_SIZE, and
reads no header) is answered as before. Either way the laptop ends up with what the hub holds.

The sizes are made small here (the laptop's first page 5, at most 12; the hub's largest 20),
so that a few children's records make many pages."""

from __future__ import annotations

import ssl
import threading
import time

import httpx
import pytest

from directwork.hub import app as hub_app
from directwork.sync import client as sync_client
from directwork.sync.client import _PagesAhead, page_after
from directwork.sync.protocol import LARGEST_PAGE, MAX_PAGE_SIZE, PAGE_LIMIT_HEADER, PullResponse
from tests.hub import signed
from tests.hub.harness import holdings

EVERY_HUB = 5  # stands for MAX_PAGE_SIZE: what every hub, old or new, gives
LAPTOP_LARGEST = 12  # stands for PULL_LARGEST
HUB_LARGEST = 20  # stands for LARGEST_PAGE
# The laptop's own sizes, as the app has them (the tests below make them small).
FIRST_PAGE, LARGEST_ASKED = sync_client.PULL_PAGE, sync_client.PULL_LARGEST


class _Pulls(httpx.HTTPTransport):
    """Talks to the real hub and notes each pull's ``limit`` and what the hub said of its
    largest page. ``older_hub``: answers as a hub from before pages grew: a ``limit`` above
    what every hub gives refused (422, as its query check did), and no word of a larger
    page."""

    def __init__(self, ca_file: str, *, older_hub: bool = False) -> None:
        super().__init__(verify=ssl.create_default_context(cafile=ca_file))
        self.older_hub = older_hub
        self.limits: list[int] = []
        self.said: list[str | None] = []
        self.refused = 0
        self.lock = threading.Lock()  # pages are asked for from two threads

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path != "/v1/pull":
            return super().handle_request(request)
        limit = int(request.url.params["limit"])
        with self.lock:
            self.limits.append(limit)
        if self.older_hub and limit > EVERY_HUB:
            with self.lock:
                self.refused += 1
            return httpx.Response(422, json={"title": "Unprocessable Entity", "status": 422,
                                             "detail": "query.limit: must be at most 5"},
                                  request=request)
        response = super().handle_request(request)
        with self.lock:
            self.said.append(response.headers.get(PAGE_LIMIT_HEADER))
        if self.older_hub:
            response.read()
            headers = [(k, v) for k, v in response.headers.multi_items()
                       if k.lower() not in (PAGE_LIMIT_HEADER.lower(), "content-encoding",
                                            "content-length")]
            return httpx.Response(response.status_code, headers=headers,
                                  content=response.content, request=request)
        return response


@pytest.fixture(autouse=True)
def small_pages(monkeypatch):
    # Before the hub's app is made: its query check takes the largest page then.
    monkeypatch.setattr(sync_client, "PULL_PAGE", EVERY_HUB)
    monkeypatch.setattr(sync_client, "PULL_LARGEST", LAPTOP_LARGEST)
    monkeypatch.setattr(sync_client, "COMMIT_RECORDS", LAPTOP_LARGEST)
    monkeypatch.setattr(hub_app, "LARGEST_PAGE", HUB_LARGEST)




def test_a_newer_laptop_asks_for_larger_pages_once_the_hub_says_it_gives_them(
        sqlite_hub, sent, new_laptop, tls) -> None:
    transport = _Pulls(str(tls.ca_file))
    other = new_laptop("alex-2", transport=transport)
    other.enrol(sqlite_hub, "Alex")
    result = other.sync()
    assert result.complete and result.kept_aside == 0
    assert holdings(other) == holdings(sent)
    # The first page asks what every hub gives; the hub's answer says it gives 20; the laptop
    # then asks its own largest (12), never more than either.
    assert transport.limits[0] == EVERY_HUB
    assert set(transport.limits[1:]) == {LAPTOP_LARGEST}
    assert len(transport.limits) >= 3
    assert set(transport.said) == {str(HUB_LARGEST)}


def test_a_newer_laptop_keeps_to_what_every_hub_gives_with_an_older_hub(
        sqlite_hub, sent, new_laptop, tls) -> None:
    transport = _Pulls(str(tls.ca_file), older_hub=True)
    other = new_laptop("alex-2", transport=transport)
    other.enrol(sqlite_hub, "Alex")
    result = other.sync()
    assert result.complete and result.kept_aside == 0
    assert holdings(other) == holdings(sent)
    assert transport.refused == 0
    assert set(transport.limits) == {EVERY_HUB}
    assert len(transport.limits) >= 10


def test_an_older_laptop_is_answered_by_a_newer_hub_as_before(
        sqlite_hub, sent, new_laptop, tls) -> None:
    # An older laptop asks MAX_PAGE_SIZE every time and reads no header: a fixed page size.
    transport = _Pulls(str(tls.ca_file))
    older = new_laptop("alex-2", transport=transport, page_size=EVERY_HUB)
    older.enrol(sqlite_hub, "Alex")
    result = older.sync()
    assert result.complete and result.kept_aside == 0
    assert holdings(older) == holdings(sent)
    assert set(transport.limits) == {EVERY_HUB}
    assert set(transport.said) == {str(HUB_LARGEST)}


def test_the_hub_gives_pages_up_to_its_largest_and_refuses_larger(sqlite_hub, sent,
                                                                 new_laptop, tls) -> None:
    reader = new_laptop("alex-2")
    reader.enrol(sqlite_hub, "Alex")
    held = len(holdings(sent))
    with signed.client(sqlite_hub, tls) as http:
        for limit, status in ((EVERY_HUB, 200), (HUB_LARGEST, 200), (HUB_LARGEST + 1, 422)):
            query = f"cursor=0&limit={limit}"
            response = http.get(f"/v1/pull?{query}", headers=signed.signed_headers(
                reader, "GET", "/v1/pull", b"", query))
            assert response.status_code == status, (limit, response.text)
            if status == 200:
                assert response.headers[PAGE_LIMIT_HEADER] == str(HUB_LARGEST)
                assert len(response.json()["changes"]) == min(limit, held)


@pytest.mark.parametrize("said, largest, expected", [
    (None, 2000, None), ("", 2000, None), ("abc", 2000, None), ("-5", 2000, None),
    ("0", 2000, None), ("1e3", 2000, None), (" 5000", 2000, None), ("٣٠٠٠", 2000, None),
    ("99999999999", 2000, None), ("1", 2000, 1), ("500", 2000, 500), ("2000", 2000, 2000),
    ("5000", 2000, 2000),
])
def test_what_a_hub_said_of_its_pages_is_read_strictly(said, largest, expected) -> None:
    assert page_after(said, largest) == expected


def test_the_hub_says_a_page_larger_than_every_hub_gives() -> None:
    assert LARGEST_PAGE > MAX_PAGE_SIZE
    assert FIRST_PAGE == MAX_PAGE_SIZE
    assert MAX_PAGE_SIZE < LARGEST_ASKED <= LARGEST_PAGE


def test_pages_stored_together_hold_no_more_records_than_a_transaction_takes() -> None:
    # Four pages, all here before the pull takes any: at most three to a transaction, and no
    # more than ten records unless one page holds more.
    sizes = [5, 4, 3, 6]

    def fetch(cursor: int, ends):
        more = cursor + 1 < len(sizes)
        ends(cursor + 1, more)
        return (PullResponse(changes=[], cursor=cursor + 1, more=more), [object()] * sizes[cursor],
                0)

    ahead = _PagesAhead(fetch, 0, limit=len(sizes))
    try:
        deadline = time.monotonic() + 10
        while not (ahead._asked.qsize() == len(sizes)
                   and all(f.done() for f in list(ahead._asked.queue))):
            assert time.monotonic() < deadline
            time.sleep(0.01)
        taken = []
        while not taken or taken[-1][-1] != len(sizes):
            pages, error = ahead.take(3, 10)
            assert error is None
            taken.append([one.page.cursor for one in pages])
    finally:
        ahead.stop()
    assert taken == [[1, 2], [3, 4]]
