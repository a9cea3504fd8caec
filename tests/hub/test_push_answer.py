"""A push's answer is sent as the route builds it (``app.push_answer``), not checked against
the route's ``response_model`` and written by FastAPI: the bytes and the media type are the
ones FastAPI's own path gives for the same answer, for any answer a push can give, and the
schema the hub publishes still documents the answer as a ``PushResponse``."""

from __future__ import annotations

import asyncio

from fastapi.routing import APIRoute, serialize_response
from hypothesis import given, settings
from hypothesis import strategies as st

from directwork.hub.app import create_app, push_answer
from directwork.hub.db import HubDatabase
from directwork.sync.protocol import ChangeResult, PushResponse

_APP = create_app(HubDatabase("sqlite://"))
_ROUTE = next(r for r in _APP.routes if isinstance(r, APIRoute) and r.path == "/v1/push")

_REASON = st.one_of(st.sampled_from(["", "this child is not on your caseload", "é\u2028\"\\\x00😀",
                                     "payload $.text: must be text"]), st.text(max_size=40))
_RESULTS = st.lists(st.builds(ChangeResult, seq=st.integers(1, 2**62),
                              status=st.sampled_from(["accepted", "duplicate", "conflict",
                                                      "rejected"]),
                              reason=_REASON), max_size=30)


def _as_fastapi_sends(answer: PushResponse) -> bytes:
    """What FastAPI sends for a route that returns ``answer`` with this response model."""
    assert _ROUTE.response_field is not None
    content = asyncio.run(serialize_response(field=_ROUTE.response_field,
                                             response_content=answer, dump_json=True))
    assert isinstance(content, bytes)
    return content


@settings(max_examples=200, deadline=None)
@given(results=_RESULTS, last_seq=st.integers(0, 2**62))
def test_a_push_answer_is_the_json_fastapi_would_send(results: list[ChangeResult],
                                                      last_seq: int) -> None:
    answer = PushResponse(results=results, last_seq=last_seq)
    sent = push_answer(answer)
    assert sent.body == _as_fastapi_sends(answer)
    assert sent.status_code == 200
    assert sent.media_type == "application/json"
    assert PushResponse.model_validate_json(sent.body) == answer


def test_the_schema_still_documents_the_push_answer() -> None:
    documented = _APP.openapi()["paths"]["/v1/push"]["post"]["responses"]["200"]
    assert documented["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/PushResponse"}
    assert _ROUTE.response_model is PushResponse
