"""Request signatures: what a signature covers, and what makes the hub refuse one."""

from __future__ import annotations

import time

import pytest

from directwork.sync import signing


def _lower(headers: dict[str, str]) -> dict[str, str]:
    return {k.lower(): v for k, v in headers.items()}


def _check(key, headers, body, method="POST", path="/v1/push", query="", now=None):
    signed = signing.read_signature(_lower(headers), body)
    signing.verify(signed, key.public_key(), method, path, query, _lower(headers)["content-digest"],
                   now=now)
    return signed


def test_signed_request_verifies_with_its_key() -> None:
    key = signing.new_key()
    headers = signing.sign_request(key, "dev-1", "POST", "/v1/push", "", b'{"a":1}')
    assert _check(key, headers, b'{"a":1}').keyid == "dev-1"


def test_signature_base_follows_rfc9421_layout() -> None:
    base = signing.signature_base("get", "/v1/pull", "cursor=3", "sha-256=:x:", "(...)")
    assert base.decode().splitlines() == [
        '"@method": GET', '"@path": /v1/pull', '"@query": ?cursor=3',
        '"content-digest": sha-256=:x:', '"@signature-params": (...)']


def test_tampered_body_is_refused_by_its_digest() -> None:
    key = signing.new_key()
    headers = signing.sign_request(key, "dev-1", "POST", "/v1/push", "", b'{"a":1}')
    with pytest.raises(signing.SignatureRefused, match="Content-Digest"):
        _check(key, headers, b'{"a":2}')


def test_body_and_digest_swapped_together_break_the_signature() -> None:
    key = signing.new_key()
    headers = signing.sign_request(key, "dev-1", "POST", "/v1/push", "", b'{"a":1}')
    headers["Content-Digest"] = signing.content_digest(b'{"a":2}')
    with pytest.raises(signing.SignatureRefused, match="does not match"):
        _check(key, headers, b'{"a":2}')


@pytest.mark.parametrize(("method", "path", "query"), [
    ("GET", "/v1/push", ""), ("POST", "/v1/pull", ""), ("POST", "/v1/push", "cursor=0")])
def test_signature_is_bound_to_method_path_and_query(method: str, path: str, query: str) -> None:
    key = signing.new_key()
    headers = signing.sign_request(key, "dev-1", "POST", "/v1/push", "", b"")
    with pytest.raises(signing.SignatureRefused):
        _check(key, headers, b"", method, path, query)


def test_another_devices_key_is_refused() -> None:
    headers = signing.sign_request(signing.new_key(), "dev-1", "POST", "/v1/push", "", b"")
    with pytest.raises(signing.SignatureRefused):
        _check(signing.new_key(), headers, b"")


def test_stale_request_is_refused() -> None:
    key = signing.new_key()
    headers = signing.sign_request(key, "dev-1", "POST", "/v1/push", "", b"",
                                   created=int(time.time()) - 301)
    with pytest.raises(signing.SignatureRefused, match="stale"):
        _check(key, headers, b"")


def test_unsigned_request_is_refused() -> None:
    with pytest.raises(signing.SignatureRefused, match="not signed"):
        signing.read_signature({}, b"")


def test_signature_must_cover_the_required_components() -> None:
    key = signing.new_key()
    headers = signing.sign_request(key, "dev-1", "POST", "/v1/push", "", b"")
    headers["Signature-Input"] = headers["Signature-Input"].replace(' "@query"', "")
    with pytest.raises(signing.SignatureRefused):
        signing.read_signature(_lower(headers), b"")
