"""How the hub refuses, on a real hub over HTTPS: every refusal is an RFC 9457 Problem (also for
a body that is not JSON, a path or method it does not serve); a request's nonce is used even
when the request is refused, so its bytes never count later; a refused change is kept only up
to a size and for a while; a laptop not yet confirmed cannot sync."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from directwork.domain.records import Child, VisitNote
from directwork.hub import exchange
from directwork.hub.schema import HubState, Inbound
from directwork.store import outbox, records
from tests.hub.signed import client, push_payloads, signed_headers

PROBLEM = "application/problem+json"


def _alex(hub, new_laptop):
    hub.add_practitioner("Alex")
    laptop = new_laptop("alex")
    laptop.enrol(hub, "Alex")
    return laptop


def test_every_refusal_is_a_problem_answer(sqlite_hub, new_laptop, tls) -> None:
    laptop = _alex(sqlite_hub, new_laptop)
    with client(sqlite_hub, tls) as http:
        for body in (b"this is not json", b'{"changes": [', b"\xff\xfe"):
            answer = http.post("/v1/push", content=body,
                               headers=signed_headers(laptop, "POST", "/v1/push", body))
            assert answer.status_code == 400, answer.text
            assert answer.headers["content-type"] == PROBLEM
            assert answer.json()["status"] == 400 and answer.json()["detail"]
        plain = http.post("/v1/enrol", content=b"<xml/>", headers={"Content-Type": "text/xml"})
        assert plain.status_code in (400, 422) and plain.headers["content-type"] == PROBLEM
        missing = http.get("/v1/nothing-here")
        assert missing.status_code == 404 and missing.headers["content-type"] == PROBLEM
        wrong = http.delete("/v1/push")
        assert wrong.status_code == 405 and wrong.headers["content-type"] == PROBLEM
        unsigned = http.get("/v1/state")
        assert unsigned.status_code == 401 and unsigned.json()["title"] == "Unauthorized"


def test_a_refused_request_cannot_be_replayed_later(sqlite_hub, new_laptop, tls) -> None:
    laptop = _alex(sqlite_hub, new_laptop)
    with laptop.vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Dafydd"))
        records.add_entry(s, VisitNote(child_id=child.id, text="one"))
        changes = outbox.pending(s)
    # The second change alone: a gap, refused (409) and rolled back.
    body = json.dumps({"changes": [{
        "seq": c.seq, "kind": c.kind, "id": c.record_id, "child_id": c.child_id, "rev": c.rev,
        "base_rev": None, "merge_rev": None, "payload": c.payload} for c in changes[1:]]}).encode()
    headers = signed_headers(laptop, "POST", "/v1/push", body)
    with client(sqlite_hub, tls) as http:
        assert http.post("/v1/push", content=body, headers=headers).status_code == 409
        laptop.sync()  # the first change arrives: the same bytes would now fit
        again = http.post("/v1/push", content=body, headers=headers)
    assert again.status_code == 401 and "replayed" in again.json()["detail"]


def test_a_refused_change_is_kept_only_so_big_and_so_long(sqlite_hub, new_laptop, tls) -> None:
    laptop = _alex(sqlite_hub, new_laptop)
    laptop.sync()
    huge = {"kind": "note", "id": "01a21840-ff5d-739e-9d75-fd58cd0b9bce",
            "child_id": "01a21840-ff5d-739e-9d75-fd58cd0b9bcf", "text": "x" * 500_000}
    with client(sqlite_hub, tls) as http:
        answer = push_payloads(http, laptop, [huge], 1)
    assert answer.json()["results"][0]["status"] == "rejected"
    with sqlite_hub.db.reading() as s:
        (kept,) = s.execute(select(Inbound)).scalars().all()
    assert len(kept.body) == exchange.REJECTED_BODY_MAX and kept.digest
    # A month on, the body goes; the row (number, digest, status, reason) stays.
    with sqlite_hub.db.writing() as s:
        s.execute(update(Inbound).values(
            received_at=datetime.now(UTC) - timedelta(days=exchange.REJECTED_BODY_DAYS + 1)))
        s.execute(update(HubState).where(HubState.key == "rejected_pruned_at").values(
            value="2000-01-01T00:00:00.000000Z"))
    with laptop.vault.transaction() as s:
        records.save_document(s, Child(given_name="Mali"))
    laptop.sync()
    with sqlite_hub.db.reading() as s:
        first = s.get(Inbound, (kept.device_id, 1))
    assert first.body == "" and first.status == "rejected" and first.reason


def test_numbers_declared_skipped_must_be_sensible_numbers(sqlite_hub, new_laptop, tls) -> None:
    laptop = _alex(sqlite_hub, new_laptop)
    with laptop.vault.transaction() as s:
        records.save_document(s, Child(given_name="Dafydd"))
        (change,) = outbox.pending(s)
    one = {"seq": change.seq + 2, "kind": change.kind, "id": change.record_id,
           "child_id": change.child_id, "rev": change.rev, "base_rev": None, "merge_rev": None,
           "payload": change.payload}
    with client(sqlite_hub, tls) as http:
        for skipped, status in (([2**63], 422), ([-1], 422), ([1, 2, 2], 200), ([1, 2, 3], 422)):
            body = json.dumps({"changes": [one], "skipped": skipped}).encode()
            answer = http.post("/v1/push", content=body,
                               headers=signed_headers(laptop, "POST", "/v1/push", body))
            assert answer.status_code == status, (skipped, answer.text)
    assert answer.headers["content-type"] == PROBLEM




def test_a_body_said_to_be_too_large_is_refused_before_it_is_read(sqlite_hub, tls) -> None:
    # Over a bare TLS socket: an HTTP client will not send a length it does not mean.
    import socket
    import ssl

    from directwork.sync.protocol import MAX_BODY_BYTES

    context = ssl.create_default_context(cafile=str(tls.ca_file))
    for length in (str(MAX_BODY_BYTES + 1), "lots"):
        with socket.create_connection(("127.0.0.1", sqlite_hub.port), timeout=10) as raw, \
                context.wrap_socket(raw, server_hostname="127.0.0.1") as conn:
            conn.sendall(b"POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         b"Content-Type: application/json\r\nConnection: close\r\n"
                         b"Content-Length: " + length.encode() + b"\r\n\r\n{}")
            answer = b""
            while chunk := conn.recv(65536):
                answer += chunk
        head, _, body = answer.partition(b"\r\n\r\n")
        if length.isdigit():  # a length that is no number never reaches the app
            assert head.startswith(b"HTTP/1.1 413"), answer
            assert PROBLEM.encode() in head and b"larger than" in body
        else:
            assert head.startswith(b"HTTP/1.1 4"), answer
    with client(sqlite_hub, tls) as http:
        assert http.get("/v1/health").json()["status"] == "ok"


def test_a_body_sent_without_a_length_is_refused_once_it_passes_the_limit(sqlite_hub, tls) -> None:
    """Sent chunked (no Content-Length), a body larger than the hub takes is refused as soon
    as it passes the limit, without waiting for its end: never read whole into memory, even by
    a route anyone may call (enrolment) or one that reads its body before the signature."""
    import socket
    import ssl

    from directwork.sync.protocol import MAX_BODY_BYTES

    context = ssl.create_default_context(cafile=str(tls.ca_file))
    piece = b" " * (1024 * 1024)
    for path in (b"/v1/enrol", b"/v1/retire", b"/v1/push"):
        with socket.create_connection(("127.0.0.1", sqlite_hub.port), timeout=10) as raw, \
                context.wrap_socket(raw, server_hostname="127.0.0.1") as conn:
            conn.sendall(b"POST " + path + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
            sent = 0
            while sent <= MAX_BODY_BYTES:  # and the last chunk never comes
                conn.sendall(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
                sent += len(piece)
            answer = b""
            while b"\r\n\r\n" not in answer and (chunk := conn.recv(65536)):
                answer += chunk
        head, _, _body = answer.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 413"), (path, answer[:300])
        assert PROBLEM.encode() in head
    with client(sqlite_hub, tls) as http:
        assert http.get("/v1/health").json()["status"] == "ok"
