"""Push bodies sent gzipped: the hub decodes them before anything reads them (the signature
covers the body as decoded), and refuses, with a Problem and nothing kept, an encoding it does
not take, a body that is not whole gzip, and one that would decode to more than it takes."""

from __future__ import annotations

import gzip
import json

import pytest
from sqlalchemy import func, select

from directwork.domain.records import Child, VisitNote
from directwork.hub import app as hub_app
from directwork.hub.schema import Inbound
from directwork.store import outbox, records
from directwork.sync import client as sync_client
from directwork.sync.protocol import MAX_BODY_BYTES
from tests.hub.signed import client, signed_headers


def _body(laptop) -> bytes:
    with laptop.vault.session() as s:
        changes = outbox.pending(s)
    return json.dumps({"changes": [{
        "seq": c.seq, "kind": c.kind, "id": c.record_id, "child_id": c.child_id, "rev": c.rev,
        "base_rev": c.payload.get("base_rev"), "merge_rev": c.payload.get("merge_rev"),
        "payload": c.payload} for c in changes]}).encode()


def _send(http, laptop, signed_body: bytes, sent: bytes, encoding: str = "gzip"):
    headers = signed_headers(laptop, "POST", "/v1/push", signed_body)
    return http.post("/v1/push", content=sent, headers={**headers, "Content-Encoding": encoding})


def _kept(hub) -> int:
    with hub.db.reading() as s:
        return s.execute(select(func.count()).select_from(Inbound)).scalar_one()


def test_a_gzipped_push_is_taken_as_if_sent_plain(sqlite_hub, alex, tls) -> None:
    body = _body(alex)
    with client(sqlite_hub, tls) as http:
        answer = _send(http, alex, body, gzip.compress(body))
    assert answer.status_code == 200, answer.text
    assert [r["status"] for r in answer.json()["results"]] == ["accepted"] * 5
    with sqlite_hub.db.reading() as s:
        kept = s.execute(select(Inbound.body).order_by(Inbound.seq)).scalars().all()
    assert [json.loads(k) for k in kept] == json.loads(body)["changes"]


@pytest.mark.parametrize(("sent", "status", "words"), [
    (lambda body: body, 400, "not valid gzip"),
    (lambda body: gzip.compress(body)[:-12], 400, "stops short"),
    (lambda body: gzip.compress(body) + b"more", 400, "more after its end"),
    (lambda body: gzip.compress(body) + gzip.compress(body), 400, "more after its end"),
])
def test_a_body_that_is_not_one_whole_gzip_stream_is_refused(
        sqlite_hub, alex, tls, sent, status, words) -> None:
    body = _body(alex)
    with client(sqlite_hub, tls) as http:
        answer = _send(http, alex, body, sent(body))
    assert answer.status_code == status
    assert answer.headers["content-type"] == "application/problem+json"
    assert words in answer.json()["detail"]
    assert _kept(sqlite_hub) == 0


def test_a_body_that_would_decode_to_more_than_the_hub_takes_is_refused(
        sqlite_hub, alex, tls) -> None:
    bomb = gzip.compress(b" " * (MAX_BODY_BYTES + 2**20), compresslevel=9)
    assert len(bomb) < MAX_BODY_BYTES // 100
    with client(sqlite_hub, tls) as http:
        answer = _send(http, alex, b"{}", bomb)
    assert answer.status_code == 413
    assert "decoded" in answer.json()["detail"]
    assert _kept(sqlite_hub) == 0


def test_another_encoding_is_refused(sqlite_hub, alex, tls) -> None:
    body = _body(alex)
    with client(sqlite_hub, tls) as http:
        answer = _send(http, alex, body, body, encoding="br")
    assert answer.status_code == 415
    assert answer.headers["content-type"] == "application/problem+json"
    assert _kept(sqlite_hub) == 0


def test_the_signature_covers_the_body_as_decoded(sqlite_hub, alex, tls) -> None:
    body = _body(alex)
    other = body.replace(b"note 1", b"note 9")
    with client(sqlite_hub, tls) as http:
        answer = _send(http, alex, body, gzip.compress(other))
    assert answer.status_code == 401
    assert _kept(sqlite_hub) == 0


def test_a_laptop_sends_large_pushes_gzipped_to_a_hub_that_takes_them(
        hub, enrolled_laptop, monkeypatch) -> None:
    laptop = enrolled_laptop(hub, "Alex")
    with laptop.vault.transaction() as s:
        child = records.save_document(s, Child(given_name="Dafydd"))
        for i in range(40):
            records.add_entry(s, VisitNote(child_id=child.id, text=f"note {i}"))
    decoded: list[int] = []
    real = hub_app._gunzipped

    def counting(data: bytes) -> bytes:
        out = real(data)
        decoded.append(len(out))
        return out

    monkeypatch.setattr(hub_app, "_gunzipped", counting)
    monkeypatch.setattr(sync_client, "GZIP_FROM", 1024)
    result = laptop.sync()
    assert result.complete and result.pushed == {"accepted": 41}
    assert decoded and decoded[0] > 1024
