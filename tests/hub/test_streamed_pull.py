"""A pull reads each page as lines, decoding each record as its line arrives: the laptop ends
up holding what the hub sent whether the hub answers in lines or as one JSON document (a hub
from before lines), and a page whose lines stop short is asked for again, not stored part."""

from __future__ import annotations

import json
import ssl
import threading

import httpx
import pytest

from directwork.store import sync_state
from directwork.sync.protocol import NDJSON
from tests.hub.harness import holdings


class _Answering(httpx.HTTPTransport):
    """Talks to the real hub; ``one_document`` asks every page as one JSON document, and
    ``cut_pages`` pages come back with only their header and first line."""

    def __init__(self, ca_file: str, *, one_document: bool = False, cut_pages: int = 0,
                 cut_ends_late: bool = False) -> None:
        super().__init__(verify=ssl.create_default_context(cafile=ca_file))
        self.one_document, self.cut_pages = one_document, cut_pages
        self.cut_ends_late = cut_ends_late  # a cut page's header says it ends later
        self.kinds: list[str] = []
        self.asked: list[int] = []  # the cursor each page was asked for after
        self.said: list[int] = []  # the cursors the cut pages' headers gave instead
        self.lock = threading.Lock()  # pages are asked for from two threads

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.one_document and "accept" in request.headers:
            del request.headers["accept"]
        response = super().handle_request(request)
        if request.url.path != "/v1/pull":
            return response
        response.read()
        kind = response.headers.get("content-type", "")
        with self.lock:
            self.kinds.append(kind.split(";")[0])
            self.asked.append(int(request.url.params["cursor"]))
            cut = bool(self.cut_pages and kind.startswith(NDJSON))
            self.cut_pages -= cut
        if cut:
            lines = response.content.split(b"\n")
            header = json.loads(lines[0])
            if self.cut_ends_late and header["more"]:
                header["cursor"] += 3
                with self.lock:
                    self.said.append(header["cursor"])
                lines[0] = json.dumps(header).encode()
            return httpx.Response(200, headers={"content-type": NDJSON},
                                  content=b"\n".join(lines[:2]) + b"\n", request=request)
        return response




@pytest.mark.parametrize("one_document", [False, True], ids=["lines", "one document"])
def test_a_pull_holds_what_the_hub_sent_in_lines_or_one_document(
        sqlite_hub, sent, new_laptop, tls, one_document) -> None:
    transport = _Answering(str(tls.ca_file), one_document=one_document)
    other = new_laptop("alex-2", page_size=7, transport=transport)
    other.enrol(sqlite_hub, "Alex")
    result = other.sync()
    assert result.complete and result.kept_aside == 0
    assert holdings(other) == holdings(sent)
    assert len(transport.kinds) > 2
    assert set(transport.kinds) == {"application/json" if one_document else NDJSON}


def test_a_page_whose_lines_stop_short_is_asked_for_again(sqlite_hub, sent, new_laptop,
                                                          tls) -> None:
    transport = _Answering(str(tls.ca_file), cut_pages=2)
    other = new_laptop("alex-2", page_size=7, transport=transport)
    other.enrol(sqlite_hub, "Alex")
    result = other.sync()
    assert result.complete and result.kept_aside == 0
    assert holdings(other) == holdings(sent)
    assert transport.cut_pages == 0
    with other.vault.session() as s:
        assert sync_state.unsettled(s) == []


def test_a_page_read_again_that_ends_elsewhere_is_followed_from_where_it_ends(
        sqlite_hub, sent, new_laptop, tls) -> None:
    # The next page is asked for as soon as a page's first line says where it ends. Here two
    # pages are cut off, their first lines saying they end three records later than they do;
    # read again, they end where they really do. The pages asked for from the wrong place
    # are not stored (that would skip three records): the pull asks again from where the
    # pages it stored end, so nothing is missed.
    transport = _Answering(str(tls.ca_file), cut_pages=2, cut_ends_late=True)
    other = new_laptop("alex-2", page_size=7, transport=transport)
    other.enrol(sqlite_hub, "Alex")
    result = other.sync()
    assert result.complete and result.kept_aside == 0
    assert holdings(other) == holdings(sent)
    assert transport.said and set(transport.said) <= set(transport.asked)
    with other.vault.session() as s:
        assert sync_state.unsettled(s) == []
