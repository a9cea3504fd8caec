"""Hand-made requests to the hub, signed with a laptop's own key, for tests that send what the
sync client never would (replays, tampered bodies, other children)."""

from __future__ import annotations

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
