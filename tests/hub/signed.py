"""Hand-made requests to the hub, signed with a laptop's own key, for tests that send what the
sync client never would (replays, tampered bodies, other children)."""

from __future__ import annotations

import json

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from directwork.store import sync_state
from directwork.sync import signing


def signed_headers(laptop, method: str, path: str, body: bytes, query: str = "",
                   **sign_options) -> dict[str, str]:
    enrolled = sync_state.enrolment(laptop.vault)
    key = Ed25519PrivateKey.from_private_bytes(enrolled.private_key)
    headers = signing.sign_request(key, enrolled.device_id, method, path, query, body,
                                   **sign_options)
    return {"Content-Type": "application/json", **headers}


def client(hub, tls) -> httpx.Client:
    import ssl

    return httpx.Client(base_url=hub.url, verify=ssl.create_default_context(cafile=str(tls.ca_file)))


def device_of(laptop) -> str:
    return sync_state.enrolment(laptop.vault).device_id


def push_payloads(http: httpx.Client, laptop, payloads: list[dict], first_seq: int,
                  ) -> httpx.Response:
    """Push records exactly as given, numbered from ``first_seq`` and properly signed: what a
    device that means harm (or a broken one) could send. The envelope is kept well formed so
    that each payload reaches the hub's record checks."""
    changes = [{"seq": first_seq + i, "kind": p.get("kind", "note"), "id": p.get("id", "x"),
                "child_id": p.get("child_id", "x"), "rev": p.get("rev"),
                "base_rev": p.get("base_rev"), "merge_rev": p.get("merge_rev"), "payload": p}
               for i, p in enumerate(payloads)]
    body = json.dumps({"changes": changes}).encode()
    return http.post("/v1/push", content=body,
                     headers=signed_headers(laptop, "POST", "/v1/push", body))
