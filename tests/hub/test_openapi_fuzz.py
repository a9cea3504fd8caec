"""schemathesis against the hub's own OpenAPI schema, with properly signed requests sent over
HTTPS to a running hub: whatever the body, query or code, the hub never answers 5xx."""

from __future__ import annotations

from datetime import timedelta

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from directwork.hub import admin
from directwork.hub.app import create_app
from directwork.hub.db import HubDatabase
from directwork.sync import signing
from tests.hub.harness import HubServer, hub_database

schema = schemathesis.openapi.from_dict(create_app(HubDatabase("sqlite://")).openapi())


class DeviceSignature(requests.auth.AuthBase):
    """Signs each request as it is finally sent, so the digest covers the exact bytes."""

    def __init__(self, key, device_id: str) -> None:
        self.key, self.device_id = key, device_id

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        body = request.body or b""
        if isinstance(body, str):
            body = body.encode()
        path, _, query = request.path_url.partition("?")
        request.headers.update(signing.sign_request(self.key, self.device_id, request.method,
                                                    path, query, body))
        return request


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory, tls):
    db = hub_database("sqlite", tmp_path_factory.mktemp("fuzz"))
    key = signing.new_key()
    with db.writing() as s:
        admin.add_practitioner(s, "Sam")
        code, _ = admin.new_enrol_code(s, "Sam", lifetime=timedelta(hours=1))
        device, _ = admin.enrol(s, code, signing.public_key_b64(key), "fuzz", 1)
        admin.confirm(s, device)
    session = requests.Session()
    session.auth = DeviceSignature(key, device.id)
    session.verify = str(tls.ca_file)
    with HubServer(db, tls) as hub:
        yield hub, session
        session.close()
    db.dispose()


@schema.parametrize()
@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_hub_never_answers_5xx(case, fuzzed) -> None:
    hub, session = fuzzed
    response = case.call(base_url=hub.url, session=session, verify=session.verify)
    case.validate_response(response, checks=[not_a_server_error])


def test_the_schema_documents_every_refusal_as_a_problem_document() -> None:
    documented = create_app(HubDatabase("sqlite://")).openapi()
    push = documented["paths"]["/v1/push"]["post"]["responses"]
    for status in ("401", "403", "409", "413", "422"):
        assert list(push[status]["content"]) == ["application/problem+json"]
        assert push[status]["content"]["application/problem+json"]["schema"] == {
            "$ref": "#/components/schemas/Problem"}
    assert list(push["200"]["content"]) == ["application/json"]
    problem = documented["components"]["schemas"]["Problem"]
    assert {"type", "title", "status", "detail", "wipe"} <= set(problem["properties"])
